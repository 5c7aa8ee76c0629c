-- Storyline ids that no longer name a storyline: a repair pass merged the last story of the storyline
-- into another story (via_story). The storyline that story belongs to now carries the saga on, so pages
-- and the API answer a permanent redirect there, and readers who followed the old id follow that one.
-- The target is looked up through via_story at read time, because the survivor may be linked after the
-- merge. A row is dropped when its id names a storyline again.
-- Portable SQL: runs on H2 (PostgreSQL mode) and on PostgreSQL 15+.

create table storyline_redirect (
  from_id     varchar(40) primary key,
  via_story   varchar(40) not null,
  created_at  timestamp with time zone not null
);
create index storyline_redirect_via on storyline_redirect (via_story);
