-- Schema 4: a private/shared choice on every record that holds the user's words.
--
-- Goals, learnings and feedback had it from the start; agenda items, action items, skills,
-- skill ratings and goal check-ins join them. Existing records take the defaults a new one
-- gets: what both partners take part in (agenda items, actions, skills) is shared; what one
-- person writes alone about themselves (a self-rating and its note) is private; a child of a
-- private record is private (a check-in of a private goal).
ALTER TABLE agenda_item ADD COLUMN visibility TEXT NOT NULL DEFAULT 'shared';
ALTER TABLE action_item ADD COLUMN visibility TEXT NOT NULL DEFAULT 'shared';
ALTER TABLE skill ADD COLUMN visibility TEXT NOT NULL DEFAULT 'shared';
ALTER TABLE skill_rating ADD COLUMN visibility TEXT NOT NULL DEFAULT 'shared';
ALTER TABLE goal_check_in ADD COLUMN visibility TEXT NOT NULL DEFAULT 'shared';

UPDATE skill_rating SET visibility = 'private' WHERE rater = 'me';
UPDATE goal_check_in SET visibility = 'private'
    WHERE goal_id IN (SELECT id FROM goal WHERE visibility = 'private');
