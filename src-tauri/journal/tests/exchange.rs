//! The partner exchange through a shared folder: each side's shared pack goes there and the
//! other's comes in flipped; nothing private ever reaches the folder; a partner's learning is
//! theirs; a meeting both planned is one session on both sides.

mod common;

use common::*;
use std::path::Path;
use twoway_journal::model::*;

const PROBE: &str = "Serengeti-probe-3318";

/// Every byte of every file in `folder`, as text.
fn folder_text(folder: &Path) -> String {
    std::fs::read_dir(folder)
        .unwrap()
        .flatten()
        .map(|e| String::from_utf8_lossy(&std::fs::read(e.path()).unwrap()).into_owned())
        .collect()
}

/// A journal with a partnership holding a session at `starts`, a shared learning of that
/// session, and the probe in every private place.
fn side(starts: &str) -> (TestJournal, PartnershipId, SessionId, LearningId) {
    let mut t = TestJournal::new();
    let p = t.partnership().id;
    let session = t.session(p, starts);
    let learning = t
        .journal
        .write(|tx| {
            let mut notes = tx.get(session.id)?.fields;
            notes.private_notes = format!("private notes {PROBE}");
            tx.update(session.id, notes)?;
            tx.create(GoalFields {
                title: format!("private goal {PROBE}"),
                visibility: Visibility::Private,
                ..goal_fields(p)
            })?;
            tx.create(LearningFields {
                text: format!("private learning {PROBE}"),
                visibility: Visibility::Private,
                ..learning_fields(Some(p))
            })?;
            tx.create(AgendaItemFields {
                visibility: Visibility::Private,
                ..agenda_fields(session.id, 0, &format!("private item {PROBE}"))
            })?;
            Ok(tx
                .create(LearningFields {
                    text: "Ask for three options, then pick one.".into(),
                    visibility: Visibility::Shared,
                    session_id: Some(session.id),
                    ..learning_fields(Some(p))
                })?
                .id)
        })
        .unwrap();
    (t, p, session.id, learning)
}

#[test]
fn two_partners_exchange_through_one_folder_and_nothing_private_reaches_it() {
    let folder = tempfile::tempdir().unwrap();
    let (mut theirs, their_p, their_session, their_learning) = side("2026-03-03T10:00:00+01:00");
    // I planned the same meeting, a quarter of an hour earlier.
    let (mut mine, my_p, my_session, _) = side("2026-03-03T08:45:00+00:00");
    theirs
        .journal
        .link_partner_folder(their_p, Some(folder.path()))
        .unwrap();
    mine.journal
        .link_partner_folder(my_p, Some(folder.path()))
        .unwrap();
    assert_eq!(
        mine.journal.partner_folder(my_p).unwrap().as_deref(),
        Some(folder.path())
    );

    let first = theirs.journal.exchange_with_partner(their_p).unwrap();
    assert!(first.sent && first.received.is_none(), "{first:?}");
    let got = mine.journal.exchange_with_partner(my_p).unwrap();
    let plan = got.received.expect("their pack came in");
    assert_eq!(plan.same_meeting, 1, "{plan:?}");
    let back = theirs.journal.exchange_with_partner(their_p).unwrap();
    assert_eq!(back.received.expect("my pack came back").same_meeting, 1);

    assert!(
        !folder_text(folder.path()).contains(PROBE),
        "something private reached the folder"
    );
    mine.journal
        .read(|tx| {
            assert_eq!(tx.sessions(my_p)?.len(), 1, "one meeting, one session");
            let learning = tx.get(their_learning)?;
            assert_eq!(
                learning.fields.author,
                Party::Partner,
                "their learning is from my partner"
            );
            assert_eq!(learning.fields.session_id, Some(my_session));
            Ok(())
        })
        .unwrap();
    theirs
        .journal
        .read(|tx| {
            assert_eq!(
                tx.sessions(their_p)?.len(),
                1,
                "one meeting on their side too"
            );
            assert_eq!(tx.sessions(their_p)?[0].id, their_session);
            Ok(())
        })
        .unwrap();

    // Nothing changed since: nothing is written or taken again.
    for (journal, p) in [(&mut mine, my_p), (&mut theirs, their_p)] {
        let quiet = journal.journal.exchange_with_partner(p).unwrap();
        assert!(!quiet.sent && quiet.received.is_none(), "{quiet:?}");
    }
    // An edit on one side reaches the other at the next exchange.
    mine.tick();
    mine.journal
        .write(|tx| {
            tx.create(LearningFields {
                text: "Short prompts first.".into(),
                visibility: Visibility::Shared,
                ..learning_fields(Some(my_p))
            })
        })
        .unwrap();
    assert!(mine.journal.exchange_with_partner(my_p).unwrap().sent);
    let plan = theirs
        .journal
        .exchange_with_partner(their_p)
        .unwrap()
        .received
        .unwrap();
    assert_eq!(plan.kind(Kind::Learning).added, 1, "{plan:?}");
    assert!(!folder_text(folder.path()).contains(PROBE));
}

#[test]
fn a_damaged_partner_file_is_named_and_nothing_is_taken() {
    let folder = tempfile::tempdir().unwrap();
    let (mut mine, my_p, _, _) = side("2026-03-03T08:45:00+00:00");
    mine.journal
        .link_partner_folder(my_p, Some(folder.path()))
        .unwrap();
    std::fs::write(
        folder.path().join("twoway-partner-somebody.json"),
        b"{\"format\":\"twoway-pack\",\"ver",
    )
    .unwrap();
    let report = mine.journal.exchange_with_partner(my_p).unwrap();
    assert!(report.received.is_none());
    assert!(
        report
            .problem
            .is_some_and(|p| p.contains("cut short") || p.contains("not valid")),
        "a problem is named"
    );
    mine.journal.link_partner_folder(my_p, None).unwrap();
    assert!(mine.journal.partner_folder(my_p).unwrap().is_none());
    assert!(
        mine.journal.exchange_with_partner(my_p).is_err(),
        "an unlinked partnership exchanges nothing"
    );
}
