-- Schema 7: signed records of learning.
--
-- `signing_key` holds the journal's own Ed25519 key pair (its 32-byte secret; the public key
-- follows from it), made on first use. An encrypted journal encrypts it with every other page.
-- `partner_key` holds the keys the owner confirmed as a partner's, per partnership, by
-- comparing fingerprints: the fingerprint always, the key itself (a did:key) when it was read
-- from a signed record. Neither is a record: they belong to this journal alone, are never
-- exported and never travel in a pack.
CREATE TABLE signing_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret BLOB NOT NULL CHECK (length(secret) = 32),
    created_at TEXT NOT NULL
);

CREATE TABLE partner_key (
    partnership_id TEXT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    did TEXT,
    confirmed_on TEXT NOT NULL,
    PRIMARY KEY (partnership_id, fingerprint)
) WITHOUT ROWID;

CREATE INDEX partner_key_by_fingerprint ON partner_key (fingerprint);
