-- Schema 6: a learning has an author. Every learning so far was written here, by the owner;
-- a partner's shared learnings arrive through their pack as theirs.
ALTER TABLE learning ADD COLUMN author TEXT NOT NULL DEFAULT 'me';
