-- Schema 8: the agreement as versions, and records of learning kept in the journal.
--
-- The partnership keeps the working draft (`agreement`, `agreement_revisit_on`); each row
-- here is a version one of the two adopted, as it stood that day. The owner's own versions
-- are written by "Adopt this version"; the partner's arrive through their pack, with
-- `adopted_by` 'partner'. A version is a record like any other (ids, stamps, trash), so
-- packs carry it and the merge by id treats it as it treats the rest. Not indexed for search:
-- the draft already is, and old versions would answer every search twice.
CREATE TABLE agreement_version (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    text TEXT NOT NULL,
    revisit_on TEXT,
    adopted_on TEXT NOT NULL,
    adopted_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX agreement_version_by_partnership ON agreement_version(partnership_id, adopted_on);

-- Records of learning, kept so that they travel in the partner pack: the signed credential as
-- its JSON text, and its own id (the same in both journals). The journal only ever adds
-- signatures to one.
CREATE TABLE record_of_learning (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    credential_id TEXT NOT NULL,
    credential TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX record_of_learning_by_partnership ON record_of_learning(partnership_id, credential_id);
