-- A storyline's forecast scorecard, written offline with its briefs: each forecast of its stories,
-- the date to check it, its status and the later sentence that settled it, as a JSON list.
create table forecast_scorecard (
  storyline_id  varchar(40) primary key,
  checks        text        not null,
  written_at    timestamp with time zone not null
);
