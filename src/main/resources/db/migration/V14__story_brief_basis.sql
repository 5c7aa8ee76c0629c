-- Issue 18: a story's brief records a fingerprint of the storyline material it was written from
-- (which articles of its storyline were published by its latest one, in which stories). The brief
-- step rewrites a brief only when that fingerprint changes, so a new article does not rewrite the
-- briefs of a long storyline's earlier stories. Rows written before have none and are rewritten
-- once, the next time their storyline changes.
alter table story add column brief_basis varchar(40);

-- The brief writer that last served a storyline leaves a stamp here. A process keeps what it read of
-- a storyline in memory between runs; when it finds another process's stamp, it reads the storyline
-- again from the store instead of trusting what it kept.
alter table storyline add column brief_stamp varchar(40);
