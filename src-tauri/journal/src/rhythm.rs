//! The rhythm of a partnership: the dates its cadence asks for, and the next session the journal
//! proposes. The summary's "next session due", the calendar's rhythm placeholder and the "Plan
//! the next session" dialog all step through a cadence here, so they agree on every date.
//!
//! Months are added on the calendar, clamped to the end of a shorter month: 31 January plus a
//! month is 28 February (29 in a leap year), never 3 March.

use crate::db::ReadTx;
use crate::error::Result;
use crate::model::{Cadence, CadenceUnit, PartnershipId, SessionStatus};
use chrono::{Days, Months, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// The `k`-th date the cadence asks for, counting `start` as the 0th. Each date is counted from
/// `start` itself (not from the date before it), so a monthly rhythm from the 31st comes back
/// to the 31st in every month that has one.
pub fn slot(start: NaiveDate, cadence: Cadence, k: u32) -> Option<NaiveDate> {
    let steps = k.checked_mul(cadence.every)?;
    match cadence.unit {
        CadenceUnit::Day => start.checked_add_days(Days::new(u64::from(steps))),
        CadenceUnit::Week => start.checked_add_days(Days::new(u64::from(steps) * 7)),
        CadenceUnit::Month => start.checked_add_months(Months::new(steps)),
    }
}

/// One cadence period after `on`: when the session after one held on `on` is due.
pub fn next(on: NaiveDate, cadence: Cadence) -> Option<NaiveDate> {
    slot(on, cadence, 1)
}

/// How many cadence dates fall within `from..=to` (and on or after `start`).
pub fn slots_between(start: NaiveDate, cadence: Cadence, from: NaiveDate, to: NaiveDate) -> u32 {
    let mut count = 0;
    for k in 0.. {
        match slot(start, cadence, k) {
            Some(slot) if slot <= to => count += u32::from(slot >= from),
            _ => break,
        }
    }
    count
}

/// The gap to the next session of a partnership without a cadence (or, without one, when no
/// date is due yet).
const GAP_WITHOUT_CADENCE: Days = Days::new(7);

/// Where a first session starts, and how long it lasts, before there is a last one to copy.
const FIRST_START: (u32, u32) = (10, 0);
const FIRST_MINUTES: u32 = 45;

/// What "Plan the next session" starts from; the person changes what they like before saving.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SessionProposal {
    /// The day: when the rhythm says the next session is due, but never today or before, and
    /// never on or before the latest session already in the journal.
    pub date: NaiveDate,
    /// The wall-clock time the latest session started at (10:00 for a first session).
    pub start_time: NaiveTime,
    /// The latest session's length (45 minutes for a first session).
    pub duration_minutes: u32,
    /// "Session N", N counting the sessions that were not cancelled, this one included.
    pub title: String,
    /// The latest session's place.
    pub place: String,
}

impl ReadTx<'_> {
    /// The next session to propose for `partnership`, `today` being the user's local date.
    pub fn propose_session(
        &self,
        partnership: PartnershipId,
        today: NaiveDate,
    ) -> Result<SessionProposal> {
        let cadence = self.get(partnership)?.fields.cadence;
        let sessions = self.sessions(partnership)?;
        // Newest first: the latest session, whatever its status, is the one to follow.
        let latest = sessions.first().map(|s| &s.fields);
        let after = |on: NaiveDate| match cadence {
            Some(cadence) => next(on, cadence),
            None => on.checked_add_days(GAP_WITHOUT_CADENCE),
        };

        let mut date = self
            .next_session_due(partnership, today)?
            .or_else(|| today.checked_add_days(GAP_WITHOUT_CADENCE))
            .unwrap_or(today);
        // A date the rhythm missed is no date to plan for: the next one is tomorrow.
        if date <= today {
            date = today.succ_opt().unwrap_or(today);
        }
        // A session already planned on or after that day takes its place; this one follows it.
        // Dates are the sessions' own local dates, as the summary counts them.
        if let Some(latest_on) = latest.map(|s| s.starts_at.date_naive())
            && latest_on >= date
        {
            date = after(latest_on).unwrap_or(latest_on);
        }

        let held_or_planned = sessions
            .iter()
            .filter(|s| s.fields.status != SessionStatus::Cancelled)
            .count();
        let (hour, minute) = FIRST_START;
        Ok(SessionProposal {
            date,
            // The latest session's own clock: the time of day a pair keeps, even when the session
            // was entered at another UTC offset (across a daylight-saving change).
            start_time: latest.map_or_else(
                || NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN),
                |s| s.starts_at.time(),
            ),
            duration_minutes: latest.map_or(FIRST_MINUTES, |s| s.duration_minutes),
            title: format!("Session {}", held_or_planned + 1),
            place: latest.map(|s| s.place.clone()).unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn cadence_slots_count_the_start_and_every_period_after_it() {
        let fortnightly = Cadence {
            every: 2,
            unit: CadenceUnit::Week,
        };
        let start = date("2026-01-01");
        // Jan 1, 15, 29, Feb 12: four slots up to Feb 12 inclusive.
        assert_eq!(
            slots_between(start, fortnightly, start, date("2026-02-12")),
            4
        );
        assert_eq!(
            slots_between(start, fortnightly, start, date("2026-02-11")),
            3
        );
        assert_eq!(
            slots_between(start, fortnightly, date("2026-01-02"), date("2026-02-12")),
            3
        );
        assert_eq!(
            slots_between(start, fortnightly, start, date("2025-12-31")),
            0
        );
    }

    #[test]
    fn monthly_cadence_clamps_to_the_end_of_short_months() {
        let monthly = Cadence {
            every: 1,
            unit: CadenceUnit::Month,
        };
        assert_eq!(next(date("2026-01-31"), monthly), Some(date("2026-02-28")));
        assert_eq!(next(date("2028-01-31"), monthly), Some(date("2028-02-29")));
        // Counted from the start, not from the clamped date before: back to the 31st in March.
        assert_eq!(
            slot(date("2026-01-31"), monthly, 2),
            Some(date("2026-03-31"))
        );
        assert_eq!(
            slots_between(
                date("2026-01-31"),
                monthly,
                date("2026-01-31"),
                date("2026-12-31")
            ),
            12
        );
    }

    #[test]
    fn days_and_weeks_step_by_whole_days() {
        let every = |every, unit| Cadence { every, unit };
        assert_eq!(
            next(date("2026-02-27"), every(3, CadenceUnit::Day)),
            Some(date("2026-03-02"))
        );
        assert_eq!(
            next(date("2026-12-24"), every(2, CadenceUnit::Week)),
            Some(date("2027-01-07"))
        );
    }
}
