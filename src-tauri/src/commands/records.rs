//! Creating, editing, trashing and restoring records.

use super::create_and_update;
use crate::error::IpcResult;
use crate::state::AppState;
use tauri::State;
use twoway_journal::model::*;
use twoway_journal::{NewSession, trash::TrashedRecord};
use uuid::Uuid;

create_and_update! {
    create_partnership, update_partnership: PartnershipFields => Partnership, PartnershipId;
    create_goal, update_goal: GoalFields => Goal, GoalId;
    create_check_in, update_check_in: GoalCheckInFields => GoalCheckIn, GoalCheckInId;
    create_agenda_item, update_agenda_item: AgendaItemFields => AgendaItem, AgendaItemId;
    create_action_item, update_action_item: ActionItemFields => ActionItem, ActionItemId;
    create_skill, update_skill: SkillFields => Skill, SkillId;
    create_skill_rating, update_skill_rating: SkillRatingFields => SkillRating, SkillRatingId;
    create_learning, update_learning: LearningFields => Learning, LearningId;
    create_feedback, update_feedback: FeedbackFields => Feedback, FeedbackId;
    create_agenda_template, update_agenda_template: AgendaTemplateFields => AgendaTemplate, AgendaTemplateId;
}

/// Creates a session with carry-over from the previous one.
#[tauri::command(async)]
#[specta::specta]
pub fn create_session(state: State<'_, AppState>, fields: SessionFields) -> IpcResult<NewSession> {
    state.write(|tx| tx.create_session(fields))
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_session(
    state: State<'_, AppState>,
    id: SessionId,
    fields: SessionFields,
) -> IpcResult<Session> {
    state.write(|tx| tx.update(id, fields))
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_action_done(
    state: State<'_, AppState>,
    id: ActionItemId,
    done: bool,
) -> IpcResult<ActionItem> {
    state.write(|tx| tx.set_action_done(id, done))
}

#[tauri::command(async)]
#[specta::specta]
pub fn get_profile(state: State<'_, AppState>) -> IpcResult<Profile> {
    state.read(|tx| tx.profile())
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_profile(state: State<'_, AppState>, profile: Profile) -> IpcResult<Profile> {
    state.write(|tx| tx.set_profile(profile))
}

/// Moves any record to the trash (`restore_record` undoes it).
#[tauri::command(async)]
#[specta::specta]
pub fn trash_record(state: State<'_, AppState>, kind: Kind, id: Uuid) -> IpcResult<()> {
    state.write(|tx| tx.trash_record(kind, id))
}

/// Moves several records of one kind to the trash in one write: undoing a step that added
/// them all (a template applied).
#[tauri::command(async)]
#[specta::specta]
pub fn trash_records(state: State<'_, AppState>, kind: Kind, ids: Vec<Uuid>) -> IpcResult<()> {
    state.write(|tx| ids.into_iter().try_for_each(|id| tx.trash_record(kind, id)))
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_record(state: State<'_, AppState>, kind: Kind, id: Uuid) -> IpcResult<()> {
    state.write(|tx| tx.restore_record(kind, id))
}

#[tauri::command(async)]
#[specta::specta]
pub fn trashed(state: State<'_, AppState>) -> IpcResult<Vec<TrashedRecord>> {
    state.read(|tx| tx.trashed())
}
