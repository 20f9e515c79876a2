//! `Journal`: one open journal, one connection, and the closures every query runs in.

use crate::clock::Clock;
use crate::db::{self, ReadTx, WriteTx};
use crate::encryption::{self, DataKey, Keys, Secret};
use crate::error::Result;
use crate::files;
use rusqlite::{Connection, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One open journal: its connection, the clock it stamps with, and the file it lives in.
pub struct Journal {
    conn: Connection,
    clock: Arc<dyn Clock>,
    path: Option<PathBuf>,
    /// Why the journal cannot be written, if it cannot: the file or its folder is read-only
    /// (read-only media, no permission), or its disk is full. Everything reads; every write is
    /// refused with [`crate::Error::ReadOnly`], respectively [`crate::Error::DiskFull`].
    refusal: Option<db::Refusal>,
    /// The key of an encrypted journal (kept for its backups); `None` for a plain one.
    key: Option<DataKey>,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Journal {
    /// Opens the journal file at `path`, creating it (and its folder) when absent and migrating
    /// it (after a backup next to it) when older. A file that is not a Twoway journal, is
    /// damaged or is newer than this build is refused and left untouched, and so is a journal
    /// inside a folder a file sync tool keeps in sync ([`crate::synced`]). A journal that
    /// cannot be written (read-only media, no permission, or a disk too full to open it for
    /// writing) opens read-only. Temporary files that earlier runs left behind in its folder
    /// are removed. An encrypted journal is
    /// refused with [`crate::Error::Locked`]: it opens with [`Journal::open_unlocked`].
    pub fn open(path: impl AsRef<Path>, clock: Arc<dyn Clock>) -> Result<Self> {
        let path = path.as_ref();
        if encryption::is_encrypted(path) {
            return Err(crate::Error::Locked {
                path: path.to_owned(),
            });
        }
        Self::open_with_key(path, clock, None)
    }

    /// Opens the journal at `path` as [`Journal::open`] does, unlocking it with `secret` when
    /// it is encrypted (a plain journal opens as it is). A wrong secret is
    /// [`crate::Error::WrongSecret`], and nothing is changed.
    pub fn open_unlocked(
        path: impl AsRef<Path>,
        clock: Arc<dyn Clock>,
        secret: &Secret,
    ) -> Result<Self> {
        let path = path.as_ref();
        if !encryption::is_encrypted(path) {
            return Self::open_with_key(path, clock, None);
        }
        let key = Keys::read(path)?.unlock(secret)?;
        Self::open_with_key(path, clock, Some(key))
    }

    fn open_with_key(path: &Path, clock: Arc<dyn Clock>, key: Option<DataKey>) -> Result<Self> {
        let folder = files::folder_of(path);
        if let Some((tool, synced)) = crate::synced::synced_folder(folder) {
            return Err(crate::Error::InSyncedFolder {
                path: path.to_owned(),
                folder: synced,
                tool: tool.name(),
            });
        }
        if !folder.exists() {
            files::create_folder(folder)?;
        }
        let (conn, refusal) = db::open_file(path, clock.now(), key.as_ref())?;
        // On a full disk too: that gives room back.
        if refusal != Some(db::Refusal::ReadOnly) {
            files::remove_leftovers(folder);
            files::remove_leftovers(&crate::backups::folder_for(path));
        }
        Ok(Self {
            conn,
            clock,
            path: Some(path.to_owned()),
            refusal,
            key,
        })
    }

    /// Whether the journal is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// The key of an encrypted journal.
    pub(crate) fn key(&self) -> Option<&DataKey> {
        self.key.as_ref()
    }

    /// Whether the journal opened read-only (see [`Journal::open`]).
    pub fn is_read_only(&self) -> bool {
        self.refusal.is_some()
    }

    /// The folder the journal's file is in (`None` in memory).
    pub fn folder(&self) -> Option<&Path> {
        self.path.as_deref().map(files::folder_of)
    }

    /// An SQLite error of a write, in plain words where the disk or the folder is the cause.
    fn writing_error(&self, error: crate::Error) -> crate::Error {
        match (error, self.folder()) {
            (crate::Error::Sqlite(e), Some(folder)) => crate::Error::sqlite_writing(folder, e),
            (error, _) => error,
        }
    }

    /// Refuses a write to a read-only journal before anything is tried.
    pub(crate) fn writable(&self) -> Result<()> {
        match (self.folder(), self.refusal) {
            (Some(folder), Some(refusal)) => Err(refusal.error(folder)),
            _ => Ok(()),
        }
    }

    /// A fresh journal that lives in memory only.
    pub fn open_in_memory(clock: Arc<dyn Clock>) -> Result<Self> {
        Ok(Self {
            conn: db::open_memory()?,
            clock,
            path: None,
            refusal: None,
            key: None,
        })
    }

    /// The file this journal lives in (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The clock the journal stamps with.
    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// Runs `f` on a consistent snapshot of the journal.
    pub fn read<T>(&self, f: impl FnOnce(&ReadTx<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.unchecked_transaction()?;
        let result = f(&ReadTx::new(&tx));
        // Dropping the transaction rolls it back, which ends a read without side effects.
        drop(tx);
        result
    }

    /// Runs `f` in a write transaction that is always rolled back: it sees and checks what it
    /// writes, and the journal is left exactly as it was (an import's dry run). It takes the
    /// write lock like any write, so what it computes is what a write would do.
    pub fn dry_run<T>(&self, f: impl FnOnce(&WriteTx<'_>) -> Result<T>) -> Result<T> {
        self.writable()?;
        let now = self.clock.now();
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let result = f(&WriteTx::new(&tx, now));
        // Dropping the transaction rolls it back.
        drop(tx);
        result
    }

    /// Runs `f` in one write transaction (`BEGIN IMMEDIATE`, so a second writer waits at the
    /// start instead of failing halfway). Commits when `f` returns `Ok`, rolls back otherwise.
    pub fn write<T>(&mut self, f: impl FnOnce(&WriteTx<'_>) -> Result<T>) -> Result<T> {
        self.writable()?;
        let now = self.clock.now();
        let result = (|| {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            let value = f(&WriteTx::new(&tx, now))?;
            tx.commit()?;
            Ok(value)
        })();
        result.map_err(|e| self.writing_error(e))
    }

    /// Copies the journal to `target` with SQLite's online backup, so a consistent copy is
    /// taken even while it is in use. The copy is written beside the target, checked with
    /// SQLite's `integrity_check`, and renamed over it only when complete and sound; an
    /// existing file is replaced only with `Overwrite::Replace`. The copy of an encrypted
    /// journal is encrypted with the same key, and its keys file is written beside it, so it
    /// opens with the same passphrase or recovery key.
    pub fn backup_to(&self, target: &Path, overwrite: files::Overwrite) -> Result<()> {
        self.copy_to(target, overwrite)?;
        match &self.path {
            Some(path) if self.key.is_some() => Keys::read(path)?.write(target),
            _ => Ok(()),
        }
    }

    /// [`Journal::backup_to`] without the keys file: for the backups folder, whose copies the
    /// journal opens with its own key.
    pub(crate) fn copy_to(&self, target: &Path, overwrite: files::Overwrite) -> Result<()> {
        let folder = files::folder_of(target);
        let failed = |e| {
            crate::Error::writing(
                folder,
                crate::language::tr(
                    "error-context-write",
                    &[("path", (&target.display().to_string()).into())],
                ),
                e,
            )
        };
        files::refuse_existing(target, overwrite)?;
        files::remove_leftovers(folder);
        let _note = files::note_write(self.folder(), folder);
        let temp = files::temp_file_in(folder).map_err(failed)?;
        {
            let sqlite = |e| crate::Error::sqlite_writing(folder, e);
            db::ensure_initialized();
            let mut copy = Connection::open(temp.path()).map_err(sqlite)?;
            if let Some(key) = &self.key {
                // The backup API copies pages as they are: the copy takes the same key.
                copy.pragma_update(None, "key", &*key.sql_key())
                    .map_err(sqlite)?;
            }
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut copy).map_err(sqlite)?;
            backup
                .run_to_completion(256, std::time::Duration::from_millis(5), None)
                .map_err(sqlite)?;
            drop(backup);
            if let Some(problem) = integrity_problem(&copy)? {
                return Err(crate::Error::Corrupt {
                    path: target.to_owned(),
                    detail: crate::language::tr(
                        "error-corrupt-copy-integrity",
                        &[("problem", (&problem).into())],
                    ),
                });
            }
        }
        temp.as_file().sync_all().map_err(failed)?;
        files::persist(temp, target, overwrite)?;
        files::sync_file_and_folder(target)
    }

    /// Replaces the whole journal with the journal on `source` (at schema `version`) through
    /// SQLite's online backup, which writes it in one transaction of this connection, then
    /// migrates it when it is older.
    pub(crate) fn copy_in(&mut self, source: &Connection, version: u32) -> Result<()> {
        self.writable()?;
        let copied = (|| -> Result<()> {
            let backup = rusqlite::backup::Backup::new(source, &mut self.conn)?;
            backup.run_to_completion(256, std::time::Duration::from_millis(5), None)?;
            Ok(())
        })();
        copied.map_err(|e| self.writing_error(e))?;
        if version < db::SCHEMA_VERSION {
            db::migrate(&mut self.conn)?;
        }
        Ok(())
    }

    /// SQLite's integrity check of the whole file: `Ok(None)` when sound, else the first
    /// problem it reports.
    pub fn integrity_problem(&self) -> Result<Option<String>> {
        integrity_problem(&self.conn)
    }

    /// Takes the journal's file for this connection alone (SQLite's exclusive locking mode,
    /// held until the connection closes), so that no other window or command has it open
    /// while its file is replaced: it would go on writing to the file that was replaced.
    /// Refused with [`crate::Error::InUse`] while another one has it open.
    pub(crate) fn hold_alone(&self) -> Result<()> {
        self.conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
        match self.conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;") {
            Ok(()) => Ok(()),
            Err(e) => {
                self.let_others_in();
                Err(match e.sqlite_error_code() {
                    Some(
                        rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked,
                    ) => crate::Error::InUse {
                        path: self.path.clone().unwrap_or_default(),
                    },
                    _ => e.into(),
                })
            }
        }
    }

    /// Ends [`Journal::hold_alone`] after a conversion that did not happen.
    pub(crate) fn let_others_in(&self) {
        // The lock goes at the next read in the normal mode; neither step can lose data.
        let _ = self.conn.pragma_update(None, "locking_mode", "NORMAL");
        let _ = self
            .conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()));
    }

    /// Writes a copy of the journal to the new file `target`, encrypted with `key` or plain.
    pub(crate) fn export_copy(&self, target: &Path, key: Option<&DataKey>) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        db::export_copy(&self.conn, target, key, db::SCHEMA_VERSION)?;
        Ok(())
    }

    /// Puts the finished file `replacement` (the journal converted, encrypted with `key` or
    /// plain) in place of the journal's file and opens it. The journal's connection is closed
    /// first, so its `-wal` is folded in and removed and cannot be applied to the new file.
    pub(crate) fn replace_file(
        &mut self,
        replacement: tempfile::NamedTempFile,
        key: Option<DataKey>,
    ) -> Result<()> {
        let path = self.path.clone().ok_or(crate::Error::Invalid {
            field: "journal",
            problem: crate::Problem::Other("problem-in-memory"),
        })?;
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        // Until the new file is open, nothing may be written to the placeholder.
        self.refusal = Some(db::Refusal::ReadOnly);
        old.close().map_err(|(_, e)| e)?;
        for suffix in ["-wal", "-shm"] {
            let mut side = path.as_os_str().to_owned();
            side.push(suffix);
            match std::fs::remove_file(&side) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(crate::Error::io(
                        crate::language::tr(
                            "error-context-remove",
                            &[("path", (&Path::new(&side).display().to_string()).into())],
                        ),
                        e,
                    ));
                }
                _ => {}
            }
        }
        files::persist(replacement, &path, files::Overwrite::Replace)?;
        files::sync_file_and_folder(&path)?;
        let (conn, refusal) = db::open_file(&path, self.clock.now(), key.as_ref())?;
        self.conn = conn;
        self.refusal = refusal;
        self.key = key;
        Ok(())
    }
}

/// SQLite's integrity check of the database on `conn`: `None` when sound.
pub(crate) fn integrity_problem(conn: &Connection) -> Result<Option<String>> {
    let verdicts: Vec<String> = conn
        .prepare("PRAGMA integrity_check")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(verdicts.into_iter().find(|v| v != "ok"))
}
