-- Which director accounts gave the intended identity of which scan from their own page: one answer each.
-- Deliberately NOT linked to the response (respondent_group DIRECTOR) that holds the answer, and no time:
-- see docs/decisions/director-intended-identity.md.
create table director_answered (
    scan_id     bigint not null,
    account_id  bigint not null,
    primary key (scan_id, account_id),
    constraint fk_director_answered_scan foreign key (scan_id) references scan (id),
    constraint fk_director_answered_account foreign key (account_id) references account (id) on delete cascade
);
