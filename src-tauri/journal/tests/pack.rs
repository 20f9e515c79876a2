//! The JSON pack and its import: a lossless round trip, a merge by id that is idempotent and
//! lets the newer version win, a partner's pack flipped and attached, and every kind of bad
//! pack refused with nothing written.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::*;
use twoway_journal::export::json::{PACK_FORMAT, PACK_VERSION, Pack, pack, pack_json};
use twoway_journal::export::{Audience, Scope, Trash};
use twoway_journal::import::{
    ImportOptions, ImportPlan, ImportProgress, PackError, apply_import, import,
    import_with_progress, plan, plan_with_progress, read_pack,
};
use twoway_journal::model::*;
use twoway_journal::sample::fill_demo;
use twoway_journal::{Error, Problem, WriteTx};

fn exported_at() -> DateTime<Utc> {
    t0() + Duration::days(30)
}

fn demo() -> TestJournal {
    let mut t = TestJournal::new();
    fill_demo(&mut t.journal, date("2026-03-02")).unwrap();
    t
}

/// The journal's pack as text, trash included (as packs are always made).
fn export(t: &TestJournal, scope: Scope, audience: Audience) -> String {
    let set = t
        .journal
        .read(|tx| tx.export_set(scope, audience, Trash::Include))
        .unwrap();
    pack_json(&set, scope, audience, exported_at())
}

fn export_all(t: &TestJournal) -> String {
    export(t, Scope::Journal, Audience::All)
}

fn own() -> ImportOptions {
    ImportOptions::default()
}

fn import_text(
    t: &mut TestJournal,
    text: &str,
    options: ImportOptions,
) -> Result<ImportPlan, Error> {
    let pack = read_pack(text.as_bytes())?;
    import(&mut t.journal, &pack, &options)
}

fn plan_text(t: &TestJournal, text: &str, options: ImportOptions) -> ImportPlan {
    let pack = read_pack(text.as_bytes()).unwrap();
    plan(&t.journal, &pack, &options).unwrap()
}

fn total_records(t: &TestJournal) -> u32 {
    t.counts().iter().map(|c| c.live + c.trashed).sum()
}

/// Trashes a session that has agenda items (they stay live, under a trashed parent), a
/// learning and a feedback entry, and marks an action done: a journal with deletions.
fn with_deletions(t: &mut TestJournal) {
    t.tick();
    t.journal
        .write(|tx| {
            let p = tx.partnerships()?[0].id;
            let session = tx
                .sessions(p)?
                .into_iter()
                .find(|s| !tx.agenda(s.id).unwrap().is_empty())
                .expect("a session with an agenda");
            tx.trash(session.id)?;
            tx.trash(tx.learnings(Some(p))?[0].id)?;
            tx.trash(tx.feedback(p)?[0].id)?;
            let action = tx.open_actions(p)?[0].id;
            tx.set_action_done(action, true)?;
            Ok(())
        })
        .unwrap();
}

// ---------------------------------------------------------------------------------------------
// The pack itself
// ---------------------------------------------------------------------------------------------

#[test]
fn a_pack_is_stable_sorted_and_carries_what_it_says() {
    let mut t = demo();
    with_deletions(&mut t);
    let text = export_all(&t);
    assert_eq!(
        text,
        export_all(&t),
        "the same journal gives the same bytes"
    );
    assert!(text.ends_with("}\n"));
    let pack = read_pack(text.as_bytes()).unwrap();
    assert_eq!(pack.format, PACK_FORMAT);
    assert_eq!(pack.version, PACK_VERSION);
    assert_eq!(pack.exported_at, exported_at());
    assert_eq!(pack.audience, Audience::All);
    assert_eq!(pack.scope, Scope::Journal);
    assert_eq!(pack.exported_by.my_name, twoway_journal::sample::DEMO_OWNER);
    assert!(pack.sessions.windows(2).all(|w| w[0].id < w[1].id));
    assert!(pack.agenda_items.windows(2).all(|w| w[0].id < w[1].id));
    assert!(
        pack.sessions.iter().any(|s| s.is_trashed()),
        "deletions travel"
    );
    let counts = t.counts();
    let stored: u32 = counts.iter().map(|c| c.live + c.trashed).sum();
    assert_eq!(
        pack.record_count(),
        stored as usize,
        "every record, trash included"
    );
    // Keys come in a fixed order, the one the schema documents.
    let keys = [
        "\"format\"",
        "\"version\"",
        "\"exported_at\"",
        "\"audience\"",
        "\"scope\"",
    ];
    let at: Vec<usize> = keys.iter().map(|k| text.find(k).unwrap()).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn pack_records_the_scope_and_audience_it_is_given() {
    let t = demo();
    let p = t.journal.read(|tx| Ok(tx.partnerships()?[0].id)).unwrap();
    let set = t
        .journal
        .read(|tx| tx.export_set(Scope::Partnership(p), Audience::Shared, Trash::Include))
        .unwrap();
    let pack: Pack = pack(&set, Scope::Partnership(p), Audience::Shared, exported_at());
    assert_eq!(pack.partnerships.len(), 1);
    let text = pack.to_json();
    assert!(text.contains(&format!(
        "\"scope\": {{\n    \"kind\": \"partnership\",\n    \"id\": \"{p}\"\n  }}"
    )));
    assert_eq!(read_pack(text.as_bytes()).unwrap(), pack);
}

// ---------------------------------------------------------------------------------------------
// Round trip and idempotence
// ---------------------------------------------------------------------------------------------

#[test]
fn export_import_export_gives_the_same_pack() {
    let mut a = demo();
    with_deletions(&mut a);
    let first = export_all(&a);

    let mut b = TestJournal::new();
    let planned = plan_text(&b, &first, own());
    assert_eq!(total_records(&b), 0, "a plan writes nothing");
    let applied = import_text(&mut b, &first, own()).unwrap();
    assert_eq!(planned, applied, "the plan is what the import does");
    assert_eq!(
        applied.added as usize,
        read_pack(first.as_bytes()).unwrap().record_count()
    );
    assert_eq!(applied.updated + applied.unchanged + applied.conflicts, 0);
    assert!(
        applied.profile_set,
        "an empty journal takes the pack's profile"
    );

    assert_eq!(
        export_all(&b),
        first,
        "identical, export timestamp included"
    );
    assert_eq!(b.counts(), a.counts(), "live and trashed alike");

    // Exported at another time, only `exported_at` differs.
    let set = b
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Include))
        .unwrap();
    let later = pack_json(
        &set,
        Scope::Journal,
        Audience::All,
        exported_at() + Duration::hours(1),
    );
    let differing: Vec<(&str, &str)> = first
        .lines()
        .zip(later.lines())
        .filter(|(x, y)| x != y)
        .collect();
    assert_eq!(differing.len(), 1);
    assert!(differing[0].0.contains("\"exported_at\""));
}

#[test]
fn the_search_index_follows_an_import() {
    let mut a = demo();
    with_deletions(&mut a);
    let mut b = TestJournal::new();
    import_text(&mut b, &export_all(&a), own()).unwrap();
    let hits = |t: &TestJournal, word: &str| {
        t.journal
            .read(|tx| tx.search(word, None, 200))
            .unwrap()
            .into_iter()
            .map(|h| (h.kind, h.id))
            .collect::<Vec<_>>()
    };
    for word in ["LinkedIn", "forecast", "capex", "budget"] {
        let mut in_a = hits(&a, word);
        let mut in_b = hits(&b, word);
        in_a.sort();
        in_b.sort();
        assert!(!in_a.is_empty(), "{word} is in the demo");
        assert_eq!(in_a, in_b, "searching {word}");
    }
}

/// The import sets the search triggers aside while it merges: after a plan, an import and an
/// import that is refused halfway, edits are indexed as before.
#[test]
fn the_search_index_follows_edits_after_a_plan_an_import_and_a_refused_import() {
    let a = demo();
    let text = export_all(&a);
    let mut b = TestJournal::new();
    let found = |t: &TestJournal, word: &str| {
        t.journal
            .read(|tx| tx.search(word, None, 200))
            .unwrap()
            .into_iter()
            .map(|h| (h.kind, h.id))
            .collect::<Vec<_>>()
    };
    plan_text(&b, &text, own());
    import_text(&mut b, &text, own()).unwrap();
    let goal = first_goal(&b).id;
    retitle(&mut b, goal, "Zanzibar quarterly");
    assert_eq!(found(&b, "Zanzibar"), vec![(Kind::Goal, goal.into())]);
    let refused = import_text(
        &mut b,
        &text,
        ImportOptions {
            from_partner: true,
            into_partnership: None,
        },
    );
    assert!(refused.is_err(), "a pack of everything is not a partner's");
    retitle(&mut b, goal, "Timbuktu quarterly");
    assert_eq!(found(&b, "Zanzibar"), vec![]);
    assert_eq!(found(&b, "Timbuktu"), vec![(Kind::Goal, goal.into())]);
}

#[test]
fn importing_the_same_pack_twice_changes_nothing() {
    let mut a = demo();
    with_deletions(&mut a);
    let text = export_all(&a);
    let mut b = TestJournal::new();
    import_text(&mut b, &text, own()).unwrap();
    let before = export_all(&b);
    let counts = b.counts();

    b.tick();
    let again = plan_text(&b, &text, own());
    assert!(again.writes_nothing(), "{again:?}");
    assert_eq!(
        again.unchanged as usize,
        read_pack(text.as_bytes()).unwrap().record_count(),
        "{again:?}"
    );
    assert_eq!(again.conflicts, 0);
    let applied = import_text(&mut b, &text, own()).unwrap();
    assert_eq!(applied, again);
    assert_eq!(b.counts(), counts);
    assert_eq!(export_all(&b), before, "every field and stamp as it was");

    // The source journal itself sees its own pack as unchanged, in either audience.
    let own_all = plan_text(&a, &text, own());
    assert!(
        own_all.writes_nothing() && own_all.conflicts == 0,
        "{own_all:?}"
    );
    let shared = export(&a, Scope::Journal, Audience::Shared);
    let own_shared = plan_text(&a, &shared, own());
    assert!(
        own_shared.writes_nothing() && own_shared.conflicts == 0,
        "a shared pack does not wipe private notes or private goal links: {own_shared:?}"
    );
}

#[test]
fn an_import_says_how_far_it_has_come_and_ends_at_every_record() {
    let text = export_all(&demo());
    let pack = read_pack(text.as_bytes()).unwrap();
    let total = u32::try_from(pack.record_count()).unwrap();
    let mut b = TestJournal::new();
    let mut seen: Vec<ImportProgress> = Vec::new();
    import_with_progress(&mut b.journal, &pack, &own(), &mut |progress| {
        seen.push(progress);
        true
    })
    .unwrap();
    assert!(seen.iter().all(|p| p.total == total), "{seen:?}");
    assert!(
        seen.windows(2).all(|w| w[0].done <= w[1].done),
        "never goes back: {seen:?}"
    );
    assert_eq!(
        seen.last().map(|p| p.done),
        Some(total),
        "ends at every record"
    );
    assert!(
        seen.len() >= 10 && seen.len() <= 102,
        "about a hundred words over the pack, not one per record: {}",
        seen.len()
    );
    assert_eq!(total_records(&b), total);
}

#[test]
fn an_import_or_a_plan_stopped_half_way_changes_nothing_and_can_run_again() {
    let text = export_all(&demo());
    let pack = read_pack(text.as_bytes()).unwrap();
    let mut b = TestJournal::new();
    let before = export_all(&b);
    let stop_half_way = |progress: ImportProgress| progress.done < progress.total / 2;

    let stopped = import_with_progress(&mut b.journal, &pack, &own(), &mut |p| stop_half_way(p));
    assert!(matches!(stopped, Err(Error::Cancelled)), "{stopped:?}");
    assert_eq!(total_records(&b), 0, "nothing of the pack was kept");
    assert_eq!(export_all(&b), before);
    let planned = plan_with_progress(&b.journal, &pack, &own(), &mut |p| stop_half_way(p));
    assert!(matches!(planned, Err(Error::Cancelled)), "{planned:?}");

    // Stopped at the very last word, after every record was merged: still nothing kept.
    let at_the_end = import_with_progress(&mut b.journal, &pack, &own(), &mut |p| p.done < p.total);
    assert!(
        matches!(at_the_end, Err(Error::Cancelled)),
        "{at_the_end:?}"
    );
    assert_eq!(total_records(&b), 0);

    let applied = import(&mut b.journal, &pack, &own()).unwrap();
    assert_eq!(applied.added as usize, pack.record_count());
}

// ---------------------------------------------------------------------------------------------
// Merge rules
// ---------------------------------------------------------------------------------------------

/// A and B hold the same journal (B imported A's pack).
fn twins() -> (TestJournal, TestJournal) {
    twins_of(demo())
}

fn twins_of(a: TestJournal) -> (TestJournal, TestJournal) {
    let mut b = TestJournal::new();
    import_text(&mut b, &export_all(&a), own()).unwrap();
    b.clock.set(a.clock_now());
    (a, b)
}

fn first_goal(t: &TestJournal) -> Goal {
    t.journal
        .read(|tx| {
            let p = tx.partnerships()?[0].id;
            Ok(tx.goals(p)?[0].clone())
        })
        .unwrap()
}

fn retitle(t: &mut TestJournal, goal: GoalId, title: &str) {
    t.journal
        .write(|tx| {
            let mut fields = tx.get(goal)?.fields;
            fields.title = title.into();
            tx.update(goal, fields)
        })
        .unwrap();
}

#[test]
fn a_newer_version_wins_and_deletions_and_restores_apply() {
    let (mut a, mut b) = twins();
    let goal = first_goal(&a);
    let (learning, feedback) = a
        .journal
        .read(|tx| {
            let p = tx.partnerships()?[0].id;
            Ok((tx.learnings(Some(p))?[0].id, tx.feedback(p)?[0].id))
        })
        .unwrap();
    // B trashed a feedback entry earlier; A has not.
    b.tick();
    b.journal.write(|tx| tx.trash(feedback)).unwrap();

    a.tick();
    a.tick();
    retitle(&mut a, goal.id, "Post on LinkedIn twice a week");
    a.journal.write(|tx| tx.trash(learning)).unwrap();
    // A restores... nothing of B's; A edits the feedback after B trashed it, so A's version is
    // newer and undoes B's deletion.
    a.journal
        .write(|tx| {
            let mut fields = tx.get(feedback)?.fields;
            fields.went_well = "Clear examples, and time for questions.".into();
            tx.update(feedback, fields)
        })
        .unwrap();

    let text = export_all(&a);
    let plan = plan_text(&b, &text, own());
    assert_eq!(plan.updated, 3, "{plan:?}");
    assert_eq!(plan.kind(Kind::Goal).updated, 1);
    assert_eq!(plan.kind(Kind::Learning).trashed, 1);
    assert_eq!(plan.kind(Kind::Feedback).restored, 1);
    assert_eq!(plan.added + plan.conflicts, 0);

    b.tick();
    import_text(&mut b, &text, own()).unwrap();
    b.journal
        .read(|tx| {
            assert_eq!(
                tx.get(goal.id)?.fields.title,
                "Post on LinkedIn twice a week"
            );
            assert!(tx.get(learning)?.is_trashed(), "the deletion applies");
            assert!(
                !tx.get(feedback)?.is_trashed(),
                "the newer edit restores it"
            );
            assert!(tx.trashed()?.iter().any(|r| r.id == learning.0));
            Ok(())
        })
        .unwrap();
    assert_eq!(export_all(&b), text, "B is A again");
}

#[test]
fn an_older_or_same_time_different_version_is_a_conflict_and_the_local_one_stays() {
    let (mut a, mut b) = twins();
    let goal = first_goal(&a);
    let stale = export_all(&a);

    // B edits after A's pack was made: the pack's version is older.
    b.tick();
    retitle(&mut b, goal.id, "B's title");
    let plan = plan_text(&b, &stale, own());
    assert_eq!(plan.conflicts, 1);
    assert_eq!(plan.conflicting[0].kind, Kind::Goal);
    assert_eq!(plan.conflicting[0].id, goal.id.0);
    assert!(plan.writes_nothing());
    import_text(&mut b, &stale, own()).unwrap();
    let title = b
        .journal
        .read(|tx| Ok(tx.get(goal.id)?.fields.title))
        .unwrap();
    assert_eq!(title, "B's title", "the local, newer version is kept");

    // Both edit at the same instant: no way to tell which is later, so the local one stays.
    let same_time = b.clock_now() + Duration::seconds(10);
    a.clock.set(same_time);
    b.clock.set(same_time);
    retitle(&mut a, goal.id, "A's title");
    retitle(&mut b, goal.id, "B's other title");
    let plan = plan_text(&b, &export_all(&a), own());
    assert_eq!(plan.kind(Kind::Goal).conflicts, 1);
    assert_eq!(plan.kind(Kind::Goal).updated, 0);
}

#[test]
fn an_older_pack_with_the_same_content_is_unchanged_not_a_conflict() {
    let (a, mut b) = twins();
    let goal = first_goal(&a);
    let stale = export_all(&a);
    // B retitles and titles back: newer stamp, same content.
    b.tick();
    retitle(&mut b, goal.id, "for a moment");
    b.tick();
    retitle(&mut b, goal.id, &goal.fields.title);
    let plan = plan_text(&b, &stale, own());
    assert_eq!(plan.conflicts, 0);
    assert!(plan.writes_nothing());
    drop(a);
}

#[test]
fn a_shared_pack_never_overwrites_private_notes_or_private_goal_links() {
    let mut a = demo();
    // An agenda item linked to a private goal: a shared export drops the link.
    a.journal
        .write(|tx| {
            let p = tx.partnerships()?[0].id;
            let session = tx.sessions(p)?[0].id;
            let goal = tx.create(GoalFields {
                visibility: Visibility::Private,
                ..goal_fields(p)
            })?;
            tx.create(AgendaItemFields {
                goal_id: Some(goal.id),
                ..agenda_fields(session, 99, "Talk about the private goal")
            })
        })
        .unwrap();
    let (mut a, mut b) = twins_of(a);
    // A session with private notes, and an agenda item linked to a private goal.
    let (session, item) = a
        .journal
        .read(|tx| {
            let mut session = None;
            let mut item = None;
            for p in tx.partnerships()? {
                for s in tx.sessions(p.id)? {
                    if session.is_none() && !s.fields.private_notes.is_empty() {
                        session = Some(s.clone());
                    }
                    for i in tx.agenda(s.id)? {
                        if let Some(g) = i.fields.goal_id
                            && tx.get(g)?.fields.visibility == Visibility::Private
                        {
                            item = Some(i);
                        }
                    }
                }
            }
            Ok((
                session.expect("a session with private notes"),
                item.expect("an agenda item linked to a private goal"),
            ))
        })
        .unwrap();
    a.tick();
    a.journal
        .write(|tx| {
            let mut fields = session.fields.clone();
            fields
                .shared_notes
                .push_str("\n\nOne more thing we agreed.");
            tx.update(session.id, fields)?;
            let mut fields = item.fields.clone();
            fields.covered = true;
            tx.update(item.id, fields)
        })
        .unwrap();
    let shared = export(&a, Scope::Journal, Audience::Shared);
    assert!(!shared.contains(&session.fields.private_notes));

    b.tick();
    let plan = import_text(&mut b, &shared, own()).unwrap();
    assert_eq!(plan.updated, 2, "{plan:?}");
    b.journal
        .read(|tx| {
            let s = tx.get(session.id)?;
            assert!(s.fields.shared_notes.ends_with("One more thing we agreed."));
            assert_eq!(s.fields.private_notes, session.fields.private_notes);
            let i = tx.get(item.id)?;
            assert!(i.fields.covered);
            assert_eq!(i.fields.goal_id, item.fields.goal_id);
            Ok(())
        })
        .unwrap();
    assert_eq!(export_all(&b), export_all(&a));
}

#[test]
fn a_pack_adding_to_a_record_trashed_here_leaves_it_in_the_trash() {
    let (mut a, mut b) = twins();
    let session = a
        .journal
        .read(|tx| Ok(tx.sessions(tx.partnerships()?[0].id)?[0].clone()))
        .unwrap();
    b.tick();
    b.journal.write(|tx| tx.trash(session.id)).unwrap();
    a.tick();
    let item = a
        .journal
        .write(|tx| tx.create(agenda_fields(session.id, 99, "Added later by A")))
        .unwrap();
    b.tick();
    let plan = import_text(&mut b, &export_all(&a), own()).unwrap();
    assert_eq!(plan.kind(Kind::AgendaItem).added, 1);
    assert_eq!(
        plan.kind(Kind::Session).conflicts,
        1,
        "B's later deletion is kept"
    );
    b.journal
        .read(|tx| {
            assert!(tx.get(session.id)?.is_trashed(), "B's deletion stands");
            assert_eq!(tx.get(item.id)?.fields.text, "Added later by A");
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_session_pack_merges_into_a_journal_that_holds_its_partnership() {
    let (mut a, mut b) = twins();
    let session = a
        .journal
        .read(|tx| Ok(tx.sessions(tx.partnerships()?[0].id)?[0].clone()))
        .unwrap();
    a.tick();
    let item = a
        .journal
        .write(|tx| {
            let mut fields = session.fields.clone();
            fields.status = SessionStatus::Held;
            tx.update(session.id, fields)?;
            tx.create(agenda_fields(session.id, 0, "Prepared for next time"))
        })
        .unwrap();
    let text = export(&a, Scope::Session(session.id), Audience::Shared);
    b.tick();
    let plan = import_text(&mut b, &text, own()).unwrap();
    assert_eq!(plan.kind(Kind::Session).updated, 1, "{plan:?}");
    assert_eq!(plan.kind(Kind::AgendaItem).added, 1, "{plan:?}");
    assert_eq!(plan.conflicts, 0);
    b.journal
        .read(|tx| {
            assert_eq!(tx.get(session.id)?.fields.status, SessionStatus::Held);
            assert_eq!(
                tx.get(session.id)?.fields.private_notes,
                session.fields.private_notes
            );
            assert_eq!(tx.agenda(session.id)?[0].id, item.id);
            Ok(())
        })
        .unwrap();
}

#[test]
fn packs_merge_with_records_of_the_journal_they_meet() {
    // B has its own partnership; A's pack is added beside it.
    let a = demo();
    let mut b = TestJournal::new();
    let mine = b.partnership();
    b.journal
        .write(|tx| {
            tx.set_profile(Profile {
                my_name: "Someone else".into(),
                my_role: String::new(),
            })
        })
        .unwrap();
    let plan = import_text(&mut b, &export_all(&a), own()).unwrap();
    assert!(!plan.profile_set, "a profile is never replaced");
    b.journal
        .read(|tx| {
            assert_eq!(tx.partnerships()?.len(), 4);
            assert!(tx.get(mine.id).is_ok());
            assert_eq!(tx.profile()?.my_name, "Someone else");
            Ok(())
        })
        .unwrap();
}

// ---------------------------------------------------------------------------------------------
// A partner's pack
// ---------------------------------------------------------------------------------------------

struct PartnerWorld {
    /// The partner's journal: their partnership with me.
    theirs: TestJournal,
    their_partnership: PartnershipId,
    goal: Goal,
    agenda: AgendaItem,
    action: ActionItem,
    skill: Skill,
    rating: SkillRating,
    feedback: Feedback,
    learning: Learning,
    /// My journal, with my side of the partnership.
    mine: TestJournal,
    my_partnership: PartnershipId,
}

fn partner_world() -> PartnerWorld {
    let mut theirs = TestJournal::new();
    theirs
        .journal
        .write(|tx| {
            tx.set_profile(Profile {
                my_name: "Priya".into(),
                my_role: "Data analyst".into(),
            })
        })
        .unwrap();
    let p = theirs.partnership().id;
    let session = theirs.session(p, "2026-03-03T10:00:00+01:00");
    let (goal, agenda, action, skill, rating, feedback, learning) = theirs
        .journal
        .write(|tx| {
            let goal = tx.create(GoalFields {
                direction: Direction::Teach,
                ..goal_fields(p)
            })?;
            let agenda = tx.create(AgendaItemFields {
                owner: Party::Me,
                goal_id: Some(goal.id),
                ..agenda_fields(session.id, 0, "Show the prompt library")
            })?;
            let action = tx.create(ActionItemFields {
                owner: Party::Partner,
                session_id: Some(session.id),
                ..action_fields(p, Some("2026-03-10"))
            })?;
            let skill = tx.create(skill_fields(Some(p), Direction::Teach))?;
            let rating = tx.create(rating_fields(skill.id, "2026-03-03", 3, Party::Me))?;
            let feedback = tx.create(feedback_fields(p, Party::Me, Some(4)))?;
            let learning = tx.create(LearningFields {
                visibility: Visibility::Shared,
                session_id: Some(session.id),
                ..learning_fields(Some(p))
            })?;
            Ok((goal, agenda, action, skill, rating, feedback, learning))
        })
        .unwrap();
    let mut mine = TestJournal::new();
    mine.journal
        .write(|tx| {
            tx.set_profile(Profile {
                my_name: "Helen".into(),
                my_role: "Finance director".into(),
            })
        })
        .unwrap();
    let my_partnership = mine.partnership().id;
    PartnerWorld {
        theirs,
        their_partnership: p,
        goal,
        agenda,
        action,
        skill,
        rating,
        feedback,
        learning,
        mine,
        my_partnership,
    }
}

fn from_partner(into: PartnershipId) -> ImportOptions {
    ImportOptions {
        from_partner: true,
        into_partnership: Some(into),
    }
}

#[test]
fn a_partners_pack_is_flipped_and_attached_to_the_chosen_partnership() {
    let mut w = partner_world();
    let text = export(
        &w.theirs,
        Scope::Partnership(w.their_partnership),
        Audience::Shared,
    );
    let profile_before = w.mine.journal.read(|tx| tx.profile()).unwrap();
    let plan = import_text(&mut w.mine, &text, from_partner(w.my_partnership)).unwrap();
    assert_eq!(
        plan.kind(Kind::Partnership).added,
        0,
        "their partnership is not imported"
    );
    assert_eq!(plan.added, 8, "one record of every other kind: {plan:?}");
    assert!(!plan.profile_set);

    w.mine
        .journal
        .read(|tx| {
            assert_eq!(tx.partnerships()?.len(), 1);
            assert!(
                tx.get(w.their_partnership).is_err(),
                "their partnership stays theirs"
            );
            assert_eq!(
                tx.profile()?,
                profile_before,
                "their profile is not imported"
            );

            let goal = tx.get(w.goal.id)?;
            assert_eq!(goal.fields.direction, Direction::Learn);
            assert_eq!(goal.fields.partnership_id, w.my_partnership);
            assert_eq!(goal.updated_at, w.goal.updated_at, "stamps kept");

            let agenda = tx.get(w.agenda.id)?;
            assert_eq!(agenda.fields.owner, Party::Partner);
            assert_eq!(agenda.fields.goal_id, Some(w.goal.id));

            let action = tx.get(w.action.id)?;
            assert_eq!(action.fields.owner, Party::Me);
            assert_eq!(action.fields.partnership_id, w.my_partnership);

            let skill = tx.get(w.skill.id)?;
            assert_eq!(skill.fields.direction, Direction::Learn);
            assert_eq!(skill.fields.partnership_id, Some(w.my_partnership));
            assert_eq!(tx.get(w.rating.id)?.fields.rater, Party::Partner);

            let feedback = tx.get(w.feedback.id)?;
            assert_eq!(feedback.fields.author, Party::Partner);
            assert_eq!(feedback.fields.partnership_id, w.my_partnership);

            let learning = tx.get(w.learning.id)?;
            assert_eq!(learning.fields.partnership_id, Some(w.my_partnership));
            assert_eq!(
                learning.fields.author,
                Party::Partner,
                "their learning arrives as theirs"
            );
            assert_eq!(
                learning.fields.visibility,
                Visibility::Shared,
                "visibility stays"
            );

            let sessions = tx.sessions(w.my_partnership)?;
            assert_eq!(sessions.len(), 1);
            assert_eq!(
                sessions[0].fields.private_notes, "",
                "they sent no private notes"
            );
            Ok(())
        })
        .unwrap();
    // The learning log in my Markdown says whose it is.
    let set = w
        .mine
        .journal
        .read(|tx| tx.export_set(Scope::Journal, Audience::All, Trash::Exclude))
        .unwrap();
    let document = twoway_journal::export::markdown::markdown(
        &set,
        Scope::Journal,
        Audience::All,
        exported_at(),
    );
    let partner = partnership_fields().partner_name;
    assert!(
        document.contains(&format!("from {partner}")),
        "the partner's learning is marked as theirs"
    );

    // Twice changes nothing.
    let again = import_text(&mut w.mine, &text, from_partner(w.my_partnership)).unwrap();
    assert!(again.writes_nothing() && again.conflicts == 0, "{again:?}");
}

#[test]
fn flipping_twice_gives_back_the_original_records() {
    let mut w = partner_world();
    let theirs = export(
        &w.theirs,
        Scope::Partnership(w.their_partnership),
        Audience::Shared,
    );
    import_text(&mut w.mine, &theirs, from_partner(w.my_partnership)).unwrap();
    // I add an action item of my own and send my side back.
    w.mine.tick();
    let my_action = w
        .mine
        .journal
        .write(|tx| tx.create(action_fields(w.my_partnership, None)))
        .unwrap();
    let mine = export(
        &w.mine,
        Scope::Partnership(w.my_partnership),
        Audience::Shared,
    );
    let plan = import_text(&mut w.theirs, &mine, from_partner(w.their_partnership)).unwrap();
    assert_eq!(
        plan.added, 1,
        "only my new action item is new to them: {plan:?}"
    );
    assert_eq!(plan.updated + plan.conflicts, 0, "{plan:?}");
    w.theirs
        .journal
        .read(|tx| {
            let action = tx.get(my_action.id)?;
            assert_eq!(
                action.fields.owner,
                Party::Partner,
                "my action is their partner's"
            );
            assert_eq!(action.fields.partnership_id, w.their_partnership);
            assert_eq!(tx.get(w.goal.id)?, w.goal, "their goal came back as it was");
            assert_eq!(tx.get(w.rating.id)?, w.rating);
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_partners_pack_is_refused_without_a_partnership_to_attach_to_or_with_several() {
    let mut w = partner_world();
    let text = export(
        &w.theirs,
        Scope::Partnership(w.their_partnership),
        Audience::Shared,
    );
    let counts = w.mine.counts();
    let refused = import_text(
        &mut w.mine,
        &text,
        ImportOptions {
            from_partner: true,
            into_partnership: None,
        },
    );
    assert!(matches!(
        refused,
        Err(Error::Pack(PackError::NoTargetPartnership))
    ));

    // Their whole journal, with a second partnership in it.
    w.theirs.partnership();
    let journal_pack = export(&w.theirs, Scope::Journal, Audience::Shared);
    let refused = import_text(&mut w.mine, &journal_pack, from_partner(w.my_partnership));
    assert!(matches!(
        refused,
        Err(Error::Pack(PackError::PartnershipCount { found: 2 }))
    ));

    // A pack they made for themselves holds their private notes: not for me.
    let private = export(
        &w.theirs,
        Scope::Partnership(w.their_partnership),
        Audience::All,
    );
    let refused = import_text(&mut w.mine, &private, from_partner(w.my_partnership));
    assert!(matches!(
        refused,
        Err(Error::Pack(PackError::PartnerPackNotShared))
    ));

    // A partnership that does not exist here.
    let refused = import_text(
        &mut w.mine,
        &text,
        from_partner(PartnershipId(uuid::Uuid::now_v7())),
    );
    assert!(matches!(refused, Err(Error::NotFound { .. })));
    assert_eq!(w.mine.counts(), counts, "nothing was written");
}

// ---------------------------------------------------------------------------------------------
// Refusals
// ---------------------------------------------------------------------------------------------

/// A journal that already holds something, to show a refusal leaves it as it was.
fn target() -> TestJournal {
    let mut t = TestJournal::new();
    let p = t.partnership();
    t.journal.write(|tx| tx.create(goal_fields(p.id))).unwrap();
    t
}

/// `text` is refused by `read_pack`, with the error `expected` accepts.
fn assert_unreadable(text: &[u8], expected: impl Fn(&PackError) -> bool, what: &str) {
    match read_pack(text) {
        Ok(_) => panic!("{what}: the pack was accepted"),
        Err(e) => assert!(expected(&e), "{what}: unexpected error {e:?}"),
    }
}

#[test]
fn a_truncated_pack_is_refused() {
    let text = export_all(&demo());
    let bytes = text.as_bytes();
    let body = text.trim_end().len();
    for cut in [0, 1, 2, 10, 77, bytes.len() / 3, bytes.len() / 2, body - 1] {
        assert_unreadable(
            &bytes[..cut],
            |e| matches!(e, PackError::Truncated { .. }),
            &format!("cut at {cut}"),
        );
    }
    // Inside a multi-byte character: still a truncated pack.
    let inside = text
        .char_indices()
        .find(|(_, c)| c.len_utf8() > 1)
        .expect("the demo has a character beyond ASCII")
        .0
        + 1;
    assert_unreadable(
        &bytes[..inside],
        |e| matches!(e, PackError::Truncated { .. } | PackError::NotJson { .. }),
        "cut inside a character",
    );
    let message = read_pack(&bytes[..bytes.len() / 2])
        .unwrap_err()
        .to_string();
    assert!(message.contains("cut short"), "{message}");
}

#[test]
fn a_pack_that_is_not_json_or_not_a_pack_is_refused() {
    let not_json = |e: &PackError| matches!(e, PackError::NotJson { .. });
    assert_unreadable(b"hello", not_json, "text");
    assert_unreadable(b"{\"format\": twoway}", not_json, "bare word");
    assert_unreadable(&[0xff, 0xfe, 0x00], not_json, "binary");
    let wrong = |e: &PackError| matches!(e, PackError::WrongFormat);
    assert_unreadable(b"[]", wrong, "a list");
    assert_unreadable(b"42", wrong, "a number");
    assert_unreadable(b"{}", wrong, "no format");
    let text = export_all(&demo());
    let other = text.replacen("\"twoway-pack\"", "\"other-pack\"", 1);
    assert_unreadable(other.as_bytes(), wrong, "another format");
    // A byte order mark is not content.
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    assert!(read_pack(&bom).is_ok());
}

#[test]
fn a_pack_from_a_newer_version_is_refused() {
    let text = export_all(&demo());
    let current = format!("\"version\": {PACK_VERSION},");
    let next = PACK_VERSION + 1;
    let newer = text.replacen(&current, &format!("\"version\": {next},"), 1);
    assert_ne!(newer, text);
    assert_unreadable(
        newer.as_bytes(),
        |e| {
            matches!(
                e,
                PackError::TooNew { found, supported }
                    if *found == u64::from(next) && *supported == PACK_VERSION
            )
        },
        "a newer version",
    );
    let message = read_pack(newer.as_bytes()).unwrap_err().to_string();
    assert!(message.contains("newer Twoway"), "{message}");
    // Newer packs may change the layout: the version is judged first.
    let mut value: serde_json::Value = serde_json::from_str(&newer).unwrap();
    value["a_new_key"] = serde_json::json!({"anything": true});
    value.as_object_mut().unwrap().remove("goals");
    assert_unreadable(
        value.to_string().as_bytes(),
        |e| matches!(e, PackError::TooNew { .. }),
        "a newer version with another layout",
    );
    let zero = text.replacen(&current, "\"version\": 0,", 1);
    assert_unreadable(
        zero.as_bytes(),
        |e| matches!(e, PackError::Malformed { .. }),
        "version 0",
    );
}

/// The demo pack with one change made through its JSON value.
fn bent(text: &str, bend: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
    bend(&mut value);
    serde_json::to_vec(&value).unwrap()
}

#[test]
fn a_malformed_pack_is_refused_with_a_located_message_without_user_text() {
    let text = export_all(&demo());
    const SECRET: &str = "SECRET-PRIVATE-NOTE";
    type Bend = fn(&mut serde_json::Value);
    let cases: &[(&str, Bend, &str)] = &[
        (
            "wrong type",
            |v| v["goals"][0]["fields"]["progress"] = SECRET.into(),
            "goals[0]",
        ),
        (
            "number out of range",
            |v| v["goals"][1]["fields"]["progress"] = 300.into(),
            "goals[1]",
        ),
        (
            "bad UUID",
            |v| v["sessions"][0]["id"] = SECRET.into(),
            "sessions[0]",
        ),
        (
            "bad parent UUID",
            |v| v["goals"][0]["fields"]["partnership_id"] = SECRET.into(),
            "goals[0]",
        ),
        (
            "unknown enum value",
            |v| v["goals"][0]["fields"]["direction"] = SECRET.into(),
            "goals[0]",
        ),
        (
            "bad date",
            |v| v["learnings"][0]["fields"]["on"] = SECRET.into(),
            "learnings[0]",
        ),
        (
            "bad instant",
            |v| v["feedback"][0]["updated_at"] = SECRET.into(),
            "feedback[0]",
        ),
        (
            "missing field",
            |v| {
                v["sessions"][0]["fields"]
                    .as_object_mut()
                    .unwrap()
                    .remove("title");
            },
            "sessions[0]",
        ),
        (
            "missing nullable field",
            |v| {
                v["partnerships"][0]["fields"]
                    .as_object_mut()
                    .unwrap()
                    .remove("ends_on");
            },
            "partnerships[0]",
        ),
        (
            "unknown field",
            |v| v["sessions"][0]["fields"][SECRET] = 1.into(),
            "sessions[0]",
        ),
        (
            "unknown top-level key",
            |v| v[SECRET] = 1.into(),
            "the top level",
        ),
        (
            "records not a list",
            |v| v["skills"] = SECRET.into(),
            "skills",
        ),
        (
            "missing list",
            |v| {
                v.as_object_mut().unwrap().remove("feedback");
            },
            "feedback",
        ),
        (
            "bad audience",
            |v| v["audience"] = SECRET.into(),
            "audience",
        ),
        (
            "journal scope with an id",
            |v| v["scope"]["id"] = "019cadc6-9a80-7153-ace3-db6679c2fe9c".into(),
            "scope",
        ),
    ];
    for (what, bend, location) in cases {
        let bytes = bent(&text, bend);
        let error = read_pack(&bytes).expect_err(what);
        let PackError::Malformed { at, .. } = &error else {
            panic!("{what}: unexpected error {error:?}");
        };
        assert!(at.starts_with(location), "{what}: located at {at}");
        let message = error.to_string();
        assert!(!message.contains(SECRET), "{what}: {message}");
        assert!(!message.contains("SECRET"), "{what}: {message}");
    }
}

#[test]
fn a_pack_with_a_repeated_id_is_refused() {
    let text = export_all(&demo());
    let bytes = bent(&text, |v| {
        let goal = v["goals"][0].clone();
        v["goals"].as_array_mut().unwrap().push(goal);
    });
    assert_unreadable(
        &bytes,
        |e| matches!(e, PackError::DuplicateId { .. }),
        "a goal twice",
    );
    // Ids are unique across kinds too.
    let bytes = bent(&text, |v| {
        let id = v["goals"][0]["id"].clone();
        v["skills"][0]["id"] = id;
    });
    assert_unreadable(
        &bytes,
        |e| matches!(e, PackError::DuplicateId { .. }),
        "a skill with a goal's id",
    );
}

/// Imports a pack that `read_pack` accepts but the journal's rules refuse, into a journal
/// that already holds records: refused whole, with nothing written and nothing changed.
fn assert_refused_whole(bytes: &[u8], expected: impl Fn(&PackError) -> bool, what: &str) {
    let pack = read_pack(bytes).unwrap_or_else(|e| panic!("{what}: unreadable: {e}"));
    let mut t = target();
    let counts = t.counts();
    let before = export_all(&t);
    let planned = plan(&t.journal, &pack, &own());
    match planned {
        Err(Error::Pack(e)) if expected(&e) => {}
        other => panic!("{what}: the plan gave {other:?}"),
    }
    let applied = import(&mut t.journal, &pack, &own());
    match applied {
        Err(Error::Pack(e)) if expected(&e) => {
            assert!(!e.to_string().contains("SECRET"), "{what}: {e}");
        }
        other => panic!("{what}: the import gave {other:?}"),
    }
    assert_eq!(t.counts(), counts, "{what}: nothing was written");
    assert_eq!(export_all(&t), before, "{what}: nothing was changed");
}

#[test]
fn a_pack_with_one_invalid_record_is_refused_whole() {
    let text = export_all(&demo());
    let last_feedback = |v: &mut serde_json::Value| {
        let n = v["feedback"].as_array().unwrap().len();
        v["feedback"][n - 1]["fields"]["rating"] = 9.into();
    };
    assert_refused_whole(
        &bent(&text, last_feedback),
        |e| {
            matches!(
                e,
                PackError::Invalid {
                    kind: Kind::Feedback,
                    field: "rating",
                    problem: Problem::OutOfRange { min: 1, max: 5 },
                    ..
                }
            )
        },
        "rating 9",
    );
    assert_refused_whole(
        &bent(&text, |v| {
            v["sessions"][0]["fields"]["title"] = "SECRET\nTITLE".into()
        }),
        |e| {
            matches!(
                e,
                PackError::Invalid {
                    kind: Kind::Session,
                    field: "title",
                    problem: Problem::LineBreak,
                    ..
                }
            )
        },
        "a title over two lines",
    );
    assert_refused_whole(
        &bent(&text, |v| {
            v["agenda_items"][0]["fields"]["text"] = "x".repeat((1 << 20) + 1).into()
        }),
        |e| {
            matches!(
                e,
                PackError::Invalid {
                    kind: Kind::AgendaItem,
                    field: "text",
                    problem: Problem::TooLong { .. },
                    ..
                }
            )
        },
        "a text over 1 MiB",
    );
    assert_refused_whole(
        &bent(&text, |v| {
            v["goals"][0]["fields"]["partnership_id"] =
                "019cadc6-0000-7000-8000-000000000000".into()
        }),
        |e| {
            matches!(
                e,
                PackError::Invalid {
                    kind: Kind::Goal,
                    field: "partnership_id",
                    problem: Problem::UnknownParent { .. },
                    ..
                }
            )
        },
        "a goal of a partnership that is nowhere",
    );
}

#[test]
fn a_refused_pack_leaves_the_transaction_clean_even_if_the_caller_carries_on() {
    let text = export_all(&demo());
    let pack = read_pack(&bent(&text, |v| {
        let n = v["feedback"].as_array().unwrap().len();
        v["feedback"][n - 1]["fields"]["rating"] = 9.into();
    }))
    .unwrap();
    let mut t = target();
    let counts = t.counts();
    // The caller ignores the error and commits: the merge was still undone.
    t.journal
        .write(|tx: &WriteTx<'_>| {
            assert!(apply_import(tx, &pack, &own()).is_err());
            Ok(())
        })
        .unwrap();
    assert_eq!(t.counts(), counts);
    // And a refused merge in a dry run leaves nothing behind either.
    t.journal
        .dry_run(|tx| {
            assert!(apply_import(tx, &pack, &own()).is_err());
            Ok(())
        })
        .unwrap();
    assert_eq!(t.counts(), counts);
}

#[test]
fn instants_are_read_at_the_precision_the_journal_keeps() {
    let a = demo();
    let text = export_all(&a);
    // Nanoseconds in a pack (another tool wrote it) merge as the stored milliseconds would.
    let bytes = bent(&text, |v| {
        let updated = v["goals"][0]["updated_at"].as_str().unwrap().to_owned();
        v["goals"][0]["updated_at"] = updated.replace('Z', ".000000999Z").into();
        let starts = v["sessions"][0]["fields"]["starts_at"]
            .as_str()
            .unwrap()
            .to_owned();
        let (time, offset) = starts.split_at(19);
        v["sessions"][0]["fields"]["starts_at"] = format!("{time}.5{offset}").into();
    });
    let mut b = TestJournal::new();
    import(&mut b.journal, &read_pack(&bytes).unwrap(), &own()).unwrap();
    let again = plan(&b.journal, &read_pack(&bytes).unwrap(), &own()).unwrap();
    assert!(again.writes_nothing() && again.conflicts == 0, "{again:?}");
    assert_eq!(export_all(&b), text);
}

// ---------------------------------------------------------------------------------------------
// A pack that holds part of a journal
// ---------------------------------------------------------------------------------------------

/// The demo's planned session that has carried-over items, open actions from earlier sessions
/// and a learning linked to a skill: its pack links to records it does not hold.
fn planned_session_with_outside_links(t: &TestJournal) -> SessionId {
    t.journal
        .read(|tx| {
            for p in tx.partnerships()? {
                for s in tx.sessions(p.id)? {
                    let carried = tx
                        .agenda(s.id)?
                        .iter()
                        .any(|i| i.fields.carried_from.is_some());
                    if s.fields.status == SessionStatus::Planned && carried {
                        return Ok(s.id);
                    }
                }
            }
            panic!("the demo has a planned session with carried-over items")
        })
        .unwrap()
}

#[test]
fn a_session_pack_imports_into_an_empty_journal_and_a_later_full_pack_restores_its_links() {
    let a = demo();
    let session = planned_session_with_outside_links(&a);
    let text = export(&a, Scope::Session(session), Audience::All);
    let pack = read_pack(text.as_bytes()).unwrap();
    assert!(
        pack.agenda_items
            .iter()
            .any(|i| i.fields.carried_from.is_some()),
        "the session pack links to items of an earlier session"
    );
    assert!(
        pack.action_items
            .iter()
            .any(|a| a.fields.session_id.is_some_and(|s| s != session)),
        "the session pack holds open actions agreed in earlier sessions"
    );

    let mut b = TestJournal::new();
    let first = import_text(&mut b, &text, own()).unwrap();
    assert_eq!(first.added as usize, pack.record_count(), "{first:?}");
    b.journal
        .read(|tx| {
            let items = tx.agenda(session)?;
            assert!(!items.is_empty());
            assert!(
                items.iter().all(|i| i.fields.carried_from.is_none()),
                "a link to an item the journal does not hold is left out"
            );
            Ok(())
        })
        .unwrap();
    let again = import_text(&mut b, &text, own()).unwrap();
    assert!(again.writes_nothing(), "{again:?}");
    assert_eq!(again.conflicts, 0, "{again:?}");

    // The whole journal arrives later: the links come back, and B ends up as A.
    let full = import_text(&mut b, &export_all(&a), own()).unwrap();
    assert_eq!(full.conflicts, 0, "{full:?}");
    assert_eq!(export_all(&b), export_all(&a));
}

#[test]
fn a_partners_session_pack_attaches_even_when_it_links_outside_itself() {
    let theirs = demo();
    let session = planned_session_with_outside_links(&theirs);
    let text = export(&theirs, Scope::Session(session), Audience::Shared);
    let mut mine = TestJournal::new();
    let my_partnership = mine.partnership().id;
    let plan = import_text(&mut mine, &text, from_partner(my_partnership)).unwrap();
    assert!(plan.added > 0, "{plan:?}");
    mine.journal
        .read(|tx| {
            assert_eq!(tx.get(session)?.fields.partnership_id, my_partnership);
            assert!(!tx.agenda(session)?.is_empty());
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_link_to_a_missing_record_is_still_refused_where_the_link_is_required() {
    let a = demo();
    let session = planned_session_with_outside_links(&a);
    let mut pack =
        read_pack(export(&a, Scope::Session(session), Audience::All).as_bytes()).unwrap();
    pack.sessions.clear();
    let mut b = TestJournal::new();
    let before = total_records(&b);
    let refused = import(&mut b.journal, &pack, &own()).unwrap_err();
    assert!(
        matches!(refused, Error::Pack(PackError::Invalid { .. })),
        "{refused:?}"
    );
    assert_eq!(total_records(&b), before);
}

#[test]
fn a_meeting_both_partners_planned_is_linked_not_doubled() {
    let mut w = partner_world();
    // I planned the same meeting a quarter of an hour earlier (their session: 10:00 +01:00).
    let mine = w
        .mine
        .session(w.my_partnership, "2026-03-03T08:45:00+00:00");
    let text = export(
        &w.theirs,
        Scope::Partnership(w.their_partnership),
        Audience::Shared,
    );
    let plan = import_text(&mut w.mine, &text, from_partner(w.my_partnership)).unwrap();
    assert_eq!(plan.same_meeting, 1, "{plan:?}");
    assert_eq!(plan.kind(Kind::Session).added, 0);
    w.mine
        .journal
        .read(|tx| {
            let sessions = tx.sessions(w.my_partnership)?;
            assert_eq!(sessions.len(), 1, "one meeting, one session");
            assert_eq!(sessions[0].id, mine.id);
            assert_eq!(
                tx.get(w.agenda.id)?.fields.session_id,
                mine.id,
                "their agenda is on my session"
            );
            assert_eq!(tx.get(w.action.id)?.fields.session_id, Some(mine.id));
            let learning = tx.get(w.learning.id)?;
            assert_eq!(learning.fields.session_id, Some(mine.id));
            assert_eq!(
                learning.fields.author,
                Party::Partner,
                "their learning is theirs"
            );
            Ok(())
        })
        .unwrap();
    // Their next pack lands on the same session, and changes nothing the second time.
    let again = import_text(&mut w.mine, &text, from_partner(w.my_partnership)).unwrap();
    assert_eq!(
        (again.same_meeting, again.added, again.updated),
        (1, 0, 0),
        "{again:?}"
    );
    assert_eq!(
        w.mine
            .journal
            .read(|tx| tx.sessions(w.my_partnership))
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_session_at_another_time_is_a_meeting_of_its_own() {
    let mut w = partner_world();
    w.mine
        .session(w.my_partnership, "2026-03-03T11:00:00+01:00");
    let text = export(
        &w.theirs,
        Scope::Partnership(w.their_partnership),
        Audience::Shared,
    );
    let plan = import_text(&mut w.mine, &text, from_partner(w.my_partnership)).unwrap();
    assert_eq!(plan.same_meeting, 0, "10:00–10:45 and 11:00 do not overlap");
    assert_eq!(plan.kind(Kind::Session).added, 1);
    assert_eq!(
        w.mine
            .journal
            .read(|tx| tx.sessions(w.my_partnership))
            .unwrap()
            .len(),
        2
    );
}
