//! The record kinds, declared once.
//!
//! `kinds!` is the one list of the kinds of record the journal holds, parents before the
//! records that link to them. Every other list of kinds is made from it: the [`Kind`] enum,
//! the typed ids, the `Record` aliases (`Goal`, `Session`, …), [`Records`] (one list per kind:
//! what an export holds and a pack carries), [`RecordKind`] (what the registry says about each
//! `…Fields` type), and the two macros the rest of the crate loops with: `each_kind!` runs a
//! block once per kind, with a type name bound to that kind's fields, and `dispatch_kind!`
//! runs it for the one kind a [`Kind`] value names.
//!
//! Adding a kind is one entry here, its `…Fields` type in `records.rs`, its `Entity`
//! implementation in `store/` (columns, links, rules), and its table in a new migration; the
//! compiler then points at every per-kind rule still missing (the pack rules of the import,
//! for one).

/// Calls `$callback!` with the list of every record kind, parents first. Each entry: the
/// doc line, the kind's name, its id type, its fields type, its list in [`Records`] and in a
/// pack, its table (also its stored and serialized spelling), and the name a person reads.
/// Anything after `!` is handed to the callback first, inside `[…]`.
macro_rules! kinds {
    ($($callback:ident)::+ $(! $($args:tt)*)?) => {
        $($callback)::+! {
            [$($($args)*)?]
            /// A mentoring partnership.
            Partnership { id: PartnershipId, fields: PartnershipFields, list: partnerships, table: "partnership", name: "Partnership" },
            /// A goal within a partnership.
            Goal { id: GoalId, fields: GoalFields, list: goals, table: "goal", name: "Goal" },
            /// A dated progress check-in on a goal.
            GoalCheckIn { id: GoalCheckInId, fields: GoalCheckInFields, list: check_ins, table: "goal_check_in", name: "Check-in" },
            /// A mentoring session.
            Session { id: SessionId, fields: SessionFields, list: sessions, table: "session", name: "Session" },
            /// One item of a session's agenda.
            AgendaItem { id: AgendaItemId, fields: AgendaItemFields, list: agenda_items, table: "agenda_item", name: "Agenda item" },
            /// An action item agreed in a partnership.
            ActionItem { id: ActionItemId, fields: ActionItemFields, list: action_items, table: "action_item", name: "Action item" },
            /// A skill learned or taught.
            Skill { id: SkillId, fields: SkillFields, list: skills, table: "skill", name: "Skill" },
            /// One dated rating of a skill.
            SkillRating { id: SkillRatingId, fields: SkillRatingFields, list: skill_ratings, table: "skill_rating", name: "Rating" },
            /// A "what I learned / applied" entry.
            Learning { id: LearningId, fields: LearningFields, list: learnings, table: "learning", name: "Learning" },
            /// A feedback entry, given or received.
            Feedback { id: FeedbackId, fields: FeedbackFields, list: feedback, table: "feedback", name: "Feedback" },
            /// An adopted version of a partnership's agreement.
            AgreementVersion { id: AgreementVersionId, fields: AgreementVersionFields, list: agreement_versions, table: "agreement_version", name: "Agreement version" },
            /// A record of learning, signed by one or both partners.
            RecordOfLearning { id: RecordOfLearningId, fields: RecordOfLearningFields, list: records_of_learning, table: "record_of_learning", name: "Record of learning" },
            /// An agenda template of the owner's own.
            AgendaTemplate { id: AgendaTemplateId, fields: AgendaTemplateFields, list: agenda_templates, table: "agenda_template", name: "Agenda template" },
        }
    };
}
pub(crate) use kinds;

/// Runs `$body` once per kind, parents first, with `$F` naming that kind's fields type:
/// `each_kind!(F => total += F::list(&records).len())`. A macro rather than a function
/// because each kind has its own types; `?`, `continue` and `return` work in the body.
macro_rules! each_kind {
    ($F:ident => $body:expr) => {
        crate::model::kinds!(crate::model::each_kind_expand ! $F $body)
    };
}
pub(crate) use each_kind;

macro_rules! each_kind_expand {
    ([$F:ident $body:expr] $($(#[$doc:meta])* $kind:ident { id: $id:ident, fields: $fields:ident, list: $list:ident, table: $table:literal, name: $name:literal }),* $(,)?) => {
        $({
            #[allow(dead_code)]
            type $F = $crate::model::$fields;
            $body;
        })*
    };
}
pub(crate) use each_kind_expand;

/// Runs `$body` for the kind `$kind` (a [`Kind`] value) names, with `$F` naming its fields
/// type, and gives the body's value.
macro_rules! dispatch_kind {
    ($kind:expr, $F:ident => $body:expr) => {
        crate::model::kinds!(crate::model::dispatch_kind_expand ! ($kind) $F $body)
    };
}
pub(crate) use dispatch_kind;

macro_rules! dispatch_kind_expand {
    ([($value:expr) $F:ident $body:expr] $($(#[$doc:meta])* $kind:ident { id: $id:ident, fields: $fields:ident, list: $list:ident, table: $table:literal, name: $name:literal }),* $(,)?) => {
        match $value {
            $($crate::model::Kind::$kind => {
                type $F = $crate::model::$fields;
                $body
            })*
        }
    };
}
pub(crate) use dispatch_kind_expand;

use super::enums::define_enums;
use super::ids::define_ids;
use super::records::*;
use serde::{Deserialize, Serialize};

/// The names the registry gives one kind's types, for what is generated outside the crate
/// (the TypeScript bindings name every record type after them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Declared {
    /// The kind.
    pub kind: Kind,
    /// The name of its record type (`Goal`).
    pub record: &'static str,
    /// The name of its id type (`GoalId`).
    pub id: &'static str,
    /// The name of its fields type (`GoalFields`).
    pub fields: &'static str,
}

/// What the registry declares about the fields type of one kind. Implemented for every
/// `…Fields` type by `kinds!`; the store's `Entity` builds on it.
pub trait RecordKind: Sized {
    /// The kind's id type.
    type Id: Copy
        + Eq
        + Ord
        + std::hash::Hash
        + std::fmt::Display
        + std::fmt::Debug
        + From<uuid::Uuid>
        + Into<uuid::Uuid>;
    /// The kind.
    const KIND: Kind;
    /// The table its records live in.
    const TABLE: &'static str;
    /// The name of its list in [`Records`] and in a pack.
    const LIST: &'static str;

    /// Its list in `records`.
    fn list(records: &Records) -> &Vec<Record<Self::Id, Self>>;

    /// Its list in `records`, to change.
    fn list_mut(records: &mut Records) -> &mut Vec<Record<Self::Id, Self>>;
}

impl Kind {
    /// The kind's message in the catalogue, named after its table: `kind-agenda-item`, with
    /// `suffix` for another form of it (`-title`).
    fn message(self, suffix: &str) -> String {
        format!("kind-{}{suffix}", self.table().replace('_', "-"))
    }

    /// What a person calls one record of this kind inside a sentence, in the app's language:
    /// "session" ("Treffen"). Messages put it in quotes where the language needs them, so no
    /// sentence depends on its grammatical gender.
    pub fn word(self) -> String {
        crate::language::tr(&self.message(""), &[])
    }

    /// [`Kind::name`] in the app's language, as a label: "Check-in", "Agenda item".
    pub fn title(self) -> String {
        crate::language::tr(&self.message("-title"), &[])
    }
}

macro_rules! declare_kinds {
    ([] $($(#[$doc:meta])* $kind:ident { id: $id:ident, fields: $fields:ident, list: $list:ident, table: $table:literal, name: $name:literal }),* $(,)?) => {
        define_enums! {
            /// The kinds of record the journal holds.
            Kind { $($(#[$doc])* $kind = $table),* }
        }

        define_ids!($($(#[$doc])* $id),*);

        $($(#[$doc])* pub type $kind = Record<$id, $fields>;)*

        /// Every kind as the registry declares it, parents first.
        pub const DECLARED: &[Declared] = &[$(Declared {
            kind: Kind::$kind,
            record: stringify!($kind),
            id: stringify!($id),
            fields: stringify!($fields),
        }),*];

        impl Kind {
            /// The table a kind's records live in (its stored spelling).
            pub fn table(self) -> &'static str {
                self.as_str()
            }

            /// What a person calls one record of this kind ("Check-in").
            pub fn name(self) -> &'static str {
                match self {
                    $(Kind::$kind => $name),*
                }
            }
        }

        /// Records of every kind, one list each, parents first: what an export holds and what
        /// a pack carries.
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        pub struct Records {
            $(
                #[doc = concat!("The `", $table, "` records.")]
                pub $list: Vec<$kind>,
            )*
        }

        /// How many records of each kind, one number per kind, named like the lists of
        /// [`Records`].
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        pub struct Counts {
            $(
                #[doc = concat!("How many `", $table, "` records.")]
                pub $list: u32,
            )*
        }

        impl std::ops::AddAssign for Counts {
            fn add_assign(&mut self, other: Self) {
                $(self.$list += other.$list;)*
            }
        }

        $(
            impl RecordKind for $fields {
                type Id = $id;
                const KIND: Kind = Kind::$kind;
                const TABLE: &'static str = $table;
                const LIST: &'static str = stringify!($list);

                fn list(records: &Records) -> &Vec<$kind> {
                    &records.$list
                }

                fn list_mut(records: &mut Records) -> &mut Vec<$kind> {
                    &mut records.$list
                }
            }
        )*
    };
}

kinds!(declare_kinds);

impl Records {
    /// How many records there are, all kinds together.
    pub fn len(&self) -> usize {
        let mut total = 0;
        each_kind!(F => total += F::list(self).len());
        total
    }

    /// How many records of `kind` there are: `(outside the trash, in the trash)`.
    pub fn count_of(&self, kind: Kind) -> (usize, usize) {
        dispatch_kind!(kind, F => {
            let list = F::list(self);
            let trashed = list.iter().filter(|r| r.is_trashed()).count();
            (list.len() - trashed, trashed)
        })
    }

    /// Whether there are no records at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every list sorted by id, so the same records always come in the same order.
    pub fn sort_by_id(&mut self) {
        each_kind!(F => F::list_mut(self).sort_by_key(|r| r.id));
    }
}
