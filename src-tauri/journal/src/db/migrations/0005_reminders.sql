-- Schema 5: the reminders shown, so each is shown once (a session's reminder is keyed by the
-- session and its start, so a rescheduled session reminds again). They belong to this journal
-- alone: never exported, never in a pack.
CREATE TABLE reminder_shown (
    key TEXT PRIMARY KEY,
    shown_at TEXT NOT NULL
) WITHOUT ROWID;
