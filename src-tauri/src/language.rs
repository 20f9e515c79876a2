//! The app's language: the one the user chose in Settings, kept in `language.json` in the data
//! folder (an app-level file like `last-journal.json`, read before the window is made), else
//! the system's (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, the order GTK and WebKit read
//! them in), else English.
//!
//! It is set once at start for the menus, reminders, exports and error messages
//! ([`twoway_journal::language::set_current`]), and handed to the page before its first line
//! runs (an initialisation script), so the first frame is already in it. A new choice rebuilds
//! the menu bar and the tray menu; the window then reloads itself in the new language.

use crate::error::IpcResult;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime};
use twoway_journal::language::{self, Language};

const FILE_NAME: &str = "language.json";

/// What `language.json` holds; no file, or `null`, means "the system's".
#[derive(Serialize, Deserialize, Default)]
struct Saved {
    language: Option<Language>,
}

/// The language the user chose, if they chose one.
pub fn chosen() -> Option<Language> {
    crate::app_file::read::<Saved>(FILE_NAME).and_then(|saved| saved.language)
}

/// The system's language, as the environment names it, when Twoway speaks it.
pub fn system() -> Language {
    let wanted = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .filter(|value| !value.is_empty());
    let tags: Vec<String> = wanted
        .flat_map(|value| value.split(':').map(str::to_owned).collect::<Vec<_>>())
        .collect();
    Language::first_spoken(tags.iter().map(String::as_str))
}

/// The app's language: the chosen one, else the system's.
pub fn resolved() -> Language {
    chosen().unwrap_or_else(system)
}

/// The language as Settings shows it: what was chosen, what the system speaks, what is in use.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct LanguageChoice {
    /// The user's choice; `None` follows the system.
    pub chosen: Option<Language>,
    /// What following the system gives.
    pub system: Language,
}

pub fn choice() -> LanguageChoice {
    LanguageChoice {
        chosen: chosen(),
        system: system(),
    }
}

/// Keeps `chosen` (`None`: follow the system) for the next starts, makes it the app's language
/// now and rebuilds the menus in it. The window reloads itself afterwards.
pub fn choose<R: Runtime>(app: &AppHandle<R>, chosen: Option<Language>) -> IpcResult<()> {
    crate::app_file::keep(FILE_NAME, &Saved { language: chosen })?;
    language::set_current(chosen.unwrap_or_else(system));
    crate::menu::rebuild(app);
    crate::background::rebuild_tray_menu(app);
    Ok(())
}

/// Sets the app's language for this run and returns the page's initialisation script, which
/// tells the window the same before its code runs.
pub fn start() -> String {
    let current = resolved();
    language::set_current(current);
    format!(
        "window.__TWOWAY_LANGUAGE__ = {};",
        serde_json::to_string(current.tag()).unwrap_or_else(|_| "\"en\"".into())
    )
}

/// The plugin that hands the page its language.
pub fn plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri::plugin::Builder::new("twoway-language")
        .js_init_script(start())
        .build()
}
