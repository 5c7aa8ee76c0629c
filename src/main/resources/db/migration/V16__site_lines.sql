-- Issue 19: the lines a site prints word for word on pages of many days (a related-story promo, a
-- sidebar, a comment policy) are the site's, not its stories'. The analysis records each sentence
-- of an article (a hash of its words) with its site and day, and leaves out of the article those
-- that have appeared on enough days (analyze.sentence.SiteLines). Plain rows, no unique key: two
-- processes analysing at once never wait for each other here, and a day recorded twice counts once.
-- A line stops being recorded once it is known as the site's.
create table site_line (
  site      varchar(300) not null,
  line_key  bigint       not null,
  seen_on   date         not null
);

create index site_line_by_key on site_line (site, line_key);
