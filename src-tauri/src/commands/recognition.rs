//! Records of learning from the window: the draft, signing and countersigning (the journal
//! keeps the record, so it travels in the next pack for the partner; a file too when the user
//! chose one), the records kept, checking a record a partner sent, confirming their key, and
//! the printable certificate. The journal does all of it; these only read and write the
//! chosen files.

use crate::error::IpcResult;
use crate::state::AppState;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::Path;
use tauri::State;
use twoway_journal::files::{Overwrite, read_text, write_atomically};
use twoway_journal::model::PartnershipId;
use twoway_journal::recognition::{
    KeptRecord, KeyInfo, PartnerKey, Period, RecordChoice, RecordDraft, Verification,
    certificate_html,
};

/// A record file as the window shows it: its text (kept to countersign or print it) and what
/// checking its signatures found.
#[derive(Clone, Debug, Serialize, Deserialize, specta::Type)]
pub struct OpenedRecord {
    /// The record's JSON, as read.
    pub json: String,
    /// Who signed it, and whether each signature holds.
    pub verification: Verification,
}

/// Writes `text` to the file the user chose; `replace` once the save dialog has asked.
fn write_chosen(path: &str, text: &str, replace: bool) -> IpcResult<()> {
    Ok(write_atomically(
        Path::new(path),
        text.as_bytes(),
        Overwrite::replacing(replace),
    )?)
}

/// Writes `text` to `path` when the user chose a file as well.
fn write_if_chosen(path: Option<&str>, text: &str, replace: bool) -> IpcResult<()> {
    match path {
        Some(path) => write_chosen(path, text, replace),
        None => Ok(()),
    }
}

/// The records of learning of `partnership` kept in the journal, newest first, each checked.
#[tauri::command(async)]
#[specta::specta]
pub fn records_of_learning(
    state: State<'_, AppState>,
    partnership: PartnershipId,
) -> IpcResult<Vec<KeptRecord>> {
    state.read(|tx| tx.records_of_learning(partnership))
}

/// What a record of `partnership` over `period` could include; nothing private is offered.
#[tauri::command(async)]
#[specta::specta]
pub fn record_draft(
    state: State<'_, AppState>,
    partnership: PartnershipId,
    period: Period,
) -> IpcResult<RecordDraft> {
    state.read(|tx| tx.record_draft(partnership, period))
}

/// This journal's signing key (made on first use) and its fingerprint to read out.
#[tauri::command(async)]
#[specta::specta]
pub fn my_signing_key(state: State<'_, AppState>) -> IpcResult<KeyInfo> {
    state.write(|tx| tx.ensure_my_key())
}

/// The keys confirmed as the partner's in `partnership`.
#[tauri::command(async)]
#[specta::specta]
pub fn partner_keys(
    state: State<'_, AppState>,
    partnership: PartnershipId,
) -> IpcResult<Vec<PartnerKey>> {
    state.read(|tx| tx.partner_keys(partnership))
}

/// Signs a record of `partnership` with what `choice` includes; the journal keeps it, and it
/// is written to `path` too when given (the save dialog has asked before `replace`).
#[tauri::command(async)]
#[specta::specta]
pub fn sign_record(
    state: State<'_, AppState>,
    partnership: PartnershipId,
    choice: RecordChoice,
    path: Option<String>,
    replace: bool,
) -> IpcResult<()> {
    let signed = state.write(|tx| tx.sign_record(partnership, &choice))?;
    write_if_chosen(path.as_deref(), &signed.json, replace)
}

/// Reads the record at `path` and checks its signatures.
#[tauri::command(async)]
#[specta::specta]
pub fn open_record(state: State<'_, AppState>, path: String) -> IpcResult<OpenedRecord> {
    let json = read_text(Path::new(&path))?;
    let verification = state.read(|tx| tx.verify_record(&json))?;
    Ok(OpenedRecord { json, verification })
}

/// Confirms the key that signed `record` as the partner's in `partnership`, after the owner
/// compared its fingerprint with the one the partner read out; gives the record checked again.
#[tauri::command(async)]
#[specta::specta]
pub fn confirm_record_key(
    state: State<'_, AppState>,
    partnership: PartnershipId,
    record: String,
    today: NaiveDate,
) -> IpcResult<Verification> {
    state.write(|tx| {
        tx.confirm_key_from_record(partnership, &record, today)?;
        tx.verify_record(&record)
    })
}

/// Countersigns `record`, which the partner of `partnership` signed; the journal keeps the
/// record with both signatures, and writes it to `path` too when given.
#[tauri::command(async)]
#[specta::specta]
pub fn countersign_record(
    state: State<'_, AppState>,
    partnership: PartnershipId,
    record: String,
    statement: String,
    path: Option<String>,
    replace: bool,
) -> IpcResult<()> {
    let signed = state.write(|tx| tx.countersign_record(partnership, &record, &statement))?;
    write_if_chosen(path.as_deref(), &signed.json, replace)
}

/// Writes the printable certificate of `record` (all of its signatures valid) to `path`.
#[tauri::command(async)]
#[specta::specta]
pub fn save_certificate(
    state: State<'_, AppState>,
    record: String,
    path: String,
    replace: bool,
) -> IpcResult<()> {
    let verification = state.read(|tx| tx.verify_record(&record))?;
    write_chosen(&path, &certificate_html(&record, &verification)?, replace)
}
