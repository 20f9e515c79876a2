//! Refusals in German: with the app's language set to German, the journal's errors read in
//! German and still name fields, kinds, ids and paths, never the user's text. Its own test
//! binary (its own process), because the language is one for the whole process and every other
//! test file asserts English.

mod common;

use chrono::{Duration, TimeZone, Utc};
use common::*;
use std::sync::Arc;
use twoway_journal::encryption::Secret;
use twoway_journal::export::json::pack_json;
use twoway_journal::export::{Audience, Scope, Trash};
use twoway_journal::import::{ImportOptions, PackError, import, read_pack};
use twoway_journal::language::{Language, set_current};
use twoway_journal::model::*;
use twoway_journal::sample::fill_demo;
use twoway_journal::{Error, Journal, ManualClock, Problem};

/// Written into the user's own text, then looked for in every message.
const SECRET: &str = "Geheimnis-Zanzibar-4711";

fn german() {
    set_current(Language::De);
}

fn demo() -> TestJournal {
    let mut t = TestJournal::new();
    fill_demo(&mut t.journal, date("2026-03-02")).unwrap();
    t
}

fn pack_of(t: &TestJournal) -> String {
    let set = t
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Include))
        .unwrap();
    pack_json(
        &set,
        Scope::Journal,
        Audience::All,
        t0() + Duration::days(30),
    )
}

#[test]
fn an_empty_required_field_is_refused_in_german_naming_the_field() {
    german();
    let mut t = TestJournal::new();
    let mut fields = partnership_fields();
    fields.partner_name = "  ".into();
    fields.partner_role = SECRET.into();
    let refused = t.journal.write(|tx| tx.create(fields)).unwrap_err();
    assert!(
        matches!(
            refused,
            Error::Invalid {
                field: "partner_name",
                problem: Problem::Empty
            }
        ),
        "{refused:?}"
    );
    assert_eq!(refused.to_string(), "partner_name: darf nicht leer sein");

    let partnership = t.partnership();
    let mut goal = goal_fields(partnership.id);
    goal.title = format!("{SECRET}\nsecond line");
    let message = match t.journal.write(|tx| tx.create(goal)) {
        Ok(_) => panic!("a title with a line break is refused"),
        Err(error) => error.to_string(),
    };
    assert_eq!(message, "title: darf keinen Zeilenumbruch enthalten");
    assert!(!message.contains(SECRET), "{message}");
}

#[test]
fn a_missing_or_trashed_record_is_named_by_kind_and_id_in_german() {
    german();
    let mut t = TestJournal::new();
    let id = GoalId(uuid::Uuid::now_v7());
    let missing = t.journal.read(|tx| tx.get(id)).unwrap_err();
    assert_eq!(
        missing.to_string(),
        format!("Kein Eintrag vom Typ „Ziel“ mit der ID {id}")
    );

    let partnership = t.partnership();
    t.journal.write(|tx| tx.trash(partnership.id)).unwrap();
    let refused = t
        .journal
        .write(|tx| tx.create(goal_fields(partnership.id)))
        .unwrap_err();
    assert_eq!(
        refused.to_string(),
        format!(
            "partnership_id: „Tandem“ {} liegt im Papierkorb",
            partnership.id
        )
    );
}

#[test]
fn a_damaged_pack_is_refused_in_german_without_its_text() {
    german();
    let mut t = demo();
    let mut session = session_fields(t.partnership().id, "2026-03-10T10:00:00+01:00");
    session.private_notes = SECRET.into();
    t.journal.write(|tx| tx.create_session(session)).unwrap();
    let text = pack_of(&t);

    let cut = read_pack(&text.as_bytes()[..text.len() / 2]).unwrap_err();
    let message = cut.to_string();
    assert!(matches!(cut, PackError::Truncated { .. }), "{cut:?}");
    assert!(
        message.starts_with("Das Paket ist unvollständig (es endet in Zeile ")
            && message.ends_with("); nichts wurde importiert"),
        "{message}"
    );
    assert!(!message.contains(SECRET), "{message}");

    assert_eq!(
        read_pack(b"hello").unwrap_err().to_string(),
        "Das Paket ist kein gültiges JSON (Zeile 1, Spalte 1); nichts wurde importiert"
    );
    assert_eq!(
        read_pack(b"{\"format\": \"something else\"}")
            .unwrap_err()
            .to_string(),
        "Die Datei ist kein Twoway-Paket; nichts wurde importiert"
    );

    // A missing list: named by its key.
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value.as_object_mut().unwrap().remove("goals");
    assert_eq!(
        read_pack(&serde_json::to_vec(&value).unwrap())
            .unwrap_err()
            .to_string(),
        "Das Paket ist beschädigt (Stelle: goals): fehlt; nichts wurde importiert"
    );

    // A record that breaks a rule: named by kind, id and field.
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let goal_id = value["goals"][0]["id"].as_str().unwrap().to_owned();
    value["goals"][0]["fields"]["title"] = "".into();
    value["goals"][0]["fields"]["description"] = SECRET.into();
    let pack = read_pack(&serde_json::to_vec(&value).unwrap()).unwrap();
    let mut other = TestJournal::new();
    let refused = import(&mut other.journal, &pack, &ImportOptions::default()).unwrap_err();
    assert!(
        matches!(refused, Error::Pack(PackError::Invalid { .. })),
        "{refused:?}"
    );
    assert_eq!(
        refused.to_string(),
        format!(
            "„Ziel“ {goal_id} im Paket wird abgelehnt (title: darf nicht leer sein); nichts \
             wurde importiert"
        )
    );
}

#[test]
fn a_wrong_passphrase_is_refused_in_german() {
    german();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.sqlite3");
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap(),
    ));
    let mut journal = Journal::open(path.clone(), clock.clone()).unwrap();
    journal.encrypt("a long walk by the river").unwrap();
    drop(journal);

    let locked = Journal::open(path.clone(), clock.clone()).unwrap_err();
    assert_eq!(
        locked.to_string(),
        format!(
            "{} ist verschlüsselt: Es öffnet sich mit seiner Passphrase oder seinem \
             Wiederherstellungsschlüssel",
            path.display()
        )
    );
    let wrong = Journal::open_unlocked(
        path.clone(),
        clock,
        &Secret::passphrase("not the passphrase at all"),
    )
    .unwrap_err();
    assert!(matches!(wrong, Error::WrongSecret), "{wrong:?}");
    assert_eq!(
        wrong.to_string(),
        "Diese Passphrase oder dieser Wiederherstellungsschlüssel öffnet dieses Journal nicht; \
         nichts wurde geändert"
    );
}

#[test]
fn a_file_that_is_not_a_programme_report_is_named_in_german() {
    german();
    let refused = twoway_journal::programme::ProgrammeReport::from_json("{}").unwrap_err();
    assert_eq!(
        refused.to_string(),
        "Kein Twoway-Programmbericht: ihm fehlt „format“: „twoway-programme-report“"
    );
    let broken = twoway_journal::programme::ProgrammeReport::from_json("{").unwrap_err();
    assert!(
        broken
            .to_string()
            .starts_with("Kein Twoway-Programmbericht: Zeile 1, Spalte "),
        "{broken}"
    );
}

#[test]
fn kinds_have_german_names_and_english_stays_as_it_was() {
    german();
    assert_eq!(Kind::Session.word(), "Treffen");
    assert_eq!(Kind::ActionItem.title(), "Aufgabe");
    assert_eq!(Kind::GoalCheckIn.word(), "Check-in");
    assert_eq!(Kind::RecordOfLearning.title(), "Lernnachweis");
    // In English, the word inside a sentence is the kind's name in lower case ("agenda item"),
    // and the label is its name as the kinds declare it.
    for &kind in Kind::ALL {
        let english = |suffix: &str| {
            let id = format!("kind-{}{suffix}", kind.table().replace('_', "-"));
            Language::En.text(&id, &[])
        };
        assert_eq!(english(""), kind.name().to_lowercase(), "{kind:?}");
        assert_eq!(english("-title"), kind.name(), "{kind:?}");
    }
    assert_eq!(
        Problem::InItem {
            item: 0,
            field: "title",
            problem: Box::new(Problem::TooMany { max: 3 }),
        }
        .to_string(),
        "Punkt 1, title: enthält mehr als 3 Einträge"
    );
}
