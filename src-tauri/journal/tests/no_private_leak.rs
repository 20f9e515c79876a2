//! No private text ever leaves the machine in a `shared` export, whatever the journal holds.
//!
//! [`journal_spec`] generates journals: a few partnerships with goals (some private, some with
//! check-ins, private on their own or as children of a private goal), sessions (some with
//! private notes, agendas of private and shared items linking goals, carry-over, private and
//! shared actions), skills (some private) with ratings (some private), learnings and feedback
//! of random visibility, some of it in the trash. Every private text holds a
//! marker word of its own, and [`generated_journal`] returns the markers and the ids of the
//! private records. A shared export of any scope must contain none of them; an export for
//! oneself must contain all the markers (so the check can fail). Each export format adds its
//! own rendering to [`exports`].

mod common;

use common::*;
use proptest::prelude::*;
use twoway_journal::Journal;
use twoway_journal::export::html::html;
use twoway_journal::export::ics::ics;
use twoway_journal::export::json::pack_json;
use twoway_journal::export::markdown::{markdown, markdown_files};
use twoway_journal::export::{Audience, Scope, Trash};
use twoway_journal::model::*;

#[derive(Clone, Debug)]
pub struct GoalSpec {
    pub private: bool,
    /// Check-ins, each private of its own or not.
    pub check_ins: Vec<bool>,
    pub trashed: bool,
}

#[derive(Clone, Debug)]
pub struct AgendaSpec {
    /// Linked to the goal of that index (modulo the goal count), or none.
    pub goal: Option<usize>,
    pub private: bool,
}

#[derive(Clone, Debug)]
pub struct SkillSpec {
    pub private: bool,
    /// Ratings, each private of its own or not.
    pub ratings: Vec<bool>,
}

#[derive(Clone, Debug)]
pub struct SessionSpec {
    pub private_notes: bool,
    pub agenda: Vec<AgendaSpec>,
    /// Actions agreed in the session, each private or not.
    pub actions: Vec<bool>,
    pub trashed: bool,
}

#[derive(Clone, Debug)]
pub struct EntrySpec {
    pub private: bool,
    /// The session of that index (modulo the session count), or none.
    pub session: Option<usize>,
    pub trashed: bool,
}

#[derive(Clone, Debug)]
pub struct PartnershipSpec {
    pub goals: Vec<GoalSpec>,
    pub sessions: Vec<SessionSpec>,
    pub skills: Vec<SkillSpec>,
    pub learnings: Vec<EntrySpec>,
    pub feedback: Vec<EntrySpec>,
}

#[derive(Clone, Debug)]
pub struct JournalSpec {
    pub partnerships: Vec<PartnershipSpec>,
    /// Distinct words, of letters that cannot occur in a UUID, used once each.
    pub markers: Vec<String>,
}

/// More markers than the largest generated journal has private texts.
const MARKERS: usize = 256;

fn entry() -> impl Strategy<Value = EntrySpec> {
    (
        any::<bool>(),
        proptest::option::of(0usize..4),
        prop::bool::weighted(0.2),
    )
        .prop_map(|(private, session, trashed)| EntrySpec {
            private,
            session,
            trashed,
        })
}

fn partnership_spec() -> impl Strategy<Value = PartnershipSpec> {
    let goal = (
        any::<bool>(),
        prop::collection::vec(prop::bool::weighted(0.3), 0..3),
        prop::bool::weighted(0.2),
    )
        .prop_map(|(private, check_ins, trashed)| GoalSpec {
            private,
            check_ins,
            trashed,
        });
    let agenda = (proptest::option::of(0usize..4), prop::bool::weighted(0.3))
        .prop_map(|(goal, private)| AgendaSpec { goal, private });
    let session = (
        any::<bool>(),
        prop::collection::vec(agenda, 0..4),
        prop::collection::vec(any::<bool>(), 0..3),
        prop::bool::weighted(0.2),
    )
        .prop_map(|(private_notes, agenda, actions, trashed)| SessionSpec {
            private_notes,
            agenda,
            actions,
            trashed,
        });
    let skill = (
        prop::bool::weighted(0.3),
        prop::collection::vec(any::<bool>(), 0..3),
    )
        .prop_map(|(private, ratings)| SkillSpec { private, ratings });
    (
        prop::collection::vec(goal, 0..4),
        prop::collection::vec(session, 0..4),
        prop::collection::vec(skill, 0..3),
        prop::collection::vec(entry(), 0..4),
        prop::collection::vec(entry(), 0..4),
    )
        .prop_map(
            |(goals, sessions, skills, learnings, feedback)| PartnershipSpec {
                goals,
                sessions,
                skills,
                learnings,
                feedback,
            },
        )
}

/// Generated journals: one to three partnerships and random unique marker words.
pub fn journal_spec() -> impl Strategy<Value = JournalSpec> {
    (
        prop::collection::vec(partnership_spec(), 1..4),
        prop::collection::hash_set("[g-z]{10}", MARKERS),
    )
        .prop_map(|(partnerships, markers)| JournalSpec {
            partnerships,
            markers: markers.into_iter().collect(),
        })
}

/// A journal built from a spec, with what must never appear in a shared export.
pub struct Generated {
    pub t: TestJournal,
    /// Every marker written into a private text.
    pub markers: Vec<String>,
    /// Every marker written into a text that an edit then replaced: it is in the version
    /// history only, which no export holds, for oneself or not.
    pub history_markers: Vec<String>,
    /// Ids of private records (of every kind that has a choice) and of their children.
    pub private_ids: Vec<String>,
    pub partnerships: Vec<PartnershipId>,
    pub sessions: Vec<SessionId>,
}

/// Builds the journal of `spec` through the journal's own API, in one transaction.
pub fn generated_journal(spec: &JournalSpec) -> Generated {
    let mut t = TestJournal::new();
    let mut words = spec.markers.iter();
    let mut markers = Vec::new();
    let mut private_ids = Vec::new();
    let mut partnerships = Vec::new();
    let mut sessions = Vec::new();
    let mut history_markers = Vec::new();
    let mut next_marker = || {
        let word = words.next().expect("enough markers").clone();
        markers.push(word.clone());
        word
    };
    t.journal
        .write(|tx| {
            for (n, spec) in spec.partnerships.iter().enumerate() {
                let p = tx.create(PartnershipFields {
                    partner_name: format!("Partner {n}"),
                    ..partnership_fields()
                })?;
                partnerships.push(p.id);
                let mut goals = Vec::new();
                for goal in &spec.goals {
                    let fields = if goal.private {
                        GoalFields {
                            title: format!("Goal {}", next_marker()),
                            description: format!("About {}", next_marker()),
                            success_criteria: format!("- {}", next_marker()),
                            visibility: Visibility::Private,
                            ..goal_fields(p.id)
                        }
                    } else {
                        goal_fields(p.id)
                    };
                    let g = tx.create(fields)?;
                    if goal.private {
                        private_ids.push(g.id.to_string());
                    }
                    for (k, &own_private) in goal.check_ins.iter().enumerate() {
                        // A check-in of a private goal is private whatever it says itself.
                        let private = goal.private || own_private;
                        let note = if private {
                            format!("Progress on {}", next_marker())
                        } else {
                            "Progress".to_owned()
                        };
                        let on = format!("2026-03-0{}", k + 2);
                        let c = tx.create(GoalCheckInFields {
                            note,
                            visibility: if own_private {
                                Visibility::Private
                            } else {
                                Visibility::Shared
                            },
                            ..check_in_fields(g.id, &on, 20)
                        })?;
                        if private {
                            private_ids.push(c.id.to_string());
                        }
                    }
                    goals.push((g.id, goal.trashed));
                }
                let mut own_sessions = Vec::new();
                for (k, session) in spec.sessions.iter().enumerate() {
                    let private_notes = if session.private_notes {
                        format!("Felt {} today", next_marker())
                    } else {
                        String::new()
                    };
                    let earlier = next_marker();
                    history_markers.push(earlier.clone());
                    let s = tx
                        .create_session(SessionFields {
                            private_notes,
                            shared_notes: format!("Earlier draft: {earlier}"),
                            ..session_fields(p.id, &format!("2026-03-1{k}T10:00:00+01:00"))
                        })?
                        .session;
                    // The draft goes to the history, replaced by what the pair may read.
                    let s = tx.update(
                        s.id,
                        SessionFields {
                            shared_notes: "Agreed notes".to_owned(),
                            ..s.fields
                        },
                    )?;
                    for (i, item) in session.agenda.iter().enumerate() {
                        let goal_id = item
                            .goal
                            .filter(|_| !goals.is_empty())
                            .map(|g| goals[g % goals.len()].0);
                        let (text, visibility) = if item.private {
                            (format!("Topic {}", next_marker()), Visibility::Private)
                        } else {
                            ("Shared topic".to_owned(), Visibility::Shared)
                        };
                        // Uncovered items carry over into the partnership's next session.
                        let a = tx.create(AgendaItemFields {
                            goal_id,
                            visibility,
                            ..agenda_fields(s.id, u32::try_from(i).unwrap(), &text)
                        })?;
                        if item.private {
                            private_ids.push(a.id.to_string());
                        }
                    }
                    for &private in &session.actions {
                        let (text, visibility) = if private {
                            (format!("Do {}", next_marker()), Visibility::Private)
                        } else {
                            ("Send the slides".to_owned(), Visibility::Shared)
                        };
                        // Open, with a due date: a calendar carries it.
                        let a = tx.create(ActionItemFields {
                            text,
                            visibility,
                            session_id: Some(s.id),
                            ..action_fields(p.id, Some("2026-04-01"))
                        })?;
                        if private {
                            private_ids.push(a.id.to_string());
                        }
                    }
                    sessions.push(s.id);
                    own_sessions.push((s.id, session.trashed));
                }
                let mut own_skills = Vec::new();
                for skill in &spec.skills {
                    let fields = if skill.private {
                        SkillFields {
                            name: format!("Skill {}", next_marker()),
                            category: next_marker(),
                            visibility: Visibility::Private,
                            ..skill_fields(Some(p.id), Direction::Learn)
                        }
                    } else {
                        skill_fields(Some(p.id), Direction::Learn)
                    };
                    let k = tx.create(fields)?;
                    if skill.private {
                        private_ids.push(k.id.to_string());
                    }
                    own_skills.push(k.id);
                    for (n, &own_private) in skill.ratings.iter().enumerate() {
                        // A rating of a private skill is private whatever it says itself.
                        let private = skill.private || own_private;
                        let note = if private {
                            format!("Because {}", next_marker())
                        } else {
                            "Because I use it daily".to_owned()
                        };
                        let on = format!("2026-03-0{}", n + 2);
                        let r = tx.create(SkillRatingFields {
                            note,
                            visibility: if own_private {
                                Visibility::Private
                            } else {
                                Visibility::Shared
                            },
                            ..rating_fields(k.id, &on, 3, Party::Me)
                        })?;
                        if private {
                            private_ids.push(r.id.to_string());
                        }
                    }
                }
                let session_of = |link: Option<usize>| {
                    link.filter(|_| !own_sessions.is_empty())
                        .map(|s| own_sessions[s % own_sessions.len()].0)
                };
                for entry in &spec.learnings {
                    let (text, visibility) = if entry.private {
                        (format!("I learned {}", next_marker()), Visibility::Private)
                    } else {
                        (
                            "I learned to ask for a table".to_owned(),
                            Visibility::Shared,
                        )
                    };
                    let l = tx.create(LearningFields {
                        text,
                        visibility,
                        session_id: session_of(entry.session),
                        // A shared learning about a private skill leaves without the link.
                        skill_id: own_skills.first().copied(),
                        ..learning_fields(Some(p.id))
                    })?;
                    if entry.private {
                        private_ids.push(l.id.to_string());
                    }
                    if entry.trashed {
                        tx.trash(l.id)?;
                    }
                }
                for entry in &spec.feedback {
                    let mut fields = FeedbackFields {
                        session_id: session_of(entry.session),
                        ..feedback_fields(p.id, Party::Partner, Some(4))
                    };
                    if entry.private {
                        fields.went_well = format!("Went well: {}", next_marker());
                        fields.to_improve = format!("Improve: {}", next_marker());
                        fields.visibility = Visibility::Private;
                    }
                    let f = tx.create(fields)?;
                    if entry.private {
                        private_ids.push(f.id.to_string());
                    }
                    if entry.trashed {
                        tx.trash(f.id)?;
                    }
                }
                // Parents go to the trash last: their children were made while they were live.
                for (goal, trashed) in goals {
                    if trashed {
                        tx.trash(goal)?;
                    }
                }
                for (session, trashed) in own_sessions {
                    if trashed {
                        tx.trash(session)?;
                    }
                }
            }
            Ok(())
        })
        .unwrap();
    markers.retain(|m| !history_markers.contains(m));
    Generated {
        t,
        markers,
        history_markers,
        private_ids,
        partnerships,
        sessions,
    }
}

/// Every scope of the journal: the whole of it, each partnership, each session.
fn scopes(g: &Generated) -> Vec<Scope> {
    let mut scopes = vec![Scope::Journal];
    scopes.extend(g.partnerships.iter().map(|&p| Scope::Partnership(p)));
    scopes.extend(g.sessions.iter().map(|&s| Scope::Session(s)));
    scopes
}

/// Every export of `scope` for `audience`, as text, named by format.
fn exports(journal: &Journal, scope: Scope, audience: Audience) -> Vec<(&'static str, String)> {
    let at = t0();
    let with_trash = journal
        .read(|tx| tx.export_set(scope, audience, Trash::Include))
        .unwrap();
    let live = journal
        .read(|tx| tx.export_set(scope, audience, Trash::Exclude))
        .unwrap();
    let folder = markdown_files(&live, scope, audience, at)
        .into_iter()
        .map(|(name, text)| format!("{name}\n{text}"))
        .collect::<Vec<_>>()
        .join("\n");
    vec![
        ("json", pack_json(&with_trash, scope, audience, at)),
        ("markdown", markdown(&live, scope, audience, at)),
        ("markdown folder", folder),
        ("html", html(&live, scope, audience, at)),
        ("ics", ics(&live, scope, audience, at)),
    ]
}

/// The format that carries every text of the journal, the trash included, so an export for
/// oneself must hold every private marker (documents leave the trash out; a calendar carries
/// agendas only).
const COMPLETE_FORMATS: &[&str] = &["json"];

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn no_private_text_in_a_shared_export(spec in journal_spec()) {
        let g = generated_journal(&spec);
        for (format, text) in exports(&g.t.journal, Scope::Journal, Audience::All) {
            if !COMPLETE_FORMATS.contains(&format) {
                continue;
            }
            for marker in &g.markers {
                prop_assert!(text.contains(marker), "{format}: the export for oneself lacks a marker");
            }
        }
        for (session, marker) in g.sessions.iter().zip(&g.history_markers) {
            let versions = g.t.journal
                .read(|tx| tx.revisions(Kind::Session, session.0, "shared_notes"))
                .unwrap();
            prop_assert!(
                versions.iter().any(|v| v.text.contains(marker.as_str())),
                "the replaced draft is in the history"
            );
        }
        for scope in scopes(&g) {
            for audience in [Audience::All, Audience::Shared] {
                for (format, text) in exports(&g.t.journal, scope, audience) {
                    for marker in &g.history_markers {
                        prop_assert!(
                            !text.contains(marker.as_str()),
                            "{format} {scope:?} {audience:?}: an earlier version {marker}"
                        );
                    }
                }
            }
            for (format, text) in exports(&g.t.journal, scope, Audience::Shared) {
                for marker in &g.markers {
                    prop_assert!(!text.contains(marker), "{format} {scope:?}: private text {marker}");
                }
                for id in &g.private_ids {
                    prop_assert!(!text.contains(id), "{format} {scope:?}: private record {id}");
                }
            }
        }
    }
}
