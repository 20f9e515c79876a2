//! `Journal`: one open journal, one connection, and the closures every query runs in.

use crate::clock::Clock;
use crate::db::{self, ReadTx, WriteTx};
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
    /// damaged or is newer than this build is refused and left untouched. A journal that
    /// cannot be written (read-only media, no permission, or a disk too full to open it for
    /// writing) opens read-only. Temporary files that earlier runs left behind in its folder
    /// are removed.
    pub fn open(path: impl AsRef<Path>, clock: Arc<dyn Clock>) -> Result<Self> {
        let path = path.as_ref();
        let folder = files::folder_of(path);
        if !folder.exists() {
            std::fs::create_dir_all(folder).map_err(|e| {
                crate::Error::writing(
                    folder,
                    format!("cannot create the folder {}", folder.display()),
                    e,
                )
            })?;
        }
        let (conn, refusal) = db::open_file(path, clock.now())?;
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
        })
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
    /// existing file is replaced only with `Overwrite::Replace`.
    pub fn backup_to(&self, target: &Path, overwrite: files::Overwrite) -> Result<()> {
        let folder = files::folder_of(target);
        let failed =
            |e| crate::Error::writing(folder, format!("cannot write {}", target.display()), e);
        files::refuse_existing(target, overwrite)?;
        files::remove_leftovers(folder);
        let _note = files::note_write(self.folder(), folder);
        let temp = files::temp_file_in(folder).map_err(failed)?;
        {
            let sqlite = |e| crate::Error::sqlite_writing(folder, e);
            let mut copy = Connection::open(temp.path()).map_err(sqlite)?;
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut copy).map_err(sqlite)?;
            backup
                .run_to_completion(256, std::time::Duration::from_millis(5), None)
                .map_err(sqlite)?;
            drop(backup);
            if let Some(problem) = integrity_problem(&copy)? {
                return Err(crate::Error::Corrupt {
                    path: target.to_owned(),
                    detail: format!("the copy failed its integrity check: {problem}"),
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
}

/// SQLite's integrity check of the database on `conn`: `None` when sound.
pub(crate) fn integrity_problem(conn: &Connection) -> Result<Option<String>> {
    let verdicts: Vec<String> = conn
        .prepare("PRAGMA integrity_check")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(verdicts.into_iter().find(|v| v != "ok"))
}
