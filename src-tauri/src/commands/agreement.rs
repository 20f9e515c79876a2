//! The agreement as versions: reading it, adopting the draft or the partner's version, and
//! comparing two texts. `today` is the user's local date.

use crate::error::IpcResult;
use crate::state::AppState;
use chrono::NaiveDate;
use tauri::State;
use twoway_journal::model::{AgreementVersionId, PartnershipId};
use twoway_journal::{Agreement, AgreementComparison};

/// A partnership's agreement: both sides' adopted versions, where it stands, the checklist.
#[tauri::command(async)]
#[specta::specta]
pub fn agreement(
    state: State<'_, AppState>,
    partnership: PartnershipId,
    today: NaiveDate,
) -> IpcResult<Agreement> {
    state.read(|tx| tx.agreement(partnership, today))
}

/// Adopts the working draft as it stands; the agreement as it is then.
#[tauri::command(async)]
#[specta::specta]
pub fn adopt_agreement(
    state: State<'_, AppState>,
    partnership: PartnershipId,
    today: NaiveDate,
) -> IpcResult<Agreement> {
    state.write(|tx| {
        tx.adopt_agreement(partnership, today)?;
        tx.agreement(partnership, today)
    })
}

/// Adopts a version the partner adopted (it becomes the draft too); the agreement as it is then.
#[tauri::command(async)]
#[specta::specta]
pub fn adopt_partner_agreement(
    state: State<'_, AppState>,
    version: AgreementVersionId,
    today: NaiveDate,
) -> IpcResult<Agreement> {
    state.write(|tx| {
        let adopted = tx.adopt_partner_agreement(version, today)?;
        tx.agreement(adopted.fields.partnership_id, today)
    })
}

/// The differences from one text of the agreement to another; no version names the draft.
#[tauri::command(async)]
#[specta::specta]
pub fn compare_agreement(
    state: State<'_, AppState>,
    partnership: PartnershipId,
    from: Option<AgreementVersionId>,
    to: Option<AgreementVersionId>,
) -> IpcResult<AgreementComparison> {
    state.read(|tx| tx.compare_agreement(partnership, from, to))
}
