//! The dashboard's numbers for a partnership: is the cadence kept, what is due, how goals,
//! actions and feedback stand, and whether the exchange stays two-way. The UI shows these; it
//! never computes them.
//!
//! Definitions (all relative to `today`, passed in by the caller in the user's time zone):
//! - a session counts as held when its status is `held` and its local start date is on or
//!   before `today`;
//! - the cadence asks for one session on `started_on` and one every cadence period after it,
//!   up to `today` (or `ends_on`, if earlier); "last 90 days" is the 90 days ending `today`;
//! - the next session is due one cadence period after the last held one (on `started_on` if
//!   none was held yet), for an active partnership only;
//! - a completed partnership stopped asking for sessions on `ends_on`, or at its last held
//!   session when it has no end date;
//! - an action is overdue when it is open and its due date is before `today`.

use crate::db::{ReadTx, get_offset};
use crate::error::Result;
use crate::model::{
    Direction, GoalStatus, Partnership, PartnershipFields, PartnershipId, PartnershipStatus, Party,
};
use crate::rhythm::{next, slots_between};
use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

/// The window of "recent" cadence figures.
pub const RECENT_DAYS: u32 = 90;

/// The dashboard's figures for one partnership.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PartnershipSummary {
    /// The partnership.
    pub partnership: Partnership,
    /// Sessions held against the agreed rhythm.
    pub cadence: CadenceKept,
    /// The day of the latest held session.
    pub last_held_on: Option<NaiveDate>,
    /// Days from the latest held session to today.
    pub days_since_last_session: Option<i32>,
    /// When the cadence says the next session is due; `None` without a cadence.
    pub next_session_due: Option<NaiveDate>,
    /// The earliest planned session starting on or after `today`, if one is planned.
    pub next_planned_at: Option<DateTime<FixedOffset>>,
    /// The goals by status.
    pub goals: GoalCounts,
    /// The action items: open, overdue, done.
    pub actions: ActionCounts,
    /// Feedback the owner gave.
    pub feedback_given: FeedbackTally,
    /// Feedback the owner received.
    pub feedback_received: FeedbackTally,
    /// What the owner learns against what they teach.
    pub balance: Balance,
    /// Where the agreement stands: adopted on, by both, revisit due, or never adopted.
    pub agreement: crate::store::AgreementStatus,
}

/// Sessions held against what the cadence asked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CadenceKept {
    /// Sessions held since the partnership started.
    pub held_since_start: u32,
    /// `None` when the partnership has no cadence.
    pub expected_since_start: Option<u32>,
    /// How many days the two "recently" figures count, ending `today`: the view names the
    /// window with it.
    pub recent_days: u32,
    /// Sessions held in the recent window.
    pub held_recently: u32,
    /// Sessions the cadence asked for in the recent window; `None` without a cadence.
    pub expected_recently: Option<u32>,
}

/// The goals of a partnership by status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GoalCounts {
    /// Goals not started.
    pub open: u32,
    /// Goals being worked on.
    pub in_progress: u32,
    /// Goals reached.
    pub achieved: u32,
    /// Goals given up.
    pub dropped: u32,
    /// Mean progress of the goals not dropped, rounded; `None` without such goals.
    pub average_progress: Option<u8>,
}

/// The action items of a partnership.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ActionCounts {
    /// Not done yet.
    pub open: u32,
    /// Not done and past their due day.
    pub overdue: u32,
    /// Marked done.
    pub done: u32,
}

/// How much feedback, and how it was rated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FeedbackTally {
    /// How many entries.
    pub count: u32,
    /// Mean of the entries that carry a rating; `None` when none does.
    pub average_rating: Option<f64>,
}

/// The learn-versus-teach balance: is the exchange two-way?
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Balance {
    /// Goals the owner learns toward.
    pub goals_learn: u32,
    /// Goals the owner teaches toward.
    pub goals_teach: u32,
    /// Skills the owner learns.
    pub skills_learn: u32,
    /// Skills the owner teaches.
    pub skills_teach: u32,
}

/// One cadence period after the last held session, or the start when none was held yet; only
/// an active partnership with a cadence has a next session due.
fn next_due(p: &PartnershipFields, last_held_on: Option<NaiveDate>) -> Option<NaiveDate> {
    let cadence = p.cadence?;
    match (p.status, last_held_on) {
        (PartnershipStatus::Active, Some(last)) => next(last, cadence),
        (PartnershipStatus::Active, None) => Some(p.started_on),
        _ => None,
    }
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(0)
}

impl ReadTx<'_> {
    /// The dashboard figures of one partnership.
    pub fn partnership_summary(
        &self,
        id: PartnershipId,
        today: NaiveDate,
    ) -> Result<PartnershipSummary> {
        let partnership = self.get(id)?;
        let p = &partnership.fields;
        let recent_from = today - Days::new(u64::from(RECENT_DAYS - 1));

        let held = self.held_on(id, today)?;
        let last_held_on = held.iter().max().copied();
        let held_recently = held.iter().filter(|on| **on >= recent_from).count();

        // A completed partnership stopped asking for sessions when it ended: on `ends_on`, or
        // at its last session when no end date was set.
        let ended_on = match p.status {
            PartnershipStatus::Completed => p.ends_on.or(last_held_on).unwrap_or(p.started_on),
            _ => p.ends_on.unwrap_or(today),
        };
        let cadence_end = ended_on.min(today);
        let (expected_since_start, expected_recently, next_session_due) = match p.cadence {
            Some(cadence) => (
                Some(slots_between(
                    p.started_on,
                    cadence,
                    p.started_on,
                    cadence_end,
                )),
                Some(slots_between(
                    p.started_on,
                    cadence,
                    recent_from,
                    cadence_end,
                )),
                next_due(p, last_held_on),
            ),
            None => (None, None, None),
        };

        let next_planned_at = self
            .prepare(
                "SELECT starts_at FROM session
                 WHERE partnership_id = ?1 AND deleted_at IS NULL AND status = 'planned'
                   AND substr(starts_at, 1, 10) >= ?2
                 ORDER BY starts_at_utc LIMIT 1",
            )?
            .query_row((id, crate::db::date_text(today)), |row| get_offset(row, 0))
            .optional()?;

        Ok(PartnershipSummary {
            cadence: CadenceKept {
                held_since_start: count(held.len() as i64),
                expected_since_start,
                recent_days: RECENT_DAYS,
                held_recently: count(held_recently as i64),
                expected_recently,
            },
            days_since_last_session: last_held_on
                .map(|last| i32::try_from((today - last).num_days()).unwrap_or(i32::MAX)),
            last_held_on,
            next_session_due,
            next_planned_at,
            goals: self.goal_counts(id)?,
            actions: self.action_counts(id, today)?,
            feedback_given: self.feedback_tally(id, Party::Me)?,
            feedback_received: self.feedback_tally(id, Party::Partner)?,
            balance: self.balance(id)?,
            agreement: self.agreement_status(&partnership, today)?,
            partnership,
        })
    }

    /// When the cadence says the partnership's next session is due (see [`PartnershipSummary`]).
    pub(crate) fn next_session_due(
        &self,
        id: PartnershipId,
        today: NaiveDate,
    ) -> Result<Option<NaiveDate>> {
        let partnership = self.get(id)?;
        let last_held_on = self.held_on(id, today)?.into_iter().max();
        Ok(next_due(&partnership.fields, last_held_on))
    }

    /// The local dates of the partnership's sessions held by `today`.
    fn held_on(&self, id: PartnershipId, today: NaiveDate) -> Result<Vec<NaiveDate>> {
        Ok(self
            .prepare(
                "SELECT starts_at FROM session
                 WHERE partnership_id = ?1 AND deleted_at IS NULL AND status = 'held'",
            )?
            .query_map([id], |row| get_offset(row, 0).map(|at| at.date_naive()))?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .filter(|on| *on <= today)
            .collect())
    }

    /// The summaries of every partnership out of the trash, in the partnerships' order.
    pub fn partnership_summaries(&self, today: NaiveDate) -> Result<Vec<PartnershipSummary>> {
        self.partnerships()?
            .into_iter()
            .map(|p| self.partnership_summary(p.id, today))
            .collect()
    }

    fn goal_counts(&self, id: PartnershipId) -> Result<GoalCounts> {
        let mut counts = GoalCounts::default();
        let mut stmt = self.prepare(
            "SELECT status, count(*), sum(progress) FROM goal
             WHERE partnership_id = ?1 AND deleted_at IS NULL GROUP BY status",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                r.get::<_, GoalStatus>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        let (mut live_goals, mut progress_sum) = (0i64, 0i64);
        for row in rows {
            let (status, n, progress) = row?;
            match status {
                GoalStatus::Open => counts.open = count(n),
                GoalStatus::InProgress => counts.in_progress = count(n),
                GoalStatus::Achieved => counts.achieved = count(n),
                GoalStatus::Dropped => counts.dropped = count(n),
            }
            if status != GoalStatus::Dropped {
                live_goals += n;
                progress_sum += progress;
            }
        }
        counts.average_progress = (live_goals > 0)
            .then(|| u8::try_from((progress_sum + live_goals / 2) / live_goals).unwrap_or(100));
        Ok(counts)
    }

    fn action_counts(&self, id: PartnershipId, today: NaiveDate) -> Result<ActionCounts> {
        let (open, overdue, done) = self
            .prepare(
                "SELECT count(*) FILTER (WHERE done_at IS NULL),
                    count(*) FILTER (WHERE done_at IS NULL AND due_on < ?2),
                    count(*) FILTER (WHERE done_at IS NOT NULL)
             FROM action_item WHERE partnership_id = ?1 AND deleted_at IS NULL",
            )?
            .query_row((id, crate::db::date_text(today)), |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?;
        Ok(ActionCounts {
            open: count(open),
            overdue: count(overdue),
            done: count(done),
        })
    }

    fn feedback_tally(&self, id: PartnershipId, author: Party) -> Result<FeedbackTally> {
        let (n, average): (i64, Option<f64>) = self
            .prepare(
                "SELECT count(*), avg(rating) FROM feedback
             WHERE partnership_id = ?1 AND author = ?2 AND deleted_at IS NULL",
            )?
            .query_row((id, author), |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(FeedbackTally {
            count: count(n),
            average_rating: average,
        })
    }

    fn balance(&self, id: PartnershipId) -> Result<Balance> {
        let by_direction = |table: &str, direction: Direction| -> Result<u32> {
            let sql = format!(
                "SELECT count(*) FROM {table}
                 WHERE partnership_id = ?1 AND direction = ?2 AND deleted_at IS NULL"
            );
            Ok(count(
                self.prepare(&sql)?
                    .query_row((id, direction), |r| r.get(0))?,
            ))
        };
        Ok(Balance {
            goals_learn: by_direction("goal", Direction::Learn)?,
            goals_teach: by_direction("goal", Direction::Teach)?,
            skills_learn: by_direction("skill", Direction::Learn)?,
            skills_teach: by_direction("skill", Direction::Teach)?,
        })
    }
}
