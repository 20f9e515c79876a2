-- Twoway journal, schema 2: full-text search.
--
-- One FTS5 table over every text field. Triggers keep it in step inside the same transaction as
-- the write, whatever code path wrote (create, update, trash, restore, import). The FTS rowid is
-- `seq * 16 + kind code`, so a record's entry is found without a scan. Records already in the
-- journal are indexed at the end.

-- The search index. `kind`, `record_id` and `partnership_id` ride along unindexed so a hit says
-- what it is and where it belongs without a join per kind.
CREATE VIRTUAL TABLE search USING fts5(
    kind UNINDEXED,
    record_id UNINDEXED,
    partnership_id UNINDEXED,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Search triggers: a record is indexed while it is out of the trash.
CREATE TRIGGER partnership_search_insert AFTER INSERT ON partnership BEGIN
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 1, 'partnership', NEW.id, NEW.id, concat_ws(char(10), NEW.partner_name, NEW.partner_role, NEW.i_learn, NEW.i_teach, NEW.agreement) WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER partnership_search_update AFTER UPDATE ON partnership BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 1;
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 1, 'partnership', NEW.id, NEW.id, concat_ws(char(10), NEW.partner_name, NEW.partner_role, NEW.i_learn, NEW.i_teach, NEW.agreement) WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER partnership_search_delete AFTER DELETE ON partnership BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 1;
END;
CREATE TRIGGER goal_search_insert AFTER INSERT ON goal BEGIN
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 2, 'goal', NEW.id, NEW.partnership_id, concat_ws(char(10), NEW.title, NEW.description, NEW.success_criteria) WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER goal_search_update AFTER UPDATE ON goal BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 2;
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 2, 'goal', NEW.id, NEW.partnership_id, concat_ws(char(10), NEW.title, NEW.description, NEW.success_criteria) WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER goal_search_delete AFTER DELETE ON goal BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 2;
END;
CREATE TRIGGER goal_check_in_search_insert AFTER INSERT ON goal_check_in BEGIN
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 3, 'goal_check_in', NEW.id, (SELECT partnership_id FROM goal WHERE id = NEW.goal_id), NEW.note WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER goal_check_in_search_update AFTER UPDATE ON goal_check_in BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 3;
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 3, 'goal_check_in', NEW.id, (SELECT partnership_id FROM goal WHERE id = NEW.goal_id), NEW.note WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER goal_check_in_search_delete AFTER DELETE ON goal_check_in BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 3;
END;
CREATE TRIGGER session_search_insert AFTER INSERT ON session BEGIN
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 4, 'session', NEW.id, NEW.partnership_id, concat_ws(char(10), NEW.title, NEW.place, NEW.shared_notes, NEW.private_notes) WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER session_search_update AFTER UPDATE ON session BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 4;
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 4, 'session', NEW.id, NEW.partnership_id, concat_ws(char(10), NEW.title, NEW.place, NEW.shared_notes, NEW.private_notes) WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER session_search_delete AFTER DELETE ON session BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 4;
END;
CREATE TRIGGER agenda_item_search_insert AFTER INSERT ON agenda_item BEGIN
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 5, 'agenda_item', NEW.id, (SELECT partnership_id FROM session WHERE id = NEW.session_id), NEW.text WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER agenda_item_search_update AFTER UPDATE ON agenda_item BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 5;
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 5, 'agenda_item', NEW.id, (SELECT partnership_id FROM session WHERE id = NEW.session_id), NEW.text WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER agenda_item_search_delete AFTER DELETE ON agenda_item BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 5;
END;
CREATE TRIGGER action_item_search_insert AFTER INSERT ON action_item BEGIN
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 6, 'action_item', NEW.id, NEW.partnership_id, NEW.text WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER action_item_search_update AFTER UPDATE ON action_item BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 6;
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 6, 'action_item', NEW.id, NEW.partnership_id, NEW.text WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER action_item_search_delete AFTER DELETE ON action_item BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 6;
END;
CREATE TRIGGER skill_search_insert AFTER INSERT ON skill BEGIN
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 7, 'skill', NEW.id, NEW.partnership_id, concat_ws(char(10), NEW.name, NEW.category) WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER skill_search_update AFTER UPDATE ON skill BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 7;
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 7, 'skill', NEW.id, NEW.partnership_id, concat_ws(char(10), NEW.name, NEW.category) WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER skill_search_delete AFTER DELETE ON skill BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 7;
END;
CREATE TRIGGER skill_rating_search_insert AFTER INSERT ON skill_rating BEGIN
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 8, 'skill_rating', NEW.id, (SELECT partnership_id FROM skill WHERE id = NEW.skill_id), NEW.note WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER skill_rating_search_update AFTER UPDATE ON skill_rating BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 8;
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 8, 'skill_rating', NEW.id, (SELECT partnership_id FROM skill WHERE id = NEW.skill_id), NEW.note WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER skill_rating_search_delete AFTER DELETE ON skill_rating BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 8;
END;
CREATE TRIGGER learning_search_insert AFTER INSERT ON learning BEGIN
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 9, 'learning', NEW.id, NEW.partnership_id, NEW.text WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER learning_search_update AFTER UPDATE ON learning BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 9;
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 9, 'learning', NEW.id, NEW.partnership_id, NEW.text WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER learning_search_delete AFTER DELETE ON learning BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 9;
END;
CREATE TRIGGER feedback_search_insert AFTER INSERT ON feedback BEGIN
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 10, 'feedback', NEW.id, NEW.partnership_id, concat_ws(char(10), NEW.went_well, NEW.to_improve) WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER feedback_search_update AFTER UPDATE ON feedback BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 10;
    INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT NEW.seq * 16 + 10, 'feedback', NEW.id, NEW.partnership_id, concat_ws(char(10), NEW.went_well, NEW.to_improve) WHERE NEW.deleted_at IS NULL;
END;
CREATE TRIGGER feedback_search_delete AFTER DELETE ON feedback BEGIN
    DELETE FROM search WHERE rowid = OLD.seq * 16 + 10;
END;

-- Index what schema 1 already held.
INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT partnership.seq * 16 + 1, 'partnership', partnership.id, partnership.id, concat_ws(char(10), partnership.partner_name, partnership.partner_role, partnership.i_learn, partnership.i_teach, partnership.agreement) FROM partnership WHERE partnership.deleted_at IS NULL;
INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT goal.seq * 16 + 2, 'goal', goal.id, goal.partnership_id, concat_ws(char(10), goal.title, goal.description, goal.success_criteria) FROM goal WHERE goal.deleted_at IS NULL;
INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT goal_check_in.seq * 16 + 3, 'goal_check_in', goal_check_in.id, (SELECT partnership_id FROM goal WHERE id = goal_check_in.goal_id), goal_check_in.note FROM goal_check_in WHERE goal_check_in.deleted_at IS NULL;
INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT session.seq * 16 + 4, 'session', session.id, session.partnership_id, concat_ws(char(10), session.title, session.place, session.shared_notes, session.private_notes) FROM session WHERE session.deleted_at IS NULL;
INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT agenda_item.seq * 16 + 5, 'agenda_item', agenda_item.id, (SELECT partnership_id FROM session WHERE id = agenda_item.session_id), agenda_item.text FROM agenda_item WHERE agenda_item.deleted_at IS NULL;
INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT action_item.seq * 16 + 6, 'action_item', action_item.id, action_item.partnership_id, action_item.text FROM action_item WHERE action_item.deleted_at IS NULL;
INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT skill.seq * 16 + 7, 'skill', skill.id, skill.partnership_id, concat_ws(char(10), skill.name, skill.category) FROM skill WHERE skill.deleted_at IS NULL;
INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT skill_rating.seq * 16 + 8, 'skill_rating', skill_rating.id, (SELECT partnership_id FROM skill WHERE id = skill_rating.skill_id), skill_rating.note FROM skill_rating WHERE skill_rating.deleted_at IS NULL;
INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT learning.seq * 16 + 9, 'learning', learning.id, learning.partnership_id, learning.text FROM learning WHERE learning.deleted_at IS NULL;
INSERT INTO search(rowid, kind, record_id, partnership_id, text) SELECT feedback.seq * 16 + 10, 'feedback', feedback.id, feedback.partnership_id, concat_ws(char(10), feedback.went_well, feedback.to_improve) FROM feedback WHERE feedback.deleted_at IS NULL;
