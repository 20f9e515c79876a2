//! Which journal file the window works on: the default one, another the user picks, or the
//! demo journal (a separate file, never mixed into the real one).

use crate::error::{IpcError, IpcResult};
use crate::state::{AppState, Slot};
use chrono::NaiveDate;
use serde::Serialize;
use std::path::PathBuf;
use tauri::State;

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct JournalStatus {
    /// The file in use, or the one that was refused.
    pub path: String,
    pub is_default: bool,
    pub is_demo: bool,
    /// The journal could only be opened read-only: it reads, searches and exports, and every
    /// edit is refused.
    pub read_only: bool,
    /// Why the file could not be opened; `None` when it is open or locked.
    pub refused: Option<IpcError>,
    /// The journal is encrypted (open, or waiting to be unlocked).
    pub encrypted: bool,
    /// The journal is encrypted and waits for its passphrase or recovery key (`unlock`).
    pub locked: bool,
    /// What the window says about the journal it started on: the journal opened last is not
    /// there any more, so this one (the default) opened instead. `None` once another opens.
    pub notice: Option<String>,
}

/// The demo journal's file, beside the default journal.
fn demo_path() -> PathBuf {
    twoway_journal::default_data_dir().join("demo.sqlite3")
}

fn status(state: &AppState) -> JournalStatus {
    let default = twoway_journal::default_journal_path();
    let notice = state.notice();
    match &*state.lock() {
        Slot::Open { journal, is_demo } => {
            let path = journal.path().map(PathBuf::from).unwrap_or_default();
            JournalStatus {
                is_default: path == default,
                path: path.display().to_string(),
                is_demo: *is_demo,
                read_only: journal.is_read_only(),
                refused: None,
                encrypted: journal.is_encrypted(),
                locked: false,
                notice,
            }
        }
        Slot::Locked { path, is_demo } => JournalStatus {
            is_default: *path == default,
            path: path.display().to_string(),
            is_demo: *is_demo,
            read_only: false,
            refused: None,
            encrypted: true,
            locked: true,
            notice,
        },
        Slot::Refused { path, error } => JournalStatus {
            is_default: *path == default,
            path: path.display().to_string(),
            is_demo: false,
            read_only: false,
            refused: Some(error.clone()),
            encrypted: false,
            locked: false,
            notice,
        },
    }
}

#[tauri::command(async)]
#[specta::specta]
pub fn journal_status(state: State<'_, AppState>) -> JournalStatus {
    status(&state)
}

/// Opens (or creates) the journal at `path`, and keeps it as the one the next start opens
/// (the demo journal excepted). When it cannot be opened the current journal stays open and
/// the error says why.
#[tauri::command(async)]
#[specta::specta]
pub fn open_journal(state: State<'_, AppState>, path: String) -> IpcResult<JournalStatus> {
    let path = PathBuf::from(path);
    state.switch_to(&path, false)?;
    crate::last_journal::remember(&path, path == demo_path());
    Ok(status(&state))
}

/// Opens the default journal; the next start opens it too.
#[tauri::command(async)]
#[specta::specta]
pub fn open_default_journal(state: State<'_, AppState>) -> IpcResult<JournalStatus> {
    let path = twoway_journal::default_journal_path();
    state.switch_to(&path, false)?;
    crate::last_journal::remember(&path, false);
    Ok(status(&state))
}

/// Opens the demo journal, filling it with the sample story the first time.
#[tauri::command(async)]
#[specta::specta]
pub fn open_demo_journal(state: State<'_, AppState>, today: NaiveDate) -> IpcResult<JournalStatus> {
    state.switch_to(&demo_path(), true)?;
    if matches!(&*state.lock(), Slot::Locked { .. }) {
        // An encrypted demo journal is filled already; the window asks for its passphrase.
        return Ok(status(&state));
    }
    state.with_journal(|journal| {
        // The journal's own rule for "empty", the one `fill_demo` refuses by: a demo file that
        // holds anything at all (a partnership in the trash, say) is opened as it is.
        if journal.read(|tx| tx.is_empty())? {
            twoway_journal::sample::fill_demo(journal, today)?;
        }
        Ok(())
    })?;
    Ok(status(&state))
}
