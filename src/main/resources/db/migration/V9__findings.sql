-- Findings (issue 10): an advisor's conclusions about a closed or published scan, the parts of the results each is
-- about, the stories the advisor picked as evidence (by fingerprint, never a copy: a story deleted by the retention
-- job disappears from the finding too), the directors' reactions during the presentation, the agreed actions, and
-- the suggestions an advisor dismissed. Everything goes with its scan (on delete cascade), so erasing a scan or an
-- organisation (RetentionService) needs no knowledge of this feature.
-- Runs unchanged on MariaDB 10.11+ and on H2 in MariaDB mode.

create sequence finding_seq start with 1 increment by 50;
create sequence finding_reaction_seq start with 1 increment by 50;
create sequence finding_action_seq start with 1 increment by 50;

create table finding (
    id                bigint        not null primary key,
    scan_id           bigint        not null,
    organisation_id   bigint        not null,
    sort_order        int           not null,
    title             varchar(200)  not null,
    narrative         mediumtext    not null,
    -- the suggestion this finding was accepted from (its stable key), so it is not suggested again
    suggestion_key    varchar(200),
    -- the per-finding edit lock (docs/decisions/finding-edits.md): who holds it and until when
    locked_by         bigint,
    locked_until      datetime(6),
    -- counts saves of the title, narrative, parts and stories: an editor saves only over the revision they opened
    revision          int           not null default 0,
    created_by        bigint,
    updated_at        datetime(6)   not null,
    version           bigint        not null,
    constraint fk_finding_scan foreign key (scan_id) references scan (id) on delete cascade,
    constraint fk_finding_locked_by foreign key (locked_by) references account (id) on delete set null,
    constraint fk_finding_created_by foreign key (created_by) references account (id) on delete set null
);
create index ix_finding_scan on finding (scan_id, sort_order);

-- The parts of the results a finding is about. kind: DEPARTMENT (department_id), CONNECTION (department_id ->
-- target_department_id), THEME (item_key), IDENTITY (item_key). No foreign key to department: a department removed
-- later simply no longer shows.
create table finding_part (
    finding_id            bigint       not null,
    part_order            int          not null,
    kind                  varchar(20)  not null,
    department_id         bigint,
    target_department_id  bigint,
    item_key              varchar(40),
    primary key (finding_id, part_order),
    constraint fk_finding_part_finding foreign key (finding_id) references finding (id) on delete cascade
);

-- Stories the advisor picked as evidence: the SHA-256 of the story's text on that connection or department. The
-- story is shown only while the map still shows it above the story threshold and its text still exists.
create table finding_story (
    finding_id            bigint       not null,
    story_order           int          not null,
    department_id         bigint       not null,
    target_department_id  bigint,
    fingerprint           char(64)     not null,
    primary key (finding_id, story_order),
    constraint fk_finding_story_finding foreign key (finding_id) references finding (id) on delete cascade
);

-- Reactions during (and after) the presentation: agree, doubt or a question, by a signed-in account.
create table finding_reaction (
    id           bigint        not null primary key,
    finding_id   bigint        not null,
    author_id    bigint        not null,
    kind         varchar(20)   not null,
    body         varchar(1000),
    created_at   datetime(6)   not null,
    version      bigint        not null,
    constraint fk_finding_reaction_finding foreign key (finding_id) references finding (id) on delete cascade,
    constraint fk_finding_reaction_author foreign key (author_id) references account (id) on delete cascade
);
create index ix_finding_reaction_finding on finding_reaction (finding_id, created_at);

-- Actions agreed from a finding; the owner is a director of the organisation (none when that account is removed).
create table finding_action (
    id               bigint        not null primary key,
    finding_id       bigint        not null,
    scan_id          bigint        not null,
    organisation_id  bigint        not null,
    what             varchar(500)  not null,
    owner_id         bigint,
    due_on           date          not null,
    status           varchar(20)   not null,
    created_by       bigint,
    created_at       datetime(6)   not null,
    version          bigint        not null,
    constraint fk_finding_action_finding foreign key (finding_id) references finding (id) on delete cascade,
    constraint fk_finding_action_owner foreign key (owner_id) references account (id) on delete set null,
    constraint fk_finding_action_created_by foreign key (created_by) references account (id) on delete set null
);
create index ix_finding_action_scan on finding_action (scan_id);
create index ix_finding_action_owner on finding_action (owner_id);

-- Suggestions an advisor dismissed for a scan (by the suggestion's stable key): not suggested again.
create table finding_dismissal (
    scan_id         bigint        not null,
    suggestion_key  varchar(200)  not null,
    dismissed_by    bigint,
    dismissed_at    datetime(6)   not null,
    primary key (scan_id, suggestion_key),
    constraint fk_finding_dismissal_scan foreign key (scan_id) references scan (id) on delete cascade,
    constraint fk_finding_dismissal_by foreign key (dismissed_by) references account (id) on delete set null
);
