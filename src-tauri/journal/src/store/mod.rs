//! Queries and rules, one module per entity, over one generic record store.
//!
//! Every entity's `Fields` type implements [`Entity`]: its table, its columns, how its fields
//! bind and read, and the rules a write must pass. The generic functions here (`create`, `get`,
//! `update`, `trash`, `restore`) then work for all of them, so every entity gets the same
//! stamping, trash and validation behaviour. A refused write returns an error before anything is
//! written, and `Journal::write` rolls the transaction back on any error anyway.

mod action_item;
mod agenda_item;
mod feedback;
mod goal;
mod learning;
mod partnership;
mod profile;
mod session;
mod skill;
pub(crate) mod validate;

pub use session::{NewSession, SessionPlan};
pub use skill::{Growth, SkillGrowth};

use crate::db::{ReadTx, WriteTx, get_instant, get_opt_instant, instant_text};
use crate::error::{Error, Problem, Result};
use crate::model::{Kind, Record};
use rusqlite::types::{FromSql, ToSql, Value};
use rusqlite::{OptionalExtension, Params, Row};
use std::fmt::Display;
use uuid::Uuid;

/// What the generic store needs to know about an entity; implemented by each `…Fields` type.
pub trait Entity: Sized + Clone {
    type Id: RecordId<Fields = Self>;
    const KIND: Kind;
    const TABLE: &'static str;
    /// The columns holding the fields, in the order `bind` gives and `read` takes them.
    const COLUMNS: &'static [&'static str];

    fn bind(&self) -> Vec<Value>;
    fn read(row: &Row<'_>, first: usize) -> rusqlite::Result<Self>;

    /// The rules a write must pass: field values, live parents, and (on update or restore,
    /// where `previous` is the stored version) what may not change.
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
    type Fields: Entity<Id = Self>;
}

macro_rules! record_ids {
    ($($id:ident => $fields:ident),* $(,)?) => {$(
        impl RecordId for crate::model::$id {
            type Fields = crate::model::$fields;
        }
    )*};
}
record_ids!(
    PartnershipId => PartnershipFields,
    GoalId => GoalFields,
    GoalCheckInId => GoalCheckInFields,
    SessionId => SessionFields,
    AgendaItemId => AgendaItemFields,
    ActionItemId => ActionItemFields,
    SkillId => SkillFields,
    SkillRatingId => SkillRatingFields,
    LearningId => LearningFields,
    FeedbackId => FeedbackFields,
);

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
            .conn
            .prepare_cached(&sql)?
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
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params, read_record)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The live record a field points to, or an error naming the field.
    pub(crate) fn require_live<I: RecordId>(
        &self,
        field: &'static str,
        id: I,
    ) -> Result<Record<I, I::Fields>> {
        let kind = I::Fields::KIND;
        match self.find(id)? {
            None => Err(Error::invalid(
                field,
                Problem::UnknownParent {
                    kind,
                    id: id.to_string(),
                },
            )),
            Some(r) if r.is_trashed() => Err(Error::invalid(
                field,
                Problem::TrashedParent {
                    kind,
                    id: id.to_string(),
                },
            )),
            Some(r) => Ok(r),
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

impl WriteTx<'_> {
    /// Stores a new record after checking its rules.
    pub fn create<F: Entity>(&self, mut fields: F) -> Result<Record<F::Id, F>> {
        fields.validate(self, None)?;
        let id: F::Id = self.new_id();
        fields.before_write(self, id, None)?;
        let now = instant_text(self.now());
        let columns = F::COLUMNS.join(", ");
        let placeholders = (1..=F::COLUMNS.len() + 3)
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>();
        let sql = format!(
            "INSERT INTO {} (id, {columns}, created_at, updated_at) VALUES ({})",
            F::TABLE,
            placeholders.join(", ")
        );
        let mut values = vec![Value::Text(id.to_string())];
        values.extend(fields.bind());
        values.push(Value::Text(now.clone()));
        values.push(Value::Text(now));
        self.conn
            .prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(values))?;
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
        fields.validate(self, Some(&previous.fields))?;
        fields.before_write(self, id, Some(&previous.fields))?;
        let assignments = I::Fields::COLUMNS
            .iter()
            .enumerate()
            .map(|(i, column)| format!("{column} = ?{}", i + 2))
            .collect::<Vec<_>>()
            .join(", ");
        let stamp = I::Fields::COLUMNS.len() + 2;
        let sql = format!(
            "UPDATE {} SET {assignments}, updated_at = ?{stamp} WHERE id = ?1",
            I::Fields::TABLE
        );
        let mut values = vec![Value::Text(id.to_string())];
        values.extend(fields.bind());
        values.push(Value::Text(instant_text(self.now())));
        self.conn
            .prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(values))?;
        let record = self.get(id)?;
        I::Fields::after_change(self, &record)?;
        Ok(record)
    }

    /// Moves a record to the trash; `restore` brings it back.
    pub fn trash<I: RecordId>(&self, id: I) -> Result<Record<I, I::Fields>> {
        self.require_untrashed(id)?;
        let sql = format!(
            "UPDATE {} SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
            I::Fields::TABLE
        );
        self.conn
            .prepare_cached(&sql)?
            .execute((id, instant_text(self.now())))?;
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
        trashed.fields.validate(self, Some(&trashed.fields))?;
        let sql = format!(
            "UPDATE {} SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
            I::Fields::TABLE
        );
        self.conn
            .prepare_cached(&sql)?
            .execute((id, instant_text(self.now())))?;
        let record = self.get(id)?;
        I::Fields::after_change(self, &record)?;
        Ok(record)
    }
}
