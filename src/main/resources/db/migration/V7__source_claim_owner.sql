-- Who holds a source's fetch claim ("host/pid/start"), so that a restarted process on the same
-- machine can take over the claim of one that was killed mid-poll instead of waiting for it to lapse.
-- Portable SQL: runs on H2 (PostgreSQL mode) and on PostgreSQL 15+.
alter table source add column claimed_by varchar(200);
