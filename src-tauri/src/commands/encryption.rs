//! Encryption at rest from the window: unlocking an encrypted journal, turning encryption on
//! and off, changing the passphrase. Secrets arrive as arguments and go straight to the
//! journal; they are never logged and no error message holds one.

use crate::error::IpcResult;
use crate::state::AppState;
use serde::{Deserialize, Serialize};
use tauri::State;
use twoway_journal::encryption::Secret;

/// What the user typed to unlock the journal: its passphrase or its recovery key.
#[derive(Clone, Deserialize, Serialize, specta::Type)]
#[serde(tag = "kind", content = "text", rename_all = "snake_case")]
pub enum SecretInput {
    Passphrase(String),
    RecoveryKey(String),
}

impl std::fmt::Debug for SecretInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret itself.
        f.write_str(match self {
            SecretInput::Passphrase(_) => "SecretInput::Passphrase(…)",
            SecretInput::RecoveryKey(_) => "SecretInput::RecoveryKey(…)",
        })
    }
}

impl From<SecretInput> for Secret {
    fn from(input: SecretInput) -> Self {
        match input {
            SecretInput::Passphrase(text) => Secret::passphrase(text),
            SecretInput::RecoveryKey(text) => Secret::recovery_key(text),
        }
    }
}

/// What turning encryption on did: the recovery key, shown this once, and how many plain
/// backups were replaced by encrypted ones.
#[derive(Clone, Serialize, specta::Type)]
pub struct EncryptedJournal {
    pub recovery_key: String,
    pub backups_converted: u32,
}

impl std::fmt::Debug for EncryptedJournal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EncryptedJournal")
            .field("backups_converted", &self.backups_converted)
            .finish_non_exhaustive()
    }
}

/// Opens the encrypted journal the window is waiting on; a wrong secret is `WrongSecret` and
/// the journal stays locked.
#[tauri::command(async)]
#[specta::specta]
pub fn unlock(state: State<'_, AppState>, secret: SecretInput) -> IpcResult<()> {
    state.unlock(&secret.into())
}

/// Locks the open encrypted journal (after the idle time the user chose, or when asked): it
/// closes and waits for its passphrase again. Returns whether it was locked; a plain journal
/// stays open.
#[tauri::command(async)]
#[specta::specta]
pub fn lock_journal(state: State<'_, AppState>) -> bool {
    state.lock_now()
}

/// Encrypts the open journal and its backups under `passphrase` (at least 10 characters).
#[tauri::command(async)]
#[specta::specta]
pub fn encrypt_journal(
    state: State<'_, AppState>,
    passphrase: String,
) -> IpcResult<EncryptedJournal> {
    state.with_journal(|journal| {
        let done = journal.encrypt(&passphrase)?;
        Ok(EncryptedJournal {
            recovery_key: done.recovery_key.as_str().to_owned(),
            backups_converted: done.backups_converted,
        })
    })
}

/// Turns encryption off once `secret` confirms it; the backups become plain too. Returns how
/// many backups were converted.
#[tauri::command(async)]
#[specta::specta]
pub fn decrypt_journal(state: State<'_, AppState>, secret: SecretInput) -> IpcResult<u32> {
    state.with_journal(|journal| Ok(journal.decrypt(&secret.into())?))
}

/// Seals the journal's key under `new_passphrase` once `current` opens it; the recovery key
/// stays the same.
#[tauri::command(async)]
#[specta::specta]
pub fn change_passphrase(
    state: State<'_, AppState>,
    current: SecretInput,
    new_passphrase: String,
) -> IpcResult<()> {
    state.with_journal(|journal| Ok(journal.change_passphrase(&current.into(), &new_passphrase)?))
}
