//! Carry-over: the next session starts with the previous session's uncovered agenda items and
//! lists every open action item.

mod common;

use common::*;
use twoway_journal::model::*;

fn cover(t: &mut TestJournal, item: &AgendaItem) {
    let mut f = item.fields.clone();
    f.covered = true;
    t.journal.write(|tx| tx.update(item.id, f)).unwrap();
}

#[test]
fn uncovered_items_and_open_actions_come_into_the_next_session() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let first = t.session(p.id, "2026-03-03T10:00:00+01:00");
    let items: Vec<AgendaItem> = ["Prompt basics", "LinkedIn headline", "Reading a P&L"]
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            t.journal
                .write(|tx| tx.create(agenda_fields(first.id, i as u32, text)))
                .unwrap()
        })
        .collect();
    cover(&mut t, &items[0]);
    let open = t
        .journal
        .write(|tx| tx.create(action_fields(p.id, Some("2026-03-10"))))
        .unwrap();
    let done = t
        .journal
        .write(|tx| tx.create(action_fields(p.id, None)))
        .unwrap();
    t.journal
        .write(|tx| tx.set_action_done(done.id, true))
        .unwrap();

    let next = t
        .journal
        .write(|tx| tx.create_session(session_fields(p.id, "2026-03-17T10:00:00+01:00")))
        .unwrap();
    let carried: Vec<(&str, Option<AgendaItemId>, u32)> = next
        .carried_over
        .iter()
        .map(|i| {
            (
                i.fields.text.as_str(),
                i.fields.carried_from,
                i.fields.position,
            )
        })
        .collect();
    assert_eq!(
        carried,
        vec![
            ("LinkedIn headline", Some(items[1].id), 0),
            ("Reading a P&L", Some(items[2].id), 1)
        ],
        "the two uncovered items, in order, linked to where they came from"
    );
    assert!(
        next.carried_over
            .iter()
            .all(|i| !i.fields.covered && i.fields.session_id == next.session.id)
    );
    assert_eq!(
        next.open_actions.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![open.id]
    );
    let plan = t
        .journal
        .read(|tx| tx.session_plan(next.session.id))
        .unwrap();
    assert_eq!(plan.agenda, next.carried_over);
    assert_eq!(plan.agenda_minutes, 20);
}

#[test]
fn an_item_is_carried_once_even_if_two_sessions_are_planned() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let first = t.session(p.id, "2026-03-03T10:00:00+00:00");
    t.journal
        .write(|tx| tx.create(agenda_fields(first.id, 0, "Open question")))
        .unwrap();
    let second = t
        .journal
        .write(|tx| tx.create_session(session_fields(p.id, "2026-03-17T10:00:00+00:00")))
        .unwrap();
    assert_eq!(second.carried_over.len(), 1);
    // The third session carries from the second (the latest before it), whose copy is uncovered.
    let third = t
        .journal
        .write(|tx| tx.create_session(session_fields(p.id, "2026-03-31T10:00:00+00:00")))
        .unwrap();
    assert_eq!(third.carried_over.len(), 1);
    assert_eq!(
        third.carried_over[0].fields.carried_from,
        Some(second.carried_over[0].id)
    );
    // Creating yet another session after the third carries the third's copy, never the second's again.
    let fourth = t
        .journal
        .write(|tx| tx.create_session(session_fields(p.id, "2026-04-14T10:00:00+00:00")))
        .unwrap();
    assert_eq!(
        fourth.carried_over[0].fields.carried_from,
        Some(third.carried_over[0].id)
    );
}

#[test]
fn a_session_entered_after_the_fact_carries_nothing() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let first = t.session(p.id, "2026-03-03T10:00:00+00:00");
    t.journal
        .write(|tx| tx.create(agenda_fields(first.id, 0, "Open question")))
        .unwrap();
    let mut held = session_fields(p.id, "2026-03-10T10:00:00+00:00");
    held.status = SessionStatus::Held;
    let backfilled = t.journal.write(|tx| tx.create_session(held)).unwrap();
    assert!(
        backfilled.carried_over.is_empty(),
        "a held session records what happened"
    );
    let later = t.session(p.id, "2026-04-10T10:00:00+00:00");
    let earlier = t
        .journal
        .write(|tx| tx.create_session(session_fields(p.id, "2026-03-20T10:00:00+00:00")))
        .unwrap();
    assert!(
        earlier.carried_over.is_empty(),
        "a session planned between two others carries nothing"
    );
    assert!(t.journal.read(|tx| tx.agenda(later.id)).unwrap().is_empty());
}

#[test]
fn the_previous_session_is_found_by_instant_across_offsets() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    // 09:00 in New York is after 10:00 in Berlin on the same day.
    let berlin = t.session(p.id, "2026-03-03T10:00:00+01:00");
    let new_york = t.session(p.id, "2026-03-03T09:00:00-05:00");
    t.journal
        .write(|tx| tx.create(agenda_fields(berlin.id, 0, "From Berlin")))
        .unwrap();
    t.journal
        .write(|tx| tx.create(agenda_fields(new_york.id, 0, "From New York")))
        .unwrap();
    let next = t
        .journal
        .write(|tx| tx.create_session(session_fields(p.id, "2026-03-04T10:00:00+01:00")))
        .unwrap();
    let texts: Vec<&str> = next
        .carried_over
        .iter()
        .map(|i| i.fields.text.as_str())
        .collect();
    assert_eq!(texts, vec!["From New York"]);
}

#[test]
fn a_trashed_goal_link_is_not_carried() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let goal = t.journal.write(|tx| tx.create(goal_fields(p.id))).unwrap();
    let first = t.session(p.id, "2026-03-03T10:00:00+00:00");
    let mut f = agenda_fields(first.id, 0, "Linked");
    f.goal_id = Some(goal.id);
    t.journal.write(|tx| tx.create(f)).unwrap();
    t.journal.write(|tx| tx.trash(goal.id)).unwrap();
    let next = t
        .journal
        .write(|tx| tx.create_session(session_fields(p.id, "2026-03-17T10:00:00+00:00")))
        .unwrap();
    assert_eq!(next.carried_over.len(), 1);
    assert_eq!(next.carried_over[0].fields.goal_id, None);
}

#[test]
fn a_session_plan_lists_the_open_actions_from_before_it_only() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let first = t.session(p.id, "2026-03-03T10:00:00+00:00");
    let second = t.session(p.id, "2026-03-17T10:00:00+00:00");
    let third = t.session(p.id, "2026-03-31T10:00:00+00:00");
    let action_in = |t: &mut TestJournal, session: Option<SessionId>, text: &str| {
        let mut f = action_fields(p.id, None);
        f.session_id = session;
        f.text = text.into();
        t.journal.write(|tx| tx.create(f)).unwrap().id
    };
    let loose = action_in(&mut t, None, "outside any session");
    let earlier = action_in(&mut t, Some(first.id), "agreed in the first");
    let here = action_in(&mut t, Some(second.id), "agreed in the second");
    action_in(&mut t, Some(third.id), "agreed in the third");

    let plan = t.journal.read(|tx| tx.session_plan(second.id)).unwrap();
    let open: Vec<ActionItemId> = plan.open_actions.iter().map(|a| a.id).collect();
    assert_eq!(
        open,
        vec![loose, earlier],
        "not this session's own, not a later one's"
    );
    assert_eq!(
        plan.actions_agreed.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![here]
    );
}
