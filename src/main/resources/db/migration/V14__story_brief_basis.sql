-- Issue 18: a story's brief records a fingerprint of the storyline material it was written from
-- (which articles of its storyline were published by its latest one, in which stories). The brief
-- step rewrites a brief only when that fingerprint changes, so a new article does not rewrite the
-- briefs of a long storyline's earlier stories. Rows written before have none and are rewritten
-- once, the next time their storyline changes.
alter table story add column brief_basis varchar(40);
