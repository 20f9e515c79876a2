//! The reminder settings. Saving them asks the journal at once for what is now due, so a lead
//! time made longer reminds without waiting for the next minute.

use crate::error::IpcResult;
use crate::reminders::Scheduler;
use crate::state::AppState;
use tauri::State;
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
    scheduler: State<'_, Scheduler>,
    settings: ReminderSettings,
) -> IpcResult<ReminderSettings> {
    let saved = state.write(|tx| tx.set_reminder_settings(&settings))?;
    scheduler.poke();
    Ok(saved)
}
