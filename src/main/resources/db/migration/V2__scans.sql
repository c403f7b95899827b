-- Scans, question sets, invitations, drafts and anonymous responses.
-- Runs unchanged on MariaDB 10.11+ and on H2 in MariaDB mode.
--
-- Anonymity (PRODUCT.md rule 3): response rows carry a random UUID, the scan, the department and the
-- answers. No time, no invitation, no account, no address. Free texts (response_text) are not linked to a
-- response at all. Ratings are tinyint 1..5; frequency and stops are stored as the ordinal of
-- nl.onderstroom.scan.Frequency (NEVER=0..DAILY=4) and Stop (NONE=0..BOTH=3).

create sequence scan_seq start with 1 increment by 50;
create sequence invitation_seq start with 1 increment by 50;
create sequence open_link_seq start with 1 increment by 50;
create sequence email_invitation_seq start with 1 increment by 50;

create table scan (
    id                bigint       not null primary key,
    organisation_id   bigint       not null,
    name              varchar(200) not null,
    status            varchar(20)  not null,
    threshold         int          not null,
    story_threshold   int          not null,
    opens_on          date,
    closes_on         date,
    opened_at         datetime(6),
    closed_at         datetime(6),
    published_at      datetime(6),
    previous_scan_id  bigint,
    question_set      mediumtext   not null,
    created_at        datetime(6)  not null,
    version           bigint       not null,
    constraint fk_scan_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_scan_previous foreign key (previous_scan_id) references scan (id)
);
create index ix_scan_organisation on scan (organisation_id);
create index ix_scan_status on scan (status);

create table response (
    id                char(36)    not null primary key,
    scan_id           bigint      not null,
    department_id     bigint,
    respondent_group  varchar(10) not null,
    inner_flow        tinyint,
    identity_rating   tinyint,
    integrity_rating  tinyint,
    image_rating      tinyint,
    constraint fk_response_scan foreign key (scan_id) references scan (id),
    constraint fk_response_department foreign key (department_id) references department (id)
);
create index ix_response_scan on response (scan_id, respondent_group, department_id, inner_flow);

create table response_connection (
    response_id      char(36) not null,
    scan_id          bigint   not null,
    from_department  bigint   not null,
    to_department    bigint   not null,
    frequency        tinyint  not null,
    importance       tinyint  not null,
    flow             tinyint  not null,
    stops            tinyint  not null,
    primary key (response_id, to_department),
    constraint fk_connection_response foreign key (response_id) references response (id) on delete cascade,
    constraint fk_connection_to foreign key (to_department) references department (id)
);
-- covering index: the tallies read nothing else
create index ix_connection_scan on response_connection (scan_id, from_department, to_department, flow, importance, frequency, stops);

create table response_theme (
    response_id    char(36)    not null,
    scan_id        bigint      not null,
    department_id  bigint,
    theme_key      varchar(40) not null,
    intensity      tinyint     not null,
    primary key (response_id, theme_key),
    constraint fk_theme_response foreign key (response_id) references response (id) on delete cascade
);
create index ix_theme_scan on response_theme (scan_id, department_id, theme_key, intensity);

-- answers to questions an advisor added (rating 1-5 or a choice); typed answers go to response_text
create table response_answer (
    response_id    char(36)     not null,
    scan_id        bigint       not null,
    question_key   varchar(40)  not null,
    answer         varchar(100) not null,
    primary key (response_id, question_key),
    constraint fk_answer_response foreign key (response_id) references response (id) on delete cascade
);
create index ix_answer_scan on response_answer (scan_id, question_key, answer);

-- free texts: deliberately NOT linked to a response
create table response_text (
    id                    char(36)      not null primary key,
    scan_id               bigint        not null,
    department_id         bigint,
    target_department_id  bigint,
    kind                  varchar(30)   not null,
    question_key          varchar(40),
    themes                varchar(400)  not null,
    text                  varchar(2000) not null,
    director              boolean       not null,
    constraint fk_text_scan foreign key (scan_id) references scan (id)
);
create index ix_text_scan on response_text (scan_id, kind);

create table invitation (
    id             bigint      not null primary key,
    scan_id        bigint      not null,
    department_id  bigint,
    code_hash      char(64)    not null,
    kind           varchar(10) not null,
    used           boolean     not null,
    version        bigint      not null,
    constraint uk_invitation_code unique (code_hash),
    constraint fk_invitation_scan foreign key (scan_id) references scan (id),
    constraint fk_invitation_department foreign key (department_id) references department (id)
);
create index ix_invitation_scan on invitation (scan_id, department_id, used);

create table open_link (
    id              bigint   not null primary key,
    scan_id         bigint   not null,
    department_id   bigint,
    token_hash      char(64) not null,
    response_cap    int      not null,
    response_count  int      not null,
    active          boolean  not null,
    version         bigint   not null,
    constraint uk_open_link_token unique (token_hash),
    constraint fk_open_link_scan foreign key (scan_id) references scan (id),
    constraint fk_open_link_department foreign key (department_id) references department (id)
);

-- a respondent's unfinished answers, keyed by the keyed hash of their code or resume code
create table draft (
    key_hash      char(64)    not null primary key,
    scan_id       bigint      not null,
    open_link_id  bigint,
    content       mediumtext  not null,
    version       bigint      not null,
    constraint fk_draft_scan foreign key (scan_id) references scan (id)
);
create index ix_draft_scan on draft (scan_id);

-- e-mail addresses for invitations and reminders; all rows of a scan are deleted when it closes
create table email_invitation (
    id             bigint       not null primary key,
    scan_id        bigint       not null,
    invitation_id  bigint       not null,
    address        varchar(254) not null,
    reminders      int          not null,
    version        bigint       not null,
    constraint fk_email_scan foreign key (scan_id) references scan (id),
    constraint fk_email_invitation foreign key (invitation_id) references invitation (id) on delete cascade
);
create index ix_email_scan on email_invitation (scan_id);
