-- Issue 18: a storyline's forecast ledger, kept in the store as it changes: each story's forecasts
-- with the later sentences that matched them, and the articles already offered to every forecast. A
-- process that starts again reads it instead of matching every forecast against the storyline's
-- whole history. It holds only while storyline.ledger_stamp equals storyline.brief_stamp: a writer
-- clears ledger_stamp before it changes anything and sets both when it is done.
alter table storyline add column ledger_stamp varchar(40);

create table forecast_ledger (
  storyline_id  varchar(40)  not null,
  story_id      varchar(40)  not null,
  forecasts     text         not null,
  primary key (storyline_id, story_id)
);

create table forecast_ledger_offered (
  storyline_id  varchar(40)  not null,
  article_id    varchar(200) not null,
  primary key (storyline_id, article_id)
);
