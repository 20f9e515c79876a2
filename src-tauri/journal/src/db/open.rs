//! Opening a journal file: inspect read-only first, refuse what is not ours, back up before a
//! migration, then open for writing with the pragma block.

use crate::encryption::{DataKey, has_plain_header};
use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{M, Migrations};
use std::io::Write;
use std::path::{Path, PathBuf};

/// `PRAGMA application_id` of every Twoway journal: "Twow" in ASCII.
pub const APPLICATION_ID: i32 = 0x5477_6F77;

/// Migrations, append-only: a released file is never edited, a change is a new file.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_search.sql"),
    include_str!("migrations/0003_history_settings.sql"),
    include_str!("migrations/0004_visibility.sql"),
    include_str!("migrations/0005_reminders.sql"),
    include_str!("migrations/0006_learning_author.sql"),
    include_str!("migrations/0007_signing.sql"),
    include_str!("migrations/0008_agreement_versions_and_records.sql"),
    include_str!("migrations/0009_agenda_templates.sql"),
    include_str!("migrations/0010_sync.sql"),
];

/// The schema version this build writes (`PRAGMA user_version`).
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// Makes SQLite (and SQLCipher within it) initialise once, on one thread, before any journal
/// connection opens. SQLCipher registers `sqlcipher_export` for new connections just after it
/// marks itself initialised, so a connection opened at that moment on another thread would
/// lack the function; one first connection opened alone closes that window.
pub(crate) fn ensure_initialized() {
    static FIRST: std::sync::Once = std::sync::Once::new();
    FIRST.call_once(|| {
        // Only initialisation matters here; a failure shows again at the real open.
        let _ = Connection::open_in_memory();
    });
}

/// Connection settings, applied on every open (they are per connection, not stored).
fn apply_pragmas(conn: &Connection) -> Result<()> {
    // Readers never block the writer, and a crash mid-write leaves the last commit intact.
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    debug_assert!(mode == "wal" || mode == "memory", "journal_mode {mode}");
    // In WAL mode NORMAL is crash-safe; only the last commits before a power cut can be lost.
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // Parent links are declared as foreign keys; SQLite ignores them unless asked.
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Pages kept in memory: 64 MiB at most instead of SQLite's 2 MB, so a whole heavy journal
    // stays cached; an import, a search or an export then reads each page from the file once
    // instead of again and again.
    conn.pragma_update(None, "cache_size", -65_536)?;
    // The app and the command line may open one file at once: wait for the other's write
    // instead of failing with SQLITE_BUSY.
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    keep_statements(conn);
    Ok(())
}

/// How many prepared statements a connection keeps. Every query and write prepares through
/// the cache, and an import or a search cycles through more distinct statements than
/// rusqlite's default of 16 (a find, the link checks and an insert per kind, each kind's own
/// rules, the search triggers): with too few, each would be parsed and planned again per record.
const STATEMENT_CACHE: usize = 256;

fn keep_statements(conn: &Connection) {
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
}

/// What a path holds, found without writing to it.
#[derive(Debug, PartialEq, Eq)]
enum FileState {
    /// Nothing there, or a zero-length file: a new journal can be created.
    Absent,
    /// A Twoway journal at this schema version.
    Journal(u32),
}

/// The key to open `path` with: `key` when the file is encrypted, none for a plain file (a
/// backup made before encryption was turned on, say).
fn key_for<'k>(path: &Path, key: Option<&'k DataKey>) -> Option<&'k DataKey> {
    key.filter(|_| !has_plain_header(path))
}

/// Gives SQLCipher the key; it must come before any other statement on the connection.
fn apply_key(conn: &Connection, key: Option<&DataKey>) -> rusqlite::Result<()> {
    match key {
        Some(key) => conn.pragma_update(None, "key", &*key.sql_key()),
        None => Ok(()),
    }
}

/// What `path` holds. `key` opens it when it is encrypted; without one, only a plain SQLite
/// file can be ours.
fn inspect(path: &Path, key: Option<&DataKey>) -> Result<FileState> {
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileState::Absent),
        Err(e) => {
            return Err(Error::io(
                crate::language::tr(
                    "error-context-read",
                    &[("path", (&path.display().to_string()).into())],
                ),
                e,
            ));
        }
    };
    let not_ours = || Error::NotAJournal {
        path: path.to_owned(),
    };
    if !metadata.is_file() {
        return Err(not_ours());
    }
    if metadata.len() == 0 {
        return Ok(FileState::Absent);
    }
    let key = key_for(path, key);
    if key.is_none() && !has_plain_header(path) {
        return Err(not_ours());
    }
    let conn = open_for_inspection(path, key).map_err(|_| not_ours())?;
    let corrupt = |detail: String| Error::Corrupt {
        path: path.to_owned(),
        detail,
    };
    let read_header = || -> rusqlite::Result<(i32, u32, i64)> {
        let app_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        Ok((app_id, version, tables))
    };
    let (app_id, version, tables) = match read_header() {
        Ok(header) => header,
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::NotADatabase =>
        {
            return Err(not_ours());
        }
        Err(e) => return Err(corrupt(e.to_string())),
    };
    if app_id == 0 && version == 0 && tables == 0 {
        // A blank SQLite file (for example made by `sqlite3 file ''`): nothing to lose.
        return Ok(FileState::Absent);
    }
    if app_id != APPLICATION_ID {
        return Err(not_ours());
    }
    if version > SCHEMA_VERSION {
        return Err(Error::TooNew {
            path: path.to_owned(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let verdicts: Vec<String> = conn
        .prepare("PRAGMA quick_check")
        .and_then(|mut stmt| stmt.query_map([], |r| r.get(0))?.collect())
        .map_err(|e| corrupt(e.to_string()))?;
    if verdicts.len() != 1 || verdicts[0] != "ok" {
        let first = verdicts.into_iter().next().unwrap_or_default();
        return Err(corrupt(format!("integrity check: {first}")));
    }
    Ok(FileState::Journal(version))
}

/// A read-only connection that leaves no trace. Without a `-wal` file next to it, the main file
/// holds everything, so it is opened `immutable`: SQLite then creates no `-wal` or `-shm` file
/// beside a file we may be about to refuse. With a `-wal` file (a journal whose last writer
/// did not close cleanly), a plain read-only connection reads it too.
fn open_for_inspection(path: &Path, key: Option<&DataKey>) -> rusqlite::Result<Connection> {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    ensure_initialized();
    let conn = if Path::new(&wal).exists() {
        Connection::open_with_flags(path, flags)?
    } else {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let uri = format!("file:{}?immutable=1", uri_path(&absolute));
        Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)?
    };
    apply_key(&conn, key)?;
    Ok(conn)
}

/// Writes a copy of the journal on `conn` (at schema `version`) to the new file `target`,
/// encrypted with `key`, or plain without one (SQLCipher's export: it copies the schema and
/// every row, and the header fields are set here since it leaves them out).
pub(crate) fn export_copy(
    conn: &Connection,
    target: &Path,
    key: Option<&DataKey>,
    version: u32,
) -> rusqlite::Result<()> {
    export_schema(conn, "main", target, key, version)
}

/// Writes a copy of the journal file `source` (opened with `from`) to the new file `target`,
/// encrypted with `to` or plain: a backup converted when encryption is turned on or off.
pub(crate) fn convert_file(
    source: &Path,
    from: Option<&DataKey>,
    target: &Path,
    to: Option<&DataKey>,
) -> rusqlite::Result<()> {
    ensure_initialized();
    let conn = Connection::open_in_memory()?;
    attach(&conn, source, "source", key_for(source, from))?;
    let converted = (|| {
        let version: u32 = conn.query_row("PRAGMA source.user_version", [], |r| r.get(0))?;
        export_schema(&conn, "source", target, to, version)
    })();
    let detached = conn.execute("DETACH DATABASE source", []);
    converted?;
    detached.map(drop)
}

/// Attaches `path` as `schema`, with `key` or as a plain file.
fn attach(
    conn: &Connection,
    path: &Path,
    schema: &str,
    key: Option<&DataKey>,
) -> rusqlite::Result<()> {
    let key_text = key.map(DataKey::sql_key);
    conn.execute(
        &format!("ATTACH DATABASE ?1 AS {schema} KEY ?2"),
        rusqlite::params![
            path.to_string_lossy(),
            key_text.as_deref().map_or("", String::as_str)
        ],
    )
    .map(drop)
}

fn export_schema(
    conn: &Connection,
    from: &str,
    target: &Path,
    key: Option<&DataKey>,
    version: u32,
) -> rusqlite::Result<()> {
    attach(conn, target, "copy", key)?;
    let exported = (|| {
        conn.query_row("SELECT sqlcipher_export('copy', ?1)", [from], |_| Ok(()))?;
        conn.pragma_update(Some("copy"), "user_version", version)?;
        conn.pragma_update(Some("copy"), "application_id", APPLICATION_ID)
    })();
    let detached = conn.execute("DETACH DATABASE copy", []);
    exported?;
    detached.map(drop)
}

/// A path as the path part of an SQLite `file:` URI: `%`, `?` and `#` are escaped, Windows
/// separators become slashes.
fn uri_path(path: &Path) -> String {
    let mut uri = String::new();
    let text = path.to_string_lossy().replace('\\', "/");
    if !text.starts_with('/') {
        uri.push('/');
    }
    for c in text.chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri
}

/// The path of the copy written before migrating `path` from schema `from`.
pub(crate) fn backup_path(path: &Path, from: u32, now: DateTime<Utc>) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stamp = now.format("%Y%m%dT%H%M%S%.3fZ");
    path.with_file_name(format!("{stem}.before-schema-{}.{stamp}.sqlite3", from + 1))
}

/// Why a journal that exists opens read-only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// Read-only media, or no permission to write there.
    ReadOnly,
    /// The disk holding it has no room left, not even for what opening it for writing takes.
    DiskFull,
}

impl Refusal {
    /// The error a write to a journal in `folder` refused for this reason is.
    pub(crate) fn error(self, folder: &Path) -> Error {
        let folder = folder.to_owned();
        match self {
            Refusal::ReadOnly => Error::ReadOnly { folder },
            Refusal::DiskFull => Error::DiskFull { folder },
        }
    }
}

/// What opening a journal for writing makes beside it before anything is written: SQLite's
/// 32 KiB index of its log (`-shm`). On a disk without that much room the open fails with an
/// I/O error that would read as a damaged journal.
const ROOM_TO_OPEN: usize = 32 * 1024;

/// Why the journal at `path` (which exists) cannot be opened for writing, if it cannot:
/// SQLite writes its `-wal` and `-shm` files beside the journal, so the folder must take new
/// files, with room for the `-shm`. Read-only media and missing permissions both refuse; so
/// does root on a read-only mount.
fn refusal(path: &Path) -> Result<Option<Refusal>> {
    use std::io::ErrorKind::{PermissionDenied, QuotaExceeded, ReadOnlyFilesystem, StorageFull};
    let refused = |e: &std::io::Error| matches!(e.kind(), PermissionDenied | ReadOnlyFilesystem);
    let full = |e: &std::io::Error| matches!(e.kind(), StorageFull | QuotaExceeded);
    match std::fs::OpenOptions::new().write(true).open(path) {
        Err(e) if refused(&e) => return Ok(Some(Refusal::ReadOnly)),
        Err(e) => {
            return Err(Error::io(
                crate::language::tr(
                    "error-context-open",
                    &[("path", (&path.display().to_string()).into())],
                ),
                e,
            ));
        }
        Ok(_) => {}
    }
    let probe = crate::files::temp_file_in(crate::files::folder_of(path))
        .and_then(|mut probe| probe.write_all(&[0; ROOM_TO_OPEN]));
    Ok(match probe {
        Err(e) if refused(&e) => Some(Refusal::ReadOnly),
        Err(e) if full(&e) => Some(Refusal::DiskFull),
        // Any other failure here is met, and named, by the write that hits it.
        _ => None,
    })
}

/// Opens (creating or migrating as needed) the journal at `path`; a [`Refusal`] says it could
/// only be opened read-only, and why (see [`refusal`]). A read-only journal must already be at
/// this build's schema, since it cannot be migrated.
pub(crate) fn open_file(
    path: &Path,
    now: DateTime<Utc>,
    key: Option<&DataKey>,
) -> Result<(Connection, Option<Refusal>)> {
    let folder = crate::files::folder_of(path);
    let key = key_for(path, key);
    let state = inspect(path, key)?;
    if let FileState::Journal(version) = state
        && let Some(refusal) = refusal(path)?
    {
        if version < SCHEMA_VERSION {
            // Opening it would need a migration, which would write.
            return Err(refusal.error(folder));
        }
        let conn = open_for_inspection(path, key)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        keep_statements(&conn);
        return Ok((conn, Some(refusal)));
    }
    let sqlite = |e| Error::sqlite_writing(folder, e);
    ensure_initialized();
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| match e.sqlite_error_code() {
        // The folder refuses a new file.
        Some(rusqlite::ErrorCode::CannotOpen) if state == FileState::Absent => Error::ReadOnly {
            folder: folder.to_owned(),
        },
        _ => sqlite(e),
    })?;
    apply_key(&conn, key).map_err(sqlite)?;
    apply_pragmas(&conn).map_err(|e| match e {
        Error::Sqlite(e) => sqlite(e),
        other => other,
    })?;
    if let FileState::Journal(version) = state
        && version < SCHEMA_VERSION
    {
        let backup = backup_path(path, version, now);
        match key {
            // The copy is encrypted with the journal's key: never a plain copy beside it.
            Some(_) => export_copy(&conn, &backup, key, version),
            None => conn
                .execute("VACUUM INTO ?1", [backup.to_string_lossy()])
                .map(drop),
        }
        .map_err(sqlite)?;
        crate::files::sync_file_and_folder(&backup)?;
    }
    migrations().to_latest(&mut conn)?;
    Ok((conn, None))
}

/// A sound Twoway journal at `path` (a backup to restore), opened read-only to copy from,
/// with its schema version and whether it is encrypted (then with `key`). It is checked as an
/// open would check it, and never written.
pub(crate) fn open_to_copy(path: &Path, key: Option<&DataKey>) -> Result<(Connection, u32, bool)> {
    let key = key_for(path, key);
    match inspect(path, key)? {
        FileState::Absent => Err(Error::NotAJournal {
            path: path.to_owned(),
        }),
        FileState::Journal(version) => {
            Ok((open_for_inspection(path, key)?, version, key.is_some()))
        }
    }
}

/// How many records the Twoway journal at `path` holds, all kinds together, trash included;
/// read without writing and without the full check an open makes (a list of backups reads
/// them all).
pub(crate) fn count_records(path: &Path, key: Option<&DataKey>) -> Result<u32> {
    let conn = open_for_inspection(path, key_for(path, key))?;
    let app_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if app_id != APPLICATION_ID {
        return Err(Error::NotAJournal {
            path: path.to_owned(),
        });
    }
    let mut total = 0u32;
    crate::model::each_kind!(F => {
        let count: u32 = conn.query_row(
            &format!("SELECT count(*) FROM {}", <F as crate::model::RecordKind>::TABLE),
            [],
            |r| r.get(0),
        )?;
        total = total.saturating_add(count);
    });
    Ok(total)
}

/// Brings the schema of `conn` (a journal just copied in from an older backup) to this
/// build's.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    migrations().to_latest(conn)?;
    Ok(())
}

/// A fresh journal in memory, for tests and previews.
pub(crate) fn open_memory() -> Result<Connection> {
    ensure_initialized();
    let mut conn = Connection::open_in_memory()?;
    apply_pragmas(&conn)?;
    migrations().to_latest(&mut conn)?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations()
            .validate()
            .expect("every migration applies to an empty database");
    }

    #[test]
    fn a_fresh_journal_is_marked_as_ours_at_the_latest_schema() {
        let conn = open_memory().unwrap();
        let app_id: i32 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .unwrap();
        let version: u32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(app_id, APPLICATION_ID);
        assert_eq!(version, SCHEMA_VERSION);
    }
}
