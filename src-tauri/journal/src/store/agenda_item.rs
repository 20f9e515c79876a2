//! Agenda items: ordered, time-boxed, optionally linked to a goal, possibly carried over from an
//! earlier session.

use super::{Entity, Link, link_field, validate};
use crate::db::{IntoSqlValue, ReadTx, WriteTx, get_opt_small, get_small, instant_text};
use crate::error::{Error, Problem, Result};
use crate::model::{AgendaItem, AgendaItemFields, AgendaItemId, SessionId};
use rusqlite::Row;
use rusqlite::types::Value;

/// The longest time-box one agenda item may have, in minutes.
pub const MAX_ITEM_MINUTES: u32 = 8 * 60;

impl Entity for AgendaItemFields {
    super::private_choice!();

    const LINKS: &'static [Link<Self>] = &[
        link_field!(required session_id -> Session, Live, fixed),
        link_field!(optional goal_id -> Goal, Live, may_dangle),
        link_field!(optional carried_from -> AgendaItem, Exists, fixed, may_dangle),
    ];
    const LABEL: &'static str = "text";
    const COLUMNS: &'static [&'static str] = &[
        "session_id",
        "position",
        "text",
        "minutes",
        "owner",
        "covered",
        "carried_from",
        "goal_id",
        "visibility",
    ];

    fn bind(&self) -> Vec<Value> {
        vec![
            self.session_id.into_sql(),
            self.position.into_sql(),
            self.text.clone().into_sql(),
            self.minutes.into_sql(),
            self.owner.into_sql(),
            self.covered.into_sql(),
            self.carried_from.into_sql(),
            self.goal_id.into_sql(),
            self.visibility.into_sql(),
        ]
    }

    fn read(row: &Row<'_>, i: usize) -> rusqlite::Result<Self> {
        Ok(Self {
            session_id: row.get(i)?,
            position: get_small(row, i + 1)?,
            text: row.get(i + 2)?,
            minutes: get_opt_small(row, i + 3)?,
            owner: row.get(i + 4)?,
            covered: row.get(i + 5)?,
            carried_from: row.get(i + 6)?,
            goal_id: row.get(i + 7)?,
            visibility: row.get(i + 8)?,
        })
    }

    fn validate(&self, tx: &ReadTx<'_>, _previous: Option<&Self>) -> Result<()> {
        validate::required("text", &self.text)?;
        if let Some(minutes) = self.minutes {
            validate::range("minutes", minutes, 1, i64::from(MAX_ITEM_MINUTES))?;
        }
        if let Some(goal) = self.goal_id {
            let session = tx.get(self.session_id)?;
            if tx.get(goal)?.fields.partnership_id != session.fields.partnership_id {
                return Err(Error::invalid("goal_id", Problem::OtherPartnership));
            }
        }
        Ok(())
    }

    /// Places the item at its `position` and renumbers the session's live items 0..n, so the
    /// order never has gaps or ties after a user's move.
    fn before_write(
        &mut self,
        tx: &WriteTx<'_>,
        id: AgendaItemId,
        previous: Option<&Self>,
    ) -> Result<()> {
        if previous.is_some_and(|p| p.position == self.position) {
            return Ok(());
        }
        // Appending a new item (the common case: typing an agenda, carry-over) needs no
        // renumbering: it goes after the highest position in use.
        if previous.is_none() {
            let last: Option<u32> = tx
                .prepare(
                    "SELECT max(position) FROM agenda_item WHERE session_id = ?1 AND deleted_at IS NULL",
                )?
                .query_row([self.session_id], |row| row.get(0))?;
            let next = last.map_or(0, |last| last.saturating_add(1));
            if self.position >= next {
                self.position = next;
                return Ok(());
            }
        }
        let mut order: Vec<(AgendaItemId, u32)> = tx
            .agenda(self.session_id)?
            .into_iter()
            .filter(|item| item.id != id)
            .map(|item| (item.id, item.fields.position))
            .collect();
        let at = usize::try_from(self.position)
            .unwrap_or(usize::MAX)
            .min(order.len());
        order.insert(at, (id, u32::MAX));
        let now = instant_text(tx.now());
        let mut renumber = tx.prepare_write(
            "UPDATE agenda_item SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position <> ?2",
        )?;
        for (index, (item, old)) in order.into_iter().enumerate() {
            let index = u32::try_from(index).unwrap_or(u32::MAX);
            if item == id {
                self.position = index;
            } else if old != index {
                renumber.execute((item, index, &now))?;
            }
        }
        Ok(())
    }
}

impl ReadTx<'_> {
    /// A session's agenda in order.
    pub fn agenda(&self, session: SessionId) -> Result<Vec<AgendaItem>> {
        self.list_where("session_id = ?1", [session], "position, seq")
    }
}
