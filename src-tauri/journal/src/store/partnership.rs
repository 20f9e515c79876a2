//! Partnerships and their agreement.

use super::{Entity, Link, LongText, long_text, validate};
use crate::db::{IntoSqlValue, ReadTx, get_date, get_lines, get_opt_date, lines_text};
use crate::error::{Error, Problem, Result};
use crate::model::{Cadence, Partnership, PartnershipFields};
use rusqlite::Row;
use rusqlite::types::Value;

/// The longest cadence the journal accepts: once a year in any unit is already a stretch.
const MAX_CADENCE: [(crate::model::CadenceUnit, u32); 3] = [
    (crate::model::CadenceUnit::Day, 366),
    (crate::model::CadenceUnit::Week, 52),
    (crate::model::CadenceUnit::Month, 12),
];

impl Entity for PartnershipFields {
    const LINKS: &'static [Link<Self>] = &[];
    const LABEL: &'static str = "partner_name";
    const HISTORY: &'static [LongText<Self>] = &[long_text!(agreement)];
    const COLUMNS: &'static [&'static str] = &[
        "partner_name",
        "partner_role",
        "i_learn",
        "i_teach",
        "status",
        "started_on",
        "ends_on",
        "cadence_every",
        "cadence_unit",
        "agreement",
        "agreement_revisit_on",
    ];

    fn bind(&self) -> Vec<Value> {
        vec![
            self.partner_name.clone().into_sql(),
            self.partner_role.clone().into_sql(),
            lines_text(&self.i_learn).into_sql(),
            lines_text(&self.i_teach).into_sql(),
            self.status.into_sql(),
            self.started_on.into_sql(),
            self.ends_on.into_sql(),
            self.cadence.map(|c| c.every).into_sql(),
            self.cadence.map(|c| c.unit).into_sql(),
            self.agreement.clone().into_sql(),
            self.agreement_revisit_on.into_sql(),
        ]
    }

    fn read(row: &Row<'_>, i: usize) -> rusqlite::Result<Self> {
        let every: Option<u32> = row.get(i + 7)?;
        let unit = row.get(i + 8)?;
        Ok(Self {
            partner_name: row.get(i)?,
            partner_role: row.get(i + 1)?,
            i_learn: get_lines(row, i + 2)?,
            i_teach: get_lines(row, i + 3)?,
            status: row.get(i + 4)?,
            started_on: get_date(row, i + 5)?,
            ends_on: get_opt_date(row, i + 6)?,
            cadence: every.zip(unit).map(|(every, unit)| Cadence { every, unit }),
            agreement: row.get(i + 9)?,
            agreement_revisit_on: get_opt_date(row, i + 10)?,
        })
    }

    fn validate(&self, _tx: &ReadTx<'_>, _previous: Option<&Self>) -> Result<()> {
        validate::required_line("partner_name", &self.partner_name)?;
        validate::line("partner_role", &self.partner_role)?;
        for topic in &self.i_learn {
            validate::required_line("i_learn", topic)?;
        }
        for topic in &self.i_teach {
            validate::required_line("i_teach", topic)?;
        }
        validate::not_before("ends_on", self.ends_on, "started_on", Some(self.started_on))?;
        if let Some(cadence) = self.cadence {
            let max = MAX_CADENCE
                .iter()
                .find(|(unit, _)| *unit == cadence.unit)
                .map_or(1, |m| m.1);
            validate::range("cadence", cadence.every, 1, i64::from(max))?;
        }
        validate::text("agreement", &self.agreement)?;
        if self.i_learn.len() + self.i_teach.len() > 200 {
            return Err(Error::invalid(
                "i_learn",
                Problem::Other("problem-too-many-topics"),
            ));
        }
        Ok(())
    }
}

impl ReadTx<'_> {
    /// Every partnership out of the trash: active first, then by partner name.
    pub fn partnerships(&self) -> Result<Vec<Partnership>> {
        self.list_where(
            "1",
            [],
            "CASE status WHEN 'active' THEN 0 WHEN 'paused' THEN 1 ELSE 2 END, partner_name COLLATE NOCASE, seq",
        )
    }
}
