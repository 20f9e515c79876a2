//! `Journal`: one open journal, one connection, and the closures every query runs in.

use crate::clock::Clock;
use crate::db::{self, ReadTx, WriteTx};
use crate::error::Result;
use rusqlite::{Connection, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub struct Journal {
    conn: Connection,
    clock: Arc<dyn Clock>,
    path: Option<PathBuf>,
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
    /// damaged or is newer than this build is refused and left untouched.
    pub fn open(path: impl AsRef<Path>, clock: Arc<dyn Clock>) -> Result<Self> {
        let path = path.as_ref();
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|e| {
                crate::Error::io(format!("cannot create the folder {}", folder.display()), e)
            })?;
        }
        let conn = db::open_file(path, clock.now())?;
        Ok(Self {
            conn,
            clock,
            path: Some(path.to_owned()),
        })
    }

    /// A fresh journal that lives in memory only.
    pub fn open_in_memory(clock: Arc<dyn Clock>) -> Result<Self> {
        Ok(Self {
            conn: db::open_memory()?,
            clock,
            path: None,
        })
    }

    /// The file this journal lives in (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

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
        let now = self.clock.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&WriteTx::new(&tx, now))?;
        tx.commit()?;
        Ok(value)
    }

    /// Copies the journal to `target` with SQLite's online backup, so a consistent copy is
    /// taken even while it is in use. The copy is written beside the target and renamed over
    /// it only when complete; an existing file is replaced only with `Overwrite::Replace`.
    pub fn backup_to(&self, target: &Path, overwrite: crate::files::Overwrite) -> Result<()> {
        let folder = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| Path::new("."));
        let context = || format!("cannot write {}", target.display());
        crate::files::refuse_existing(target, overwrite)?;
        let temp = tempfile::Builder::new()
            .prefix(".twoway-backup-")
            .suffix(".partial")
            .tempfile_in(folder)
            .map_err(|e| crate::Error::io(context(), e))?;
        {
            let mut copy = Connection::open(temp.path())?;
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut copy)?;
            backup.run_to_completion(256, std::time::Duration::from_millis(5), None)?;
        }
        temp.as_file()
            .sync_all()
            .map_err(|e| crate::Error::io(context(), e))?;
        match overwrite {
            crate::files::Overwrite::Replace => temp.persist(target).map(drop).map_err(|e| e.error),
            crate::files::Overwrite::Refuse => temp
                .persist_noclobber(target)
                .map(drop)
                .map_err(|e| e.error),
        }
        .map_err(|e| crate::files::exists_or(target, e, context))?;
        crate::files::sync_file_and_folder(target)
    }

    /// SQLite's integrity check of the whole file: `Ok(None)` when sound, else the first
    /// problem it reports.
    pub fn integrity_problem(&self) -> Result<Option<String>> {
        let verdicts: Vec<String> = self
            .conn
            .prepare("PRAGMA integrity_check")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(verdicts.into_iter().find(|v| v != "ok"))
    }
}
