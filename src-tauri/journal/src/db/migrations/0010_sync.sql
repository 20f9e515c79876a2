-- Schema 10: device sync through a folder the user already syncs (`crate::sync`).
--
-- Sync is off until a folder is chosen: then `sync_device` holds this journal's device id and
-- its hybrid logical clock, and the triggers below note every record a write touches, whatever
-- code path wrote it (an edit, a side effect, an import, a purge), in `sync_pending`. A sync
-- gives each pending record a version (`sync_version`: clock time, counter, device), writes the
-- versions to a change file, and merges the other devices' change files by those versions.

-- This device, while sync is on: its id, the name its owner knows it by, the folder, its clock,
-- the number of its next change file and the key its files are sealed with.
CREATE TABLE sync_device (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device TEXT NOT NULL,
    name TEXT NOT NULL,
    folder TEXT NOT NULL,
    clock_wall INTEGER NOT NULL DEFAULT 0,
    clock_counter INTEGER NOT NULL DEFAULT 0,
    next_seq INTEGER NOT NULL DEFAULT 1,
    -- The key change files are sealed with, when the journal is encrypted (then so is this
    -- table); NULL for a plain journal, whose change files are plain.
    key BLOB
);

-- Records written since the last sync, with their kind.
CREATE TABLE sync_pending (
    record_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL
) WITHOUT ROWID;

-- The version of every record (and of every record deleted forever: `deleted`) this journal
-- holds, and whether this device has written its own versions to a change file yet.
CREATE TABLE sync_version (
    record_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    wall INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    device TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    written INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX sync_version_unwritten ON sync_version (written, device);

-- How far this journal has applied each other device's change files: every file up to `seq`.
CREATE TABLE sync_applied (
    device TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    applied_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER partnership_sync_insert AFTER INSERT ON partnership WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'partnership');
END;
CREATE TRIGGER partnership_sync_update AFTER UPDATE ON partnership WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'partnership');
END;
CREATE TRIGGER partnership_sync_delete AFTER DELETE ON partnership WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (OLD.id, 'partnership');
END;
CREATE TRIGGER goal_sync_insert AFTER INSERT ON goal WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'goal');
END;
CREATE TRIGGER goal_sync_update AFTER UPDATE ON goal WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'goal');
END;
CREATE TRIGGER goal_sync_delete AFTER DELETE ON goal WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (OLD.id, 'goal');
END;
CREATE TRIGGER goal_check_in_sync_insert AFTER INSERT ON goal_check_in WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'goal_check_in');
END;
CREATE TRIGGER goal_check_in_sync_update AFTER UPDATE ON goal_check_in WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'goal_check_in');
END;
CREATE TRIGGER goal_check_in_sync_delete AFTER DELETE ON goal_check_in WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (OLD.id, 'goal_check_in');
END;
CREATE TRIGGER session_sync_insert AFTER INSERT ON session WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'session');
END;
CREATE TRIGGER session_sync_update AFTER UPDATE ON session WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'session');
END;
CREATE TRIGGER session_sync_delete AFTER DELETE ON session WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (OLD.id, 'session');
END;
CREATE TRIGGER agenda_item_sync_insert AFTER INSERT ON agenda_item WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'agenda_item');
END;
CREATE TRIGGER agenda_item_sync_update AFTER UPDATE ON agenda_item WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'agenda_item');
END;
CREATE TRIGGER agenda_item_sync_delete AFTER DELETE ON agenda_item WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (OLD.id, 'agenda_item');
END;
CREATE TRIGGER action_item_sync_insert AFTER INSERT ON action_item WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'action_item');
END;
CREATE TRIGGER action_item_sync_update AFTER UPDATE ON action_item WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'action_item');
END;
CREATE TRIGGER action_item_sync_delete AFTER DELETE ON action_item WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (OLD.id, 'action_item');
END;
CREATE TRIGGER skill_sync_insert AFTER INSERT ON skill WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'skill');
END;
CREATE TRIGGER skill_sync_update AFTER UPDATE ON skill WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'skill');
END;
CREATE TRIGGER skill_sync_delete AFTER DELETE ON skill WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (OLD.id, 'skill');
END;
CREATE TRIGGER skill_rating_sync_insert AFTER INSERT ON skill_rating WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'skill_rating');
END;
CREATE TRIGGER skill_rating_sync_update AFTER UPDATE ON skill_rating WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'skill_rating');
END;
CREATE TRIGGER skill_rating_sync_delete AFTER DELETE ON skill_rating WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (OLD.id, 'skill_rating');
END;
CREATE TRIGGER learning_sync_insert AFTER INSERT ON learning WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'learning');
END;
CREATE TRIGGER learning_sync_update AFTER UPDATE ON learning WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'learning');
END;
CREATE TRIGGER learning_sync_delete AFTER DELETE ON learning WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (OLD.id, 'learning');
END;
CREATE TRIGGER feedback_sync_insert AFTER INSERT ON feedback WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'feedback');
END;
CREATE TRIGGER feedback_sync_update AFTER UPDATE ON feedback WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'feedback');
END;
CREATE TRIGGER feedback_sync_delete AFTER DELETE ON feedback WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (OLD.id, 'feedback');
END;
CREATE TRIGGER agreement_version_sync_insert AFTER INSERT ON agreement_version WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'agreement_version');
END;
CREATE TRIGGER agreement_version_sync_update AFTER UPDATE ON agreement_version WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'agreement_version');
END;
CREATE TRIGGER agreement_version_sync_delete AFTER DELETE ON agreement_version WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (OLD.id, 'agreement_version');
END;
CREATE TRIGGER record_of_learning_sync_insert AFTER INSERT ON record_of_learning WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'record_of_learning');
END;
CREATE TRIGGER record_of_learning_sync_update AFTER UPDATE ON record_of_learning WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'record_of_learning');
END;
CREATE TRIGGER record_of_learning_sync_delete AFTER DELETE ON record_of_learning WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (OLD.id, 'record_of_learning');
END;
CREATE TRIGGER agenda_template_sync_insert AFTER INSERT ON agenda_template WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'agenda_template');
END;
CREATE TRIGGER agenda_template_sync_update AFTER UPDATE ON agenda_template WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (NEW.id, 'agenda_template');
END;
CREATE TRIGGER agenda_template_sync_delete AFTER DELETE ON agenda_template WHEN EXISTS (SELECT 1 FROM sync_device) BEGIN
    INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (OLD.id, 'agenda_template');
END;

-- A session the partner planned for the same meeting as one of ours (same partnership,
-- overlapping times): their session's id, and ours it stands for. Their pack's agenda, actions,
-- learnings and feedback of that meeting attach to ours, at every import.
CREATE TABLE session_alias (
    partner_session TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE
) WITHOUT ROWID;
