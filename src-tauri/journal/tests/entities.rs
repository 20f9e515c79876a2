//! Every entity's round trip through the journal: create, read, update, list, trash, restore.

mod common;

use common::*;
use std::fmt::Debug;
use twoway_journal::model::*;
use twoway_journal::{Entity, Error, RecordId};

/// Creates `fields`, checks it reads back as written, applies `edit` as an update, trashes and
/// restores it, checking the stamps at each step. Returns the final record.
fn round_trip<F>(t: &mut TestJournal, fields: F, edit: impl FnOnce(&mut F)) -> Record<F::Id, F>
where
    F: Entity + PartialEq + Debug,
    F::Id: RecordId<Fields = F> + Debug + PartialEq,
{
    let start = t.clock_now();
    let created = t.journal.write(|tx| tx.create(fields.clone())).unwrap();
    assert_eq!(
        created.fields,
        fields,
        "{:?} reads back as written",
        F::KIND
    );
    assert_eq!(
        created.created_at, start,
        "stamped with the journal's clock"
    );
    assert_eq!(created.updated_at, start);
    assert_eq!(created.deleted_at, None);
    let uuid = uuid::Uuid::parse_str(&created.id.to_string()).unwrap();
    assert_eq!(uuid.get_version_num(), 7, "ids are UUID v7");
    let read = t.journal.read(|tx| tx.get(created.id)).unwrap();
    assert_eq!(read, created);

    t.tick();
    let mut edited = fields.clone();
    edit(&mut edited);
    assert_ne!(edited, fields, "the edit changes something");
    let updated = t
        .journal
        .write(|tx| tx.update(created.id, edited.clone()))
        .unwrap();
    assert_eq!(updated.fields, edited);
    assert_eq!(
        updated.created_at, created.created_at,
        "an update keeps the creation time"
    );
    assert!(
        updated.updated_at > created.updated_at,
        "an update stamps updated_at"
    );

    t.tick();
    let trashed = t.journal.write(|tx| tx.trash(created.id)).unwrap();
    assert!(trashed.deleted_at.is_some());
    let in_trash = t.journal.read(|tx| tx.trashed()).unwrap();
    assert!(
        in_trash
            .iter()
            .any(|r| r.kind == F::KIND && r.id.to_string() == created.id.to_string())
    );
    let refused = t.journal.write(|tx| tx.update(created.id, edited.clone()));
    assert!(
        matches!(refused, Err(Error::Trashed { .. })),
        "a trashed record cannot be edited"
    );

    t.tick();
    let restored = t.journal.write(|tx| tx.restore(created.id)).unwrap();
    assert_eq!(restored.deleted_at, None);
    assert_eq!(restored.fields, edited);
    restored
}

#[test]
fn partnership_round_trip_and_listing() {
    let mut t = TestJournal::new();
    let p = round_trip(&mut t, partnership_fields(), |f| {
        f.partner_name = "Priya N.".into();
        f.i_teach.push("Board presentations".into());
        f.cadence = Some(Cadence {
            every: 1,
            unit: CadenceUnit::Month,
        });
        f.ends_on = None;
    });
    let listed = t.journal.read(|tx| tx.partnerships()).unwrap();
    assert_eq!(listed, vec![p.clone()]);
    t.journal.write(|tx| tx.trash(p.id)).unwrap();
    assert!(
        t.journal.read(|tx| tx.partnerships()).unwrap().is_empty(),
        "the trash is not listed"
    );
}

#[test]
fn goal_and_check_in_round_trip() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let goal = round_trip(&mut t, goal_fields(p.id), |f| {
        f.status = GoalStatus::Achieved;
        f.progress = 100;
        f.visibility = Visibility::Private;
        f.target_on = None;
    });
    assert_eq!(
        t.journal.read(|tx| tx.goals(p.id)).unwrap(),
        vec![goal.clone()]
    );
    // A check-in of a private goal is private (tests/visibility.rs has the rule itself).
    let private_check_in = GoalCheckInFields {
        visibility: Visibility::Private,
        ..check_in_fields(goal.id, "2026-03-01", 40)
    };
    let check_in = round_trip(&mut t, private_check_in, |f| {
        f.progress = 45;
        f.note = "Three posts.".into();
    });
    assert_eq!(
        t.journal.read(|tx| tx.check_ins(goal.id)).unwrap(),
        vec![check_in]
    );
}

#[test]
fn session_round_trip_and_listing_newest_first() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let first = round_trip(
        &mut t,
        session_fields(p.id, "2026-02-01T10:00:00+01:00"),
        |f| {
            f.status = SessionStatus::Held;
            f.private_notes = "Better.".into();
            f.starts_at = at("2026-02-01T11:00:00+01:00");
        },
    );
    let second = t.session(p.id, "2026-02-15T10:00:00-05:00");
    let listed = t.journal.read(|tx| tx.sessions(p.id)).unwrap();
    assert_eq!(listed, vec![second, first], "newest first");
}

#[test]
fn agenda_item_round_trip() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-03T10:00:00+00:00");
    let goal = t.journal.write(|tx| tx.create(goal_fields(p.id))).unwrap();
    round_trip(
        &mut t,
        agenda_fields(s.id, 0, "Review last week's post"),
        |f| {
            f.covered = true;
            f.minutes = None;
            f.goal_id = Some(goal.id);
            f.owner = Party::Me;
        },
    );
}

#[test]
fn action_item_round_trip_and_done_toggle() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-03T10:00:00+00:00");
    let action = round_trip(&mut t, action_fields(p.id, Some("2026-03-10")), |f| {
        f.session_id = Some(s.id);
        f.owner = Party::Partner;
    });
    let done = t
        .journal
        .write(|tx| tx.set_action_done(action.id, true))
        .unwrap();
    assert_eq!(done.fields.done_at, Some(t.clock_now()));
    assert!(
        t.journal
            .read(|tx| tx.open_actions(p.id))
            .unwrap()
            .is_empty()
    );
    let reopened = t
        .journal
        .write(|tx| tx.set_action_done(action.id, false))
        .unwrap();
    assert_eq!(reopened.fields.done_at, None);
    assert_eq!(
        t.journal
            .read(|tx| tx.actions_of_session(s.id))
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn skill_and_rating_round_trip() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let skill = round_trip(&mut t, skill_fields(Some(p.id), Direction::Learn), |f| {
        f.name = "Prompt design".into();
        f.direction = Direction::Teach;
    });
    round_trip(
        &mut t,
        rating_fields(skill.id, "2026-01-10", 2, Party::Me),
        |f| {
            f.level = 3;
            f.rater = Party::Partner;
        },
    );
    assert_eq!(
        t.journal.read(|tx| tx.skills(Some(p.id))).unwrap(),
        vec![skill.clone()]
    );
    assert_eq!(t.journal.read(|tx| tx.skills(None)).unwrap(), vec![skill]);
}

#[test]
fn learning_round_trip_takes_its_partnership_from_its_session() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-03T10:00:00+00:00");
    let learning = round_trip(&mut t, learning_fields(None), |f| {
        f.visibility = Visibility::Shared;
        f.text = "Tables first.".into();
    });
    assert_eq!(learning.fields.partnership_id, None);
    let mut linked = learning_fields(None);
    linked.session_id = Some(s.id);
    let linked = t.journal.write(|tx| tx.create(linked)).unwrap();
    assert_eq!(
        linked.fields.partnership_id,
        Some(p.id),
        "the session's partnership is filled in"
    );
    assert_eq!(
        t.journal.read(|tx| tx.learnings(Some(p.id))).unwrap(),
        vec![linked.clone()]
    );
    assert_eq!(
        t.journal.read(|tx| tx.learnings_for_session(s.id)).unwrap(),
        vec![linked]
    );
    assert_eq!(t.journal.read(|tx| tx.learnings(None)).unwrap().len(), 2);
}

#[test]
fn feedback_round_trip() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-03T10:00:00+00:00");
    let feedback = round_trip(
        &mut t,
        feedback_fields(p.id, Party::Partner, Some(4)),
        |f| {
            f.rating = None;
            f.session_id = Some(s.id);
            f.visibility = Visibility::Private;
        },
    );
    assert_eq!(
        t.journal.read(|tx| tx.feedback(p.id)).unwrap(),
        vec![feedback.clone()]
    );
    assert_eq!(
        t.journal.read(|tx| tx.feedback_for_session(s.id)).unwrap(),
        vec![feedback]
    );
}

#[test]
fn profile_is_empty_until_saved_then_reads_back() {
    let mut t = TestJournal::new();
    assert_eq!(
        t.journal.read(|tx| tx.profile()).unwrap(),
        Profile::default()
    );
    let profile = Profile {
        my_name: "Martin Keller".into(),
        my_role: "Finance director".into(),
    };
    t.journal
        .write(|tx| tx.set_profile(profile.clone()))
        .unwrap();
    assert_eq!(t.journal.read(|tx| tx.profile()).unwrap(), profile);
    let renamed = Profile {
        my_name: "Martin K.".into(),
        ..profile
    };
    t.journal
        .write(|tx| tx.set_profile(renamed.clone()))
        .unwrap();
    assert_eq!(t.journal.read(|tx| tx.profile()).unwrap(), renamed);
}

#[test]
fn a_check_in_moves_the_goal_progress_and_trashing_it_moves_it_back() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let goal = t.journal.write(|tx| tx.create(goal_fields(p.id))).unwrap();
    t.journal
        .write(|tx| tx.create(check_in_fields(goal.id, "2026-02-01", 30)))
        .unwrap();
    let latest = t
        .journal
        .write(|tx| tx.create(check_in_fields(goal.id, "2026-02-15", 55)))
        .unwrap();
    // An older check-in entered late does not override the newer one.
    t.journal
        .write(|tx| tx.create(check_in_fields(goal.id, "2026-01-15", 20)))
        .unwrap();
    assert_eq!(
        t.journal
            .read(|tx| tx.get(goal.id))
            .unwrap()
            .fields
            .progress,
        55
    );
    t.journal.write(|tx| tx.trash(latest.id)).unwrap();
    assert_eq!(
        t.journal
            .read(|tx| tx.get(goal.id))
            .unwrap()
            .fields
            .progress,
        30
    );
    let history: Vec<u8> = t
        .journal
        .read(|tx| tx.check_ins(goal.id))
        .unwrap()
        .iter()
        .map(|c| c.fields.progress)
        .collect();
    assert_eq!(
        history,
        vec![20, 30],
        "history is oldest first and skips the trash"
    );
}

#[test]
fn agenda_positions_stay_dense_through_inserts_and_moves() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-03T10:00:00+00:00");
    let texts = |t: &TestJournal| -> Vec<(u32, String)> {
        t.journal
            .read(|tx| tx.agenda(s.id))
            .unwrap()
            .into_iter()
            .map(|i| (i.fields.position, i.fields.text))
            .collect()
    };
    let a = t
        .journal
        .write(|tx| tx.create(agenda_fields(s.id, 99, "a")))
        .unwrap();
    t.journal
        .write(|tx| tx.create(agenda_fields(s.id, 99, "b")))
        .unwrap();
    t.journal
        .write(|tx| tx.create(agenda_fields(s.id, 0, "c")))
        .unwrap();
    assert_eq!(
        texts(&t),
        vec![(0, "c".into()), (1, "a".into()), (2, "b".into())]
    );
    let mut moved = t.journal.read(|tx| tx.get(a.id)).unwrap().fields;
    moved.position = 2;
    t.journal.write(|tx| tx.update(a.id, moved)).unwrap();
    assert_eq!(
        texts(&t),
        vec![(0, "c".into()), (1, "b".into()), (2, "a".into())]
    );
}

#[test]
fn restoring_a_child_of_a_trashed_parent_is_refused() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let goal = t.journal.write(|tx| tx.create(goal_fields(p.id))).unwrap();
    t.journal.write(|tx| tx.trash(goal.id)).unwrap();
    t.journal.write(|tx| tx.trash(p.id)).unwrap();
    let refused = t.journal.write(|tx| tx.restore(goal.id));
    assert!(
        matches!(
            refused,
            Err(Error::Invalid {
                field: "partnership_id",
                ..
            })
        ),
        "got {refused:?}"
    );
    t.journal.write(|tx| tx.restore(p.id)).unwrap();
    t.journal.write(|tx| tx.restore(goal.id)).unwrap();
}

#[test]
fn unknown_ids_are_reported_by_kind_and_id() {
    let t = TestJournal::new();
    let id = GoalId(uuid::Uuid::now_v7());
    let err = t.journal.read(|tx| tx.get(id)).unwrap_err();
    assert_eq!(err.to_string(), format!("no goal with id {id}"));
}

#[test]
fn trash_labels_are_plain_text_cut_where_they_go_on() {
    let mut t = TestJournal::new();
    let mut plain = learning_fields(None);
    plain.text = "*Asked* for a [table](https://example.org) first\nthen the chart".into();
    let mut long = learning_fields(None);
    long.text = format!("**{}**", "long ".repeat(200).trim_end());
    let ids: Vec<_> = [plain, long]
        .into_iter()
        .map(|f| {
            let learning = t.journal.write(|tx| tx.create(f)).unwrap();
            t.journal.write(|tx| tx.trash(learning.id)).unwrap();
            learning.id.to_string()
        })
        .collect();
    let trash = t.journal.read(|tx| tx.trashed()).unwrap();
    let label = |id: &str| {
        trash
            .iter()
            .find(|r| r.id.to_string() == id)
            .map(|r| r.label.clone())
            .unwrap()
    };
    assert_eq!(label(&ids[0]), "Asked for a table first");
    assert_eq!(
        label(&ids[1]),
        format!("{}…", "long ".repeat(16).trim_end())
    );
}
