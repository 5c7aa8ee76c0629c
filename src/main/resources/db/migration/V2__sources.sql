-- Feed sources, their polling state, entries already seen, and where else a story appeared.
-- Portable SQL: runs on H2 (PostgreSQL mode) and on PostgreSQL 15+.

create table source (
  id               varchar(40)   primary key,
  url              varchar(4000) not null,
  url_hash         varchar(64)   not null,
  title            varchar(1000) not null,
  site_url         varchar(4000),
  interval_seconds integer       not null,
  paused           boolean       not null,
  etag             varchar(1000),
  last_modified    varchar(200),
  last_fetch_at    timestamp with time zone,
  last_success_at  timestamp with time zone,
  last_error       varchar(2000),
  error_count      integer       not null,
  next_fetch_at    timestamp with time zone not null,
  claimed_until    timestamp with time zone,
  stored_count     integer       not null,
  created_at       timestamp with time zone not null
);
create unique index source_url_hash on source (url_hash);
create index source_next_fetch on source (next_fetch_at);

-- Entries of a source already handled (stored, or recognised as a duplicate): never fetched again.
create table source_entry (
  source_id   varchar(40)  not null references source (id) on delete cascade,
  entry_key   varchar(64)  not null,
  article_id  varchar(200),
  seen_at     timestamp with time zone not null,
  primary key (source_id, entry_key)
);

-- Other places an article (or a near-duplicate of it) appeared.
create table article_sighting (
  article_id  varchar(200)  not null references article (id),
  url_hash    varchar(64)   not null,
  url         varchar(4000),
  outlet      varchar(300),
  kind        varchar(20)   not null,
  seen_at     timestamp with time zone not null,
  primary key (article_id, url_hash)
);

-- 64-bit SimHash of each article's text, for near-duplicate detection.
create table article_simhash (
  article_id  varchar(200) primary key references article (id),
  simhash     bigint       not null,
  published   timestamp with time zone not null
);
create index article_simhash_published on article_simhash (published);
