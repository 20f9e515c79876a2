//! Keeping what the user wrote: backups and their restore, the version history of long
//! texts, deleting from the trash forever, and the journal's settings.

use crate::error::IpcResult;
use crate::state::AppState;
use tauri::State;
use twoway_journal::backups::BackupFile;
use twoway_journal::history::{DiffPart, Revision};
use twoway_journal::model::Kind;
use twoway_journal::settings::Settings;
use twoway_journal::trash::KindTally;
use uuid::Uuid;

/// The journal's backups, newest first.
#[tauri::command(async)]
#[specta::specta]
pub fn backups(state: State<'_, AppState>) -> IpcResult<Vec<BackupFile>> {
    state.with_journal(|journal| Ok(journal.backups()?))
}

/// Replaces the journal with the backup at `path`, after backing it up; returns where the
/// journal as it was went.
#[tauri::command(async)]
#[specta::specta]
pub fn restore_backup(state: State<'_, AppState>, path: String) -> IpcResult<Option<String>> {
    state.with_journal(|journal| {
        let before = journal.restore_backup(std::path::Path::new(&path))?;
        Ok(before.map(|p| p.display().to_string()))
    })
}

/// The earlier versions of one long text, newest first.
#[tauri::command(async)]
#[specta::specta]
pub fn revisions(
    state: State<'_, AppState>,
    kind: Kind,
    id: Uuid,
    field: String,
) -> IpcResult<Vec<Revision>> {
    state.read(|tx| tx.revisions(kind, id, &field))
}

/// What changed from a version to the current text.
#[tauri::command(async)]
#[specta::specta]
pub fn compare_revision(state: State<'_, AppState>, id: u32) -> IpcResult<Vec<DiffPart>> {
    state.read(|tx| tx.compare_revision(id))
}

/// Puts a version's text back, as an edit.
#[tauri::command(async)]
#[specta::specta]
pub fn restore_revision(state: State<'_, AppState>, id: u32) -> IpcResult<()> {
    state.write(|tx| tx.restore_revision(id))
}

/// What deleting one record of the trash forever takes away.
#[tauri::command(async)]
#[specta::specta]
pub fn delete_forever_plan(
    state: State<'_, AppState>,
    kind: Kind,
    id: Uuid,
) -> IpcResult<Vec<KindTally>> {
    state.read(|tx| tx.delete_forever_plan(kind, id))
}

/// Deletes one record of the trash forever, with what belongs to it.
#[tauri::command(async)]
#[specta::specta]
pub fn delete_forever(
    state: State<'_, AppState>,
    kind: Kind,
    id: Uuid,
) -> IpcResult<Vec<KindTally>> {
    state.write(|tx| tx.delete_forever(kind, id))
}

/// What emptying the trash takes away.
#[tauri::command(async)]
#[specta::specta]
pub fn empty_trash_plan(state: State<'_, AppState>) -> IpcResult<Vec<KindTally>> {
    state.read(|tx| tx.empty_trash_plan())
}

/// Deletes everything in the trash forever.
#[tauri::command(async)]
#[specta::specta]
pub fn empty_trash(state: State<'_, AppState>) -> IpcResult<Vec<KindTally>> {
    state.write(|tx| tx.empty_trash(None))
}

/// The journal's settings.
#[tauri::command(async)]
#[specta::specta]
pub fn settings(state: State<'_, AppState>) -> IpcResult<Settings> {
    state.read(|tx| tx.settings())
}

/// Saves the journal's settings.
#[tauri::command(async)]
#[specta::specta]
pub fn set_settings(state: State<'_, AppState>, settings: Settings) -> IpcResult<Settings> {
    state.write(|tx| tx.set_settings(&settings))
}
