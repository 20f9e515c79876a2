//! Sample journals, written through the journal's own `create` calls so that everything in them
//! passes the rules a user's input does:
//!
//! - [`fill_demo`] (in `demo/`, one file per story): the demo a first-time user opens with "try
//!   with sample data": a finance director's reverse-mentoring journal with three partnerships
//!   (two active, one completed), every date counted from `today` so it always looks current. It
//!   goes into a new, separate journal file in one transaction, and refuses a journal that
//!   already holds records.
//! - `fill_synthetic` (in `synthetic/`, built only with the `synthetic` feature, which the
//!   crate's tests and benches turn on and the app does not): a seeded, heavy ten-year journal
//!   for benchmarks and scale tests (`SyntheticSize::HEAVY`, `SyntheticSize::SMALL`). The same
//!   seed and `today` give the same journal, ids apart. Its text uses a realistic vocabulary in
//!   which `COMMON_WORD` is everywhere, `RARE_WORD` is in `RARE_WORD_RECORDS` records and
//!   `PHRASE` in a moderate number, so searches for each have meaningful hit counts.
//!
//! This file holds what both fills share: the [`Counts`] they report and their date helpers.

mod demo;
#[cfg(feature = "synthetic")]
mod synthetic;

pub use demo::{DEMO_OWNER, DEMO_OWNER_ROLE, fill_demo};
#[cfg(feature = "synthetic")]
pub use synthetic::{
    COMMON_WORD, PHRASE, PHRASE_EVERY, RARE_WORD, RARE_WORD_RECORDS, SYNTHETIC_OWNER,
    SYNTHETIC_OWNER_ROLE, SyntheticSize, fill_synthetic,
};

pub use crate::model::Counts;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeDelta, Utc};

fn shift(on: NaiveDate, days: i64) -> NaiveDate {
    on.checked_add_signed(TimeDelta::days(days)).unwrap_or(on)
}

fn local_at(on: NaiveDate, hour: u32, minute: u32, offset: FixedOffset) -> DateTime<FixedOffset> {
    let local = on.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN));
    let utc = local - TimeDelta::seconds(i64::from(offset.local_minus_utc()));
    DateTime::from_naive_utc_and_offset(utc, offset)
}

fn utc_at(on: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    on.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN))
        .and_utc()
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// What the tests of both fills share: a journal on a fixed day, and counting what it holds.
#[cfg(test)]
mod testing {
    use super::{Counts, count};
    use crate::clock::ManualClock;
    use crate::journal::Journal;
    use crate::model::Session;
    use chrono::NaiveDate;
    use std::sync::Arc;

    pub(super) fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 18).unwrap()
    }

    pub(super) fn journal_on(today: NaiveDate) -> Journal {
        let now = today.and_hms_opt(9, 0, 0).unwrap().and_utc();
        Journal::open_in_memory(Arc::new(ManualClock::new(now))).unwrap()
    }

    /// Counts the live rows of every kind through the public listing functions.
    pub(super) fn count_rows(journal: &Journal) -> Counts {
        journal
            .read(|tx| {
                let mut c = Counts::default();
                for p in tx.partnerships()? {
                    c.partnerships += 1;
                    for goal in tx.goals(p.id)? {
                        c.goals += 1;
                        c.check_ins += count(tx.check_ins(goal.id)?.len());
                    }
                    for session in tx.sessions(p.id)? {
                        c.sessions += 1;
                        c.agenda_items += count(tx.agenda(session.id)?.len());
                    }
                    c.action_items += count(tx.actions(p.id)?.len());
                    for skill in tx.skills(Some(p.id))? {
                        c.skills += 1;
                        c.skill_ratings += count(tx.skill_ratings(skill.id)?.len());
                    }
                    c.learnings += count(tx.learnings(Some(p.id))?.len());
                    c.feedback += count(tx.feedback(p.id)?.len());
                    c.agreement_versions += count(tx.agreement_versions(p.id)?.len());
                    c.records_of_learning += count(tx.records_of_learning(p.id)?.len());
                }
                Ok(c)
            })
            .unwrap()
    }

    pub(super) fn all_sessions(journal: &Journal) -> Vec<Session> {
        journal
            .read(|tx| {
                let mut all = Vec::new();
                for p in tx.partnerships()? {
                    all.extend(tx.sessions(p.id)?);
                }
                Ok(all)
            })
            .unwrap()
    }
}
