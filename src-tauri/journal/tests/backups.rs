//! Automatic backups on real files: one a day, the rotation over a simulated year, and restore.

mod common;

use chrono::{Duration, TimeZone, Utc};
use common::{partnership_fields, t0};
use std::collections::BTreeSet;
use std::sync::Arc;
use twoway_journal::backups::{self, Reason};
use twoway_journal::{Journal, ManualClock};

struct OnDisk {
    dir: tempfile::TempDir,
    clock: Arc<ManualClock>,
    journal: Journal,
}

fn on_disk() -> OnDisk {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 1, 1, 8, 0, 0).unwrap(),
    ));
    let journal = Journal::open(dir.path().join("journal.sqlite3"), clock.clone()).unwrap();
    OnDisk {
        dir,
        clock,
        journal,
    }
}

fn backup_names(t: &OnDisk) -> BTreeSet<String> {
    std::fs::read_dir(t.dir.path().join(backups::BACKUPS_FOLDER))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_first_open_of_a_day_makes_a_backup_and_the_second_does_not() {
    let mut t = on_disk();
    t.journal
        .write(|tx| tx.create(partnership_fields()))
        .unwrap();
    let first = t.journal.daily_backup().unwrap();
    assert!(first.as_ref().is_some_and(|p| p.exists()), "{first:?}");
    t.clock.advance(Duration::hours(3));
    assert_eq!(t.journal.daily_backup().unwrap(), None, "one a day");
    t.clock.advance(Duration::hours(20));
    assert!(t.journal.daily_backup().unwrap().is_some(), "the next day");
    assert_eq!(backup_names(&t).len(), 2);

    let listed = t.journal.backups().unwrap();
    assert_eq!(listed.len(), 2);
    assert!(listed[0].made_at > listed[1].made_at, "newest first");
    assert_eq!(listed[0].records, Some(1));
    assert_eq!(listed[0].reason, Reason::Daily);
    assert!(listed[0].bytes > 0);
    // A backup is a journal in its own right.
    let copy = Journal::open(&listed[0].path, t.clock.clone()).unwrap();
    assert_eq!(copy.read(|tx| tx.partnerships()).unwrap().len(), 1);
}

#[test]
fn the_rotation_keeps_what_it_says_over_a_year_of_daily_opens() {
    let t = on_disk();
    let start = Utc.with_ymd_and_hms(2026, 1, 1, 8, 0, 0).unwrap();
    for day in 0..365 {
        t.clock.set(start + Duration::days(day));
        t.journal
            .daily_backup()
            .unwrap()
            .expect("a backup each day");
    }
    let kept: BTreeSet<String> = backup_names(&t)
        .into_iter()
        .map(|name| name["journal.".len().."journal.".len() + 10].to_owned())
        .collect();
    let mut expected: BTreeSet<String> = BTreeSet::new();
    // The last seven days.
    for day in 25..=31 {
        expected.insert(format!("2026-12-{day}"));
    }
    // The newest of the last four ISO weeks: weeks 53 (from 28 December), 52, 51 and 50.
    expected.extend(["2026-12-20".to_owned(), "2026-12-13".to_owned()]);
    // The newest of each of the last twelve months.
    for month_end in [
        "2026-01-31",
        "2026-02-28",
        "2026-03-31",
        "2026-04-30",
        "2026-05-31",
        "2026-06-30",
        "2026-07-31",
        "2026-08-31",
        "2026-09-30",
        "2026-10-31",
        "2026-11-30",
    ] {
        expected.insert(month_end.to_owned());
    }
    assert_eq!(kept, expected);
}

#[test]
fn restoring_a_backup_brings_its_records_back_and_keeps_the_journal_it_replaced() {
    let mut t = on_disk();
    let kept = t
        .journal
        .write(|tx| tx.create(partnership_fields()))
        .unwrap();
    let backup = t.journal.back_up(Reason::Daily).unwrap().unwrap();
    t.clock.advance(Duration::minutes(5));
    t.journal.write(|tx| tx.trash(kept.id)).unwrap();
    let mut later = partnership_fields();
    later.partner_name = "Jordan Blake".into();
    t.journal.write(|tx| tx.create(later)).unwrap();

    t.clock.advance(Duration::minutes(5));
    let before = t.journal.restore_backup(&backup).unwrap().unwrap();
    let partnerships = t.journal.read(|tx| tx.partnerships()).unwrap();
    assert_eq!(
        partnerships.iter().map(|p| p.id).collect::<Vec<_>>(),
        vec![kept.id],
        "the backup's records, and only those"
    );
    let replaced = Journal::open(&before, t.clock.clone()).unwrap();
    assert_eq!(
        replaced
            .read(|tx| tx.partnerships())
            .unwrap()
            .iter()
            .map(|p| p.fields.partner_name.as_str())
            .collect::<Vec<_>>(),
        vec!["Jordan Blake"],
        "the journal as it was before the restore"
    );
    // The restored journal takes edits and reopens as it is.
    t.journal.write(|tx| tx.trash(kept.id)).unwrap();
    let path = t.dir.path().join("journal.sqlite3");
    drop(t.journal);
    let reopened = Journal::open(&path, t.clock.clone()).unwrap();
    assert!(reopened.read(|tx| tx.partnerships()).unwrap().is_empty());
}

#[test]
fn what_is_not_a_journal_is_not_restored_and_nothing_changes() {
    let mut t = on_disk();
    t.journal
        .write(|tx| tx.create(partnership_fields()))
        .unwrap();
    let impostor = t.dir.path().join("notes.sqlite3");
    std::fs::write(&impostor, b"just some text").unwrap();
    assert!(t.journal.restore_backup(&impostor).is_err());
    assert_eq!(t.journal.read(|tx| tx.partnerships()).unwrap().len(), 1);
    assert!(
        backup_names(&t).is_empty(),
        "no backup for a refused restore"
    );
}

#[test]
fn a_journal_in_a_synced_folder_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(t0()));
    let path = dir.path().join("Sync").join("journal.sqlite3");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    // A journal made before the folder was shared, then the folder shared with Syncthing.
    Journal::open(&path, clock.clone()).unwrap();
    let before = std::fs::read(&path).unwrap();
    std::fs::create_dir(dir.path().join("Sync").join(".stfolder")).unwrap();
    let refused = Journal::open(&path, clock.clone()).unwrap_err();
    assert!(
        matches!(
            &refused,
            twoway_journal::Error::InSyncedFolder {
                tool: "Syncthing",
                ..
            }
        ),
        "{refused:?}"
    );
    let message = refused.to_string();
    assert!(
        message.contains("a folder Syncthing keeps in sync"),
        "{message}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "left as it was");

    // Nor is a new one made there.
    let new = dir.path().join("Sync").join("Notes").join("new.sqlite3");
    assert!(Journal::open(&new, clock).is_err());
    assert!(!new.exists() && !new.parent().unwrap().exists());
}
