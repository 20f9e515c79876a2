//! What leaves the machine: the audience rule applied once, for every format.

mod common;

use common::*;
use twoway_journal::export::{Audience, Format, Scope, Trash};
use twoway_journal::model::*;

#[test]
fn a_shared_export_leaves_out_everything_private() {
    let mut t = TestJournal::new();
    twoway_journal::sample::fill_demo(&mut t.journal, date("2026-03-02")).unwrap();
    let all = t
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Exclude))
        .unwrap();
    let shared = t
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::Shared, Trash::Exclude))
        .unwrap();

    // The demo has private records of each kind, so the rule is really exercised.
    assert!(
        all.goals
            .iter()
            .any(|g| g.fields.visibility == Visibility::Private)
    );
    assert!(
        all.learnings
            .iter()
            .any(|l| l.fields.visibility == Visibility::Private)
    );
    assert!(
        all.feedback
            .iter()
            .any(|f| f.fields.visibility == Visibility::Private)
    );
    assert!(
        all.sessions
            .iter()
            .any(|s| !s.fields.private_notes.is_empty())
    );

    assert!(
        shared
            .goals
            .iter()
            .all(|g| g.fields.visibility == Visibility::Shared)
    );
    assert!(
        shared
            .learnings
            .iter()
            .all(|l| l.fields.visibility == Visibility::Shared)
    );
    assert!(
        shared
            .feedback
            .iter()
            .all(|f| f.fields.visibility == Visibility::Shared)
    );
    assert!(
        shared
            .sessions
            .iter()
            .all(|s| s.fields.private_notes.is_empty())
    );
    let kept: std::collections::HashSet<_> = shared.goals.iter().map(|g| g.id).collect();
    assert!(
        shared
            .check_ins
            .iter()
            .all(|c| kept.contains(&c.fields.goal_id))
    );
    assert!(
        shared
            .agenda_items
            .iter()
            .all(|i| i.fields.goal_id.is_none_or(|g| kept.contains(&g)))
    );
    // Nothing shared is lost.
    assert_eq!(shared.sessions.len(), all.sessions.len());
    assert_eq!(shared.agenda_items.len(), all.agenda_items.len());

    let preview = t
        .journal
        .read(|tx| tx.export_preview(Scope::Journal, Audience::Shared, Format::Pack))
        .unwrap();
    // What stays is every record the shared set lacks: private goals, learnings, feedback,
    // self-ratings and agenda templates, and the check-ins of private goals. (A pack, since
    // only a pack holds templates; the demo has nothing in the trash for it to carry.)
    let stays: u32 = preview.kinds.iter().map(|k| k.stays).sum();
    assert_eq!(stays as usize, all.records.len() - shared.records.len());
    assert!(all.skill_ratings.len() > shared.skill_ratings.len());
    assert!(all.check_ins.len() > shared.check_ins.len());
    assert!(preview.private_notes_left_out > 0);
}

#[test]
fn scopes_hold_their_own_records_and_trash_only_when_asked() {
    let mut t = TestJournal::new();
    let a = t.partnership();
    let b = t.partnership();
    let s = t.session(a.id, "2026-03-03T10:00:00+00:00");
    t.journal
        .write(|tx| tx.create(agenda_fields(s.id, 0, "Item")))
        .unwrap();
    t.journal.write(|tx| tx.create(goal_fields(b.id))).unwrap();
    let gone = t.journal.write(|tx| tx.create(goal_fields(a.id))).unwrap();
    t.journal.write(|tx| tx.trash(gone.id)).unwrap();

    let of_a = t
        .journal
        .read(|tx| tx.export_set(Scope::Partnership(a.id), Audience::All, Trash::Exclude))
        .unwrap();
    assert_eq!(
        of_a.partnerships.iter().map(|p| p.id).collect::<Vec<_>>(),
        vec![a.id]
    );
    assert!(
        of_a.goals.is_empty(),
        "b's goal is not a's, and a's goal is in the trash"
    );
    assert_eq!(of_a.sessions.len(), 1);
    assert_eq!(of_a.agenda_items.len(), 1);

    let with_trash = t
        .journal
        .read(|tx| tx.export_set(Scope::Partnership(a.id), Audience::All, Trash::Include))
        .unwrap();
    assert_eq!(
        with_trash.goals.iter().map(|g| g.id).collect::<Vec<_>>(),
        vec![gone.id]
    );

    let of_session = t
        .journal
        .read(|tx| tx.export_set(Scope::Session(s.id), Audience::All, Trash::Exclude))
        .unwrap();
    assert_eq!(of_session.sessions.len(), 1);
    assert_eq!(
        of_session.partnerships[0].id, a.id,
        "the session's partnership comes along"
    );
}
