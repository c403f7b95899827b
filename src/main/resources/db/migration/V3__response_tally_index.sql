-- The department tallies (ScanTallies.departments) read staff answers per department from this index alone, without
-- looking up each response row by its random key (docs/performance.md, "Connection map"). It replaces
-- ix_response_scan, which is its prefix (and which MariaDB's optimiser would otherwise pick, then look rows up).
create index ix_response_tally on response (scan_id, respondent_group, department_id, inner_flow, identity_rating,
    integrity_rating, image_rating);
drop index ix_response_scan on response;
