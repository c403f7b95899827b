-- Several portal instances on one database (docs/scaling.md).

-- ShedLock: one row per scheduled job; the instance whose lock_until has passed takes the job, the others skip it.
-- Times are the database's (ShedLock's usingDbTime), so the instances' clocks need not agree.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until datetime(3)  not null,
    locked_at  datetime(3)  not null,
    locked_by  varchar(255) not null
);

-- The channel between instances (base/cluster/DatabaseClusterChannel): a published message is a row, which every
-- other instance reads by polling twice a second; rows older than a few minutes are deleted. No answer, story or
-- code is ever published, only which thing changed (a scan id, a slide number).
create table cluster_message (
    id         bigint        not null auto_increment primary key,
    topic      varchar(64)   not null,
    payload    varchar(2000) not null,
    origin     char(36)      not null,
    created_at datetime(3)   not null default current_timestamp(3)
);
create index ix_cluster_message_created on cluster_message (created_at);
