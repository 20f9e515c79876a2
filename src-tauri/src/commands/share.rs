//! Exports and imports from the window: what an export will hold, writing it where the user
//! chose in the system's save dialog, and a pack's import planned before it is applied.

use crate::error::IpcResult;
use crate::state::AppState;
use std::path::{Path, PathBuf};
use tauri::State;
use twoway_journal::export::{self, Audience, ExportPreview, Format, Scope, Written};
use twoway_journal::files::Overwrite;
use twoway_journal::import::{self, ImportOptions, ImportPlan};

/// What an export of `scope` for `audience` in `format` holds and what it leaves out.
#[tauri::command(async)]
#[specta::specta]
pub fn export_preview(
    state: State<'_, AppState>,
    scope: Scope,
    audience: Audience,
    format: Format,
) -> IpcResult<ExportPreview> {
    state.read(|tx| tx.export_preview(scope, audience, format))
}

/// The export of `scope` for `audience` as one Markdown document, for the window to show
/// exactly what leaves before anything is saved; nothing is written.
#[tauri::command(async)]
#[specta::specta]
pub fn export_markdown(
    state: State<'_, AppState>,
    scope: Scope,
    audience: Audience,
) -> IpcResult<String> {
    state.with_journal(|journal| {
        let rendered = export::render(
            journal,
            Format::Markdown,
            scope,
            audience,
            chrono::Utc::now(),
        )?;
        Ok(rendered.into_text())
    })
}

/// The name the save dialog suggests for an export.
#[tauri::command(async)]
#[specta::specta]
pub fn export_file_name(
    state: State<'_, AppState>,
    scope: Scope,
    format: Format,
) -> IpcResult<String> {
    state.read(|tx| tx.export_file_name(scope, format))
}

/// Writes the export to `path`, the file or folder the user chose. An existing file is
/// replaced only with `replace` (the system's save dialog has asked); otherwise it is an
/// `Exists` error and nothing is written.
#[tauri::command(async)]
#[specta::specta]
pub fn export_to(
    state: State<'_, AppState>,
    format: Format,
    scope: Scope,
    audience: Audience,
    path: String,
    replace: bool,
) -> IpcResult<Written> {
    // Written outside the journal's lock; the journal's folder keeps a note of the write.
    let (rendered, journal_folder) = state.with_journal(|journal| {
        let rendered = export::render(journal, format, scope, audience, chrono::Utc::now())?;
        Ok((rendered, journal.folder().map(Path::to_owned)))
    })?;
    Ok(rendered.write_to(
        &PathBuf::from(path),
        Overwrite::replacing(replace),
        journal_folder.as_deref(),
    )?)
}

/// What importing the pack at `path` would do; nothing is written.
#[tauri::command(async)]
#[specta::specta]
pub fn plan_import(
    state: State<'_, AppState>,
    path: String,
    options: ImportOptions,
) -> IpcResult<ImportPlan> {
    let pack = import::read_pack_file(Path::new(&path))?;
    state.with_journal(|journal| Ok(import::plan(journal, &pack, &options)?))
}

/// Imports the pack at `path` in one transaction: all of it, or nothing when it is refused.
#[tauri::command(async)]
#[specta::specta]
pub fn import_pack(
    state: State<'_, AppState>,
    path: String,
    options: ImportOptions,
) -> IpcResult<ImportPlan> {
    let pack = import::read_pack_file(Path::new(&path))?;
    state.with_journal(|journal| Ok(import::import(journal, &pack, &options)?))
}
