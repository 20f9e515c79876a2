//! The documents: the export set indexed for rendering (trash left out), and the layout of the
//! journal, a partnership and a session.

use super::escape::{
    item_text_first, item_with_text, list_item, markdown_block, normalize_newlines, plain,
};
use super::writer::{Md, date, humane, link_target, plural};
use super::{About, Document};
use crate::export::{ExportSet, Scope};
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
            "Me".to_owned()
        } else {
            name.to_owned()
        }
    }

    fn partner_name(&self, partnership: PartnershipId) -> String {
        self.partnerships
            .get(&partnership)
            .map(|p| p.fields.partner_name.trim())
            .filter(|name| !name.is_empty())
            .unwrap_or("Partner")
            .to_owned()
    }

    /// The partner's name as stored, for the front matter (trimmed only to find it empty).
    pub(super) fn stored_partner_name(&self, partnership: PartnershipId) -> String {
        self.partnerships
            .get(&partnership)
            .map(|p| p.fields.partner_name.as_str())
            .filter(|name| !name.trim().is_empty())
            .unwrap_or("Partner")
            .to_owned()
    }

    fn person(&self, party: Party, partnership: Option<PartnershipId>) -> String {
        match (party, partnership) {
            (Party::Me, _) => self.me(),
            (Party::Partner, Some(p)) => self.partner_name(p),
            (Party::Partner, None) => "Partner".to_owned(),
        }
    }

    pub(super) fn journal_title(&self) -> String {
        let name = self.set.profile.my_name.trim();
        if name.is_empty() {
            "Twoway journal".to_owned()
        } else {
            format!("Twoway journal — {name}")
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
                None => missing("Partnership"),
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
                None => missing("Session"),
            },
        }
    }

    fn journal(&self) -> Document<'a> {
        let mut md = Md::default();
        md.heading(1, &plain(&self.journal_title()));
        let profile = &self.set.profile;
        let mut details = Vec::new();
        if !profile.my_name.trim().is_empty() {
            details.push(format!("- **Name:** {}", plain(&profile.my_name)));
        }
        if !profile.my_role.trim().is_empty() {
            details.push(format!("- **Role:** {}", plain(&profile.my_role)));
        }
        let partnerships: Vec<&Partnership> = self
            .set
            .partnerships
            .iter()
            .filter(|p| !p.is_trashed())
            .collect();
        details.push(format!(
            "- **Partnerships:** {}",
            if partnerships.is_empty() {
                "none".to_owned()
            } else {
                partnerships
                    .iter()
                    .map(|p| {
                        format!(
                            "{} ({})",
                            plain(&self.partner_name(p.id)),
                            humane(p.fields.status.as_str())
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            }
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
        md.titled_list(2, "Learnings without a partnership", &items);
        if !skills.is_empty() {
            md.heading(2, "Skills without a partnership");
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
        let mut said = match theirs {
            Some(theirs) => format!(
                "*Adopted by {} on {adopted} and by {} on {}.",
                plain(me),
                plain(partner),
                date(theirs.fields.adopted_on)
            ),
            None => format!("*Adopted by {} on {adopted}.", plain(me)),
        };
        if !crate::store::holds_draft(version, p) {
            said.push_str(" The text above has changed since.");
        }
        said.push('*');
        said
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
            format!("- **Partner:** {}", plain(&partner))
        } else {
            format!("- **Partner:** {}, {}", plain(&partner), plain(role))
        });
        for (verb, topics) in [("learns", &f.i_learn), ("teaches", &f.i_teach)] {
            if topics.is_empty() {
                continue;
            }
            let sub: Vec<String> = topics.iter().map(|t| format!("  - {}", plain(t))).collect();
            details.push(format!("- **{} {verb}:**\n{}", plain(&me), sub.join("\n")));
        }
        details.push(format!("- **Status:** {}", humane(f.status.as_str())));
        details.push(match f.ends_on {
            Some(ends) => format!("- **Dates:** {} to {}", date(f.started_on), date(ends)),
            None => format!("- **Dates:** since {}", date(f.started_on)),
        });
        if let Some(cadence) = f.cadence {
            let unit = cadence.unit.as_str();
            details.push(if cadence.every == 1 {
                format!("- **Cadence:** every {unit}")
            } else {
                format!("- **Cadence:** every {} {unit}s", cadence.every)
            });
        }
        md.list(&details);

        let in_force = crate::store::in_force(p.id, &self.set.agreement_versions);
        let revisit_on = crate::store::revisit_on(p, in_force);
        if !f.agreement.trim().is_empty() || revisit_on.is_some() {
            md.heading(level + 1, "Agreement");
            md.block(&f.agreement, level + 1);
            if let Some(version) = in_force {
                md.para(&self.adoption(p, version, &me, &partner));
            }
            if let Some(revisit) = revisit_on {
                md.para(&format!("*To revisit on {}.*", date(revisit)));
            }
        }

        let goals: Vec<&Goal> = self
            .set
            .goals
            .iter()
            .filter(|g| !g.is_trashed() && g.fields.partnership_id == p.id)
            .collect();
        if !goals.is_empty() {
            md.heading(level + 1, "Goals");
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
                    md.heading(level + 1, "Sessions");
                    let items: Vec<String> = sessions
                        .iter()
                        .map(|s| {
                            let text = plain(&session_heading(s));
                            let status = humane(s.fields.status.as_str());
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
                        md.heading(level + 1, "Sessions");
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
        md.titled_list(level + 1, "Action items", &items);

        let skills: Vec<&Skill> = self
            .set
            .skills
            .iter()
            .filter(|k| !k.is_trashed() && k.fields.partnership_id == Some(p.id))
            .collect();
        if !skills.is_empty() {
            md.heading(level + 1, "Skills");
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
        md.titled_list(level + 1, "Learnings", &items);

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
            md.heading(level + 1, "Feedback");
            for (author, title) in [
                (Party::Me, format!("Given by {}", plain(&me))),
                (Party::Partner, format!("Received from {}", plain(&partner))),
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
        let mut details = vec![match f.direction {
            Direction::Learn => format!("- **Direction:** {me} learns from {}", plain(partner)),
            Direction::Teach => format!("- **Direction:** {me} teaches {}", plain(partner)),
        }];
        details.push(format!("- **Status:** {}", humane(f.status.as_str())));
        details.push(format!("- **Progress:** {}%", f.progress));
        if let Some(target) = f.target_on {
            details.push(format!("- **Target:** {}", date(target)));
        }
        if f.visibility == Visibility::Private {
            details.push("- **Visibility:** private".to_owned());
        }
        md.list(&details);
        md.labelled("Description", &f.description, level);
        md.labelled("Success criteria", &f.success_criteria, level);
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
            md.para("**Check-ins**");
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
            details.push(match &self.links {
                Some(links) => format!(
                    "- **Partnership:** {} and [{name}]({})",
                    plain(&self.me()),
                    link_target(links.index)
                ),
                None => format!("- **Partnership:** {} and {name}", plain(&self.me())),
            });
        }
        details.push(format!(
            "- **When:** {} · {}",
            f.starts_at.format("%Y-%m-%d %H:%M (%:z)"),
            plural(f.duration_minutes, "minute", "minutes")
        ));
        if !f.place.trim().is_empty() {
            details.push(format!("- **Where:** {}", plain(&f.place)));
        }
        details.push(format!("- **Status:** {}", humane(f.status.as_str())));
        md.list(&details);

        let sub = level + 1;
        let held = f.status == SessionStatus::Held;
        let agenda: Vec<&AgendaItem> = self.agenda_of(s.id).collect();
        if !agenda.is_empty() || f.status == SessionStatus::Planned {
            md.heading(sub, "Agenda");
        }
        if agenda.is_empty() {
            if f.status == SessionStatus::Planned {
                md.para("*No agenda items yet.*");
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
            let balance = match planned.cmp(&duration) {
                std::cmp::Ordering::Less => format!(
                    " ({} free)",
                    plural(duration - planned, "minute", "minutes")
                ),
                std::cmp::Ordering::Equal => String::new(),
                std::cmp::Ordering::Greater => format!(
                    " ({} over)",
                    plural(planned - duration, "minute", "minutes")
                ),
            };
            let covered = agenda.iter().filter(|i| i.fields.covered).count();
            let covered = if held {
                format!(" {covered} of {} items covered.", agenda.len())
            } else {
                String::new()
            };
            md.para(&format!(
                "Time-boxed: {planned} of {duration} minutes{balance}.{covered}"
            ));
        }

        let agreed: Vec<&ActionItem> = Self::of(&self.actions_by_session, &s.id);
        if f.status == SessionStatus::Planned {
            let open: Vec<String> = Self::of(&self.open_actions_by_partnership, &partnership)
                .into_iter()
                .filter(|a| a.fields.session_id != Some(s.id))
                .map(|a| self.action(a, true))
                .collect();
            md.titled_list(sub, "Open action items", &open);
        }

        if !f.shared_notes.trim().is_empty() {
            md.heading(sub, "Shared notes");
            md.block(&f.shared_notes, sub);
        }
        if !f.private_notes.trim().is_empty() {
            md.heading(sub, "Private notes");
            md.block(&f.private_notes, sub);
        }
        let items: Vec<String> = agreed.iter().map(|a| self.action(a, false)).collect();
        md.titled_list(sub, "Actions agreed", &items);
        let items: Vec<String> = Self::of(&self.feedback_by_session, &s.id)
            .into_iter()
            .map(|fb| self.feedback(fb, sub, true))
            .collect();
        md.titled_list(sub, "Feedback", &items);
        let items: Vec<String> = Self::of(&self.learnings_by_session, &s.id)
            .into_iter()
            .map(|l| self.learning(l, sub, true))
            .collect();
        md.titled_list(sub, "Learnings", &items);
    }

    /// ` — 10 min · Priya Raman · carried over from 2026-02-24 · goal: …`
    fn agenda_meta(&self, item: &AgendaItem, partnership: PartnershipId) -> String {
        let f = &item.fields;
        let mut parts = Vec::new();
        if let Some(minutes) = f.minutes {
            parts.push(format!("{minutes} min"));
        }
        parts.push(plain(&self.person(f.owner, Some(partnership))));
        if let Some(origin) = f.carried_from {
            let from = self
                .agenda
                .get(&origin)
                .and_then(|o| self.sessions.get(&o.fields.session_id));
            parts.push(match from {
                Some(session) => format!(
                    "carried over from {}",
                    session.fields.starts_at.format("%Y-%m-%d")
                ),
                None => "carried over".to_owned(),
            });
        }
        if let Some(goal) = f.goal_id.and_then(|g| self.goals.get(&g)) {
            parts.push(format!("goal: {}", plain(&goal.fields.title)));
        }
        if f.visibility == Visibility::Private {
            parts.push("private".to_owned());
        }
        format!(" — *{}*", parts.join(" · "))
    }

    /// An action item as a task: checked when done.
    fn action(&self, a: &ActionItem, with_origin: bool) -> String {
        let f = &a.fields;
        let mut parts = vec![plain(&self.person(f.owner, Some(f.partnership_id)))];
        if let Some(due) = f.due_on {
            parts.push(format!("due {}", date(due)));
        }
        if let Some(done) = f.done_at {
            parts.push(format!("done {}", done.format("%Y-%m-%d")));
        }
        if with_origin && let Some(session) = f.session_id.and_then(|s| self.sessions.get(&s)) {
            parts.push(format!("from {}", plain(&session_heading(session))));
        }
        if f.visibility == Visibility::Private {
            parts.push("private".to_owned());
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
            meta.push(format!("session: {}", plain(&session_heading(session))));
        }
        if visibility == Visibility::Private {
            meta.push("*private*".to_owned());
        }
    }

    /// A learning as a list item; `under_session` when it is listed under its own session.
    fn learning(&self, l: &Learning, section: usize, under_session: bool) -> String {
        let f = &l.fields;
        let mut meta = vec![format!("**{}**", date(f.on))];
        if f.author == Party::Partner {
            meta.push(format!(
                "from {}",
                plain(&self.person(Party::Partner, f.partnership_id))
            ));
        }
        if let Some(skill) = f.skill_id.and_then(|k| self.skills.get(&k)) {
            meta.push(format!("skill: {}", plain(&skill.fields.name)));
        }
        self.session_and_privacy(&mut meta, f.session_id, under_session, f.visibility);
        item_with_text("- ", meta.join(" · "), &f.text, section)
    }

    /// A feedback entry as a list item; `under_session` when it is listed under its own session.
    fn feedback(&self, fb: &Feedback, section: usize, under_session: bool) -> String {
        let f = &fb.fields;
        let mut meta = vec![
            format!("**{}**", date(f.on)),
            format!(
                "from {}",
                plain(&self.person(f.author, Some(f.partnership_id)))
            ),
        ];
        if let Some(rating) = f.rating {
            meta.push(format!("rating {rating}/5"));
        }
        self.session_and_privacy(&mut meta, f.session_id, under_session, f.visibility);
        let mut blocks = Vec::new();
        for (label, text) in [("Went well", &f.went_well), ("To improve", &f.to_improve)] {
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
            details.push(format!("- **Category:** {}", plain(&f.category)));
        }
        details.push(match f.direction {
            Direction::Learn => format!("- **Direction:** {me} learns"),
            Direction::Teach => format!("- **Direction:** {me} teaches"),
        });
        if f.visibility == Visibility::Private {
            details.push("- **Visibility:** private".to_owned());
        }
        let ratings: Vec<&SkillRating> = Self::of(&self.ratings_by_skill, &skill.id);
        for rater in [Party::Me, Party::Partner] {
            let by: Vec<&&SkillRating> =
                ratings.iter().filter(|r| r.fields.rater == rater).collect();
            let (Some(first), Some(last)) = (by.first(), by.last()) else {
                continue;
            };
            let name = plain(&self.person(rater, f.partnership_id));
            details.push(if by.len() == 1 {
                format!(
                    "- **Rated by {name}:** {} ({})",
                    first.fields.level,
                    date(first.fields.on)
                )
            } else {
                let change = i16::from(last.fields.level) - i16::from(first.fields.level);
                format!(
                    "- **Rated by {name}:** {} → {} ({change:+}; {} to {}, {} ratings)",
                    first.fields.level,
                    last.fields.level,
                    date(first.fields.on),
                    date(last.fields.on),
                    by.len()
                )
            });
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
            md.para("**Ratings**");
            md.list(&items);
        }
    }
}

/// `2026-03-09 · Prompting for finance`: a session's heading among others.
/// ` · *private*` after the meta line of a private record (in an export for oneself).
fn private_mark(visibility: Visibility) -> &'static str {
    match visibility {
        Visibility::Private => " · *private*",
        Visibility::Shared => "",
    }
}

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
    md.para("*Not in this export.*");
    Document {
        about: About::Missing,
        title: what.to_owned(),
        chunks: vec![md.take()],
    }
}
