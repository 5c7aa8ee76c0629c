-- Daily e-mail digest of followed stories and storylines (opt-in, off by default).
-- covered_until: changes up to this instant were already considered for the reader's digest, so a
-- restart or a second run the same day never sends them again.
-- Portable SQL: runs on H2 (PostgreSQL mode) and on PostgreSQL 15+.

create table reader_digest (
  account_id     bigint  primary key references account (id) on delete cascade,
  enabled        boolean not null,
  covered_until  timestamp with time zone not null,
  last_sent_at   timestamp with time zone
);
