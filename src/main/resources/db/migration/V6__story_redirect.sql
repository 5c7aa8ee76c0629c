-- Story ids that no longer name a story: a repair pass merged the story into another. Pages and the
-- API answer a permanent redirect to to_id. Chains are flattened when written (to_id is always a
-- story), and a row is dropped when its id names a story again (a split revived it).
-- Portable SQL: runs on H2 (PostgreSQL mode) and on PostgreSQL 15+.

create table story_redirect (
  from_id     varchar(40) primary key,
  to_id       varchar(40) not null,
  reason      varchar(20) not null,
  created_at  timestamp with time zone not null
);
create index story_redirect_to on story_redirect (to_id);
