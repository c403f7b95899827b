-- The audit log: what advisors, administrators and the scheduler did, for the administrator to read
-- (docs/security.md). Written in the same transaction as the action it records.
--
-- Deliberately typed columns only: an action, who, when, which organisation / scan / department and a
-- count. There is no free-text column, so no answer, story or invitation code can end up here. Nothing a
-- respondent does is recorded (that would give responses a time).

create table audit_event (
    id               bigint       not null auto_increment primary key,
    occurred_at      datetime(6)  not null,
    actor            varchar(254) not null,
    action           varchar(40)  not null,
    organisation_id  bigint,
    scan_id          bigint,
    department_id    bigint,
    amount           int,
    account_id       bigint
);
create index ix_audit_scan on audit_event (scan_id, id);
create index ix_audit_time on audit_event (occurred_at);
