//! Skills learned or taught, their ratings over time, and the growth those ratings show.

use super::{Entity, Link, link_field, validate};
use crate::db::{IntoSqlValue, ReadTx, get_date, get_small};
use crate::error::Result;
use crate::model::{
    PartnershipId, Party, Skill, SkillFields, SkillId, SkillRating, SkillRatingFields,
};
use chrono::NaiveDate;
use rusqlite::Row;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

impl Entity for SkillFields {
    super::private_choice!();

    const LINKS: &'static [Link<Self>] =
        &[link_field!(optional partnership_id -> Partnership, Live, fixed, belongs)];
    const LABEL: &'static str = "name";
    const COLUMNS: &'static [&'static str] = &[
        "partnership_id",
        "name",
        "category",
        "direction",
        "visibility",
    ];

    fn bind(&self) -> Vec<Value> {
        vec![
            self.partnership_id.into_sql(),
            self.name.clone().into_sql(),
            self.category.clone().into_sql(),
            self.direction.into_sql(),
            self.visibility.into_sql(),
        ]
    }

    fn read(row: &Row<'_>, i: usize) -> rusqlite::Result<Self> {
        Ok(Self {
            partnership_id: row.get(i)?,
            name: row.get(i + 1)?,
            category: row.get(i + 2)?,
            direction: row.get(i + 3)?,
            visibility: row.get(i + 4)?,
        })
    }

    fn validate(&self, _tx: &ReadTx<'_>, _previous: Option<&Self>) -> Result<()> {
        validate::required_line("name", &self.name)?;
        validate::line("category", &self.category)
    }
}

impl Entity for SkillRatingFields {
    super::private_choice!();

    const LINKS: &'static [Link<Self>] = &[link_field!(required skill_id -> Skill, Live, fixed)];
    const LABEL: &'static str = "note";
    const COLUMNS: &'static [&'static str] =
        &["skill_id", "\"on\"", "level", "rater", "note", "visibility"];

    fn bind(&self) -> Vec<Value> {
        vec![
            self.skill_id.into_sql(),
            self.on.into_sql(),
            self.level.into_sql(),
            self.rater.into_sql(),
            self.note.clone().into_sql(),
            self.visibility.into_sql(),
        ]
    }

    fn read(row: &Row<'_>, i: usize) -> rusqlite::Result<Self> {
        Ok(Self {
            skill_id: row.get(i)?,
            on: get_date(row, i + 1)?,
            level: get_small(row, i + 2)?,
            rater: row.get(i + 3)?,
            note: row.get(i + 4)?,
            visibility: row.get(i + 5)?,
        })
    }

    fn validate(&self, _tx: &ReadTx<'_>, _previous: Option<&Self>) -> Result<()> {
        validate::range("level", self.level, 1, 5)?;
        validate::text("note", &self.note)
    }
}

/// How one rater's view of a skill moved: the first rating against the latest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Growth {
    /// The first rating's level.
    pub baseline: u8,
    /// The day of the first rating.
    pub baseline_on: NaiveDate,
    /// The latest rating's level.
    pub latest: u8,
    /// The day of the latest rating.
    pub latest_on: NaiveDate,
    /// `latest - baseline`: positive means growth.
    pub change: i8,
    /// How many ratings this rater gave.
    pub ratings: u32,
}

/// A skill with its growth as I rate it and as my partner rates it, kept apart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SkillGrowth {
    /// The skill.
    pub skill: Skill,
    /// Growth as the owner rates themselves; none without such ratings.
    pub self_rated: Option<Growth>,
    /// Growth as the partner rates the owner; none without such ratings.
    pub partner_rated: Option<Growth>,
    /// Every rating, oldest first, for a chart.
    pub history: Vec<SkillRating>,
}

/// The growth `ratings` (one rater's, oldest first) show; none without ratings.
pub(crate) fn growth(ratings: &[&SkillRating]) -> Option<Growth> {
    let first = ratings.first()?;
    let last = ratings.last()?;
    Some(Growth {
        baseline: first.fields.level,
        baseline_on: first.fields.on,
        latest: last.fields.level,
        latest_on: last.fields.on,
        change: i8::try_from(i16::from(last.fields.level) - i16::from(first.fields.level))
            .unwrap_or(0),
        ratings: u32::try_from(ratings.len()).unwrap_or(u32::MAX),
    })
}

impl ReadTx<'_> {
    /// Skills of one partnership, or every skill when `partnership` is `None`, by name.
    pub fn skills(&self, partnership: Option<PartnershipId>) -> Result<Vec<Skill>> {
        match partnership {
            Some(p) => self.list_where("partnership_id = ?1", [p], "name COLLATE NOCASE, seq"),
            None => self.list_where("1", [], "name COLLATE NOCASE, seq"),
        }
    }

    /// A skill's ratings, oldest first.
    pub fn skill_ratings(&self, skill: SkillId) -> Result<Vec<SkillRating>> {
        self.list_where("skill_id = ?1", [skill], "\"on\", seq")
    }

    /// One skill's growth.
    pub fn skill_growth(&self, skill: SkillId) -> Result<SkillGrowth> {
        let skill = self.get(skill)?;
        let history = self.skill_ratings(skill.id)?;
        let by = |rater: Party| {
            history
                .iter()
                .filter(|r| r.fields.rater == rater)
                .collect::<Vec<_>>()
        };
        Ok(SkillGrowth {
            self_rated: growth(&by(Party::Me)),
            partner_rated: growth(&by(Party::Partner)),
            skill,
            history,
        })
    }

    /// Growth of every skill of a partnership (or of the whole journal).
    pub fn skills_growth(&self, partnership: Option<PartnershipId>) -> Result<Vec<SkillGrowth>> {
        self.skills(partnership)?
            .into_iter()
            .map(|s| self.skill_growth(s.id))
            .collect()
    }
}
