-- Retention per organisation (docs/privacy.md): stories and open answers (response_text) of a scan are deleted
-- this many months after the scan closed. The aggregates (response and its tallies) are kept.
alter table organisation add column text_retention_months int not null default 12;
