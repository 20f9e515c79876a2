//! One synthetic partnership, written from a seeded random source: its records, and text of
//! realistic length and shape drawn from the vocabulary in `words`.

use super::words::*;
use super::{PHRASE_EVERY, Plan};
use crate::db::WriteTx;
use crate::error::Result;
use crate::model::{
    ActionItemFields, AgendaItemFields, AgendaItemId, Cadence, CadenceUnit, Direction,
    FeedbackFields, GoalCheckInFields, GoalFields, GoalId, GoalStatus, LearningFields,
    PartnershipFields, PartnershipStatus, Party, SessionFields, SessionId, SessionStatus,
    SkillFields, SkillId, SkillRatingFields, Visibility,
};
use crate::sample::{Counts, local_at, shift, utc_at};
use Direction::{Learn, Teach};
use Party::{Me, Partner};
use Visibility::{Private, Shared};
use chrono::{FixedOffset, NaiveDate, Offset, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// What one partnership's text talks about.
struct Voice {
    partner: &'static str,
    learn: Vec<&'static str>,
    teach: Vec<&'static str>,
}

pub(super) struct Synth {
    rng: ChaCha8Rng,
    /// Text records written so far that may carry [`PHRASE`](super::PHRASE).
    texts: u32,
}

/// The sessions of a synthetic partnership span at most this many days...
const MAX_SPAN_DAYS: i64 = 3_500;
/// ...and start at most this many days before today.
pub(super) const TEN_YEARS_DAYS: i64 = 3_650;

impl Synth {
    /// A source that gives the same journal for the same `seed`.
    pub(super) fn seeded(seed: u64) -> Self {
        Self {
            rng: ChaCha8Rng::seed_from_u64(seed),
            texts: 0,
        }
    }

    fn below(&mut self, n: usize) -> usize {
        self.rng.random_range(0..n.max(1))
    }

    fn chance(&mut self, p: f64) -> bool {
        self.rng.random_bool(p)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    fn party(&mut self) -> Party {
        if self.chance(0.5) { Me } else { Partner }
    }

    fn visibility(&mut self, private: f64) -> Visibility {
        if self.chance(private) {
            Private
        } else {
            Shared
        }
    }

    fn date_in(&mut self, from: NaiveDate, to: NaiveDate) -> NaiveDate {
        let days = (to - from).num_days().max(0);
        shift(from, self.rng.random_range(0..=days))
    }

    /// `n` dates in `from..=to`, oldest first.
    fn dates_in(&mut self, n: u32, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        let mut dates: Vec<NaiveDate> = (0..n).map(|_| self.date_in(from, to)).collect();
        dates.sort_unstable();
        dates
    }

    /// `total` items dropped into `buckets` at random.
    fn spread(&mut self, total: u32, buckets: usize) -> Vec<u32> {
        let mut counts = vec![0; buckets];
        if buckets > 0 {
            for _ in 0..total {
                counts[self.below(buckets)] += 1;
            }
        }
        counts
    }

    /// `n` distinct indices below `len`, in random order.
    fn distinct(&mut self, len: usize, n: usize) -> Vec<usize> {
        let mut order: Vec<usize> = (0..len).collect();
        let n = n.min(len);
        for i in 0..n {
            let j = self.rng.random_range(i..len);
            order.swap(i, j);
        }
        order.truncate(n);
        order
    }

    /// Whether the next text record carries [`PHRASE`](super::PHRASE).
    fn phrase_due(&mut self) -> bool {
        self.texts += 1;
        self.texts % PHRASE_EVERY == PHRASE_EVERY / 2
    }

    /// `template` with `{p}` (the partner), `{d}`/`{D}` (a topic I learn), `{b}`/`{B}` (a topic I
    /// teach; capitals start the sentence) and `{n}` (a small number) filled in.
    fn fill(&mut self, template: &str, voice: &Voice) -> String {
        let mut out = String::with_capacity(template.len() + 40);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            match rest[open + 1..].chars().next() {
                Some('p') => out.push_str(voice.partner),
                Some('d') => out.push_str(self.pick(&voice.learn)),
                Some('D') => out.push_str(&capitalised(self.pick(&voice.learn))),
                Some('b') => out.push_str(self.pick(&voice.teach)),
                Some('B') => out.push_str(&capitalised(self.pick(&voice.teach))),
                Some('n') => out.push_str(&self.rng.random_range(2..=40u32).to_string()),
                _ => {}
            }
            rest = rest.get(open + 3..).unwrap_or("");
        }
        out.push_str(rest);
        out
    }

    fn say(&mut self, templates: &[&str], voice: &Voice) -> String {
        let template = self.pick(templates);
        self.fill(template, voice)
    }

    fn paragraph(&mut self, voice: &Voice, min: u32, max: u32) -> String {
        let sentences = self.rng.random_range(min..=max);
        let mut out = String::new();
        for i in 0..sentences {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&self.say(SENTENCES, voice));
        }
        out
    }

    fn bullets(&mut self, voice: &Voice, min: u32, max: u32) -> String {
        let mut out = String::new();
        for _ in 0..self.rng.random_range(min..=max) {
            out.push_str("- ");
            out.push_str(&self.say(SENTENCES, voice));
            out.push('\n');
        }
        out
    }

    fn short_notes(&mut self, voice: &Voice) -> String {
        let mut out = self.paragraph(voice, 2, 4);
        if self.chance(0.5) {
            out.push_str("\n\n");
            out.push_str(&self.bullets(voice, 2, 4));
        }
        if self.chance(0.4) {
            out.push_str("\n\n**Next:** ");
            out.push_str(&self.say(SENTENCES, voice));
        }
        out
    }

    /// Notes of a few kilobytes with headings, lists, a table and links.
    fn long_notes(&mut self, voice: &Voice) -> String {
        let target = self.rng.random_range(2_000..=8_000_usize);
        let mut out = String::with_capacity(target + 1_000);
        out.push_str("## Summary\n\n");
        out.push_str(&self.paragraph(voice, 3, 5));
        out.push_str("\n\n## What we covered\n\n");
        out.push_str(&self.bullets(voice, 4, 7));
        out.push_str("\n## Decisions\n\n| Topic | Decision | Owner |\n|---|---|---|\n");
        for _ in 0..self.rng.random_range(3..=6) {
            let topic = if self.chance(0.5) {
                self.pick(&voice.learn)
            } else {
                self.pick(&voice.teach)
            };
            let decision = self.say(DECISIONS, voice);
            let owner = if self.chance(0.5) {
                "me"
            } else {
                voice.partner
            };
            out.push_str(&format!(
                "| {} | {decision} | {owner} |\n",
                capitalised(topic)
            ));
        }
        let learn = self.pick(&voice.learn);
        let teach = self.pick(&voice.teach);
        out.push_str(&format!(
            "\n## Links\n\n- [Getting started with {learn}](https://intranet.example.com/guides/{})\n\
             - [Notes on {teach}](https://intranet.example.com/finance/{})\n\n## Notes\n\n",
            slug(learn),
            slug(teach)
        ));
        while out.len() < target {
            out.push_str(&self.paragraph(voice, 3, 6));
            out.push_str("\n\n");
        }
        out.truncate(out.trim_end().len());
        out
    }

    /// Writes one partnership and everything in it.
    pub(super) fn partnership(
        &mut self,
        tx: &WriteTx<'_>,
        plan: &Plan,
        rare: &[u32],
        today: NaiveDate,
    ) -> Result<Counts> {
        let mut counts = Counts::default();
        let first_name = self.pick(FIRST_NAMES);
        let last_name = self.pick(LAST_NAMES);
        let learn: Vec<Topic> = self
            .distinct(DIGITAL.len(), 3)
            .into_iter()
            .map(|i| DIGITAL[i])
            .collect();
        let teach: Vec<Topic> = self
            .distinct(BUSINESS.len(), 3)
            .into_iter()
            .map(|i| BUSINESS[i])
            .collect();
        let voice = Voice {
            partner: first_name,
            learn: learn.iter().map(|t| t.0).collect(),
            teach: teach.iter().map(|t| t.0).collect(),
        };

        // When: one session every `step` days, the first at most ten years ago, perhaps the
        // last ones still to come.
        let n = i64::from(plan.sessions);
        let mut step = self.pick(&[7_i64, 14, 14, 21, 28]);
        if n * step > MAX_SPAN_DAYS {
            step = (MAX_SPAN_DAYS / n).max(1);
        }
        // More sessions than days (a long-lived partnership): several on some days.
        let day = |j: i64| {
            if n > MAX_SPAN_DAYS {
                j * MAX_SPAN_DAYS / n
            } else {
                j * step
            }
        };
        let span = day((n - 1).max(0));
        let earliest_back = (span - 2 * step).max(0);
        let back = self
            .rng
            .random_range(earliest_back..=TEN_YEARS_DAYS.max(earliest_back));
        let start = shift(today, -back);
        let mut dates = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
        for j in 0..n {
            let jitter = if j > 0 && step >= 7 {
                self.rng.random_range(-2..=2)
            } else {
                0
            };
            dates.push(shift(start, day(j) + jitter));
        }
        let last_date = dates.last().copied().unwrap_or(start);
        let until = shift(last_date, 14).min(today).max(start);
        let cadence = if step % 7 == 0 {
            Cadence {
                every: u32::try_from(step / 7).unwrap_or(1),
                unit: CadenceUnit::Week,
            }
        } else {
            Cadence {
                every: u32::try_from(step).unwrap_or(1),
                unit: CadenceUnit::Day,
            }
        };
        let status = if last_date >= shift(today, -60) {
            PartnershipStatus::Active
        } else if self.chance(0.25) {
            PartnershipStatus::Paused
        } else {
            PartnershipStatus::Completed
        };
        let offset_seconds = self.pick(&[0, 0, 3_600, 3_600, 7_200, -18_000, 19_800, 36_000]);
        let offset = FixedOffset::east_opt(offset_seconds).unwrap_or(Utc.fix());
        let role = self.pick(ROLES);
        let agreement = self.agreement(&voice, cadence);
        let partnership = tx
            .create(PartnershipFields {
                partner_name: format!("{first_name} {last_name}"),
                partner_role: role.to_owned(),
                i_learn: voice.learn.iter().map(|t| capitalised(t)).collect(),
                i_teach: voice.teach.iter().map(|t| capitalised(t)).collect(),
                status,
                started_on: start,
                ends_on: (status == PartnershipStatus::Completed).then(|| shift(last_date, 7)),
                cadence: Some(cadence),
                agreement,
                agreement_revisit_on: Some(shift(start, 180)),
            })?
            .id;
        counts.partnerships += 1;

        let mut goals: Vec<(GoalId, GoalStatus, Visibility)> = Vec::new();
        for g in 0..plan.goals {
            let direction = if g % 2 == 0 { Learn } else { Teach };
            let title = self.say(
                if direction == Learn {
                    LEARN_GOALS
                } else {
                    TEACH_GOALS
                },
                &voice,
            );
            let description = self.paragraph(&voice, 2, 3);
            let criteria = format!(
                "- {}\n- {}",
                self.say(SENTENCES, &voice),
                self.say(SENTENCES, &voice)
            );
            let target = self.date_in(start, until);
            let target_on = Some(shift(target, self.rng.random_range(30..=180)));
            let goal_status = self.pick(GOAL_STATUSES);
            let visibility = self.visibility(0.15);
            let goal = tx.create(GoalFields {
                partnership_id: partnership,
                title,
                description,
                direction,
                success_criteria: criteria,
                target_on,
                status: goal_status,
                progress: 0,
                visibility,
            })?;
            counts.goals += 1;
            goals.push((goal.id, goal_status, visibility));
        }
        let per_goal = self.spread(plan.check_ins, goals.len());
        for (&(goal, goal_status, goal_visibility), k) in goals.iter().zip(per_goal) {
            let dates = self.dates_in(k, start, until);
            let mut progress: Vec<u8> = (0..k).map(|_| self.rng.random_range(0..=100)).collect();
            progress.sort_unstable();
            if goal_status == GoalStatus::Achieved
                && let Some(last) = progress.last_mut()
            {
                *last = 100;
            }
            for (on, progress) in dates.into_iter().zip(progress) {
                let note = self.say(SENTENCES, &voice);
                tx.create(GoalCheckInFields {
                    goal_id: goal,
                    on,
                    progress,
                    note,
                    visibility: goal_visibility,
                })?;
                counts.check_ins += 1;
            }
        }

        let topics = DIGITAL.len() + BUSINESS.len();
        let order = self.distinct(topics, topics);
        let mut skills: Vec<SkillId> = Vec::new();
        for k in 0..usize::try_from(plan.skills).unwrap_or(0) {
            let index = order[k % topics];
            let ((name, category), direction) = match DIGITAL.get(index) {
                Some(topic) => (*topic, Learn),
                None => (BUSINESS[index - DIGITAL.len()], Teach),
            };
            let name = match k / topics {
                0 => capitalised(name),
                round => format!("{} ({})", capitalised(name), round + 1),
            };
            let skill = tx
                .create(SkillFields {
                    partnership_id: Some(partnership),
                    name,
                    category: category.to_owned(),
                    direction,
                    visibility: Shared,
                })?
                .id;
            counts.skills += 1;
            let mut levels = [
                self.rng.random_range(1..=2_u8),
                self.rng.random_range(1..=2),
            ];
            for (r, on) in self
                .dates_in(plan.ratings_per_skill, start, until)
                .into_iter()
                .enumerate()
            {
                let rater = r % 2;
                if r >= 2 && self.chance(0.6) {
                    levels[rater] = (levels[rater] + 1).min(5);
                }
                let note = if self.chance(0.7) {
                    self.say(SENTENCES, &voice)
                } else {
                    String::new()
                };
                tx.create(SkillRatingFields {
                    skill_id: skill,
                    on,
                    level: levels[rater],
                    rater: if rater == 0 { Me } else { Partner },
                    note,
                    // A self-rating is the owner's own view of themselves.
                    visibility: if rater == 0 { Private } else { Shared },
                })?;
                counts.skill_ratings += 1;
            }
            skills.push(skill);
        }

        let per_session = self.spread(plan.agenda_items, dates.len());
        let mut sessions: Vec<(SessionId, NaiveDate, SessionStatus)> = Vec::new();
        let mut uncovered: Vec<(AgendaItemId, AgendaItemFields)> = Vec::new();
        for (&on, items) in dates.iter().zip(per_session) {
            let status = if on > today {
                SessionStatus::Planned
            } else if self.chance(0.07) {
                SessionStatus::Cancelled
            } else {
                SessionStatus::Held
            };
            let (shared_notes, private_notes) = match status {
                SessionStatus::Held => {
                    let mut shared = if self.chance(0.1) {
                        self.long_notes(&voice)
                    } else {
                        self.short_notes(&voice)
                    };
                    if self.phrase_due() {
                        shared.push_str("\n\n");
                        shared.push_str(&self.fill(PHRASE_SENTENCE, &voice));
                    }
                    let private = if self.chance(0.3) {
                        self.say(PRIVATE, &voice)
                    } else {
                        String::new()
                    };
                    (shared, private)
                }
                SessionStatus::Cancelled => (
                    format!("Cancelled. {}", self.say(CANCELLED, &voice)),
                    String::new(),
                ),
                SessionStatus::Planned => (String::new(), String::new()),
            };
            let title = self.say(SESSION_TITLES, &voice);
            let hour = self.rng.random_range(8..=17);
            let minute = self.pick(&[0, 15, 30, 45]);
            let session = tx
                .create(SessionFields {
                    partnership_id: partnership,
                    starts_at: local_at(on, hour, minute, offset),
                    duration_minutes: self.pick(&[30, 45, 45, 60, 60, 90]),
                    status,
                    title,
                    place: self.pick(PLACES).to_owned(),
                    shared_notes,
                    private_notes,
                })?
                .id;
            counts.sessions += 1;

            let carried = std::mem::take(&mut uncovered);
            for position in 0..items {
                let covered = status == SessionStatus::Held && self.chance(0.8);
                let fields = match carried.get(usize::try_from(position).unwrap_or(usize::MAX)) {
                    Some((origin, earlier)) => AgendaItemFields {
                        session_id: session,
                        position,
                        covered,
                        carried_from: Some(*origin),
                        ..earlier.clone()
                    },
                    None => {
                        let goal_id = if !goals.is_empty() && self.chance(0.3) {
                            Some(self.pick(&goals).0)
                        } else {
                            None
                        };
                        AgendaItemFields {
                            session_id: session,
                            position,
                            text: self.say(AGENDA, &voice),
                            minutes: Some(self.pick(&[5, 10, 10, 15, 15, 20, 30])),
                            owner: self.party(),
                            covered,
                            carried_from: None,
                            goal_id,
                            visibility: Shared,
                        }
                    }
                };
                let item = tx.create(fields)?;
                counts.agenda_items += 1;
                if !item.fields.covered {
                    uncovered.push((item.id, item.fields));
                }
            }
            sessions.push((session, on, status));
        }

        for _ in 0..plan.action_items {
            let origin = if !sessions.is_empty() && self.chance(0.85) {
                Some(self.pick(&sessions))
            } else {
                None
            };
            let agreed_on = match origin {
                Some((_, on, _)) => on,
                None => self.date_in(start, until),
            };
            let due = shift(agreed_on, self.rng.random_range(7..=28));
            let done = if agreed_on > today {
                false
            } else if due <= shift(today, -14) {
                self.chance(0.92)
            } else if due < today {
                self.chance(0.5)
            } else {
                self.chance(0.2)
            };
            let done_at = if done {
                let on = shift(due, -self.rng.random_range(0..=7))
                    .max(agreed_on)
                    .min(today);
                Some(utc_at(on, 17, 0))
            } else {
                None
            };
            let text = self.say(ACTIONS, &voice);
            tx.create(ActionItemFields {
                partnership_id: partnership,
                session_id: origin.map(|s| s.0),
                text,
                owner: self.party(),
                due_on: Some(due),
                done_at,
                visibility: Shared,
            })?;
            counts.action_items += 1;
        }

        let held: Vec<(SessionId, NaiveDate)> = sessions
            .iter()
            .filter(|s| s.2 == SessionStatus::Held)
            .map(|s| (s.0, s.1))
            .collect();
        for l in 0..plan.learnings {
            let session = if !held.is_empty() && self.chance(0.6) {
                Some(self.pick(&held))
            } else {
                None
            };
            let on = match session {
                Some((_, on)) => shift(on, self.rng.random_range(0..=3)).min(today),
                None => self.date_in(start, until),
            };
            let skill_id = if !skills.is_empty() && self.chance(0.4) {
                Some(self.pick(&skills))
            } else {
                None
            };
            let mut text = self.paragraph(&voice, 1, 3);
            if self.chance(0.25) {
                text.push_str("\n\n");
                text.push_str(self.bullets(&voice, 2, 3).trim_end());
            }
            if self.phrase_due() {
                text.push_str("\n\n");
                text.push_str(&self.fill(PHRASE_SENTENCE, &voice));
            }
            if rare.contains(&(plan.first_learning + l)) {
                text.push_str("\n\n");
                text.push_str(&self.fill(RARE_SENTENCE, &voice));
            }
            let visibility = self.visibility(0.35);
            tx.create(LearningFields {
                partnership_id: Some(partnership),
                on,
                text,
                skill_id,
                session_id: session.map(|s| s.0),
                visibility,
                author: Me,
            })?;
            counts.learnings += 1;
        }

        for _ in 0..plan.feedback {
            let session = if !held.is_empty() && self.chance(0.7) {
                Some(self.pick(&held))
            } else {
                None
            };
            let on = match session {
                Some((_, on)) => shift(on, self.rng.random_range(0..=2)).min(today),
                None => self.date_in(start, until),
            };
            let rating = if self.chance(0.85) {
                Some(self.pick(&[2, 3, 3, 4, 4, 4, 5, 5, 5]))
            } else {
                None
            };
            let mut went_well = self.say(WENT_WELL, &voice);
            if self.chance(0.5) {
                went_well.push(' ');
                went_well.push_str(&self.say(SENTENCES, &voice));
            }
            if self.phrase_due() {
                went_well.push(' ');
                went_well.push_str(&self.fill(PHRASE_SENTENCE, &voice));
            }
            let to_improve = if self.chance(0.55) {
                self.say(TO_IMPROVE, &voice)
            } else {
                String::new()
            };
            let author = self.party();
            let visibility = self.visibility(0.2);
            tx.create(FeedbackFields {
                partnership_id: partnership,
                session_id: session.map(|s| s.0),
                author,
                on,
                rating,
                went_well,
                to_improve,
                visibility,
            })?;
            counts.feedback += 1;
        }
        Ok(counts)
    }

    fn agreement(&mut self, voice: &Voice, cadence: Cadence) -> String {
        let every = match (cadence.every, cadence.unit) {
            (1, CadenceUnit::Week) => "every week".to_owned(),
            (1, CadenceUnit::Day) => "every day".to_owned(),
            (n, CadenceUnit::Week) => format!("every {n} weeks"),
            (n, unit) => format!("every {n} {unit}s"),
        };
        let p = voice.partner;
        let [d1, d2, ..] = voice.learn[..] else {
            return String::new();
        };
        let [b1, b2, ..] = voice.teach[..] else {
            return String::new();
        };
        format!(
            "## Why we are doing this\n\n{p} helps me with {d1} and {d2}; I help {p} with {b1} \
             and {b2}.\n\n## Ground rules\n\n- We meet {every}, for about 45 minutes.\n- {p} \
             leads the first half of each session, I lead the second.\n- No question is too \
             basic, in either direction.\n- Anything we don't cover carries over to next \
             time.\n\n## Confidentiality\n\n- What we discuss stays between us unless we both \
             agree to share it.\n- My private notes stay on my machine.\n\n## Boundaries\n\n- \
             This is not a performance conversation, and nothing here goes into {p}'s review.\n\
             - Either of us can end the partnership at any time, no reasons needed.\n"
        )
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn slug(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            ' ' => Some('-'),
            _ => None,
        })
        .collect()
}
