//! Encryption at rest on real files: nothing readable in the journal, its `-wal` or its
//! backups; the passphrase and the recovery key both unlock it; a wrong one changes nothing;
//! a new passphrase keeps the data and the recovery key; on and off keeps every record.

mod common;

use chrono::{Duration, TimeZone, Utc};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use twoway_journal::backups::Reason;
use twoway_journal::encryption::{Secret, is_encrypted, keys_path};
use twoway_journal::export::{Audience, ExportSet, Scope, Trash};
use twoway_journal::{Error, Journal, ManualClock};

const PASSPHRASE: &str = "a long walk by the river";
/// Written into the shared and private notes of a session, then looked for in every file.
const PROBE: &str = "Zanzibar-probe-7741";

struct OnDisk {
    dir: tempfile::TempDir,
    clock: Arc<ManualClock>,
    journal: Journal,
}

impl OnDisk {
    fn path(&self) -> PathBuf {
        self.dir.path().join("journal.sqlite3")
    }

    fn everything(&self) -> ExportSet {
        self.journal
            .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Include))
            .unwrap()
    }

    fn reopen(&mut self, secret: &Secret) {
        let placeholder = Journal::open_in_memory(self.clock.clone()).unwrap();
        drop(std::mem::replace(&mut self.journal, placeholder));
        self.journal = Journal::open_unlocked(self.path(), self.clock.clone(), secret).unwrap();
    }
}

/// The demo journal on disk, with the probe in a session's notes and one daily backup made
/// while it is still plain.
fn demo_on_disk() -> OnDisk {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap(),
    ));
    let mut journal = Journal::open(dir.path().join("journal.sqlite3"), clock.clone()).unwrap();
    twoway_journal::sample::fill_demo(&mut journal, common::date("2026-03-02")).unwrap();
    write_probe(&mut journal, PROBE);
    journal.daily_backup().unwrap().expect("a first backup");
    OnDisk {
        dir,
        clock,
        journal,
    }
}

fn write_probe(journal: &mut Journal, probe: &str) {
    let partnership = journal.read(|tx| tx.partnerships()).unwrap()[0].id;
    let mut session = journal.read(|tx| tx.sessions(partnership)).unwrap()[0].clone();
    session.fields.shared_notes = format!("Shared: {probe}");
    session.fields.private_notes = format!("Private: {probe}");
    journal
        .write(|tx| tx.update(session.id, session.fields))
        .unwrap();
}

/// Every file in the journal's folder and its backups folder.
fn every_file(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(every_file(&path));
        } else {
            found.push(path);
        }
    }
    found
}

fn holds(file: &Path, text: &str) -> bool {
    let bytes = std::fs::read(file).unwrap();
    bytes
        .windows(text.len())
        .any(|window| window == text.as_bytes())
}

#[test]
fn an_encrypted_journal_its_wal_and_its_backups_hold_no_readable_text() {
    let mut t = demo_on_disk();
    let partner = t.everything().partnerships[0].fields.partner_name.clone();
    assert!(
        every_file(t.dir.path()).iter().any(|f| holds(f, &partner)),
        "the plain journal (or its -wal) is readable"
    );

    let done = t.journal.encrypt(PASSPHRASE).unwrap();
    assert_eq!(done.backups_converted, 1, "the plain backup is replaced");
    assert!(t.journal.is_encrypted());
    assert!(is_encrypted(&t.path()));
    // Written after the conversion, so it sits in the -wal until a checkpoint.
    write_probe(&mut t.journal, "Quetzal-probe-9902");
    t.clock.advance(Duration::days(1));
    t.journal
        .daily_backup()
        .unwrap()
        .expect("an encrypted backup");

    let files = every_file(t.dir.path());
    assert!(
        files.iter().any(|f| f.to_string_lossy().ends_with("-wal")),
        "the open journal has a -wal to look into: {files:?}"
    );
    for file in &files {
        for text in [
            PROBE,
            "Quetzal-probe-9902",
            partner.as_str(),
            "SQLite format 3",
        ] {
            assert!(!holds(file, text), "{} holds {text:?}", file.display());
        }
    }

    let plain = rusqlite::Connection::open(t.path()).unwrap();
    let read: rusqlite::Result<i64> =
        plain.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0));
    assert!(read.is_err(), "SQLite without the key reads nothing");
}

#[test]
fn the_passphrase_and_the_recovery_key_unlock_it_and_a_wrong_one_changes_nothing() {
    let mut t = demo_on_disk();
    let before = t.everything();
    let recovery = t.journal.encrypt(PASSPHRASE).unwrap().recovery_key;
    drop(std::mem::replace(
        &mut t.journal,
        Journal::open_in_memory(t.clock.clone()).unwrap(),
    ));

    let bytes = std::fs::read(t.path()).unwrap();
    assert!(matches!(
        Journal::open(t.path(), t.clock.clone()),
        Err(Error::Locked { .. })
    ));
    for wrong in [
        Secret::passphrase("a long walk by the sea"),
        Secret::recovery_key("AAAA-BBBB-CCCC"),
    ] {
        let refused = Journal::open_unlocked(t.path(), t.clock.clone(), &wrong);
        assert!(matches!(refused, Err(Error::WrongSecret)), "{refused:?}");
    }
    assert_eq!(
        std::fs::read(t.path()).unwrap(),
        bytes,
        "refusals wrote nothing"
    );

    t.reopen(&Secret::passphrase(PASSPHRASE));
    assert_eq!(t.everything(), before);
    t.reopen(&Secret::recovery_key(recovery.as_str().to_lowercase()));
    assert_eq!(t.everything(), before);
}

#[test]
fn a_new_passphrase_keeps_the_data_and_the_recovery_key() {
    let mut t = demo_on_disk();
    let before = t.everything();
    let recovery = t.journal.encrypt(PASSPHRASE).unwrap().recovery_key;
    let journal_bytes = std::fs::read(t.path()).unwrap();
    assert!(matches!(
        t.journal.change_passphrase(
            &Secret::passphrase("not the passphrase"),
            "a brand new phrase"
        ),
        Err(Error::WrongSecret)
    ));
    t.journal
        .change_passphrase(&Secret::passphrase(PASSPHRASE), "a brand new phrase")
        .unwrap();
    assert_eq!(
        std::fs::read(t.path()).unwrap(),
        journal_bytes,
        "only the keys file changes"
    );

    t.reopen(&Secret::passphrase("a brand new phrase"));
    assert_eq!(t.everything(), before);
    let old = Journal::open_unlocked(t.path(), t.clock.clone(), &Secret::passphrase(PASSPHRASE));
    assert!(matches!(old, Err(Error::WrongSecret)));
    t.reopen(&Secret::recovery_key(recovery.as_str()));
    assert_eq!(t.everything(), before);
}

#[test]
fn turning_encryption_on_and_off_keeps_every_record_and_the_backups_follow() {
    let mut t = demo_on_disk();
    let before = t.everything();
    t.journal.encrypt(PASSPHRASE).unwrap();
    assert_eq!(t.everything(), before);
    t.reopen(&Secret::passphrase(PASSPHRASE));
    assert_eq!(t.everything(), before);

    // A backup made while plain restores into the encrypted journal.
    let backups = t.journal.backups().unwrap();
    assert!(backups.iter().all(|b| b.records.is_some()), "{backups:?}");
    t.journal.write(|tx| tx.empty_trash(None)).unwrap();
    t.journal
        .restore_backup(Path::new(&backups[0].path))
        .unwrap();
    assert_eq!(t.everything(), before);

    let converted = t.journal.decrypt(&Secret::passphrase(PASSPHRASE)).unwrap();
    assert!(converted >= 1, "the encrypted backups are plain again");
    assert!(!t.journal.is_encrypted());
    assert!(!keys_path(&t.path()).exists());
    assert_eq!(t.everything(), before);
    let reopened = Journal::open(t.path(), t.clock.clone()).unwrap();
    assert_eq!(
        reopened
            .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Include))
            .unwrap(),
        before
    );
    for backup in reopened.backups().unwrap() {
        assert!(holds(Path::new(&backup.path), "SQLite format 3"));
        assert!(matches!(
            backup.reason,
            Reason::Daily | Reason::BeforeRestore
        ));
    }
}

#[test]
fn a_short_passphrase_is_refused_and_the_journal_stays_plain() {
    let mut t = demo_on_disk();
    let bytes = std::fs::read(t.path()).unwrap();
    assert!(matches!(
        t.journal.encrypt("too short"),
        Err(Error::Invalid {
            field: "passphrase",
            ..
        })
    ));
    assert!(!t.journal.is_encrypted());
    assert!(!keys_path(&t.path()).exists());
    assert_eq!(std::fs::read(t.path()).unwrap(), bytes);
}

#[test]
fn the_signing_key_is_encrypted_with_the_journal_and_stays_the_same() {
    let mut t = demo_on_disk();
    let key = t.journal.write(|tx| tx.ensure_my_key()).unwrap();
    let secret: Vec<u8> = {
        let plain = rusqlite::Connection::open(t.path()).unwrap();
        plain
            .query_row("SELECT secret FROM signing_key", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(secret.len(), 32);
    let holds_secret = |file: &Path| {
        std::fs::read(file)
            .unwrap()
            .windows(secret.len())
            .any(|window| window == secret.as_slice())
    };
    assert!(
        every_file(t.dir.path()).iter().any(|f| holds_secret(f)),
        "the plain journal holds the secret as it is"
    );

    t.journal.encrypt(PASSPHRASE).unwrap();
    t.reopen(&Secret::passphrase(PASSPHRASE));
    assert_eq!(t.journal.read(|tx| tx.my_key()).unwrap(), Some(key));
    t.clock.advance(Duration::days(1));
    t.journal.daily_backup().unwrap();
    for file in every_file(t.dir.path()) {
        assert!(
            !holds_secret(&file),
            "{} holds the secret key",
            file.display()
        );
    }
}
