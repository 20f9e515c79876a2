//! The journal on real files: migrations from an older schema, refusal of files that are not
//! ours, damaged or newer, and reopening a WAL journal.

use rusqlite::Connection;
use std::path::Path;
use twoway_journal::model::*;
use twoway_journal::{APPLICATION_ID, Error, SCHEMA_VERSION};
use twoway_tests::{Scratch, fixtures};

/// Builds a journal file at schema 1 from the SQL fixture.
fn schema_1_journal(path: &Path) {
    let sql = std::fs::read_to_string(fixtures().join("journal-schema-1.sql")).unwrap();
    Connection::open(path).unwrap().execute_batch(&sql).unwrap();
}

/// The schema as SQLite holds it: every table, index, trigger and view with its SQL.
fn schema_of(conn: &Connection) -> Vec<(String, String, Option<String>)> {
    let mut stmt = conn
        .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn header_of(path: &Path) -> (i32, u32) {
    let conn = Connection::open(path).unwrap();
    let app: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    (app, version)
}

#[test]
fn an_older_journal_migrates_to_the_fresh_schema_and_keeps_its_records() {
    let scratch = Scratch::new();
    let old = scratch.path("journal.sqlite3");
    schema_1_journal(&old);

    let journal = scratch.open(&old).expect("a schema 1 journal opens");
    let fresh_path = scratch.path("fresh.sqlite3");
    drop(scratch.open(&fresh_path).unwrap());

    let migrated = schema_of(&Connection::open(&old).unwrap());
    let fresh = schema_of(&Connection::open(&fresh_path).unwrap());
    assert_eq!(
        migrated, fresh,
        "a migrated journal has exactly the schema of a new one"
    );
    assert_eq!(header_of(&old), (APPLICATION_ID, SCHEMA_VERSION));

    let partnerships = journal.read(|tx| tx.partnerships()).unwrap();
    assert_eq!(partnerships.len(), 1);
    assert_eq!(partnerships[0].fields.partner_name, "Priya Natarajan");
    let sessions = journal.read(|tx| tx.sessions(partnerships[0].id)).unwrap();
    assert_eq!(sessions.len(), 2);
    // Schema 2 added search: the records schema 1 held are indexed by the migration.
    let hits = journal.read(|tx| tx.search("headline", None, 10)).unwrap();
    assert_eq!(hits.len(), 2);
    assert!(hits.iter().all(|h| h.kind == Kind::AgendaItem));
}

#[test]
fn a_backup_is_written_next_to_the_journal_before_it_is_migrated() {
    let scratch = Scratch::new();
    let old = scratch.path("journal.sqlite3");
    schema_1_journal(&old);
    let before = std::fs::read(&old).unwrap();
    drop(scratch.open(&old).unwrap());

    let backups: Vec<String> = scratch
        .files()
        .into_iter()
        .filter(|f| f.contains("before-schema-2"))
        .collect();
    assert_eq!(backups.len(), 1, "one backup in {:?}", scratch.files());
    let backup = scratch.path(&backups[0]);
    assert_eq!(
        header_of(&backup),
        (APPLICATION_ID, 1),
        "the backup is the old journal"
    );
    let conn = Connection::open(&backup).unwrap();
    let partners: i64 = conn
        .query_row("SELECT count(*) FROM partnership", [], |r| r.get(0))
        .unwrap();
    assert_eq!(partners, 1);
    assert!(before.len() > 4096, "the fixture is a real journal");

    // Opening again (already current) writes no further backup.
    drop(scratch.open(&old).unwrap());
    let again = scratch
        .files()
        .into_iter()
        .filter(|f| f.contains("before-schema"))
        .count();
    assert_eq!(again, 1);
}

#[test]
fn a_journal_from_a_newer_version_is_refused_and_left_as_it_was() {
    let scratch = Scratch::new();
    let path = scratch.path("journal.sqlite3");
    drop(scratch.open(&path).unwrap());
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let files_before = scratch.files();
    match scratch.open(&path) {
        Err(Error::TooNew {
            found, supported, ..
        }) => {
            assert_eq!((found, supported), (SCHEMA_VERSION + 1, SCHEMA_VERSION));
        }
        other => panic!("expected TooNew, got {other:?}"),
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "byte for byte unchanged"
    );
    assert_eq!(scratch.files(), files_before, "no backup, no new file");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_as_it_was() {
    let scratch = Scratch::new();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "notes.txt",
            b"Dear diary, today I learned about prompts.\n".to_vec(),
        ),
        ("short.sqlite3", b"SQLite".to_vec()),
        ("random.sqlite3", (0..=255u8).cycle().take(8192).collect()),
    ];
    for (name, bytes) in cases {
        let path = scratch.path(name);
        std::fs::write(&path, &bytes).unwrap();
        let result = scratch.open(&path);
        assert!(
            matches!(result, Err(Error::NotAJournal { .. })),
            "{name}: {result:?}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name} is unchanged");
    }
    assert_eq!(scratch.files().len(), 3, "no side files were created");
}

#[test]
fn another_apps_sqlite_database_is_refused_and_left_as_it_was() {
    let scratch = Scratch::new();
    let path = scratch.path("other-app.db");
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('Ada');")
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let result = scratch.open(&path);
    assert!(
        matches!(result, Err(Error::NotAJournal { .. })),
        "{result:?}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_damaged_journal_is_refused_and_left_as_it_was() {
    let scratch = Scratch::new();
    let path = scratch.path("journal.sqlite3");
    {
        let mut journal = scratch.open(&path).unwrap();
        journal
            .write(|tx| {
                for i in 0..200 {
                    let mut f = twoway_tests_fields::partnership();
                    f.partner_name = format!("Partner {i}");
                    tx.create(f)?;
                }
                Ok(())
            })
            .unwrap();
    }
    // Fold the WAL into the main file, then overwrite a page in the middle with garbage.
    Connection::open(&path)
        .unwrap()
        .execute_batch("PRAGMA journal_mode = DELETE;")
        .unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 4096 * 6);
    for b in &mut bytes[4096 * 3..4096 * 5] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let result = scratch.open(&path);
    assert!(matches!(result, Err(Error::Corrupt { .. })), "{result:?}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "byte for byte unchanged"
    );
}

#[test]
fn a_journal_reopens_in_wal_mode_with_everything_in_it() {
    let scratch = Scratch::new();
    let path = scratch.path("nested/folder/journal.sqlite3");
    let id = {
        let mut journal = scratch.open(&path).unwrap();
        journal
            .write(|tx| tx.create(twoway_tests_fields::partnership()))
            .unwrap()
            .id
    };
    let journal = scratch.open(&path).unwrap();
    assert_eq!(
        journal.read(|tx| tx.get(id)).unwrap().fields.partner_name,
        "Priya Natarajan"
    );
    let conn = Connection::open(&path).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn an_empty_file_becomes_a_new_journal() {
    let scratch = Scratch::new();
    let path = scratch.path("empty.sqlite3");
    std::fs::write(&path, b"").unwrap();
    drop(scratch.open(&path).unwrap());
    assert_eq!(header_of(&path), (APPLICATION_ID, SCHEMA_VERSION));
}

#[test]
fn two_connections_on_one_file_both_get_their_writes_in() {
    let scratch = Scratch::new();
    let path = scratch.path("journal.sqlite3");
    let mut app = scratch.open(&path).unwrap();
    let mut cli = scratch.open(&path).unwrap();
    let a = app
        .write(|tx| tx.create(twoway_tests_fields::partnership()))
        .unwrap();
    let b = cli
        .write(|tx| tx.create(twoway_tests_fields::partnership()))
        .unwrap();
    let seen_by_app = app.read(|tx| tx.partnerships()).unwrap();
    assert_eq!(
        seen_by_app.iter().map(|p| p.id).collect::<Vec<_>>().len(),
        2
    );
    assert!(seen_by_app.iter().any(|p| p.id == a.id) && seen_by_app.iter().any(|p| p.id == b.id));
}

mod twoway_tests_fields {
    use chrono::NaiveDate;
    use twoway_journal::model::*;

    pub fn partnership() -> PartnershipFields {
        PartnershipFields {
            partner_name: "Priya Natarajan".into(),
            partner_role: "Data analyst".into(),
            i_learn: vec!["LinkedIn".into()],
            i_teach: vec!["Capital allocation".into()],
            status: PartnershipStatus::Active,
            started_on: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            ends_on: None,
            cadence: None,
            agreement: String::new(),
            agreement_revisit_on: None,
        }
    }
}
