//! The private/shared choice on every record that holds the user's words: the defaults a new
//! record and a migrated journal get, the rule that a child of a private record is private,
//! and the choice kept through a pack, a partner's import, and a version 1 pack.

mod common;

use common::*;
use rusqlite::Connection;
use std::sync::Arc;
use twoway_journal::export::json::pack_json;
use twoway_journal::export::{Audience, Scope, Trash};
use twoway_journal::import::{ImportOptions, import, read_pack};
use twoway_journal::model::*;
use twoway_journal::sample::fill_demo;
use twoway_journal::{Entity, Journal, ManualClock};

use Visibility::{Private, Shared};

/// Record ids with their choice.
type Choices = Vec<(String, Option<Visibility>)>;

/// The ids of a list's records with their choice.
fn choices<F: Entity>(list: &[Record<F::Id, F>]) -> Choices {
    let mut choices: Vec<_> = list
        .iter()
        .map(|r| (r.id.to_string(), r.fields.visibility()))
        .collect();
    choices.sort();
    choices
}

/// The choices of every kind that has one, named by kind.
fn all_choices(records: &Records) -> Vec<(&'static str, Choices)> {
    vec![
        ("goals", choices(&records.goals)),
        ("check_ins", choices(&records.check_ins)),
        ("agenda_items", choices(&records.agenda_items)),
        ("action_items", choices(&records.action_items)),
        ("skills", choices(&records.skills)),
        ("skill_ratings", choices(&records.skill_ratings)),
        ("learnings", choices(&records.learnings)),
        ("feedback", choices(&records.feedback)),
    ]
}

fn everything(journal: &Journal) -> Records {
    journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Include))
        .unwrap()
        .records
}

fn pack_text(journal: &Journal, scope: Scope, audience: Audience) -> String {
    let set = journal
        .read(|tx| tx.export_set(scope, audience, Trash::Include))
        .unwrap();
    pack_json(&set, scope, audience, t0())
}

/// A journal with one private and one shared record of every kind that has a choice (the
/// children under a shared parent, so their own choice is what counts).
fn one_of_each_choice() -> (TestJournal, PartnershipId) {
    let mut t = TestJournal::new();
    let p = t.partnership().id;
    let session = t.session(p, "2026-03-03T10:00:00+01:00");
    t.journal
        .write(|tx| {
            for (n, visibility) in [Private, Shared].into_iter().enumerate() {
                let goal = tx.create(GoalFields {
                    visibility,
                    ..goal_fields(p)
                })?;
                let shared_goal = tx.create(goal_fields(p))?;
                tx.create(GoalCheckInFields {
                    visibility,
                    ..check_in_fields(shared_goal.id, "2026-03-04", 30)
                })?;
                tx.create(AgendaItemFields {
                    visibility,
                    goal_id: Some(goal.id),
                    ..agenda_fields(session.id, u32::try_from(n).unwrap(), "An item")
                })?;
                tx.create(ActionItemFields {
                    visibility,
                    session_id: Some(session.id),
                    ..action_fields(p, Some("2026-03-10"))
                })?;
                let skill = tx.create(SkillFields {
                    visibility,
                    ..skill_fields(Some(p), Direction::Learn)
                })?;
                let shared_skill = tx.create(skill_fields(Some(p), Direction::Teach))?;
                tx.create(SkillRatingFields {
                    visibility,
                    ..rating_fields(shared_skill.id, "2026-03-04", 3, Party::Partner)
                })?;
                tx.create(LearningFields {
                    visibility,
                    skill_id: Some(skill.id),
                    ..learning_fields(Some(p))
                })?;
                tx.create(FeedbackFields {
                    visibility,
                    ..feedback_fields(p, Party::Partner, Some(4))
                })?;
            }
            Ok(())
        })
        .unwrap();
    (t, p)
}

#[test]
fn every_kinds_choice_round_trips_through_a_pack_for_oneself() {
    let (source, _) = one_of_each_choice();
    let before = all_choices(&everything(&source.journal));
    for (kind, choices) in &before {
        assert!(
            choices.iter().any(|(_, v)| *v == Some(Private))
                && choices.iter().any(|(_, v)| *v == Some(Shared)),
            "{kind}: the journal holds a private and a shared record"
        );
    }
    let text = pack_text(&source.journal, Scope::Journal, Audience::All);
    let mut copy = TestJournal::new();
    import(
        &mut copy.journal,
        &read_pack(text.as_bytes()).unwrap(),
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(all_choices(&everything(&copy.journal)), before);
}

#[test]
fn a_partners_import_keeps_what_they_shared_and_never_unlocks_what_is_private_here() {
    let (mut theirs, their_partnership) = one_of_each_choice();
    let mut mine = TestJournal::new();
    let my_partnership = mine.partnership().id;
    let partner = ImportOptions {
        from_partner: true,
        into_partnership: Some(my_partnership),
    };
    let text = pack_text(
        &theirs.journal,
        Scope::Partnership(their_partnership),
        Audience::Shared,
    );
    import(
        &mut mine.journal,
        &read_pack(text.as_bytes()).unwrap(),
        &partner,
    )
    .unwrap();
    let shared_there: Vec<_> = all_choices(&everything(&theirs.journal))
        .into_iter()
        .map(|(kind, choices)| {
            let shared: Vec<_> = choices
                .into_iter()
                .filter(|(_, v)| *v == Some(Shared))
                .collect();
            (kind, shared)
        })
        .collect();
    assert_eq!(
        all_choices(&everything(&mine.journal)),
        shared_there,
        "exactly their shared records arrive, still shared"
    );

    // I lock their shared agenda item here; they edit it later and send it again.
    let item = everything(&mine.journal).agenda_items[0].clone();
    mine.tick();
    mine.journal
        .write(|tx| {
            tx.update(
                item.id,
                AgendaItemFields {
                    visibility: Private,
                    ..item.fields.clone()
                },
            )
        })
        .unwrap();
    for _ in 0..3 {
        theirs.tick();
    }
    theirs
        .journal
        .write(|tx| {
            let there = tx.get(item.id)?;
            tx.update(
                item.id,
                AgendaItemFields {
                    text: "An item, reworded".into(),
                    ..there.fields
                },
            )
        })
        .unwrap();
    let text = pack_text(
        &theirs.journal,
        Scope::Partnership(their_partnership),
        Audience::Shared,
    );
    import(
        &mut mine.journal,
        &read_pack(text.as_bytes()).unwrap(),
        &partner,
    )
    .unwrap();
    let here = mine.journal.read(|tx| tx.get(item.id)).unwrap();
    assert_eq!(here.fields.text, "An item, reworded", "their edit arrived");
    assert_eq!(here.fields.visibility, Private, "and my lock stayed");
}

#[test]
fn a_child_of_a_private_record_starts_private_and_never_leaves_while_its_parent_is_private() {
    let mut t = TestJournal::new();
    let p = t.partnership().id;
    let (goal, skill) = t
        .journal
        .write(|tx| {
            let goal = tx.create(GoalFields {
                visibility: Private,
                ..goal_fields(p)
            })?;
            let skill = tx.create(SkillFields {
                visibility: Private,
                ..skill_fields(Some(p), Direction::Learn)
            })?;
            Ok((goal, skill))
        })
        .unwrap();
    let (check_in, rating) = t
        .journal
        .write(|tx| {
            Ok((
                tx.create(check_in_fields(goal.id, "2026-03-04", 40))?,
                tx.create(rating_fields(skill.id, "2026-03-04", 2, Party::Partner))?,
            ))
        })
        .unwrap();
    assert_eq!(
        check_in.fields.visibility, Private,
        "a check-in of a private goal"
    );
    assert_eq!(
        rating.fields.visibility, Private,
        "a rating of a private skill"
    );

    // Made shared while the parent stays private: still left out of a shared export.
    t.journal
        .write(|tx| {
            tx.update(
                rating.id,
                SkillRatingFields {
                    visibility: Shared,
                    ..rating.fields.clone()
                },
            )?;
            tx.update(
                check_in.id,
                GoalCheckInFields {
                    visibility: Shared,
                    ..check_in.fields.clone()
                },
            )
        })
        .unwrap();
    let shared = t
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::Shared, Trash::Include))
        .unwrap();
    assert!(shared.skill_ratings.is_empty() && shared.check_ins.is_empty());

    // Once the parents are shared, the children's own choice counts.
    t.journal
        .write(|tx| {
            tx.update(
                goal.id,
                GoalFields {
                    visibility: Shared,
                    ..goal.fields.clone()
                },
            )?;
            tx.update(
                skill.id,
                SkillFields {
                    visibility: Shared,
                    ..skill.fields.clone()
                },
            )
        })
        .unwrap();
    let shared = t
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::Shared, Trash::Include))
        .unwrap();
    assert_eq!(shared.skill_ratings.len(), 1);
    assert_eq!(shared.check_ins.len(), 1);
}

#[test]
fn a_private_item_carried_over_stays_private() {
    let mut t = TestJournal::new();
    let p = t.partnership().id;
    let first = t.session(p, "2026-03-03T10:00:00+01:00");
    t.journal
        .write(|tx| {
            tx.create(AgendaItemFields {
                visibility: Private,
                ..agenda_fields(first.id, 0, "My worry about the reorg")
            })
        })
        .unwrap();
    let next = t
        .journal
        .write(|tx| tx.create_session(session_fields(p, "2026-03-10T10:00:00+01:00")))
        .unwrap();
    assert_eq!(next.carried_over.len(), 1);
    assert_eq!(next.carried_over[0].fields.visibility, Private);
}

/// The demo journal, saved at schema 3: what the later migrations add is dropped again.
fn demo_journal_at_schema_3(path: &std::path::Path) -> Records {
    let clock = Arc::new(ManualClock::new(t0()));
    let mut journal = Journal::open(path, clock).unwrap();
    fill_demo(&mut journal, date("2026-03-02")).unwrap();
    let records = everything(&journal);
    drop(journal);
    let conn = Connection::open(path).unwrap();
    for table in [
        "agenda_item",
        "action_item",
        "skill",
        "skill_rating",
        "goal_check_in",
    ] {
        conn.execute_batch(&format!("ALTER TABLE {table} DROP COLUMN visibility"))
            .unwrap();
    }
    // The later migrations are undone too, so they all run again (the demo's agreement
    // versions, record of learning and agenda templates go with their tables, which did not
    // exist at schema 3; so do the sync tables and their triggers).
    conn.execute_batch(
        "DROP TABLE reminder_shown; ALTER TABLE learning DROP COLUMN author;
         DROP TABLE partner_key; DROP TABLE signing_key; DROP TABLE agreement_version;
         DROP TABLE record_of_learning; DROP TABLE agenda_template; DROP TABLE sync_device;
         DROP TABLE sync_pending; DROP TABLE sync_version; DROP TABLE sync_applied;
         DROP TABLE session_alias",
    )
    .unwrap();
    let sync_triggers: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_sync_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for trigger in sync_triggers {
        conn.execute_batch(&format!("DROP TRIGGER {trigger}"))
            .unwrap();
    }
    let mut records = records;
    records.agreement_versions.clear();
    records.records_of_learning.clear();
    records.agenda_templates.clear();
    conn.pragma_update(None, "user_version", 3).unwrap();
    records
}

#[test]
fn the_migration_gives_existing_records_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.sqlite3");
    let demo = demo_journal_at_schema_3(&path);
    let journal = Journal::open(&path, Arc::new(ManualClock::new(t0()))).unwrap();
    let migrated = everything(&journal);

    let private_goals: Vec<GoalId> = demo
        .goals
        .iter()
        .filter(|g| g.fields.visibility == Private)
        .map(|g| g.id)
        .collect();
    assert!(!private_goals.is_empty(), "the demo has a private goal");
    assert!(!migrated.check_ins.is_empty() && !migrated.skill_ratings.is_empty());
    for c in &migrated.check_ins {
        let expected = if private_goals.contains(&c.fields.goal_id) {
            Private
        } else {
            Shared
        };
        assert_eq!(c.fields.visibility, expected, "check-in {}", c.id);
    }
    for r in &migrated.skill_ratings {
        let expected = match r.fields.rater {
            Party::Me => Private,
            Party::Partner => Shared,
        };
        assert_eq!(r.fields.visibility, expected, "rating {}", r.id);
    }
    assert!(
        migrated
            .agenda_items
            .iter()
            .map(|i| i.fields.visibility)
            .chain(migrated.action_items.iter().map(|a| a.fields.visibility))
            .chain(migrated.skills.iter().map(|k| k.fields.visibility))
            .all(|v| v == Shared),
        "what both partners take part in is shared"
    );
    assert_eq!(
        all_choices(&migrated),
        all_choices(&demo),
        "the demo's own records were made with the same defaults"
    );
    assert!(
        migrated
            .learnings
            .iter()
            .all(|l| l.fields.author == Party::Me),
        "every learning so far was the owner's"
    );
}

/// `text`, a version 2 pack, as version 1 wrote it: no choice on the kinds that lacked one.
fn as_version_1(text: &str) -> String {
    let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
    value["version"] = 1.into();
    for list in [
        "check_ins",
        "agenda_items",
        "action_items",
        "skills",
        "skill_ratings",
    ] {
        for record in value[list].as_array_mut().unwrap() {
            record["fields"]
                .as_object_mut()
                .unwrap()
                .remove("visibility")
                .expect("version 2 writes a choice");
        }
    }
    for record in value["learnings"].as_array_mut().unwrap() {
        record["fields"]
            .as_object_mut()
            .unwrap()
            .remove("author")
            .expect("version 2 writes a learning's author");
    }
    value.to_string()
}

#[test]
fn a_version_1_pack_is_read_with_the_migrations_defaults() {
    let mut t = TestJournal::new();
    fill_demo(&mut t.journal, date("2026-03-02")).unwrap();
    let demo = everything(&t.journal);

    let own = as_version_1(&pack_text(&t.journal, Scope::Journal, Audience::All));
    let pack = read_pack(own.as_bytes()).unwrap();
    assert_eq!(pack.version, 1);
    let by_id = |list: &[Learning]| {
        let mut list = list.to_vec();
        list.sort_by_key(|l| l.id);
        list
    };
    assert_eq!(
        by_id(&pack.records.learnings),
        by_id(&demo.learnings),
        "learnings read as the owner's"
    );
    assert_eq!(
        all_choices(&pack.records),
        all_choices(&demo),
        "for oneself: self-ratings and check-ins of private goals are private"
    );

    let shared = as_version_1(&pack_text(&t.journal, Scope::Journal, Audience::Shared));
    let pack = read_pack(shared.as_bytes()).unwrap();
    assert!(!pack.records.skill_ratings.is_empty());
    for (kind, choices) in all_choices(&pack.records) {
        assert!(
            choices.iter().all(|(_, v)| *v == Some(Shared)),
            "{kind}: a shared pack held only what was shared"
        );
    }
}
