//! The reminder settings, and how the app runs without its window so that reminders still come.
//! Saving the reminder settings asks the journal at once for what is now due, so a lead time made
//! longer reminds without waiting for the next minute.

use crate::background::{self, BackgroundSettings};
use crate::error::IpcResult;
use crate::state::AppState;
use tauri::{AppHandle, State};
use twoway_journal::model::PartnershipId;
use twoway_journal::reminders::ReminderSettings;

/// What the owner wants to be reminded of, and when not.
#[tauri::command(async)]
#[specta::specta]
pub fn reminder_settings(state: State<'_, AppState>) -> IpcResult<ReminderSettings> {
    state.read(|tx| tx.reminder_settings())
}

/// Saves the reminder settings; returns them as saved.
#[tauri::command(async)]
#[specta::specta]
pub fn set_reminder_settings(
    state: State<'_, AppState>,
    settings: ReminderSettings,
) -> IpcResult<ReminderSettings> {
    let saved = state.write(|tx| tx.set_reminder_settings(&settings))?;
    state.scheduler().poke();
    Ok(saved)
}

/// Sets the lead time before the sessions of `partnership` (`None`: the default again); returns
/// the settings as saved.
#[tauri::command(async)]
#[specta::specta]
pub fn set_session_lead(
    state: State<'_, AppState>,
    partnership: PartnershipId,
    minutes: Option<u32>,
) -> IpcResult<ReminderSettings> {
    let saved = state.write(|tx| tx.set_session_lead(partnership, minutes))?;
    state.scheduler().poke();
    Ok(saved)
}

/// Whether the app keeps running after its window closes, and starts at login.
#[tauri::command(async)]
#[specta::specta]
pub fn background_settings(app: AppHandle) -> BackgroundSettings {
    background::settings(&app)
}

/// Keeps and applies how the app runs without its window; returns what the system now has.
#[tauri::command(async)]
#[specta::specta]
pub fn set_background_settings(
    app: AppHandle,
    settings: BackgroundSettings,
) -> IpcResult<BackgroundSettings> {
    background::apply(&app, settings)
}

/// The window was asked to close: hides it when the app keeps running in the background, and
/// says whether it did (otherwise the window saves and quits as before).
#[tauri::command(async)]
#[specta::specta]
pub fn hide_window(app: AppHandle) -> bool {
    background::hide_window(&app)
}
