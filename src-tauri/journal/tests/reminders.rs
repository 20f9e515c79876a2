//! Reminders with the moment passed in: each kind due exactly when it should be, once, only
//! for active partnerships, and never with text from a private record.

mod common;

use chrono::{DateTime, FixedOffset, NaiveTime};
use common::*;
use twoway_journal::model::*;
use twoway_journal::reminders::{
    MAX_LEAD_MINUTES, PartnershipLead, Reminder, ReminderAbout, ReminderSettings,
};
use twoway_journal::{Error, Journal};

/// Put into every private text; no reminder may hold it.
const PROBE: &str = "PROBE-zanzibar";

fn now(text: &str) -> DateTime<FixedOffset> {
    at(text)
}

fn due(journal: &Journal, at: &str) -> Vec<Reminder> {
    journal.read(|tx| tx.due_reminders(now(at))).unwrap()
}

fn shown(journal: &mut Journal, reminder: &Reminder) {
    journal
        .write(|tx| tx.reminder_shown(&reminder.key))
        .unwrap();
}

fn text(reminder: &Reminder) -> String {
    format!("{}\n{}", reminder.title, reminder.lines.join("\n"))
}

/// A partnership with no rhythm and no revisit date, so only what a test adds is due.
fn quiet_partnership(t: &mut TestJournal, status: PartnershipStatus) -> PartnershipId {
    t.journal
        .write(|tx| {
            tx.create(PartnershipFields {
                status,
                cadence: None,
                agreement_revisit_on: None,
                ..partnership_fields()
            })
        })
        .unwrap()
        .id
}

fn only_digest(t: &mut TestJournal) {
    t.journal
        .write(|tx| {
            tx.set_reminder_settings(&ReminderSettings {
                sessions: false,
                ..ReminderSettings::default()
            })
        })
        .unwrap();
}

#[test]
fn a_session_reminds_within_its_lead_time_once_and_again_when_moved() {
    let mut t = TestJournal::new();
    let p = quiet_partnership(&mut t, PartnershipStatus::Active);
    let session = t.session(p, "2026-03-10T10:00:00+01:00");
    t.journal
        .write(|tx| {
            tx.create(agenda_fields(session.id, 0, "Show the prompt library"))?;
            tx.create(AgendaItemFields {
                visibility: Visibility::Private,
                ..agenda_fields(session.id, 1, &format!("My worry {PROBE}"))
            })?;
            tx.create(agenda_fields(session.id, 2, "Next steps"))
        })
        .unwrap();

    assert!(due(&t.journal, "2026-03-10T09:44:00+01:00").is_empty());
    let soon = due(&t.journal, "2026-03-10T09:46:00+01:00");
    assert_eq!(soon.len(), 1, "{soon:?}");
    let reminder = &soon[0];
    assert_eq!(reminder.about, ReminderAbout::Session(session.id));
    assert_eq!(reminder.title, "Session with Priya Natarajan in 14 minutes");
    assert_eq!(
        reminder.lines,
        vec![
            "Prompting for finance at 10:00",
            "• Show the prompt library",
            "• Next steps",
            "and 1 more item",
        ]
    );
    // The same moment seen from another offset is the same moment.
    assert_eq!(due(&t.journal, "2026-03-10T08:46:00+00:00"), soon);

    shown(&mut t.journal, reminder);
    assert!(
        due(&t.journal, "2026-03-10T09:50:00+01:00").is_empty(),
        "once"
    );
    assert!(due(&t.journal, "2026-03-10T10:00:00+01:00").is_empty());

    t.journal
        .write(|tx| {
            tx.update(
                session.id,
                SessionFields {
                    starts_at: at("2026-03-10T11:00:00+01:00"),
                    ..session.fields.clone()
                },
            )
        })
        .unwrap();
    assert_eq!(
        due(&t.journal, "2026-03-10T10:50:00+01:00").len(),
        1,
        "moved, it reminds again"
    );
}

#[test]
fn a_partnership_may_set_its_own_lead_time() {
    let mut t = TestJournal::new();
    let p = quiet_partnership(&mut t, PartnershipStatus::Active);
    t.session(p, "2026-03-10T10:00:00+01:00");
    t.journal
        .write(|tx| {
            tx.set_reminder_settings(&ReminderSettings {
                lead_by_partnership: vec![PartnershipLead {
                    partnership_id: p,
                    minutes: 60,
                }],
                ..ReminderSettings::default()
            })
        })
        .unwrap();
    assert!(due(&t.journal, "2026-03-10T08:59:00+01:00").is_empty());
    let soon = due(&t.journal, "2026-03-10T09:05:00+01:00");
    assert_eq!(soon[0].title, "Session with Priya Natarajan in 55 minutes");
}

#[test]
fn nothing_reminds_for_paused_or_completed_partnerships_or_sessions_not_planned() {
    let mut t = TestJournal::new();
    for status in [PartnershipStatus::Paused, PartnershipStatus::Completed] {
        let p = quiet_partnership(&mut t, status);
        t.session(p, "2026-03-10T10:00:00+01:00");
        t.journal
            .write(|tx| tx.create(action_fields(p, Some("2026-03-01"))))
            .unwrap();
    }
    let active = quiet_partnership(&mut t, PartnershipStatus::Active);
    t.session_on(
        active,
        "2026-03-10T10:00:00+01:00",
        SessionStatus::Cancelled,
    );
    let trashed = t.session(active, "2026-03-10T10:05:00+01:00");
    t.journal.write(|tx| tx.trash(trashed.id)).unwrap();
    assert!(due(&t.journal, "2026-03-10T09:55:00+01:00").is_empty());
}

#[test]
fn the_digest_lists_actions_due_and_overdue_quoting_only_shared_ones() {
    let mut t = TestJournal::new();
    only_digest(&mut t);
    let p = quiet_partnership(&mut t, PartnershipStatus::Active);
    t.journal
        .write(|tx| {
            tx.create(ActionItemFields {
                text: "Send the slides".into(),
                ..action_fields(p, Some("2026-03-10"))
            })?;
            tx.create(ActionItemFields {
                text: format!("Call about {PROBE}"),
                visibility: Visibility::Private,
                ..action_fields(p, Some("2026-03-03"))
            })?;
            tx.create(ActionItemFields {
                text: "Read the report".into(),
                ..action_fields(p, Some("2026-03-05"))
            })?;
            // Done, or not due yet: not in the digest.
            tx.create(ActionItemFields {
                done_at: Some(t0()),
                ..action_fields(p, Some("2026-03-01"))
            })?;
            tx.create(action_fields(p, Some("2026-03-11")))
        })
        .unwrap();
    let digest = due(&t.journal, "2026-03-10T08:00:00+01:00");
    assert_eq!(digest.len(), 1);
    assert_eq!(digest[0].title, "Today in Twoway");
    assert_eq!(digest[0].about, ReminderAbout::Digest(date("2026-03-10")));
    assert_eq!(
        digest[0].lines,
        vec![
            "1 action due today with Priya Natarajan: Send the slides",
            "2 actions overdue with Priya Natarajan: Read the report; 1 private action",
        ]
    );
    shown(&mut t.journal, &digest[0]);
    assert!(
        due(&t.journal, "2026-03-10T18:00:00+01:00").is_empty(),
        "once a day"
    );
    assert_eq!(
        due(&t.journal, "2026-03-11T08:00:00+01:00").len(),
        1,
        "and the next day"
    );
}

#[test]
fn the_digest_says_when_to_plan_revisit_the_agreement_and_that_a_partnership_went_quiet() {
    let mut t = TestJournal::new();
    only_digest(&mut t);
    let p = t
        .journal
        .write(|tx| {
            tx.create(PartnershipFields {
                cadence: Some(Cadence {
                    every: 1,
                    unit: CadenceUnit::Week,
                }),
                agreement_revisit_on: Some(date("2026-03-09")),
                ..partnership_fields()
            })
        })
        .unwrap()
        .id;
    t.session_on(p, "2026-02-20T10:00:00+01:00", SessionStatus::Held);

    // A week after the last session: plan one; the agreement is not due yet.
    assert_eq!(
        due(&t.journal, "2026-02-27T09:00:00+01:00")[0].lines,
        vec!["Time to plan a session with Priya Natarajan (due 2026-02-27)"]
    );
    // Twice the rhythm without a session, and the revisit day has come.
    assert_eq!(
        due(&t.journal, "2026-03-09T09:00:00+01:00")[0].lines,
        vec![
            "Time to plan a session with Priya Natarajan (due 2026-02-27)",
            "Revisit your agreement with Priya Natarajan (from 2026-03-09)",
            "No session with Priya Natarajan for 17 days",
        ]
    );
    // A session planned ahead answers the rhythm.
    t.session(p, "2026-03-12T10:00:00+01:00");
    assert_eq!(
        due(&t.journal, "2026-03-09T09:00:00+01:00")[0].lines,
        vec!["Revisit your agreement with Priya Natarajan (from 2026-03-09)"]
    );
}

#[test]
fn quiet_hours_hold_reminders_and_the_digest_waits_for_its_time() {
    let mut t = TestJournal::new();
    let p = quiet_partnership(&mut t, PartnershipStatus::Active);
    t.journal
        .write(|tx| tx.create(action_fields(p, Some("2026-03-01"))))
        .unwrap();
    let at_time = |h: u32, m: u32| NaiveTime::from_hms_opt(h, m, 0);
    t.journal
        .write(|tx| {
            tx.set_reminder_settings(&ReminderSettings {
                digest_at: at_time(8, 0),
                quiet_from: at_time(22, 0),
                quiet_until: at_time(7, 0),
                ..ReminderSettings::default()
            })
        })
        .unwrap();
    t.session(p, "2026-03-10T06:50:00+01:00");
    assert!(
        due(&t.journal, "2026-03-10T06:40:00+01:00").is_empty(),
        "quiet: no session reminder"
    );
    assert!(due(&t.journal, "2026-03-09T23:00:00+01:00").is_empty());
    assert!(
        due(&t.journal, "2026-03-10T07:30:00+01:00").is_empty(),
        "the digest waits for 08:00"
    );
    assert_eq!(due(&t.journal, "2026-03-10T08:01:00+01:00").len(), 1);
}

#[test]
fn reminder_settings_are_checked_and_kept() {
    let mut t = TestJournal::new();
    assert_eq!(
        t.journal.read(|tx| tx.reminder_settings()).unwrap(),
        ReminderSettings::default()
    );
    for bad in [
        ReminderSettings {
            session_lead_minutes: 0,
            ..ReminderSettings::default()
        },
        ReminderSettings {
            quiet_from: NaiveTime::from_hms_opt(22, 0, 0),
            ..ReminderSettings::default()
        },
    ] {
        let refused = t.journal.write(|tx| tx.set_reminder_settings(&bad));
        assert!(matches!(refused, Err(Error::Invalid { .. })), "{refused:?}");
    }
    let chosen = ReminderSettings {
        session_lead_minutes: 30,
        digest: false,
        ..ReminderSettings::default()
    };
    t.journal
        .write(|tx| tx.set_reminder_settings(&chosen))
        .unwrap();
    assert_eq!(t.journal.read(|tx| tx.reminder_settings()).unwrap(), chosen);
}

#[test]
fn no_reminder_ever_holds_private_text() {
    let mut t = TestJournal::new();
    twoway_journal::sample::fill_demo(&mut t.journal, date("2026-03-02")).unwrap();
    // Private text wherever the journal keeps it, on every partnership's next session.
    let partnerships = t.journal.read(|tx| tx.partnerships()).unwrap();
    t.journal
        .write(|tx| {
            for p in &partnerships {
                let session = tx
                    .create_session(SessionFields {
                        private_notes: format!("Private {PROBE}"),
                        ..session_fields(p.id, "2026-03-20T10:00:00+01:00")
                    })?
                    .session;
                tx.create(AgendaItemFields {
                    visibility: Visibility::Private,
                    ..agenda_fields(session.id, 0, &format!("Item {PROBE}"))
                })?;
                tx.create(ActionItemFields {
                    text: format!("Action {PROBE}"),
                    visibility: Visibility::Private,
                    ..action_fields(p.id, Some("2026-03-20"))
                })?;
                tx.create(GoalFields {
                    title: format!("Goal {PROBE}"),
                    visibility: Visibility::Private,
                    ..goal_fields(p.id)
                })?;
            }
            Ok(())
        })
        .unwrap();
    let mut seen = 0;
    for moment in [
        "2026-03-20T09:50:00+01:00",
        "2026-03-20T08:00:00+01:00",
        "2026-03-25T12:00:00+01:00",
    ] {
        for reminder in due(&t.journal, moment) {
            seen += 1;
            assert!(
                !text(&reminder).contains(PROBE),
                "{moment}: {}",
                text(&reminder)
            );
        }
    }
    assert!(
        seen >= 2,
        "the test saw session reminders and digests: {seen}"
    );
}

#[test]
fn without_a_set_time_the_digest_waits_for_the_morning_not_midnight() {
    let mut t = TestJournal::new();
    let p = quiet_partnership(&mut t, PartnershipStatus::Active);
    only_digest(&mut t);
    t.journal
        .write(|tx| tx.create(action_fields(p, Some("2026-03-09"))))
        .unwrap();
    // A window left open overnight: nothing at 00:05 or 06:59, the digest at 07:00.
    assert!(due(&t.journal, "2026-03-10T00:05:00+01:00").is_empty());
    assert!(due(&t.journal, "2026-03-10T06:59:00+01:00").is_empty());
    let digest = due(&t.journal, "2026-03-10T07:00:00+01:00");
    assert_eq!(digest.len(), 1, "{digest:?}");
    assert!(text(&digest[0]).contains("overdue"), "{}", text(&digest[0]));
}

#[test]
fn a_partnership_gets_its_own_lead_time_and_back_to_the_default() {
    let mut t = TestJournal::new();
    let p = quiet_partnership(&mut t, PartnershipStatus::Active);
    t.session(p, "2026-03-10T10:00:00+01:00");
    let set = |t: &mut TestJournal, minutes: Option<u32>| {
        t.journal
            .write(|tx| tx.set_session_lead(p, minutes))
            .unwrap()
    };
    assert!(
        due(&t.journal, "2026-03-10T09:30:00+01:00").is_empty(),
        "15 minutes by default"
    );
    let saved = set(&mut t, Some(45));
    assert_eq!(saved.lead_by_partnership.len(), 1);
    assert_eq!(
        due(&t.journal, "2026-03-10T09:30:00+01:00").len(),
        1,
        "45 minutes ahead"
    );
    // The default, given as a number, is no setting of its own.
    assert!(set(&mut t, Some(15)).lead_by_partnership.is_empty());
    set(&mut t, Some(45));
    assert!(set(&mut t, None).lead_by_partnership.is_empty());
    let refused = t
        .journal
        .write(|tx| tx.set_session_lead(p, Some(MAX_LEAD_MINUTES + 1)));
    assert!(matches!(refused, Err(Error::Invalid { .. })), "{refused:?}");
}
