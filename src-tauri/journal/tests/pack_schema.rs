//! The JSON Schema in `schema/pack-v3.schema.json` describes the packs the journal writes:
//! real packs validate against it (formats checked), and packs bent out of shape do not.

mod common;

use common::*;
use serde_json::{Value, json};
use twoway_journal::export::json::{PACK_VERSION, pack_json};
use twoway_journal::export::{Audience, Scope, Trash};
use twoway_journal::model::*;
use twoway_journal::sample::{SyntheticSize, fill_demo, fill_synthetic};

const SCHEMA: &str = include_str!("../schema/pack-v3.schema.json");

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("the schema is JSON")
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema())
        .expect("the schema compiles")
}

/// Panics with every violation, located, when `pack` does not validate.
fn assert_valid(validator: &jsonschema::Validator, pack: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(pack)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "the {what} pack breaks the schema:\n{}",
        errors.join("\n")
    );
}

fn export(t: &TestJournal, scope: Scope, audience: Audience) -> Value {
    let set = t
        .journal
        .read(|tx| tx.export_set(scope, audience, Trash::Include))
        .unwrap();
    serde_json::from_str(&pack_json(&set, scope, audience, t0())).unwrap()
}

fn demo() -> TestJournal {
    let mut t = TestJournal::new();
    fill_demo(&mut t.journal, date("2026-03-02")).unwrap();
    t
}

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema() {
    assert!(jsonschema::draft202012::meta::is_valid(&schema()));
}

#[test]
fn the_demo_packs_validate_for_both_audiences() {
    let t = demo();
    let validator = validator();
    assert_valid(
        &validator,
        &export(&t, Scope::Journal, Audience::All),
        "demo all",
    );
    assert_valid(
        &validator,
        &export(&t, Scope::Journal, Audience::Shared),
        "demo shared",
    );
}

#[test]
fn partnership_and_session_packs_validate() {
    let t = demo();
    let validator = validator();
    let (partnership, session) = t
        .journal
        .read(|tx| {
            let p = tx.partnerships()?[0].id;
            Ok((p, tx.sessions(p)?[0].id))
        })
        .unwrap();
    for audience in [Audience::All, Audience::Shared] {
        assert_valid(
            &validator,
            &export(&t, Scope::Partnership(partnership), audience),
            "partnership",
        );
        assert_valid(
            &validator,
            &export(&t, Scope::Session(session), audience),
            "session",
        );
    }
}

#[test]
fn a_synthetic_pack_with_trashed_records_validates() {
    let mut t = TestJournal::new();
    fill_synthetic(&mut t.journal, &SyntheticSize::SMALL, 7, date("2026-03-02")).unwrap();
    // Deletions travel in packs: put a few records in the trash so `deleted_at` is exercised,
    // and mark an action done so `done_at` is too.
    t.journal
        .write(|tx| {
            let p = tx.partnerships()?[0].id;
            let session = tx.sessions(p)?[0].id;
            tx.trash(session)?;
            tx.trash(tx.goals(p)?[0].id)?;
            let action = tx.open_actions(p)?[0].id;
            tx.set_action_done(action, true)?;
            Ok(())
        })
        .unwrap();
    let pack = export(&t, Scope::Journal, Audience::All);
    assert!(
        pack["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| !s["deleted_at"].is_null()),
        "the pack carries the deletion"
    );
    assert_valid(&validator(), &pack, "synthetic");
}

#[test]
fn a_minimal_pack_validates() {
    let mut t = TestJournal::new();
    let p = t.partnership();
    t.journal
        .write(|tx| {
            let mut fields = partnership_fields();
            fields.cadence = None;
            fields.ends_on = None;
            fields.agreement_revisit_on = None;
            fields.i_learn.clear();
            tx.update(p.id, fields)
        })
        .unwrap();
    assert_valid(
        &validator(),
        &export(&t, Scope::Journal, Audience::Shared),
        "minimal",
    );
}

#[test]
fn the_schema_refuses_packs_bent_out_of_shape() {
    let t = demo();
    let validator = validator();
    let good = export(&t, Scope::Journal, Audience::All);
    type Bend = fn(&mut Value);
    let bends: &[(&str, Bend)] = &[
        ("wrong format", |p| p["format"] = json!("other-pack")),
        ("newer version", |p| p["version"] = json!(PACK_VERSION + 1)),
        ("unknown audience", |p| p["audience"] = json!("everyone")),
        ("unknown top-level key", |p| p["extra"] = json!(1)),
        ("missing records", |p| {
            p.as_object_mut().unwrap().remove("goals");
        }),
        ("bad id", |p| p["goals"][0]["id"] = json!("not-a-uuid")),
        ("bad instant", |p| {
            p["goals"][0]["updated_at"] = json!("yesterday")
        }),
        ("bad date", |p| {
            p["goals"][0]["fields"]["target_on"] = json!("2026-13-45")
        }),
        ("unknown direction", |p| {
            p["goals"][0]["fields"]["direction"] = json!("sideways")
        }),
        ("progress out of range", |p| {
            p["goals"][0]["fields"]["progress"] = json!(101)
        }),
        ("rating out of range", |p| {
            p["feedback"][0]["fields"]["rating"] = json!(9)
        }),
        ("missing field", |p| {
            p["sessions"][0]["fields"]
                .as_object_mut()
                .unwrap()
                .remove("title");
        }),
        ("unknown field", |p| {
            p["sessions"][0]["fields"]["mood"] = json!("good")
        }),
        ("line break in a title", |p| {
            p["sessions"][0]["fields"]["title"] = json!("two\nlines")
        }),
        (
            "journal scope with an id",
            |p| {
                p["scope"] =
                    json!({"kind": "journal", "id": "0190a5a0-0000-7000-8000-000000000000"})
            },
        ),
        ("weekly cadence beyond a year", |p| {
            p["partnerships"][0]["fields"]["cadence"] = json!({"every": 53, "unit": "week"})
        }),
    ];
    for (what, bend) in bends {
        let mut bad = good.clone();
        bend(&mut bad);
        assert!(
            !validator.is_valid(&bad),
            "the schema accepts a pack with {what}"
        );
    }
}

#[test]
fn every_enum_value_of_the_model_is_in_the_schema() {
    let schema = schema();
    let defs = &schema["$defs"];
    let check = |def: &str, values: Vec<&str>| {
        let listed: Vec<&str> = defs[def]["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("{def} is an enum"))
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(listed, values, "{def}");
    };
    check(
        "direction",
        Direction::ALL.iter().map(|v| v.as_str()).collect(),
    );
    check(
        "visibility",
        Visibility::ALL.iter().map(|v| v.as_str()).collect(),
    );
    check("party", Party::ALL.iter().map(|v| v.as_str()).collect());
    check(
        "partnership_status",
        PartnershipStatus::ALL.iter().map(|v| v.as_str()).collect(),
    );
    check(
        "goal_status",
        GoalStatus::ALL.iter().map(|v| v.as_str()).collect(),
    );
    check(
        "session_status",
        SessionStatus::ALL.iter().map(|v| v.as_str()).collect(),
    );
    check(
        "cadence_unit",
        CadenceUnit::ALL.iter().map(|v| v.as_str()).collect(),
    );
    check("audience", vec!["shared", "all"]);
}
