//! One rhythm: the summary's next-due date, the calendar's rhythm placeholder and the session
//! the journal proposes to plan all step through the cadence the same way.

mod common;

use chrono::NaiveTime;
use common::*;
use twoway_journal::export::ics::ics;
use twoway_journal::export::{Audience, Scope, Trash};
use twoway_journal::model::*;
use twoway_journal::rhythm::SessionProposal;

fn monthly(t: &mut TestJournal, started_on: &str) -> Partnership {
    let mut f = partnership_fields();
    f.started_on = date(started_on);
    f.ends_on = None;
    f.cadence = Some(Cadence {
        every: 1,
        unit: CadenceUnit::Month,
    });
    t.journal.write(|tx| tx.create(f)).unwrap()
}

fn propose(t: &TestJournal, p: PartnershipId, today: &str) -> SessionProposal {
    t.journal
        .read(|tx| tx.propose_session(p, date(today)))
        .unwrap()
}

/// The start of the calendar's rhythm placeholder, in its floating local form.
fn rhythm_start(t: &TestJournal, p: PartnershipId) -> String {
    let set = t
        .journal
        .read(|tx| tx.export_set(Scope::Partnership(p), Audience::All, Trash::Exclude))
        .unwrap();
    let calendar = ics(&set, Scope::Partnership(p), Audience::All, t.clock_now());
    let event = calendar
        .split("BEGIN:VEVENT\r\n")
        .find(|e| e.contains(&format!("UID:{p}-cadence@twoway")))
        .expect("a rhythm placeholder");
    event
        .lines()
        .find_map(|line| line.strip_prefix("DTSTART:"))
        .expect("a start")
        .to_owned()
}

#[test]
fn a_monthly_rhythm_after_the_31st_of_january_comes_back_at_the_end_of_february() {
    for (year, february_end) in [(2026, "2026-02-28"), (2028, "2028-02-29")] {
        let mut t = TestJournal::new();
        let p = monthly(&mut t, &format!("{}-10-31", year - 1)).id;
        t.session_on(
            p,
            &format!("{year}-01-31T10:00:00+01:00"),
            SessionStatus::Held,
        );
        let today = format!("{year}-02-10");

        let summary = t
            .journal
            .read(|tx| tx.partnership_summary(p, date(&today)))
            .unwrap();
        assert_eq!(summary.next_session_due, Some(date(february_end)));

        let proposal = propose(&t, p, &today);
        assert_eq!(proposal.date, date(february_end), "not 2 or 3 March");
        assert_eq!(
            proposal.start_time,
            NaiveTime::from_hms_opt(10, 0, 0).unwrap()
        );

        assert_eq!(
            rhythm_start(&t, p),
            format!("{}T100000", february_end.replace('-', ""))
        );
    }
}

#[test]
fn a_session_already_planned_on_the_due_date_is_followed_by_one_more_period() {
    let mut t = TestJournal::new();
    let p = monthly(&mut t, "2025-10-31").id;
    t.session_on(p, "2026-01-31T10:00:00+01:00", SessionStatus::Held);
    t.session_on(p, "2026-02-28T16:30:00+01:00", SessionStatus::Planned);
    let proposal = propose(&t, p, "2026-02-10");
    // The calendar's placeholder takes the same date after the planned session.
    assert_eq!(proposal.date, date("2026-03-28"));
    assert_eq!(rhythm_start(&t, p), "20260328T163000");
    assert_eq!(
        proposal.start_time,
        NaiveTime::from_hms_opt(16, 30, 0).unwrap()
    );
}

#[test]
fn the_proposal_copies_the_latest_session_and_counts_the_ones_not_cancelled() {
    let mut t = TestJournal::new();
    let p = t.partnership().id; // every 2 weeks
    t.session_on(p, "2026-02-02T09:30:00+01:00", SessionStatus::Held);
    t.session_on(p, "2026-02-09T09:30:00+01:00", SessionStatus::Cancelled);
    let mut f = session_fields(p, "2026-02-16T08:15:00-05:00");
    f.status = SessionStatus::Held;
    f.duration_minutes = 60;
    f.place = "Café on the 3rd floor".into();
    t.journal.write(|tx| tx.create_session(f)).unwrap();

    let proposal = propose(&t, p, "2026-02-20");
    assert_eq!(
        proposal,
        SessionProposal {
            // Two weeks after the last held session, at its own wall-clock time.
            date: date("2026-03-02"),
            start_time: NaiveTime::from_hms_opt(8, 15, 0).unwrap(),
            duration_minutes: 60,
            title: "Session 3".into(),
            place: "Café on the 3rd floor".into(),
        }
    );
    // A due date already past proposes tomorrow.
    assert_eq!(propose(&t, p, "2026-03-05").date, date("2026-03-06"));
}

#[test]
fn a_first_session_without_a_cadence_is_proposed_a_week_ahead() {
    let mut t = TestJournal::new();
    let mut f = partnership_fields();
    f.cadence = None;
    let p = t.journal.write(|tx| tx.create(f)).unwrap().id;
    assert_eq!(
        propose(&t, p, "2026-03-02"),
        SessionProposal {
            date: date("2026-03-09"),
            start_time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            duration_minutes: 45,
            title: "Session 1".into(),
            place: String::new(),
        }
    );
    // With a cadence and nothing held yet, the first session is due on the start date; once
    // that is past, tomorrow.
    let q = t.partnership().id; // started 2026-01-05
    assert_eq!(propose(&t, q, "2026-01-02").date, date("2026-01-05"));
    assert_eq!(propose(&t, q, "2026-03-02").date, date("2026-03-03"));
}
