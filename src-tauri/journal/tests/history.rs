//! Version history of long texts: when a version is kept, thinning, comparing and restoring.

mod common;

use chrono::{Datelike, Duration, TimeZone, Utc};
use common::*;
use twoway_journal::history::{Change, thin};
use twoway_journal::model::*;

fn notes(t: &mut TestJournal, session: SessionId, text: &str) -> Session {
    t.journal
        .write(|tx| {
            let mut fields = tx.get(session)?.fields;
            fields.shared_notes = text.to_owned();
            tx.update(session, fields)
        })
        .unwrap()
}

fn versions(t: &TestJournal, session: SessionId) -> Vec<String> {
    t.journal
        .read(|tx| tx.revisions(Kind::Session, session.0, "shared_notes"))
        .unwrap()
        .into_iter()
        .map(|v| v.text)
        .collect()
}

#[test]
fn a_version_is_kept_after_ten_minutes_of_edits_and_not_after_ten_seconds() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-09T10:00:00+01:00");
    let original = s.fields.shared_notes.clone();
    // Autosave every second or so: the first edit keeps the text it replaces...
    for n in 1..=10 {
        t.tick();
        notes(&mut t, s.id, &format!("draft {n}"));
    }
    assert_eq!(
        versions(&t, s.id),
        vec![original.clone()],
        "ten seconds of typing keep one version: the text before it"
    );
    // ...and typing on for ten minutes keeps the next.
    t.clock.advance(Duration::minutes(10));
    notes(&mut t, s.id, "draft 11");
    assert_eq!(versions(&t, s.id), vec!["draft 10".to_owned(), original]);
}

#[test]
fn restoring_a_version_is_an_edit_and_keeps_the_text_it_replaces() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-09T10:00:00+01:00");
    t.tick();
    let edited = notes(&mut t, s.id, "Select-all, then one stray word");
    let version = t
        .journal
        .read(|tx| tx.revisions(Kind::Session, s.id.0, "shared_notes"))
        .unwrap()
        .remove(0);
    let diff = t
        .journal
        .read(|tx| tx.compare_revision(version.id))
        .unwrap();
    assert!(
        diff.iter()
            .any(|p| p.change == Change::Removed && p.text.contains("three")),
        "{diff:?}"
    );
    assert!(
        diff.iter()
            .any(|p| p.change == Change::Added && p.text.contains("stray")),
        "{diff:?}"
    );
    t.tick();
    t.journal
        .write(|tx| tx.restore_revision(version.id))
        .unwrap();
    let restored = t.journal.read(|tx| tx.get(s.id)).unwrap();
    assert_eq!(restored.fields.shared_notes, s.fields.shared_notes);
    assert!(restored.updated_at > edited.updated_at, "a new edit");
    assert!(
        versions(&t, s.id).contains(&"Select-all, then one stray word".to_owned()),
        "the text the restore replaced is kept too"
    );
}

#[test]
fn a_field_without_history_is_refused_by_name() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-09T10:00:00+01:00");
    let refused = t
        .journal
        .read(|tx| tx.revisions(Kind::Session, s.id.0, "title"))
        .unwrap_err();
    assert!(refused.to_string().starts_with("field:"), "{refused}");
}

#[test]
fn thinning_keeps_the_last_day_then_one_a_day_then_one_a_week() {
    let now = Utc.with_ymd_and_hms(2026, 6, 30, 12, 0, 0).unwrap();
    let mut versions = Vec::new();
    // Every six hours for 70 days, newest first, for one field.
    for k in 0..(70 * 4) {
        let at = now - Duration::hours(6 * k);
        versions.push((
            u32::try_from(k).unwrap(),
            "record".to_owned(),
            "notes".to_owned(),
            at,
        ));
    }
    let gone = thin(now, &versions);
    let kept: Vec<_> = versions
        .iter()
        .filter(|(seq, ..)| !gone.contains(seq))
        .map(|(_, _, _, at)| *at)
        .collect();
    let recent = kept
        .iter()
        .filter(|at| now - **at < Duration::days(1))
        .count();
    assert_eq!(recent, 4, "all of the last day");
    let monthly: Vec<_> = kept
        .iter()
        .filter(|at| now - **at >= Duration::days(1) && now - **at < Duration::days(30))
        .map(|at| at.date_naive())
        .collect();
    let mut days = monthly.clone();
    days.dedup();
    assert_eq!(monthly, days, "one a day up to a month");
    assert_eq!(days.len(), 30, "{days:?}");
    let older: Vec<_> = kept
        .iter()
        .filter(|at| now - **at >= Duration::days(30))
        .map(|at| at.iso_week())
        .collect();
    let mut weeks = older.clone();
    weeks.dedup();
    assert_eq!(older, weeks, "one a week after that");
    assert!(weeks.len() >= 5 && weeks.len() <= 7, "{weeks:?}");
}

#[test]
fn an_import_keeps_the_text_it_replaces_whatever_the_time() {
    use twoway_journal::export::{Audience, Scope, Trash, json::pack};
    use twoway_journal::import::{ImportOptions, import};
    let mut a = TestJournal::new();
    let p = a.partnership();
    let s = a.session(p.id, "2026-03-09T10:00:00+01:00");
    let mut b = TestJournal::new();
    let first = a
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Include))
        .unwrap();
    import(
        &mut b.journal,
        &pack(&first, Scope::Journal, Audience::All, t0()),
        &ImportOptions::default(),
    )
    .unwrap();
    a.tick();
    notes(&mut a, s.id, "Edited on the other device");
    let second = a
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Include))
        .unwrap();
    import(
        &mut b.journal,
        &pack(&second, Scope::Journal, Audience::All, t0()),
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(versions(&b, s.id), vec![s.fields.shared_notes]);
}
