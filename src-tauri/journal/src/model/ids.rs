//! Typed record ids. Every id is a UUID v7 stored as text: unique across journals (so two
//! partners' packs merge without clashes) and ordered by creation time. One newtype per entity
//! so a goal id can never be passed where a session id is expected.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! define_ids {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> Self {
                Self(id)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.0.to_string()))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                Uuid::parse_str(text).map(Self).map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }
    )*};
}

define_ids!(
    /// A mentoring partnership.
    PartnershipId,
    /// A goal within a partnership.
    GoalId,
    /// A dated progress check-in on a goal.
    GoalCheckInId,
    /// A mentoring session.
    SessionId,
    /// One item of a session's agenda.
    AgendaItemId,
    /// An action item agreed in a partnership.
    ActionItemId,
    /// A skill learned or taught.
    SkillId,
    /// One dated rating of a skill.
    SkillRatingId,
    /// A "what I learned / applied" entry.
    LearningId,
    /// A feedback entry, given or received.
    FeedbackId,
);
