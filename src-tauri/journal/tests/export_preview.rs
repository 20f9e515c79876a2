//! The export preview tells the whole truth: for every format, audience and scope, what it says
//! leaves is what the written export holds, live records and deletions apart, and what it says
//! stays is what the export for oneself would hold beyond it.

mod common;

use common::exports::{demo, exported_at};
use common::*;
use twoway_journal::export::{self, Audience, ExportSet, Format, Rendered, Scope, Trash};
use twoway_journal::model::*;

const FORMATS: [Format; 5] = [
    Format::Markdown,
    Format::MarkdownFolder,
    Format::Html,
    Format::Pack,
    Format::Calendar,
];
const AUDIENCES: [Audience; 2] = [Audience::Shared, Audience::All];

fn set(t: &TestJournal, scope: Scope, audience: Audience, trash: Trash) -> ExportSet {
    t.journal
        .read(|tx| tx.export_set(scope, audience, trash))
        .unwrap()
}

/// The demo with records of several kinds in the trash: a check-in of a shared goal, a skill
/// rating, an agenda item, an action item, a shared learning and a private one.
fn demo_with_trash() -> TestJournal {
    let mut t = demo();
    let all = set(&t, Scope::Journal, Audience::All, Trash::Exclude);
    let shared_goal = all
        .goals
        .iter()
        .find(|g| {
            g.fields.visibility == Visibility::Shared
                && all.check_ins.iter().any(|c| c.fields.goal_id == g.id)
        })
        .expect("the demo has a shared goal with check-ins")
        .id;
    let check_in = all
        .check_ins
        .iter()
        .find(|c| c.fields.goal_id == shared_goal)
        .unwrap()
        .id;
    // A shared rating (the partner's): a self-rating is private and leaves no deletion.
    let rating = all
        .skill_ratings
        .iter()
        .find(|r| r.fields.visibility == Visibility::Shared)
        .expect("the demo has shared ratings")
        .id;
    let agenda_item = all.agenda_items.first().expect("the demo has agendas").id;
    let action = all.action_items.first().expect("the demo has actions").id;
    let shared_learning = all
        .learnings
        .iter()
        .find(|l| l.fields.visibility == Visibility::Shared)
        .expect("the demo has shared learnings")
        .id;
    let private_learning = all
        .learnings
        .iter()
        .find(|l| l.fields.visibility == Visibility::Private)
        .expect("the demo has private learnings")
        .id;
    t.journal
        .write(|tx| {
            tx.trash(check_in)?;
            tx.trash(rating)?;
            tx.trash(agenda_item)?;
            tx.trash(action)?;
            tx.trash(shared_learning)?;
            tx.trash(private_learning)?;
            Ok(())
        })
        .unwrap();
    t
}

/// The journal, each partnership, and a session with an agenda.
fn scopes(t: &TestJournal) -> Vec<Scope> {
    let all = set(t, Scope::Journal, Audience::All, Trash::Exclude);
    let mut scopes = vec![Scope::Journal];
    scopes.extend(all.partnerships.iter().map(|p| Scope::Partnership(p.id)));
    let session = all
        .sessions
        .iter()
        .find(|s| all.agenda_items.iter().any(|i| i.fields.session_id == s.id))
        .expect("the demo has a session with an agenda");
    scopes.push(Scope::Session(session.id));
    scopes
}

/// What the written export holds, per kind: `(live, deletions)`. A pack is read back from its
/// JSON; a document shows what its set outside the trash holds, templates left out.
fn written(t: &TestJournal, scope: Scope, audience: Audience, format: Format) -> Records {
    match format {
        Format::Pack => {
            let Rendered::File(json) =
                export::render(&t.journal, format, scope, audience, exported_at()).unwrap()
            else {
                panic!("a pack is one file");
            };
            twoway_journal::import::read_pack(json.as_bytes())
                .unwrap()
                .records
        }
        _ => {
            let held = set_in(t, scope, audience, format);
            assert!(
                held.agenda_templates.is_empty(),
                "a document holds no template"
            );
            held.records
        }
    }
}

/// The set an export in `format` is made from.
fn set_in(t: &TestJournal, scope: Scope, audience: Audience, format: Format) -> ExportSet {
    t.journal
        .read(|tx| tx.export_set_in(scope, audience, format))
        .unwrap()
}

#[test]
fn the_preview_counts_what_the_written_export_holds_and_what_stays() {
    let t = demo_with_trash();
    let scopes = scopes(&t);
    assert!(scopes.len() >= 4, "the demo has several partnerships");

    // Totals over every case, so the test shows the interesting counts were really reached.
    let mut pack_deletions = vec![0u32; Kind::ALL.len()];
    let mut leaves = vec![0u32; Kind::ALL.len()];
    let mut shared_stays = vec![0u32; Kind::ALL.len()];
    let mut notes_left_out = 0;
    for &scope in &scopes {
        for &audience in &AUDIENCES {
            for &format in &FORMATS {
                let case = format!("{scope:?} {audience:?} {format:?}");
                let preview = t
                    .journal
                    .read(|tx| tx.export_preview(scope, audience, format))
                    .unwrap();
                let held = written(&t, scope, audience, format);
                let everything = set_in(&t, scope, Audience::All, format);

                // In the registry's order, no kind twice, and no entry of zeros.
                let order: Vec<usize> = preview
                    .kinds
                    .iter()
                    .map(|k| Kind::ALL.iter().position(|&a| a == k.kind).unwrap())
                    .collect();
                assert!(order.windows(2).all(|w| w[0] < w[1]), "{case}: {order:?}");
                assert!(
                    preview
                        .kinds
                        .iter()
                        .all(|k| k.leaves + k.deletions + k.stays > 0),
                    "{case}"
                );

                for (i, &kind) in Kind::ALL.iter().enumerate() {
                    let shown = preview.of(kind);
                    let (live, trashed) = held.count_of(kind);
                    assert_eq!(shown.leaves as usize, live, "{case}: {kind:?} leaving");
                    assert_eq!(
                        shown.deletions as usize, trashed,
                        "{case}: {kind:?} deletions"
                    );
                    let (live_anyway, _) = everything.count_of(kind);
                    assert_eq!(
                        shown.stays as usize,
                        live_anyway - live,
                        "{case}: {kind:?} staying"
                    );
                    if format == Format::Pack {
                        pack_deletions[i] += shown.deletions;
                    } else {
                        assert_eq!(
                            shown.deletions, 0,
                            "{case}: a document carries no deletions"
                        );
                    }
                    leaves[i] += shown.leaves;
                    match audience {
                        Audience::Shared => shared_stays[i] += shown.stays,
                        Audience::All => assert_eq!(shown.stays, 0, "{case}: nothing stays"),
                    }
                }
                match audience {
                    Audience::Shared => notes_left_out += preview.private_notes_left_out,
                    Audience::All => assert_eq!(preview.private_notes_left_out, 0, "{case}"),
                }
            }
        }
    }

    let at = |kind: Kind| Kind::ALL.iter().position(|&k| k == kind).unwrap();
    for kind in Kind::ALL {
        assert!(leaves[at(*kind)] > 0, "no {kind:?} ever leaves");
    }
    for kind in [
        Kind::GoalCheckIn,
        Kind::SkillRating,
        Kind::AgendaItem,
        Kind::ActionItem,
        Kind::Learning,
    ] {
        assert!(
            pack_deletions[at(kind)] > 0,
            "no pack carries a {kind:?} deletion"
        );
    }
    for kind in [
        Kind::Goal,
        Kind::GoalCheckIn,
        Kind::Learning,
        Kind::Feedback,
    ] {
        assert!(shared_stays[at(kind)] > 0, "no private {kind:?} ever stays");
    }
    assert!(notes_left_out > 0);
}

#[test]
fn a_pack_for_the_partner_carries_shared_deletions_only() {
    let t = demo_with_trash();
    let shared = |format| {
        t.journal
            .read(|tx| tx.export_preview(Scope::Journal, Audience::Shared, format))
            .unwrap()
    };
    let all = t
        .journal
        .read(|tx| tx.export_preview(Scope::Journal, Audience::All, Format::Pack))
        .unwrap();
    // Both learnings in the trash leave a pack for oneself; the private one never reaches the
    // partner, not even as a deletion.
    assert_eq!(all.of(Kind::Learning).deletions, 2);
    assert_eq!(shared(Format::Pack).of(Kind::Learning).deletions, 1);
    assert_eq!(shared(Format::Pack).of(Kind::GoalCheckIn).deletions, 1);
    assert_eq!(shared(Format::Pack).of(Kind::SkillRating).deletions, 1);
    assert_eq!(shared(Format::Markdown).of(Kind::Learning).deletions, 0);
    // What leaves live does not depend on the format.
    assert_eq!(
        shared(Format::Pack).of(Kind::Learning).leaves,
        shared(Format::Html).of(Kind::Learning).leaves
    );
}
