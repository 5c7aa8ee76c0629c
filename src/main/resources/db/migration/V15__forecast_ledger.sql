-- Issue 18: a storyline's forecast ledger (each forecast of its stories with the later sentences that
-- matched it, and the articles already offered to every forecast), stored with the brief writer's
-- stamp. A process that starts again restores it instead of matching every forecast against the
-- storyline's whole history; it holds only while ledger_stamp equals brief_stamp (a writer clears
-- ledger_stamp before it changes any brief and sets both when it is done).
alter table storyline add column ledger_stamp varchar(40);
alter table storyline add column forecast_ledger text;
