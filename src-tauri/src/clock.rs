//! The window's clock. The journal never reads the system clock: the shell gives it this one,
//! and asks it for the local time the reminders are computed for.
//!
//! A debug build started with `TWOWAY_NOW=<RFC 3339 time with its offset>` (the end-to-end
//! tests do) runs its clock from that moment, in that offset, instead of the system's: the
//! journal's stamps and the reminders then follow a time the test chose, and the clock still
//! moves on as time passes. A release build ignores the variable, so a stray one in a user's
//! environment cannot move their journal's time.

use chrono::{DateTime, Duration, FixedOffset, Local, Utc};
use twoway_journal::Clock;

/// The variable a test sets to choose the app's "now".
pub const NOW_VARIABLE: &str = "TWOWAY_NOW";

/// The system clock, or in a test the one that started at `TWOWAY_NOW`.
#[derive(Clone, Copy, Debug, Default)]
pub struct AppClock {
    /// Added to the system clock: zero unless a test chose the time.
    shift: Duration,
    /// The offset a test chose; otherwise the system's local offset at each moment (it moves
    /// with daylight saving time).
    offset: Option<FixedOffset>,
}

impl AppClock {
    /// The system clock, unless this is a debug build and `TWOWAY_NOW` says otherwise. A value
    /// that does not read as an RFC 3339 time is said on standard error and ignored.
    pub fn from_env() -> Self {
        if !cfg!(debug_assertions) {
            return Self::default();
        }
        let Some(value) = std::env::var_os(NOW_VARIABLE) else {
            return Self::default();
        };
        match value
            .to_str()
            .and_then(|text| DateTime::parse_from_rfc3339(text).ok())
        {
            Some(start) => Self::starting_at(start, Utc::now()),
            None => {
                eprintln!("twoway: {NOW_VARIABLE} is not an RFC 3339 time with an offset; ignored");
                Self::default()
            }
        }
    }

    /// A clock that reads `start` at the system's `system_now` and runs on from there.
    fn starting_at(start: DateTime<FixedOffset>, system_now: DateTime<Utc>) -> Self {
        Self {
            shift: start.with_timezone(&Utc) - system_now,
            offset: Some(*start.offset()),
        }
    }

    /// The local time now, with its offset: what the reminders are due at.
    pub fn local_now(&self) -> DateTime<FixedOffset> {
        let now = self.now();
        match self.offset {
            Some(offset) => now.with_timezone(&offset),
            None => now.with_timezone(&Local).fixed_offset(),
        }
    }
}

impl Clock for AppClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() + self.shift
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_start_runs_on_in_its_own_offset() {
        let start = DateTime::parse_from_rfc3339("2026-03-02T09:00:00+01:00").unwrap();
        let clock = AppClock::starting_at(start, Utc::now() - Duration::seconds(90));
        let local = clock.local_now();
        assert_eq!(
            local.offset(),
            start.offset(),
            "the chosen offset, not the system's"
        );
        let ran = local - start;
        assert!(
            ran >= Duration::seconds(90) && ran < Duration::seconds(100),
            "the clock moved on from the start by the time that passed: {ran}"
        );
    }

    #[test]
    fn without_a_chosen_start_it_is_the_system_clock() {
        let clock = AppClock::default();
        let gap = (clock.now() - Utc::now()).num_seconds().abs();
        assert!(gap < 2, "{gap} s from the system clock");
        assert_eq!(
            clock.local_now().offset().local_minus_utc(),
            Local::now().offset().local_minus_utc()
        );
    }
}
