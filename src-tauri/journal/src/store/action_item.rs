//! Action items agreed in a partnership: who does what by when.

use super::{Entity, Link, link_field, validate};
use crate::db::{IntoSqlValue, ReadTx, WriteTx, get_opt_date, get_opt_instant};
use crate::error::Result;
use crate::model::{ActionItem, ActionItemFields, ActionItemId, PartnershipId, SessionId};
use rusqlite::Row;
use rusqlite::types::Value;

impl Entity for ActionItemFields {
    super::private_choice!();

    const LINKS: &'static [Link<Self>] = &[
        link_field!(required partnership_id -> Partnership, Live, fixed),
        link_field!(optional session_id -> Session, LiveWhenSet, may_dangle),
    ];
    const LABEL: &'static str = "text";
    const COLUMNS: &'static [&'static str] = &[
        "partnership_id",
        "session_id",
        "text",
        "owner",
        "due_on",
        "done_at",
        "visibility",
    ];

    fn bind(&self) -> Vec<Value> {
        vec![
            self.partnership_id.into_sql(),
            self.session_id.into_sql(),
            self.text.clone().into_sql(),
            self.owner.into_sql(),
            self.due_on.into_sql(),
            self.done_at.into_sql(),
            self.visibility.into_sql(),
        ]
    }

    fn read(row: &Row<'_>, i: usize) -> rusqlite::Result<Self> {
        Ok(Self {
            partnership_id: row.get(i)?,
            session_id: row.get(i + 1)?,
            text: row.get(i + 2)?,
            owner: row.get(i + 3)?,
            due_on: get_opt_date(row, i + 4)?,
            done_at: get_opt_instant(row, i + 5)?,
            visibility: row.get(i + 6)?,
        })
    }

    fn validate(&self, tx: &ReadTx<'_>, previous: Option<&Self>) -> Result<()> {
        if previous.is_none_or(|p| p.session_id != self.session_id) {
            validate::session_of(tx, "session_id", self.session_id, self.partnership_id)?;
        }
        validate::required("text", &self.text)
    }
}

impl ReadTx<'_> {
    /// A partnership's action items: open ones first by due date (undated last), then done
    /// ones, most recently done first.
    pub fn actions(&self, partnership: PartnershipId) -> Result<Vec<ActionItem>> {
        self.list_where(
            "partnership_id = ?1",
            [partnership],
            "done_at IS NOT NULL, due_on IS NULL, due_on, done_at DESC, seq",
        )
    }

    /// A partnership's open action items, by due date (undated last).
    pub fn open_actions(&self, partnership: PartnershipId) -> Result<Vec<ActionItem>> {
        self.list_where(
            "partnership_id = ?1 AND done_at IS NULL",
            [partnership],
            "due_on IS NULL, due_on, seq",
        )
    }

    /// Action items agreed in one session.
    pub fn actions_of_session(&self, session: SessionId) -> Result<Vec<ActionItem>> {
        self.list_where(
            "session_id = ?1",
            [session],
            "done_at IS NOT NULL, due_on IS NULL, due_on, seq",
        )
    }
}

impl WriteTx<'_> {
    /// Marks an action item done now, or open again.
    pub fn set_action_done(&self, id: ActionItemId, done: bool) -> Result<ActionItem> {
        let mut fields = self.get(id)?.fields;
        fields.done_at = if done {
            fields.done_at.or(Some(self.now()))
        } else {
            None
        };
        self.update(id, fields)
    }
}
