//! Exports and the certificate in German. The language is the process's, so these tests live in
//! their own file (their own process) and each sets German first; the other export tests check
//! English.

mod common;

use common::exports::*;
use common::*;
use twoway_journal::export::html::html;
use twoway_journal::export::ics::ics;
use twoway_journal::export::markdown::markdown;
use twoway_journal::export::{Audience, Format, Scope};
use twoway_journal::language::{Language, set_current};
use twoway_journal::model::*;
use twoway_journal::recognition::*;

/// Headings and labels the English export writes that German words replace.
const ENGLISH: &[&str] = &[
    "# Goals\n",
    "# Sessions\n",
    "# Action items\n",
    "# Skills\n",
    "# Learnings\n",
    "# Agreement\n",
    "# Shared notes\n",
    "# Private notes\n",
    "# Actions agreed\n",
    "# Open action items\n",
    "# Learnings without a partnership\n",
    "# Skills without a partnership\n",
    "**Ratings**",
    "**Partner:**",
    "**Partnership:**",
    "**Partnerships:**",
    "**Dates:**",
    "**Cadence:**",
    "**Direction:**",
    "**Progress:**",
    "**When:**",
    "**Where:**",
    "**Went well:**",
    "**To improve:**",
    "Time-boxed:",
    "items covered",
    "carried over",
    " learns:**",
    " teaches:**",
    "Given by ",
    "Received from ",
    "Adopted by ",
];

fn assert_no_english(doc: &str) {
    for english in ENGLISH {
        assert!(!doc.contains(english), "{english:?} in\n{doc}");
    }
}

fn german() -> TestJournal {
    set_current(Language::De);
    demo()
}

fn sessions(t: &TestJournal) -> Vec<Session> {
    set_of(t, Scope::Journal, Audience::All).sessions.clone()
}

#[test]
fn a_partnership_reads_in_german() {
    let t = german();
    let all = set_of(&t, Scope::Journal, Audience::All);
    let p = all.partnerships[0].id;
    let set = set_of(&t, Scope::Partnership(p), Audience::All);
    let doc = markdown(&set, Scope::Partnership(p), Audience::All, exported_at());
    assert!(doc.contains("\nlang: de\n---\n"), "{doc}");
    for heading in [
        "\n## Ziele\n",
        "\n## Treffen\n",
        "\n## Aufgaben\n",
        "\n## Kompetenzen\n",
        "\n## Vereinbarung\n",
    ] {
        assert!(doc.contains(heading), "{heading:?} in\n{doc}");
    }
    for label in [
        "- **Tandempartner/in:** ",
        "- **Helen Marsh lernt:**",
        "- **Zeitraum:** ",
        "- **Richtung:** Helen Marsh ",
        "- **Fortschritt:** ",
        "- **Status:** aktiv",
        "Von Helen Marsh am ",
    ] {
        assert!(doc.contains(label), "{label:?} in\n{doc}");
    }
    assert_no_english(&doc);
}

#[test]
fn a_journal_reads_in_german() {
    let t = german();
    let set = set_of(&t, Scope::Journal, Audience::All);
    let doc = markdown(&set, Scope::Journal, Audience::All, exported_at());
    assert!(
        doc.contains("title: \"Twoway-Journal — Helen Marsh\"\n"),
        "{doc}"
    );
    assert!(doc.contains("\n# Twoway-Journal — Helen Marsh\n"));
    assert!(doc.contains("- **Tandems:** "));
    assert!(doc.contains("\n### Treffen\n"));
    assert_no_english(&doc);
    // The file's name is German too.
    let name = t
        .journal
        .read(|tx| tx.export_file_name(Scope::Journal, Format::Markdown))
        .unwrap();
    assert_eq!(name, "Twoway-Journal.md");
}

#[test]
fn a_planned_and_a_held_session_read_in_german() {
    let t = german();
    let all = sessions(&t);
    let planned = all
        .iter()
        .find(|s| s.fields.status == SessionStatus::Planned)
        .expect("the demo plans a session");
    let set = set_of(&t, Scope::Session(planned.id), Audience::Shared);
    let doc = markdown(
        &set,
        Scope::Session(planned.id),
        Audience::Shared,
        exported_at(),
    );
    assert!(doc.contains("\n## Agenda\n"), "{doc}");
    assert!(doc.contains("\n## Offene Aufgaben\n"), "{doc}");
    assert!(doc.contains("\nVerplant: "), "{doc}");
    assert!(doc.contains("- **Status:** geplant\n"), "{doc}");
    assert!(doc.contains("- **Wann:** "), "{doc}");
    assert!(doc.contains(" Minuten\n"), "{doc}");
    assert!(doc.contains(" Min. · "), "a time-box: {doc}");
    assert!(doc.contains("übernommen"), "an item carried over: {doc}");
    assert!(doc.contains("- **Tandem:** Helen Marsh und "), "{doc}");
    assert_no_english(&doc);

    let held = all
        .iter()
        .find(|s| s.fields.status == SessionStatus::Held && !s.fields.shared_notes.is_empty())
        .expect("the demo held a session");
    let set = set_of(&t, Scope::Session(held.id), Audience::All);
    let doc = markdown(&set, Scope::Session(held.id), Audience::All, exported_at());
    assert!(doc.contains("\n## Geteilte Notizen\n"), "{doc}");
    assert!(doc.contains("Punkten besprochen."), "{doc}");
    assert!(doc.contains("- **Status:** stattgefunden\n"), "{doc}");
    assert_no_english(&doc);
}

#[test]
fn the_printable_page_says_it_is_german() {
    let t = german();
    let set = set_of(&t, Scope::Journal, Audience::Shared);
    let page = html(&set, Scope::Journal, Audience::Shared, exported_at());
    assert!(page.contains("<html lang=\"de\">"), "{page}");
    assert!(page.contains("<title>Twoway-Journal — Helen Marsh</title>"));
    assert!(page.contains(
        "Twoway · Geteilter Export: private Notizen, Ziele, Erkenntnisse und Feedback sind nicht \
         enthalten. Exportiert am 2026-03-02 17:45 (UTC)."
    ));
    assert!(page.contains("<h2>Ziele</h2>") || page.contains("<h3>Ziele</h3>"));
    assert!(!page.contains("Shared export"));
    let all = set_of(&t, Scope::Journal, Audience::All);
    let page = html(&all, Scope::Journal, Audience::All, exported_at());
    assert!(page.contains("Persönlicher Export: alles, auch private Notizen."));
}

#[test]
fn a_shared_export_in_german_still_holds_nothing_private() {
    let t = german();
    let all = set_of(&t, Scope::Journal, Audience::All);
    let shared = set_of(&t, Scope::Journal, Audience::Shared);
    let probes = private_probes(&all, &shared);
    assert!(!probes.is_empty(), "the demo has private text");
    let everything = markdown(&all, Scope::Journal, Audience::All, exported_at());
    for doc in [
        markdown(&shared, Scope::Journal, Audience::Shared, exported_at()),
        html(&shared, Scope::Journal, Audience::Shared, exported_at()),
        ics(&shared, Scope::Journal, Audience::Shared, exported_at()),
    ] {
        for probe in &probes {
            assert!(!doc.contains(probe.as_str()), "{probe:?} leaked");
        }
        assert!(!doc.contains("Private Notizen\n"));
        assert!(!doc.contains("*privat*"));
    }
    assert!(
        probes.iter().any(|p| everything.contains(p.as_str())),
        "the personal export holds them"
    );
}

#[test]
fn the_calendar_speaks_german() {
    let t = german();
    let set = set_of(&t, Scope::Journal, Audience::Shared);
    let calendar = ics(&set, Scope::Journal, Audience::Shared, exported_at()).replace("\r\n ", "");
    assert!(calendar.contains("PRODID:-//Twoway//Twoway journal//EN\r\n"));
    let planned = sessions(&t)
        .into_iter()
        .find(|s| s.fields.status == SessionStatus::Planned)
        .unwrap();
    let partner = &set
        .partnerships
        .iter()
        .find(|p| p.id == planned.fields.partnership_id)
        .unwrap()
        .fields
        .partner_name;
    assert!(
        calendar.contains(&format!(" (mit {partner})\r\n")),
        "{calendar}"
    );
    assert!(calendar.contains(&format!("SUMMARY:Reverse Mentoring mit {partner} (alle ")));
    assert!(calendar.contains(&format!(
        "SUMMARY:Vereinbarung mit {partner} wieder besprechen"
    )));
    assert!(calendar.contains(" Min.\\, Helen Marsh)"), "{calendar}");
    assert!(calendar.contains("DESCRIPTION:Agenda"), "{calendar}");
    assert!(calendar.contains("Zuständig: "), "{calendar}");
    assert!(
        calendar.contains(&format!("\\nTandem: {partner}")),
        "{calendar}"
    );
    assert!(!calendar.contains("Owner: "));
    assert!(!calendar.contains("(with "));
}

// ---- The certificate ----------------------------------------------------------------------------

fn side(me: &str, partner: &str) -> (TestJournal, PartnershipId) {
    let mut t = TestJournal::new();
    t.journal
        .write(|tx| {
            tx.set_profile(Profile {
                my_name: me.into(),
                my_role: String::new(),
            })
        })
        .unwrap();
    let mut fields = partnership_fields();
    fields.partner_name = partner.into();
    let p = t.journal.write(|tx| tx.create(fields)).unwrap().id;
    (t, p)
}

#[test]
fn the_certificate_is_german() {
    set_current(Language::De);
    let (mut alex, p) = side("Alex Kim", "Priya Natarajan");
    for (starts, minutes) in [
        ("2026-01-12T10:00:00+01:00", 60),
        ("2026-02-09T10:00:00+01:00", 30),
    ] {
        let mut fields = session_fields(p, starts);
        fields.status = SessionStatus::Held;
        fields.duration_minutes = minutes;
        alex.journal.write(|tx| tx.create_session(fields)).unwrap();
    }
    alex.journal
        .write(|tx| {
            let skill = tx.create(skill_fields(Some(p), Direction::Learn))?.id;
            tx.create(rating_fields(skill, "2026-01-12", 2, Party::Me))?;
            tx.create(rating_fields(skill, "2026-02-09", 4, Party::Me))
        })
        .unwrap();
    let alex_key = alex.journal.write(|tx| tx.ensure_my_key()).unwrap();
    let include = alex
        .journal
        .read(|tx| tx.record_draft(p, Period::WHOLE))
        .unwrap()
        .candidates
        .iter()
        .map(|c| c.id)
        .collect();
    let choice = RecordChoice {
        include,
        statement: "Priya hat jedes Treffen zählen lassen.".into(),
        period: Period::WHOLE,
    };
    let first = alex
        .journal
        .write(|tx| tx.sign_record(p, &choice))
        .unwrap()
        .json;

    let (mut priya, q) = side("Priya Natarajan", "Alex Kim");
    priya
        .journal
        .write(|tx| tx.confirm_partner_key(q, &alex_key.fingerprint, date("2026-03-01")))
        .unwrap();
    let both = priya
        .journal
        .write(|tx| tx.countersign_record(q, &first, "Alex hat die richtigen Fragen gestellt."))
        .unwrap()
        .json;
    alex.journal
        .write(|tx| tx.confirm_key_from_record(p, &both, date("2026-03-02")))
        .unwrap();
    let verification = alex.journal.read(|tx| tx.verify_record(&both)).unwrap();
    assert!(verification.all_valid());
    let page = certificate_html(&both, &verification).unwrap();

    assert!(page.contains("<html lang=\"de\">"), "{page}");
    for german in [
        "<p class=\"kicker\">Lernnachweis</p><h1>Alex Kim und Priya Natarajan</h1>",
        "<p>Reverse Mentoring · Die ganze Tandemzeit</p>",
        "<strong>2</strong> Treffen · <strong>1,5</strong> Stunden gemeinsam",
        "<h2>Was Alex Kim gelernt hat</h2>",
        "eingeschätzt von Alex Kim: 2 → 4 von 5",
        "<h2>In ihren Worten</h2>",
        "Priya Natarajan über Alex Kim",
        "<h2>Signaturen</h2>",
        "<th>Signiert von</th>",
        "gültig · dein eigener Schlüssel",
        "gültig · Schlüssel bestätigt am 2026-03-02",
        "Der Code enthält den ganzen signierten Lernnachweis.",
        "Prüfe die Datei mit <code>twoway verify FILE</code>.",
        "aria-label=\"QR-Code\"",
    ] {
        assert!(page.contains(german), "{german:?} in\n{page}");
    }
    // The page's title is the credential's name, which is signed data and stays as it was made.
    for english in [
        ">Record of learning<",
        "hours together",
        "What Alex Kim learned",
        "Signatures",
        "valid ·",
        "The code holds",
    ] {
        assert!(!page.contains(english), "{english:?} in\n{page}");
    }
}
