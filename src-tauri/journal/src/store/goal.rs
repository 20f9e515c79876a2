//! Goals and their check-ins: the progress history of a goal.

use super::{Entity, Link, LongText, link_field, long_text, validate};
use crate::db::{IntoSqlValue, ReadTx, WriteTx, get_date, get_opt_date, get_small};
use crate::error::Result;
use crate::model::{Goal, GoalCheckIn, GoalCheckInFields, GoalFields, GoalId, PartnershipId};
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row};

impl Entity for GoalFields {
    super::private_choice!();

    const LINKS: &'static [Link<Self>] =
        &[link_field!(required partnership_id -> Partnership, Live, fixed)];
    const LABEL: &'static str = "title";
    const HISTORY: &'static [LongText<Self>] =
        &[long_text!(description), long_text!(success_criteria)];
    const COLUMNS: &'static [&'static str] = &[
        "partnership_id",
        "title",
        "description",
        "direction",
        "success_criteria",
        "target_on",
        "status",
        "progress",
        "visibility",
    ];

    fn bind(&self) -> Vec<Value> {
        vec![
            self.partnership_id.into_sql(),
            self.title.clone().into_sql(),
            self.description.clone().into_sql(),
            self.direction.into_sql(),
            self.success_criteria.clone().into_sql(),
            self.target_on.into_sql(),
            self.status.into_sql(),
            self.progress.into_sql(),
            self.visibility.into_sql(),
        ]
    }

    fn read(row: &Row<'_>, i: usize) -> rusqlite::Result<Self> {
        Ok(Self {
            partnership_id: row.get(i)?,
            title: row.get(i + 1)?,
            description: row.get(i + 2)?,
            direction: row.get(i + 3)?,
            success_criteria: row.get(i + 4)?,
            target_on: get_opt_date(row, i + 5)?,
            status: row.get(i + 6)?,
            progress: get_small(row, i + 7)?,
            visibility: row.get(i + 8)?,
        })
    }

    fn validate(&self, _tx: &ReadTx<'_>, _previous: Option<&Self>) -> Result<()> {
        validate::required_line("title", &self.title)?;
        validate::text("description", &self.description)?;
        validate::text("success_criteria", &self.success_criteria)?;
        validate::range("progress", self.progress, 0, 100)
    }
}

impl Entity for GoalCheckInFields {
    super::private_choice!();

    const LINKS: &'static [Link<Self>] = &[link_field!(required goal_id -> Goal, Live, fixed)];
    const LABEL: &'static str = "note";
    const COLUMNS: &'static [&'static str] =
        &["goal_id", "\"on\"", "progress", "note", "visibility"];

    fn bind(&self) -> Vec<Value> {
        vec![
            self.goal_id.into_sql(),
            self.on.into_sql(),
            self.progress.into_sql(),
            self.note.clone().into_sql(),
            self.visibility.into_sql(),
        ]
    }

    fn read(row: &Row<'_>, i: usize) -> rusqlite::Result<Self> {
        Ok(Self {
            goal_id: row.get(i)?,
            on: get_date(row, i + 1)?,
            progress: get_small(row, i + 2)?,
            note: row.get(i + 3)?,
            visibility: row.get(i + 4)?,
        })
    }

    fn validate(&self, _tx: &ReadTx<'_>, _previous: Option<&Self>) -> Result<()> {
        validate::range("progress", self.progress, 0, 100)?;
        validate::text("note", &self.note)
    }

    /// The goal's progress follows its latest check-in, so the history and the headline
    /// number never disagree.
    fn after_change(tx: &WriteTx<'_>, record: &GoalCheckIn) -> Result<()> {
        let goal_id = record.fields.goal_id;
        let latest: Option<u8> = tx
            .prepare(
                "SELECT progress FROM goal_check_in WHERE goal_id = ?1 AND deleted_at IS NULL
                 ORDER BY \"on\" DESC, seq DESC LIMIT 1",
            )?
            .query_row([goal_id], |row| get_small(row, 0))
            .optional()?;
        let goal = tx.get(goal_id)?;
        if let Some(progress) = latest
            && progress != goal.fields.progress
            && !goal.is_trashed()
        {
            let mut fields = goal.fields;
            fields.progress = progress;
            tx.update(goal_id, fields)?;
        }
        Ok(())
    }
}

impl ReadTx<'_> {
    /// A partnership's goals: unfinished first, then by target date.
    pub fn goals(&self, partnership: PartnershipId) -> Result<Vec<Goal>> {
        self.list_where(
            "partnership_id = ?1",
            [partnership],
            "CASE status WHEN 'in_progress' THEN 0 WHEN 'open' THEN 1 WHEN 'achieved' THEN 2 ELSE 3 END,
             target_on IS NULL, target_on, seq",
        )
    }

    /// A goal's progress history, oldest first.
    pub fn check_ins(&self, goal: GoalId) -> Result<Vec<GoalCheckIn>> {
        self.list_where("goal_id = ?1", [goal], "\"on\", seq")
    }
}
