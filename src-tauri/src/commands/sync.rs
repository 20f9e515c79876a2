//! Device sync: how it stands, turning it on with a folder or off, and syncing now; and the
//! partner exchange through a folder both partners reach.

use crate::error::IpcResult;
use crate::state::AppState;
use tauri::{AppHandle, State};
use twoway_journal::encryption::Secret;
use twoway_journal::exchange::ExchangeReport;
use twoway_journal::model::PartnershipId;
use twoway_journal::sync::{SyncReport, SyncStatus};

/// How sync stands (`None`: off), and this computer's name for a first start.
#[derive(serde::Serialize, specta::Type)]
pub struct SyncSetup {
    /// Sync as the journal has it; `None` while it is off.
    pub status: Option<SyncStatus>,
    /// The name this computer would go by.
    pub computer_name: String,
    /// Whether the journal is encrypted (its change files are sealed).
    pub encrypted: bool,
}

/// How sync stands.
#[tauri::command(async)]
#[specta::specta]
pub fn sync_setup(state: State<'_, AppState>) -> IpcResult<SyncSetup> {
    state.on_journal(|journal| {
        Ok(SyncSetup {
            status: journal.sync_status()?,
            computer_name: crate::sync::this_computer_name(),
            encrypted: journal.is_encrypted(),
        })
    })
}

/// Turns sync on with `folder` (or moves it there), this device going by `device_name`;
/// `passphrase` joins a folder of encrypted journals sealed by another one. Syncs at once.
#[tauri::command(async)]
#[specta::specta]
pub fn start_sync(
    state: State<'_, AppState>,
    folder: String,
    device_name: String,
    passphrase: Option<String>,
) -> IpcResult<SyncStatus> {
    let secret = passphrase.map(Secret::passphrase);
    let status = state.on_journal(|journal| {
        Ok(journal.start_sync(folder.as_ref(), &device_name, secret.as_ref())?)
    })?;
    state.sync().now();
    Ok(status)
}

/// Turns sync off; the folder is left as it is.
#[tauri::command(async)]
#[specta::specta]
pub fn stop_sync(state: State<'_, AppState>) -> IpcResult<()> {
    state.on_journal(|journal| Ok(journal.stop_sync()?))?;
    state.sync().now();
    Ok(())
}

/// Syncs now and says what it did.
#[tauri::command(async)]
#[specta::specta]
pub fn sync_now(app: AppHandle, state: State<'_, AppState>) -> IpcResult<SyncReport> {
    let report = state.on_journal(|journal| Ok(journal.sync()?))?;
    crate::sync::tell(&app, &report);
    Ok(report)
}

/// The folder a partnership exchanges its shared packs through, if any.
#[tauri::command(async)]
#[specta::specta]
pub fn partner_folder(
    state: State<'_, AppState>,
    partnership: PartnershipId,
) -> IpcResult<Option<String>> {
    state.on_journal(|journal| {
        Ok(journal
            .partner_folder(partnership)?
            .map(|folder| folder.to_string_lossy().into_owned()))
    })
}

/// Links a partnership to `folder`, or unlinks it with `None`; a link exchanges at once.
#[tauri::command(async)]
#[specta::specta]
pub fn link_partner_folder(
    state: State<'_, AppState>,
    partnership: PartnershipId,
    folder: Option<String>,
) -> IpcResult<()> {
    state.on_journal(|journal| {
        Ok(
            journal
                .link_partner_folder(partnership, folder.as_deref().map(std::path::Path::new))?,
        )
    })?;
    state.sync().now();
    Ok(())
}

/// Exchanges with the partner's folder now and says what it did.
#[tauri::command(async)]
#[specta::specta]
pub fn exchange_now(
    state: State<'_, AppState>,
    partnership: PartnershipId,
) -> IpcResult<ExchangeReport> {
    state.with_journal(|journal| Ok(journal.exchange_with_partner(partnership)?))
}
