-- An account whose password was set by someone else (the first administrator's one-time password, a reset)
-- must choose its own at the next sign-in.
alter table account add column must_change_password boolean not null default false;
