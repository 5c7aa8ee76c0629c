-- What each rendered page depends on, with a version that moves whenever that part changes: a story
-- ("story:<id>": its brief, its comments, a merge or split), a storyline ("storyline:<id>": its
-- stories, title, scorecard) and every list of stories ("lists": front page, feeds, search, API
-- lists). Writers bump the row in the same process that changed the data; every web process polls the
-- rows changed recently (changed_at, the database's clock) and drops the pages it rendered from older
-- versions, so a page is rendered again only when what it shows changes, whichever process changed it.
-- Portable SQL: runs on H2 (PostgreSQL mode) and on PostgreSQL 15+.

create table page_version (
  scope       varchar(120) primary key,
  version     bigint not null,
  changed_at  timestamp with time zone not null
);
create index page_version_changed on page_version (changed_at);
