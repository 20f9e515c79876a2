//! The app's own life: it ends once the window has saved what was typed.

/// Ends the app. The window calls this once every pending edit is written (on a close request,
/// Ctrl+Q, or a signal the shell passed on). `unsaved` is what could not be written: it goes to
/// standard error, so a logout that loses an edit leaves a trace, and the exit code becomes 1.
/// The window's messages name ids and fields, never the text. The window's size and place are
/// kept for the next start.
#[tauri::command(async)]
#[specta::specta]
pub fn quit(app: tauri::AppHandle, unsaved: Vec<String>) {
    for problem in &unsaved {
        eprintln!("twoway: not saved before quitting: {problem}");
    }
    crate::exit(&app, i32::from(!unsaved.is_empty()));
}

/// The app's language as Settings shows it: the choice, and what the system speaks.
#[tauri::command(async)]
#[specta::specta]
pub fn language_choice() -> crate::language::LanguageChoice {
    crate::language::choice()
}

/// Keeps the language for the next starts (`None`: the system's) and puts the menus in it; the
/// window reloads itself in it afterwards.
#[tauri::command(async)]
#[specta::specta]
pub fn choose_language(
    app: tauri::AppHandle,
    language: Option<twoway_journal::language::Language>,
) -> crate::error::IpcResult<crate::language::LanguageChoice> {
    crate::language::choose(&app, language)?;
    Ok(crate::language::choice())
}
