//! Queries and rules, one module per entity, over one generic record store.
//!
//! Every entity's `Fields` type implements [`Entity`]: its columns, how its fields bind and
//! read, its [`Link`]s to other records, and the rules a write must pass. The generic
//! functions here (`create`, `get`, `update`, `trash`, `restore`) then work for all of them, so
//! every entity gets the same stamping, trash and validation behaviour. A refused write
//! returns an error before anything is written, and `Journal::write` rolls the transaction
//! back on any error anyway.
//!
//! The store owns every row write: the import writes a pack's records as they are (their own
//! ids and stamps, without a user edit's side effects) through the same row writers
//! ([`WriteTx::insert_row`], [`WriteTx::overwrite_row`], [`WriteTx::set_deleted_at`]).

mod action_item;
mod agenda_item;
mod agreement;
mod feedback;
mod goal;
mod learning;
mod partnership;
mod privacy;
mod profile;
mod session;
mod skill;
pub(crate) mod validate;

pub use agreement::{
    AdoptedVersion, Agreement, AgreementComparison, AgreementSection, AgreementStatus, SectionCheck,
};
pub(crate) use agreement::{holds_draft, in_force, revisit_on, same_terms};
pub(crate) use privacy::{owners, private_choice};
pub use session::{NewSession, SessionPlan};
pub(crate) use skill::growth;
pub use skill::{Growth, SkillGrowth};

use crate::db::{IntoSqlValue, ReadTx, WriteTx, get_instant, get_opt_instant, instant_text};
use crate::error::{Error, Problem, Result};
use crate::model::{Kind, Record, RecordKind, Visibility, dispatch_kind, kinds};
use chrono::{DateTime, Utc};
use rusqlite::types::{FromSql, ToSql, Value};
use rusqlite::{OptionalExtension, Params, Row};
use std::fmt::Display;
use uuid::Uuid;

/// What the generic store needs to know about an entity; implemented by each `…Fields` type
/// (the registry in [`crate::model::kinds`] gives its kind, id and table).
pub trait Entity: RecordKind<Id: RecordId<Fields = Self>> + Clone + 'static {
    /// The columns holding the fields, in the order `bind` gives and `read` takes them.
    const COLUMNS: &'static [&'static str];

    /// The fields that point to other records, with what the journal asks of each.
    const LINKS: &'static [Link<Self>];

    /// An SQL expression over the table's columns that names a record in a list (the
    /// trash): its name, title, or text.
    const LABEL: &'static str;

    /// The long texts whose earlier versions the journal keeps (see [`crate::history`]).
    const HISTORY: &'static [LongText<Self>] = &[];

    /// The record's private/shared choice, for the kinds that hold one (their `Entity`
    /// says [`private_choice!`]); `None` for a kind without (a partnership, a session).
    fn visibility(&self) -> Option<Visibility> {
        None
    }

    /// The private/shared choice, to change; `None` for a kind without one.
    fn visibility_mut(&mut self) -> Option<&mut Visibility> {
        None
    }

    /// The values of the columns, in the order of [`Entity::COLUMNS`].
    fn bind(&self) -> Vec<Value>;

    /// The fields, from the row's columns starting at `first`.
    fn read(row: &Row<'_>, first: usize) -> rusqlite::Result<Self>;

    /// The rules a write must pass beyond its links (checked first, by the store): field
    /// values, and rules across records. On update or restore `previous` is the stored
    /// version.
    fn validate(&self, tx: &ReadTx<'_>, previous: Option<&Self>) -> Result<()>;

    /// Derives or adjusts fields before a create or an update is stored (runs after
    /// `validate`).
    fn before_write(
        &mut self,
        _tx: &WriteTx<'_>,
        _id: Self::Id,
        _previous: Option<&Self>,
    ) -> Result<()> {
        Ok(())
    }

    /// Keeps dependent records in step after a create, update, trash or restore.
    fn after_change(_tx: &WriteTx<'_>, _record: &Record<Self::Id, Self>) -> Result<()> {
        Ok(())
    }
}

/// An id type knows which entity it names, so `get(goal_id)` needs no type annotation.
pub trait RecordId: Copy + Display + ToSql + FromSql + From<Uuid> + Into<Uuid> {
    /// The fields of the records this id names.
    type Fields: Entity<Id = Self>;
}

macro_rules! record_ids {
    ([] $($(#[$doc:meta])* $kind:ident { id: $id:ident, fields: $fields:ident, list: $list:ident, table: $table:literal, name: $name:literal }),* $(,)?) => {$(
        impl RecordId for crate::model::$id {
            type Fields = crate::model::$fields;
        }
    )*};
}
kinds!(record_ids);

/// What a link asks of the record it points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Out of the trash whenever the record is written.
    Live,
    /// Out of the trash when the link is set or changed; a link to a record that went to the
    /// trash later stays (an action agreed in a session that was since deleted).
    LiveWhenSet,
    /// Existing, in the trash or not, when the record is created: the history it comes from
    /// (an agenda item carried over from an earlier one).
    Exists,
}

/// A field of an entity that points to another record. The store checks links before an
/// entity's own rules; the import learns from them what to look for in a pack.
pub struct Link<F> {
    /// The field, as errors name it.
    pub field: &'static str,
    /// The kind of record it points to.
    pub kind: Kind,
    /// What the record it points to must be.
    pub target: Target,
    /// The link cannot change once the record exists.
    pub fixed: bool,
    /// A pack may hold the link without the record it points to (a session's pack carries
    /// its open actions but not the earlier sessions they were agreed in): the import then
    /// leaves the link out.
    pub may_dangle: bool,
    /// The record goes when the one it points to is deleted forever (true of every required
    /// link; an optional link is cleared instead, unless it says `belongs`).
    pub belongs: bool,
    /// The id it holds, if any.
    pub get: fn(&F) -> Option<Uuid>,
    /// Points it at another record, or clears it (an optional link only).
    pub set: fn(&mut F, Option<Uuid>),
}

/// A long text field of an entity that keeps a version history.
pub struct LongText<F> {
    /// The field, as the history names it.
    pub field: &'static str,
    /// Its text.
    pub get: fn(&F) -> &str,
    /// Replaces its text (restoring a version).
    pub set: fn(&mut F, String),
}

/// The [`LongText`] of the field `$field` of `Self`.
macro_rules! long_text {
    ($field:ident) => {
        $crate::store::LongText::<Self> {
            field: stringify!($field),
            get: |f| &f.$field,
            set: |f, text| f.$field = text,
        }
    };
}
pub(crate) use long_text;

/// A [`Link`] from the field `$field` of `Self` to a `$kind`, `required` (the field is an id)
/// or `optional` (an `Option` of an id), followed by its target rule and flags:
/// `link_field!(required session_id -> Session, Live, fixed)`.
macro_rules! link_field {
    (@get required $field:ident) => {
        |f| Some(f.$field.into())
    };
    (@get optional $field:ident) => {
        |f| f.$field.map(Into::into)
    };
    (@set required $field:ident) => {
        |f, id| {
            if let Some(id) = id {
                f.$field = id.into();
            }
        }
    };
    (@set optional $field:ident) => {
        |f, id| f.$field = id.map(Into::into)
    };
    // Whether a flag is named; a flag with no rule here is a compile error.
    (@has $flag:ident) => { false };
    (@has fixed fixed $($rest:ident)*) => { true };
    (@has may_dangle may_dangle $($rest:ident)*) => { true };
    (@has belongs belongs $($rest:ident)*) => { true };
    (@has $flag:ident fixed $($rest:ident)*) => { link_field!(@has $flag $($rest)*) };
    (@has $flag:ident may_dangle $($rest:ident)*) => { link_field!(@has $flag $($rest)*) };
    (@has $flag:ident belongs $($rest:ident)*) => { link_field!(@has $flag $($rest)*) };
    (@required required) => { true };
    (@required optional) => { false };
    ($presence:ident $field:ident -> $kind:ident, $target:ident $(, $flag:ident)*) => {
        $crate::store::Link::<Self> {
            field: stringify!($field),
            kind: $crate::model::Kind::$kind,
            target: $crate::store::Target::$target,
            fixed: link_field!(@has fixed $($flag)*),
            may_dangle: link_field!(@has may_dangle $($flag)*),
            belongs: link_field!(@required $presence) || link_field!(@has belongs $($flag)*),
            get: link_field!(@get $presence $field),
            set: link_field!(@set $presence $field),
        }
    };
}
pub(crate) use link_field;

/// `id, <fields>, created_at, updated_at, deleted_at` of an entity's table.
fn select_list<F: Entity>() -> String {
    format!(
        "id, {}, created_at, updated_at, deleted_at",
        F::COLUMNS.join(", ")
    )
}

fn read_record<F: Entity>(row: &Row<'_>) -> rusqlite::Result<Record<F::Id, F>> {
    let stamps = 1 + F::COLUMNS.len();
    Ok(Record {
        id: row.get(0)?,
        fields: F::read(row, 1)?,
        created_at: get_instant(row, stamps)?,
        updated_at: get_instant(row, stamps + 1)?,
        deleted_at: get_opt_instant(row, stamps + 2)?,
    })
}

impl ReadTx<'_> {
    /// The record with this id, in the trash or not.
    pub fn get<I: RecordId>(&self, id: I) -> Result<Record<I, I::Fields>> {
        self.find(id)?.ok_or_else(|| Error::NotFound {
            kind: I::Fields::KIND,
            id: id.to_string(),
        })
    }

    pub(crate) fn find<I: RecordId>(&self, id: I) -> Result<Option<Record<I, I::Fields>>> {
        let sql = format!(
            "SELECT {} FROM {} WHERE id = ?1",
            select_list::<I::Fields>(),
            I::Fields::TABLE
        );
        Ok(self
            .prepare(&sql)?
            .query_row([id], read_record)
            .optional()?)
    }

    /// Live records matching `condition` (an SQL expression over the entity's columns), in
    /// `order`.
    pub(crate) fn list_where<F: Entity>(
        &self,
        condition: &str,
        params: impl Params,
        order: &str,
    ) -> Result<Vec<Record<F::Id, F>>> {
        self.list_with_trash(
            &format!("deleted_at IS NULL AND ({condition})"),
            params,
            order,
        )
    }

    /// Records matching `condition`, in the trash or not (exports carry deletions).
    pub(crate) fn list_with_trash<F: Entity>(
        &self,
        condition: &str,
        params: impl Params,
        order: &str,
    ) -> Result<Vec<Record<F::Id, F>>> {
        let sql = format!(
            "SELECT {} FROM {} WHERE ({condition}) ORDER BY {order}",
            select_list::<F>(),
            F::TABLE
        );
        let mut stmt = self.prepare(&sql)?;
        let rows = stmt.query_map(params, read_record)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Where the record of `kind` with `id` stands: `None` when there is none, else its
    /// `deleted_at` (`Some(None)` when it is out of the trash).
    pub(crate) fn deleted_at(&self, kind: Kind, id: Uuid) -> Result<Option<Option<DateTime<Utc>>>> {
        let sql = format!("SELECT deleted_at FROM {} WHERE id = ?1", kind.table());
        Ok(self
            .prepare(&sql)?
            .query_row([id.to_string()], |row| get_opt_instant(row, 0))
            .optional()?)
    }

    /// The record a link points to must be live, or the write is refused naming the field.
    fn require_live_link(&self, field: &'static str, kind: Kind, id: Uuid) -> Result<()> {
        match self.deleted_at(kind, id)? {
            Some(None) => Ok(()),
            state => Err(link_refused(field, kind, id, state.is_some())),
        }
    }

    /// Checks every link of `fields` against what it points to (and, on update or restore,
    /// against the `previous` version).
    fn check_links<F: Entity>(&self, fields: &F, previous: Option<&F>) -> Result<()> {
        for link in F::LINKS {
            let id = (link.get)(fields);
            let before = previous.map(|p| (link.get)(p));
            if link.fixed {
                validate::unchanged(link.field, &id, before.as_ref())?;
            }
            let Some(id) = id else { continue };
            match link.target {
                Target::Live => self.require_live_link(link.field, link.kind, id)?,
                Target::LiveWhenSet if before != Some(Some(id)) => {
                    self.require_live_link(link.field, link.kind, id)?;
                }
                Target::LiveWhenSet => {}
                Target::Exists => {
                    if previous.is_none() && self.deleted_at(link.kind, id)?.is_none() {
                        return Err(link_refused(link.field, link.kind, id, false));
                    }
                }
            }
        }
        Ok(())
    }

    /// Every rule a write of `fields` must pass: its links, then the entity's own rules.
    pub(crate) fn check<F: Entity>(&self, fields: &F, previous: Option<&F>) -> Result<()> {
        self.check_links(fields, previous)?;
        fields.validate(self, previous)
    }

    /// The live record a field points to, or an error naming the field.
    pub(crate) fn require_live<I: RecordId>(
        &self,
        field: &'static str,
        id: I,
    ) -> Result<Record<I, I::Fields>> {
        match self.find(id)? {
            Some(record) if !record.is_trashed() => Ok(record),
            other => Err(link_refused(
                field,
                I::Fields::KIND,
                id.into(),
                other.is_some(),
            )),
        }
    }

    fn require_untrashed<I: RecordId>(&self, id: I) -> Result<Record<I, I::Fields>> {
        let record = self.get(id)?;
        if record.is_trashed() {
            return Err(Error::Trashed {
                kind: I::Fields::KIND,
                id: id.to_string(),
            });
        }
        Ok(record)
    }
}

/// Why a write is refused whose `field` points to a record that is not live: there is none
/// (`exists` false), or it is in the trash.
fn link_refused(field: &'static str, kind: Kind, id: Uuid, exists: bool) -> Error {
    let id = id.to_string();
    Error::invalid(
        field,
        if exists {
            Problem::TrashedParent { kind, id }
        } else {
            Problem::UnknownParent { kind, id }
        },
    )
}

impl WriteTx<'_> {
    /// Stores a new record after checking its rules.
    pub fn create<F: Entity>(&self, mut fields: F) -> Result<Record<F::Id, F>> {
        self.check(&fields, None)?;
        self.private_under_private_parent(&mut fields)?;
        let id: F::Id = self.new_id();
        fields.before_write(self, id, None)?;
        self.insert_row(&Record {
            id,
            fields,
            created_at: self.now(),
            updated_at: self.now(),
            deleted_at: None,
        })?;
        let record = self.get(id)?;
        F::after_change(self, &record)?;
        Ok(record)
    }

    /// Replaces the fields of a record that is not in the trash.
    pub fn update<I: RecordId>(
        &self,
        id: I,
        mut fields: I::Fields,
    ) -> Result<Record<I, I::Fields>> {
        let previous = self.require_untrashed(id)?;
        self.check(&fields, Some(&previous.fields))?;
        fields.before_write(self, id, Some(&previous.fields))?;
        self.keep_versions(&previous, &fields, false)?;
        self.overwrite_row(&Record {
            id,
            fields,
            created_at: previous.created_at,
            updated_at: self.now(),
            deleted_at: None,
        })?;
        let record = self.get(id)?;
        I::Fields::after_change(self, &record)?;
        Ok(record)
    }

    /// Moves a record to the trash; `restore` brings it back.
    pub fn trash<I: RecordId>(&self, id: I) -> Result<Record<I, I::Fields>> {
        self.require_untrashed(id)?;
        self.set_deleted_at(I::Fields::KIND, id.into(), Some(self.now()), true)?;
        let record = self.get(id)?;
        I::Fields::after_change(self, &record)?;
        Ok(record)
    }

    /// Takes a record out of the trash; its parents must not be in the trash.
    pub fn restore<I: RecordId>(&self, id: I) -> Result<Record<I, I::Fields>> {
        let trashed = self.get(id)?;
        if !trashed.is_trashed() {
            return Ok(trashed);
        }
        self.check(&trashed.fields, Some(&trashed.fields))?;
        self.set_deleted_at(I::Fields::KIND, id.into(), None, true)?;
        let record = self.get(id)?;
        I::Fields::after_change(self, &record)?;
        Ok(record)
    }

    /// Moves the record of `kind` with `id` to the trash, whatever its kind.
    pub fn trash_record(&self, kind: Kind, id: Uuid) -> Result<()> {
        dispatch_kind!(kind, F => self.trash(<F as RecordKind>::Id::from(id)).map(drop))
    }

    /// Takes the record of `kind` with `id` out of the trash, whatever its kind.
    pub fn restore_record(&self, kind: Kind, id: Uuid) -> Result<()> {
        dispatch_kind!(kind, F => self.restore(<F as RecordKind>::Id::from(id)).map(drop))
    }

    /// Inserts a record as it is, with its own id and stamps, out of the trash.
    pub(crate) fn insert_row<F: Entity>(&self, record: &Record<F::Id, F>) -> Result<()> {
        let placeholders = (1..=F::COLUMNS.len() + 3)
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "INSERT INTO {} (id, {}, created_at, updated_at, deleted_at) VALUES ({placeholders}, NULL)",
            F::TABLE,
            F::COLUMNS.join(", "),
        );
        let mut values = vec![record.id.into_sql()];
        values.extend(record.fields.bind());
        values.push(record.created_at.into_sql());
        values.push(record.updated_at.into_sql());
        self.execute(&sql, rusqlite::params_from_iter(values))?;
        Ok(())
    }

    /// Replaces a record's fields and `updated_at` as they are, and takes it out of the
    /// trash; its `created_at` stays the stored one.
    pub(crate) fn overwrite_row<F: Entity>(&self, record: &Record<F::Id, F>) -> Result<()> {
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
        let mut values = vec![record.id.into_sql()];
        values.extend(record.fields.bind());
        values.push(record.updated_at.into_sql());
        self.execute(&sql, rusqlite::params_from_iter(values))?;
        Ok(())
    }

    /// Sets (or with `None` clears) when the record of `kind` with `id` went to the trash;
    /// `stamp` makes it an edit of this transaction (`updated_at` = now), as a user's trash or
    /// restore is, while a pack's deletion keeps the pack's stamps.
    pub(crate) fn set_deleted_at(
        &self,
        kind: Kind,
        id: Uuid,
        deleted_at: Option<DateTime<Utc>>,
        stamp: bool,
    ) -> Result<()> {
        let table = kind.table();
        let deleted_at = deleted_at.map(instant_text);
        if stamp {
            self.execute(
                &format!("UPDATE {table} SET deleted_at = ?2, updated_at = ?3 WHERE id = ?1"),
                (id.to_string(), deleted_at, instant_text(self.now())),
            )?;
        } else {
            self.execute(
                &format!("UPDATE {table} SET deleted_at = ?2 WHERE id = ?1"),
                (id.to_string(), deleted_at),
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::each_kind;
    use crate::{Journal, ManualClock};
    use std::sync::Arc;

    fn journal() -> Journal {
        Journal::open_in_memory(Arc::new(ManualClock::new(chrono::DateTime::UNIX_EPOCH))).unwrap()
    }

    /// A kind declared in the registry but missing from the migrations (or with a column the
    /// migrations lack) fails here, and so does a record table the registry does not declare.
    #[test]
    fn every_declared_kind_has_its_table_and_every_record_table_is_declared() {
        let journal = journal();
        journal
            .read(|tx| {
                let mut declared = Vec::new();
                each_kind!(F => {
                    declared.push(F::TABLE.to_owned());
                    let sql = format!("SELECT {} FROM {} LIMIT 0", select_list::<F>(), F::TABLE);
                    assert!(tx.prepare(&sql).is_ok(), "the columns of {}", F::TABLE);
                    let sql = format!("SELECT {} FROM {} LIMIT 0", F::LABEL, F::TABLE);
                    assert!(tx.prepare(&sql).is_ok(), "the label of {}", F::TABLE);
                });
                let tables: Vec<String> = tx
                    .prepare(
                        "SELECT m.name FROM sqlite_master m
                         WHERE m.type = 'table' AND EXISTS (
                             SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'deleted_at')
                         ORDER BY m.name",
                    )?
                    .query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                declared.sort();
                assert_eq!(tables, declared);
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn a_read_cannot_write() {
        let journal = journal();
        let refused = journal.read(|tx| {
            tx.prepare("DELETE FROM goal")?;
            Ok(())
        });
        assert!(
            matches!(refused, Err(Error::Sqlite(rusqlite::Error::InvalidQuery))),
            "{refused:?}"
        );
    }

    #[test]
    fn a_dry_run_leaves_the_journal_as_it_was() {
        let journal = journal();
        let created = journal
            .dry_run(|tx| {
                tx.create(crate::model::SkillFields {
                    partnership_id: None,
                    name: "Prompting".into(),
                    category: String::new(),
                    direction: crate::model::Direction::Learn,
                    visibility: crate::model::Visibility::Shared,
                })
            })
            .unwrap();
        assert_eq!(
            created.fields.name, "Prompting",
            "the dry run saw its write"
        );
        let skills = journal.read(|tx| tx.skills(None)).unwrap();
        assert!(skills.is_empty(), "and the journal kept none of it");
    }
}
