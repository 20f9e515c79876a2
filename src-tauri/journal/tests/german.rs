//! The journal in German (its own process: the language is the app's, set once here): reminders
//! and the agreement checklist, with the same moments, rules and privacy as in English.

mod common;

use chrono::{DateTime, FixedOffset};
use common::*;
use twoway_journal::Journal;
use twoway_journal::language::{Language, set_current};
use twoway_journal::model::*;
use twoway_journal::reminders::{Reminder, ReminderSettings};

const PROBE: &str = "PROBE-zanzibar";

fn due(journal: &Journal, text: &str) -> Vec<Reminder> {
    let now: DateTime<FixedOffset> = at(text);
    journal.read(|tx| tx.due_reminders(now)).unwrap()
}

fn quiet_partnership(t: &mut TestJournal) -> PartnershipId {
    t.journal
        .write(|tx| {
            tx.create(PartnershipFields {
                cadence: None,
                agreement_revisit_on: None,
                ..partnership_fields()
            })
        })
        .unwrap()
        .id
}

#[test]
fn a_session_reminder_and_the_digest_speak_german_and_keep_private_text_out() {
    set_current(Language::De);
    let mut t = TestJournal::new();
    let p = quiet_partnership(&mut t);
    let session = t.session(p, "2026-03-10T10:00:00+01:00");
    t.journal
        .write(|tx| {
            tx.create(agenda_fields(session.id, 0, "Show the prompt library"))?;
            tx.create(AgendaItemFields {
                visibility: Visibility::Private,
                ..agenda_fields(session.id, 1, &format!("My worry {PROBE}"))
            })?;
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
            })
        })
        .unwrap();

    let soon = due(&t.journal, "2026-03-10T09:46:00+01:00");
    let session_reminder = soon
        .iter()
        .find(|r| r.title.starts_with("Treffen"))
        .expect("a session reminder");
    assert_eq!(
        session_reminder.title,
        "Treffen mit Priya Natarajan in 14 Minuten"
    );
    assert_eq!(
        session_reminder.lines,
        vec![
            "Prompting for finance um 10:00",
            "• Show the prompt library",
            "und 1 weiterer Punkt",
        ]
    );

    t.journal
        .write(|tx| {
            tx.set_reminder_settings(&ReminderSettings {
                sessions: false,
                ..ReminderSettings::default()
            })
        })
        .unwrap();
    let digest = due(&t.journal, "2026-03-10T08:00:00+01:00");
    assert_eq!(digest.len(), 1);
    assert_eq!(digest[0].title, "Heute in Twoway");
    assert_eq!(
        digest[0].lines,
        vec![
            "1 Aufgabe heute fällig mit Priya Natarajan: Send the slides",
            "2 Aufgaben überfällig mit Priya Natarajan: Read the report; 1 private Aufgabe",
        ]
    );
    for reminder in soon.iter().chain(&digest) {
        let text = format!("{} {}", reminder.title, reminder.lines.join(" "));
        assert!(!text.contains(PROBE), "{text}");
    }
}

#[test]
fn the_agreement_checklist_offers_german_headings_and_knows_a_german_draft_s_sections() {
    set_current(Language::De);
    let mut t = TestJournal::new();
    let p = t
        .journal
        .write(|tx| {
            tx.create(PartnershipFields {
                agreement:
                    "## Grundregeln\n\nWir sind pünktlich.\n\n## Vertraulichkeit\n\nUnter uns."
                        .into(),
                ..partnership_fields()
            })
        })
        .unwrap()
        .id;
    let agreement = t
        .journal
        .read(|tx| tx.agreement(p, date("2026-03-10")))
        .unwrap();
    let covered: Vec<(&str, bool)> = agreement
        .sections
        .iter()
        .map(|s| (s.heading.as_str(), s.covered))
        .collect();
    assert_eq!(
        covered,
        vec![
            ("Unsere Ziele", false),
            ("Grundregeln", true),
            ("Vertraulichkeit", true),
            ("Grenzen und Themen, die tabu sind", false),
            ("Wie oft und wie lange wir uns treffen", false),
            ("Wie wir Feedback geben", false),
            ("Zeitraum und wie wir abschließen", false),
        ]
    );
}

#[test]
fn the_built_in_templates_are_german_and_keep_their_names_to_fill_in() {
    set_current(Language::De);
    let templates = twoway_journal::templates::built_in_templates();
    let first = &templates[0];
    assert_eq!(first.key, "first_session");
    assert_eq!(first.fields.name, "Erstes Treffen");
    assert_eq!(
        first.fields.items[0].title,
        "Vorstellung: wer {my_first_name} und {partner_first_name} sind und was beide mitbringen"
    );
    for template in &templates {
        for item in &template.fields.items {
            assert_eq!(
                twoway_journal::templates::unknown_names(&item.title),
                Vec::<&str>::new(),
                "{}",
                item.title
            );
        }
    }
}
