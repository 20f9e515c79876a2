//! Every validation rule: bad input gives an error naming the field, and nothing is written.

mod common;

use common::*;
use twoway_journal::model::*;
use twoway_journal::{Error, MAX_TEXT_BYTES, Problem, WriteTx};

/// A journal with one of everything to hang children on.
struct World {
    t: TestJournal,
    p: Partnership,
    other: Partnership,
    session: Session,
    goal: Goal,
    skill: Skill,
}

fn world() -> World {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let other = t.partnership();
    let session = t.session(p.id, "2026-03-03T10:00:00+00:00");
    let goal = t.journal.write(|tx| tx.create(goal_fields(p.id))).unwrap();
    let skill = t
        .journal
        .write(|tx| tx.create(skill_fields(Some(p.id), Direction::Learn)))
        .unwrap();
    World {
        t,
        p,
        other,
        session,
        goal,
        skill,
    }
}

/// Runs `write`, expects `Error::Invalid` on `field` (with `problem`, when given), and checks
/// that no record was added, changed or trashed.
fn refused(
    w: &mut World,
    field: &str,
    problem: Option<Problem>,
    write: impl FnOnce(&WriteTx<'_>) -> twoway_journal::Result<()>,
) {
    let before = w.t.counts();
    let stamps_before = w.t.journal.read(|tx| tx.partnerships()).unwrap();
    w.t.tick();
    match w.t.journal.write(write) {
        Err(Error::Invalid {
            field: got,
            problem: got_problem,
        }) => {
            assert_eq!(got, field, "the error names the field");
            if let Some(problem) = problem {
                assert_eq!(got_problem, problem);
            }
        }
        other => panic!("expected {field} to be refused, got {other:?}"),
    }
    assert_eq!(w.t.counts(), before, "a refused write adds nothing");
    assert_eq!(
        w.t.journal.read(|tx| tx.partnerships()).unwrap(),
        stamps_before,
        "and changes nothing"
    );
}

fn too_long() -> String {
    "x".repeat(MAX_TEXT_BYTES + 1)
}

#[test]
fn partnership_rules() {
    let mut w = world();
    let mut f = partnership_fields();
    f.partner_name = "   ".into();
    refused(&mut w, "partner_name", Some(Problem::Empty), |tx| {
        tx.create(f).map(drop)
    });
    let mut f = partnership_fields();
    f.partner_name = "Priya\nN".into();
    refused(&mut w, "partner_name", Some(Problem::LineBreak), |tx| {
        tx.create(f).map(drop)
    });
    let mut f = partnership_fields();
    f.ends_on = Some(date("2025-12-31"));
    refused(
        &mut w,
        "ends_on",
        Some(Problem::Before {
            other: "started_on",
        }),
        |tx| tx.create(f).map(drop),
    );
    let mut f = partnership_fields();
    f.cadence = Some(Cadence {
        every: 0,
        unit: CadenceUnit::Week,
    });
    refused(&mut w, "cadence", None, |tx| tx.create(f).map(drop));
    let mut f = partnership_fields();
    f.i_learn.push(String::new());
    refused(&mut w, "i_learn", Some(Problem::Empty), |tx| {
        tx.create(f).map(drop)
    });
    let mut f = partnership_fields();
    f.agreement = too_long();
    refused(
        &mut w,
        "agreement",
        Some(Problem::TooLong {
            max: MAX_TEXT_BYTES,
        }),
        |tx| tx.create(f).map(drop),
    );
    // An update that breaks a rule leaves the stored record as it was.
    let mut f = w.p.fields.clone();
    f.partner_name = String::new();
    let id = w.p.id;
    refused(&mut w, "partner_name", Some(Problem::Empty), |tx| {
        tx.update(id, f).map(drop)
    });
}

#[test]
fn goal_rules() {
    let mut w = world();
    let p = w.p.id;
    let mut f = goal_fields(p);
    f.title = String::new();
    refused(&mut w, "title", Some(Problem::Empty), |tx| {
        tx.create(f).map(drop)
    });
    let mut f = goal_fields(p);
    f.progress = 101;
    refused(
        &mut w,
        "progress",
        Some(Problem::OutOfRange { min: 0, max: 100 }),
        |tx| tx.create(f).map(drop),
    );
    let unknown = PartnershipId(uuid::Uuid::now_v7());
    refused(&mut w, "partnership_id", None, |tx| {
        tx.create(goal_fields(unknown)).map(drop)
    });
    let mut f = goal_fields(p);
    f.description = too_long();
    refused(&mut w, "description", None, |tx| tx.create(f).map(drop));
    // A goal cannot move to another partnership.
    let mut f = w.goal.fields.clone();
    f.partnership_id = w.other.id;
    let id = w.goal.id;
    refused(&mut w, "partnership_id", Some(Problem::Immutable), |tx| {
        tx.update(id, f).map(drop)
    });
}

#[test]
fn parents_in_the_trash_are_refused() {
    let mut w = world();
    let other = w.other.id;
    w.t.journal.write(|tx| tx.trash(other)).unwrap();
    refused(
        &mut w,
        "partnership_id",
        Some(Problem::TrashedParent {
            kind: Kind::Partnership,
            id: other.to_string(),
        }),
        |tx| tx.create(goal_fields(other)).map(drop),
    );
    let goal = w.goal.id;
    w.t.journal.write(|tx| tx.trash(goal)).unwrap();
    refused(&mut w, "goal_id", None, |tx| {
        tx.create(check_in_fields(goal, "2026-03-01", 10)).map(drop)
    });
}

#[test]
fn check_in_rules() {
    let mut w = world();
    let goal = w.goal.id;
    refused(&mut w, "progress", None, |tx| {
        tx.create(check_in_fields(goal, "2026-03-01", 200))
            .map(drop)
    });
}

#[test]
fn session_rules() {
    let mut w = world();
    let p = w.p.id;
    let mut f = session_fields(p, "2026-03-03T10:00:00+00:00");
    f.title = " ".into();
    refused(&mut w, "title", Some(Problem::Empty), |tx| {
        tx.create_session(f).map(drop)
    });
    let mut f = session_fields(p, "2026-03-03T10:00:00+00:00");
    f.duration_minutes = 0;
    refused(&mut w, "duration_minutes", None, |tx| {
        tx.create_session(f).map(drop)
    });
    let mut f = session_fields(p, "2026-03-03T10:00:00+00:00");
    f.duration_minutes = 24 * 60 + 1;
    refused(&mut w, "duration_minutes", None, |tx| {
        tx.create_session(f).map(drop)
    });
    let mut f = session_fields(p, "2026-03-03T10:00:00+00:00");
    f.private_notes = too_long();
    refused(&mut w, "private_notes", None, |tx| {
        tx.create_session(f).map(drop)
    });
    let mut f = session_fields(p, "2026-03-03T10:00:00+00:00");
    f.place = "a\rb".into();
    refused(&mut w, "place", Some(Problem::LineBreak), |tx| {
        tx.create_session(f).map(drop)
    });
}

#[test]
fn agenda_item_rules() {
    let mut w = world();
    let s = w.session.id;
    refused(&mut w, "text", Some(Problem::Empty), |tx| {
        tx.create(agenda_fields(s, 0, "")).map(drop)
    });
    let mut f = agenda_fields(s, 0, "Item");
    f.minutes = Some(0);
    refused(&mut w, "minutes", None, |tx| tx.create(f).map(drop));
    // A goal of another partnership cannot be linked.
    let other_goal =
        w.t.journal
            .write(|tx| tx.create(goal_fields(w.other.id)))
            .unwrap();
    let mut f = agenda_fields(s, 0, "Item");
    f.goal_id = Some(other_goal.id);
    refused(&mut w, "goal_id", Some(Problem::OtherPartnership), |tx| {
        tx.create(f).map(drop)
    });
    let mut f = agenda_fields(s, 0, "Item");
    f.carried_from = Some(AgendaItemId(uuid::Uuid::now_v7()));
    refused(&mut w, "carried_from", None, |tx| tx.create(f).map(drop));
}

#[test]
fn action_item_rules() {
    let mut w = world();
    let p = w.p.id;
    let mut f = action_fields(p, None);
    f.text = "\n\t".into();
    refused(&mut w, "text", Some(Problem::Empty), |tx| {
        tx.create(f).map(drop)
    });
    let other_session = w.t.session(w.other.id, "2026-03-04T10:00:00+00:00");
    let mut f = action_fields(p, None);
    f.session_id = Some(other_session.id);
    refused(
        &mut w,
        "session_id",
        Some(Problem::OtherPartnership),
        |tx| tx.create(f).map(drop),
    );
}

#[test]
fn skill_and_rating_rules() {
    let mut w = world();
    let mut f = skill_fields(None, Direction::Teach);
    f.name = String::new();
    refused(&mut w, "name", Some(Problem::Empty), |tx| {
        tx.create(f).map(drop)
    });
    let skill = w.skill.id;
    for level in [0, 6] {
        refused(
            &mut w,
            "level",
            Some(Problem::OutOfRange { min: 1, max: 5 }),
            |tx| {
                tx.create(rating_fields(skill, "2026-03-01", level, Party::Me))
                    .map(drop)
            },
        );
    }
}

#[test]
fn learning_rules() {
    let mut w = world();
    let mut f = learning_fields(None);
    f.text = String::new();
    refused(&mut w, "text", Some(Problem::Empty), |tx| {
        tx.create(f).map(drop)
    });
    // A session of one partnership cannot be filed under another.
    let mut f = learning_fields(Some(w.other.id));
    f.session_id = Some(w.session.id);
    refused(
        &mut w,
        "session_id",
        Some(Problem::OtherPartnership),
        |tx| tx.create(f).map(drop),
    );
}

#[test]
fn feedback_rules() {
    let mut w = world();
    let p = w.p.id;
    for rating in [0, 6] {
        refused(&mut w, "rating", None, |tx| {
            tx.create(feedback_fields(p, Party::Me, Some(rating)))
                .map(drop)
        });
    }
    let mut f = feedback_fields(p, Party::Me, None);
    f.went_well = String::new();
    f.to_improve = " ".into();
    refused(&mut w, "went_well", None, |tx| tx.create(f).map(drop));
}

#[test]
fn a_failure_late_in_a_write_rolls_back_what_came_before_it() {
    let mut w = world();
    let before = w.t.counts();
    let p = w.p.id;
    let result = w.t.journal.write(|tx| {
        tx.create(goal_fields(p))?;
        tx.create(action_fields(p, None))?;
        let mut bad = goal_fields(p);
        bad.progress = 120;
        tx.create(bad)
    });
    assert!(result.is_err());
    assert_eq!(w.t.counts(), before, "the whole transaction is rolled back");
}

#[test]
fn error_messages_do_not_repeat_the_users_text() {
    let mut w = world();
    let secret = "my salary is 240k".to_owned();
    let mut f = goal_fields(w.p.id);
    f.title = format!("{secret}\nsecond line");
    let err = w.t.journal.write(|tx| tx.create(f)).unwrap_err();
    assert!(!err.to_string().contains("salary"), "{err}");
    assert_eq!(err.to_string(), "title: must not contain a line break");
}
