//! Exports and imports from the window: what an export will hold, writing it where the user
//! chose in the system's save dialog, and a pack's import planned before it is applied.

use crate::error::IpcResult;
use crate::opened_pack::OpenedPacks;
use crate::state::AppState;
use std::path::{Path, PathBuf};
use tauri::State;
use tauri::ipc::Channel;
use twoway_journal::Journal;
use twoway_journal::export::json::Pack;
use twoway_journal::export::{self, Audience, ExportPreview, Format, Scope, Written};
use twoway_journal::files::Overwrite;
use twoway_journal::import::{self, ImportOptions, ImportPlan, ImportProgress, OnProgress};
use twoway_journal::programme::{ReportChoices, ReportOptions, ReportPreview};

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

/// What importing the pack at `path` would do, without changing the journal; `progress`
/// hears how far the merge has come, and [`stop_import`] stops it.
#[tauri::command(async)]
#[specta::specta]
pub fn plan_import(
    state: State<'_, AppState>,
    path: String,
    options: ImportOptions,
    progress: Channel<ImportProgress>,
) -> IpcResult<ImportPlan> {
    run_import(&state, &path, &progress, |journal, pack, on_progress| {
        import::plan_with_progress(journal, pack, &options, on_progress)
    })
}

/// Imports the pack at `path` in one transaction: all of it, or nothing when it is refused or
/// stopped; `progress` as for [`plan_import`].
#[tauri::command(async)]
#[specta::specta]
pub fn import_pack(
    state: State<'_, AppState>,
    path: String,
    options: ImportOptions,
    progress: Channel<ImportProgress>,
) -> IpcResult<ImportPlan> {
    run_import(&state, &path, &progress, |journal, pack, on_progress| {
        import::import_with_progress(journal, pack, &options, on_progress)
    })
}

/// Runs `work` (an import or its plan) on the pack at `path` and the open journal, sending each
/// step to the window on `progress` and stoppable by [`stop_import`]. The stop is armed once
/// the journal is this import's: a stop meant for the one before (a plan the window gave up
/// on) cannot stop this one. A window that stopped listening does not stop it.
fn run_import(
    state: &AppState,
    path: &str,
    progress: &Channel<ImportProgress>,
    work: impl FnOnce(&mut Journal, &Pack, OnProgress<'_>) -> twoway_journal::Result<ImportPlan>,
) -> IpcResult<ImportPlan> {
    let pack = import::read_pack_file(Path::new(path))?;
    let tell = |step| {
        let _ = progress.send(step);
    };
    state.with_journal(|journal| {
        state.stoppable_import(tell, |on_progress| Ok(work(journal, &pack, on_progress)?))
    })
}

/// Stops the import or plan that runs (the window's "Stop"); it ends having changed nothing.
#[tauri::command]
#[specta::specta]
pub fn stop_import(state: State<'_, AppState>) {
    state.stop_import();
}

/// The next pack the system asked Twoway to open (a double-click on a `.twowaypack` file), for
/// the window's import dialog; `None` when no pack waits. Each pack is handed out once.
#[tauri::command(async)]
#[specta::specta]
pub fn take_opened_pack(packs: State<'_, OpenedPacks>) -> Option<String> {
    packs.take().map(|path| path.to_string_lossy().into_owned())
}

/// What a programme report is made from: the owner's skill categories (with a proposed
/// programme category each) and the programme's fixed list.
#[tauri::command(async)]
#[specta::specta]
pub fn report_choices(state: State<'_, AppState>) -> IpcResult<ReportChoices> {
    state.read(|tx| tx.report_choices())
}

/// The programme report `options` make, as of `today` (the user's local date), with the
/// partnership of each pair, for the window to show before it is saved. A partnership
/// reported for the first time gets its pair code here.
#[tauri::command(async)]
#[specta::specta]
pub fn programme_report(
    state: State<'_, AppState>,
    options: ReportOptions,
    today: chrono::NaiveDate,
) -> IpcResult<ReportPreview> {
    state.write(|tx| tx.programme_report_preview(&options, today))
}

/// Writes the programme report to `path`, the file the user chose; an existing file is
/// replaced only with `replace` (the save dialog has asked).
#[tauri::command(async)]
#[specta::specta]
pub fn save_programme_report(
    state: State<'_, AppState>,
    options: ReportOptions,
    today: chrono::NaiveDate,
    path: String,
    replace: bool,
) -> IpcResult<()> {
    let report = state.write(|tx| tx.programme_report(&options, today))?;
    Ok(twoway_journal::files::write_atomically(
        Path::new(&path),
        report.to_json().as_bytes(),
        Overwrite::replacing(replace),
    )?)
}
