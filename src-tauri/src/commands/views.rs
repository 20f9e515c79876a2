//! What the views read: lists, summaries, search and rendered Markdown.

use crate::error::IpcResult;
use crate::state::AppState;
use chrono::NaiveDate;
use tauri::State;
use twoway_journal::model::*;
use twoway_journal::rhythm::SessionProposal;
use twoway_journal::search::SearchHit;
use twoway_journal::summary::PartnershipSummary;
use twoway_journal::{SessionPlan, SkillGrowth};

/// `today` is the user's local date: the window knows the time zone, the journal does not.
#[tauri::command(async)]
#[specta::specta]
pub fn partnership_summaries(
    state: State<'_, AppState>,
    today: NaiveDate,
) -> IpcResult<Vec<PartnershipSummary>> {
    state.read(|tx| tx.partnership_summaries(today))
}

#[tauri::command(async)]
#[specta::specta]
pub fn partnership_summary(
    state: State<'_, AppState>,
    id: PartnershipId,
    today: NaiveDate,
) -> IpcResult<PartnershipSummary> {
    state.read(|tx| tx.partnership_summary(id, today))
}

#[tauri::command(async)]
#[specta::specta]
pub fn get_partnership(state: State<'_, AppState>, id: PartnershipId) -> IpcResult<Partnership> {
    state.read(|tx| tx.get(id))
}

#[tauri::command(async)]
#[specta::specta]
pub fn goals(state: State<'_, AppState>, partnership: PartnershipId) -> IpcResult<Vec<Goal>> {
    state.read(|tx| tx.goals(partnership))
}

#[tauri::command(async)]
#[specta::specta]
pub fn check_ins(state: State<'_, AppState>, goal: GoalId) -> IpcResult<Vec<GoalCheckIn>> {
    state.read(|tx| tx.check_ins(goal))
}

#[tauri::command(async)]
#[specta::specta]
pub fn sessions(state: State<'_, AppState>, partnership: PartnershipId) -> IpcResult<Vec<Session>> {
    state.read(|tx| tx.sessions(partnership))
}

/// What "Plan the next session" starts from; `today` is the user's local date.
#[tauri::command(async)]
#[specta::specta]
pub fn propose_session(
    state: State<'_, AppState>,
    partnership: PartnershipId,
    today: NaiveDate,
) -> IpcResult<SessionProposal> {
    state.read(|tx| tx.propose_session(partnership, today))
}

#[tauri::command(async)]
#[specta::specta]
pub fn session_plan(state: State<'_, AppState>, id: SessionId) -> IpcResult<SessionPlan> {
    state.read(|tx| tx.session_plan(id))
}

#[tauri::command(async)]
#[specta::specta]
pub fn actions(
    state: State<'_, AppState>,
    partnership: PartnershipId,
) -> IpcResult<Vec<ActionItem>> {
    state.read(|tx| tx.actions(partnership))
}

#[tauri::command(async)]
#[specta::specta]
pub fn skills_growth(
    state: State<'_, AppState>,
    partnership: Option<PartnershipId>,
) -> IpcResult<Vec<SkillGrowth>> {
    state.read(|tx| tx.skills_growth(partnership))
}

#[tauri::command(async)]
#[specta::specta]
pub fn learnings(
    state: State<'_, AppState>,
    partnership: Option<PartnershipId>,
) -> IpcResult<Vec<Learning>> {
    state.read(|tx| tx.learnings(partnership))
}

#[tauri::command(async)]
#[specta::specta]
pub fn learnings_for_skill(state: State<'_, AppState>, skill: SkillId) -> IpcResult<Vec<Learning>> {
    state.read(|tx| tx.learnings_for_skill(skill))
}

#[tauri::command(async)]
#[specta::specta]
pub fn learnings_for_session(
    state: State<'_, AppState>,
    session: SessionId,
) -> IpcResult<Vec<Learning>> {
    state.read(|tx| tx.learnings_for_session(session))
}

#[tauri::command(async)]
#[specta::specta]
pub fn feedback(
    state: State<'_, AppState>,
    partnership: PartnershipId,
) -> IpcResult<Vec<Feedback>> {
    state.read(|tx| tx.feedback(partnership))
}

#[tauri::command(async)]
#[specta::specta]
pub fn feedback_for_session(
    state: State<'_, AppState>,
    session: SessionId,
) -> IpcResult<Vec<Feedback>> {
    state.read(|tx| tx.feedback_for_session(session))
}

#[tauri::command(async)]
#[specta::specta]
pub fn search(
    state: State<'_, AppState>,
    query: String,
    partnership: Option<PartnershipId>,
    limit: u32,
) -> IpcResult<Vec<SearchHit>> {
    state.read(|tx| tx.search(&query, partnership, limit))
}

/// Markdown to sanitized HTML: the only way Markdown reaches the page.
#[tauri::command(async)]
#[specta::specta]
pub fn render_markdown(text: String) -> String {
    twoway_journal::render::render_markdown(&text)
}
