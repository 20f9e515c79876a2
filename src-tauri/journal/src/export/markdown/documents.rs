//! The documents: the export set indexed for rendering (trash left out), and the layout of the
//! journal, a partnership and a session.

use super::escape::{
    item_text_first, item_with_text, list_item, markdown_block, normalize_newlines, plain,
};
use super::writer::{Md, date, every, link_target};
use super::{About, Document};
use crate::export::{ExportSet, Scope};
use crate::language::tr;
use crate::model::*;
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// Where sessions live in a folder export: the index links to their files.
pub(super) struct Links<'a> {
    pub(super) sessions: &'a HashMap<SessionId, String>,
    pub(super) index: &'a str,
}

/// The export set indexed for rendering; trashed records are left out.
pub(super) struct View<'a> {
    pub(super) set: &'a ExportSet,
    pub(super) partnerships: HashMap<PartnershipId, &'a Partnership>,
    pub(super) goals: HashMap<GoalId, &'a Goal>,
    pub(super) sessions: HashMap<SessionId, &'a Session>,
    agenda: HashMap<AgendaItemId, &'a AgendaItem>,
    skills: HashMap<SkillId, &'a Skill>,
    // Children grouped by parent, in the set's order (agenda items by position), so a large
    // journal is not scanned once per session.
    agenda_by_session: HashMap<SessionId, Vec<&'a AgendaItem>>,
    actions_by_session: HashMap<SessionId, Vec<&'a ActionItem>>,
    open_actions_by_partnership: HashMap<PartnershipId, Vec<&'a ActionItem>>,
    feedback_by_session: HashMap<SessionId, Vec<&'a Feedback>>,
    learnings_by_session: HashMap<SessionId, Vec<&'a Learning>>,
    check_ins_by_goal: HashMap<GoalId, Vec<&'a GoalCheckIn>>,
    ratings_by_skill: HashMap<SkillId, Vec<&'a SkillRating>>,
    links: Option<Links<'a>>,
}

/// The live records of `records` grouped by the key `parent` gives (records without one are
/// left out), keeping their order.
fn group<I, F, K: Eq + std::hash::Hash>(
    records: &[Record<I, F>],
    parent: impl Fn(&F) -> Option<K>,
) -> HashMap<K, Vec<&Record<I, F>>> {
    let mut groups: HashMap<K, Vec<&Record<I, F>>> = HashMap::new();
    for record in records.iter().filter(|r| !r.is_trashed()) {
        if let Some(key) = parent(&record.fields) {
            groups.entry(key).or_default().push(record);
        }
    }
    groups
}

fn live<I: Copy + Eq + std::hash::Hash, F>(records: &[Record<I, F>]) -> HashMap<I, &Record<I, F>> {
    records
        .iter()
        .filter(|r| !r.is_trashed())
        .map(|r| (r.id, r))
        .collect()
}

impl<'a> View<'a> {
    pub(super) fn new(set: &'a ExportSet, links: Option<Links<'a>>) -> Self {
        View {
            set,
            partnerships: live(&set.partnerships),
            goals: live(&set.goals),
            sessions: live(&set.sessions),
            agenda: live(&set.agenda_items),
            skills: live(&set.skills),
            agenda_by_session: {
                let mut groups = group(&set.agenda_items, |f| Some(f.session_id));
                for items in groups.values_mut() {
                    items.sort_by_key(|i| i.fields.position);
                }
                groups
            },
            actions_by_session: group(&set.action_items, |f| f.session_id),
            open_actions_by_partnership: group(&set.action_items, |f| {
                f.done_at.is_none().then_some(f.partnership_id)
            }),
            feedback_by_session: group(&set.feedback, |f| f.session_id),
            learnings_by_session: group(&set.learnings, |f| f.session_id),
            check_ins_by_goal: group(&set.check_ins, |f| Some(f.goal_id)),
            ratings_by_skill: group(&set.skill_ratings, |f| Some(f.skill_id)),
            links,
        }
    }

    /// The live children of `parent` in `groups`.
    fn of<K: Eq + std::hash::Hash, R>(groups: &HashMap<K, Vec<&'a R>>, parent: &K) -> Vec<&'a R> {
        groups.get(parent).cloned().unwrap_or_default()
    }

    pub(super) fn live_sessions(&self) -> impl Iterator<Item = &'a Session> + '_ {
        self.set.sessions.iter().filter(|s| !s.is_trashed())
    }

    fn me(&self) -> String {
        let name = self.set.profile.my_name.trim();
        if name.is_empty() {
            tr("export-me", &[])
        } else {
            name.to_owned()
        }
    }

    fn partner_name(&self, partnership: PartnershipId) -> String {
        self.partnerships
            .get(&partnership)
            .map(|p| p.fields.partner_name.trim())
            .filter(|name| !name.is_empty())
            .map_or_else(|| tr("export-partner", &[]), str::to_owned)
    }

    /// The partner's name as stored, for the front matter (trimmed only to find it empty).
    pub(super) fn stored_partner_name(&self, partnership: PartnershipId) -> String {
        self.partnerships
            .get(&partnership)
            .map(|p| p.fields.partner_name.as_str())
            .filter(|name| !name.trim().is_empty())
            .map_or_else(|| tr("export-partner", &[]), str::to_owned)
    }

    fn person(&self, party: Party, partnership: Option<PartnershipId>) -> String {
        match (party, partnership) {
            (Party::Me, _) => self.me(),
            (Party::Partner, Some(p)) => self.partner_name(p),
            (Party::Partner, None) => tr("export-partner", &[]),
        }
    }

    pub(super) fn journal_title(&self) -> String {
        let name = self.set.profile.my_name.trim();
        if name.is_empty() {
            tr("export-journal-title", &[])
        } else {
            tr("export-journal-title-named", &[("name", name.into())])
        }
    }

    /// The earliest creation and latest change among the live records.
    pub(super) fn journal_stamps(&self) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
        let mut stamps: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
        macro_rules! add {
            ($($field:ident),*) => {$(
                stamps.extend(
                    self.set.$field.iter().filter(|r| !r.is_trashed()).map(|r| (r.created_at, r.updated_at)),
                );
            )*};
        }
        add!(
            partnerships,
            goals,
            check_ins,
            sessions,
            agenda_items,
            action_items,
            skills,
            skill_ratings,
            learnings,
            feedback
        );
        (
            stamps.iter().map(|s| s.0).min(),
            stamps.iter().map(|s| s.1).max(),
        )
    }

    pub(super) fn agenda_of(
        &self,
        session: SessionId,
    ) -> impl Iterator<Item = &'a AgendaItem> + '_ {
        Self::of(&self.agenda_by_session, &session).into_iter()
    }

    pub(super) fn document(&self, scope: Scope) -> Document<'a> {
        match scope {
            Scope::Journal => self.journal(),
            Scope::Partnership(id) => match self.partnerships.get(&id) {
                Some(p) => Document {
                    title: self.partner_name(p.id),
                    chunks: self.partnership(p, 1),
                    about: About::Partnership(p),
                },
                None => missing(&tr("export-missing-partnership", &[])),
            },
            Scope::Session(id) => match self.sessions.get(&id) {
                Some(s) => {
                    let mut md = Md::default();
                    self.session(&mut md, s, 1, true);
                    Document {
                        title: format!(
                            "{} — {}",
                            s.fields.title.trim(),
                            self.partner_name(s.fields.partnership_id)
                        ),
                        chunks: vec![md.take()],
                        about: About::Session(s),
                    }
                }
                None => missing(&tr("export-missing-session", &[])),
            },
        }
    }

    fn journal(&self) -> Document<'a> {
        let mut md = Md::default();
        md.heading(1, &plain(&self.journal_title()));
        let profile = &self.set.profile;
        let mut details = Vec::new();
        if !profile.my_name.trim().is_empty() {
            details.push(label("export-label-name", &plain(&profile.my_name)));
        }
        if !profile.my_role.trim().is_empty() {
            details.push(label("export-label-role", &plain(&profile.my_role)));
        }
        let partnerships: Vec<&Partnership> = self
            .set
            .partnerships
            .iter()
            .filter(|p| !p.is_trashed())
            .collect();
        details.push(label(
            "export-label-partnerships",
            &if partnerships.is_empty() {
                tr("export-partnerships-none", &[])
            } else {
                partnerships
                    .iter()
                    .map(|p| {
                        format!(
                            "{} ({})",
                            plain(&self.partner_name(p.id)),
                            tr(partnership_status(p.fields.status), &[])
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        ));
        md.list(&details);
        let mut chunks = vec![md.take()];
        for p in &partnerships {
            chunks.extend(self.partnership(p, 2));
        }

        let learnings: Vec<&Learning> = self
            .set
            .learnings
            .iter()
            .filter(|l| !l.is_trashed() && l.fields.partnership_id.is_none())
            .collect();
        let skills: Vec<&Skill> = self
            .set
            .skills
            .iter()
            .filter(|k| !k.is_trashed() && k.fields.partnership_id.is_none())
            .collect();
        let items: Vec<String> = learnings
            .iter()
            .map(|l| self.learning(l, 2, false))
            .collect();
        md.titled_list(
            2,
            &tr("export-heading-learnings-without-partnership", &[]),
            &items,
        );
        if !skills.is_empty() {
            md.heading(2, &tr("export-heading-skills-without-partnership", &[]));
            for skill in skills {
                self.skill(&mut md, skill, 3);
            }
        }
        if !md.out.is_empty() {
            chunks.push(md.take());
        }
        Document {
            title: self.journal_title(),
            chunks,
            about: About::Journal,
        }
    }

    /// Who adopted the version of the agreement in force, and whether the draft above is it.
    fn adoption(
        &self,
        p: &Partnership,
        version: &AgreementVersion,
        me: &str,
        partner: &str,
    ) -> String {
        let theirs = self.set.agreement_versions.iter().find(|other| {
            other.fields.partnership_id == p.id
                && other.fields.adopted_by == Party::Partner
                && !other.is_trashed()
                && crate::store::same_terms(&other.fields, &version.fields)
        });
        let adopted = date(version.fields.adopted_on);
        let (me, partner) = (plain(me), plain(partner));
        let mut said = match theirs {
            Some(theirs) => tr(
                "export-agreement-adopted-by-both",
                &[
                    ("me", (&me).into()),
                    ("date", (&adopted).into()),
                    ("partner", (&partner).into()),
                    ("partner-date", (&date(theirs.fields.adopted_on)).into()),
                ],
            ),
            None => tr(
                "export-agreement-adopted",
                &[("me", (&me).into()), ("date", (&adopted).into())],
            ),
        };
        if !crate::store::holds_draft(version, p) {
            said.push(' ');
            said.push_str(&tr("export-agreement-changed-since", &[]));
        }
        format!("*{said}*")
    }

    /// A partnership at heading level `level`: its own chunk, one per session (unless they are
    /// linked files), and one for what follows the sessions.
    fn partnership(&self, p: &'a Partnership, level: usize) -> Vec<String> {
        let f = &p.fields;
        let me = self.me();
        let partner = self.partner_name(p.id);
        let mut chunks = Vec::new();
        let mut md = Md::default();
        md.heading(level, &plain(&partner));

        let mut details = Vec::new();
        let role = f.partner_role.trim();
        details.push(if role.is_empty() {
            label("export-label-partner", &plain(&partner))
        } else {
            label(
                "export-label-partner",
                &format!("{}, {}", plain(&partner), plain(role)),
            )
        });
        for (verb, topics) in [
            ("export-label-learns", &f.i_learn),
            ("export-label-teaches", &f.i_teach),
        ] {
            if topics.is_empty() {
                continue;
            }
            let sub: Vec<String> = topics.iter().map(|t| format!("  - {}", plain(t))).collect();
            let heading = tr(verb, &[("name", (&plain(&me)).into())]);
            details.push(format!("- **{heading}:**\n{}", sub.join("\n")));
        }
        details.push(label(
            "export-label-status",
            &tr(partnership_status(f.status), &[]),
        ));
        let started = date(f.started_on);
        details.push(label(
            "export-label-dates",
            &match f.ends_on {
                Some(ends) => tr(
                    "export-dates-range",
                    &[("from", (&started).into()), ("to", (&date(ends)).into())],
                ),
                None => tr("export-dates-since", &[("from", (&started).into())]),
            },
        ));
        if let Some(cadence) = f.cadence {
            details.push(label("export-label-cadence", &every(cadence)));
        }
        md.list(&details);

        let in_force = crate::store::in_force(p.id, &self.set.agreement_versions);
        let revisit_on = crate::store::revisit_on(p, in_force);
        if !f.agreement.trim().is_empty() || revisit_on.is_some() {
            md.heading(level + 1, &tr("export-heading-agreement", &[]));
            md.block(&f.agreement, level + 1);
            if let Some(version) = in_force {
                md.para(&self.adoption(p, version, &me, &partner));
            }
            if let Some(revisit) = revisit_on {
                let revisit = tr(
                    "export-agreement-revisit",
                    &[("date", (&date(revisit)).into())],
                );
                md.para(&format!("*{revisit}*"));
            }
        }

        let goals: Vec<&Goal> = self
            .set
            .goals
            .iter()
            .filter(|g| !g.is_trashed() && g.fields.partnership_id == p.id)
            .collect();
        if !goals.is_empty() {
            md.heading(level + 1, &tr("export-heading-goals", &[]));
            for goal in goals {
                self.goal(&mut md, goal, level + 2, &partner);
            }
        }

        let sessions: Vec<&Session> = self
            .live_sessions()
            .filter(|s| s.fields.partnership_id == p.id)
            .collect();
        let inline_sessions = self.links.is_none();
        match &self.links {
            Some(links) => {
                if !sessions.is_empty() {
                    md.heading(level + 1, &tr("export-heading-sessions", &[]));
                    let items: Vec<String> = sessions
                        .iter()
                        .map(|s| {
                            let text = plain(&session_heading(s));
                            let status = tr(session_status(s.fields.status), &[]);
                            match links.sessions.get(&s.id) {
                                Some(file) => {
                                    format!("- [{text}]({}) · {status}", link_target(file))
                                }
                                None => format!("- {text} · {status}"),
                            }
                        })
                        .collect();
                    md.list(&items);
                }
                chunks.push(md.take());
            }
            None => {
                chunks.push(md.take());
                for (i, session) in sessions.iter().enumerate() {
                    if i == 0 {
                        md.heading(level + 1, &tr("export-heading-sessions", &[]));
                    }
                    self.session(&mut md, session, level + 2, false);
                    chunks.push(md.take());
                }
            }
        }

        let mut actions: Vec<&ActionItem> = self
            .set
            .action_items
            .iter()
            .filter(|a| !a.is_trashed() && a.fields.partnership_id == p.id)
            .collect();
        // Open ones first; within each, soonest due first (stable, so agreed order breaks ties).
        actions.sort_by_key(|a| {
            (
                a.fields.done_at.is_some(),
                a.fields.due_on.is_none(),
                a.fields.due_on,
            )
        });
        let items: Vec<String> = actions.iter().map(|a| self.action(a, true)).collect();
        md.titled_list(level + 1, &tr("export-heading-action-items", &[]), &items);

        let skills: Vec<&Skill> = self
            .set
            .skills
            .iter()
            .filter(|k| !k.is_trashed() && k.fields.partnership_id == Some(p.id))
            .collect();
        if !skills.is_empty() {
            md.heading(level + 1, &tr("export-heading-skills", &[]));
            for skill in skills {
                self.skill(&mut md, skill, level + 2);
            }
        }

        // Entries of a session written out in this file are shown with it.
        let shown_with_session = |session: Option<SessionId>| {
            inline_sessions && session.is_some_and(|s| self.sessions.contains_key(&s))
        };
        let learnings: Vec<&Learning> = self
            .set
            .learnings
            .iter()
            .filter(|l| {
                !l.is_trashed()
                    && l.fields.partnership_id == Some(p.id)
                    && !shown_with_session(l.fields.session_id)
            })
            .collect();
        let items: Vec<String> = learnings
            .iter()
            .map(|l| self.learning(l, level + 1, false))
            .collect();
        md.titled_list(level + 1, &tr("export-heading-learnings", &[]), &items);

        let feedback: Vec<&Feedback> = self
            .set
            .feedback
            .iter()
            .filter(|f| {
                !f.is_trashed()
                    && f.fields.partnership_id == p.id
                    && !shown_with_session(f.fields.session_id)
            })
            .collect();
        if !feedback.is_empty() {
            md.heading(level + 1, &tr("export-heading-feedback", &[]));
            for (author, title) in [
                (
                    Party::Me,
                    tr(
                        "export-feedback-given-by",
                        &[("name", (&plain(&me)).into())],
                    ),
                ),
                (
                    Party::Partner,
                    tr(
                        "export-feedback-received-from",
                        &[("name", (&plain(&partner)).into())],
                    ),
                ),
            ] {
                let items: Vec<String> = feedback
                    .iter()
                    .filter(|f| f.fields.author == author)
                    .map(|f| self.feedback(f, level + 2, false))
                    .collect();
                md.titled_list(level + 2, &title, &items);
            }
        }
        if !md.out.is_empty() {
            chunks.push(md.take());
        }
        chunks
    }

    fn goal(&self, md: &mut Md, goal: &Goal, level: usize, partner: &str) {
        let f = &goal.fields;
        md.heading(level, &plain(&f.title));
        let me = plain(&self.me());
        let partner = plain(partner);
        let people = [("me", (&me).into()), ("partner", (&partner).into())];
        let mut details = vec![label(
            "export-label-direction",
            &match f.direction {
                Direction::Learn => tr("export-goal-learns-from", &people),
                Direction::Teach => tr("export-goal-teaches", &people),
            },
        )];
        details.push(label(
            "export-label-status",
            &tr(goal_status(f.status), &[]),
        ));
        details.push(label("export-label-progress", &format!("{}%", f.progress)));
        if let Some(target) = f.target_on {
            details.push(label("export-label-target", &date(target)));
        }
        if f.visibility == Visibility::Private {
            details.push(label("export-label-visibility", &tr("export-private", &[])));
        }
        md.list(&details);
        md.labelled(&tr("export-label-description", &[]), &f.description, level);
        md.labelled(
            &tr("export-label-success-criteria", &[]),
            &f.success_criteria,
            level,
        );
        let check_ins: Vec<String> = Self::of(&self.check_ins_by_goal, &goal.id)
            .into_iter()
            .map(|c| {
                item_with_text(
                    "- ",
                    format!(
                        "**{}** · {}%{}",
                        date(c.fields.on),
                        c.fields.progress,
                        private_mark(c.fields.visibility)
                    ),
                    &c.fields.note,
                    level,
                )
            })
            .collect();
        if !check_ins.is_empty() {
            md.para(&format!("**{}**", tr("export-heading-check-ins", &[])));
            md.list(&check_ins);
        }
    }

    /// One session at heading level `level`. `alone` when the file is about this session.
    fn session(&self, md: &mut Md, s: &Session, level: usize, alone: bool) {
        let f = &s.fields;
        let partnership = f.partnership_id;
        let partner = self.partner_name(partnership);
        if alone {
            md.heading(level, &plain(&f.title));
        } else {
            md.heading(level, &plain(&session_heading(s)));
        }
        let mut details = Vec::new();
        if alone {
            let name = plain(&partner);
            let name = match &self.links {
                Some(links) => format!("[{name}]({})", link_target(links.index)),
                None => name,
            };
            details.push(label(
                "export-label-partnership",
                &tr(
                    "export-partnership-pair",
                    &[
                        ("me", (&plain(&self.me())).into()),
                        ("partner", (&name).into()),
                    ],
                ),
            ));
        }
        details.push(label(
            "export-label-when",
            &format!(
                "{} · {}",
                f.starts_at.format("%Y-%m-%d %H:%M (%:z)"),
                tr("export-minutes", &[("count", f.duration_minutes.into())])
            ),
        ));
        if !f.place.trim().is_empty() {
            details.push(label("export-label-where", &plain(&f.place)));
        }
        details.push(label(
            "export-label-status",
            &tr(session_status(f.status), &[]),
        ));
        md.list(&details);

        let sub = level + 1;
        let held = f.status == SessionStatus::Held;
        let agenda: Vec<&AgendaItem> = self.agenda_of(s.id).collect();
        if !agenda.is_empty() || f.status == SessionStatus::Planned {
            md.heading(sub, &tr("export-heading-agenda", &[]));
        }
        if agenda.is_empty() {
            if f.status == SessionStatus::Planned {
                md.para(&format!("*{}*", tr("export-agenda-empty", &[])));
            }
        } else {
            let items: Vec<String> = agenda
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let meta = self.agenda_meta(item, partnership);
                    if held {
                        let mark = if item.fields.covered { "[x] " } else { "[ ] " };
                        item_text_first("- ", mark, &item.fields.text, &meta)
                    } else {
                        item_text_first(&format!("{}. ", i + 1), "", &item.fields.text, &meta)
                    }
                })
                .collect();
            md.list(&items);
            let planned: u32 = agenda.iter().filter_map(|i| i.fields.minutes).sum();
            let duration = f.duration_minutes;
            let minutes = [("planned", planned.into()), ("duration", duration.into())];
            let mut said = match planned.cmp(&duration) {
                std::cmp::Ordering::Less => tr(
                    "export-agenda-time-boxed-free",
                    &[
                        minutes[0],
                        minutes[1],
                        ("free", (duration - planned).into()),
                    ],
                ),
                std::cmp::Ordering::Equal => tr("export-agenda-time-boxed", &minutes),
                std::cmp::Ordering::Greater => tr(
                    "export-agenda-time-boxed-over",
                    &[
                        minutes[0],
                        minutes[1],
                        ("over", (planned - duration).into()),
                    ],
                ),
            };
            if held {
                let covered = agenda.iter().filter(|i| i.fields.covered).count();
                said.push(' ');
                said.push_str(&tr(
                    "export-agenda-covered",
                    &[("covered", covered.into()), ("count", agenda.len().into())],
                ));
            }
            md.para(&said);
        }

        let agreed: Vec<&ActionItem> = Self::of(&self.actions_by_session, &s.id);
        if f.status == SessionStatus::Planned {
            let open: Vec<String> = Self::of(&self.open_actions_by_partnership, &partnership)
                .into_iter()
                .filter(|a| a.fields.session_id != Some(s.id))
                .map(|a| self.action(a, true))
                .collect();
            md.titled_list(sub, &tr("export-heading-open-action-items", &[]), &open);
        }

        if !f.shared_notes.trim().is_empty() {
            md.heading(sub, &tr("export-heading-shared-notes", &[]));
            md.block(&f.shared_notes, sub);
        }
        if !f.private_notes.trim().is_empty() {
            md.heading(sub, &tr("export-heading-private-notes", &[]));
            md.block(&f.private_notes, sub);
        }
        let items: Vec<String> = agreed.iter().map(|a| self.action(a, false)).collect();
        md.titled_list(sub, &tr("export-heading-actions-agreed", &[]), &items);
        let items: Vec<String> = Self::of(&self.feedback_by_session, &s.id)
            .into_iter()
            .map(|fb| self.feedback(fb, sub, true))
            .collect();
        md.titled_list(sub, &tr("export-heading-feedback", &[]), &items);
        let items: Vec<String> = Self::of(&self.learnings_by_session, &s.id)
            .into_iter()
            .map(|l| self.learning(l, sub, true))
            .collect();
        md.titled_list(sub, &tr("export-heading-learnings", &[]), &items);
    }

    /// ` — 10 min · Priya Raman · carried over from 2026-02-24 · goal: …`
    fn agenda_meta(&self, item: &AgendaItem, partnership: PartnershipId) -> String {
        let f = &item.fields;
        let mut parts = Vec::new();
        if let Some(minutes) = f.minutes {
            parts.push(tr("export-minutes-short", &[("count", minutes.into())]));
        }
        parts.push(plain(&self.person(f.owner, Some(partnership))));
        if let Some(origin) = f.carried_from {
            let from = self
                .agenda
                .get(&origin)
                .and_then(|o| self.sessions.get(&o.fields.session_id));
            parts.push(match from {
                Some(session) => tr(
                    "export-carried-over-from",
                    &[(
                        "date",
                        (&session.fields.starts_at.format("%Y-%m-%d").to_string()).into(),
                    )],
                ),
                None => tr("export-carried-over", &[]),
            });
        }
        if let Some(goal) = f.goal_id.and_then(|g| self.goals.get(&g)) {
            parts.push(tr(
                "export-agenda-goal",
                &[("goal", (&plain(&goal.fields.title)).into())],
            ));
        }
        if f.visibility == Visibility::Private {
            parts.push(tr("export-private", &[]));
        }
        format!(" — *{}*", parts.join(" · "))
    }

    /// An action item as a task: checked when done.
    fn action(&self, a: &ActionItem, with_origin: bool) -> String {
        let f = &a.fields;
        let mut parts = vec![plain(&self.person(f.owner, Some(f.partnership_id)))];
        if let Some(due) = f.due_on {
            parts.push(tr("export-action-due", &[("date", (&date(due)).into())]));
        }
        if let Some(done) = f.done_at {
            let done = done.format("%Y-%m-%d").to_string();
            parts.push(tr("export-action-done", &[("date", (&done).into())]));
        }
        if with_origin && let Some(session) = f.session_id.and_then(|s| self.sessions.get(&s)) {
            parts.push(tr(
                "export-action-from",
                &[("session", (&plain(&session_heading(session))).into())],
            ));
        }
        if f.visibility == Visibility::Private {
            parts.push(tr("export-private", &[]));
        }
        let mark = if f.done_at.is_some() { "[x] " } else { "[ ] " };
        item_text_first("- ", mark, &f.text, &format!(" — *{}*", parts.join(" · ")))
    }

    /// The last parts of a learning's or feedback entry's meta line: the session it came from
    /// (unless it is listed under that session), and a mark when it is private.
    fn session_and_privacy(
        &self,
        meta: &mut Vec<String>,
        session_id: Option<SessionId>,
        under_session: bool,
        visibility: Visibility,
    ) {
        if let Some(session) = session_id
            .filter(|_| !under_session)
            .and_then(|s| self.sessions.get(&s))
        {
            meta.push(tr(
                "export-entry-session",
                &[("session", (&plain(&session_heading(session))).into())],
            ));
        }
        if visibility == Visibility::Private {
            meta.push(format!("*{}*", tr("export-private", &[])));
        }
    }

    /// A learning as a list item; `under_session` when it is listed under its own session.
    fn learning(&self, l: &Learning, section: usize, under_session: bool) -> String {
        let f = &l.fields;
        let mut meta = vec![format!("**{}**", date(f.on))];
        if f.author == Party::Partner {
            meta.push(tr(
                "export-entry-from",
                &[(
                    "name",
                    (&plain(&self.person(Party::Partner, f.partnership_id))).into(),
                )],
            ));
        }
        if let Some(skill) = f.skill_id.and_then(|k| self.skills.get(&k)) {
            meta.push(tr(
                "export-learning-skill",
                &[("skill", (&plain(&skill.fields.name)).into())],
            ));
        }
        self.session_and_privacy(&mut meta, f.session_id, under_session, f.visibility);
        item_with_text("- ", meta.join(" · "), &f.text, section)
    }

    /// A feedback entry as a list item; `under_session` when it is listed under its own session.
    fn feedback(&self, fb: &Feedback, section: usize, under_session: bool) -> String {
        let f = &fb.fields;
        let mut meta = vec![
            format!("**{}**", date(f.on)),
            tr(
                "export-entry-from",
                &[(
                    "name",
                    (&plain(&self.person(f.author, Some(f.partnership_id)))).into(),
                )],
            ),
        ];
        if let Some(rating) = f.rating {
            meta.push(tr(
                "export-feedback-rating",
                &[("rating", (&rating.to_string()).into())],
            ));
        }
        self.session_and_privacy(&mut meta, f.session_id, under_session, f.visibility);
        let mut blocks = Vec::new();
        for (label, text) in [
            (tr("export-feedback-went-well", &[]), &f.went_well),
            (tr("export-feedback-to-improve", &[]), &f.to_improve),
        ] {
            let text = normalize_newlines(text);
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            // One line reads best after its label; anything longer goes below it.
            if text.contains(['\n', '\u{85}', '\u{2028}', '\u{2029}']) {
                blocks.push(format!("**{label}:**"));
                blocks.extend(markdown_block(text, section));
            } else {
                blocks.push(format!("**{label}:** {text}"));
            }
        }
        list_item("- ", &[meta.join(" · ")], &blocks)
    }

    fn skill(&self, md: &mut Md, skill: &Skill, level: usize) {
        let f = &skill.fields;
        md.heading(level, &plain(&f.name));
        let me = plain(&self.me());
        let mut details = Vec::new();
        if !f.category.trim().is_empty() {
            details.push(label("export-label-category", &plain(&f.category)));
        }
        let direction = match f.direction {
            Direction::Learn => "export-skill-learns",
            Direction::Teach => "export-skill-teaches",
        };
        details.push(label(
            "export-label-direction",
            &tr(direction, &[("me", (&me).into())]),
        ));
        if f.visibility == Visibility::Private {
            details.push(label("export-label-visibility", &tr("export-private", &[])));
        }
        let ratings: Vec<&SkillRating> = Self::of(&self.ratings_by_skill, &skill.id);
        for rater in [Party::Me, Party::Partner] {
            let by: Vec<&&SkillRating> =
                ratings.iter().filter(|r| r.fields.rater == rater).collect();
            let (Some(first), Some(last)) = (by.first(), by.last()) else {
                continue;
            };
            let name = plain(&self.person(rater, f.partnership_id));
            let rated_by = tr("export-label-rated-by", &[("name", (&name).into())]);
            let rating = if by.len() == 1 {
                format!("{} ({})", first.fields.level, date(first.fields.on))
            } else {
                let change = i16::from(last.fields.level) - i16::from(first.fields.level);
                tr(
                    "export-rating-change",
                    &[
                        ("first", (&first.fields.level.to_string()).into()),
                        ("last", (&last.fields.level.to_string()).into()),
                        ("change", (&format!("{change:+}")).into()),
                        ("from", (&date(first.fields.on)).into()),
                        ("to", (&date(last.fields.on)).into()),
                        ("count", by.len().into()),
                    ],
                )
            };
            details.push(format!("- **{rated_by}:** {rating}"));
        }
        md.list(&details);
        let items: Vec<String> = ratings
            .iter()
            .map(|r| {
                item_with_text(
                    "- ",
                    format!(
                        "**{}** · {} · {}/5{}",
                        date(r.fields.on),
                        plain(&self.person(r.fields.rater, f.partnership_id)),
                        r.fields.level,
                        private_mark(r.fields.visibility)
                    ),
                    &r.fields.note,
                    level,
                )
            })
            .collect();
        if !items.is_empty() {
            md.para(&format!("**{}**", tr("export-heading-ratings", &[])));
            md.list(&items);
        }
    }
}

/// ` · *private*` after the meta line of a private record (in an export for oneself).
fn private_mark(visibility: Visibility) -> String {
    match visibility {
        Visibility::Private => format!(" · *{}*", tr("export-private", &[])),
        Visibility::Shared => String::new(),
    }
}

/// `- **Status:** held`: a detail line, its label (the message `id`) in bold.
fn label(id: &str, value: &str) -> String {
    format!("- **{}:** {value}", tr(id, &[]))
}

fn partnership_status(status: PartnershipStatus) -> &'static str {
    match status {
        PartnershipStatus::Active => "export-status-active",
        PartnershipStatus::Paused => "export-status-paused",
        PartnershipStatus::Completed => "export-status-completed",
    }
}

fn goal_status(status: GoalStatus) -> &'static str {
    match status {
        GoalStatus::Open => "export-status-open",
        GoalStatus::InProgress => "export-status-in-progress",
        GoalStatus::Achieved => "export-status-achieved",
        GoalStatus::Dropped => "export-status-dropped",
    }
}

fn session_status(status: SessionStatus) -> &'static str {
    match status {
        SessionStatus::Planned => "export-status-planned",
        SessionStatus::Held => "export-status-held",
        SessionStatus::Cancelled => "export-status-cancelled",
    }
}

/// `2026-03-09 · Prompting for finance`: a session's heading among others.
fn session_heading(s: &Session) -> String {
    format!(
        "{} · {}",
        s.fields.starts_at.format("%Y-%m-%d"),
        s.fields.title.trim()
    )
}

fn missing(what: &str) -> Document<'static> {
    let mut md = Md::default();
    md.heading(1, what);
    md.para(&format!("*{}*", tr("export-not-in-export", &[])));
    Document {
        about: About::Missing,
        title: what.to_owned(),
        chunks: vec![md.take()],
    }
}
