-- Foundation: organisations, departments (a tree), accounts and their tenant bindings, API tokens.
-- Runs unchanged on MariaDB 10.11+ and on H2 in MariaDB mode.

create sequence organisation_seq start with 1 increment by 50;
create sequence department_seq start with 1 increment by 50;
create sequence account_seq start with 1 increment by 50;
create sequence api_token_seq start with 1 increment by 50;

create table organisation (
    id          bigint       not null primary key,
    name        varchar(200) not null,
    created_at  datetime(6)  not null,
    version     bigint       not null,
    constraint uk_organisation_name unique (name)
);

create table department (
    id               bigint       not null primary key,
    organisation_id  bigint       not null,
    parent_id        bigint,
    name             varchar(100) not null,
    headcount        int          not null,
    version          bigint       not null,
    constraint fk_department_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_department_parent foreign key (parent_id) references department (id),
    constraint uk_department_name unique (organisation_id, name)
);
create index ix_department_parent on department (parent_id);

create table account (
    id               bigint       not null primary key,
    email            varchar(254) not null,
    display_name     varchar(200) not null,
    password_hash    varchar(255) not null,
    role             varchar(20)  not null,
    enabled          boolean      not null,
    organisation_id  bigint,
    created_at       datetime(6)  not null,
    version          bigint       not null,
    constraint uk_account_email unique (email),
    constraint fk_account_organisation foreign key (organisation_id) references organisation (id)
);

-- Advisors' client organisations
create table account_organisation (
    account_id       bigint not null,
    organisation_id  bigint not null,
    primary key (account_id, organisation_id),
    constraint fk_ao_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_ao_organisation foreign key (organisation_id) references organisation (id)
);

-- Personal API tokens: only a SHA-256 of the token is kept.
create table api_token (
    id           bigint       not null primary key,
    account_id   bigint       not null,
    name         varchar(100) not null,
    token_hash   char(64)     not null,
    created_at   datetime(6)  not null,
    last_used_on date,
    constraint uk_api_token_hash unique (token_hash),
    constraint fk_api_token_account foreign key (account_id) references account (id) on delete cascade
);
