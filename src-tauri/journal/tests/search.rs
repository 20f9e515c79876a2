//! Search: every text field is found, kept in step with writes, scoped to a partnership on
//! request, and any input, however hostile, is a valid query.

mod common;

use common::*;
use twoway_journal::model::*;
use twoway_journal::search::SearchHit;

fn search(t: &TestJournal, query: &str, partnership: Option<PartnershipId>) -> Vec<SearchHit> {
    t.journal
        .read(|tx| tx.search(query, partnership, 50))
        .unwrap_or_else(|e| panic!("query {query:?} failed: {e}"))
}

fn marked(hit: &SearchHit) -> Vec<String> {
    hit.snippet
        .iter()
        .filter(|p| p.matched)
        .map(|p| p.text.to_lowercase())
        .collect()
}

#[test]
fn every_kind_of_text_is_found_with_its_kind_id_and_partnership() {
    let mut t = TestJournal::new();
    let mut pf = partnership_fields();
    pf.agreement = "Confidential: zebracorn rule".into();
    let p = t.journal.write(|tx| tx.create(pf)).unwrap();
    let s = t.session(p.id, "2026-03-03T10:00:00+00:00");
    let mut gf = goal_fields(p.id);
    gf.success_criteria = "zebracorn goal".into();
    let goal = t.journal.write(|tx| tx.create(gf)).unwrap();
    let mut cf = check_in_fields(goal.id, "2026-03-01", 20);
    cf.note = "zebracorn check".into();
    let check_in = t.journal.write(|tx| tx.create(cf)).unwrap();
    let mut sf = session_fields(p.id, "2026-03-17T10:00:00+00:00");
    sf.private_notes = "zebracorn private".into();
    let s2 = t.journal.write(|tx| tx.create_session(sf)).unwrap().session;
    let item = t
        .journal
        .write(|tx| tx.create(agenda_fields(s.id, 0, "zebracorn item")))
        .unwrap();
    let mut af = action_fields(p.id, None);
    af.text = "zebracorn action".into();
    af.session_id = Some(s.id);
    let action = t.journal.write(|tx| tx.create(af)).unwrap();
    let mut kf = skill_fields(Some(p.id), Direction::Learn);
    kf.category = "zebracorn".into();
    let skill = t.journal.write(|tx| tx.create(kf)).unwrap();
    let mut rf = rating_fields(skill.id, "2026-03-01", 3, Party::Partner);
    rf.note = "zebracorn rating".into();
    let rating = t.journal.write(|tx| tx.create(rf)).unwrap();
    let mut lf = learning_fields(Some(p.id));
    lf.text = "zebracorn learning".into();
    let learning = t.journal.write(|tx| tx.create(lf)).unwrap();
    let mut ff = feedback_fields(p.id, Party::Me, None);
    ff.to_improve = "zebracorn feedback".into();
    let feedback = t.journal.write(|tx| tx.create(ff)).unwrap();

    let hits = search(&t, "zebracorn", None);
    let mut found: Vec<(Kind, String, Option<String>)> = hits
        .iter()
        .map(|h| (h.kind, h.id.to_string(), h.parent_id.map(|p| p.to_string())))
        .collect();
    found.sort();
    let mut expected = vec![
        (Kind::Partnership, p.id.to_string(), None),
        (Kind::Goal, goal.id.to_string(), None),
        (
            Kind::GoalCheckIn,
            check_in.id.to_string(),
            Some(goal.id.to_string()),
        ),
        (Kind::Session, s2.id.to_string(), None),
        (
            Kind::AgendaItem,
            item.id.to_string(),
            Some(s.id.to_string()),
        ),
        (
            Kind::ActionItem,
            action.id.to_string(),
            Some(s.id.to_string()),
        ),
        (Kind::Skill, skill.id.to_string(), None),
        (
            Kind::SkillRating,
            rating.id.to_string(),
            Some(skill.id.to_string()),
        ),
        (Kind::Learning, learning.id.to_string(), None),
        (Kind::Feedback, feedback.id.to_string(), None),
    ];
    expected.sort();
    assert_eq!(found, expected);
    assert!(hits.iter().all(|h| h.partnership_id == Some(p.id)));
    assert!(
        hits.iter().all(|h| marked(h) == vec!["zebracorn"]),
        "the match is marked: {hits:?}"
    );
    let item_hit = hits.iter().find(|h| h.kind == Kind::AgendaItem).unwrap();
    assert_eq!(
        item_hit.label, s.fields.title,
        "an agenda item is labelled with its session"
    );
}

#[test]
fn the_index_follows_updates_trash_and_restore() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let mut f = goal_fields(p.id);
    f.title = "Learn spreadsheets".into();
    let goal = t.journal.write(|tx| tx.create(f.clone())).unwrap();
    assert_eq!(search(&t, "spreadsheets", None).len(), 1);
    f.title = "Learn dashboards".into();
    t.journal.write(|tx| tx.update(goal.id, f)).unwrap();
    assert!(
        search(&t, "spreadsheets", None).is_empty(),
        "the old text is gone"
    );
    assert_eq!(search(&t, "dashboards", None).len(), 1);
    t.journal.write(|tx| tx.trash(goal.id)).unwrap();
    assert!(
        search(&t, "dashboards", None).is_empty(),
        "the trash is not searched"
    );
    t.journal.write(|tx| tx.restore(goal.id)).unwrap();
    assert_eq!(search(&t, "dashboards", None).len(), 1);
}

#[test]
fn a_rolled_back_write_leaves_no_trace_in_the_index() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let result = t.journal.write(|tx| {
        let mut f = goal_fields(p.id);
        f.title = "Phantom".into();
        tx.create(f)?;
        let mut bad = goal_fields(p.id);
        bad.progress = 101;
        tx.create(bad)
    });
    assert!(result.is_err());
    assert!(search(&t, "phantom", None).is_empty());
}

#[test]
fn search_can_be_scoped_to_one_partnership_and_skips_trashed_ones() {
    let mut t = TestJournal::new();
    let a = t.partnership();
    let b = t.partnership();
    for p in [a.id, b.id] {
        t.journal.write(|tx| tx.create(goal_fields(p))).unwrap();
    }
    assert_eq!(
        search(&t, "LinkedIn", None)
            .iter()
            .filter(|h| h.kind == Kind::Goal)
            .count(),
        2
    );
    let scoped = search(&t, "LinkedIn", Some(a.id));
    assert!(!scoped.is_empty() && scoped.iter().all(|h| h.partnership_id == Some(a.id)));
    t.journal.write(|tx| tx.trash(b.id)).unwrap();
    assert!(
        search(&t, "LinkedIn", None)
            .iter()
            .all(|h| h.partnership_id == Some(a.id))
    );
}

#[test]
fn children_of_a_trashed_session_are_not_found() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-03T10:00:00+00:00");
    t.journal
        .write(|tx| tx.create(agenda_fields(s.id, 0, "quarterly forecast")))
        .unwrap();
    assert_eq!(search(&t, "forecast", None).len(), 1);
    t.journal.write(|tx| tx.trash(s.id)).unwrap();
    assert!(search(&t, "forecast", None).is_empty());
}

#[test]
fn words_match_as_prefixes_and_quotes_make_phrases() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-03T10:00:00+00:00");
    t.journal
        .write(|tx| tx.create(agenda_fields(s.id, 0, "capital allocation basics")))
        .unwrap();
    t.journal
        .write(|tx| tx.create(agenda_fields(s.id, 1, "allocation of capital")))
        .unwrap();
    let items = |query: &str| {
        search(&t, query, None)
            .iter()
            .filter(|h| h.kind == Kind::AgendaItem)
            .count()
    };
    assert_eq!(items("capit"), 2, "a prefix finds both");
    assert_eq!(items("\"capital allocation\""), 1, "the phrase finds one");
    assert_eq!(items("Allocation CAPITAL"), 2, "case does not matter");
    t.journal
        .write(|tx| tx.create(agenda_fields(s.id, 2, "Café résumé")))
        .unwrap();
    assert_eq!(
        search(&t, "cafe resume", None).len(),
        1,
        "diacritics do not matter"
    );
}

#[test]
fn hostile_queries_never_raise_an_error() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let s = t.session(p.id, "2026-03-03T10:00:00+00:00");
    t.journal
        .write(|tx| tx.create(agenda_fields(s.id, 0, "Learn C++ and NOT give up 🎉")))
        .unwrap();
    let hostile = [
        "\"C++ AND",
        "NOT",
        "*",
        "\"",
        "\"\"",
        "'",
        "AND OR NOT",
        "NEAR(a b)",
        "a OR",
        "(",
        ")",
        "^",
        "-",
        "col:value",
        "text:learn",
        "🎉",
        "🎉🎉 learn",
        "\u{0}",
        "\\",
        "%",
        "_",
        "a\"b\"c\"",
        "{a b}",
        "learn*",
        "*learn",
        "+learn",
        "NEAR",
        "\u{202e}evil",
        "",
        "     ",
        "\n\t",
        "😀 C++",
        "SELECT * FROM search;",
        "'; DROP TABLE goal; --",
    ];
    for query in hostile {
        search(&t, query, None);
    }
    let long = "word ".repeat(10_000);
    search(&t, &long, None);
    assert_eq!(
        search(&t, "\"C++ AND", None).len(),
        1,
        "C++ finds the C token; AND is a word"
    );
    assert_eq!(
        search(&t, "NOT", None).len(),
        1,
        "NOT is a word, not an operator"
    );
    assert!(search(&t, "*", None).is_empty());
}

#[test]
fn snippets_come_back_as_plain_text_with_the_matches_marked() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    let mut lf = learning_fields(Some(p.id));
    lf.text = "Tell them a job title. *Finance Director* tells more than a name.\n\n\
               ## LinkedIn\n\nPost with [a chart](https://example.org/chart) and `one` question."
        .into();
    t.journal.write(|tx| tx.create(lf)).unwrap();

    let hits = search(&t, "finance linkedin", None);
    assert_eq!(hits.len(), 1);
    let text: String = hits[0].snippet.iter().map(|p| p.text.as_str()).collect();
    assert!(!text.contains(['*', '#', '[', ']', '`', '(']), "{text:?}");
    assert_eq!(marked(&hits[0]), ["finance", "linkedin"]);
    assert!(text.contains("Finance Director tells more"), "{text:?}");

    // A match in a link's target finds the record; the snippet shows the link's words.
    let hits = search(&t, "example", None);
    assert_eq!(hits.len(), 1);
    let text: String = hits[0].snippet.iter().map(|p| p.text.as_str()).collect();
    assert!(!text.contains("example.org"), "{text:?}");
}
