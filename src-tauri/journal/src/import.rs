//! Importing a JSON pack ([`crate::export::json`]): reading it safely, planning the merge, and
//! merging it into the journal by id in one transaction.
//!
//! ## Reading
//!
//! [`read_pack`] refuses, with a [`PackError`] whose message holds no text from the pack:
//! input that is cut short, is not JSON, is not a Twoway pack (`format`), or was written by a
//! newer Twoway (`version` above [`PACK_VERSION`]); a value of the wrong type, an unknown enum
//! value, a missing or unknown key (the layout is closed); an id that is not a UUID or appears
//! twice. Instants are cut to the precision the journal stores (milliseconds; a session's
//! `starts_at` to the second), so a pack read back compares equal to what was stored.
//!
//! ## Merging
//!
//! Records merge by id, kind by kind, parents first:
//!
//! | the journal holds… | outcome |
//! |---|---|
//! | no record with that id | **added**, with the pack's id, `created_at`, `updated_at` and `deleted_at` |
//! | an older version (pack `updated_at` later) | **updated**: fields, `updated_at` and `deleted_at` replaced; a deletion moves it to the trash, an undeletion restores it |
//! | the same content (fields and `deleted_at`), stamped the same or later | **unchanged** |
//! | the same version stamp, with optional links the journal's copy lacks | **updated** (see below) |
//! | a different version stamped the same or later | **conflict**: the journal's version is kept |
//!
//! So importing the same pack twice writes nothing the second time, and the journal's newer
//! edits always survive an older pack. A record missing from a pack is never deleted: absence
//! is not a deletion (a shared pack leaves private records out).
//!
//! A shared pack cannot carry private content, so it never overwrites it: on update a session
//! keeps its local `private_notes`, and an agenda item keeps its link to a goal that is private
//! here.
//!
//! A pack may hold part of a journal: a session's pack carries the open actions of earlier
//! sessions and items carried over from them, but not those sessions. An optional link (an
//! agenda item's goal and origin, an action's or feedback's session, a learning's skill and
//! session) to a record that is neither in the pack nor in the journal is left out of the
//! imported record. When a later pack holds the target, its copy of the same edit (same
//! `updated_at`) puts the link back. A required link (an agenda item's session, a check-in's
//! goal, …) to a missing record still refuses the pack.
//!
//! The pack is validated completely before the merge is kept: every record, written or not,
//! must pass the journal's own rules for its kind (ranges, text sizes, links to parents that
//! are in the pack or already in the journal, links that may not move), with the journal's
//! version as the previous one. A parent may be in the trash (the exporting journal allows
//! it). The merge runs inside a savepoint: [`plan_import`] runs it and rolls it back, so the
//! plan it shows is exactly what [`apply_import`] then does; [`apply_import`] keeps it only
//! when every record passed. Imported rows are written as they are, without the side effects
//! a user's edit has (a check-in does not move its goal's progress, an agenda item does not
//! renumber its session): the pack already holds the result of those.
//!
//! ## A partner's pack
//!
//! With [`ImportOptions::from_partner`] the pack is the partner's view of the partnership: it
//! must be a shared export holding exactly one partnership, their side of ours. That
//! partnership record is not imported; every record pointing to it is attached to
//! [`ImportOptions::into_partnership`] instead, and every `me`/`partner` (agenda and action
//! item owner, skill rating rater, feedback author) and `learn`/`teach` (goal and skill
//! direction) is flipped. Visibility stays as sent. The partner's profile is not imported.
//!
//! ## The profile
//!
//! A pack's `exported_by` is imported only from one's own pack into a journal whose profile is
//! still empty (a new journal restored from a pack); otherwise it is metadata.

use crate::db::{ReadTx, WriteTx, get_opt_instant, instant_text};
use crate::error::{Error, Problem};
use crate::export::Audience;
use crate::export::json::{PACK_FORMAT, PACK_VERSION, Pack};
use crate::journal::Journal;
use crate::model::*;
use crate::store::Entity;
use chrono::{DateTime, SubsecRound, Utc};
use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Runs `$body` with `$record` bound to each record of a pack, kind by kind, parents first
/// (`mut record` for `&mut` records). A macro rather than a function: each kind has its own
/// record type.
macro_rules! for_each_record {
    (mut $record:ident in $pack:expr => $body:expr) => {
        for_each_record!(@lists iter_mut, $record, $pack, $body)
    };
    ($record:ident in $pack:expr => $body:expr) => {
        for_each_record!(@lists iter, $record, $pack, $body)
    };
    (@lists $iter:ident, $record:ident, $pack:expr, $body:expr) => {
        for_each_record!(@each $iter, $record, $pack, $body; partnerships goals check_ins sessions
            agenda_items action_items skills skill_ratings learnings feedback)
    };
    (@each $iter:ident, $record:ident, $pack:expr, $body:expr; $($list:ident)*) => {$(
        for $record in $pack.$list.$iter() {
            $body;
        }
    )*};
}

/// Why a pack was refused. Messages name keys, kinds, ids and positions, never text from the
/// pack. Nothing is written when a pack is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error(
        "the pack is cut short (it ends at line {line}, column {column}); nothing was imported"
    )]
    Truncated { line: usize, column: usize },

    #[error("the pack is not valid JSON (line {line}, column {column}); nothing was imported")]
    NotJson { line: usize, column: usize },

    #[error("the file is not a Twoway pack; nothing was imported")]
    WrongFormat,

    #[error(
        "the pack was written by a newer Twoway (pack version {found}; this version reads up to \
         {supported}); nothing was imported"
    )]
    TooNew { found: u64, supported: u32 },

    /// A value of the wrong type or out of its type's range, an unknown enum value, a missing
    /// or unknown key. `at` is a key path such as `sessions[3] (id …)`.
    #[error("the pack is damaged at {at}: {problem}; nothing was imported")]
    Malformed { at: String, problem: String },

    #[error("the id {id} appears more than once in the pack; nothing was imported")]
    DuplicateId { id: Uuid },

    /// A record that breaks one of the journal's rules.
    #[error("the {kind} {id} in the pack is refused ({field}: {problem}); nothing was imported")]
    Invalid {
        kind: Kind,
        id: Uuid,
        field: &'static str,
        problem: Problem,
    },

    #[error(
        "a partner's pack must hold exactly one partnership, this one holds {found}; nothing was \
         imported"
    )]
    PartnershipCount { found: usize },

    #[error("choose the partnership your partner's pack belongs to; nothing was imported")]
    NoTargetPartnership,

    #[error(
        "a partner's pack must be a shared export; this one includes private content, so \
         nothing was imported"
    )]
    PartnerPackNotShared,
}

/// How to merge a pack.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ImportOptions {
    /// The pack was exported by the partner: flip me/partner and learn/teach, and attach it to
    /// `into_partnership`.
    pub from_partner: bool,
    /// The local partnership a partner's pack belongs to (required with `from_partner`,
    /// ignored without it).
    pub into_partnership: Option<PartnershipId>,
}

/// What merging a pack does to one kind of record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct KindPlan {
    pub kind: Kind,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// The pack holds a different version that is not newer: the journal's is kept.
    pub conflicts: u32,
    /// Updates that move a record into the trash (counted in `updated` too).
    pub trashed: u32,
    /// Updates that take a record out of the trash (counted in `updated` too).
    pub restored: u32,
}

/// One record, named by kind and id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RecordRef {
    pub kind: Kind,
    pub id: Uuid,
}

/// What merging a pack does (or did): totals, one line per kind, and the conflicts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ImportPlan {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub conflicts: u32,
    pub trashed: u32,
    pub restored: u32,
    /// Every kind, in the order of `Kind::ALL`.
    pub kinds: Vec<KindPlan>,
    /// The records whose local version is kept over a different one in the pack.
    pub conflicting: Vec<RecordRef>,
    /// The journal's empty profile is filled from the pack's `exported_by`.
    pub profile_set: bool,
}

impl Default for ImportPlan {
    fn default() -> Self {
        Self {
            added: 0,
            updated: 0,
            unchanged: 0,
            conflicts: 0,
            trashed: 0,
            restored: 0,
            kinds: Kind::ALL
                .iter()
                .map(|&kind| KindPlan {
                    kind,
                    added: 0,
                    updated: 0,
                    unchanged: 0,
                    conflicts: 0,
                    trashed: 0,
                    restored: 0,
                })
                .collect(),
            conflicting: Vec::new(),
            profile_set: false,
        }
    }
}

impl ImportPlan {
    /// Whether the merge writes anything at all.
    pub fn writes_nothing(&self) -> bool {
        self.added == 0 && self.updated == 0 && !self.profile_set
    }

    /// The line of one kind.
    pub fn kind(&self, kind: Kind) -> KindPlan {
        self.kinds
            .iter()
            .find(|k| k.kind == kind)
            .copied()
            .unwrap_or(KindPlan {
                kind,
                added: 0,
                updated: 0,
                unchanged: 0,
                conflicts: 0,
                trashed: 0,
                restored: 0,
            })
    }

    fn count(&mut self, kind: Kind, id: Uuid, outcome: Outcome) {
        let Some(line) = self.kinds.iter_mut().find(|k| k.kind == kind) else {
            return;
        };
        match outcome {
            Outcome::Added => {
                line.added += 1;
                self.added += 1;
            }
            Outcome::Updated { trashed, restored } => {
                line.updated += 1;
                self.updated += 1;
                if trashed {
                    line.trashed += 1;
                    self.trashed += 1;
                }
                if restored {
                    line.restored += 1;
                    self.restored += 1;
                }
            }
            Outcome::Unchanged => {
                line.unchanged += 1;
                self.unchanged += 1;
            }
            Outcome::Conflict => {
                line.conflicts += 1;
                self.conflicts += 1;
                self.conflicting.push(RecordRef { kind, id });
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Added,
    Updated { trashed: bool, restored: bool },
    Unchanged,
    Conflict,
}

// ---------------------------------------------------------------------------------------------
// Reading a pack
// ---------------------------------------------------------------------------------------------

/// The top-level keys of a version 1 pack, in the order they are written.
const PACK_KEYS: [&str; 16] = [
    "format",
    "version",
    "exported_at",
    "audience",
    "scope",
    "exported_by",
    "partnerships",
    "goals",
    "check_ins",
    "sessions",
    "agenda_items",
    "action_items",
    "skills",
    "skill_ratings",
    "learnings",
    "feedback",
];

/// Reads the pack file at `path` and checks it as [`read_pack`] does.
pub fn read_pack_file(path: &std::path::Path) -> Result<Pack, Error> {
    let bytes =
        std::fs::read(path).map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
    Ok(read_pack(&bytes)?)
}

/// Parses and checks the bytes of a pack file. Nothing here touches a journal.
pub fn read_pack(bytes: &[u8]) -> Result<Pack, PackError> {
    // Editors on some systems start a UTF-8 file with a byte order mark; it is not content.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        match e.classify() {
            serde_json::error::Category::Eof => PackError::Truncated { line, column },
            _ => PackError::NotJson { line, column },
        }
    })?;
    let Value::Object(top) = &value else {
        return Err(PackError::WrongFormat);
    };
    match top.get("format") {
        Some(Value::String(format)) if format == PACK_FORMAT => {}
        _ => return Err(PackError::WrongFormat),
    }
    // The version is checked before the layout, so a newer pack is named as such rather than
    // as damaged.
    let version = top.get("version").and_then(Value::as_u64);
    match version {
        Some(found) if found > u64::from(PACK_VERSION) => {
            return Err(PackError::TooNew {
                found,
                supported: PACK_VERSION,
            });
        }
        Some(found) if found >= 1 => {}
        _ => {
            return Err(malformed(
                "version".to_owned(),
                "must be a whole number from 1",
            ));
        }
    }
    let mut pack = parse_pack(top)?;
    prepare(&mut pack)?;
    Ok(pack)
}

fn malformed(at: String, problem: impl Into<String>) -> PackError {
    PackError::Malformed {
        at,
        problem: problem.into(),
    }
}

fn parse_pack(top: &Map<String, Value>) -> Result<Pack, PackError> {
    if top.keys().any(|key| !PACK_KEYS.contains(&key.as_str())) {
        return Err(malformed(
            "the top level".to_owned(),
            "holds a key the pack layout does not define",
        ));
    }
    Ok(Pack {
        format: header(top, "format")?,
        version: header(top, "version")?,
        exported_at: header(top, "exported_at")?,
        audience: header(top, "audience")?,
        scope: header(top, "scope")?,
        exported_by: header(top, "exported_by")?,
        partnerships: records(top, "partnerships")?,
        goals: records(top, "goals")?,
        check_ins: records(top, "check_ins")?,
        sessions: records(top, "sessions")?,
        agenda_items: records(top, "agenda_items")?,
        action_items: records(top, "action_items")?,
        skills: records(top, "skills")?,
        skill_ratings: records(top, "skill_ratings")?,
        learnings: records(top, "learnings")?,
        feedback: records(top, "feedback")?,
    })
}

/// One value of the pack, read as `T`, with the layout checked: serde would silently drop a
/// key it does not know and accept a missing nullable one, and a closed layout is what the
/// schema promises.
fn parse_value<T: DeserializeOwned + Serialize>(
    value: &Value,
    at: &dyn Fn() -> String,
) -> Result<T, PackError> {
    let parsed = T::deserialize(value).map_err(|e| malformed(at(), describe(&e)))?;
    let canonical = serde_json::to_value(&parsed).map_err(|e| malformed(at(), describe(&e)))?;
    if let Some(problem) = layout_problem(value, &canonical) {
        return Err(malformed(at(), problem));
    }
    Ok(parsed)
}

fn header<T: DeserializeOwned + Serialize>(
    top: &Map<String, Value>,
    key: &'static str,
) -> Result<T, PackError> {
    let value = top
        .get(key)
        .ok_or_else(|| malformed(key.to_owned(), "is missing"))?;
    parse_value(value, &|| key.to_owned())
}

fn records<T: DeserializeOwned + Serialize>(
    top: &Map<String, Value>,
    key: &'static str,
) -> Result<Vec<T>, PackError> {
    let Some(value) = top.get(key) else {
        return Err(malformed(key.to_owned(), "is missing"));
    };
    let Value::Array(items) = value else {
        return Err(malformed(key.to_owned(), "must be a list of records"));
    };
    items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let at = || {
                // The id is named when it is one: a UUID is never the user's text.
                match item
                    .get("id")
                    .and_then(Value::as_str)
                    .and_then(|id| Uuid::parse_str(id).ok())
                {
                    Some(id) => format!("{key}[{index}] (id {id})"),
                    None => format!("{key}[{index}]"),
                }
            };
            parse_value(item, &at)
        })
        .collect()
}

/// Where `input` has a key `canonical` (the same value as written back) lacks, or lacks one
/// it has.
fn layout_problem(input: &Value, canonical: &Value) -> Option<&'static str> {
    match (input, canonical) {
        (Value::Object(input), Value::Object(canonical)) => {
            if input.keys().any(|k| !canonical.contains_key(k)) {
                return Some("holds a key the pack layout does not define");
            }
            if canonical.keys().any(|k| !input.contains_key(k)) {
                return Some("lacks a key the pack layout requires");
            }
            input
                .iter()
                .find_map(|(k, v)| layout_problem(v, &canonical[k]))
        }
        (Value::Array(input), Value::Array(canonical)) => input
            .iter()
            .zip(canonical)
            .find_map(|(v, w)| layout_problem(v, w)),
        _ => None,
    }
}

/// A serde error in words that hold no value from the pack: serde quotes the offending value
/// ("invalid type: string \"…\""), which could be a private note put in the wrong place. What
/// is kept: the name of a missing key (one of ours) and what was expected (our types' words).
fn describe(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = message.split(" at line ").next().unwrap_or_default();
    let expected = message
        .find(", expected ")
        .map(|at| &message[at + 2..])
        .unwrap_or("");
    if let Some(field) = message.strip_prefix("missing field ") {
        format!("lacks the key {field}")
    } else if message.starts_with("unknown field") {
        "holds a key the pack layout does not define".to_owned()
    } else if message.starts_with("unknown variant") {
        format!("holds a value outside its list ({expected})")
    } else if message.starts_with("invalid type")
        || message.starts_with("invalid value")
        || message.starts_with("invalid length")
    {
        format!("holds a value of the wrong type or range ({expected})")
    } else if message.starts_with("UUID parsing failed") {
        "holds an id that is not a UUID".to_owned()
    } else {
        // chrono's and others' own messages ("input contains invalid characters", …).
        "holds a value that cannot be read (a date, time or number)".to_owned()
    }
}

/// Checks a pack however it was obtained (read from a file or built in code) and brings its
/// instants to the precision the journal stores, so what is written compares equal to what is
/// read back.
fn prepare(pack: &mut Pack) -> Result<(), PackError> {
    if pack.format != PACK_FORMAT {
        return Err(PackError::WrongFormat);
    }
    if pack.version > PACK_VERSION {
        return Err(PackError::TooNew {
            found: u64::from(pack.version),
            supported: PACK_VERSION,
        });
    }
    if pack.version == 0 {
        return Err(malformed(
            "version".to_owned(),
            "must be a whole number from 1",
        ));
    }
    pack.exported_at = pack.exported_at.trunc_subsecs(3);
    let mut seen = HashSet::new();
    let mut check = |id: Uuid| {
        if seen.insert(id) {
            Ok(())
        } else {
            Err(PackError::DuplicateId { id })
        }
    };
    for_each_record!(mut record in pack => {
        normalize(record);
        check(record.id.0)?;
    });
    Ok(())
}

fn normalize<F: Importable>(record: &mut Record<F::Id, F>) {
    record.created_at = record.created_at.trunc_subsecs(3);
    record.updated_at = record.updated_at.trunc_subsecs(3);
    record.deleted_at = record.deleted_at.map(|at| at.trunc_subsecs(3));
    record.fields.normalize();
}

// ---------------------------------------------------------------------------------------------
// What import needs to know about each kind
// ---------------------------------------------------------------------------------------------

/// Per-kind rules of a merge, beyond the journal's own (`Entity`).
trait Importable: Entity + PartialEq {
    /// The same record seen from the other side of the partnership.
    fn flip(&mut self) {}

    /// Points every link to the partnership `from` at `to`.
    fn attach(&mut self, _from: PartnershipId, _to: PartnershipId) {}

    /// The records this one must have live to pass validation.
    fn parents(&self, _out: &mut Vec<(Kind, Uuid)>) {}

    /// The optional links of this record: links a pack may hold without their target.
    fn optional_links(&self) -> Vec<(Kind, Uuid)> {
        Vec::new()
    }

    /// Clears every optional link whose target is in `gone`.
    fn detach(&mut self, _gone: &HashSet<Uuid>) {}

    /// Keeps what a shared pack cannot hold from the journal's version.
    fn keep_private(&mut self, _tx: &ReadTx<'_>, _local: &Self) -> crate::Result<()> {
        Ok(())
    }

    /// Cuts instants to the precision their column stores.
    fn normalize(&mut self) {}
}

/// Clears `link` when it points into `gone`.
fn cut<I: Copy + Into<Uuid>>(link: &mut Option<I>, gone: &HashSet<Uuid>) {
    if link.is_some_and(|id| gone.contains(&id.into())) {
        *link = None;
    }
}

fn moved(id: &mut PartnershipId, from: PartnershipId, to: PartnershipId) {
    if *id == from {
        *id = to;
    }
}

fn moved_opt(id: &mut Option<PartnershipId>, from: PartnershipId, to: PartnershipId) {
    if let Some(id) = id {
        moved(id, from, to);
    }
}

impl Importable for PartnershipFields {
    fn flip(&mut self) {
        std::mem::swap(&mut self.i_learn, &mut self.i_teach);
    }
}

impl Importable for GoalFields {
    fn flip(&mut self) {
        self.direction = self.direction.flipped();
    }
    fn attach(&mut self, from: PartnershipId, to: PartnershipId) {
        moved(&mut self.partnership_id, from, to);
    }
    fn parents(&self, out: &mut Vec<(Kind, Uuid)>) {
        out.push((Kind::Partnership, self.partnership_id.0));
    }
}

impl Importable for GoalCheckInFields {
    fn parents(&self, out: &mut Vec<(Kind, Uuid)>) {
        out.push((Kind::Goal, self.goal_id.0));
    }
}

impl Importable for SessionFields {
    fn attach(&mut self, from: PartnershipId, to: PartnershipId) {
        moved(&mut self.partnership_id, from, to);
    }
    fn parents(&self, out: &mut Vec<(Kind, Uuid)>) {
        out.push((Kind::Partnership, self.partnership_id.0));
    }
    fn keep_private(&mut self, _tx: &ReadTx<'_>, local: &Self) -> crate::Result<()> {
        self.private_notes.clone_from(&local.private_notes);
        Ok(())
    }
    fn normalize(&mut self) {
        // The column keeps the local time to the second.
        self.starts_at = self.starts_at.trunc_subsecs(0);
    }
}

impl Importable for AgendaItemFields {
    fn flip(&mut self) {
        self.owner = self.owner.flipped();
    }
    fn parents(&self, out: &mut Vec<(Kind, Uuid)>) {
        out.push((Kind::Session, self.session_id.0));
        if let Some(goal) = self.goal_id {
            out.push((Kind::Goal, goal.0));
        }
    }
    fn optional_links(&self) -> Vec<(Kind, Uuid)> {
        let goal = self.goal_id.map(|g| (Kind::Goal, g.0));
        let origin = self.carried_from.map(|i| (Kind::AgendaItem, i.0));
        goal.into_iter().chain(origin).collect()
    }
    fn detach(&mut self, gone: &HashSet<Uuid>) {
        cut(&mut self.goal_id, gone);
        cut(&mut self.carried_from, gone);
    }
    fn keep_private(&mut self, tx: &ReadTx<'_>, local: &Self) -> crate::Result<()> {
        // A shared export drops the link to a private goal; that is not an unlinking.
        if self.goal_id.is_none()
            && let Some(goal) = local.goal_id
            && tx
                .find(goal)?
                .is_some_and(|g| g.fields.visibility == Visibility::Private)
        {
            self.goal_id = Some(goal);
        }
        Ok(())
    }
}

impl Importable for ActionItemFields {
    fn flip(&mut self) {
        self.owner = self.owner.flipped();
    }
    fn attach(&mut self, from: PartnershipId, to: PartnershipId) {
        moved(&mut self.partnership_id, from, to);
    }
    fn parents(&self, out: &mut Vec<(Kind, Uuid)>) {
        out.push((Kind::Partnership, self.partnership_id.0));
        if let Some(session) = self.session_id {
            out.push((Kind::Session, session.0));
        }
    }
    fn optional_links(&self) -> Vec<(Kind, Uuid)> {
        self.session_id
            .map(|s| (Kind::Session, s.0))
            .into_iter()
            .collect()
    }
    fn detach(&mut self, gone: &HashSet<Uuid>) {
        cut(&mut self.session_id, gone);
    }
    fn normalize(&mut self) {
        self.done_at = self.done_at.map(|at| at.trunc_subsecs(3));
    }
}

impl Importable for SkillFields {
    fn flip(&mut self) {
        self.direction = self.direction.flipped();
    }
    fn attach(&mut self, from: PartnershipId, to: PartnershipId) {
        moved_opt(&mut self.partnership_id, from, to);
    }
    fn parents(&self, out: &mut Vec<(Kind, Uuid)>) {
        if let Some(partnership) = self.partnership_id {
            out.push((Kind::Partnership, partnership.0));
        }
    }
}

impl Importable for SkillRatingFields {
    fn flip(&mut self) {
        self.rater = self.rater.flipped();
    }
    fn parents(&self, out: &mut Vec<(Kind, Uuid)>) {
        out.push((Kind::Skill, self.skill_id.0));
    }
}

impl Importable for LearningFields {
    fn attach(&mut self, from: PartnershipId, to: PartnershipId) {
        moved_opt(&mut self.partnership_id, from, to);
    }
    fn parents(&self, out: &mut Vec<(Kind, Uuid)>) {
        if let Some(partnership) = self.partnership_id {
            out.push((Kind::Partnership, partnership.0));
        }
        if let Some(skill) = self.skill_id {
            out.push((Kind::Skill, skill.0));
        }
        if let Some(session) = self.session_id {
            out.push((Kind::Session, session.0));
        }
    }
    fn optional_links(&self) -> Vec<(Kind, Uuid)> {
        let skill = self.skill_id.map(|k| (Kind::Skill, k.0));
        let session = self.session_id.map(|s| (Kind::Session, s.0));
        skill.into_iter().chain(session).collect()
    }
    fn detach(&mut self, gone: &HashSet<Uuid>) {
        cut(&mut self.skill_id, gone);
        cut(&mut self.session_id, gone);
    }
}

impl Importable for FeedbackFields {
    fn flip(&mut self) {
        self.author = self.author.flipped();
    }
    fn attach(&mut self, from: PartnershipId, to: PartnershipId) {
        moved(&mut self.partnership_id, from, to);
    }
    fn parents(&self, out: &mut Vec<(Kind, Uuid)>) {
        out.push((Kind::Partnership, self.partnership_id.0));
        if let Some(session) = self.session_id {
            out.push((Kind::Session, session.0));
        }
    }
    fn optional_links(&self) -> Vec<(Kind, Uuid)> {
        self.session_id
            .map(|s| (Kind::Session, s.0))
            .into_iter()
            .collect()
    }
    fn detach(&mut self, gone: &HashSet<Uuid>) {
        cut(&mut self.session_id, gone);
    }
}

/// The table of a kind.
fn table(kind: Kind) -> &'static str {
    match kind {
        Kind::Partnership => PartnershipFields::TABLE,
        Kind::Goal => GoalFields::TABLE,
        Kind::GoalCheckIn => GoalCheckInFields::TABLE,
        Kind::Session => SessionFields::TABLE,
        Kind::AgendaItem => AgendaItemFields::TABLE,
        Kind::ActionItem => ActionItemFields::TABLE,
        Kind::Skill => SkillFields::TABLE,
        Kind::SkillRating => SkillRatingFields::TABLE,
        Kind::Learning => LearningFields::TABLE,
        Kind::Feedback => FeedbackFields::TABLE,
    }
}

// ---------------------------------------------------------------------------------------------
// Writing rows as they are
// ---------------------------------------------------------------------------------------------

/// Inserts a record with its own id and stamps, live (its deletion, if any, is applied at the
/// end of the merge, once its children have been checked against it).
fn insert_row<F: Entity>(conn: &Connection, record: &Record<F::Id, F>) -> rusqlite::Result<()> {
    let columns = F::COLUMNS.join(", ");
    let placeholders = (1..=F::COLUMNS.len() + 3)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "INSERT INTO {} (id, {columns}, created_at, updated_at, deleted_at) \
         VALUES ({placeholders}, NULL)",
        F::TABLE
    );
    let mut values = vec![SqlValue::Text(record.id.to_string())];
    values.extend(record.fields.bind());
    values.push(SqlValue::Text(instant_text(record.created_at)));
    values.push(SqlValue::Text(instant_text(record.updated_at)));
    conn.prepare_cached(&sql)?
        .execute(rusqlite::params_from_iter(values))?;
    Ok(())
}

/// Replaces a record's fields and `updated_at`, live for now (as for `insert_row`); its
/// `created_at` stays the journal's.
fn overwrite_row<F: Entity>(conn: &Connection, record: &Record<F::Id, F>) -> rusqlite::Result<()> {
    let assignments = F::COLUMNS
        .iter()
        .enumerate()
        .map(|(i, column)| format!("{column} = ?{}", i + 2))
        .collect::<Vec<_>>()
        .join(", ");
    let stamp = F::COLUMNS.len() + 2;
    let sql = format!(
        "UPDATE {} SET {assignments}, updated_at = ?{stamp}, deleted_at = NULL WHERE id = ?1",
        F::TABLE
    );
    let mut values = vec![SqlValue::Text(record.id.to_string())];
    values.extend(record.fields.bind());
    values.push(SqlValue::Text(instant_text(record.updated_at)));
    conn.prepare_cached(&sql)?
        .execute(rusqlite::params_from_iter(values))?;
    Ok(())
}

fn set_deleted_at(
    conn: &Connection,
    table: &str,
    id: Uuid,
    deleted_at: Option<&str>,
) -> rusqlite::Result<()> {
    conn.prepare_cached(&format!("UPDATE {table} SET deleted_at = ?2 WHERE id = ?1"))?
        .execute((id.to_string(), deleted_at))?;
    Ok(())
}

/// A savepoint that rolls back unless released, so a failed merge leaves the transaction it
/// ran in as it found it.
struct Savepoint<'c> {
    conn: &'c Connection,
    released: bool,
}

impl<'c> Savepoint<'c> {
    fn begin(conn: &'c Connection) -> rusqlite::Result<Self> {
        conn.execute_batch("SAVEPOINT twoway_import")?;
        Ok(Self {
            conn,
            released: false,
        })
    }

    fn release(mut self) -> rusqlite::Result<()> {
        self.released = true;
        self.conn.execute_batch("RELEASE twoway_import")
    }
}

impl Drop for Savepoint<'_> {
    fn drop(&mut self) {
        if !self.released {
            // Nothing useful can be done if this fails: the enclosing `write` (or `read`)
            // rolls the whole transaction back when its closure returns the merge's error.
            let _ = self
                .conn
                .execute_batch("ROLLBACK TO twoway_import; RELEASE twoway_import");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The merge
// ---------------------------------------------------------------------------------------------

/// What the merge would do to the journal, without changing it: the merge runs in a savepoint
/// that is rolled back. Refuses the pack as [`apply_import`] would.
pub fn plan_import(
    tx: &ReadTx<'_>,
    pack: &Pack,
    options: &ImportOptions,
) -> Result<ImportPlan, Error> {
    let savepoint = Savepoint::begin(tx.conn)?;
    let plan = merge(tx, pack, options, pack.exported_at);
    drop(savepoint);
    plan
}

/// Merges the pack into the journal. On any error the merge is undone before returning; run it
/// inside one `Journal::write` (or use [`import`]) so the import is one transaction.
pub fn apply_import(
    tx: &WriteTx<'_>,
    pack: &Pack,
    options: &ImportOptions,
) -> Result<ImportPlan, Error> {
    let savepoint = Savepoint::begin(tx.conn)?;
    let plan = merge(tx, pack, options, tx.now())?;
    savepoint.release()?;
    Ok(plan)
}

/// [`plan_import`] in a read of `journal`.
pub fn plan(journal: &Journal, pack: &Pack, options: &ImportOptions) -> Result<ImportPlan, Error> {
    journal.read(|tx| plan_import(tx, pack, options))
}

/// [`apply_import`] in one write of `journal`: all of the pack or nothing.
pub fn import(
    journal: &mut Journal,
    pack: &Pack,
    options: &ImportOptions,
) -> Result<ImportPlan, Error> {
    journal.write(|tx| apply_import(tx, pack, options))
}

struct Merger<'t, 'c> {
    tx: &'t ReadTx<'c>,
    /// The pack holds no private content, so it never overwrites any.
    shared: bool,
    plan: ImportPlan,
    /// Records this merge wrote (added or updated).
    written: HashSet<Uuid>,
    /// Deletions to apply once every record has been checked.
    deletions: Vec<(&'static str, Uuid, DateTime<Utc>)>,
    /// Parents taken out of the trash while their children are checked, with their table
    /// and the `deleted_at` they go back to (and are compared with).
    revived: HashMap<Uuid, (&'static str, DateTime<Utc>)>,
}

fn merge(
    tx: &ReadTx<'_>,
    pack: &Pack,
    options: &ImportOptions,
    now: DateTime<Utc>,
) -> Result<ImportPlan, Error> {
    let mut pack = pack.clone();
    prepare(&mut pack)?;
    if options.from_partner {
        from_partner(tx, &mut pack, options)?;
    }
    detach_missing(tx, &mut pack)?;
    let mut merger = Merger {
        tx,
        shared: pack.audience == Audience::Shared,
        plan: ImportPlan::default(),
        written: HashSet::new(),
        deletions: Vec::new(),
        revived: HashMap::new(),
    };
    merger.revive_parents(&pack)?;
    merger.merge_kind(std::mem::take(&mut pack.partnerships))?;
    merger.merge_kind(std::mem::take(&mut pack.goals))?;
    merger.merge_kind(std::mem::take(&mut pack.check_ins))?;
    merger.merge_kind(std::mem::take(&mut pack.sessions))?;
    merger.merge_kind(origins_first(std::mem::take(&mut pack.agenda_items)))?;
    merger.merge_kind(std::mem::take(&mut pack.action_items))?;
    merger.merge_kind(std::mem::take(&mut pack.skills))?;
    merger.merge_kind(std::mem::take(&mut pack.skill_ratings))?;
    merger.merge_kind(std::mem::take(&mut pack.learnings))?;
    merger.merge_kind(std::mem::take(&mut pack.feedback))?;
    merger.finish()?;
    if !options.from_partner {
        merger.plan.profile_set = fill_profile(tx, &pack.exported_by, now)?;
    }
    Ok(merger.plan)
}

/// Turns the partner's pack into this journal's view: their one partnership becomes the chosen
/// local one, and me/partner and learn/teach swap.
fn from_partner(tx: &ReadTx<'_>, pack: &mut Pack, options: &ImportOptions) -> Result<(), Error> {
    if pack.audience != Audience::Shared {
        return Err(PackError::PartnerPackNotShared.into());
    }
    let target = options
        .into_partnership
        .ok_or(PackError::NoTargetPartnership)?;
    if tx.get(target)?.is_trashed() {
        return Err(Error::Trashed {
            kind: Kind::Partnership,
            id: target.to_string(),
        });
    }
    let [theirs] = pack.partnerships.as_slice() else {
        return Err(PackError::PartnershipCount {
            found: pack.partnerships.len(),
        }
        .into());
    };
    let from = theirs.id;
    // Their partnership record is their notes about us; ours stays as it is.
    pack.partnerships.clear();
    for_each_record!(mut record in pack => {
        record.fields.flip();
        record.fields.attach(from, target);
    });
    Ok(())
}

/// Clears the optional links that point to records neither in the pack nor in the journal:
/// a session's pack holds its open actions but not the earlier sessions they were agreed in,
/// and its carried-over items but not the items they came from.
fn detach_missing(tx: &ReadTx<'_>, pack: &mut Pack) -> Result<(), Error> {
    let mut in_pack = HashSet::new();
    let mut links = Vec::new();
    for_each_record!(record in pack => {
        in_pack.insert(record.id.0);
        links.extend(record.fields.optional_links());
    });
    let mut gone = HashSet::new();
    for (kind, id) in links {
        if in_pack.contains(&id) || gone.contains(&id) {
            continue;
        }
        let held = tx
            .conn
            .prepare_cached(&format!("SELECT 1 FROM {} WHERE id = ?1", table(kind)))?
            .exists([id.to_string()])?;
        if !held {
            gone.insert(id);
        }
    }
    if gone.is_empty() {
        return Ok(());
    }
    for_each_record!(mut record in pack => record.fields.detach(&gone));
    Ok(())
}

/// Whether `pack` is `local` with optional links `local` lacks filled in: the same edit, from a
/// pack that held the links' targets when an earlier one did not.
fn restores_links<F: Importable>(pack: &Record<F::Id, F>, local: &Record<F::Id, F>) -> bool {
    let local_links: HashSet<Uuid> = local
        .fields
        .optional_links()
        .into_iter()
        .map(|(_, id)| id)
        .collect();
    let added: HashSet<Uuid> = pack
        .fields
        .optional_links()
        .into_iter()
        .map(|(_, id)| id)
        .filter(|id| !local_links.contains(id))
        .collect();
    if added.is_empty() {
        return false;
    }
    let mut without = pack.fields.clone();
    without.detach(&added);
    without == local.fields && pack.deleted_at == local.deleted_at
}

/// Agenda items in an order where an item comes after the item it was carried from (when that
/// one is in the pack too), so the link's target exists when the item is checked and written.
fn origins_first(items: Vec<AgendaItem>) -> Vec<AgendaItem> {
    let index: HashMap<AgendaItemId, usize> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (item.id, i))
        .collect();
    let origin = |i: usize| {
        items[i]
            .fields
            .carried_from
            .and_then(|o| index.get(&o).copied())
    };
    let mut depth: Vec<Option<usize>> = vec![None; items.len()];
    // Which walk last visited an item, to stop at a cycle (which validation then refuses).
    let mut walk: Vec<usize> = vec![usize::MAX; items.len()];
    for start in 0..items.len() {
        let mut path = Vec::new();
        let mut at = Some(start);
        let base = loop {
            let Some(i) = at else { break 0 };
            if let Some(d) = depth[i] {
                break d + 1;
            }
            if walk[i] == start {
                break 0;
            }
            walk[i] = start;
            path.push(i);
            at = origin(i);
        };
        for (k, &i) in path.iter().rev().enumerate() {
            depth[i] = Some(base + k);
        }
    }
    let mut order: Vec<(usize, AgendaItem)> = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| (depth[i].unwrap_or(0), item))
        .collect();
    order.sort_by_key(|(d, _)| *d);
    order.into_iter().map(|(_, item)| item).collect()
}

impl Merger<'_, '_> {
    /// Parents in this journal's trash that pack records link to come out of it while the
    /// records are checked (the journal's rules want live parents; an exporting journal allows
    /// live children of trashed parents), and go back at the end.
    fn revive_parents(&mut self, pack: &Pack) -> Result<(), Error> {
        let mut parents = Vec::new();
        for_each_record!(record in pack => record.fields.parents(&mut parents));
        for (kind, id) in parents {
            if self.revived.contains_key(&id) {
                continue;
            }
            let table = table(kind);
            let deleted_at: Option<Option<DateTime<Utc>>> = self
                .tx
                .conn
                .prepare_cached(&format!("SELECT deleted_at FROM {table} WHERE id = ?1"))?
                .query_row([id.to_string()], |row| get_opt_instant(row, 0))
                .optional()?;
            if let Some(Some(deleted_at)) = deleted_at {
                set_deleted_at(self.tx.conn, table, id, None)?;
                self.revived.insert(id, (table, deleted_at));
            }
        }
        Ok(())
    }

    fn merge_kind<F: Importable>(&mut self, records: Vec<Record<F::Id, F>>) -> Result<(), Error> {
        for mut record in records {
            let id: Uuid = record.id.into();
            let mut local = self.tx.find(record.id)?;
            // A parent revived for the checks is compared as it really is: in the trash.
            if let Some(local) = &mut local
                && let Some((_, deleted_at)) = self.revived.get(&id)
            {
                local.deleted_at = Some(*deleted_at);
            }
            if self.shared
                && let Some(local) = &local
            {
                record.fields.keep_private(self.tx, &local.fields)?;
            }
            // Putting back a link a partial pack left out is no change of a link that may not
            // change (an item's origin): the record is checked as the complete version.
            let restoring = local.as_ref().is_some_and(|local| {
                record.updated_at == local.updated_at && restores_links(&record, local)
            });
            let previous = if restoring {
                Some(&record.fields)
            } else {
                local.as_ref().map(|l| &l.fields)
            };
            record
                .fields
                .validate(self.tx, previous)
                .map_err(|e| refused(F::KIND, id, e))?;
            let outcome = match &local {
                None => Outcome::Added,
                Some(local) => {
                    let same =
                        record.fields == local.fields && record.deleted_at == local.deleted_at;
                    if record.updated_at > local.updated_at {
                        Outcome::Updated {
                            trashed: !local.is_trashed() && record.is_trashed(),
                            restored: local.is_trashed() && !record.is_trashed(),
                        }
                    } else if same {
                        Outcome::Unchanged
                    } else if restoring {
                        Outcome::Updated {
                            trashed: false,
                            restored: false,
                        }
                    } else {
                        Outcome::Conflict
                    }
                }
            };
            self.plan.count(F::KIND, id, outcome);
            match outcome {
                Outcome::Added => insert_row(self.tx.conn, &record)?,
                Outcome::Updated { .. } => overwrite_row(self.tx.conn, &record)?,
                Outcome::Unchanged | Outcome::Conflict => continue,
            }
            self.written.insert(id);
            if let Some(deleted_at) = record.deleted_at {
                self.deletions.push((F::TABLE, id, deleted_at));
            }
        }
        Ok(())
    }

    /// Puts revived parents back in the trash and applies the pack's deletions.
    fn finish(&mut self) -> Result<(), Error> {
        for (id, (table, deleted_at)) in &self.revived {
            if !self.written.contains(id) {
                set_deleted_at(self.tx.conn, table, *id, Some(&instant_text(*deleted_at)))?;
            }
        }
        for (table, id, deleted_at) in &self.deletions {
            set_deleted_at(self.tx.conn, table, *id, Some(&instant_text(*deleted_at)))?;
        }
        Ok(())
    }
}

/// A record that broke a rule, named by kind and id; other errors pass through.
fn refused(kind: Kind, id: Uuid, error: Error) -> Error {
    match error {
        Error::Invalid { field, problem } => PackError::Invalid {
            kind,
            id,
            field,
            problem,
        }
        .into(),
        // A rule that looks a linked record up by `get` names the record, not the field.
        Error::NotFound {
            kind: parent,
            id: parent_id,
        } => PackError::Invalid {
            kind,
            id,
            field: "a link",
            problem: Problem::UnknownParent {
                kind: parent,
                id: parent_id,
            },
        }
        .into(),
        Error::Trashed {
            kind: parent,
            id: parent_id,
        } => PackError::Invalid {
            kind,
            id,
            field: "a link",
            problem: Problem::TrashedParent {
                kind: parent,
                id: parent_id,
            },
        }
        .into(),
        other => other,
    }
}

/// Fills an empty profile (a journal restored from one's own pack). Returns whether it did.
fn fill_profile(tx: &ReadTx<'_>, profile: &Profile, now: DateTime<Utc>) -> Result<bool, Error> {
    let local = tx.profile()?;
    if !(local.my_name.is_empty() && local.my_role.is_empty())
        || (profile.my_name.is_empty() && profile.my_role.is_empty())
    {
        return Ok(false);
    }
    let problem = |field: &'static str, error: Error| -> Error {
        match error {
            Error::Invalid { problem, .. } => PackError::Malformed {
                at: format!("exported_by.{field}"),
                problem: problem.to_string(),
            }
            .into(),
            other => other,
        }
    };
    crate::store::validate::line("my_name", &profile.my_name).map_err(|e| problem("my_name", e))?;
    crate::store::validate::line("my_role", &profile.my_role).map_err(|e| problem("my_role", e))?;
    tx.conn
        .prepare_cached(
            "INSERT INTO profile (singleton, my_name, my_role, updated_at) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT (singleton) DO UPDATE SET
                 my_name = excluded.my_name, my_role = excluded.my_role,
                 updated_at = excluded.updated_at",
        )?
        .execute((&profile.my_name, &profile.my_role, instant_text(now)))?;
    Ok(true)
}
