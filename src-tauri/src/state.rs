//! The app's state: the one open journal, an encrypted one waiting for its passphrase, or why
//! none is open.

use crate::clock::AppClock;
use crate::error::{ErrorCode, IpcError, IpcResult};
use crate::reminders::Scheduler;
use crate::sync::SyncRunner;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use twoway_journal::encryption::Secret;
use twoway_journal::import::{ImportProgress, OnProgress};
use twoway_journal::language::tr;
use twoway_journal::{Error, Journal, ReadTx, WriteTx};

/// What the window is working on.
pub enum Slot {
    Open {
        journal: Journal,
        is_demo: bool,
    },
    /// The journal at `path` is encrypted: it opens once its passphrase or recovery key is
    /// given ([`AppState::unlock`]).
    Locked {
        path: PathBuf,
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
    /// The journal the app starts on, still being opened on a thread of its own: opening a
    /// large journal (its integrity check) then overlaps the window's and WebKit's start
    /// instead of coming before them. The first [`AppState::lock`] waits for it.
    opening: Mutex<Option<std::thread::JoinHandle<Slot>>>,
    /// The clock every journal of this window is opened with.
    clock: AppClock,
    /// Woken when another journal opens or one is unlocked, so its reminders come at once.
    scheduler: Scheduler,
    /// When the journal syncs next: at once when one opens, soon after an edit.
    sync: SyncRunner,
    /// What the window tells the user about the journal it started on (the one opened last
    /// is gone); cleared when another journal opens.
    notice: Mutex<Option<String>>,
    /// Set by "Stop" while an import (or its plan) runs; outside the journal's lock, which the
    /// import holds.
    stop_import: std::sync::atomic::AtomicBool,
}

impl AppState {
    /// Opens the journal at `path` on `clock`, on a thread of its own; a refusal is kept as
    /// state, so the window can say why and offer another file instead of failing to start.
    pub fn open(path: &Path, clock: AppClock) -> Self {
        let opening = {
            let path = path.to_owned();
            std::thread::spawn(move || open_slot(&path, false, clock))
        };
        Self {
            // Never seen: every look at the slot first puts the opened journal in it.
            slot: Mutex::new(Slot::Refused {
                path: path.to_owned(),
                error: IpcError::new(ErrorCode::Internal, tr("error-journal-still-opening", &[])),
            }),
            opening: Mutex::new(Some(opening)),
            clock,
            scheduler: Scheduler::default(),
            sync: SyncRunner::default(),
            notice: Mutex::new(None),
            stop_import: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Runs `work` (an import or its plan) with a progress callback that sends each step to
    /// `tell` and stops once [`AppState::stop_import`] was called during it.
    pub fn stoppable_import<T>(
        &self,
        tell: impl Fn(ImportProgress),
        work: impl FnOnce(OnProgress<'_>) -> T,
    ) -> T {
        use std::sync::atomic::Ordering;
        self.stop_import.store(false, Ordering::SeqCst);
        work(&mut |progress| {
            tell(progress);
            !self.stop_import.load(Ordering::SeqCst)
        })
    }

    /// Stops the import or plan that runs, if one does: it ends refused, having changed nothing.
    pub fn stop_import(&self) {
        self.stop_import
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// The same, with `notice` for the window to show about the journal it starts on.
    pub fn with_notice(self, notice: Option<String>) -> Self {
        *self.notice.lock().unwrap_or_else(|p| p.into_inner()) = notice;
        self
    }

    /// What the window tells the user about the journal it started on, if anything.
    pub fn notice(&self) -> Option<String> {
        self.notice
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// What wakes the reminder thread.
    pub fn scheduler(&self) -> &Scheduler {
        &self.scheduler
    }

    /// When the journal syncs next.
    pub fn sync(&self) -> &SyncRunner {
        &self.sync
    }

    /// The clock the journals are opened with; the reminders ask it for the local time.
    pub fn clock(&self) -> AppClock {
        self.clock
    }

    pub fn lock(&self) -> MutexGuard<'_, Slot> {
        let mut slot = self
            .slot
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let opening = self
            .opening
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take();
        if let Some(opening) = opening {
            let path = match &*slot {
                Slot::Refused { path, .. } => path.clone(),
                _ => PathBuf::new(),
            };
            *slot = opening.join().unwrap_or_else(|_| Slot::Refused {
                path,
                error: IpcError::new(ErrorCode::Internal, tr("error-journal-opening-failed", &[])),
            });
        }
        slot
    }

    /// Replaces the open journal with the one at `path`. On failure the current one stays. An
    /// encrypted journal replaces it too, locked: the window then asks for its passphrase.
    pub fn switch_to(&self, path: &Path, is_demo: bool) -> IpcResult<()> {
        let slot = match Journal::open(path, Arc::new(self.clock)) {
            Ok(mut journal) => {
                take_daily_care(&mut journal);
                Slot::Open { journal, is_demo }
            }
            Err(Error::Locked { path }) => Slot::Locked { path, is_demo },
            Err(error) => return Err(error.into()),
        };
        *self.lock() = slot;
        *self.notice.lock().unwrap_or_else(|p| p.into_inner()) = None;
        self.scheduler.poke();
        self.sync.now();
        Ok(())
    }

    /// Opens the locked journal with `secret`, and then carries on as after any open: the
    /// day's care included. A wrong secret changes nothing, and the journal stays locked.
    pub fn unlock(&self, secret: &Secret) -> IpcResult<()> {
        let mut slot = self.lock();
        let Slot::Locked { path, is_demo } = &*slot else {
            return Err(IpcError::new(
                ErrorCode::NoJournal,
                tr("error-nothing-to-unlock", &[]),
            ));
        };
        let mut journal = Journal::open_unlocked(path, Arc::new(self.clock), secret)?;
        take_daily_care(&mut journal);
        *slot = Slot::Open {
            journal,
            is_demo: *is_demo,
        };
        self.scheduler.poke();
        self.sync.now();
        Ok(())
    }

    /// Locks the open journal when it is encrypted: it is closed (its key dropped with it) and
    /// waits for its passphrase again, as at start. Returns whether it was locked; a plain
    /// journal has nothing to lock and stays open.
    pub fn lock_now(&self) -> bool {
        let mut slot = self.lock();
        let Slot::Open { journal, is_demo } = &*slot else {
            return false;
        };
        let Some(path) = journal.path().filter(|_| journal.is_encrypted()) else {
            return false;
        };
        *slot = Slot::Locked {
            path: path.to_owned(),
            is_demo: *is_demo,
        };
        true
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
            other => Err(no_journal(other)),
        }
    }

    pub fn write<T>(
        &self,
        f: impl FnOnce(&WriteTx<'_>) -> twoway_journal::Result<T>,
    ) -> IpcResult<T> {
        let written = match &mut *self.lock() {
            Slot::Open { journal, .. } => journal.write(f)?,
            other => return Err(no_journal(other)),
        };
        self.sync.edited();
        Ok(written)
    }

    /// Runs `f` on the open journal itself (to fill it, import into it, or ask where it
    /// lives); what it writes goes to the other devices like any edit.
    pub fn with_journal<T>(&self, f: impl FnOnce(&mut Journal) -> IpcResult<T>) -> IpcResult<T> {
        let done = self.on_journal(f)?;
        self.sync.edited();
        Ok(done)
    }

    /// [`AppState::with_journal`] for the sync itself, which is no edit to sync again.
    pub fn on_journal<T>(&self, f: impl FnOnce(&mut Journal) -> IpcResult<T>) -> IpcResult<T> {
        match &mut *self.lock() {
            Slot::Open { journal, .. } => f(journal),
            other => Err(no_journal(other)),
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

fn open_slot(path: &Path, is_demo: bool, clock: AppClock) -> Slot {
    match Journal::open(path, Arc::new(clock)) {
        Ok(journal) => Slot::Open { journal, is_demo },
        Err(Error::Locked { path }) => Slot::Locked { path, is_demo },
        Err(error) => Slot::Refused {
            path: path.to_owned(),
            error: error.into(),
        },
    }
}

fn no_journal(slot: &Slot) -> IpcError {
    let why = match slot {
        Slot::Refused { error, .. } => error.message.clone(),
        Slot::Locked { path, .. } => Error::Locked { path: path.clone() }.to_string(),
        Slot::Open { .. } => String::new(),
    };
    IpcError::new(
        ErrorCode::NoJournal,
        tr("error-no-journal-open", &[("reason", (&why).into())]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use twoway_journal::SystemClock;

    /// A journal with a partnership, encrypted under `PASSPHRASE`; its recovery key.
    fn encrypted_journal(path: &Path) -> String {
        let mut journal = Journal::open(path, Arc::new(SystemClock)).unwrap();
        twoway_journal::sample::fill_demo(&mut journal, chrono::Local::now().date_naive()).unwrap();
        let done = journal.encrypt(PASSPHRASE).unwrap();
        done.recovery_key.as_str().to_owned()
    }

    const PASSPHRASE: &str = "a long enough passphrase";

    fn counts(state: &AppState) -> IpcResult<u32> {
        state.read(|tx| Ok(tx.record_counts()?.iter().map(|c| c.live + c.trashed).sum()))
    }

    #[test]
    fn an_encrypted_journal_waits_locked_and_a_wrong_secret_leaves_it_so() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite3");
        encrypted_journal(&path);
        let state = AppState::open(&path, AppClock::default());
        assert!(matches!(&*state.lock(), Slot::Locked { path: p, is_demo: false } if *p == path));
        let refused = counts(&state).unwrap_err();
        assert_eq!(refused.code, ErrorCode::NoJournal);

        let wrong = state
            .unlock(&Secret::passphrase("not the passphrase"))
            .unwrap_err();
        assert_eq!(wrong.code, ErrorCode::WrongSecret);
        assert!(!wrong.message.contains("not the passphrase"));
        assert!(matches!(&*state.lock(), Slot::Locked { .. }));
    }

    #[test]
    fn unlocking_opens_the_journal_and_takes_the_days_care() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite3");
        let recovery_key = encrypted_journal(&path);
        let backups = || {
            std::fs::read_dir(dir.path().join("backups"))
                .map(|entries| entries.count())
                .unwrap_or(0)
        };
        let before = backups();

        let state = AppState::open(&path, AppClock::default());
        state.unlock(&Secret::recovery_key(recovery_key)).unwrap();
        assert!(counts(&state).unwrap() > 10, "the demo is there");
        assert!(backups() > before, "the day's backup was made on unlocking");
        let again = state.unlock(&Secret::passphrase(PASSPHRASE)).unwrap_err();
        assert_eq!(again.code, ErrorCode::NoJournal, "it is open already");

        // Switching to it from another journal locks the window on it again.
        let other = AppState::open(&dir.path().join("other.sqlite3"), AppClock::default());
        other.switch_to(&path, false).unwrap();
        assert!(matches!(&*other.lock(), Slot::Locked { .. }));
        other.unlock(&Secret::passphrase(PASSPHRASE)).unwrap();
        assert!(counts(&other).unwrap() > 10);
    }

    #[test]
    fn locking_closes_an_encrypted_journal_until_it_is_unlocked_again_and_leaves_a_plain_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite3");
        encrypted_journal(&path);
        let state = AppState::open(&path, AppClock::default());
        state.unlock(&Secret::passphrase(PASSPHRASE)).unwrap();
        let records = counts(&state).unwrap();

        assert!(state.lock_now());
        assert!(matches!(&*state.lock(), Slot::Locked { path: p, .. } if *p == path));
        assert_eq!(counts(&state).unwrap_err().code, ErrorCode::NoJournal);
        assert!(!state.lock_now(), "locked already");
        state.unlock(&Secret::passphrase(PASSPHRASE)).unwrap();
        assert_eq!(counts(&state).unwrap(), records);

        let plain = AppState::open(&dir.path().join("plain.sqlite3"), AppClock::default());
        assert!(!plain.lock_now(), "a plain journal has nothing to lock");
        assert!(matches!(&*plain.lock(), Slot::Open { .. }));
    }
}
