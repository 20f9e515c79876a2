-- Twoway journal, schema 1.
--
-- Marks the file as a Twoway journal ("Twow"); inside the migration, so it commits with the schema.
PRAGMA application_id = 1417113463;
--
-- Every entity table has `seq INTEGER PRIMARY KEY` (a stable rowid that VACUUM keeps) and the
-- record's UUID v7 in `id`. Timestamps are RFC 3339 UTC text, dates `YYYY-MM-DD`, booleans 0/1.
-- `deleted_at` marks the trash. Parent links are foreign keys; parents are only ever
-- soft-deleted, so `ON DELETE` never fires in normal use.

CREATE TABLE profile (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    my_name TEXT NOT NULL,
    my_role TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE partnership (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    partner_name TEXT NOT NULL,
    partner_role TEXT NOT NULL,
    i_learn TEXT NOT NULL,            -- topics, one per line
    i_teach TEXT NOT NULL,            -- topics, one per line
    status TEXT NOT NULL,
    started_on TEXT NOT NULL,
    ends_on TEXT,
    cadence_every INTEGER,
    cadence_unit TEXT,
    agreement TEXT NOT NULL,
    agreement_revisit_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE goal (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    direction TEXT NOT NULL,
    success_criteria TEXT NOT NULL,
    target_on TEXT,
    status TEXT NOT NULL,
    progress INTEGER NOT NULL,
    visibility TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX goal_by_partnership ON goal(partnership_id);

CREATE TABLE goal_check_in (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    goal_id TEXT NOT NULL REFERENCES goal(id),
    "on" TEXT NOT NULL,
    progress INTEGER NOT NULL,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX goal_check_in_by_goal ON goal_check_in(goal_id, "on");

CREATE TABLE session (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    starts_at TEXT NOT NULL,          -- RFC 3339 with the offset it was planned in
    starts_at_utc TEXT NOT NULL,      -- the same instant in UTC, for ordering
    duration_minutes INTEGER NOT NULL,
    status TEXT NOT NULL,
    title TEXT NOT NULL,
    place TEXT NOT NULL,
    shared_notes TEXT NOT NULL,
    private_notes TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX session_by_partnership ON session(partnership_id, starts_at_utc);

CREATE TABLE agenda_item (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    session_id TEXT NOT NULL REFERENCES session(id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    minutes INTEGER,
    owner TEXT NOT NULL,
    covered INTEGER NOT NULL,
    carried_from TEXT REFERENCES agenda_item(id),
    goal_id TEXT REFERENCES goal(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX agenda_item_by_session ON agenda_item(session_id, position);
CREATE INDEX agenda_item_by_carried_from ON agenda_item(carried_from);

CREATE TABLE action_item (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    session_id TEXT REFERENCES session(id),
    text TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_on TEXT,
    done_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX action_item_by_partnership ON action_item(partnership_id);
CREATE INDEX action_item_by_session ON action_item(session_id);

CREATE TABLE skill (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    partnership_id TEXT REFERENCES partnership(id),
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    direction TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX skill_by_partnership ON skill(partnership_id);

CREATE TABLE skill_rating (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    skill_id TEXT NOT NULL REFERENCES skill(id),
    "on" TEXT NOT NULL,
    level INTEGER NOT NULL,
    rater TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX skill_rating_by_skill ON skill_rating(skill_id, "on");

CREATE TABLE learning (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    partnership_id TEXT REFERENCES partnership(id),
    "on" TEXT NOT NULL,
    text TEXT NOT NULL,
    skill_id TEXT REFERENCES skill(id),
    session_id TEXT REFERENCES session(id),
    visibility TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX learning_by_partnership ON learning(partnership_id, "on");
CREATE INDEX learning_by_session ON learning(session_id);
CREATE INDEX learning_by_skill ON learning(skill_id);

CREATE TABLE feedback (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    session_id TEXT REFERENCES session(id),
    author TEXT NOT NULL,
    "on" TEXT NOT NULL,
    rating INTEGER,
    went_well TEXT NOT NULL,
    to_improve TEXT NOT NULL,
    visibility TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX feedback_by_partnership ON feedback(partnership_id, "on");
CREATE INDEX feedback_by_session ON feedback(session_id);
