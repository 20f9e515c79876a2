//! The iCalendar export, read back with an independent parser (the `ical` crate): the right
//! events and to-dos, stable UIDs, UTC times, the cadence as RRULE, text that survives escaping
//! and folding, and nothing private.

mod common;

use chrono::{DateTime, TimeZone, Utc};
use common::*;
use ical::parser::ical::component::{IcalCalendar, IcalEvent, IcalTodo};
use ical::property::Property;
use std::collections::BTreeSet;
use std::io::BufReader;
use twoway_journal::export::ics::ics;
use twoway_journal::export::{Audience, ExportSet, Scope, Trash};
use twoway_journal::model::*;

// ---------------------------------------------------------------------------------------------
// Reading back
// ---------------------------------------------------------------------------------------------

fn parse(text: &str) -> IcalCalendar {
    let mut parser = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let calendar = parser
        .next()
        .expect("one calendar")
        .expect("a calendar the parser reads");
    assert!(parser.next().is_none(), "exactly one calendar");
    calendar
}

/// TEXT unescaping (RFC 5545 section 3.3.11), written here so the test does not trust the
/// writer's own code. The `ical` crate unfolds lines but hands values back as written.
fn unescape(raw: &str) -> String {
    unescape_checked(raw, false)
}

/// As `unescape`, and a bare `;` or `,` (which TEXT must escape) fails the test.
fn unescape_strict(raw: &str) -> String {
    unescape_checked(raw, true)
}

fn unescape_checked(raw: &str, strict: bool) -> String {
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            assert!(
                !(strict && matches!(c, ';' | ',')),
                "an unescaped {c:?} in {raw:?}"
            );
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') | Some('N') => out.push('\n'),
            Some(other @ ('\\' | ';' | ',')) => out.push(other),
            other => panic!("a stray escape before {other:?} in {raw:?}"),
        }
    }
    out
}

fn raw<'p>(properties: &'p [Property], name: &str) -> Option<&'p str> {
    let mut found = properties.iter().filter(|p| p.name == name);
    let first = found.next()?;
    assert!(found.next().is_none(), "{name} appears once");
    first.value.as_deref()
}

fn text(properties: &[Property], name: &str) -> Option<String> {
    raw(properties, name).map(unescape_strict)
}

fn uid_of_event(event: &IcalEvent) -> String {
    raw(&event.properties, "UID").expect("a UID").to_owned()
}

fn uid_of_todo(todo: &IcalTodo) -> String {
    raw(&todo.properties, "UID").expect("a UID").to_owned()
}

/// The events for sessions (not the cadence placeholders, nor the agreement revisit days).
fn session_events(calendar: &IcalCalendar) -> Vec<&IcalEvent> {
    calendar
        .events
        .iter()
        .filter(|e| !uid_of_event(e).ends_with("-cadence@twoway"))
        .filter(|e| !is_revisit(e))
        .collect()
}

fn is_revisit(event: &IcalEvent) -> bool {
    uid_of_event(event).ends_with("-agreement-revisit@twoway")
}

/// The events of sessions and rhythms: every event but the agreement revisit days.
fn planned_events(calendar: &IcalCalendar) -> Vec<&IcalEvent> {
    calendar.events.iter().filter(|e| !is_revisit(e)).collect()
}

fn revisit_events(calendar: &IcalCalendar) -> Vec<&IcalEvent> {
    calendar.events.iter().filter(|e| is_revisit(e)).collect()
}

fn cadence_events(calendar: &IcalCalendar) -> Vec<&IcalEvent> {
    calendar
        .events
        .iter()
        .filter(|e| uid_of_event(e).ends_with("-cadence@twoway"))
        .collect()
}

fn event_with<'c>(calendar: &'c IcalCalendar, uid: &str) -> &'c IcalEvent {
    calendar
        .events
        .iter()
        .find(|e| uid_of_event(e) == uid)
        .unwrap_or_else(|| panic!("an event {uid}"))
}

fn todo_with<'c>(calendar: &'c IcalCalendar, uid: &str) -> &'c IcalTodo {
    calendar
        .todos
        .iter()
        .find(|e| uid_of_todo(e) == uid)
        .unwrap_or_else(|| panic!("a to-do {uid}"))
}

/// Every value of the calendar, unescaped, one per line: what a reader of the file would see.
fn readable(calendar: &IcalCalendar) -> String {
    let mut all: Vec<String> = Vec::new();
    let mut push = |properties: &[Property]| {
        for p in properties {
            if let Some(value) = &p.value {
                all.push(unescape(value));
            }
        }
    };
    push(&calendar.properties);
    for event in &calendar.events {
        push(&event.properties);
    }
    for todo in &calendar.todos {
        push(&todo.properties);
    }
    all.join("\n")
}

/// CRLF after every line and nothing else; no line over 75 octets; each physical line whole
/// UTF-8 on its own (no fold inside a character).
fn assert_well_formed(text: &str) {
    let bytes = text.as_bytes();
    assert!(text.ends_with("\r\n"), "the file ends with CRLF");
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'\r' => assert_eq!(bytes.get(i + 1), Some(&b'\n'), "a CR without LF at {i}"),
            b'\n' => assert_eq!(
                bytes.get(i.wrapping_sub(1)),
                Some(&b'\r'),
                "a bare LF at {i}"
            ),
            _ => {}
        }
    }
    let lines: Vec<&[u8]> = bytes[..bytes.len() - 2]
        .split(|b| *b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .collect();
    for line in lines {
        assert!(line.len() <= 75, "a line of {} octets", line.len());
        assert!(!line.is_empty(), "an empty line");
        std::str::from_utf8(line).expect("a fold inside a UTF-8 character");
    }
}

// ---------------------------------------------------------------------------------------------
// Building journals
// ---------------------------------------------------------------------------------------------

fn export_at(t: &TestJournal, scope: Scope, audience: Audience, at: DateTime<Utc>) -> String {
    let set = t
        .journal
        .read(|tx| tx.export_set(scope, audience, Trash::Exclude))
        .unwrap();
    let text = ics(&set, scope, audience, at);
    assert_well_formed(&text);
    text
}

fn export(t: &TestJournal, scope: Scope) -> String {
    export_at(t, scope, Audience::Shared, exported_at())
}

fn exported_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 5, 12, 0, 0).unwrap()
}

fn session_with(
    t: &mut TestJournal,
    partnership: PartnershipId,
    starts: &str,
    change: impl FnOnce(&mut SessionFields),
) -> Session {
    let mut fields = session_fields(partnership, starts);
    change(&mut fields);
    t.journal
        .write(|tx| tx.create_session(fields))
        .unwrap()
        .session
}

fn partnership_with(
    t: &mut TestJournal,
    change: impl FnOnce(&mut PartnershipFields),
) -> Partnership {
    let mut fields = partnership_fields();
    change(&mut fields);
    t.journal.write(|tx| tx.create(fields)).unwrap()
}

fn action_with(
    t: &mut TestJournal,
    partnership: PartnershipId,
    due: Option<&str>,
    change: impl FnOnce(&mut ActionItemFields),
) -> ActionItem {
    let mut fields = action_fields(partnership, due);
    change(&mut fields);
    t.journal.write(|tx| tx.create(fields)).unwrap()
}

fn uid(id: impl std::fmt::Display) -> String {
    format!("{id}@twoway")
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[test]
fn the_calendar_header_names_the_producer_and_the_scope() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let calendar = parse(&export(&t, Scope::Partnership(p.id)));
    let header = &calendar.properties;
    assert_eq!(raw(header, "PRODID"), Some("-//Twoway//Twoway journal//EN"));
    assert_eq!(raw(header, "VERSION"), Some("2.0"));
    assert_eq!(raw(header, "CALSCALE"), Some("GREGORIAN"));
    assert_eq!(raw(header, "METHOD"), Some("PUBLISH"));
    assert_eq!(
        text(header, "X-WR-CALNAME").as_deref(),
        Some("Twoway — Priya Natarajan")
    );
    assert_eq!(text(header, "NAME"), text(header, "X-WR-CALNAME"));
}

#[test]
fn only_planned_sessions_and_open_dated_actions_are_written() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let a = t.session(p.id, "2026-03-10T09:30:00+01:00");
    let b = t.session(p.id, "2026-03-24T09:30:00+01:00");
    session_with(&mut t, p.id, "2026-02-24T09:30:00+01:00", |f| {
        f.status = SessionStatus::Held;
    });
    session_with(&mut t, p.id, "2026-04-07T09:30:00+01:00", |f| {
        f.status = SessionStatus::Cancelled;
    });
    let trashed = t.session(p.id, "2026-03-17T09:30:00+01:00");
    t.journal.write(|tx| tx.trash(trashed.id)).unwrap();

    let due_mine = action_with(&mut t, p.id, Some("2026-03-20"), |_| {});
    let due_theirs = action_with(&mut t, p.id, Some("2026-03-12"), |f| {
        f.owner = Party::Partner
    });
    action_with(&mut t, p.id, None, |_| {});
    let done = action_with(&mut t, p.id, Some("2026-03-11"), |_| {});
    t.journal
        .write(|tx| tx.set_action_done(done.id, true))
        .unwrap();
    let gone = action_with(&mut t, p.id, Some("2026-03-13"), |_| {});
    t.journal.write(|tx| tx.trash(gone.id)).unwrap();

    let calendar = parse(&export(&t, Scope::Journal));
    let sessions: BTreeSet<String> = session_events(&calendar)
        .iter()
        .map(|e| uid_of_event(e))
        .collect();
    assert_eq!(sessions, BTreeSet::from([uid(a.id), uid(b.id)]));
    assert_eq!(cadence_events(&calendar).len(), 1);
    // To-dos by due date.
    let todos: Vec<String> = calendar.todos.iter().map(uid_of_todo).collect();
    assert_eq!(todos, vec![uid(due_theirs.id), uid(due_mine.id)]);

    let todo = todo_with(&calendar, &uid(due_theirs.id));
    let p_ = &todo.properties;
    assert_eq!(raw(p_, "DUE"), Some("20260312"));
    let due = p_.iter().find(|p| p.name == "DUE").unwrap();
    assert_eq!(
        due.params,
        Some(vec![("VALUE".to_owned(), vec!["DATE".to_owned()])])
    );
    assert_eq!(raw(p_, "STATUS"), Some("NEEDS-ACTION"));
    assert_eq!(raw(p_, "X-TWOWAY-OWNER"), Some("partner"));
    assert_eq!(text(p_, "SUMMARY").as_deref(), Some("Draft the first post"));
    assert_eq!(
        text(p_, "DESCRIPTION").as_deref(),
        Some("Owner: Priya Natarajan\nPartnership: Priya Natarajan")
    );
    assert_eq!(raw(p_, "CATEGORIES"), Some("Twoway,Reverse mentoring"));
    assert_eq!(raw(p_, "DTSTAMP"), Some("20260305T120000Z"));
    let mine = todo_with(&calendar, &uid(due_mine.id));
    assert_eq!(raw(&mine.properties, "X-TWOWAY-OWNER"), Some("me"));

    let event = event_with(&calendar, &uid(a.id));
    let e = &event.properties;
    assert_eq!(
        text(e, "SUMMARY").as_deref(),
        Some("Prompting for finance (with Priya Natarajan)")
    );
    assert_eq!(text(e, "LOCATION").as_deref(), Some("Video call"));
    assert_eq!(raw(e, "STATUS"), Some("CONFIRMED"));
    assert_eq!(raw(e, "CATEGORIES"), Some("Twoway,Reverse mentoring"));
    assert_eq!(raw(e, "DTSTAMP"), Some("20260305T120000Z"));
    assert_eq!(raw(e, "LAST-MODIFIED"), Some("20260302T090000Z"));
    assert_eq!(raw(e, "RRULE"), None);
    // Notes are never in a calendar.
    assert!(!readable(&calendar).contains("three"));
    assert!(!readable(&calendar).contains("impatient"));
}

#[test]
fn the_agenda_is_the_description() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-10T09:30:00+01:00");
    t.journal
        .write(|tx| {
            tx.create(agenda_fields(s.id, 0, "Review the draft"))?;
            let mut mine = agenda_fields(s.id, 1, "Capital allocation, part 2\nbring the plan");
            mine.owner = Party::Me;
            mine.minutes = Some(25);
            tx.create(mine)?;
            let mut open = agenda_fields(s.id, 2, "Questions");
            open.minutes = None;
            tx.create(open)
        })
        .unwrap();
    t.journal
        .write(|tx| {
            tx.set_profile(Profile {
                my_name: "Helen Marsh".into(),
                my_role: String::new(),
            })
        })
        .unwrap();
    let calendar = parse(&export(&t, Scope::Session(s.id)));
    let event = event_with(&calendar, &uid(s.id));
    assert_eq!(
        text(&event.properties, "DESCRIPTION").as_deref(),
        Some(
            "Agenda: 35 of 45 min\n\
             - Review the draft (10 min, Priya Natarajan)\n\
             - Capital allocation, part 2 (25 min, Helen Marsh)\n  bring the plan\n\
             - Questions (Priya Natarajan)"
        )
    );
    assert_eq!(
        text(&calendar.properties, "X-WR-CALNAME").as_deref(),
        Some("Twoway — Prompting for finance (with Priya Natarajan)")
    );
}

#[test]
fn times_are_written_in_utc() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let paris = t.session(p.id, "2026-03-10T09:30:00+01:00");
    let new_york = session_with(&mut t, p.id, "2026-03-10T18:00:00-05:00", |f| {
        f.duration_minutes = 90;
    });
    let calendar = parse(&export(&t, Scope::Journal));

    let e = &event_with(&calendar, &uid(paris.id)).properties;
    assert_eq!(raw(e, "DTSTART"), Some("20260310T083000Z"));
    assert_eq!(raw(e, "DTEND"), Some("20260310T091500Z"));
    let e = &event_with(&calendar, &uid(new_york.id)).properties;
    assert_eq!(raw(e, "DTSTART"), Some("20260310T230000Z"));
    assert_eq!(raw(e, "DTEND"), Some("20260311T003000Z"));
    // No time zone is invented: every time is UTC (an agreement's revisit day is a date).
    assert!(calendar.timezones.is_empty());
    for event in planned_events(&calendar) {
        for p in &event.properties {
            assert!(p.params.is_none(), "{} has parameters", p.name);
        }
    }
}

#[test]
fn uids_are_stable_across_exports_and_edits() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-10T09:30:00+01:00");
    let a = action_with(&mut t, p.id, Some("2026-03-20"), |_| {});

    let first = export_at(&t, Scope::Journal, Audience::Shared, exported_at());
    let later = exported_at() + chrono::Duration::days(3);
    let second = export_at(&t, Scope::Journal, Audience::Shared, later);
    // Only the DTSTAMP lines differ.
    let differing: Vec<(&str, &str)> = first
        .lines()
        .zip(second.lines())
        .filter(|(x, y)| x != y)
        .collect();
    assert_eq!(first.lines().count(), second.lines().count());
    assert!(!differing.is_empty());
    assert!(
        differing
            .iter()
            .all(|(x, y)| x.starts_with("DTSTAMP:") && y.starts_with("DTSTAMP:"))
    );

    let uids = |text: &str| -> BTreeSet<String> {
        let calendar = parse(text);
        calendar
            .events
            .iter()
            .map(uid_of_event)
            .chain(calendar.todos.iter().map(uid_of_todo))
            .collect()
    };
    let before = parse(&first);
    let sequence_of_session = |calendar: &IcalCalendar| -> i64 {
        raw(&event_with(calendar, &uid(s.id)).properties, "SEQUENCE")
            .unwrap()
            .parse()
            .unwrap()
    };
    let sequence_of_action = |calendar: &IcalCalendar| -> i64 {
        raw(&todo_with(calendar, &uid(a.id)).properties, "SEQUENCE")
            .unwrap()
            .parse()
            .unwrap()
    };

    t.tick();
    t.journal
        .write(|tx| {
            let mut fields = s.fields.clone();
            fields.title = "Prompting for finance, take two".into();
            fields.place = "Room 4".into();
            tx.update(s.id, fields)?;
            let mut fields = a.fields.clone();
            fields.text = "Draft the second post".into();
            tx.update(a.id, fields)
        })
        .unwrap();
    let edited = export_at(&t, Scope::Journal, Audience::Shared, later);
    assert_eq!(uids(&first), uids(&edited));
    assert_eq!(
        uids(&first),
        BTreeSet::from([
            uid(s.id),
            uid(a.id),
            format!("{}-cadence@twoway", p.id),
            format!("{}-agreement-revisit@twoway", p.id)
        ])
    );
    let after = parse(&edited);
    assert!(sequence_of_session(&after) > sequence_of_session(&before));
    assert!(sequence_of_action(&after) > sequence_of_action(&before));
    assert_eq!(
        raw(&event_with(&after, &uid(s.id)).properties, "LAST-MODIFIED"),
        Some("20260302T090001Z")
    );
    assert_eq!(
        text(&event_with(&after, &uid(s.id)).properties, "SUMMARY").as_deref(),
        Some("Prompting for finance, take two (with Priya Natarajan)")
    );
}

#[test]
fn text_survives_escaping_and_folding() {
    let mut t = TestJournal::new();
    let p = partnership_with(&mut t, |f| {
        f.partner_name = "Ana O'Brien; Jr., \\ 🌻".into()
    });
    let title = "Q1; budgets, \\ AI 🦀 — café".to_owned();
    let place = "Room 4; desk 2, \\east\\ 🏢".to_owned();
    let s = session_with(&mut t, p.id, "2026-03-10T09:30:00+01:00", |f| {
        f.title = title.clone();
        f.place = place.clone();
    });
    // 300 characters of two-, three- and four-octet text, ending on a letter (the ends of a
    // value are trimmed).
    let long: String = "Ünïcödé 日本語 🦀; ,\\ "
        .chars()
        .cycle()
        .take(299)
        .chain(['!'])
        .collect();
    assert_eq!(long.chars().count(), 300);
    let long_session = session_with(&mut t, p.id, "2026-03-11T09:30:00+01:00", |f| {
        f.title = long.clone();
        f.place = long.clone();
    });
    t.journal
        .write(|tx| tx.create(agenda_fields(s.id, 0, "Line one; a, b\n\\ line two 🎉")))
        .unwrap();
    let a = action_with(&mut t, p.id, Some("2026-03-20"), |f| {
        f.text = "Send the deck; slides 3,4\nThen ask about C:\\paths\n\n🦀 done".into();
    });

    let text_out = export(&t, Scope::Journal);
    let calendar = parse(&text_out);
    let partner = "Ana O'Brien; Jr., \\ 🌻";

    let e = &event_with(&calendar, &uid(s.id)).properties;
    assert_eq!(
        text(e, "SUMMARY"),
        Some(format!("{title} (with {partner})"))
    );
    assert_eq!(text(e, "LOCATION"), Some(place));
    assert_eq!(
        text(e, "DESCRIPTION"),
        Some(format!(
            "Agenda: 10 of 45 min\n- Line one; a, b (10 min, {partner})\n  \\ line two 🎉"
        ))
    );

    let e = &event_with(&calendar, &uid(long_session.id)).properties;
    assert_eq!(text(e, "SUMMARY"), Some(format!("{long} (with {partner})")));
    assert_eq!(text(e, "LOCATION"), Some(long.clone()));
    // The long title really was folded.
    assert!(text_out.contains("\r\n "));

    let todo = &todo_with(&calendar, &uid(a.id)).properties;
    assert_eq!(
        text(todo, "SUMMARY").as_deref(),
        Some("Send the deck; slides 3,4")
    );
    assert_eq!(
        text(todo, "DESCRIPTION"),
        Some(format!(
            "Then ask about C:\\paths\n\n🦀 done\n\nOwner: me\nPartnership: {partner}"
        ))
    );
    assert_eq!(
        text(&calendar.properties, "X-WR-CALNAME").as_deref(),
        Some("Twoway")
    );
}

#[test]
fn text_the_journal_would_refuse_is_still_written_safely() {
    // An `ExportSet` is plain data: a pack or a future field may hold line breaks in a title,
    // carriage returns or control characters. The calendar must stay well formed.
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-10T09:30:00+01:00");
    let mut set: ExportSet = t
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Exclude))
        .unwrap();
    set.sessions[0].fields.title = "Line one\r\nline two\rthree\u{0}\u{7}\u{7f}\u{85} end".into();
    set.sessions[0].fields.place = "  \t ".into();
    set.partnerships[0].fields.partner_name = "Priya\nNatarajan".into();
    let text_out = ics(&set, Scope::Journal, Audience::All, exported_at());
    assert_well_formed(&text_out);
    let calendar = parse(&text_out);
    let e = &event_with(&calendar, &uid(s.id)).properties;
    assert_eq!(
        text(e, "SUMMARY").as_deref(),
        Some("Line one\nline two\nthree end (with Priya\nNatarajan)")
    );
    // A place of nothing but whitespace is no place.
    assert_eq!(raw(e, "LOCATION"), None);
}

#[test]
fn a_fortnightly_partnership_repeats_after_its_last_session_until_it_ends() {
    let mut t = TestJournal::new();
    let p = t.partnership(); // every 2 weeks, ends 2026-12-18
    session_with(&mut t, p.id, "2026-02-24T09:30:00+01:00", |f| {
        f.status = SessionStatus::Held;
    });
    let last = t.session(p.id, "2026-03-10T09:30:00+01:00");
    // A cancelled session later on does not move the rhythm.
    session_with(&mut t, p.id, "2026-03-17T09:30:00+01:00", |f| {
        f.status = SessionStatus::Cancelled;
    });
    let calendar = parse(&export(&t, Scope::Partnership(p.id)));
    let rhythm = cadence_events(&calendar);
    assert_eq!(rhythm.len(), 1);
    let e = &rhythm[0].properties;
    assert_eq!(uid_of_event(rhythm[0]), format!("{}-cadence@twoway", p.id));
    // In local time (no `Z`): the rhythm keeps its wall-clock time and day of the month
    // across daylight-saving changes, and so does its end.
    assert_eq!(
        raw(e, "RRULE"),
        Some("FREQ=WEEKLY;INTERVAL=2;UNTIL=20261218T235959")
    );
    // Two weeks after the last planned session, with its time of day and length.
    assert_eq!(raw(e, "DTSTART"), Some("20260324T093000"));
    assert_eq!(raw(e, "DTEND"), Some("20260324T101500"));
    assert_eq!(raw(e, "STATUS"), Some("TENTATIVE"));
    assert_eq!(
        text(e, "SUMMARY").as_deref(),
        Some("Reverse mentoring with Priya Natarajan (every 2 weeks)")
    );
    assert_eq!(raw(e, "CATEGORIES"), Some("Twoway,Reverse mentoring"));
    // The planned session is its own event, not an occurrence of the rule.
    let planned = event_with(&calendar, &uid(last.id));
    assert_eq!(raw(&planned.properties, "RRULE"), None);
}

#[test]
fn a_monthly_rhythm_stays_on_its_local_day_of_the_month() {
    // 00:30 on the 1st in UTC+2 is the 30th or 31st in UTC: repeating in UTC would drift off
    // the 1st and skip the months without that day.
    let mut t = TestJournal::new();
    let p = partnership_with(&mut t, |f| {
        f.cadence = Some(Cadence {
            every: 1,
            unit: CadenceUnit::Month,
        });
        f.ends_on = None;
    });
    t.session(p.id, "2026-04-01T00:30:00+02:00");
    let calendar = parse(&export(&t, Scope::Partnership(p.id)));
    let e = &event_with(&calendar, &format!("{}-cadence@twoway", p.id)).properties;
    assert_eq!(raw(e, "DTSTART"), Some("20260501T003000"));
    assert_eq!(raw(e, "RRULE"), Some("FREQ=MONTHLY;INTERVAL=1"));
}

#[test]
fn monthly_and_daily_cadences_map_to_their_frequencies() {
    let mut t = TestJournal::new();
    let monthly = partnership_with(&mut t, |f| {
        f.cadence = Some(Cadence {
            every: 1,
            unit: CadenceUnit::Month,
        });
        f.ends_on = None;
    });
    t.session(monthly.id, "2026-01-31T10:00:00-05:00");
    let daily = partnership_with(&mut t, |f| {
        f.cadence = Some(Cadence {
            every: 3,
            unit: CadenceUnit::Day,
        });
    });
    t.session(daily.id, "2026-03-10T09:30:00+01:00");

    let calendar = parse(&export(&t, Scope::Journal));
    let e = &event_with(&calendar, &format!("{}-cadence@twoway", monthly.id)).properties;
    assert_eq!(raw(e, "RRULE"), Some("FREQ=MONTHLY;INTERVAL=1"));
    // A month after the 31st of January is the last day of February, at the same local time.
    assert_eq!(raw(e, "DTSTART"), Some("20260228T100000"));
    assert_eq!(
        text(e, "SUMMARY").as_deref(),
        Some("Reverse mentoring with Priya Natarajan (every month)")
    );
    let e = &event_with(&calendar, &format!("{}-cadence@twoway", daily.id)).properties;
    assert_eq!(
        raw(e, "RRULE"),
        Some("FREQ=DAILY;INTERVAL=3;UNTIL=20261218T235959")
    );
    assert_eq!(raw(e, "DTSTART"), Some("20260313T093000"));
}

#[test]
fn no_rhythm_where_the_cadence_does_not_apply() {
    let mut t = TestJournal::new();
    let paused = partnership_with(&mut t, |f| f.status = PartnershipStatus::Paused);
    let completed = partnership_with(&mut t, |f| f.status = PartnershipStatus::Completed);
    let no_cadence = partnership_with(&mut t, |f| f.cadence = None);
    let ending = partnership_with(&mut t, |f| f.ends_on = Some(date("2026-03-15")));
    let no_sessions = t.partnership();
    for p in [&paused, &completed, &no_cadence, &ending] {
        t.session(p.id, "2026-03-10T09:30:00+01:00");
    }
    let active = t.partnership();
    let s = t.session(active.id, "2026-03-10T09:30:00+01:00");

    let calendar = parse(&export(&t, Scope::Journal));
    let rhythms: Vec<String> = cadence_events(&calendar)
        .iter()
        .map(|e| uid_of_event(e))
        .collect();
    assert_eq!(rhythms, vec![format!("{}-cadence@twoway", active.id)]);
    assert!(
        calendar
            .events
            .iter()
            .filter(|e| raw(&e.properties, "RRULE").is_some())
            .count()
            == 1
    );
    for p in [&paused, &completed, &no_cadence, &ending] {
        // Their planned sessions are still there.
        let own = parse(&export(&t, Scope::Partnership(p.id)));
        assert_eq!(planned_events(&own).len(), 1);
        assert_eq!(session_events(&own).len(), 1);
    }
    assert!(planned_events(&parse(&export(&t, Scope::Partnership(no_sessions.id)))).is_empty());
    // A session's calendar is about that session.
    let session = parse(&export(&t, Scope::Session(s.id)));
    assert!(cadence_events(&session).is_empty());
    assert_eq!(session_events(&session).len(), 1);
}

#[test]
fn scopes_choose_the_sessions_and_actions() {
    let mut t = TestJournal::new();
    let p1 = t.partnership();
    let p2 = partnership_with(&mut t, |f| f.partner_name = "Sam Okoye".into());
    let held = session_with(&mut t, p1.id, "2026-03-03T09:30:00+01:00", |f| {
        f.status = SessionStatus::Held;
    });
    let s1 = t.session(p1.id, "2026-03-10T09:30:00+01:00");
    let s1b = t.session(p1.id, "2026-03-24T09:30:00+01:00");
    let s2 = t.session(p2.id, "2026-03-11T09:30:00+01:00");
    let agreed = action_with(&mut t, p1.id, Some("2026-03-20"), |f| {
        f.session_id = Some(held.id);
    });
    let other = action_with(&mut t, p1.id, Some("2026-03-21"), |_| {});
    let elsewhere = action_with(&mut t, p2.id, Some("2026-03-22"), |_| {});

    let events = |calendar: &IcalCalendar| -> BTreeSet<String> {
        session_events(calendar)
            .iter()
            .map(|e| uid_of_event(e))
            .collect()
    };
    let todos = |calendar: &IcalCalendar| -> BTreeSet<String> {
        calendar.todos.iter().map(uid_of_todo).collect()
    };

    let journal = parse(&export(&t, Scope::Journal));
    assert_eq!(
        events(&journal),
        BTreeSet::from([uid(s1.id), uid(s1b.id), uid(s2.id)])
    );
    assert_eq!(
        todos(&journal),
        BTreeSet::from([uid(agreed.id), uid(other.id), uid(elsewhere.id)])
    );
    assert_eq!(cadence_events(&journal).len(), 2);

    let one = parse(&export(&t, Scope::Partnership(p1.id)));
    assert_eq!(events(&one), BTreeSet::from([uid(s1.id), uid(s1b.id)]));
    assert_eq!(todos(&one), BTreeSet::from([uid(agreed.id), uid(other.id)]));
    assert_eq!(cadence_events(&one).len(), 1);
    // Where it was agreed, when that session is in the export.
    assert_eq!(
        text(&todo_with(&one, &uid(agreed.id)).properties, "DESCRIPTION").as_deref(),
        Some(
            "Owner: me\nPartnership: Priya Natarajan\n\
             Agreed in: Prompting for finance (2026-03-03)"
        )
    );

    let session = parse(&export(&t, Scope::Session(s1.id)));
    assert_eq!(events(&session), BTreeSet::from([uid(s1.id)]));
    assert_eq!(
        todos(&session),
        BTreeSet::from([uid(agreed.id), uid(other.id)])
    );
    assert!(cadence_events(&session).is_empty());

    // A held session is no event; its partnership's open actions still are to-dos.
    let past = parse(&export(&t, Scope::Session(held.id)));
    assert!(past.events.is_empty());
    assert_eq!(
        todos(&past),
        BTreeSet::from([uid(agreed.id), uid(other.id)])
    );
}

#[test]
fn the_demo_calendar_holds_what_the_journal_plans() {
    let mut t = TestJournal::new();
    twoway_journal::sample::fill_demo(&mut t.journal, date("2026-03-02")).unwrap();
    let (partnerships, planned, due) = t
        .journal
        .read(|tx| {
            let partnerships = tx.partnerships()?;
            let mut planned = BTreeSet::new();
            let mut due = BTreeSet::new();
            for p in &partnerships {
                for s in tx.sessions(p.id)? {
                    if s.fields.status == SessionStatus::Planned {
                        planned.insert(uid(s.id));
                    }
                }
                for a in tx.open_actions(p.id)? {
                    if a.fields.due_on.is_some() {
                        due.insert(uid(a.id));
                    }
                }
            }
            Ok((partnerships, planned, due))
        })
        .unwrap();
    assert!(!planned.is_empty() && !due.is_empty());

    let text_out = export(&t, Scope::Journal);
    let calendar = parse(&text_out);
    let events: BTreeSet<String> = session_events(&calendar)
        .iter()
        .map(|e| uid_of_event(e))
        .collect();
    assert_eq!(events, planned);
    assert_eq!(session_events(&calendar).len(), planned.len());
    let todos: BTreeSet<String> = calendar.todos.iter().map(uid_of_todo).collect();
    assert_eq!(todos, due);
    assert_eq!(calendar.todos.len(), due.len());
    let rhythms: BTreeSet<String> = cadence_events(&calendar)
        .iter()
        .map(|e| uid_of_event(e))
        .collect();
    let active: BTreeSet<String> = partnerships
        .iter()
        .filter(|p| p.fields.status == PartnershipStatus::Active && p.fields.cadence.is_some())
        .map(|p| format!("{}-cadence@twoway", p.id))
        .collect();
    assert_eq!(rhythms, active);
    assert_eq!(
        text(&calendar.properties, "X-WR-CALNAME").as_deref(),
        Some("Twoway — Helen Marsh")
    );

    // Each partnership's calendar is its share of the journal's.
    let mut total_events = 0;
    let mut total_todos = 0;
    for p in &partnerships {
        let own = parse(&export(&t, Scope::Partnership(p.id)));
        total_events += own.events.len();
        total_todos += own.todos.len();
    }
    assert_eq!(total_events, calendar.events.len());
    assert_eq!(total_todos, calendar.todos.len());
}

#[test]
fn calendars_carry_nothing_private_for_either_audience() {
    let mut t = TestJournal::new();
    twoway_journal::sample::fill_demo(&mut t.journal, date("2026-03-02")).unwrap();
    let everything = t
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Exclude))
        .unwrap();
    let shared = export_at(&t, Scope::Journal, Audience::Shared, exported_at());
    let all = export_at(&t, Scope::Journal, Audience::All, exported_at());
    // The same calendar for both: nothing in it depends on the audience.
    assert_eq!(shared, all);

    let mut secrets: Vec<&str> = Vec::new();
    for s in &everything.sessions {
        secrets.extend(s.fields.private_notes.lines());
        secrets.extend(s.fields.shared_notes.lines());
    }
    for g in everything
        .goals
        .iter()
        .filter(|g| g.fields.visibility == Visibility::Private)
    {
        secrets.push(&g.fields.title);
        secrets.extend(g.fields.description.lines());
    }
    for l in everything
        .learnings
        .iter()
        .filter(|l| l.fields.visibility == Visibility::Private)
    {
        secrets.extend(l.fields.text.lines());
    }
    for f in everything
        .feedback
        .iter()
        .filter(|f| f.fields.visibility == Visibility::Private)
    {
        secrets.extend(f.fields.went_well.lines());
        secrets.extend(f.fields.to_improve.lines());
    }
    // Short lines ("- yes", headings) could appear anywhere; the telling ones are long.
    let secrets: Vec<&str> = secrets
        .into_iter()
        .map(str::trim)
        .filter(|line| line.chars().count() >= 24)
        .collect();
    assert!(
        secrets.len() > 10,
        "the demo holds private text to look for"
    );
    for audience in [Audience::Shared, Audience::All] {
        let text_out = export_at(&t, Scope::Journal, audience, exported_at());
        let seen = readable(&parse(&text_out));
        for secret in &secrets {
            assert!(
                !seen.contains(secret),
                "{audience:?} calendar holds {secret:?}"
            );
        }
    }
}

#[test]
fn planned_sessions_carry_an_alarm_at_the_reminders_lead_time() {
    use twoway_journal::reminders::{PartnershipLead, ReminderSettings};
    let mut t = TestJournal::new();
    let p1 = t.partnership();
    let p2 = partnership_with(&mut t, |f| f.partner_name = "Sam Okoye".into());
    let s1 = t.session(p1.id, "2026-03-10T09:30:00+01:00");
    let s2 = t.session(p2.id, "2026-03-11T09:30:00+01:00");
    let alarm_of = |calendar: &IcalCalendar, session: SessionId| {
        let event = event_with(calendar, &uid(session));
        assert_eq!(event.alarms.len(), 1, "one alarm");
        let alarm = &event.alarms[0].properties;
        (
            raw(alarm, "ACTION").map(str::to_owned),
            raw(alarm, "TRIGGER").map(str::to_owned),
            text(alarm, "DESCRIPTION"),
        )
    };
    let calendar = parse(&export(&t, Scope::Journal));
    assert_eq!(
        alarm_of(&calendar, s1.id),
        (
            Some("DISPLAY".to_owned()),
            Some("-PT15M".to_owned()),
            Some("Prompting for finance (with Priya Natarajan)".to_owned())
        )
    );

    t.journal
        .write(|tx| {
            tx.set_reminder_settings(&ReminderSettings {
                session_lead_minutes: 30,
                lead_by_partnership: vec![PartnershipLead {
                    partnership_id: p2.id,
                    minutes: 60,
                }],
                ..ReminderSettings::default()
            })
        })
        .unwrap();
    let calendar = parse(&export(&t, Scope::Journal));
    assert_eq!(alarm_of(&calendar, s1.id).1.as_deref(), Some("-PT30M"));
    assert_eq!(alarm_of(&calendar, s2.id).1.as_deref(), Some("-PT60M"));
}

#[test]
fn agreement_revisit_dates_are_all_day_events_without_the_agreement() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let done = partnership_with(&mut t, |f| f.status = PartnershipStatus::Completed);
    let none = partnership_with(&mut t, |f| f.agreement_revisit_on = None);
    let calendar = parse(&export(&t, Scope::Journal));
    let revisits = revisit_events(&calendar);
    assert_eq!(
        revisits.len(),
        1,
        "only a partnership not completed with a date"
    );
    let e = &revisits[0].properties;
    assert_eq!(
        raw(e, "UID").map(str::to_owned),
        Some(format!("{}-agreement-revisit@twoway", p.id))
    );
    let dtstart = e.iter().find(|p| p.name == "DTSTART").expect("a start");
    assert_eq!(dtstart.value.as_deref(), Some("20260601"));
    assert_eq!(
        dtstart.params,
        Some(vec![("VALUE".to_owned(), vec!["DATE".to_owned()])])
    );
    assert_eq!(raw(e, "DTEND"), Some("20260602"));
    assert_eq!(
        text(e, "SUMMARY").as_deref(),
        Some("Revisit the agreement with Priya Natarajan")
    );
    assert_eq!(raw(e, "TRANSP"), Some("TRANSPARENT"));
    assert!(
        !readable(&calendar).contains("What is said here stays here"),
        "the agreement's text stays out"
    );
    for other in [done.id, none.id] {
        assert!(revisit_events(&parse(&export(&t, Scope::Partnership(other)))).is_empty());
    }
    let session = t.session(p.id, "2026-03-10T09:30:00+01:00");
    assert!(
        revisit_events(&parse(&export(&t, Scope::Session(session.id)))).is_empty(),
        "a session's calendar is about that session"
    );
}

#[test]
fn the_revisit_event_follows_the_adopted_version_not_a_later_draft() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    t.journal
        .write(|tx| tx.adopt_agreement(p.id, date("2026-03-01")))
        .unwrap();
    t.tick();
    // The draft moves the date on; until that is adopted, the version in force keeps its own.
    t.journal
        .write(|tx| {
            let mut fields = tx.get(p.id)?.fields;
            fields.agreement_revisit_on = Some(date("2026-09-01"));
            tx.update(p.id, fields)
        })
        .unwrap();
    let day = |t: &TestJournal| -> Vec<Option<String>> {
        let calendar = parse(&export(t, Scope::Partnership(p.id)));
        revisit_events(&calendar)
            .iter()
            .map(|e| raw(&e.properties, "DTSTART").map(str::to_owned))
            .collect()
    };
    assert_eq!(day(&t), [Some("20260601".to_owned())]);
    t.tick();
    t.journal
        .write(|tx| tx.adopt_agreement(p.id, date("2026-03-04")))
        .unwrap();
    assert_eq!(day(&t), [Some("20260901".to_owned())]);
}
