//! Feedback in both directions: given by me, received from my partner.

use super::{Entity, Link, LongText, link_field, long_text, validate};
use crate::db::{IntoSqlValue, ReadTx, get_date, get_opt_small};
use crate::error::{Error, Problem, Result};
use crate::model::{Feedback, FeedbackFields, PartnershipId, SessionId};
use rusqlite::Row;
use rusqlite::types::Value;

impl Entity for FeedbackFields {
    super::private_choice!();

    const LINKS: &'static [Link<Self>] = &[
        link_field!(required partnership_id -> Partnership, Live, fixed),
        link_field!(optional session_id -> Session, LiveWhenSet, may_dangle),
    ];
    const LABEL: &'static str = "went_well || ' ' || to_improve";
    const HISTORY: &'static [LongText<Self>] = &[long_text!(went_well), long_text!(to_improve)];
    const COLUMNS: &'static [&'static str] = &[
        "partnership_id",
        "session_id",
        "author",
        "\"on\"",
        "rating",
        "went_well",
        "to_improve",
        "visibility",
    ];

    fn bind(&self) -> Vec<Value> {
        vec![
            self.partnership_id.into_sql(),
            self.session_id.into_sql(),
            self.author.into_sql(),
            self.on.into_sql(),
            self.rating.into_sql(),
            self.went_well.clone().into_sql(),
            self.to_improve.clone().into_sql(),
            self.visibility.into_sql(),
        ]
    }

    fn read(row: &Row<'_>, i: usize) -> rusqlite::Result<Self> {
        Ok(Self {
            partnership_id: row.get(i)?,
            session_id: row.get(i + 1)?,
            author: row.get(i + 2)?,
            on: get_date(row, i + 3)?,
            rating: get_opt_small(row, i + 4)?,
            went_well: row.get(i + 5)?,
            to_improve: row.get(i + 6)?,
            visibility: row.get(i + 7)?,
        })
    }

    fn validate(&self, tx: &ReadTx<'_>, previous: Option<&Self>) -> Result<()> {
        if previous.is_none_or(|p| p.session_id != self.session_id) {
            validate::session_of(tx, "session_id", self.session_id, self.partnership_id)?;
        }
        if let Some(rating) = self.rating {
            validate::range("rating", rating, 1, 5)?;
        }
        validate::text("went_well", &self.went_well)?;
        validate::text("to_improve", &self.to_improve)?;
        if self.rating.is_none()
            && self.went_well.trim().is_empty()
            && self.to_improve.trim().is_empty()
        {
            return Err(Error::invalid(
                "went_well",
                Problem::Other("problem-feedback-empty"),
            ));
        }
        Ok(())
    }
}

impl ReadTx<'_> {
    /// A partnership's feedback, newest first.
    pub fn feedback(&self, partnership: PartnershipId) -> Result<Vec<Feedback>> {
        self.list_where(
            "partnership_id = ?1",
            [partnership],
            "\"on\" DESC, seq DESC",
        )
    }

    /// Feedback about one session, newest first.
    pub fn feedback_for_session(&self, session: SessionId) -> Result<Vec<Feedback>> {
        self.list_where("session_id = ?1", [session], "\"on\" DESC, seq DESC")
    }
}
