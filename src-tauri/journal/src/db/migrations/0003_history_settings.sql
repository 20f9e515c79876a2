-- Schema 3: version history of long texts, and the journal's own settings.

-- Earlier versions of the long texts of records (session notes, the agreement, goal
-- descriptions, learnings, feedback). They belong to this journal alone: never exported, never
-- in a pack, never in the search index. `saved_at` is when the text was written, `kept_at`
-- when it was kept as a version (its replacement was saved).
CREATE TABLE revision (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    kept_at TEXT NOT NULL
);
CREATE INDEX revision_of_field ON revision (record_id, field, kept_at);

-- Settings of this journal, one text value per key.
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
