//! Emptying the trash: delete forever one record (with what belongs to it) or all of it, and
//! the trash emptied of old records at the first start of a day.

mod common;

use chrono::{Duration, TimeZone, Utc};
use common::*;
use std::sync::Arc;
use twoway_journal::model::*;
use twoway_journal::settings::Settings;
use twoway_journal::trash::KindTally;
use twoway_journal::{Journal, ManualClock};

fn tally(kinds: &[(Kind, u32)]) -> Vec<KindTally> {
    kinds
        .iter()
        .map(|&(kind, count)| KindTally { kind, count })
        .collect()
}

#[test]
fn a_session_deleted_forever_takes_its_agenda_and_unlinks_the_rest() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-09T10:00:00+01:00");
    let (item, action, learning) = t
        .journal
        .write(|tx| {
            let item = tx.create(agenda_fields(s.id, 0, "Prompts"))?;
            let action = tx.create(ActionItemFields {
                session_id: Some(s.id),
                ..action_fields(p.id, None)
            })?;
            let learning = tx.create(LearningFields {
                session_id: Some(s.id),
                ..learning_fields(Some(p.id))
            })?;
            Ok((item, action, learning))
        })
        .unwrap();
    let refused = t
        .journal
        .write(|tx| tx.delete_forever(Kind::Session, s.id.0));
    assert!(refused.is_err(), "only what is in the trash");

    t.journal.write(|tx| tx.trash(s.id)).unwrap();
    let plan = t
        .journal
        .read(|tx| tx.delete_forever_plan(Kind::Session, s.id.0))
        .unwrap();
    assert_eq!(plan, tally(&[(Kind::Session, 1), (Kind::AgendaItem, 1)]));
    let gone = t
        .journal
        .write(|tx| tx.delete_forever(Kind::Session, s.id.0))
        .unwrap();
    assert_eq!(gone, plan, "what the plan said");
    t.journal
        .read(|tx| {
            assert!(tx.get(s.id).is_err());
            assert!(tx.get(item.id).is_err());
            assert_eq!(tx.get(action.id)?.fields.session_id, None, "kept, unlinked");
            assert_eq!(tx.get(learning.id)?.fields.session_id, None);
            assert!(tx.trashed()?.is_empty());
            assert!(tx.search("Prompts", None, 10)?.is_empty(), "nor in search");
            Ok(())
        })
        .unwrap();
}

#[test]
fn emptying_the_trash_removes_everything_in_it_and_what_belongs_to_it() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let keep = t.partnership();
    t.journal
        .write(|tx| {
            let goal = tx.create(goal_fields(p.id))?;
            tx.create(check_in_fields(goal.id, "2026-03-04", 30))?;
            tx.create(skill_fields(Some(p.id), Direction::Learn))?;
            tx.trash(p.id)?;
            let other = tx.create(goal_fields(keep.id))?;
            tx.trash(other.id)?;
            Ok(())
        })
        .unwrap();
    let plan = t.journal.read(|tx| tx.empty_trash_plan()).unwrap();
    assert_eq!(
        plan,
        tally(&[
            (Kind::Partnership, 1),
            (Kind::Goal, 2),
            (Kind::GoalCheckIn, 1),
            (Kind::Skill, 1)
        ])
    );
    t.journal.write(|tx| tx.empty_trash(None)).unwrap();
    let counts = t.counts();
    let live: u32 = counts.iter().map(|c| c.live).sum();
    let trashed: u32 = counts.iter().map(|c| c.trashed).sum();
    assert_eq!(
        (live, trashed),
        (1, 0),
        "only the other partnership is left"
    );
}

#[test]
fn the_first_start_of_a_day_empties_the_trash_of_what_is_older_than_the_setting() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 3, 1, 8, 0, 0).unwrap(),
    ));
    let mut journal = Journal::open(dir.path().join("journal.sqlite3"), clock.clone()).unwrap();
    let (partnership, old_goal) = journal
        .write(|tx| {
            let p = tx.create(partnership_fields())?;
            let old = tx.create(goal_fields(p.id))?;
            tx.trash(old.id)?;
            Ok((p, old))
        })
        .unwrap();
    journal
        .write(|tx| {
            tx.set_settings(&Settings {
                trash_days: 10,
                ..Settings::default()
            })
        })
        .unwrap();
    clock.advance(Duration::days(9));
    let recent_goal = journal
        .write(|tx| {
            let g = tx.create(goal_fields(partnership.id))?;
            tx.trash(g.id)
        })
        .unwrap();
    let care = journal.daily_care().unwrap();
    assert!(care.backup.is_some());
    assert_eq!(care.purged, 0, "nine days is not ten");
    clock.advance(Duration::days(2));
    let care = journal.daily_care().unwrap();
    assert_eq!(care.purged, 1, "{care:?}");
    journal
        .read(|tx| {
            assert!(tx.get(old_goal.id).is_err(), "eleven days in the trash");
            assert!(
                tx.get(recent_goal.id)?.is_trashed(),
                "two days: still there"
            );
            Ok(())
        })
        .unwrap();
    clock.advance(Duration::hours(1));
    assert_eq!(journal.daily_care().unwrap().backup, None, "once a day");

    let refused = journal.write(|tx| {
        tx.set_settings(&Settings {
            trash_days: 0,
            ..Settings::default()
        })
    });
    assert!(refused.unwrap_err().to_string().starts_with("trash_days:"));
}
