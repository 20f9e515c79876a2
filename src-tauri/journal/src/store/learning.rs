//! The learning log: "what I learned / applied", optionally tied to a skill or a session.

use super::{Entity, Link, LongText, link_field, long_text, validate};
use crate::db::{IntoSqlValue, ReadTx, WriteTx, get_date};
use crate::error::{Error, Problem, Result};
use crate::model::{Learning, LearningFields, LearningId, PartnershipId, SessionId, SkillId};
use rusqlite::Row;
use rusqlite::types::Value;

impl LearningFields {
    /// The partnership the links imply: the session's, else the skill's.
    fn implied_partnership(&self, tx: &ReadTx<'_>) -> Result<Option<PartnershipId>> {
        if let Some(session) = self.session_id {
            return Ok(Some(
                tx.require_live("session_id", session)?
                    .fields
                    .partnership_id,
            ));
        }
        if let Some(skill) = self.skill_id {
            return Ok(tx.require_live("skill_id", skill)?.fields.partnership_id);
        }
        Ok(None)
    }
}

impl Entity for LearningFields {
    super::private_choice!();

    const LINKS: &'static [Link<Self>] = &[
        link_field!(optional partnership_id -> Partnership, Live, belongs),
        link_field!(optional skill_id -> Skill, Live, may_dangle),
        link_field!(optional session_id -> Session, Live, may_dangle),
    ];
    const LABEL: &'static str = "text";
    const HISTORY: &'static [LongText<Self>] = &[long_text!(text)];
    const COLUMNS: &'static [&'static str] = &[
        "partnership_id",
        "\"on\"",
        "text",
        "skill_id",
        "session_id",
        "visibility",
        "author",
    ];

    fn bind(&self) -> Vec<Value> {
        vec![
            self.partnership_id.into_sql(),
            self.on.into_sql(),
            self.text.clone().into_sql(),
            self.skill_id.into_sql(),
            self.session_id.into_sql(),
            self.visibility.into_sql(),
            self.author.into_sql(),
        ]
    }

    fn read(row: &Row<'_>, i: usize) -> rusqlite::Result<Self> {
        Ok(Self {
            partnership_id: row.get(i)?,
            on: get_date(row, i + 1)?,
            text: row.get(i + 2)?,
            skill_id: row.get(i + 3)?,
            session_id: row.get(i + 4)?,
            visibility: row.get(i + 5)?,
            author: row.get(i + 6)?,
        })
    }

    fn validate(&self, tx: &ReadTx<'_>, _previous: Option<&Self>) -> Result<()> {
        validate::required("text", &self.text)?;
        let implied = self.implied_partnership(tx)?;
        if let (Some(given), Some(implied)) = (self.partnership_id, implied)
            && given != implied
        {
            return Err(Error::invalid("session_id", Problem::OtherPartnership));
        }
        if let (Some(session), Some(skill)) = (self.session_id, self.skill_id) {
            let session_partnership = tx.get(session)?.fields.partnership_id;
            if tx
                .get(skill)?
                .fields
                .partnership_id
                .is_some_and(|p| p != session_partnership)
            {
                return Err(Error::invalid("skill_id", Problem::OtherPartnership));
            }
        }
        Ok(())
    }

    fn before_write(
        &mut self,
        tx: &WriteTx<'_>,
        _id: LearningId,
        _previous: Option<&Self>,
    ) -> Result<()> {
        if self.partnership_id.is_none() {
            self.partnership_id = self.implied_partnership(tx)?;
        }
        Ok(())
    }
}

impl ReadTx<'_> {
    /// The learning log, newest first: one partnership's, or the whole journal's.
    pub fn learnings(&self, partnership: Option<PartnershipId>) -> Result<Vec<Learning>> {
        match partnership {
            Some(p) => self.list_where("partnership_id = ?1", [p], "\"on\" DESC, seq DESC"),
            None => self.list_where("1", [], "\"on\" DESC, seq DESC"),
        }
    }

    /// Learnings recorded as evidence of a skill, newest first.
    pub fn learnings_for_skill(&self, skill: SkillId) -> Result<Vec<Learning>> {
        self.list_where("skill_id = ?1", [skill], "\"on\" DESC, seq DESC")
    }

    /// Learnings tied to a session.
    pub fn learnings_for_session(&self, session: SessionId) -> Result<Vec<Learning>> {
        self.list_where("session_id = ?1", [session], "\"on\" DESC, seq DESC")
    }
}
