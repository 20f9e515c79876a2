//! The journal's data model: the records of every kind, their typed ids and the closed
//! vocabularies, as plain serde types. [`kinds`] declares the record kinds once; `ids` and
//! `enums` also say how ids and enum values are spelled in SQLite columns.

mod enums;
mod ids;
pub mod kinds;
mod records;

pub use enums::*;
pub use kinds::{
    ActionItem, ActionItemId, AgendaItem, AgendaItemId, AgreementVersion, AgreementVersionId,
    Counts, Feedback, FeedbackId, Goal, GoalCheckIn, GoalCheckInId, GoalId, Kind, Learning,
    LearningId, Partnership, PartnershipId, RecordKind, RecordOfLearning, RecordOfLearningId,
    Records, Session, SessionId, Skill, SkillId, SkillRating, SkillRatingId,
};
pub(crate) use kinds::{dispatch_kind, dispatch_kind_expand, each_kind, each_kind_expand, kinds};
pub use records::*;
