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
    /// The record's UUID v7, made when it was created (on whichever device).
    pub id: I,
    /// What the user edits.
    pub fields: F,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was last changed; the newer side wins a merge.
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
    /// The owner's name, as the partner knows it.
    pub my_name: String,
    /// The owner's role or job title.
    pub my_role: String,
}

/// How often a partnership means to meet: every `every` days, weeks or months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Cadence {
    /// How many units between sessions (at least 1).
    pub every: u32,
    /// Days, weeks or months.
    pub unit: CadenceUnit,
}

/// A mentoring partnership: the partner, what flows each way, the rhythm and the agreement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PartnershipFields {
    /// The partner's name.
    pub partner_name: String,
    /// The partner's role or job title.
    pub partner_role: String,
    /// Topics the owner learns from the partner.
    pub i_learn: Vec<String>,
    /// Topics the owner teaches the partner.
    pub i_teach: Vec<String>,
    /// Active, paused or completed.
    pub status: PartnershipStatus,
    /// The day the partnership began.
    pub started_on: NaiveDate,
    /// The day it is meant to end, if set.
    pub ends_on: Option<NaiveDate>,
    /// How often the pair means to meet, if they agreed a rhythm.
    pub cadence: Option<Cadence>,
    /// Markdown: ground rules, confidentiality, boundaries.
    pub agreement: String,
    /// When the pair means to look at the agreement again.
    pub agreement_revisit_on: Option<NaiveDate>,
}

/// A goal within a partnership.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GoalFields {
    /// The partnership it belongs to.
    pub partnership_id: PartnershipId,
    /// One line naming the goal.
    pub title: String,
    /// Markdown.
    pub description: String,
    /// Whether the owner learns or teaches toward it.
    pub direction: Direction,
    /// Markdown.
    pub success_criteria: String,
    /// The day it is meant to be reached, if set.
    pub target_on: Option<NaiveDate>,
    /// Open, in progress, achieved or dropped.
    pub status: GoalStatus,
    /// 0 to 100; a check-in dated on or after every other one sets it.
    pub progress: u8,
    /// Whether the partner sees it in a shared export.
    pub visibility: Visibility,
}

/// A dated progress check-in on a goal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GoalCheckInFields {
    /// The goal it checks.
    pub goal_id: GoalId,
    /// The day of the check-in.
    pub on: NaiveDate,
    /// 0 to 100.
    pub progress: u8,
    /// Markdown.
    pub note: String,
    /// Whether the partner sees it in a shared export.
    pub visibility: Visibility,
}

/// A mentoring session: when, where, and the notes taken.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SessionFields {
    /// The partnership it belongs to.
    pub partnership_id: PartnershipId,
    /// Local time with the offset it was planned in.
    pub starts_at: DateTime<FixedOffset>,
    /// Planned length in minutes.
    pub duration_minutes: u32,
    /// Planned, held or cancelled.
    pub status: SessionStatus,
    /// One line naming the session.
    pub title: String,
    /// Medium or place: "video call", "café on 3rd floor".
    pub place: String,
    /// Markdown the partner may see.
    pub shared_notes: String,
    /// Markdown that never leaves the machine in a shared export.
    pub private_notes: String,
}

/// One item of a session's agenda.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AgendaItemFields {
    /// The session whose agenda it is on.
    pub session_id: SessionId,
    /// 0-based place in the agenda. On create the item is inserted there (past the end means
    /// appended); on update a new value moves it. The journal keeps positions 0..n without gaps.
    pub position: u32,
    /// What the item is about.
    pub text: String,
    /// Time-box in minutes.
    pub minutes: Option<u32>,
    /// Who brings it.
    pub owner: Party,
    /// Whether the session got to it.
    pub covered: bool,
    /// The uncovered item of an earlier session this one continues.
    pub carried_from: Option<AgendaItemId>,
    /// The goal it works toward, if any.
    pub goal_id: Option<GoalId>,
    /// Whether the partner sees it in a shared export.
    pub visibility: Visibility,
}

/// An action item agreed in a partnership.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ActionItemFields {
    /// The partnership it belongs to.
    pub partnership_id: PartnershipId,
    /// The session the action was agreed in.
    pub session_id: Option<SessionId>,
    /// What is to be done.
    pub text: String,
    /// Who does it.
    pub owner: Party,
    /// The day it is due, if set.
    pub due_on: Option<NaiveDate>,
    /// When it was marked done; open while empty.
    pub done_at: Option<DateTime<Utc>>,
    /// Whether the partner sees it in a shared export.
    pub visibility: Visibility,
}

/// A skill learned or taught.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SkillFields {
    /// The partnership it is worked on in; none for a skill of the owner's own.
    pub partnership_id: Option<PartnershipId>,
    /// One line naming the skill.
    pub name: String,
    /// A free grouping such as "Social media".
    pub category: String,
    /// Whether the owner learns or teaches it.
    pub direction: Direction,
    /// Whether the partner sees it in a shared export.
    pub visibility: Visibility,
}

/// One dated rating of a skill.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SkillRatingFields {
    /// The skill rated.
    pub skill_id: SkillId,
    /// The day of the rating.
    pub on: NaiveDate,
    /// 1 to 5.
    pub level: u8,
    /// Who gave it: the owner about themselves, or the partner.
    pub rater: Party,
    /// Why this level, in the rater's words.
    pub note: String,
    /// Whether the partner sees it in a shared export.
    pub visibility: Visibility,
}

/// A "what I learned / applied" entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LearningFields {
    /// The partnership it came from; set from the session or skill when those are given.
    pub partnership_id: Option<PartnershipId>,
    /// The day it was learned or applied.
    pub on: NaiveDate,
    /// Markdown: what I learned or applied.
    pub text: String,
    /// The skill it is about, if any.
    pub skill_id: Option<SkillId>,
    /// The session it came from, if any.
    pub session_id: Option<SessionId>,
    /// Whether the partner sees it in a shared export.
    pub visibility: Visibility,
    /// Who learned it: the owner, or the partner (a shared learning from their pack).
    pub author: Party,
}

/// Feedback given or received about the mentoring.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FeedbackFields {
    /// The partnership it is about.
    pub partnership_id: PartnershipId,
    /// The session it is about, if any.
    pub session_id: Option<SessionId>,
    /// Who gave it.
    pub author: Party,
    /// The day it was given.
    pub on: NaiveDate,
    /// 1 to 5, when given.
    pub rating: Option<u8>,
    /// Markdown.
    pub went_well: String,
    /// Markdown.
    pub to_improve: String,
    /// Whether the partner sees it in a shared export.
    pub visibility: Visibility,
}

/// A version of a partnership's agreement that one of the two adopted: the text and revisit
/// date as they stood that day. The working draft stays on the partnership; adopting copies it
/// here, and an adopted version never changes afterwards. A version adopted by the partner
/// arrives through their pack (`adopted_by` flipped to `partner`); when it holds the same text
/// and revisit date as one of the owner's, the pair agreed to it both.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AgreementVersionFields {
    /// The partnership whose agreement it is.
    pub partnership_id: PartnershipId,
    /// Markdown: the agreement as adopted.
    pub text: String,
    /// When the pair means to look at this version again.
    pub revisit_on: Option<NaiveDate>,
    /// The day it was adopted.
    pub adopted_on: NaiveDate,
    /// Who adopted it: the owner, or the partner (from their pack).
    pub adopted_by: Party,
}

/// A record of learning kept in the journal (see [`crate::recognition`]): the signed
/// credential, as its JSON text. Signing one here keeps it; a partner's pack brings theirs,
/// and a countersignature adds to the same record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RecordOfLearningFields {
    /// The partnership it records.
    pub partnership_id: PartnershipId,
    /// The credential's own id (`urn:uuid:…`): the same in both journals.
    pub credential_id: String,
    /// The Open Badges credential with its signatures, as JSON.
    pub credential: String,
}
