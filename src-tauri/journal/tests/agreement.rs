//! The agreement as versions: adopting the draft, comparing versions, a partner's pack that
//! adopts the same version (agreed by both) or another one (shown as theirs, never merged into
//! mine), and what the summary, the reminders, the calendar and the programme report make of
//! the version in force.

mod common;

use common::exports::exported_at;
use common::*;
use twoway_journal::export::ics::ics;
use twoway_journal::export::json::pack_json;
use twoway_journal::export::markdown::markdown;
use twoway_journal::export::{Audience, Scope, Trash};
use twoway_journal::history::Change;
use twoway_journal::import::{ImportOptions, import, read_pack};
use twoway_journal::model::*;
use twoway_journal::programme::{AgreementState, ReportOptions};
use twoway_journal::{Agreement, AgreementSection, Error};

const FIRST: &str = "## Ground rules\n\n- We meet every two weeks.\n";
const SECOND: &str = "## Ground rules\n\n- We meet every three weeks.\n\n## Confidentiality\n\n- What we say stays here.\n";

fn set_draft(t: &mut TestJournal, p: PartnershipId, text: &str, revisit: Option<&str>) {
    t.journal
        .write(|tx| {
            let mut fields = tx.get(p)?.fields;
            fields.agreement = text.to_owned();
            fields.agreement_revisit_on = revisit.map(date);
            tx.update(p, fields)
        })
        .unwrap();
    t.tick();
}

fn adopt(t: &mut TestJournal, p: PartnershipId, on: &str) -> Result<AgreementVersion, Error> {
    let adopted = t.journal.write(|tx| tx.adopt_agreement(p, date(on)));
    t.tick();
    adopted
}

/// The agreement of `p` in `t` as of `on`.
fn agreement_on(t: &TestJournal, p: PartnershipId, on: &str) -> Agreement {
    t.journal.read(|tx| tx.agreement(p, date(on))).unwrap()
}

/// The programme report of `t` as of `on`.
fn report_on(t: &mut TestJournal, on: &str) -> twoway_journal::programme::ProgrammeReport {
    t.journal
        .write(|tx| tx.programme_report(&ReportOptions::default(), date(on)))
        .unwrap()
}

fn shared_pack(t: &TestJournal, p: PartnershipId) -> String {
    let scope = Scope::Partnership(p);
    let set = t
        .journal
        .read(|tx| tx.export_set(scope, Audience::Shared, Trash::Include))
        .unwrap();
    pack_json(&set, scope, Audience::Shared, exported_at())
}

fn import_partner(t: &mut TestJournal, pack: &str, into: PartnershipId) {
    let pack = read_pack(pack.as_bytes()).unwrap();
    import(
        &mut t.journal,
        &pack,
        &ImportOptions {
            from_partner: true,
            into_partnership: Some(into),
        },
    )
    .unwrap();
}

#[test]
fn adopting_keeps_each_version_as_it_was_and_refuses_an_empty_or_unchanged_draft() {
    let mut t = TestJournal::new();
    let p = t.partnership().id;
    set_draft(&mut t, p, "  \n", None);
    let empty = adopt(&mut t, p, "2026-03-01").unwrap_err();
    assert!(
        matches!(
            empty,
            Error::Invalid {
                field: "agreement",
                ..
            }
        ),
        "{empty:?}"
    );

    set_draft(&mut t, p, FIRST, Some("2026-05-01"));
    let first = adopt(&mut t, p, "2026-03-01").unwrap();
    assert_eq!(first.fields.text, FIRST);
    assert_eq!(first.fields.revisit_on, Some(date("2026-05-01")));
    assert_eq!(first.fields.adopted_by, Party::Me);
    let again = adopt(&mut t, p, "2026-03-02").unwrap_err();
    assert!(
        matches!(
            again,
            Error::Invalid {
                field: "agreement",
                ..
            }
        ),
        "{again:?}"
    );

    set_draft(&mut t, p, SECOND, Some("2026-09-01"));
    let status = agreement_on(&t, p, "2026-04-01").status;
    assert_eq!(status.adopted_on, Some(date("2026-03-01")));
    assert!(
        status.draft_changed,
        "the draft holds what is not adopted yet"
    );
    assert_eq!(
        status.revisit_on,
        Some(date("2026-05-01")),
        "the version in force says when to revisit, not the draft"
    );
    adopt(&mut t, p, "2026-06-10").unwrap();

    let agreement = agreement_on(&t, p, "2026-06-10");
    let numbers: Vec<u32> = agreement.mine.iter().map(|v| v.number).collect();
    assert_eq!(numbers, [2, 1], "newest first");
    assert_eq!(
        agreement.mine[1].version.fields.text, FIRST,
        "the first stays"
    );
    assert!(agreement.mine[0].matches_draft && !agreement.mine[1].matches_draft);
    assert!(!agreement.status.draft_changed);
    assert!(!agreement.status.agreed_by_both);
    assert!(agreement.theirs.is_empty());

    // An adopted version does not change: a change is a new version.
    let refused = t.journal.write(|tx| {
        let mut fields = first.fields.clone();
        fields.text = "Rewritten history".into();
        tx.update(first.id, fields)
    });
    assert!(
        matches!(refused, Err(Error::Invalid { field: "text", .. })),
        "{refused:?}"
    );
}

#[test]
fn two_versions_compare_word_by_word_with_their_revisit_dates() {
    let mut t = TestJournal::new();
    let p = t.partnership().id;
    set_draft(&mut t, p, FIRST, Some("2026-05-01"));
    let first = adopt(&mut t, p, "2026-03-01").unwrap();
    set_draft(&mut t, p, SECOND, None);

    let comparison = t
        .journal
        .read(|tx| tx.compare_agreement(p, Some(first.id), None))
        .unwrap();
    let of = |change: Change| -> String {
        comparison
            .parts
            .iter()
            .filter(|part| part.change == change)
            .map(|part| part.text.as_str())
            .collect()
    };
    assert!(of(Change::Removed).contains("two"), "{comparison:?}");
    assert!(of(Change::Added).contains("three"), "{comparison:?}");
    assert!(
        of(Change::Added).contains("Confidentiality"),
        "{comparison:?}"
    );
    assert!(of(Change::Same).contains("Ground rules"), "{comparison:?}");
    assert_eq!(comparison.revisit_from, Some(date("2026-05-01")));
    assert_eq!(comparison.revisit_to, None);

    // A version of another partnership's agreement is not compared with this one's.
    let other = t.partnership().id;
    let refused = t
        .journal
        .read(|tx| tx.compare_agreement(other, Some(first.id), None));
    assert!(
        matches!(
            refused,
            Err(Error::Invalid {
                field: "version",
                ..
            })
        ),
        "{refused:?}"
    );
}

/// My journal and my partner's, each with their side of one partnership.
struct Pair {
    mine: TestJournal,
    my_p: PartnershipId,
    theirs: TestJournal,
    their_p: PartnershipId,
}

fn pair() -> Pair {
    let mut mine = TestJournal::new();
    let my_p = mine.partnership().id;
    let mut theirs = TestJournal::new();
    let their_p = theirs.partnership().id;
    Pair {
        mine,
        my_p,
        theirs,
        their_p,
    }
}

#[test]
fn a_partners_pack_adopting_the_same_version_marks_it_agreed_by_both() {
    let mut w = pair();
    set_draft(&mut w.mine, w.my_p, FIRST, Some("2026-05-01"));
    adopt(&mut w.mine, w.my_p, "2026-03-01").unwrap();
    // They typed the same terms (another line ending, a trailing blank line) and adopted them.
    set_draft(
        &mut w.theirs,
        w.their_p,
        &format!("{}\n", FIRST.replace('\n', "\r\n")),
        Some("2026-05-01"),
    );
    adopt(&mut w.theirs, w.their_p, "2026-03-02").unwrap();

    let pack = shared_pack(&w.theirs, w.their_p);
    assert!(
        pack.contains("\"agreement_versions\""),
        "the pack carries versions"
    );
    import_partner(&mut w.mine, &pack, w.my_p);

    let agreement = agreement_on(&w.mine, w.my_p, "2026-03-03");
    assert_eq!(agreement.theirs.len(), 1);
    assert_eq!(
        agreement.theirs[0].version.fields.adopted_by,
        Party::Partner
    );
    assert_eq!(
        agreement.theirs[0].version.fields.adopted_on,
        date("2026-03-02")
    );
    assert!(agreement.mine[0].agreed_by_both && agreement.theirs[0].agreed_by_both);
    assert!(agreement.status.agreed_by_both && !agreement.status.partner_adopted_other);

    // The summary says so too, and importing the same pack again writes nothing.
    let summary = w
        .mine
        .journal
        .read(|tx| tx.partnership_summary(w.my_p, date("2026-03-03")))
        .unwrap();
    assert!(summary.agreement.agreed_by_both);
    let report = report_on(&mut w.mine, "2026-03-03");
    assert_eq!(report.pairs[0].agreement, AgreementState::AgreedByBoth);
    let set = w
        .mine
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Exclude))
        .unwrap();
    let doc = markdown(&set, Scope::Journal, Audience::All, exported_at());
    assert!(
        doc.contains("on 2026-03-01 and by Priya Natarajan on 2026-03-02.*"),
        "the Markdown says both adopted it: {doc}"
    );
    let before = w.mine.counts();
    import_partner(&mut w.mine, &pack, w.my_p);
    assert_eq!(w.mine.counts(), before);
}

#[test]
fn a_different_version_from_the_partner_is_theirs_and_never_merged_into_mine() {
    let mut w = pair();
    set_draft(&mut w.mine, w.my_p, FIRST, Some("2026-05-01"));
    adopt(&mut w.mine, w.my_p, "2026-03-01").unwrap();
    set_draft(&mut w.theirs, w.their_p, SECOND, Some("2026-05-01"));
    adopt(&mut w.theirs, w.their_p, "2026-03-02").unwrap();
    import_partner(&mut w.mine, &shared_pack(&w.theirs, w.their_p), w.my_p);

    let agreement = agreement_on(&w.mine, w.my_p, "2026-03-03");
    assert_eq!(agreement.mine.len(), 1);
    assert_eq!(agreement.mine[0].version.fields.text, FIRST);
    assert_eq!(agreement.theirs[0].version.fields.text, SECOND);
    assert!(!agreement.mine[0].agreed_by_both && !agreement.theirs[0].agreed_by_both);
    assert!(agreement.status.partner_adopted_other && !agreement.status.agreed_by_both);
    let report = report_on(&mut w.mine, "2026-03-03");
    assert_eq!(report.pairs[0].agreement, AgreementState::Adopted);
    let draft = w.mine.journal.read(|tx| tx.get(w.my_p)).unwrap();
    assert_eq!(draft.fields.agreement, FIRST, "my draft is untouched");

    // Adopting theirs makes it my draft and my version: agreed by both.
    let their_id = agreement.theirs[0].version.id;
    w.mine
        .journal
        .write(|tx| tx.adopt_partner_agreement(their_id, date("2026-03-04")))
        .unwrap();
    let agreement = agreement_on(&w.mine, w.my_p, "2026-03-04");
    assert_eq!(agreement.mine.len(), 2);
    assert!(agreement.status.agreed_by_both && !agreement.status.draft_changed);
    let draft = w.mine.journal.read(|tx| tx.get(w.my_p)).unwrap();
    assert_eq!(draft.fields.agreement, SECOND);

    // My own version is not one to "adopt from the partner".
    let mine_id = agreement.mine[0].version.id;
    let refused = w
        .mine
        .journal
        .write(|tx| tx.adopt_partner_agreement(mine_id, date("2026-03-05")));
    assert!(
        matches!(
            refused,
            Err(Error::Invalid {
                field: "version",
                ..
            })
        ),
        "{refused:?}"
    );
}

#[test]
fn my_adopted_version_reaches_the_partner_as_theirs_and_comes_back_as_mine() {
    let mut w = pair();
    set_draft(&mut w.mine, w.my_p, FIRST, None);
    let version = adopt(&mut w.mine, w.my_p, "2026-03-01").unwrap();
    import_partner(&mut w.theirs, &shared_pack(&w.mine, w.my_p), w.their_p);
    let there = w.theirs.journal.read(|tx| tx.get(version.id)).unwrap();
    assert_eq!(there.fields.adopted_by, Party::Partner);
    assert_eq!(there.fields.partnership_id, w.their_p);

    // Their pack now holds my version as theirs-from-me; coming back it is mine again.
    let before = w.mine.counts();
    import_partner(&mut w.mine, &shared_pack(&w.theirs, w.their_p), w.my_p);
    assert_eq!(w.mine.counts(), before, "nothing new: it is my own version");
}

#[test]
fn an_older_pack_without_versions_still_imports() {
    let mut w = pair();
    set_draft(&mut w.theirs, w.their_p, FIRST, None);
    let pack = shared_pack(&w.theirs, w.their_p);
    let mut value: serde_json::Value = serde_json::from_str(&pack).unwrap();
    value.as_object_mut().unwrap().remove("agreement_versions");
    value["version"] = 2.into();
    let older = serde_json::to_string(&value).unwrap();
    import_partner(&mut w.mine, &older, w.my_p);
    // The same layout claiming version 3 is missing a list.
    value["version"] = 3.into();
    let broken = serde_json::to_string(&value).unwrap();
    assert!(read_pack(broken.as_bytes()).is_err());
}

#[test]
fn the_version_in_force_drives_the_revisit_reminder_and_the_calendar() {
    let mut t = TestJournal::new();
    let p = t.partnership().id;
    set_draft(&mut t, p, FIRST, Some("2026-04-01"));
    adopt(&mut t, p, "2026-03-01").unwrap();
    // A later draft date is not in force until it is adopted.
    set_draft(&mut t, p, FIRST, Some("2026-08-01"));

    let digest = |t: &TestJournal, at_text: &str| -> String {
        t.journal
            .read(|tx| tx.due_reminders(at(at_text)))
            .unwrap()
            .iter()
            .flat_map(|r| r.lines.clone())
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(
        digest(&t, "2026-04-02T09:00:00+02:00").contains("Revisit your agreement"),
        "the adopted version's date has come"
    );

    let set = t
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Exclude))
        .unwrap();
    let calendar = ics(&set, Scope::Journal, Audience::All, exported_at());
    assert!(
        calendar.contains("DTSTART;VALUE=DATE:20260401"),
        "{calendar}"
    );
    assert!(
        !calendar.contains("DTSTART;VALUE=DATE:20260801"),
        "{calendar}"
    );
}

#[test]
fn the_checklist_sees_the_recommended_sections_the_draft_has() {
    let mut t = TestJournal::new();
    let p = t.partnership().id;
    set_draft(
        &mut t,
        p,
        "# Our goals\n\nx\n\n### Confidentiality\n\ny\n\nFeedback is mentioned but not as a heading.\n",
        None,
    );
    let agreement = agreement_on(&t, p, "2026-03-01");
    let covered: Vec<AgreementSection> = agreement
        .sections
        .iter()
        .filter(|s| s.covered)
        .map(|s| s.section)
        .collect();
    assert_eq!(
        covered,
        [AgreementSection::Goals, AgreementSection::Confidentiality]
    );
    assert_eq!(agreement.sections.len(), AgreementSection::ALL.len());
    assert!(agreement.status.adopted_on.is_none() && agreement.status.draft_changed);
}
