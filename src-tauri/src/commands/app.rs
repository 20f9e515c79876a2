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
