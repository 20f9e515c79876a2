//! The partnership summary on a journal built by hand, with every expected number worked out
//! in the comments.

mod common;

use common::*;
use twoway_journal::model::*;
use twoway_journal::summary::{ActionCounts, Balance, CadenceKept, GoalCounts};

/// Today, for every figure below: Monday 2 March 2026.
const TODAY: &str = "2026-03-02";

#[test]
fn summary_numbers_match_the_hand_worked_answers() {
    let mut t = TestJournal::new();
    let mut f = partnership_fields();
    // Fortnightly from Monday 2 June 2025. Today is 273 days later (June 2 → Dec 2 is 183 days,
    // → Jan 2 214, → Feb 2 245, → Mar 2 273). Slots fall every 14 days: k = 0..=19 (266 days),
    // so 20 sessions were asked for since the start.
    f.started_on = date("2025-06-02");
    f.ends_on = None;
    f.cadence = Some(Cadence {
        every: 2,
        unit: CadenceUnit::Week,
    });
    let p = t.journal.write(|tx| tx.create(f)).unwrap().id;

    // Held: five, three of them in the last 90 days (3 Dec 2025 to 2 Mar 2026). The last one
    // is late on 9 Feb in Los Angeles, already 10 Feb in UTC: its local date counts.
    for starts in [
        "2025-06-02T10:00:00+02:00",
        "2025-06-16T10:00:00+02:00",
        "2025-12-10T10:00:00+01:00",
        "2026-01-12T10:00:00+01:00",
        "2026-02-09T23:30:00-08:00",
    ] {
        t.session_on(p, starts, SessionStatus::Held);
    }
    t.session_on(p, "2026-02-23T10:00:00+01:00", SessionStatus::Cancelled);
    let trashed = t.session_on(p, "2026-02-20T10:00:00+01:00", SessionStatus::Held);
    t.journal.write(|tx| tx.trash(trashed.id)).unwrap();
    t.session_on(p, "2026-03-09T10:00:00+01:00", SessionStatus::Planned);
    t.session_on(p, "2026-03-23T10:00:00+01:00", SessionStatus::Planned);

    // Goals: learn ×3 (open 0, in progress 40, achieved 100), teach ×2 (in progress 70,
    // dropped 30), and one in the trash. Mean progress of the four not dropped:
    // (0 + 40 + 100 + 70) / 4 = 52.5, rounded to 53.
    let goals = [
        (GoalStatus::Open, 0, Direction::Learn),
        (GoalStatus::InProgress, 40, Direction::Learn),
        (GoalStatus::Achieved, 100, Direction::Learn),
        (GoalStatus::InProgress, 70, Direction::Teach),
        (GoalStatus::Dropped, 30, Direction::Teach),
        (GoalStatus::Open, 90, Direction::Teach),
    ];
    for (i, (status, progress, direction)) in goals.into_iter().enumerate() {
        let mut g = goal_fields(p);
        (g.status, g.progress, g.direction) = (status, progress, direction);
        let goal = t.journal.write(|tx| tx.create(g)).unwrap();
        if i == 5 {
            t.journal.write(|tx| tx.trash(goal.id)).unwrap();
        }
    }

    // Skills: two learned, one taught here; one elsewhere and one without a partnership.
    let other = t.partnership().id;
    for (partnership, direction) in [
        (Some(p), Direction::Learn),
        (Some(p), Direction::Learn),
        (Some(p), Direction::Teach),
        (Some(other), Direction::Teach),
        (None, Direction::Teach),
    ] {
        t.journal
            .write(|tx| tx.create(skill_fields(partnership, direction)))
            .unwrap();
    }

    // Actions: open and overdue (due 27 Feb), open and due today (not overdue), open without
    // a date, done (though its date passed), and a trashed overdue one.
    for due in [Some("2026-02-27"), Some(TODAY), None] {
        t.journal
            .write(|tx| tx.create(action_fields(p, due)))
            .unwrap();
    }
    let done = t
        .journal
        .write(|tx| tx.create(action_fields(p, Some("2026-01-01"))))
        .unwrap();
    t.journal
        .write(|tx| tx.set_action_done(done.id, true))
        .unwrap();
    let gone = t
        .journal
        .write(|tx| tx.create(action_fields(p, Some("2026-02-01"))))
        .unwrap();
    t.journal.write(|tx| tx.trash(gone.id)).unwrap();

    // Feedback given: 4, 5 and one without a rating (mean 4.5); received: 3. A trashed 1.
    for (author, rating) in [
        (Party::Me, Some(4)),
        (Party::Me, Some(5)),
        (Party::Me, None),
        (Party::Partner, Some(3)),
    ] {
        t.journal
            .write(|tx| tx.create(feedback_fields(p, author, rating)))
            .unwrap();
    }
    let bad = t
        .journal
        .write(|tx| tx.create(feedback_fields(p, Party::Me, Some(1))))
        .unwrap();
    t.journal.write(|tx| tx.trash(bad.id)).unwrap();

    let s = t
        .journal
        .read(|tx| tx.partnership_summary(p, date(TODAY)))
        .unwrap();
    assert_eq!(
        s.cadence,
        CadenceKept {
            held_since_start: 5,
            expected_since_start: Some(20),
            recent_days: 90,
            held_recently: 3,
            // Slots in the window: days 196, 210, 224, 238, 252, 266 after the start (the window
            // opens on day 184, 3 Dec 2025).
            expected_recently: Some(6),
        }
    );
    assert_eq!(s.last_held_on, Some(date("2026-02-09")));
    assert_eq!(s.days_since_last_session, Some(21));
    assert_eq!(
        s.next_session_due,
        Some(date("2026-02-23")),
        "14 days after the last held one"
    );
    assert_eq!(s.next_planned_at, Some(at("2026-03-09T10:00:00+01:00")));
    assert_eq!(
        s.goals,
        GoalCounts {
            open: 1,
            in_progress: 2,
            achieved: 1,
            dropped: 1,
            average_progress: Some(53)
        }
    );
    assert_eq!(
        s.actions,
        ActionCounts {
            open: 3,
            overdue: 1,
            done: 1
        }
    );
    assert_eq!(
        (s.feedback_given.count, s.feedback_given.average_rating),
        (3, Some(4.5))
    );
    assert_eq!(
        (
            s.feedback_received.count,
            s.feedback_received.average_rating
        ),
        (1, Some(3.0))
    );
    assert_eq!(
        s.balance,
        Balance {
            goals_learn: 3,
            goals_teach: 2,
            skills_learn: 2,
            skills_teach: 1
        }
    );
}

#[test]
fn a_partnership_without_cadence_or_history_has_empty_figures() {
    let mut t = TestJournal::new();
    let mut f = partnership_fields();
    f.cadence = None;
    let p = t.journal.write(|tx| tx.create(f)).unwrap().id;
    let s = t
        .journal
        .read(|tx| tx.partnership_summary(p, date(TODAY)))
        .unwrap();
    assert_eq!(s.cadence.expected_since_start, None);
    assert_eq!(s.cadence.held_since_start, 0);
    assert_eq!(s.next_session_due, None);
    assert_eq!(s.days_since_last_session, None);
    assert_eq!(s.goals.average_progress, None);
    assert_eq!(s.feedback_given.average_rating, None);
}

#[test]
fn the_cadence_stops_counting_at_the_end_date_and_before_the_start() {
    let mut t = TestJournal::new();
    let mut f = partnership_fields();
    // Weekly from 5 Jan 2026, ended 26 Jan: Jan 5, 12, 19, 26 — four sessions asked for.
    f.started_on = date("2026-01-05");
    f.ends_on = Some(date("2026-01-26"));
    f.cadence = Some(Cadence {
        every: 1,
        unit: CadenceUnit::Week,
    });
    let ended = t.journal.write(|tx| tx.create(f.clone())).unwrap().id;
    let s = t
        .journal
        .read(|tx| tx.partnership_summary(ended, date(TODAY)))
        .unwrap();
    assert_eq!(s.cadence.expected_since_start, Some(4));
    assert_eq!(
        s.next_session_due,
        Some(date("2026-01-05")),
        "due on the start when none was held"
    );
    // Not started yet: nothing was asked for.
    f.started_on = date("2026-04-01");
    f.ends_on = None;
    let future = t.journal.write(|tx| tx.create(f)).unwrap().id;
    let s = t
        .journal
        .read(|tx| tx.partnership_summary(future, date(TODAY)))
        .unwrap();
    assert_eq!(s.cadence.expected_since_start, Some(0));
}

#[test]
fn summaries_cover_the_partnerships_out_of_the_trash() {
    let mut t = TestJournal::new();
    let kept = t.partnership();
    let gone = t.partnership();
    t.journal.write(|tx| tx.trash(gone.id)).unwrap();
    let all = t
        .journal
        .read(|tx| tx.partnership_summaries(date(TODAY)))
        .unwrap();
    assert_eq!(
        all.iter().map(|s| s.partnership.id).collect::<Vec<_>>(),
        vec![kept.id]
    );
}

#[test]
fn paused_and_completed_partnerships_have_no_session_due() {
    let mut t = TestJournal::new();
    let mut f = partnership_fields();
    // Weekly from 5 Jan 2026, no end date; last held on 19 Jan, then completed.
    f.started_on = date("2026-01-05");
    f.ends_on = None;
    f.cadence = Some(Cadence {
        every: 1,
        unit: CadenceUnit::Week,
    });
    f.status = PartnershipStatus::Completed;
    let done = t.journal.write(|tx| tx.create(f.clone())).unwrap().id;
    let mut held = session_fields(done, "2026-01-19T10:00:00+00:00");
    held.status = SessionStatus::Held;
    t.journal.write(|tx| tx.create_session(held)).unwrap();
    let s = t
        .journal
        .read(|tx| tx.partnership_summary(done, date(TODAY)))
        .unwrap();
    assert_eq!(
        s.next_session_due, None,
        "nothing is due once the partnership is over"
    );
    // Jan 5, 12, 19: the cadence stopped asking at the last session.
    assert_eq!(s.cadence.expected_since_start, Some(3));

    f.status = PartnershipStatus::Paused;
    let paused = t.journal.write(|tx| tx.create(f)).unwrap().id;
    let s = t
        .journal
        .read(|tx| tx.partnership_summary(paused, date(TODAY)))
        .unwrap();
    assert_eq!(
        s.next_session_due, None,
        "a paused partnership has nothing due"
    );
}
