//! Records of learning: drafted without anything private, signed by one partner, countersigned
//! by the other, and verified at both ends; changed bytes, swapped signers and keys nobody
//! confirmed are all reported; the certificate page is inert; the credential fits its schema.

mod common;

use common::html_scan::*;
use common::*;
use serde_json::Value;
use twoway_journal::model::*;
use twoway_journal::recognition::*;
use twoway_journal::{Error, Problem};
use uuid::Uuid;

const SCHEMA: &str = include_str!("../schema/open-badge-credential.schema.json");
const PROBE: &str = "PROBE-private";

/// One partner's journal and its partnership with the other.
struct Side {
    t: TestJournal,
    partnership: PartnershipId,
}

impl Side {
    fn new(me: &str, partner: &str) -> Self {
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
        let partnership = t.journal.write(|tx| tx.create(fields)).unwrap().id;
        Self { t, partnership }
    }

    fn key(&mut self) -> KeyInfo {
        self.t.journal.write(|tx| tx.ensure_my_key()).unwrap()
    }

    fn draft(&self, period: Period) -> RecordDraft {
        self.t
            .journal
            .read(|tx| tx.record_draft(self.partnership, period))
            .unwrap()
    }

    /// Signs a record of everything the draft offers.
    fn sign_all(&mut self, statement: &str) -> String {
        let include = self
            .draft(Period::WHOLE)
            .candidates
            .iter()
            .map(|c| c.id)
            .collect();
        let choice = RecordChoice {
            include,
            statement: statement.into(),
            period: Period::WHOLE,
        };
        let p = self.partnership;
        self.t
            .journal
            .write(|tx| tx.sign_record(p, &choice))
            .unwrap()
            .json
    }

    fn confirm(&mut self, key: &str) -> twoway_journal::Result<PartnerKey> {
        let p = self.partnership;
        self.t
            .journal
            .write(|tx| tx.confirm_partner_key(p, key, date("2026-03-01")))
    }

    fn countersign(&mut self, record: &str, statement: &str) -> twoway_journal::Result<String> {
        let p = self.partnership;
        self.t
            .journal
            .write(|tx| tx.countersign_record(p, record, statement))
            .map(|signed| signed.json)
    }

    fn verify(&self, record: &str) -> twoway_journal::Result<Verification> {
        self.t.journal.read(|tx| tx.verify_record(record))
    }
}

/// Alex's journal with the partnership's story: held, planned and cancelled sessions, skills
/// both ways with ratings, achieved goals, and private records carrying the probe.
fn alex() -> Side {
    let mut alex = Side::new("Alex Kim", "Priya Natarajan");
    let p = alex.partnership;
    for (starts, status, minutes) in [
        ("2026-01-12T10:00:00+01:00", SessionStatus::Held, 60),
        ("2026-02-09T10:00:00+01:00", SessionStatus::Held, 30),
        ("2026-02-23T10:00:00+01:00", SessionStatus::Cancelled, 60),
        ("2026-03-09T10:00:00+01:00", SessionStatus::Planned, 60),
    ] {
        let mut fields = session_fields(p, starts);
        fields.status = status;
        fields.duration_minutes = minutes;
        fields.private_notes = format!("{PROBE} session note");
        alex.t
            .journal
            .write(|tx| tx.create_session(fields))
            .unwrap();
    }
    alex.t
        .journal
        .write(|tx| {
            // A skill Alex learns: shared ratings 2 → 3 by Alex, 1 → 4 by Priya; a later
            // private self-rating of 5 must not count.
            let mut learn = skill_fields(Some(p), Direction::Learn);
            learn.name = "Prompt writing".into();
            let learn = tx.create(learn)?.id;
            for (on, level, rater, visibility) in [
                ("2026-01-12", 2, Party::Me, Visibility::Shared),
                ("2026-01-12", 1, Party::Partner, Visibility::Shared),
                ("2026-02-09", 3, Party::Me, Visibility::Shared),
                ("2026-02-09", 4, Party::Partner, Visibility::Shared),
                ("2026-02-20", 5, Party::Me, Visibility::Private),
            ] {
                let mut rating = rating_fields(learn, on, level, rater);
                rating.visibility = visibility;
                rating.note = format!("{PROBE} rating note");
                tx.create(rating)?;
            }
            // A skill Alex teaches, rated by Priya only.
            let mut teach = skill_fields(Some(p), Direction::Teach);
            teach.name = "Capital allocation".into();
            teach.category = "Finance".into();
            let teach = tx.create(teach)?.id;
            tx.create(rating_fields(teach, "2026-02-09", 3, Party::Partner))?;
            // A private skill, with a shared rating under it.
            let mut private = skill_fields(Some(p), Direction::Learn);
            private.name = format!("{PROBE} skill");
            private.visibility = Visibility::Private;
            let private = tx.create(private)?.id;
            tx.create(rating_fields(private, "2026-02-09", 4, Party::Partner))?;

            // Goals: achieved by Alex (a shared check-in on 02-10, a private one later), achieved
            // by Priya, a private achieved goal, and one still in progress.
            let mut goal = goal_fields(p);
            goal.status = GoalStatus::Achieved;
            goal.progress = 100;
            let achieved = tx.create(goal.clone())?.id;
            tx.create(check_in_fields(achieved, "2026-02-10", 100))?;
            let mut late = check_in_fields(achieved, "2026-02-25", 100);
            late.visibility = Visibility::Private;
            late.note = format!("{PROBE} check-in");
            tx.create(late)?;
            let mut taught = goal.clone();
            taught.title = "Read a balance sheet".into();
            taught.direction = Direction::Teach;
            let taught = tx.create(taught)?.id;
            tx.create(check_in_fields(taught, "2026-01-20", 100))?;
            let mut private_goal = goal.clone();
            private_goal.title = format!("{PROBE} goal");
            private_goal.visibility = Visibility::Private;
            tx.create(private_goal)?;
            let mut open = goal;
            open.title = "Not yet".into();
            open.status = GoalStatus::InProgress;
            tx.create(open)
        })
        .unwrap();
    alex
}

/// Alex signs, Priya confirms Alex's key and countersigns, Alex confirms Priya's key from the
/// record: both journals and the final record.
fn signed_by_both() -> (Side, Side, String) {
    let mut alex = alex();
    let mut priya = Side::new("Priya Natarajan", "Alex Kim");
    let alex_key = alex.key();
    let first = alex.sign_all("Priya made every session count.");
    priya.confirm(&alex_key.fingerprint.to_lowercase()).unwrap();
    let both = priya
        .countersign(&first, "Alex asked the questions that mattered.")
        .unwrap();
    let p = alex.partnership;
    alex.t
        .journal
        .write(|tx| tx.confirm_key_from_record(p, &both, date("2026-03-02")))
        .unwrap();
    (alex, priya, both)
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn the_draft_counts_held_sessions_and_offers_skills_and_achieved_goals() {
    let alex = alex();
    let draft = alex.draft(Period::WHOLE);
    assert_eq!(
        draft.sessions_held, 2,
        "cancelled and planned sessions do not count"
    );
    assert_eq!(draft.minutes_held, 90);
    assert_eq!(draft.my_name, "Alex Kim");
    assert_eq!(draft.partner_name, "Priya Natarajan");
    let titles: Vec<(&str, ItemKind, Party)> = draft
        .candidates
        .iter()
        .map(|c| (c.title.as_str(), c.kind, c.learner))
        .collect();
    assert_eq!(
        titles,
        [
            ("Capital allocation", ItemKind::Skill, Party::Partner),
            ("Prompt writing", ItemKind::Skill, Party::Me),
            ("Post on LinkedIn every week", ItemKind::Goal, Party::Me),
            ("Read a balance sheet", ItemKind::Goal, Party::Partner),
        ]
    );
    let prompt = &draft.candidates[1];
    let mine = prompt.self_rated.as_ref().unwrap();
    assert_eq!((mine.baseline, mine.latest, mine.ratings), (2, 3, 2));
    let theirs = prompt.partner_rated.as_ref().unwrap();
    assert_eq!((theirs.baseline, theirs.latest), (1, 4));
    assert_eq!(draft.candidates[0].self_rated, None);
    assert_eq!(
        draft.candidates[2].achieved_on,
        Some(date("2026-02-10")),
        "the day of the latest shared check-in"
    );
}

#[test]
fn a_period_keeps_what_happened_in_it() {
    let alex = alex();
    let period = Period {
        from: Some(date("2026-02-01")),
        to: Some(date("2026-02-28")),
    };
    let draft = alex.draft(period);
    assert_eq!((draft.sessions_held, draft.minutes_held), (1, 30));
    let titles: Vec<&str> = draft.candidates.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Capital allocation",
            "Prompt writing",
            "Post on LinkedIn every week"
        ]
    );
    let mine = draft.candidates[1].self_rated.as_ref().unwrap();
    assert_eq!((mine.baseline, mine.latest, mine.ratings), (3, 3, 1));

    let backwards = Period {
        from: Some(date("2026-02-28")),
        to: Some(date("2026-02-01")),
    };
    let refused = alex
        .t
        .journal
        .read(|tx| tx.record_draft(alex.partnership, backwards))
        .unwrap_err();
    assert!(
        matches!(refused, Error::Invalid { field: "to", .. }),
        "{refused}"
    );
}

#[test]
fn private_records_never_appear_in_a_draft_or_a_record() {
    let (alex, _priya, both) = signed_by_both();
    let draft = serde_json::to_string(&alex.draft(Period::WHOLE)).unwrap();
    assert!(!draft.contains(PROBE), "the draft leaks: {draft}");
    assert!(!both.contains(PROBE), "the record leaks: {both}");
    let record = json(&both);
    let skills = &record["credentialSubject"]["learningRecord"]["skills"];
    let prompt = skills
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Prompt writing")
        .unwrap();
    assert_eq!(
        prompt["ratings"][0]["latest"]["level"], 3,
        "the private self-rating of 5 is not the latest"
    );
    let goals = &record["credentialSubject"]["learningRecord"]["goals"];
    assert_eq!(goals.as_array().unwrap().len(), 2);
    assert_eq!(goals[0]["achievedOn"], "2026-02-10");

    // A private record's id cannot be slipped into a choice either.
    let mut alex = alex;
    let private_goal = alex
        .t
        .journal
        .read(|tx| tx.goals(alex.partnership))
        .unwrap()
        .into_iter()
        .find(|g| g.fields.visibility == Visibility::Private)
        .unwrap();
    let choice = RecordChoice {
        include: vec![private_goal.id.into()],
        statement: "Thanks".into(),
        period: Period::WHOLE,
    };
    let p = alex.partnership;
    let refused = alex
        .t
        .journal
        .write(|tx| tx.sign_record(p, &choice))
        .unwrap_err();
    assert!(
        matches!(
            refused,
            Error::Invalid {
                field: "include",
                ..
            }
        ),
        "{refused}"
    );
    let unknown = RecordChoice {
        include: vec![Uuid::nil()],
        ..choice
    };
    assert!(
        alex.t
            .journal
            .write(|tx| tx.sign_record(p, &unknown))
            .is_err()
    );
}

#[test]
fn a_record_signed_by_both_verifies_at_both_ends() {
    let (alex, priya, both) = signed_by_both();
    let at_alex = alex.verify(&both).unwrap();
    assert!(at_alex.all_valid() && at_alex.all_known(), "{at_alex:#?}");
    assert_eq!(at_alex.proofs.len(), 2);
    assert_eq!(at_alex.proofs[0].signer, Signer::Me);
    assert_eq!(at_alex.proofs[0].role, Role::Issuer);
    assert!(matches!(
        &at_alex.proofs[1].signer,
        Signer::Partner { partner_name, partnership, .. }
            if partner_name == "Priya Natarajan" && *partnership == alex.partnership
    ));
    assert_eq!(at_alex.proofs[1].role, Role::Countersigner);
    assert_eq!(
        at_alex.proofs[1].statement.as_deref(),
        Some("Alex asked the questions that mattered.")
    );
    assert_eq!(at_alex.issuer_name, "Alex Kim");

    let at_priya = priya.verify(&both).unwrap();
    assert!(at_priya.all_known(), "{at_priya:#?}");
    assert!(matches!(at_priya.proofs[0].signer, Signer::Partner { .. }));
    assert_eq!(at_priya.proofs[1].signer, Signer::Me);

    let record = json(&both);
    assert_eq!(record["proof"].as_array().unwrap().len(), 2);
    assert_eq!(record["type"][1], "OpenBadgeCredential");
    assert_eq!(
        record["credentialSubject"]["learningRecord"]["sessionsHeld"],
        2
    );
    let issuer = record["issuer"]["id"].as_str().unwrap();
    assert_eq!(
        key_of_did(issuer).map(|k| did_key(&k)).as_deref(),
        Some(issuer)
    );

    // The layout of the file is not what is signed: compact JSON verifies the same.
    let compact = serde_json::to_string(&record).unwrap();
    assert!(alex.verify(&compact).unwrap().all_valid());
}

/// `record` with one byte changed: `None` when that is no longer UTF-8 (no reader gets that
/// far).
fn flipped(record: &[u8], at: usize, bit: u8) -> Option<String> {
    let mut bytes = record.to_vec();
    bytes[at] ^= bit;
    String::from_utf8(bytes).ok()
}

#[test]
fn changing_any_byte_of_the_signed_content_is_reported() {
    let (alex, _priya, both) = signed_by_both();
    let canonical = serde_jcs::to_vec(&json(&both)).unwrap();
    assert!(
        alex.verify(std::str::from_utf8(&canonical).unwrap())
            .unwrap()
            .all_valid()
    );
    let mut reported = 0;
    for at in 0..canonical.len() {
        for bit in [0x01, 0x20] {
            let Some(changed) = flipped(&canonical, at, bit) else {
                reported += 1;
                continue;
            };
            match alex.verify(&changed) {
                Err(_) => reported += 1,
                Ok(v) => {
                    assert!(
                        !v.all_valid(),
                        "byte {at} ({:?}) ^ {bit:#x} went unnoticed",
                        canonical[at] as char
                    );
                    reported += 1;
                }
            }
        }
    }
    assert_eq!(reported, canonical.len() * 2);
}

#[test]
fn a_changed_fact_breaks_both_signatures_and_says_so() {
    let (alex, _priya, both) = signed_by_both();
    let mut record = json(&both);
    record["credentialSubject"]["learningRecord"]["sessionsHeld"] = 20.into();
    let v = alex.verify(&record.to_string()).unwrap();
    assert!(!v.all_valid());
    assert!(v.proofs.iter().all(|p| !p.valid && p.problem.is_some()));

    let mut statement = json(&both);
    statement["proof"][1]["statement"] = "Alex was late every time.".into();
    let v = alex.verify(&statement.to_string()).unwrap();
    assert!(
        v.proofs[0].valid,
        "the first signature does not cover the second statement"
    );
    assert!(
        !v.proofs[1].valid,
        "the second signature covers its statement"
    );
    assert!(!v.all_valid());

    let mut unsigned = json(&both);
    unsigned.as_object_mut().unwrap().remove("proof");
    let v = alex.verify(&unsigned.to_string()).unwrap();
    assert!(!v.all_valid() && !v.problems.is_empty());
}

#[test]
fn a_swapped_signer_is_reported() {
    let (alex, _priya, both) = signed_by_both();
    let mut mallory = Side::new("Mallory", "Priya Natarajan");
    let mallory_did = mallory.key().did;
    let mallory_method = format!(
        "{mallory_did}#{}",
        mallory_did.trim_start_matches("did:key:")
    );

    // The issuer replaced by another key: no signature is by the issuer it names.
    let mut issuer = json(&both);
    issuer["issuer"]["id"] = mallory_did.clone().into();
    let v = alex.verify(&issuer.to_string()).unwrap();
    assert!(!v.all_valid());
    assert!(v.proofs.iter().all(|p| !p.valid));

    // A signature's key replaced by another: that signature is broken.
    let mut method = json(&both);
    method["proof"][0]["verificationMethod"] = mallory_method.into();
    let v = alex.verify(&method.to_string()).unwrap();
    assert!(!v.proofs[0].valid);
    assert!(v.proofs[1].valid);
    assert!(!v.all_valid());
    assert!(
        v.problems
            .iter()
            .any(|p| p.contains("no valid signature is by the issuer")),
        "{v:#?}"
    );

    // The two signatures swapped in place still verify, and still say who is who.
    let mut order = json(&both);
    let proofs = order["proof"].as_array_mut().unwrap();
    proofs.swap(0, 1);
    let v = alex.verify(&order.to_string()).unwrap();
    assert!(v.all_valid());
    assert_eq!(v.proofs[1].signer, Signer::Me);
    assert_eq!(v.proofs[1].role, Role::Issuer);
}

#[test]
fn a_key_nobody_confirmed_is_reported_and_cannot_be_countersigned() {
    let mut alex = alex();
    let mut priya = Side::new("Priya Natarajan", "Alex Kim");
    let first = alex.sign_all("Thank you, Priya.");

    let v = priya.verify(&first).unwrap();
    assert!(v.all_valid(), "the signature itself is sound");
    assert!(!v.all_known());
    assert_eq!(v.proofs[0].signer, Signer::Unconfirmed);
    assert_eq!(
        v.proofs[0].key.as_ref().unwrap().fingerprint,
        alex.key().fingerprint
    );
    let refused = priya.countersign(&first, "Thanks").unwrap_err();
    assert!(
        matches!(
            refused,
            Error::Invalid {
                field: "record",
                ..
            }
        ),
        "{refused}"
    );

    // Mallory countersigns Alex's record with her own key: Alex sees a stranger's signature.
    let mut mallory = Side::new("Mallory", "Alex Kim");
    mallory.confirm(&alex.key().did).unwrap();
    let with_mallory = mallory.countersign(&first, "Great work").unwrap();
    let v = alex.verify(&with_mallory).unwrap();
    assert!(v.all_valid());
    assert_eq!(v.proofs[1].signer, Signer::Unconfirmed);
    assert!(!v.all_known());
}

#[test]
fn countersigning_needs_the_key_confirmed_for_that_partnership() {
    let mut alex = alex();
    let mut priya = Side::new("Priya Natarajan", "Alex Kim");
    let first = alex.sign_all("Thank you, Priya.");
    let other = priya
        .t
        .journal
        .write(|tx| tx.create(partnership_fields()))
        .unwrap()
        .id;
    let alex_key = alex.key();
    priya
        .t
        .journal
        .write(|tx| tx.confirm_partner_key(other, &alex_key.did, date("2026-02-01")))
        .unwrap();
    assert!(
        priya.countersign(&first, "Thanks").is_err(),
        "confirmed for another partnership only"
    );
    priya.confirm(&alex_key.fingerprint).unwrap();
    assert!(priya.countersign(&first, "Thanks").is_ok());
}

#[test]
fn countersigning_refuses_a_broken_record_and_ones_own() {
    let mut alex = alex();
    let mut priya = Side::new("Priya Natarajan", "Alex Kim");
    let first = alex.sign_all("Thank you, Priya.");
    priya.confirm(&alex.key().fingerprint).unwrap();
    let mut broken = json(&first);
    broken["name"] = "Something else".into();
    assert!(priya.countersign(&broken.to_string(), "Thanks").is_err());
    assert!(alex.countersign(&first, "Me again").is_err());
    assert!(priya.countersign("not json", "Thanks").is_err());
    assert!(priya.countersign("{\"type\": []}", "Thanks").is_err());
}

#[test]
fn statements_are_checked_and_errors_never_repeat_them() {
    let mut alex = alex();
    let p = alex.partnership;
    let choose = |statement: String| RecordChoice {
        include: Vec::new(),
        statement,
        period: Period::WHOLE,
    };
    let empty = alex
        .t
        .journal
        .write(|tx| tx.sign_record(p, &choose("  \n".into())))
        .unwrap_err();
    assert!(matches!(
        empty,
        Error::Invalid {
            field: "statement",
            problem: Problem::Empty
        }
    ));
    let long = format!("{PROBE} {}", "x".repeat(MAX_STATEMENT_BYTES));
    let too_long = alex
        .t
        .journal
        .write(|tx| tx.sign_record(p, &choose(long)))
        .unwrap_err();
    assert!(matches!(
        too_long,
        Error::Invalid {
            field: "statement",
            problem: Problem::TooLong { .. }
        }
    ));
    assert!(!too_long.to_string().contains(PROBE));
    let most = "é".repeat(MAX_STATEMENT_BYTES / 2);
    assert!(
        alex.t
            .journal
            .write(|tx| tx.sign_record(p, &choose(most)))
            .is_ok()
    );

    let mut nameless = Side::new("", "Priya Natarajan");
    let q = nameless.partnership;
    let refused = nameless
        .t
        .journal
        .write(|tx| tx.sign_record(q, &choose("Thanks".into())))
        .unwrap_err();
    assert!(matches!(
        refused,
        Error::Invalid {
            field: "my_name",
            ..
        }
    ));
}

#[test]
fn keys_are_made_once_kept_and_confirmed_per_partnership() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.sqlite3");
    let clock = std::sync::Arc::new(twoway_journal::ManualClock::new(t0()));
    let mut journal = twoway_journal::Journal::open(&path, clock.clone()).unwrap();
    assert_eq!(journal.read(|tx| tx.my_key()).unwrap(), None);
    let made = journal.write(|tx| tx.ensure_my_key()).unwrap();
    assert_eq!(journal.write(|tx| tx.ensure_my_key()).unwrap(), made);
    drop(journal);
    let mut journal = twoway_journal::Journal::open(&path, clock).unwrap();
    assert_eq!(journal.read(|tx| tx.my_key()).unwrap(), Some(made.clone()));

    let p = journal
        .write(|tx| tx.create(partnership_fields()))
        .unwrap()
        .id;
    let own = journal
        .write(|tx| tx.confirm_partner_key(p, &made.fingerprint, date("2026-03-01")))
        .unwrap_err();
    assert!(matches!(own, Error::Invalid { field: "key", .. }), "{own}");
    let bad = journal
        .write(|tx| tx.confirm_partner_key(p, "not a fingerprint", date("2026-03-01")))
        .unwrap_err();
    assert!(matches!(
        bad,
        Error::Invalid {
            field: "fingerprint",
            ..
        }
    ));

    let partner = Side::new("Priya", "Alex").key().clone();
    let mut other = Side::new("Priya", "Alex");
    let partner_key = other.key();
    assert_ne!(partner, partner_key, "every journal makes its own key");
    let typed = partner_key.fingerprint.replace('-', " ");
    let confirmed = journal
        .write(|tx| tx.confirm_partner_key(p, &typed, date("2026-03-01")))
        .unwrap();
    assert_eq!(confirmed.fingerprint, partner_key.fingerprint);
    assert_eq!(confirmed.did, None, "only the fingerprint was typed");
    let again = journal
        .write(|tx| tx.confirm_partner_key(p, &partner_key.did, date("2026-03-05")))
        .unwrap();
    assert_eq!(again.did.as_deref(), Some(partner_key.did.as_str()));
    assert_eq!(
        again.confirmed_on,
        date("2026-03-01"),
        "the first day stays"
    );
    assert_eq!(journal.read(|tx| tx.partner_keys(p)).unwrap(), vec![again]);
}

// ---- The certificate ----------------------------------------------------------------------------

fn assert_inert(page: &str) {
    let lower = page.to_ascii_lowercase();
    assert!(page.starts_with("<!doctype html>\n"));
    assert!(!lower.contains("<script"), "a script in\n{page}");
    // The one stylesheet is the page's own; user text reaches the page as escaped text only.
    assert_eq!(lower.matches("<style>").count(), 1);
    let style = &lower[lower.find("<style>").unwrap()..lower.find("</style>").unwrap()];
    assert!(!style.contains("url("), "a CSS url( in\n{style}");
    assert!(!style.contains("@import"));
    for element in [
        "<iframe", "<object", "<embed", "<form", "<link", "<img", "<base",
    ] {
        assert!(!lower.contains(element), "{element} in\n{page}");
    }
    for tag in scan_tags(page) {
        for (name, value) in &tag.attributes {
            assert!(
                !name.starts_with("on"),
                "event handler {name} on <{}>",
                tag.name
            );
            assert!(
                !matches!(
                    name.as_str(),
                    "src" | "href" | "xlink:href" | "action" | "srcset" | "style"
                ),
                "{name}={value:?} on <{}> loads or links something",
                tag.name
            );
        }
    }
}

#[test]
fn the_certificate_is_inert_and_shows_both_fingerprints_and_a_code() {
    let (alex, priya, both) = signed_by_both();
    let v = alex.verify(&both).unwrap();
    let page = certificate_html(&both, &v).unwrap();
    assert_inert(&page);
    let mut priya = priya;
    let mut alex = alex;
    assert!(page.contains(&alex.key().fingerprint));
    assert!(page.contains(&priya.key().fingerprint));
    assert!(page.contains("Alex asked the questions that mattered."));
    assert!(page.contains("Priya made every session count."));
    assert!(page.contains("<svg class=\"qr\""));
    assert!(
        page.contains("What Alex Kim learned") && page.contains("What Priya Natarajan learned")
    );
    assert!(page.contains("1.5</strong> hours"), "90 minutes");
    assert!(!page.contains(PROBE));
    assert!(page.contains("The code holds the whole signed record."));

    // A broken record gets no certificate.
    let mut changed = json(&both);
    changed["name"] = "Forged".into();
    let changed = changed.to_string();
    let v = alex.verify(&changed).unwrap();
    assert!(certificate_html(&changed, &v).is_err());
}

#[test]
fn hostile_text_is_escaped_and_a_large_record_is_coded_by_its_hash() {
    let mut alex = Side::new("<script>alert(1)</script>", "Priya\" onload=\"x()");
    let p = alex.partnership;
    let hostile = "<img src=x onerror=alert(1)> <a href=\"https://evil.example\">x</a> \
                   <style>body{background:url(https://evil.example/t.png)}</style>";
    let long = format!(
        "{hostile} {}",
        "y".repeat(MAX_STATEMENT_BYTES - hostile.len() - 1)
    );
    alex.t
        .journal
        .write(|tx| {
            let mut skill = skill_fields(Some(p), Direction::Learn);
            skill.name = hostile.into();
            skill.category = "<svg onload=alert(1)>".into();
            let skill = tx.create(skill)?.id;
            tx.create(rating_fields(skill, "2026-02-01", 2, Party::Partner))
        })
        .unwrap();
    let choice = RecordChoice {
        include: alex
            .draft(Period::WHOLE)
            .candidates
            .iter()
            .map(|c| c.id)
            .collect(),
        statement: long,
        period: Period::WHOLE,
    };
    let record = alex
        .t
        .journal
        .write(|tx| tx.sign_record(p, &choice))
        .unwrap()
        .json;
    let mut priya = Side::new("Priya", "Alex");
    priya.confirm(&alex.key().did).unwrap();
    let both = priya
        .countersign(&record, &"z".repeat(MAX_STATEMENT_BYTES))
        .unwrap();
    let v = alex.verify(&both).unwrap();
    assert!(v.all_valid());
    let page = certificate_html(&both, &v).unwrap();
    assert_inert(&page);
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("too large for one code"));
    let record_id = json(&both)["id"].as_str().unwrap().to_owned();
    assert!(page.contains(&record_id));
}

// ---- The schema ---------------------------------------------------------------------------------

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    assert!(jsonschema::draft202012::meta::is_valid(&schema));
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

fn errors(validator: &jsonschema::Validator, record: &Value) -> Vec<String> {
    validator
        .iter_errors(record)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn the_records_fit_the_schema_and_bent_ones_do_not() {
    let validator = validator();
    let (mut alex, _priya, both) = signed_by_both();
    let record = json(&both);
    assert_eq!(errors(&validator, &record), Vec::<String>::new());

    let p = alex.partnership;
    let period = RecordChoice {
        include: Vec::new(),
        statement: "Short".into(),
        period: Period {
            from: Some(date("2026-02-01")),
            to: None,
        },
    };
    let partial = alex
        .t
        .journal
        .write(|tx| tx.sign_record(p, &period))
        .unwrap()
        .json;
    assert_eq!(errors(&validator, &json(&partial)), Vec::<String>::new());

    let mut bent = record.clone();
    bent["proof"][0]["cryptosuite"] = "ecdsa-rdfc-2019".into();
    assert!(!errors(&validator, &bent).is_empty());
    let mut bent = record.clone();
    bent["issuer"]["id"] = "https://example.org/issuer".into();
    assert!(!errors(&validator, &bent).is_empty());
    let mut bent = record.clone();
    bent["credentialSubject"]["learningRecord"]["skills"][0]["ratings"][0]["latest"]["level"] =
        6.into();
    assert!(!errors(&validator, &bent).is_empty());
    let mut bent = record;
    bent["@context"] = serde_json::json!(["https://www.w3.org/2018/credentials/v1"]);
    assert!(!errors(&validator, &bent).is_empty());
}

/// `from`'s shared pack of their partnership, imported into `into` as the partner's.
fn deliver(from: &Side, into: &mut Side) -> twoway_journal::Result<()> {
    use twoway_journal::export::json::pack_json;
    use twoway_journal::export::{Audience, Scope, Trash};
    use twoway_journal::import::{ImportOptions, import, read_pack};
    let scope = Scope::Partnership(from.partnership);
    let set = from
        .t
        .journal
        .read(|tx| tx.export_set(scope, Audience::Shared, Trash::Include))?;
    let text = pack_json(
        &set,
        scope,
        Audience::Shared,
        common::exports::exported_at(),
    );
    let pack = read_pack(text.as_bytes()).map_err(Error::from)?;
    let options = ImportOptions {
        from_partner: true,
        into_partnership: Some(into.partnership),
    };
    import(&mut into.t.journal, &pack, &options).map(drop)
}

fn kept(side: &Side) -> Vec<KeptRecord> {
    side.t
        .journal
        .read(|tx| tx.records_of_learning(side.partnership))
        .unwrap()
}

#[test]
fn a_record_travels_in_the_partner_pack_and_comes_back_countersigned() {
    let mut alex = alex();
    let mut priya = Side::new("Priya Natarajan", "Alex Kim");
    let alex_key = alex.key();
    alex.sign_all("Priya made every session count.");
    assert_eq!(kept(&alex).len(), 1, "signing keeps the record");

    deliver(&alex, &mut priya).unwrap();
    let received = kept(&priya);
    assert_eq!(received.len(), 1, "the pack brought it");
    assert_eq!(received[0].verification.proofs.len(), 1);
    assert!(received[0].verification.all_valid());
    assert_eq!(
        received[0].verification.proofs[0].signer,
        Signer::Unconfirmed
    );

    priya.confirm(&alex_key.fingerprint).unwrap();
    let credential = received[0].record.fields.credential.clone();
    priya
        .countersign(&credential, "Alex asked the questions that mattered.")
        .unwrap();
    let countersigned = kept(&priya);
    assert_eq!(countersigned.len(), 1, "the same record, countersigned");
    assert_eq!(countersigned[0].record.id, received[0].record.id);
    assert_eq!(countersigned[0].verification.proofs.len(), 2);

    deliver(&priya, &mut alex).unwrap();
    let back = kept(&alex);
    assert_eq!(back.len(), 1);
    assert_eq!(
        back[0].verification.proofs.len(),
        2,
        "both signatures came back"
    );
    assert!(back[0].verification.all_valid());
    assert!(
        back[0]
            .verification
            .proofs
            .iter()
            .any(|p| p.signer == Signer::Me)
    );
    // Nothing private rode along in the record.
    assert!(!back[0].record.fields.credential.contains(PROBE));
}

#[test]
fn a_pack_cannot_change_a_signed_record_or_take_a_signature_away() {
    let (alex, mut priya, _) = signed_by_both();
    let both = kept(&priya);
    assert_eq!(both[0].verification.proofs.len(), 2);
    let record = both[0].record.clone();

    // Alex's journal holds the record with one signature (the countersigned file went back by
    // hand, not by pack): a pack of it is older, so nothing changes.
    deliver(&alex, &mut priya).unwrap();
    assert_eq!(kept(&priya)[0].verification.proofs.len(), 2);

    // A newer edit that drops Priya's signature, or rewrites a word, is refused.
    for bent in [
        {
            let mut value = json(&record.fields.credential);
            value["proof"].as_array_mut().unwrap().pop();
            value.to_string()
        },
        record
            .fields
            .credential
            .replacen("Record of learning", "Record of teaching", 1),
    ] {
        let refused = priya.t.journal.write(|tx| {
            tx.update(
                record.id,
                RecordOfLearningFields {
                    credential: bent.clone(),
                    ..record.fields.clone()
                },
            )
        });
        assert!(
            matches!(
                refused,
                Err(Error::Invalid {
                    field: "credential",
                    ..
                })
            ),
            "{refused:?}"
        );
    }
}
