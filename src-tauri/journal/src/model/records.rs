//! The records of the journal. Each entity is a `Record<Id, Fields>`: the editable `fields` the
//! user (or an import) supplies, wrapped with the id and timestamps the journal owns. Updates send
//! a whole `Fields` value back, which keeps autosave simple: the UI edits `record.fields` and
//! hands it to `update`.

use super::enums::{
    CadenceUnit, Direction, GoalStatus, PartnershipStatus, Party, SessionStatus, Visibility,
};
use super::kinds::{AgendaItemId, GoalId, PartnershipId, SessionId, SkillId};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A stored record: what the user edits (`fields`) and what the journal stamps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
// TypeScript has a built-in `Record`: the bindings call this one `Stored`. (A struct's name
// never appears in its JSON, so the rename changes nothing else.)
#[serde(rename = "Stored")]
pub struct Record<I, F> {
    pub id: I,
    pub fields: F,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Set while the record is in the trash; a merge also learns deletions from it.
    pub deleted_at: Option<DateTime<Utc>>,
}

impl<I, F> Record<I, F> {
    /// Whether the record is in the trash.
    pub fn is_trashed(&self) -> bool {
        self.deleted_at.is_some()
    }
}

/// The one-row profile of the journal's owner.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Profile {
    pub my_name: String,
    pub my_role: String,
}

/// How often a partnership means to meet: every `every` days, weeks or months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Cadence {
    pub every: u32,
    pub unit: CadenceUnit,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PartnershipFields {
    pub partner_name: String,
    pub partner_role: String,
    /// Topics the owner learns from the partner.
    pub i_learn: Vec<String>,
    /// Topics the owner teaches the partner.
    pub i_teach: Vec<String>,
    pub status: PartnershipStatus,
    pub started_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub cadence: Option<Cadence>,
    /// Markdown: ground rules, confidentiality, boundaries.
    pub agreement: String,
    pub agreement_revisit_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GoalFields {
    pub partnership_id: PartnershipId,
    pub title: String,
    /// Markdown.
    pub description: String,
    pub direction: Direction,
    /// Markdown.
    pub success_criteria: String,
    pub target_on: Option<NaiveDate>,
    pub status: GoalStatus,
    /// 0 to 100; a check-in dated on or after every other one sets it.
    pub progress: u8,
    pub visibility: Visibility,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GoalCheckInFields {
    pub goal_id: GoalId,
    pub on: NaiveDate,
    /// 0 to 100.
    pub progress: u8,
    /// Markdown.
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SessionFields {
    pub partnership_id: PartnershipId,
    /// Local time with the offset it was planned in.
    pub starts_at: DateTime<FixedOffset>,
    pub duration_minutes: u32,
    pub status: SessionStatus,
    pub title: String,
    /// Medium or place: "video call", "café on 3rd floor".
    pub place: String,
    /// Markdown the partner may see.
    pub shared_notes: String,
    /// Markdown that never leaves the machine in a shared export.
    pub private_notes: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AgendaItemFields {
    pub session_id: SessionId,
    /// 0-based place in the agenda. On create the item is inserted there (past the end means
    /// appended); on update a new value moves it. The journal keeps positions 0..n without gaps.
    pub position: u32,
    pub text: String,
    /// Time-box in minutes.
    pub minutes: Option<u32>,
    pub owner: Party,
    pub covered: bool,
    /// The uncovered item of an earlier session this one continues.
    pub carried_from: Option<AgendaItemId>,
    pub goal_id: Option<GoalId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ActionItemFields {
    pub partnership_id: PartnershipId,
    /// The session the action was agreed in.
    pub session_id: Option<SessionId>,
    pub text: String,
    pub owner: Party,
    pub due_on: Option<NaiveDate>,
    pub done_at: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SkillFields {
    pub partnership_id: Option<PartnershipId>,
    pub name: String,
    pub category: String,
    pub direction: Direction,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SkillRatingFields {
    pub skill_id: SkillId,
    pub on: NaiveDate,
    /// 1 to 5.
    pub level: u8,
    pub rater: Party,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LearningFields {
    /// The partnership it came from; set from the session or skill when those are given.
    pub partnership_id: Option<PartnershipId>,
    pub on: NaiveDate,
    /// Markdown: what I learned or applied.
    pub text: String,
    pub skill_id: Option<SkillId>,
    pub session_id: Option<SessionId>,
    pub visibility: Visibility,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FeedbackFields {
    pub partnership_id: PartnershipId,
    pub session_id: Option<SessionId>,
    pub author: Party,
    pub on: NaiveDate,
    /// 1 to 5, when given.
    pub rating: Option<u8>,
    /// Markdown.
    pub went_well: String,
    /// Markdown.
    pub to_improve: String,
    pub visibility: Visibility,
}
