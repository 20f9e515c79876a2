//! The closed vocabularies of the journal. Each is stored as its lower-case `snake_case` name,
//! the same string serde uses, so the database, the JSON pack and the UI agree on one spelling.

macro_rules! define_enums {
    ($($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? })*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored and serialized spelling.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the stored spelling.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                $name::parse(text).ok_or_else(|| rusqlite::types::FromSqlError::Other(
                    format!("unknown {} value {text:?}", stringify!($name)).into(),
                ))
            }
        }
    )*};
}
pub(crate) use define_enums;

define_enums! {
    /// Which way knowledge flows, seen from the journal's owner.
    Direction {
        /// The owner learns it.
        Learn = "learn",
        /// The owner teaches it.
        Teach = "teach",
    }

    /// Who may see a record: `Shared` content goes into exports for the partner, `Private`
    /// content never leaves the machine unless the owner exports for themselves.
    Visibility {
        /// Only the journal's owner sees it.
        Private = "private",
        /// It goes to the partner in a shared export.
        Shared = "shared",
    }

    /// One of the two people in a partnership, relative to the journal's owner. Importing the
    /// partner's pack flips it.
    Party {
        /// The journal's owner.
        Me = "me",
        /// The other person in the partnership.
        Partner = "partner",
    }

    /// Where a partnership stands.
    PartnershipStatus {
        /// Meeting now.
        Active = "active",
        /// On hold for now.
        Paused = "paused",
        /// Finished.
        Completed = "completed",
    }

    /// Where a goal stands.
    GoalStatus {
        /// Set, not yet started.
        Open = "open",
        /// Being worked on.
        InProgress = "in_progress",
        /// Reached.
        Achieved = "achieved",
        /// Given up on purpose.
        Dropped = "dropped",
    }

    /// Where a session stands.
    SessionStatus {
        /// Still to come.
        Planned = "planned",
        /// It took place.
        Held = "held",
        /// Called off.
        Cancelled = "cancelled",
    }

    /// The unit of a partnership's meeting cadence.
    CadenceUnit {
        /// Every so many days.
        Day = "day",
        /// Every so many weeks.
        Week = "week",
        /// Every so many months (clamped to the month's last day).
        Month = "month",
    }
}

impl Direction {
    /// The same flow seen from the partner's side.
    pub fn flipped(self) -> Self {
        match self {
            Direction::Learn => Direction::Teach,
            Direction::Teach => Direction::Learn,
        }
    }
}

impl Party {
    /// The same person named from the partner's side.
    pub fn flipped(self) -> Self {
        match self {
            Party::Me => Party::Partner,
            Party::Partner => Party::Me,
        }
    }
}
