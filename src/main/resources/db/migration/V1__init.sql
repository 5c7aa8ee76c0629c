-- Storyline schema. Portable SQL: runs on H2 (PostgreSQL mode) and on PostgreSQL 15+.

create table article (
  id             varchar(200)  primary key,
  source         varchar(300),
  url            varchar(4000),
  canonical_url  varchar(4000),
  published      timestamp with time zone not null,
  title          varchar(4000) not null,
  body           text          not null,
  text_hash      varchar(64)   not null,
  meta           text          not null,
  ingested_at    timestamp with time zone not null,
  story_id       varchar(40)
);
create unique index article_canonical_url on article (canonical_url);
create unique index article_text_hash on article (text_hash);
create index article_story on article (story_id);
create index article_published on article (published);

-- Analysis of an article: sentences, entities and dates as JSON; embeddings as little-endian float32.
create table article_analysis (
  article_id           varchar(200) primary key references article (id),
  sentences            text  not null,
  title_entities       text  not null,
  embedding            bytea not null,
  sentence_embeddings  bytea not null
);

create table storyline (
  id              varchar(40)  primary key,
  title           varchar(4000) not null,
  slug            varchar(200) not null,
  first_published timestamp with time zone not null,
  last_published  timestamp with time zone not null,
  story_count     integer      not null
);

create table story (
  id              varchar(40)  primary key,
  storyline_id    varchar(40)  references storyline (id),
  headline        varchar(4000) not null,
  slug            varchar(200) not null,
  first_published timestamp with time zone not null,
  last_published  timestamp with time zone not null,
  article_count   integer      not null,
  outlets         text         not null,
  noise_score     integer      not null,
  brief           text,
  brief_written   timestamp with time zone,
  updated_at      timestamp with time zone not null
);
create index story_last_published on story (last_published);
create index story_storyline on story (storyline_id);

-- Small key/value facts about this installation (e.g. that the sample corpus was imported).
create table app_state (
  state_key   varchar(100) primary key,
  state_value varchar(4000) not null
);
