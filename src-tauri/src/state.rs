//! The app's state: the one open journal, or why none is open.

use crate::error::{ErrorCode, IpcError, IpcResult};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use twoway_journal::{Journal, ReadTx, SystemClock, WriteTx};

/// What the window is working on.
pub enum Slot {
    Open {
        journal: Journal,
        is_demo: bool,
    },
    /// The journal at `path` could not be opened; `error` says why, in plain words.
    Refused {
        path: PathBuf,
        error: IpcError,
    },
}

pub struct AppState {
    slot: Mutex<Slot>,
}

impl AppState {
    /// Opens the journal at `path`; a refusal is kept as state, so the window can say why and
    /// offer another file instead of failing to start.
    pub fn open(path: &Path) -> Self {
        Self {
            slot: Mutex::new(open_slot(path, false)),
        }
    }

    pub fn lock(&self) -> MutexGuard<'_, Slot> {
        self.slot
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Replaces the open journal with the one at `path`. On failure the current one stays.
    pub fn switch_to(&self, path: &Path, is_demo: bool) -> IpcResult<()> {
        let mut journal = Journal::open(path, Arc::new(SystemClock))?;
        take_daily_care(&mut journal);
        *self.lock() = Slot::Open { journal, is_demo };
        Ok(())
    }

    /// The first open of the day's care of the open journal (its backup, the old trash
    /// emptied); run once the window is up, so it never delays the first paint.
    pub fn daily_care(&self) {
        if let Slot::Open { journal, .. } = &mut *self.lock() {
            take_daily_care(journal);
        }
    }

    pub fn read<T>(
        &self,
        f: impl FnOnce(&ReadTx<'_>) -> twoway_journal::Result<T>,
    ) -> IpcResult<T> {
        match &*self.lock() {
            Slot::Open { journal, .. } => Ok(journal.read(f)?),
            Slot::Refused { error, .. } => Err(no_journal(error)),
        }
    }

    pub fn write<T>(
        &self,
        f: impl FnOnce(&WriteTx<'_>) -> twoway_journal::Result<T>,
    ) -> IpcResult<T> {
        match &mut *self.lock() {
            Slot::Open { journal, .. } => Ok(journal.write(f)?),
            Slot::Refused { error, .. } => Err(no_journal(error)),
        }
    }

    /// Runs `f` on the open journal itself (to fill it, or to ask where it lives).
    pub fn with_journal<T>(&self, f: impl FnOnce(&mut Journal) -> IpcResult<T>) -> IpcResult<T> {
        match &mut *self.lock() {
            Slot::Open { journal, .. } => f(journal),
            Slot::Refused { error, .. } => Err(no_journal(error)),
        }
    }
}

/// Runs the journal's daily care; a failure is said on standard error (it holds paths, never
/// the user's text) and the window goes on, since the journal itself is fine.
fn take_daily_care(journal: &mut Journal) {
    if let Err(e) = journal.daily_care() {
        eprintln!("twoway: the day's backup was not made: {e}");
    }
}

fn open_slot(path: &Path, is_demo: bool) -> Slot {
    match Journal::open(path, Arc::new(SystemClock)) {
        Ok(journal) => Slot::Open { journal, is_demo },
        Err(error) => Slot::Refused {
            path: path.to_owned(),
            error: error.into(),
        },
    }
}

fn no_journal(refusal: &IpcError) -> IpcError {
    IpcError::new(
        ErrorCode::NoJournal,
        format!("No journal is open: {}", refusal.message),
    )
}
