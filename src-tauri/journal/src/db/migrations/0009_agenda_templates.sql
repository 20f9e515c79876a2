-- Schema 9: the owner's own agenda templates ("Save this agenda as a template").
--
-- A template belongs to no partnership. Its items are one JSON array, each
-- `{"title": …, "minutes": … or null, "owner": "me" | "partner"}`: they are only ever read and
-- written with the template, never queried on their own. Templates are tools rather than what
-- happened, so they are not in the search index. Private by default: a shared pack carries
-- only those marked shared.
CREATE TABLE agenda_template (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    items TEXT NOT NULL,
    visibility TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
