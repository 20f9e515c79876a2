//! Agenda templates: the list to choose from, what applying one adds (preview and apply), a
//! session's agenda as a new template, and the problems of a template being edited.

use crate::error::{IpcError, IpcResult};
use crate::state::AppState;
use tauri::State;
use twoway_journal::model::*;
use twoway_journal::templates::{AgendaTemplates, TemplateChoice};

#[tauri::command(async)]
#[specta::specta]
pub fn agenda_templates(state: State<'_, AppState>) -> IpcResult<AgendaTemplates> {
    state.read(|tx| tx.agenda_templates())
}

/// The items `template` would add to `session`, every name filled in.
#[tauri::command(async)]
#[specta::specta]
pub fn template_preview(
    state: State<'_, AppState>,
    session: SessionId,
    template: TemplateChoice,
) -> IpcResult<Vec<TemplateItem>> {
    state.read(|tx| tx.filled_template(session, &template))
}

/// Adds the items of `template` after the session's agenda; returns those added.
#[tauri::command(async)]
#[specta::specta]
pub fn apply_template(
    state: State<'_, AppState>,
    session: SessionId,
    template: TemplateChoice,
) -> IpcResult<Vec<AgendaItem>> {
    state.write(|tx| tx.apply_template(session, &template))
}

/// A session's agenda as a template of one's own, not saved yet.
#[tauri::command(async)]
#[specta::specta]
pub fn agenda_as_template(
    state: State<'_, AppState>,
    session: SessionId,
) -> IpcResult<AgendaTemplateFields> {
    state.read(|tx| tx.agenda_as_template(session))
}

/// Every problem of a template being edited, each as the error saving it would give (an
/// unknown name names `items[N].title`); empty when it may be saved. No journal needed.
#[tauri::command(async)]
#[specta::specta]
pub fn agenda_template_problems(fields: AgendaTemplateFields) -> Vec<IpcError> {
    twoway_journal::templates::problems(&fields)
        .into_iter()
        .map(IpcError::from)
        .collect()
}
