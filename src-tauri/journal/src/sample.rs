//! Sample journals, written through the journal's own `create` calls so that everything in them
//! passes the rules a user's input does:
//!
//! - [`fill_demo`]: the demo a first-time user opens with "try with sample data": a finance
//!   director's reverse-mentoring journal with three partnerships (two active, one completed),
//!   every date counted from `today` so it always looks current. It goes into a new, separate
//!   journal file in one transaction, and refuses a journal that already holds records.
//! - [`fill_synthetic`]: a seeded, heavy ten-year journal for benchmarks and scale tests
//!   ([`SyntheticSize::HEAVY`], [`SyntheticSize::SMALL`]). The same seed and `today` give the
//!   same journal, ids apart. Its text uses a realistic vocabulary in which [`COMMON_WORD`] is
//!   everywhere, [`RARE_WORD`] is in [`RARE_WORD_RECORDS`] records and [`PHRASE`] in a moderate
//!   number, so searches for each have meaningful hit counts.

use crate::db::WriteTx;
use crate::error::{Error, Problem, Result};
use crate::journal::Journal;
use crate::model::{
    ActionItemFields, AgendaItemFields, AgendaItemId, Cadence, CadenceUnit, Direction,
    FeedbackFields, GoalCheckInFields, GoalFields, GoalId, GoalStatus, LearningFields,
    PartnershipFields, PartnershipId, PartnershipStatus, Party, Profile, SessionFields, SessionId,
    SessionStatus, SkillFields, SkillId, SkillRatingFields, Visibility,
};
use Direction::{Learn, Teach};
use Party::{Me, Partner};
use Visibility::{Private, Shared};
use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, Offset, TimeDelta, Utc, Weekday,
};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

/// How many records of each kind a fill wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Counts {
    pub partnerships: u32,
    pub goals: u32,
    pub check_ins: u32,
    pub sessions: u32,
    pub agenda_items: u32,
    pub action_items: u32,
    pub skills: u32,
    pub skill_ratings: u32,
    pub learnings: u32,
    pub feedback: u32,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Self) {
        self.partnerships += other.partnerships;
        self.goals += other.goals;
        self.check_ins += other.check_ins;
        self.sessions += other.sessions;
        self.agenda_items += other.agenda_items;
        self.action_items += other.action_items;
        self.skills += other.skills;
        self.skill_ratings += other.skill_ratings;
        self.learnings += other.learnings;
        self.feedback += other.feedback;
    }
}

fn shift(on: NaiveDate, days: i64) -> NaiveDate {
    on.checked_add_signed(TimeDelta::days(days)).unwrap_or(on)
}

fn local_at(on: NaiveDate, hour: u32, minute: u32, offset: FixedOffset) -> DateTime<FixedOffset> {
    let local = on.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN));
    let utc = local - TimeDelta::seconds(i64::from(offset.local_minus_utc()));
    DateTime::from_naive_utc_and_offset(utc, offset)
}

fn utc_at(on: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    on.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN))
        .and_utc()
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

// ---------------------------------------------------------------------------------------------
// The demo journal
// ---------------------------------------------------------------------------------------------

/// The demo journal's owner.
pub const DEMO_OWNER: &str = "Helen Marsh";
/// The demo journal's owner's role.
pub const DEMO_OWNER_ROLE: &str = "Finance Director";

/// Fills a new, empty journal with the demo: the owner's profile and three reverse-mentoring
/// partnerships with their agreements, goals and check-ins, sessions (agendas, shared and
/// private notes), action items, skills with ratings, learnings and feedback. Every date is
/// counted from `today`; the next planned session of each active partnership is created the way
/// a user creates one, so carry-over fills its agenda. One transaction: on any error nothing is
/// written. A journal that already holds a partnership, a skill or a learning is refused, so
/// the demo is never mixed into someone's real journal.
pub fn fill_demo(journal: &mut Journal, today: NaiveDate) -> Result<Counts> {
    journal.write(|tx| {
        let holds_records: bool = tx
            .prepare(
                "SELECT EXISTS (SELECT 1 FROM partnership) OR EXISTS (SELECT 1 FROM skill)
                 OR EXISTS (SELECT 1 FROM learning)",
            )?
            .query_row([], |row| row.get(0))?;
        if holds_records {
            return Err(Error::invalid(
                "journal",
                Problem::Other("the demo goes into a new, empty journal; this one holds records"),
            ));
        }
        tx.set_profile(Profile {
            my_name: DEMO_OWNER.to_owned(),
            my_role: DEMO_OWNER_ROLE.to_owned(),
        })?;
        let mut counts = Counts::default();
        for partnership in DEMO {
            counts += write_demo_partnership(tx, partnership, today)?;
        }
        Ok(counts)
    })
}

struct DemoPartnership {
    partner_name: &'static str,
    partner_role: &'static str,
    i_learn: &'static [&'static str],
    i_teach: &'static [&'static str],
    status: PartnershipStatus,
    /// Days from today, like every other date of the demo.
    started: i64,
    ends: Option<i64>,
    cadence: Cadence,
    /// The day of the week the partnership meets on.
    weekday: Weekday,
    agreement: &'static str,
    revisit: Option<i64>,
    goals: &'static [DemoGoal],
    skills: &'static [DemoSkill],
    /// Sessions already entered, oldest first.
    sessions: &'static [DemoSession],
    /// The next session, planned with `create_session`; its agenda is added after what
    /// carry-over brought in.
    next: Option<DemoSession>,
    learnings: &'static [DemoLearning],
    feedback: &'static [DemoFeedback],
}

struct DemoGoal {
    direction: Direction,
    status: GoalStatus,
    visibility: Visibility,
    target: Option<i64>,
    title: &'static str,
    description: &'static str,
    criteria: &'static str,
    /// (day, progress, note).
    check_ins: &'static [(i64, u8, &'static str)],
}

struct DemoSkill {
    name: &'static str,
    category: &'static str,
    direction: Direction,
    /// (day, level, rater, note).
    ratings: &'static [(i64, u8, Party, &'static str)],
}

struct DemoSession {
    day: i64,
    time: (u32, u32),
    minutes: u32,
    status: SessionStatus,
    title: &'static str,
    place: &'static str,
    shared: &'static str,
    private: &'static str,
    agenda: &'static [DemoItem],
    actions: &'static [DemoAction],
}

/// An agenda item. One whose text matches an uncovered item of the previous session with an
/// agenda is linked to it through `carried_from`.
struct DemoItem {
    owner: Party,
    minutes: u32,
    covered: bool,
    goal: Option<usize>,
    text: &'static str,
}

const fn item(
    owner: Party,
    minutes: u32,
    covered: bool,
    goal: Option<usize>,
    text: &'static str,
) -> DemoItem {
    DemoItem {
        owner,
        minutes,
        covered,
        goal,
        text,
    }
}

struct DemoAction {
    owner: Party,
    /// Days from today.
    due: i64,
    /// Days from today; `None` while open.
    done: Option<i64>,
    text: &'static str,
}

const fn action(owner: Party, due: i64, done: Option<i64>, text: &'static str) -> DemoAction {
    DemoAction {
        owner,
        due,
        done,
        text,
    }
}

struct DemoLearning {
    /// With a session, `day` counts from the session's date; without, from today.
    session: Option<usize>,
    skill: Option<usize>,
    day: i64,
    visibility: Visibility,
    text: &'static str,
}

struct DemoFeedback {
    /// With a session, `day` counts from the session's date; without, from today.
    session: Option<usize>,
    author: Party,
    day: i64,
    rating: Option<u8>,
    visibility: Visibility,
    went_well: &'static str,
    to_improve: &'static str,
}

/// A demo session falls on its partnership's meeting day nearest to `days` from today, staying
/// in the past when `days` is negative and in the future otherwise.
fn demo_session_day(today: NaiveDate, days: i64, weekday: Weekday) -> NaiveDate {
    let target = shift(today, days);
    let ahead = i64::from(weekday.num_days_from_monday())
        - i64::from(target.weekday().num_days_from_monday());
    let on = shift(target, (ahead + 10).rem_euclid(7) - 3);
    if days < 0 && on >= today {
        shift(on, -7)
    } else if days >= 0 && on <= today {
        shift(on, 7)
    } else {
        on
    }
}

fn demo_session_fields(
    partnership: PartnershipId,
    session: &DemoSession,
    on: NaiveDate,
) -> SessionFields {
    SessionFields {
        partnership_id: partnership,
        starts_at: local_at(on, session.time.0, session.time.1, Utc.fix()),
        duration_minutes: session.minutes,
        status: session.status,
        title: session.title.to_owned(),
        place: session.place.to_owned(),
        shared_notes: session.shared.to_owned(),
        private_notes: session.private.to_owned(),
    }
}

fn write_demo_partnership(
    tx: &WriteTx<'_>,
    demo: &DemoPartnership,
    today: NaiveDate,
) -> Result<Counts> {
    let mut counts = Counts::default();
    let day = |days: i64| shift(today, days);
    let strings = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    let partnership = tx
        .create(PartnershipFields {
            partner_name: demo.partner_name.to_owned(),
            partner_role: demo.partner_role.to_owned(),
            i_learn: strings(demo.i_learn),
            i_teach: strings(demo.i_teach),
            status: demo.status,
            started_on: day(demo.started),
            ends_on: demo.ends.map(day),
            cadence: Some(demo.cadence),
            agreement: demo.agreement.to_owned(),
            agreement_revisit_on: demo.revisit.map(day),
        })?
        .id;
    counts.partnerships += 1;

    let mut goals: Vec<GoalId> = Vec::new();
    for goal in demo.goals {
        let id = tx
            .create(GoalFields {
                partnership_id: partnership,
                title: goal.title.to_owned(),
                description: goal.description.to_owned(),
                direction: goal.direction,
                success_criteria: goal.criteria.to_owned(),
                target_on: goal.target.map(day),
                status: goal.status,
                progress: 0,
                visibility: goal.visibility,
            })?
            .id;
        counts.goals += 1;
        for &(on, progress, note) in goal.check_ins {
            tx.create(GoalCheckInFields {
                goal_id: id,
                on: day(on),
                progress,
                note: note.to_owned(),
            })?;
            counts.check_ins += 1;
        }
        goals.push(id);
    }

    let mut skills: Vec<SkillId> = Vec::new();
    for skill in demo.skills {
        let id = tx
            .create(SkillFields {
                partnership_id: Some(partnership),
                name: skill.name.to_owned(),
                category: skill.category.to_owned(),
                direction: skill.direction,
            })?
            .id;
        counts.skills += 1;
        for &(on, level, rater, note) in skill.ratings {
            tx.create(SkillRatingFields {
                skill_id: id,
                on: day(on),
                level,
                rater,
                note: note.to_owned(),
            })?;
            counts.skill_ratings += 1;
        }
        skills.push(id);
    }

    let goal_of = |index: Option<usize>| index.and_then(|i| goals.get(i).copied());
    let mut sessions: Vec<(SessionId, NaiveDate)> = Vec::new();
    let mut uncovered: Vec<(AgendaItemId, &'static str)> = Vec::new();
    for session in demo.sessions {
        let on = demo_session_day(today, session.day, demo.weekday);
        let id = tx.create(demo_session_fields(partnership, session, on))?.id;
        counts.sessions += 1;
        let mut left_open = Vec::new();
        for (position, agenda) in session.agenda.iter().enumerate() {
            let carried_from = uncovered
                .iter()
                .find(|(_, text)| *text == agenda.text)
                .map(|(origin, _)| *origin);
            let created = tx.create(AgendaItemFields {
                session_id: id,
                position: count(position),
                text: agenda.text.to_owned(),
                minutes: Some(agenda.minutes),
                owner: agenda.owner,
                covered: agenda.covered,
                carried_from,
                goal_id: goal_of(agenda.goal),
            })?;
            counts.agenda_items += 1;
            if !agenda.covered {
                left_open.push((created.id, agenda.text));
            }
        }
        if !session.agenda.is_empty() {
            uncovered = left_open;
        }
        counts.action_items += write_demo_actions(tx, partnership, id, session.actions, today)?;
        sessions.push((id, on));
    }

    if let Some(next) = &demo.next {
        let on = demo_session_day(today, next.day, demo.weekday);
        let created = tx.create_session(demo_session_fields(partnership, next, on))?;
        let id = created.session.id;
        counts.sessions += 1;
        counts.agenda_items += count(created.carried_over.len());
        for (index, agenda) in next.agenda.iter().enumerate() {
            tx.create(AgendaItemFields {
                session_id: id,
                position: count(created.carried_over.len() + index),
                text: agenda.text.to_owned(),
                minutes: Some(agenda.minutes),
                owner: agenda.owner,
                covered: false,
                carried_from: None,
                goal_id: goal_of(agenda.goal),
            })?;
            counts.agenda_items += 1;
        }
        counts.action_items += write_demo_actions(tx, partnership, id, next.actions, today)?;
    }

    let session_of = |index: Option<usize>| index.and_then(|i| sessions.get(i).copied());
    for learning in demo.learnings {
        let session = session_of(learning.session);
        tx.create(LearningFields {
            partnership_id: Some(partnership),
            on: shift(session.map_or(today, |s| s.1), learning.day),
            text: learning.text.to_owned(),
            skill_id: learning.skill.and_then(|i| skills.get(i).copied()),
            session_id: session.map(|s| s.0),
            visibility: learning.visibility,
        })?;
        counts.learnings += 1;
    }
    for feedback in demo.feedback {
        let session = session_of(feedback.session);
        tx.create(FeedbackFields {
            partnership_id: partnership,
            session_id: session.map(|s| s.0),
            author: feedback.author,
            on: shift(session.map_or(today, |s| s.1), feedback.day),
            rating: feedback.rating,
            went_well: feedback.went_well.to_owned(),
            to_improve: feedback.to_improve.to_owned(),
            visibility: feedback.visibility,
        })?;
        counts.feedback += 1;
    }
    Ok(counts)
}

fn write_demo_actions(
    tx: &WriteTx<'_>,
    partnership: PartnershipId,
    session: SessionId,
    actions: &[DemoAction],
    today: NaiveDate,
) -> Result<u32> {
    for demo in actions {
        tx.create(ActionItemFields {
            partnership_id: partnership,
            session_id: Some(session),
            text: demo.text.to_owned(),
            owner: demo.owner,
            due_on: Some(shift(today, demo.due)),
            done_at: demo.done.map(|d| utc_at(shift(today, d), 16, 30)),
        })?;
    }
    Ok(count(actions.len()))
}

const DEMO: &[DemoPartnership] = &[PRIYA, JORDAN, SAM];

const PRIYA: DemoPartnership = DemoPartnership {
    partner_name: "Priya Raman",
    partner_role: "Data Analyst, FP&A",
    i_learn: &[
        "LinkedIn: posting in my own voice",
        "Generative AI for everyday finance work",
        "Checking what an AI tool tells me",
    ],
    i_teach: &[
        "Capital allocation",
        "Reading and writing a board paper",
        "Presenting numbers to the executive team",
    ],
    status: PartnershipStatus::Active,
    started: -120,
    ends: Some(62),
    cadence: Cadence {
        every: 2,
        unit: CadenceUnit::Week,
    },
    weekday: Weekday::Tue,
    agreement: "## Why we are doing this

Priya helps me get fluent with LinkedIn and the generative-AI tools the company has rolled out, so
I stop delegating what I should understand myself. I share how capital really gets allocated here:
how a proposal becomes a line in the plan, and why some good ideas still lose.

## Ground rules

- We meet **every two weeks for 45 minutes**, Tuesdays at 08:30, alternating my office and the
  quiet room on 4.
- Priya sets the agenda for the digital half, I set it for the finance half. Either of us can swap
  topics with a day's notice.
- No question is too basic, in either direction. *\"Why do you do it that way?\"* is always allowed.
- Phones face down. If one of us has to cancel, we rebook within the same week.

## Confidentiality

- What we discuss stays between us unless we both agree to share it.
- I will not pass on anything Priya tells me about her team or her manager. Priya will not repeat
  numbers from the plan before they are published.
- Notes marked *shared* are the ones we both see. Private notes are mine.

## Boundaries

- This is not a performance conversation. Nothing said here goes into Priya's review, and I won't
  use it to \"fix\" things in her team behind her back.
- I don't ask Priya to do work for me between sessions: she shows me how, I do it.
- If either of us wants to stop, we say so and we stop, no explanation owed.

We revisit this agreement at the five-month mark.
",
    revisit: Some(20),
    goals: &[
        DemoGoal {
            direction: Learn,
            status: GoalStatus::InProgress,
            visibility: Shared,
            target: Some(45),
            title: "Post on LinkedIn twice a month in my own voice",
            description: "I have had a profile for more than ten years and have posted four times, all of them \
reshared press releases. I want to write short posts about what finance actually does here, \
without sounding like an annual report.",
            criteria: "- Eight posts over four months
- At least two written without Priya editing them
- One conversation in the comments that I actually take part in",
            check_ins: &[
                (
                    -106,
                    10,
                    "Rewrote the headline and the About section. The first post sat in \
drafts for a week.",
                ),
                (
                    -64,
                    35,
                    "Three posts out. The one about month-end close got 40 comments, mostly \
from finance people at other companies.",
                ),
                (
                    -36,
                    55,
                    "Posting on Tuesdays now. Still asking Priya to read every one first.",
                ),
                (
                    -12,
                    65,
                    "Two posts went out without a review. Neither was a disaster.",
                ),
            ],
        },
        DemoGoal {
            direction: Learn,
            status: GoalStatus::InProgress,
            visibility: Shared,
            target: Some(30),
            title: "Use the company's AI assistant for real work, safely",
            description: "Move from *I tried it once* to using it every week for drafting and \
summarising, while knowing exactly what must never go into it.",
            criteria: "- I can explain the data rules for the tool to my own team
- I use it every week for at least one real task
- I catch at least one wrong answer before it matters",
            check_ins: &[
                (
                    -85,
                    20,
                    "Read the acceptable-use policy with Priya. Uploading the draft forecast \
would have been a breach.",
                ),
                (
                    -50,
                    45,
                    "Using it to summarise the BU variance commentary. Saves about an hour \
each month-end.",
                ),
                (
                    -12,
                    60,
                    "Caught it inventing a prior-year column that does not exist. Priya's \
checklist worked.",
                ),
            ],
        },
        DemoGoal {
            direction: Teach,
            status: GoalStatus::InProgress,
            visibility: Shared,
            target: Some(40),
            title: "Priya can build and defend a capital request",
            description: "Priya wants to move into business partnering. The gap is not the \
modelling; it is knowing what the investment committee asks, and why.",
            criteria: "- Walk through a real (anonymised) capex request end to end
- Priya writes a one-page summary of a proposal and holds up under committee-style questions",
            check_ins: &[
                (
                    -106,
                    15,
                    "Went through how the annual envelope is set and why the hurdle rate \
is 11%, not our cost of capital.",
                ),
                (
                    -64,
                    40,
                    "Priya took apart the warehouse-automation request: right on the \
payback, missed the working-capital effect.",
                ),
                (
                    -36,
                    70,
                    "Her one-pager on the lab refurbishment held up to ten minutes of \
questions. Two of her answers were better than the sponsor's in the real meeting.",
                ),
            ],
        },
        DemoGoal {
            direction: Teach,
            status: GoalStatus::Open,
            visibility: Shared,
            target: Some(40),
            title: "Show Priya how the executive team reads numbers",
            description: "How a board pack is read in practice: what people look at first, what \
they skip, and what derails a presentation.",
            criteria: "- Priya observes one quarterly finance review, with the CEO's agreement
- She redraws one of her own charts for an executive audience",
            check_ins: &[(
                -36,
                10,
                "The CEO agreed Priya can sit in on the quarterly review. Date \
still to confirm.",
            )],
        },
        DemoGoal {
            direction: Learn,
            status: GoalStatus::Dropped,
            visibility: Shared,
            target: None,
            title: "Start a finance newsletter on LinkedIn",
            description: "Priya's suggestion after the first posts went well.",
            criteria: "A monthly newsletter with 500 subscribers by the end of the year.",
            check_ins: &[(
                -50,
                5,
                "Dropped: a newsletter is a second job. Regular posts do what I \
wanted, and Priya agreed.",
            )],
        },
    ],
    skills: &[
        DemoSkill {
            name: "LinkedIn posting",
            category: "Social media",
            direction: Learn,
            ratings: &[
                (
                    -118,
                    1,
                    Me,
                    "Baseline: four posts in ten years, all reshares.",
                ),
                (
                    -118,
                    2,
                    Partner,
                    "Priya: \"A good profile with nothing on it.\"",
                ),
                (-64, 2, Me, "Posting, but every post takes an evening."),
                (
                    -64,
                    3,
                    Partner,
                    "Priya: the close post was the first that sounded like you.",
                ),
                (-12, 3, Me, "Faster. Still nervous before pressing Post."),
                (
                    -12,
                    4,
                    Partner,
                    "Priya: better opening lines than most of the leadership team.",
                ),
            ],
        },
        DemoSkill {
            name: "Prompting the AI assistant",
            category: "Generative AI",
            direction: Learn,
            ratings: &[
                (-85, 1, Me, "Typed questions into it like a search box."),
                (-85, 1, Partner, ""),
                (
                    -36,
                    3,
                    Me,
                    "Role, material, what I want back, format. Every time.",
                ),
                (
                    -36,
                    3,
                    Partner,
                    "Priya: good prompts; still trusts the first answer too much.",
                ),
            ],
        },
        DemoSkill {
            name: "Checking AI output",
            category: "Generative AI",
            direction: Learn,
            ratings: &[
                (
                    -85,
                    2,
                    Me,
                    "I check numbers for a living; I assumed that would transfer.",
                ),
                (
                    -50,
                    2,
                    Partner,
                    "Priya: checks the numbers, skims the words.",
                ),
                (
                    -12,
                    4,
                    Me,
                    "It transferred, once I accepted that the tool is confidently wrong.",
                ),
                (
                    -12,
                    3,
                    Partner,
                    "Priya: spot-checks well; keep the source open side by side.",
                ),
            ],
        },
        DemoSkill {
            name: "Capital allocation",
            category: "Finance",
            direction: Teach,
            ratings: &[
                (
                    -106,
                    3,
                    Me,
                    "How clearly I explain it: far too many acronyms.",
                ),
                (
                    -106,
                    2,
                    Partner,
                    "Priya: I followed the maths, not the decisions.",
                ),
                (
                    -36,
                    4,
                    Me,
                    "A real request as the example works better than any framework.",
                ),
                (
                    -36,
                    4,
                    Partner,
                    "Priya: the committee role-play made it click.",
                ),
            ],
        },
        DemoSkill {
            name: "Presenting numbers to executives",
            category: "Communication",
            direction: Teach,
            ratings: &[
                (-64, 3, Me, ""),
                (
                    -36,
                    3,
                    Partner,
                    "Priya: the top-right-box rule is the most useful thing so far.",
                ),
            ],
        },
    ],
    sessions: &[
        DemoSession {
            day: -120,
            time: (8, 30),
            minutes: 45,
            status: SessionStatus::Held,
            title: "Kick-off: what we each want from this",
            place: "My office, 5th floor",
            shared: "## What we agreed

- A two-week rhythm, 45 minutes, Tuesdays at 08:30 before the building gets loud.
- First half digital (Priya leads), second half finance (I lead).
- The written agreement, drafted together: see the partnership page.

## Where I am starting from

Honest baseline: LinkedIn profile last touched five years ago, **four posts ever**, all of them reshares of
company news. I have used the AI assistant once, to ask for ideas for a team away-day.

## Where Priya is starting from

Strong on SQL and Power BI, knows NPV and IRR from her degree, and has *never* seen how a capital
request travels from a sponsor to the investment committee.
",
            private: "Nervous beforehand, which is ridiculous. She was better prepared than I \
was. I want to be careful not to turn this into me teaching and her listening: the point is the \
other way round first.",
            agenda: &[
                item(
                    Partner,
                    10,
                    true,
                    None,
                    "Introductions: why each of us said yes",
                ),
                item(
                    Me,
                    10,
                    true,
                    Some(0),
                    "What I want to learn: LinkedIn and the AI assistant",
                ),
                item(
                    Partner,
                    10,
                    true,
                    Some(2),
                    "What Priya wants: how capital decisions are made",
                ),
                item(
                    Me,
                    10,
                    true,
                    None,
                    "Draft the agreement: confidentiality and boundaries",
                ),
                item(
                    Partner,
                    5,
                    true,
                    None,
                    "One small first task for each of us",
                ),
            ],
            actions: &[
                action(
                    Me,
                    -106,
                    Some(-108),
                    "Update my LinkedIn headline and About section",
                ),
                action(
                    Me,
                    -110,
                    Some(-113),
                    "Send Priya an anonymised capex request to read",
                ),
            ],
        },
        DemoSession {
            day: -106,
            time: (8, 30),
            minutes: 45,
            status: SessionStatus::Held,
            title: "My profile, and how the capital envelope is set",
            place: "Quiet room, 4th floor",
            shared: "## LinkedIn

Priya's three rules for a profile:

1. The **headline** is what people see in search and next to every comment: say what you do, not
   just your title.
2. The **About** section is written in the first person. Nobody reads a CV in the third person.
3. A photo from this decade.

We wrote a first post together, about why finance closes the books on day 3 and not day 1. Not
posted yet.

## Capital allocation

- The annual envelope comes from the plan: depreciation plus a share of operating cash flow,
  agreed with the CEO before any request is looked at.
- Requests over £250k go to the investment committee; below that, the BU finance lead signs off.
- The hurdle rate is **11%**, higher than our cost of capital on purpose, to leave room for
  optimism in the sponsors' numbers.

Priya's question I could not answer on the spot: *why 11%, and not 10 or 12?*
",
            private: "Couldn't answer the 11% question. It is fine to say \"I'll find out\", and \
I did, but I noticed how much I wanted to bluff.",
            agenda: &[
                item(
                    Partner,
                    10,
                    true,
                    Some(0),
                    "Review the new headline and About section",
                ),
                item(Partner, 15, true, Some(0), "Write a first post together"),
                item(
                    Me,
                    15,
                    true,
                    Some(2),
                    "How the annual capital envelope is set",
                ),
                item(
                    Me,
                    10,
                    false,
                    Some(2),
                    "Walk through the anonymised capex request",
                ),
            ],
            actions: &[
                action(Me, -99, Some(-100), "Post the day-3 close piece"),
                action(
                    Me,
                    -92,
                    Some(-95),
                    "Find out where the 11% hurdle rate comes from",
                ),
                action(
                    Partner,
                    -99,
                    Some(-101),
                    "Read the capex request and mark every term that is unclear",
                ),
            ],
        },
        DemoSession {
            day: -92,
            time: (8, 30),
            minutes: 45,
            status: SessionStatus::Cancelled,
            title: "Cancelled: board pack deadline",
            place: "Quiet room, 4th floor",
            shared: "Cancelled by me on the Monday: the board pack was due and I was still \
rewriting the commentary. Rebooked for the following week.",
            private: "",
            agenda: &[],
            actions: &[],
        },
        DemoSession {
            day: -85,
            time: (8, 30),
            minutes: 60,
            status: SessionStatus::Held,
            title: "The AI assistant: what it is allowed to see",
            place: "My office, 5th floor",
            shared: "## The AI assistant, properly

Priya walked me through the acceptable-use policy, which I had signed and not read. The short
version:

| Can go in | Must never go in |
|---|---|
| Published results, press releases | Unpublished forecasts or the plan |
| Our own drafts of internal memos | Anything with a customer's or colleague's name |
| Public articles and reports | Deal documents, board papers |

The internal assistant keeps prompts inside our own tenant; the public tools do not. The policy is
on the intranet under *Digital workplace → AI*.

## Prompting

A good prompt has four parts: **who it should act as**, **what material** it has, **what you want
back**, and **in what format**. As a joke we rewrote my away-day prompt as a
variance-commentary prompt. It was better than last month's commentary.

## The capex request

Carried over from last time: warehouse automation, £1.8m, payback 3.2 years. Priya had marked 14
terms; we got through the first half.
",
            private: "Last month I was about to paste the draft forecast into the public chatbot \
to \"tidy the wording\". I didn't tell Priya that. Very glad I never did it.",
            agenda: &[
                item(
                    Me,
                    20,
                    true,
                    Some(2),
                    "Walk through the anonymised capex request",
                ),
                item(
                    Partner,
                    15,
                    true,
                    Some(1),
                    "The acceptable-use policy for the AI assistant",
                ),
                item(Partner, 15, true, Some(1), "Prompting: the four parts"),
                item(
                    Me,
                    10,
                    false,
                    Some(2),
                    "Working-capital effects in the capex request",
                ),
            ],
            actions: &[
                action(
                    Me,
                    -64,
                    Some(-66),
                    "Use the assistant on one real task before next time",
                ),
                action(
                    Partner,
                    -70,
                    Some(-72),
                    "List the terms in the capex request that are still unclear",
                ),
            ],
        },
        DemoSession {
            day: -64,
            time: (8, 30),
            minutes: 45,
            status: SessionStatus::Held,
            title: "First results, and the working-capital question",
            place: "Quiet room, 4th floor",
            shared: "## LinkedIn: what happened

The close post went out on a Tuesday morning: **40 comments**, most of them from finance people at
other companies describing their own reconciliation horrors. Two recruiters, one old colleague
from audit.

What Priya pointed out:

- The first line did the work: *\"We still reconcile two systems by hand every month. Here's
  why.\"*
- Replying to comments in the first hour matters more than the post itself.
- I replied to none of them until the evening. Next time, block 20 minutes after posting.

## Working capital

Carried over from last time. Priya's analysis of the warehouse request was right on the payback
and missed the working-capital release: faster picking means less stock on hand, which is **cash
back on day one**, not spread over the life of the asset. She saw it at once on the whiteboard.
",
            private: "",
            agenda: &[
                item(
                    Partner,
                    15,
                    true,
                    Some(0),
                    "What happened with the first posts",
                ),
                item(
                    Me,
                    15,
                    true,
                    Some(2),
                    "Working-capital effects in the capex request",
                ),
                item(
                    Partner,
                    10,
                    true,
                    Some(0),
                    "Replying to comments without sounding corporate",
                ),
                item(Partner, 5, false, None, "The newsletter idea"),
            ],
            actions: &[
                action(
                    Me,
                    -50,
                    Some(-57),
                    "Block 20 minutes after each post to reply",
                ),
                action(
                    Partner,
                    -36,
                    Some(-38),
                    "Take apart the lab refurbishment request on one page",
                ),
            ],
        },
        DemoSession {
            day: -50,
            time: (8, 30),
            minutes: 45,
            status: SessionStatus::Held,
            title: "Variance commentary with the assistant",
            place: "My office, 5th floor",
            shared: "## Month-end with the assistant

I tried it on my own before the session: summarise the nine BU variance commentaries into one page
for the CFO.

- It took **four minutes** instead of an hour.
- One number in nine was wrong: it reported the FX effect in the Nordics as a *gain* of £120k. The
  commentary says a loss.
- It smoothed away the one sentence that mattered: the Iberia lead's warning about a customer in
  trouble.

Priya's checklist for anything the assistant drafts that leaves my desk:

1. Check every number against the source, not against memory.
2. Read the source for the sentence you would be most embarrassed to miss.
3. Say in the document that it was drafted with the assistant.

## The newsletter

Carried over. We talked it through and decided against it; see the goal.
",
            private: "Priya said I apologise before every question. She's right, and I do it in \
ExCo too, where it comes out as over-explaining. Interesting that it took a 26-year-old to say \
so.",
            agenda: &[
                item(Partner, 5, true, None, "The newsletter idea"),
                item(
                    Partner,
                    20,
                    true,
                    Some(1),
                    "Review my first solo use of the assistant",
                ),
                item(
                    Partner,
                    10,
                    true,
                    Some(1),
                    "Priya's checklist for AI-drafted text",
                ),
                item(
                    Me,
                    10,
                    false,
                    Some(2),
                    "How the investment committee reads a one-pager",
                ),
            ],
            actions: &[
                action(
                    Me,
                    -36,
                    Some(-40),
                    "Add Priya's checklist to the month-end procedure",
                ),
                action(
                    Me,
                    -45,
                    Some(-47),
                    "Share the anonymised committee one-pager template with Priya",
                ),
            ],
        },
        DemoSession {
            day: -36,
            time: (8, 30),
            minutes: 60,
            status: SessionStatus::Held,
            title: "Priya's one-pager under committee questions",
            place: "Boardroom B (borrowed)",
            shared: "## The lab refurbishment, defended

Priya presented her one-page summary of the lab refurbishment request (£640k), and I asked the
questions the committee would ask, in the tone they would ask them.

What held up:

- The base case, and why doing nothing is not free: the lab fails its next safety inspection.
- The sensitivity on energy prices, which was better than the sponsor's own.

What wobbled:

- *\"Who owns the benefits?\"* Nobody had named an owner for the utilisation gain.
- She defended the numbers when the question was about the risk. Common; I did it for years.

## Reading a one-pager

Carried over. The committee reads the **top-right box first**: the ask, the amount, the payback.
If that box is not clear, they do not read the rest.

The CEO has agreed Priya can observe the next quarterly finance review.
",
            private: "Felt defensive when she questioned the forecast behind my committee \
questions: my own assumptions, from last year's plan. Work on that. She was right that the growth \
rate was optimistic.",
            agenda: &[
                item(
                    Me,
                    10,
                    true,
                    Some(2),
                    "How the investment committee reads a one-pager",
                ),
                item(
                    Partner,
                    25,
                    true,
                    Some(2),
                    "Priya presents the lab refurbishment one-pager",
                ),
                item(
                    Me,
                    15,
                    true,
                    Some(2),
                    "Committee questions, in committee tone",
                ),
                item(
                    Me,
                    10,
                    false,
                    Some(3),
                    "Redraw a chart for an executive audience",
                ),
            ],
            actions: &[
                action(
                    Me,
                    -20,
                    None,
                    "Confirm the date Priya observes the quarterly review",
                ),
                action(
                    Me,
                    -14,
                    Some(-16),
                    "Post twice without asking Priya to review first",
                ),
            ],
        },
        DemoSession {
            day: -12,
            time: (8, 30),
            minutes: 45,
            status: SessionStatus::Held,
            title: "Posting solo, and catching a made-up number",
            place: "Quiet room, 4th floor",
            shared: "## Posts without a safety net

Two posts went out without Priya reading them first:

- *What a finance director actually does on day 1 of the close*: fine, 18 comments.
- *Three questions I ask before approving any capex*: better. A **procurement lead at another
  company** asked to connect and compare notes.

Priya's only comment: the second post opened with a question, and questions get replies.

## The assistant made something up

I asked it to compare this quarter's operating costs with last year's. It produced a tidy table
with a **prior-year column that exists nowhere in the source file**. The checklist caught it: the
numbers did not match the published accounts.

We agreed this goes into the team training, anonymised. It is the best example we have.

## Still to do

The chart redesign was squeezed out again. First thing next time.
",
            private: "Quite proud of the capex post. Also noticed I checked the likes four times \
before lunch. Not a habit I want.",
            agenda: &[
                item(Partner, 15, true, Some(0), "Review the two solo posts"),
                item(Partner, 15, true, Some(1), "The invented prior-year column"),
                item(
                    Me,
                    10,
                    false,
                    Some(3),
                    "Redraw a chart for an executive audience",
                ),
                item(Me, 5, false, Some(3), "Plan Priya's visit to the quarterly review"),
            ],
            actions: &[
                action(
                    Partner,
                    -2,
                    None,
                    "Write up the invented-column example for the team training",
                ),
                action(
                    Partner,
                    2,
                    None,
                    "Bring one of Priya's Power BI charts to redraw",
                ),
                action(
                    Me,
                    10,
                    None,
                    "Try the assistant on the board paper outline (published sections only)",
                ),
            ],
        },
    ],
    next: Some(DemoSession {
        day: 2,
        time: (8, 30),
        minutes: 45,
        status: SessionStatus::Planned,
        title: "Chart redesign, and the quarterly review",
        place: "My office, 5th floor",
        shared: "",
        private: "",
        agenda: &[item(
            Me,
            5,
            false,
            None,
            "Agreement check-in: anything to change before month five?",
        )],
        actions: &[],
    }),
    learnings: &[
        DemoLearning {
            session: Some(0),
            skill: Some(0),
            day: 1,
            visibility: Shared,
            text: "A LinkedIn headline is a search result, not a job title. *Finance Director* \
tells people nothing; *Finance Director · making capital decisions easier to follow* brought three \
connection requests from people I actually wanted to talk to.",
        },
        DemoLearning {
            session: Some(3),
            skill: Some(1),
            day: 0,
            visibility: Shared,
            text: "**Never paste anything unpublished into a public AI tool.** Our assistant is \
the internal one for a reason: the prompt and the file stay inside our tenant.",
        },
        DemoLearning {
            session: Some(4),
            skill: Some(0),
            day: 2,
            visibility: Private,
            text: "The close post did well because it admitted something: that we still \
reconcile two systems by hand. Being a little exposed is the point. Uncomfortable.",
        },
        DemoLearning {
            session: Some(5),
            skill: Some(2),
            day: 0,
            visibility: Shared,
            text: "Applied: asked the assistant to summarise the BU variance commentary, then \
checked every number it quoted against the pack. One in nine was wrong (it flipped the sign on \
FX). This is now part of my month-end routine:

1. Draft with the assistant.
2. Check each number against the source.
3. Read the source for the one sentence that matters.",
        },
        DemoLearning {
            session: None,
            skill: Some(3),
            day: -95,
            visibility: Private,
            text: "Explaining the hurdle rate to Priya showed me I could not say why it is 11% \
without looking it up. Asked treasury. The honest answer is *history*. Worth raising at the next \
committee.",
        },
        DemoLearning {
            session: Some(7),
            skill: Some(2),
            day: 0,
            visibility: Shared,
            text: "Ask the tool for its sources, then open them. If it cannot point to the line, \
I treat the sentence as a guess.",
        },
    ],
    feedback: &[
        DemoFeedback {
            session: Some(1),
            author: Partner,
            day: 0,
            rating: Some(5),
            visibility: Shared,
            went_well: "Helen brought a real capex request with the names taken out. Much easier \
to follow than a textbook example.",
            to_improve: "Slow down on acronyms: I wrote down IRR, EVA and *the envelope*, and had \
to look two of them up afterwards.",
        },
        DemoFeedback {
            session: Some(1),
            author: Me,
            day: 0,
            rating: Some(4),
            visibility: Shared,
            went_well: "Priya came with a plan: ten minutes on my profile, then one post drafted \
together. I left with something done, not a to-do list.",
            to_improve: "I'd like the *why* behind the advice. She knows why an opening line \
works; I want to know too.",
        },
        DemoFeedback {
            session: Some(5),
            author: Partner,
            day: 1,
            rating: Some(4),
            visibility: Shared,
            went_well: "Good that you tried the assistant on your own before the session, so we \
could spend the time on what went wrong.",
            to_improve: "You still apologise before asking a question. You don't need to.",
        },
        DemoFeedback {
            session: Some(6),
            author: Me,
            day: 0,
            rating: Some(5),
            visibility: Shared,
            went_well: "The teardown of the lab refurbishment paper was the best hour of my \
month. Priya's questions were sharper than some committee members'.",
            to_improve: "",
        },
        DemoFeedback {
            session: Some(6),
            author: Me,
            day: 0,
            rating: None,
            visibility: Private,
            went_well: "",
            to_improve: "When Priya's answers wobbled I jumped in and answered for her. She \
noticed. Next time: hands in lap, let her find it.",
        },
    ],
};

const JORDAN: DemoPartnership = DemoPartnership {
    partner_name: "Jordan Ellis",
    partner_role: "Marketing Associate",
    i_learn: &[
        "Inclusive language at work",
        "How Gen Z uses social media",
        "TikTok and short-form video trends",
    ],
    i_teach: &[
        "Stakeholder management",
        "Getting a budget approved",
        "Reading the room in senior meetings",
    ],
    status: PartnershipStatus::Active,
    started: -84,
    ends: None,
    cadence: Cadence {
        every: 3,
        unit: CadenceUnit::Week,
    },
    weekday: Weekday::Thu,
    agreement: "## What this is

Jordan (they/them) is teaching me how people under 30 actually use social media, not the version
in the marketing plan, and how the words I use land with people who are not like me. I am teaching
Jordan how to get things done with senior stakeholders: who to talk to first, how a budget gets
approved, how to read a meeting.

## How we work

- Every three weeks, 45 minutes, usually a video call because Jordan is in the Manchester office.
  In person when I am up there.
- Jordan owns the first half of the agenda, I own the second.
- Agenda items by the Friday before. Anything we don't cover carries over to next time.

## Confidentiality

- *Chatham House, both ways.* We can use what we learn; we don't say who said it.
- Jordan can tell me how leadership comes across without it getting back to anyone. I will not
  ask who else thinks so.
- My notes on stakeholders stay in this room. Jordan won't repeat names.

## Boundaries

- I am not Jordan's sponsor for promotion, and this is not a route around their manager.
- Jordan is not my social media manager. They show me; I post, or I don't.
- Either of us can say *pass* to any question.
- When a conversation about inclusion gets personal, the person it is about decides how far it
  goes.
",
    revisit: Some(13),
    goals: &[
        DemoGoal {
            direction: Learn,
            status: GoalStatus::InProgress,
            visibility: Shared,
            target: Some(30),
            title: "Understand how Gen Z actually uses TikTok and Instagram",
            description: "Our brand plan treats TikTok as a broadcast channel. I want to \
understand it the way its users do before the next budget round asks me to fund more of it.",
            criteria: "- Use TikTok for a month, following what Jordan suggests
- Explain to the CMO, in my own words, why reach is the wrong measure for us there",
            check_ins: &[
                (
                    -84,
                    5,
                    "Installed it. The feed was all cooking videos within a day.",
                ),
                (
                    -42,
                    30,
                    "I understand the feed now: it runs on watch time, not followers. Our \
followers-based KPI makes little sense.",
                ),
                (
                    -7,
                    50,
                    "Went through our own account's analytics with Jordan. Nearly ready for \
the conversation with the CMO.",
                ),
            ],
        },
        DemoGoal {
            direction: Learn,
            status: GoalStatus::InProgress,
            visibility: Shared,
            target: Some(60),
            title: "Use inclusive language without having to think about it",
            description: "I still say *guys* to mixed rooms and *chairman* out of habit. Jordan \
points it out when they hear it; I want it to become automatic.",
            criteria: "- Jordan no longer has to point anything out in our sessions
- The town-hall script is reviewed and nothing is flagged",
            check_ins: &[
                (
                    -63,
                    20,
                    "Jordan's list of my habits: *guys*, *chairman*, *man-hours*, \
*sanity check*.",
                ),
                (
                    -21,
                    55,
                    "Town-hall script: two flags, down from seven in the first draft.",
                ),
            ],
        },
        DemoGoal {
            direction: Learn,
            status: GoalStatus::Open,
            visibility: Private,
            target: Some(45),
            title: "Stop talking over junior people in meetings",
            description: "Jordan told me, carefully, that in the campaign review I finished two \
people's sentences. I want to notice it myself before anyone has to tell me.",
            criteria: "- Someone I trust keeps count in three meetings
- Zero interruptions counted in the last one",
            check_ins: &[(
                -28,
                10,
                "Asked my assistant to keep a tally in the Tuesday \
operations meeting. Four. Ouch.",
            )],
        },
        DemoGoal {
            direction: Teach,
            status: GoalStatus::Achieved,
            visibility: Shared,
            target: Some(-10),
            title: "Jordan gets the creator pilot budget approved",
            description: "Jordan has a well-argued proposal for a £40k creator pilot. The \
proposal is fine; the route to a yes is the problem.",
            criteria: "- Stakeholder map drawn and three pre-meetings held
- The proposal reaches the marketing budget review with a sponsor",
            check_ins: &[
                (
                    -77,
                    10,
                    "Drew the map: the CMO decides, but the brand director is the one to \
win first.",
                ),
                (
                    -49,
                    40,
                    "Two of three pre-meetings held. Legal wants the disclosure rules in \
writing.",
                ),
                (
                    -21,
                    80,
                    "Sponsor agreed: the brand director will present it with Jordan.",
                ),
                (
                    -7,
                    100,
                    "Approved at £35k. Jordan negotiated the cut themselves.",
                ),
            ],
        },
        DemoGoal {
            direction: Teach,
            status: GoalStatus::Open,
            visibility: Shared,
            target: Some(60),
            title: "Jordan speaks up in senior meetings",
            description: "Jordan says little in meetings above their level, then has the best \
idea in the corridor afterwards.",
            criteria: "- Jordan makes one prepared point in the monthly marketing leadership \
meeting
- Jordan says it felt all right to do so",
            check_ins: &[],
        },
    ],
    skills: &[
        DemoSkill {
            name: "TikTok and short-form video",
            category: "Social media",
            direction: Learn,
            ratings: &[
                (-84, 1, Me, "Had never opened it."),
                (
                    -84,
                    1,
                    Partner,
                    "Jordan: \"Starting from zero, which is fine.\"",
                ),
                (
                    -42,
                    2,
                    Me,
                    "I understand the feed; I have not made anything.",
                ),
                (-7, 3, Me, "Can read our analytics and explain watch time."),
                (
                    -7,
                    3,
                    Partner,
                    "Jordan: understands it better than half of marketing.",
                ),
            ],
        },
        DemoSkill {
            name: "Inclusive language",
            category: "Inclusion",
            direction: Learn,
            ratings: &[
                (-77, 2, Me, "Thought I was better at this than I am."),
                (-77, 2, Partner, "Jordan: good intentions, old habits."),
                (
                    -21,
                    3,
                    Me,
                    "Catching most of them now, usually a second too late.",
                ),
                (
                    -21,
                    4,
                    Partner,
                    "Jordan: the town-hall script was nearly clean.",
                ),
            ],
        },
        DemoSkill {
            name: "Stakeholder management",
            category: "Leadership",
            direction: Teach,
            ratings: &[
                (
                    -77,
                    3,
                    Me,
                    "How well I teach it: I do it by instinct, which is hard to explain.",
                ),
                (
                    -77,
                    3,
                    Partner,
                    "Jordan: useful, but I want the steps, not the stories.",
                ),
                (
                    -21,
                    4,
                    Me,
                    "The stakeholder map gave us a method to point at.",
                ),
                (
                    -21,
                    5,
                    Partner,
                    "Jordan: the pre-meeting advice is the most useful thing \
anyone has taught me at work.",
                ),
            ],
        },
        DemoSkill {
            name: "Getting a budget approved",
            category: "Finance",
            direction: Teach,
            ratings: &[
                (-49, 3, Me, ""),
                (
                    -7,
                    4,
                    Partner,
                    "Jordan: I understand why the number was cut, not just that \
it was.",
                ),
            ],
        },
    ],
    sessions: &[
        DemoSession {
            day: -84,
            time: (16, 0),
            minutes: 45,
            status: SessionStatus::Held,
            title: "Getting started: TikTok from zero",
            place: "Video call",
            shared: "## Ground rules

See the agreement. The short version: every three weeks, Jordan leads the first half, **Chatham
House both ways**.

## TikTok, first look

I installed it during the call. Jordan's advice for the first week:

- Don't follow anyone yet. Watch, and let the feed learn.
- Notice what you *watch twice*, not what you like.
- Look at our brand account last: as a user first, as a finance director second.

## Stakeholders, first look

Jordan's pilot: £40k for three creators over a quarter. The proposal is good. The question is who
needs to hear about it **before** it reaches the budget review.
",
            private: "Jordan is far more careful with words than I am. I said \"you guys\" twice \
in the first ten minutes. They didn't say anything, and I noticed them not saying anything.",
            agenda: &[
                item(Me, 10, true, None, "Ground rules and what we each want"),
                item(
                    Partner,
                    20,
                    true,
                    Some(0),
                    "Install TikTok and look at the feed together",
                ),
                item(Me, 15, true, Some(3), "Jordan's pilot: who decides?"),
            ],
            actions: &[
                action(
                    Me,
                    -70,
                    Some(-70),
                    "Use TikTok 15 minutes a day for two weeks, no posting",
                ),
                action(
                    Partner,
                    -77,
                    Some(-78),
                    "List everyone with a view on the pilot",
                ),
            ],
        },
        DemoSession {
            day: -63,
            time: (16, 0),
            minutes: 45,
            status: SessionStatus::Held,
            title: "Words that land differently",
            place: "Video call",
            shared: "## Inclusive language

Jordan went through **ten of my own sentences** from recent emails and town-hall notes. The
patterns:

| I wrote | How it lands | Try |
|---|---|---|
| \"Hi guys\" | leaves out half the room | \"Hi all\", \"Hi everyone\" |
| \"our chairman\" | assumes a man in the chair | \"our chair\" |
| \"man-hours\" | the same | \"hours of work\" |
| \"a sanity check\" | makes light of mental health | \"a quick check\" |

None of these are crimes. Jordan's point: each one is a small signal about who I picture when I
picture *the team*.

## Stakeholder map

Jordan brought a first map. We moved the brand director from the edge to the middle: she will be
asked for her opinion, so she needs to have one before the meeting.
",
            private: "Felt told off, honestly, and then embarrassed to feel told off. The table is \
fair.",
            agenda: &[
                item(Partner, 20, true, Some(1), "Ten of my sentences, reviewed"),
                item(Me, 15, true, Some(3), "Jordan's stakeholder map"),
                item(
                    Me,
                    10,
                    false,
                    Some(3),
                    "Pre-meetings: who first, and what to ask",
                ),
            ],
            actions: &[
                action(
                    Partner,
                    -49,
                    Some(-52),
                    "Hold the pre-meeting with the brand director",
                ),
                action(
                    Me,
                    -42,
                    Some(-45),
                    "Ask the comms team for the town-hall script early",
                ),
            ],
        },
        DemoSession {
            day: -42,
            time: (16, 0),
            minutes: 45,
            status: SessionStatus::Held,
            title: "The feed, explained",
            place: "Manchester office, meeting room 2",
            shared: "## What the feed is doing

After three weeks of use, Jordan explained the algorithm with my own feed as the example:

1. It tests a video on a small audience first.
2. **Watch time and rewatches** decide whether it goes wider, not the creator's follower count.
3. Comments and shares count for more than likes.

So our KPI, *followers gained*, measures the thing that matters least on this platform.

## Pre-meetings

Carried over. Three pre-meetings for the pilot: the brand director (done), legal, then the CMO's
chief of staff. Ask each of them *\"what would make you comfortable saying yes?\"* instead of
presenting at them.
",
            private: "Good to be in Manchester. Jordan is different in person: funnier, and much \
more direct about the team. I should come up more often.",
            agenda: &[
                item(Partner, 20, true, Some(0), "How the For You feed works"),
                item(
                    Me,
                    15,
                    true,
                    Some(3),
                    "Pre-meetings: who first, and what to ask",
                ),
                item(
                    Partner,
                    10,
                    false,
                    Some(3),
                    "Legal's questions on creator disclosure",
                ),
            ],
            actions: &[
                action(
                    Partner,
                    -35,
                    Some(-36),
                    "Send legal the disclosure rules in writing",
                ),
                action(
                    Me,
                    -21,
                    Some(-30),
                    "Ask for watch-through rate in the monthly social media report",
                ),
            ],
        },
        DemoSession {
            day: -35,
            time: (12, 30),
            minutes: 30,
            status: SessionStatus::Held,
            title: "Quick one: legal and the disclosure rules",
            place: "Video call",
            shared: "A short extra session at Jordan's request, before the legal pre-meeting.

- Legal's worry is **disclosure**: creators must label paid content clearly, and we are liable if
  they don't.
- Jordan's answer: the contract requires the platform's paid-partnership label, and we review
  every video before it goes live.
- My suggestion: bring the contract clause itself, not a summary of it. Lawyers trust text.
",
            private: "",
            agenda: &[
                item(
                    Partner,
                    20,
                    true,
                    Some(3),
                    "Legal's questions on creator disclosure",
                ),
                item(
                    Me,
                    10,
                    true,
                    Some(3),
                    "What to bring to the legal pre-meeting",
                ),
            ],
            actions: &[],
        },
        DemoSession {
            day: -21,
            time: (16, 0),
            minutes: 45,
            status: SessionStatus::Held,
            title: "The town-hall script, and a sponsor for the pilot",
            place: "Video call",
            shared: "## Town-hall script

Second draft reviewed. Jordan flagged **two** things, down from seven:

- *Ladies and gentlemen* in the opening, now *good morning, everyone*.
- A joke about \"digital natives\" that works against the point of the whole section.

## The pilot has a sponsor

The brand director will present the pilot with Jordan at the budget review. That is the difference
between a proposal and a *decision*.

## Next

We ran out of time for speaking up in senior meetings. Carried over.
",
            private: "Jordan said the first draft \"read like 2009\". I bristled. It did read like \
2009.",
            agenda: &[
                item(Partner, 15, true, Some(1), "Town-hall script, second draft"),
                item(Me, 15, true, Some(3), "The pilot has a sponsor: what now?"),
                item(
                    Me,
                    10,
                    false,
                    Some(4),
                    "Speaking up in the marketing leadership meeting",
                ),
            ],
            actions: &[
                action(
                    Partner,
                    -12,
                    Some(-13),
                    "Rehearse the budget-review slot with the brand director",
                ),
                action(
                    Me,
                    -14,
                    None,
                    "Read two creator contracts from the pilot shortlist",
                ),
            ],
        },
        DemoSession {
            day: -7,
            time: (16, 0),
            minutes: 45,
            status: SessionStatus::Held,
            title: "Our own analytics, and the budget result",
            place: "Video call",
            shared: "## Our account, read properly

We opened our brand account's analytics together.

- Average watch time: **4.1 seconds** on 22-second videos. People leave before the product
  appears.
- The best video by far was the one the agency nearly cut: an engineer explaining a fault, filmed
  on a phone.

I think I can now explain to the CMO why reach is the wrong number for us. Nearly.

## The pilot

Approved at **£35k**, not £40k. Jordan agreed the cut in the room in exchange for a decision at
the end of the quarter rather than a second review. A good trade.

## Speaking up

Carried over again; we keep running out of time. First item next session.
",
            private: "Proud of Jordan. Also noticed that I wanted some of the credit for the \
pilot, and didn't take it. Good.",
            agenda: &[
                item(Partner, 20, true, Some(0), "Our brand account's analytics"),
                item(Me, 15, true, Some(3), "The budget review: what happened"),
                item(
                    Me,
                    10,
                    false,
                    Some(4),
                    "Speaking up in the marketing leadership meeting",
                ),
                item(
                    Partner,
                    5,
                    false,
                    None,
                    "Accessibility: captions on every video",
                ),
            ],
            actions: &[
                action(
                    Me,
                    10,
                    None,
                    "Draft three talking points on watch time for the CMO",
                ),
                action(
                    Partner,
                    12,
                    None,
                    "Pick one point to make at the next marketing leadership meeting",
                ),
            ],
        },
    ],
    next: Some(DemoSession {
        day: 14,
        time: (16, 0),
        minutes: 45,
        status: SessionStatus::Planned,
        title: "Speaking up, and captions",
        place: "Video call",
        shared: "",
        private: "",
        agenda: &[item(
            Partner,
            10,
            false,
            Some(0),
            "Next experiment: do I post something myself?",
        )],
        actions: &[],
    }),
    learnings: &[
        DemoLearning {
            session: Some(0),
            skill: Some(0),
            day: 3,
            visibility: Shared,
            text: "TikTok is not a smaller YouTube. People follow topics more than accounts, and \
the feed decides. **Watch time is the currency**: a video watched to the end twice beats one \
from an account with ten thousand followers that people scroll past.",
        },
        DemoLearning {
            session: Some(1),
            skill: Some(1),
            day: 0,
            visibility: Shared,
            text: "Words I used this month without thinking, and replacements that don't sound \
forced:

- *guys* → *everyone*
- *chairman* → *chair*
- *man-hours* → *hours of work*
- *sanity check* → *quick check*",
        },
        DemoLearning {
            session: Some(2),
            skill: Some(1),
            day: 1,
            visibility: Private,
            text: "Jordan told me about being misgendered in the all-hands Q&A, and that nobody \
corrected it. I was in the room. I didn't notice at the time. I have noticed since.",
        },
        DemoLearning {
            session: None,
            skill: Some(0),
            day: -30,
            visibility: Shared,
            text: "Applied: asked the social media team for watch-through rate instead of \
follower growth in the monthly report. They already had the number; nobody had asked for it.",
        },
        DemoLearning {
            session: None,
            skill: None,
            day: -29,
            visibility: Private,
            text: "In the campaign review I finished two people's sentences. Jordan mentioned it \
gently afterwards. I hadn't noticed either time.",
        },
        DemoLearning {
            session: Some(5),
            skill: Some(2),
            day: 1,
            visibility: Shared,
            text: "Teaching the stakeholder map made me write down something I do by instinct: \
**win the person who will be asked for an opinion before the person who decides**. I'm using the \
same map for the ERP business case.",
        },
    ],
    feedback: &[
        DemoFeedback {
            session: Some(0),
            author: Partner,
            day: 0,
            rating: Some(4),
            visibility: Shared,
            went_well: "You installed the app during the call instead of saying you'd do it \
later.",
            to_improve: "You asked \"what's the ROI?\" four times. We'll get there. First just \
watch what people do.",
        },
        DemoFeedback {
            session: Some(1),
            author: Me,
            day: 0,
            rating: Some(5),
            visibility: Shared,
            went_well: "Jordan came with real examples from my own emails, which was generous and \
very hard to argue with.",
            to_improve: "",
        },
        DemoFeedback {
            session: Some(1),
            author: Partner,
            day: 1,
            rating: Some(5),
            visibility: Shared,
            went_well: "The stakeholder map changed how I'm approaching the pilot. Nobody had told \
me you talk to the brand director first.",
            to_improve: "Could we do less history (*\"when I was at the Big Four…\"*) and more on \
what you would do now?",
        },
        DemoFeedback {
            session: Some(5),
            author: Me,
            day: 0,
            rating: Some(4),
            visibility: Shared,
            went_well: "Jordan negotiated the budget cut themselves and came in knowing why it \
happened.",
            to_improve: "Tell me before the committee next time, not after. I could have helped \
with the framing.",
        },
        DemoFeedback {
            session: None,
            author: Me,
            day: -20,
            rating: None,
            visibility: Private,
            went_well: "",
            to_improve: "I bristled when Jordan said the town-hall script read like 2009. Let it \
land before answering.",
        },
    ],
};

const SAM: DemoPartnership = DemoPartnership {
    partner_name: "Sam Okoye",
    partner_role: "Graduate Software Engineer",
    i_learn: &[
        "Teams and Loop beyond the basics",
        "Working in the open on shared documents",
        "Automating the boring parts with Power Automate",
    ],
    i_teach: &[
        "How the P&L and cash flow connect",
        "Building a career in a large company",
    ],
    status: PartnershipStatus::Completed,
    started: -420,
    ends: Some(-250),
    cadence: Cadence {
        every: 1,
        unit: CadenceUnit::Month,
    },
    weekday: Weekday::Wed,
    agreement: "## Purpose

Six months, one session a month. Sam shows me how the engineering teams work in the open: Teams
channels instead of email chains, Loop pages instead of attachments, small automations instead of
manual chasing. I help Sam understand how the company makes and spends money, and think about a
career beyond the first two years.

## Ground rules

- Monthly, an hour, in the engineering building's kitchen area (Sam's idea: *neutral ground*).
- We both come with one question.
- We stop after six sessions and decide whether to carry on.

## Confidentiality and boundaries

What we say stays with us. I am not Sam's line manager and I won't discuss Sam's performance with
anyone. Sam is not expected to fix my laptop.
",
    revisit: None,
    goals: &[
        DemoGoal {
            direction: Learn,
            status: GoalStatus::Achieved,
            visibility: Shared,
            target: Some(-300),
            title: "Run my team's weekly update in a Teams channel, not by email",
            description: "Our weekly update is an email chain with 30 replies and three versions \
of the same spreadsheet by Thursday.",
            criteria: "Four weeks in a row without an update sent by email.",
            check_ins: &[
                (
                    -390,
                    30,
                    "Channel set up; half the team still replies by email.",
                ),
                (
                    -330,
                    70,
                    "The email chain is retired. Threads work once people stop starting \
new ones.",
                ),
                (-300, 100, "Four weeks without a single update by email."),
            ],
        },
        DemoGoal {
            direction: Learn,
            status: GoalStatus::Achieved,
            visibility: Shared,
            target: Some(-330),
            title: "Automate the monthly accruals reminder",
            description: "Fourteen budget holders, the same reminder every month, and a \
spreadsheet to track who has answered.",
            criteria: "Reminders and the chase go out without me touching them.",
            check_ins: &[
                (
                    -358,
                    20,
                    "Sam showed me Power Automate. The flow is simpler than the \
spreadsheet it replaces.",
                ),
                (
                    -300,
                    100,
                    "Live: reminders go out on working day −2 and the chase on day 1.",
                ),
            ],
        },
        DemoGoal {
            direction: Teach,
            status: GoalStatus::Achieved,
            visibility: Shared,
            target: Some(-270),
            title: "Sam can read our annual report",
            description: "Income statement, balance sheet and, above all, the cash flow \
statement.",
            criteria: "Sam explains last year's working-capital movement back to me.",
            check_ins: &[
                (
                    -390,
                    20,
                    "Went through the income statement. The cash flow statement was a \
surprise.",
                ),
                (
                    -268,
                    100,
                    "Sam explained the working-capital movement back to me, correctly \
and without notes.",
                ),
            ],
        },
        DemoGoal {
            direction: Teach,
            status: GoalStatus::Achieved,
            visibility: Shared,
            target: Some(-270),
            title: "Sam has a two-year direction",
            description: "Not a plan, a direction: what kind of work, what kind of role.",
            criteria: "One written paragraph Sam is happy with.",
            check_ins: &[
                (-330, 30, "First conversation: plan versus direction."),
                (
                    -268,
                    100,
                    "Sam wants to stay technical and lead a platform team. Written down. \
We disagree about the MBA, which is fine.",
                ),
            ],
        },
    ],
    skills: &[
        DemoSkill {
            name: "Teams channels and threads",
            category: "Collaboration tools",
            direction: Learn,
            ratings: &[
                (
                    -420,
                    2,
                    Me,
                    "I use Teams for calls; channels are a mystery.",
                ),
                (-420, 2, Partner, ""),
                (-268, 4, Me, "My team's updates live there now."),
                (
                    -268,
                    4,
                    Partner,
                    "Sam: better at threads than most of engineering.",
                ),
            ],
        },
        DemoSkill {
            name: "Power Automate",
            category: "Automation",
            direction: Learn,
            ratings: &[
                (-358, 1, Me, "Never opened it."),
                (-358, 1, Partner, ""),
                (-268, 3, Me, "Built one flow and keep it running."),
                (-268, 3, Partner, "Sam: solid. Next, error handling."),
            ],
        },
        DemoSkill {
            name: "Reading financial statements",
            category: "Finance",
            direction: Teach,
            ratings: &[
                (
                    -390,
                    3,
                    Me,
                    "How well I explain it: I started far too deep.",
                ),
                (-390, 2, Partner, ""),
                (-268, 4, Me, ""),
                (
                    -268,
                    4,
                    Partner,
                    "Sam: following one pound through the business is what made \
it click.",
                ),
            ],
        },
    ],
    sessions: &[
        DemoSession {
            day: -420,
            time: (12, 0),
            minutes: 60,
            status: SessionStatus::Held,
            title: "Channels instead of email chains",
            place: "Engineering building, kitchen area",
            shared: "## Where I started

My team's weekly update is an email chain. By Thursday it has 30 replies and three versions of the
same spreadsheet attached.

## What Sam showed me

- A **channel** per team, with one thread per topic: replies stay under what they answer.
- Files live in the channel's Files tab, so there is one copy, not one per reply.
- Mention the person you need, not the whole team.

We set up a channel for my team during the session. I posted the first update; Sam replied in a
thread to show how it works.
",
            private: "Sam called the email chain \"a crime scene\". Fair.",
            agenda: &[
                item(
                    Partner,
                    20,
                    true,
                    Some(0),
                    "How engineering runs a team channel",
                ),
                item(
                    Me,
                    20,
                    true,
                    Some(0),
                    "Set up a channel for the finance team",
                ),
                item(
                    Me,
                    15,
                    true,
                    Some(2),
                    "What Sam wants from the finance half",
                ),
            ],
            actions: &[
                action(
                    Me,
                    -406,
                    Some(-408),
                    "Move next week's team update to the channel",
                ),
                action(
                    Me,
                    -400,
                    Some(-402),
                    "Send Sam last year's annual report with the pages to read marked",
                ),
            ],
        },
        DemoSession {
            day: -390,
            time: (12, 0),
            minutes: 60,
            status: SessionStatus::Held,
            title: "The income statement, and a channel that half works",
            place: "Engineering building, kitchen area",
            shared: "## The channel, week two

Half the team replied by email anyway. Sam's advice: **don't forward their emails into the
channel**. Answer in the channel and say so. People follow where the answers are.

## Reading an income statement

We read ours top to bottom:

1. Revenue, then cost of sales: the gap is *gross margin*, the number the business units argue
   about.
2. Operating costs, where most of my team's work shows up.
3. Below the line: interest, tax, and the one-off items every analyst reads first.

Sam's question: *\"So where is the cash?\"* Not on this page. Next time.
",
            private: "",
            agenda: &[
                item(
                    Partner,
                    15,
                    true,
                    Some(0),
                    "Why people still reply by email",
                ),
                item(Me, 30, true, Some(2), "The income statement, line by line"),
                item(
                    Me,
                    10,
                    false,
                    Some(2),
                    "Where the cash is: the cash flow statement",
                ),
            ],
            actions: &[
                action(
                    Me,
                    -380,
                    Some(-383),
                    "Answer every emailed update in the channel instead",
                ),
                action(
                    Partner,
                    -375,
                    Some(-376),
                    "Read the cash flow statement and bring three questions",
                ),
            ],
        },
        DemoSession {
            day: -358,
            time: (12, 0),
            minutes: 60,
            status: SessionStatus::Held,
            title: "Automating the accruals reminder",
            place: "Engineering building, kitchen area",
            shared: "## Power Automate

Every month I send the same reminder about accruals to 14 budget holders, then chase the ones who
forget. Sam built the flow with me, and I did the clicking:

- **Trigger:** a schedule, working day −2 of the close.
- **Action:** a Teams message to each budget holder, from a list in SharePoint.
- **Follow-up:** on day 1, a second message to anyone who has not answered.

It took 40 minutes. The spreadsheet it replaces took me two hours a month.

## Cash flow

Carried over, and we got to it. Sam's three questions were all good; the best was why profit and
cash move in opposite directions when we grow fast.
",
            private: "Enjoyed this more than I expected. It made me wonder what else my team does \
by hand that nobody has questioned.",
            agenda: &[
                item(
                    Me,
                    10,
                    true,
                    Some(2),
                    "Where the cash is: the cash flow statement",
                ),
                item(
                    Partner,
                    35,
                    true,
                    Some(1),
                    "Build the accruals reminder flow",
                ),
                item(
                    Partner,
                    10,
                    true,
                    Some(1),
                    "What happens when the flow fails",
                ),
            ],
            actions: &[
                action(
                    Me,
                    -345,
                    Some(-350),
                    "Run the flow live for the next month-end close",
                ),
                action(
                    Me,
                    -340,
                    Some(-344),
                    "Write down how the flow works for the team",
                ),
            ],
        },
        DemoSession {
            day: -330,
            time: (12, 0),
            minutes: 60,
            status: SessionStatus::Held,
            title: "Living documents",
            place: "Engineering building, kitchen area",
            shared: "## Loop pages

Sam's generation treats a document as something you edit together until it is useful. Mine treats
it as finished when it is sent. We tried a Loop page for the **budget-holder FAQ**: everyone edits
it, and the history shows who changed what.

Two rules for my team:

- The page has an *owner*, who tidies it every week.
- Decisions still go in the channel, so there is a date and a name next to them.

## Career, first conversation

Sam is 14 months in and already being asked *where do you see yourself?* We talked about the
difference between a plan and a direction, and ran out of time before the interesting part.
",
            private: "",
            agenda: &[
                item(
                    Partner,
                    25,
                    true,
                    None,
                    "Loop pages for the budget-holder FAQ",
                ),
                item(Me, 15, true, Some(3), "Career: a plan or a direction?"),
                item(
                    Me,
                    15,
                    false,
                    Some(3),
                    "Staying technical versus managing people",
                ),
            ],
            actions: &[
                action(
                    Me,
                    -316,
                    Some(-318),
                    "Move the budget-holder FAQ to a Loop page",
                ),
                action(
                    Partner,
                    -310,
                    Some(-305),
                    "Write one paragraph on where you want to be in two years",
                ),
            ],
        },
        DemoSession {
            day: -300,
            time: (12, 0),
            minutes: 60,
            status: SessionStatus::Held,
            title: "Follow one pound through the business",
            place: "Engineering building, kitchen area",
            shared: "## One pound, followed

The exercise that finally worked: follow **one pound of a customer's order** from the invoice to
the bank, through stock, wages and suppliers. Sam drew it on the kitchen whiteboard. The timing is
what matters:

| Step | When the cash moves |
|---|---|
| We buy materials | paid at 60 days |
| We build and ship | wages paid monthly |
| The customer pays | at 75 days, on average |

Growing fast means paying for more materials and wages *before* the customers pay: profit goes up
while cash goes down.

## Staying technical

Carried over. Sam wants to stay technical and lead a platform team within three years. We talked
about what a technical leader is judged on that an engineer is not.
",
            private: "Sam mentioned an offer from a start-up. Not my place to advise either way; I \
listened. This stays out of anything shared.",
            agenda: &[
                item(
                    Me,
                    15,
                    true,
                    Some(3),
                    "Staying technical versus managing people",
                ),
                item(
                    Me,
                    30,
                    true,
                    Some(2),
                    "Follow one pound through the business",
                ),
                item(
                    Partner,
                    10,
                    true,
                    Some(0),
                    "Four weeks of team updates without email",
                ),
            ],
            actions: &[action(
                Partner,
                -285,
                Some(-287),
                "Explain last year's working-capital movement back to Helen",
            )],
        },
        DemoSession {
            day: -268,
            time: (12, 0),
            minutes: 75,
            status: SessionStatus::Held,
            title: "Wrap-up: what stuck",
            place: "Engineering building, kitchen area",
            shared: "## What stuck, for me

- My team's weekly update has lived in a channel for **four months**. Nobody has asked to go back.
- The accruals flow has run six times without a missed deadline.
- I now ask *could this be a page instead of an attachment?* before sending anything.

## What stuck, for Sam

- Reading the annual report, and explaining the working-capital swing back to me without notes.
- A two-year direction, written down: platform team lead, staying hands-on.

## Where we disagree

Whether Sam needs an MBA. I think not; Sam thinks maybe. It is Sam's call, and a good question to
come back to in a year.

## Closing

We end here, as planned, after six sessions. Sam offered to help my team with their next
automation; I offered to review Sam's first business case.
",
            private: "I'll miss these. Sam made me curious about tools again instead of feeling \
behind.",
            agenda: &[
                item(Me, 20, true, Some(0), "What stuck, and what didn't"),
                item(Partner, 20, true, Some(3), "Sam's two-year direction"),
                item(Me, 10, true, None, "Carry on, or close as planned?"),
            ],
            actions: &[
                action(
                    Me,
                    -255,
                    Some(-260),
                    "Introduce Sam to the head of the platform team",
                ),
                action(
                    Partner,
                    -250,
                    Some(-262),
                    "Send Helen the list of automation ideas for the finance team",
                ),
            ],
        },
    ],
    next: None,
    learnings: &[
        DemoLearning {
            session: Some(0),
            skill: Some(0),
            day: 1,
            visibility: Shared,
            text: "A channel beats email for a team update because **the history is in one \
place**, and people can answer a single point without replying to everything.",
        },
        DemoLearning {
            session: Some(2),
            skill: Some(1),
            day: 30,
            visibility: Shared,
            text: "Applied: the accruals reminder flow saves the team about half a day each \
month-end, and nobody has missed the deadline since.",
        },
        DemoLearning {
            session: None,
            skill: None,
            day: -325,
            visibility: Private,
            text: "Sam's generation assumes documents are living things you edit together. Mine \
assumes a document is finished when it is sent. A lot of our friction with engineering is that, \
not personality.",
        },
        DemoLearning {
            session: Some(5),
            skill: Some(2),
            day: 0,
            visibility: Shared,
            text: "Explaining cash flow to someone clever with no finance background is the best \
test of whether I understand it myself. Two of my explanations did not survive Sam's questions.",
        },
    ],
    feedback: &[
        DemoFeedback {
            session: Some(4),
            author: Partner,
            day: 0,
            rating: Some(4),
            visibility: Shared,
            went_well: "Following one pound through the business was the most useful hour of my \
first year.",
            to_improve: "",
        },
        DemoFeedback {
            session: Some(5),
            author: Partner,
            day: 0,
            rating: Some(5),
            visibility: Shared,
            went_well: "Helen was honest about what finance does badly, which made me trust the \
rest.",
            to_improve: "Sessions ran over. An hour was sometimes 75 minutes.",
        },
        DemoFeedback {
            session: Some(5),
            author: Me,
            day: 0,
            rating: Some(5),
            visibility: Shared,
            went_well: "Sam never once made me feel old. Patient, precise and funny.",
            to_improve: "I'd have liked Sam to push back on my career advice sooner: we only found \
our disagreement about the MBA in the last session.",
        },
    ],
};

// ---------------------------------------------------------------------------------------------
// The synthetic journal
// ---------------------------------------------------------------------------------------------

/// A word in most text records of the synthetic journal: a search for it hits the limit.
pub const COMMON_WORD: &str = "team";
/// A word in [`RARE_WORD_RECORDS`] learnings of the synthetic journal (all of them when it has
/// fewer) and nowhere else.
pub const RARE_WORD: &str = "kintsugi";
/// How many learnings of the synthetic journal hold [`RARE_WORD`].
pub const RARE_WORD_RECORDS: u32 = 5;
/// A phrase in one of every [`PHRASE_EVERY`] session notes, learnings and feedback entries of the
/// synthetic journal, and nowhere else: a moderate number of hits.
pub const PHRASE: &str = "psychological safety";
/// See [`PHRASE`].
pub const PHRASE_EVERY: u32 = 25;

/// The synthetic journal's owner.
pub const SYNTHETIC_OWNER: &str = "Alex Morgan";
/// The synthetic journal's owner's role.
pub const SYNTHETIC_OWNER_ROLE: &str = "Chief Operating Officer";

/// How many records [`fill_synthetic`] writes. Totals are spread over the partnerships as
/// evenly as they divide; check-ins go to goals and agenda items to sessions, so they are only
/// written when the journal has goals, respectively sessions (see [`SyntheticSize::expected`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntheticSize {
    pub partnerships: u32,
    pub goals: u32,
    pub check_ins: u32,
    pub sessions: u32,
    pub agenda_items: u32,
    pub action_items: u32,
    pub skills: u32,
    pub ratings_per_skill: u32,
    pub learnings: u32,
    pub feedback: u32,
}

impl SyntheticSize {
    /// Ten years of heavy use: the journal the benchmarks run on.
    pub const HEAVY: Self = Self {
        partnerships: 30,
        goals: 300,
        check_ins: 1_500,
        sessions: 3_000,
        agenda_items: 30_000,
        action_items: 10_000,
        skills: 300,
        ratings_per_skill: 5,
        learnings: 20_000,
        feedback: 5_000,
    };

    /// A small journal of the same shape, for tests.
    pub const SMALL: Self = Self {
        partnerships: 3,
        goals: 9,
        check_ins: 30,
        sessions: 30,
        agenda_items: 200,
        action_items: 60,
        skills: 9,
        ratings_per_skill: 3,
        learnings: 60,
        feedback: 20,
    };

    /// The counts [`fill_synthetic`] returns for this size.
    pub fn expected(&self) -> Counts {
        if self.partnerships == 0 {
            return Counts::default();
        }
        Counts {
            partnerships: self.partnerships,
            goals: self.goals,
            check_ins: if self.goals == 0 { 0 } else { self.check_ins },
            sessions: self.sessions,
            agenda_items: if self.sessions == 0 {
                0
            } else {
                self.agenda_items
            },
            action_items: self.action_items,
            skills: self.skills,
            skill_ratings: self.skills.saturating_mul(self.ratings_per_skill),
            learnings: self.learnings,
            feedback: self.feedback,
        }
    }
}

/// Fills `journal` with a synthetic journal of `size`, its sessions spread over the ten years
/// before `today`. The same `seed` and `today` give the same journal (ids and timestamps apart).
/// Writes one transaction per partnership, so memory stays bounded; if one fails, the
/// partnerships before it stay written. Meant for a new journal, for benchmarks and scale tests.
pub fn fill_synthetic(
    journal: &mut Journal,
    size: &SyntheticSize,
    seed: u64,
    today: NaiveDate,
) -> Result<Counts> {
    let mut synth = Synth {
        rng: ChaCha8Rng::seed_from_u64(seed),
        texts: 0,
    };
    journal.write(|tx| {
        tx.set_profile(Profile {
            my_name: SYNTHETIC_OWNER.to_owned(),
            my_role: SYNTHETIC_OWNER_ROLE.to_owned(),
        })
    })?;
    let rare = rare_positions(size.learnings);
    let parts = size.partnerships;
    let mut total = Counts::default();
    for i in 0..parts {
        let goals = (
            cumulative(size.goals, parts, i),
            cumulative(size.goals, parts, i + 1),
        );
        let sessions = (
            cumulative(size.sessions, parts, i),
            cumulative(size.sessions, parts, i + 1),
        );
        let plan = Plan {
            goals: goals.1 - goals.0,
            check_ins: between(size.check_ins, size.goals, goals),
            sessions: sessions.1 - sessions.0,
            agenda_items: between(size.agenda_items, size.sessions, sessions),
            action_items: share(size.action_items, parts, i),
            skills: share(size.skills, parts, i),
            ratings_per_skill: size.ratings_per_skill,
            learnings: share(size.learnings, parts, i),
            first_learning: cumulative(size.learnings, parts, i),
            feedback: share(size.feedback, parts, i),
        };
        total += journal.write(|tx| synth.partnership(tx, &plan, &rare, today))?;
    }
    Ok(total)
}

/// `total * i / parts`, rounded down: the first `i` of `parts` shares of `total`.
fn cumulative(total: u32, parts: u32, i: u32) -> u32 {
    if parts == 0 {
        return 0;
    }
    u32::try_from(u64::from(total) * u64::from(i) / u64::from(parts)).unwrap_or(u32::MAX)
}

/// Share `i` of `total` split into `parts`; the shares add up to `total` exactly.
fn share(total: u32, parts: u32, i: u32) -> u32 {
    cumulative(total, parts, i + 1) - cumulative(total, parts, i)
}

/// The share of `total` that belongs to the `of`-records `range.0..range.1`, in proportion.
fn between(total: u32, of: u32, range: (u32, u32)) -> u32 {
    cumulative(total, of, range.1) - cumulative(total, of, range.0)
}

/// Which learnings (by index over the whole journal) hold the rare word: evenly spread.
fn rare_positions(learnings: u32) -> Vec<u32> {
    let n = RARE_WORD_RECORDS.min(learnings);
    (0..n)
        .map(|k| cumulative(learnings, n, k) + learnings / (2 * n))
        .collect()
}

/// One partnership's share of the totals.
struct Plan {
    goals: u32,
    check_ins: u32,
    sessions: u32,
    agenda_items: u32,
    action_items: u32,
    skills: u32,
    ratings_per_skill: u32,
    learnings: u32,
    /// Index of this partnership's first learning over the whole journal.
    first_learning: u32,
    feedback: u32,
}

/// What one partnership's text talks about.
struct Voice {
    partner: &'static str,
    learn: Vec<&'static str>,
    teach: Vec<&'static str>,
}

struct Synth {
    rng: ChaCha8Rng,
    /// Text records written so far that may carry [`PHRASE`].
    texts: u32,
}

/// The sessions of a synthetic partnership span at most this many days...
const MAX_SPAN_DAYS: i64 = 3_500;
/// ...and start at most this many days before today.
const TEN_YEARS_DAYS: i64 = 3_650;

impl Synth {
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

    /// Whether the next text record carries [`PHRASE`].
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
    fn partnership(
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
        let span = (n - 1).max(0) * step;
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
            dates.push(shift(start, j * step + jitter));
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

        let mut goals: Vec<(GoalId, GoalStatus)> = Vec::new();
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
            goals.push((goal.id, goal_status));
        }
        let per_goal = self.spread(plan.check_ins, goals.len());
        for (&(goal, goal_status), k) in goals.iter().zip(per_goal) {
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

/// (topic, skill category).
type Topic = (&'static str, &'static str);

/// What the senior learns: digital tools, social media, trends, inclusion.
const DIGITAL: &[Topic] = &[
    ("LinkedIn", "Social media"),
    ("TikTok", "Social media"),
    ("Instagram Reels", "Social media"),
    ("short-form video", "Social media"),
    ("personal branding", "Social media"),
    ("online communities", "Social media"),
    ("newsletters", "Social media"),
    ("podcasts", "Social media"),
    ("the AI assistant", "Generative AI"),
    ("prompt writing", "Generative AI"),
    ("checking AI output", "Generative AI"),
    ("image generation tools", "Generative AI"),
    ("Power BI dashboards", "Data"),
    ("SQL queries", "Data"),
    ("Python notebooks", "Data"),
    ("spreadsheet automation", "Data"),
    ("Teams channels", "Collaboration tools"),
    ("Loop pages", "Collaboration tools"),
    ("Miro boards", "Collaboration tools"),
    ("Notion", "Collaboration tools"),
    ("Figma", "Design"),
    ("Canva", "Design"),
    ("Power Automate", "Automation"),
    ("inclusive language", "Inclusion"),
    ("pronouns at work", "Inclusion"),
    ("accessibility checks", "Inclusion"),
    ("captions and alt text", "Inclusion"),
    ("neurodiversity at work", "Inclusion"),
    ("hybrid meetings", "Ways of working"),
    ("remote onboarding", "Ways of working"),
    ("Gen Z attitudes to work", "Trends"),
    ("creator partnerships", "Trends"),
    ("privacy settings", "Digital security"),
    ("password managers", "Digital security"),
];

/// What the senior teaches: business insight.
const BUSINESS: &[Topic] = &[
    ("capital allocation", "Finance"),
    ("the annual budget", "Finance"),
    ("pricing decisions", "Finance"),
    ("gross margin", "Finance"),
    ("cash flow", "Finance"),
    ("the quarterly forecast", "Finance"),
    ("business cases", "Finance"),
    ("board papers", "Governance"),
    ("the investment committee", "Governance"),
    ("risk registers", "Governance"),
    ("stakeholder maps", "Leadership"),
    ("negotiation", "Leadership"),
    ("managing upwards", "Leadership"),
    ("executive presence", "Leadership"),
    ("running a restructuring", "Leadership"),
    ("hiring plans", "People"),
    ("career planning", "People"),
    ("giving hard feedback", "People"),
    ("supplier contracts", "Operations"),
    ("procurement rules", "Operations"),
    ("customer churn", "Commercial"),
    ("key account planning", "Commercial"),
];

const FIRST_NAMES: &[&str] = &[
    "Aisha", "Ben", "Chloe", "Daniel", "Ella", "Farah", "George", "Hannah", "Isaac", "Jade",
    "Kofi", "Leah", "Marcus", "Nadia", "Oliver", "Priya", "Quinn", "Rosa", "Samir", "Tara", "Umar",
    "Vera", "Will", "Xin", "Yusuf", "Zoe", "Amara", "Callum", "Dev", "Freya", "Ines", "Jonah",
    "Kemi", "Luca", "Maya", "Niamh", "Omar", "Ruby", "Theo", "Wen",
];

const LAST_NAMES: &[&str] = &[
    "Adeyemi",
    "Barnes",
    "Chen",
    "Dubois",
    "Evans",
    "Fischer",
    "Garcia",
    "Hughes",
    "Iqbal",
    "Jensen",
    "Khan",
    "Lopez",
    "Murphy",
    "Novak",
    "Okafor",
    "Patel",
    "Price",
    "Rossi",
    "Singh",
    "Takahashi",
    "Usman",
    "Varga",
    "Walsh",
    "Yilmaz",
    "Zhang",
    "Kowalski",
    "Mensah",
    "O'Brien",
    "Haddad",
    "Lindqvist",
];

const ROLES: &[&str] = &[
    "Data Analyst",
    "Marketing Associate",
    "Graduate Software Engineer",
    "HR Coordinator",
    "Junior Designer",
    "Customer Success Associate",
    "Sales Development Representative",
    "Social Media Executive",
    "Operations Analyst",
    "Finance Graduate",
    "Product Analyst",
    "IT Support Analyst",
    "Communications Assistant",
    "Junior Data Scientist",
];

const PLACES: &[&str] = &[
    "Video call",
    "Video call",
    "My office",
    "Quiet room, 4th floor",
    "Café on the ground floor",
    "Meeting room 2",
    "Walking meeting",
    "Kitchen area",
];

const GOAL_STATUSES: &[GoalStatus] = &[
    GoalStatus::Open,
    GoalStatus::Open,
    GoalStatus::InProgress,
    GoalStatus::InProgress,
    GoalStatus::InProgress,
    GoalStatus::InProgress,
    GoalStatus::Achieved,
    GoalStatus::Achieved,
    GoalStatus::Achieved,
    GoalStatus::Dropped,
];

const SENTENCES: &[&str] = &[
    "{p} showed me how the team uses {d} day to day, and it was simpler than I expected.",
    "We spent most of the hour on {b}, and {p} asked why the team approves things in that order.",
    "I tried {d} on my own before the session and got stuck on the settings.",
    "Next time we start with {b}, because we ran out of time again.",
    "{p} pointed out that my last message to the team read as a decision, not a question.",
    "We agreed to check in two weeks from now on whether the team has picked up {d}.",
    "The numbers behind {b} only made sense once we followed one order all the way through.",
    "A good reminder that {d} rewards consistency more than polish.",
    "{p} is preparing a short demo of {d} for the wider team.",
    "We compared how my team and {p}'s team use {d}; the gap is habits, not tools.",
    "I explained how {b} works here, including the unwritten rules nobody puts in the policy.",
    "{p} wants to understand {b} well enough to defend a proposal in front of the committee.",
    "Roughly {n} minutes on {d}, the rest on {b}.",
    "Honest feedback from {p}: I still send long emails when a short post in the team channel \
     would do.",
    "The team found {n} small fixes once we looked at the process together.",
    "{p} asked a question about {b} that I could not answer without checking, which is the point \
     of doing this.",
    "I realised I had been avoiding {d} because I did not want to look slow in front of the team.",
    "We drew the whole thing on the whiteboard and took a photo for the team.",
    "{p} noticed that the quarterly charts are easier to read when the axis starts at zero.",
    "Most of what I thought I knew about {d} was about five years out of date.",
    "{p} thinks the team would use {d} more if someone senior went first. Fair.",
    "I shared the history of {b} here: two failed attempts and one that worked.",
    "We looked at three real examples of {d} from people {p} follows.",
    "The conversation moved from {b} to career choices, which was the more useful half.",
    "{p} challenged my assumption that the team prefers meetings to written updates.",
    "Small win: I used {d} in the Monday meeting without asking anyone for help.",
    "We agreed that I would try {d} for {n} days and report back honestly.",
    "{p} wrote a one-page summary of {b}; the argument was sound and the ask was buried on page \
     two.",
    "It is easier to teach {b} with a real example than with a framework, so we used last \
     quarter's.",
    "I asked {p} to be blunter with me; the politeness is costing us time.",
    "The hardest part of {d} for me is not the tool, it is deciding what is worth saying.",
    "We talked about how the budget cycle shapes what the team can start in the second half of \
     the year.",
    "{p} wondered aloud why finance and marketing count the same customers differently.",
    "I left with a list of {n} things to try and a strong suspicion I will manage three.",
    "The team reacted to {d} more warmly than I expected, mostly because I admitted I was \
     learning.",
    "{p} explained the etiquette of {d}, which nobody had ever told me.",
    "We went through the action items from last time: most done, one quietly forgotten.",
    "{p} has a sharp eye for the risk in {b} that a sponsor would rather not discuss.",
    "{B} looks different from {p}'s desk: the rules are visible, the reasons are not.",
    "{D} came up again; I am slowly getting the hang of it.",
];

const PRIVATE: &[&str] = &[
    "Felt defensive when {p} questioned my view of {b}. Work on that.",
    "Tired today, and it showed. I rushed {p} through the last item.",
    "{p} mentioned applying for a role in another team. Keep that to myself.",
    "I talked too much again. Next time: ask, then wait.",
    "Not sure I am giving {p} enough in return; the exchange felt one-way this month.",
    "Embarrassed that I still don't really understand {d}. Keep going.",
    "{p} seemed flat today. Ask next time whether everything is all right, without prying.",
    "Distracted by tomorrow's board meeting. {p} deserved better.",
    "Good session. I noticed I enjoyed being the one who didn't know.",
    "Must not let {b} turn into me lecturing.",
];

const CANCELLED: &[&str] = &[
    "{p} was off sick; we rebooked for next week.",
    "The quarter-end close ran over; my fault.",
    "Clashed with an all-hands meeting neither of us could miss.",
    "I was travelling and the hotel connection gave up.",
];

const SESSION_TITLES: &[&str] = &[
    "{D} and {b}",
    "Check-in: {b}",
    "{D}: first steps",
    "Working session on {b}",
    "{D}, continued",
    "Review: {b}",
    "{D} in practice",
    "Questions about {b}",
];

const AGENDA: &[&str] = &[
    "Questions from last time about {d}",
    "Walk through {d} together",
    "{p}'s update on {b}",
    "How {b} works here",
    "Review my first attempt at {d}",
    "Plan the next step on {b}",
    "Quick look at the open action items",
    "One thing that went well, one that didn't",
    "{D}: what my team should try next",
    "Practise explaining {b} in two minutes",
    "Look at real examples of {d}",
    "Feedback on the last session",
];

const ACTIONS: &[&str] = &[
    "Try {d} on one real task before the next session",
    "Send {p} the template for {b}",
    "Draft a short post about {b}",
    "Book a slot with the team to demo {d}",
    "Read the policy on {d} and note the questions",
    "Bring a real example of {b} to discuss",
    "Write up what we learned about {d} for the team",
    "Ask the team for one example each of {d}",
    "Share last quarter's published figures on {b}",
    "Introduce {p} to the owner of {b}",
];

const DECISIONS: &[&str] = &[
    "Try it for a month",
    "Park it until next quarter",
    "{p} drafts a proposal",
    "Share it with the team",
    "Drop it",
    "Ask the team first",
    "Revisit after the budget round",
];

const LEARN_GOALS: &[&str] = &[
    "Get comfortable with {d}",
    "Use {d} every week",
    "Understand how the team uses {d}",
    "Explain {d} to my own team",
];

const TEACH_GOALS: &[&str] = &[
    "Help {p} understand {b}",
    "{p} can explain {b} to a sponsor",
    "Build {p}'s confidence with {b}",
    "{p} leads a conversation about {b}",
];

const WENT_WELL: &[&str] = &[
    "The session had a clear plan and we kept to it.",
    "{p} came prepared with real examples of {d}.",
    "A good balance between {d} and {b} today.",
    "An honest conversation; nobody was performing.",
    "We finished with concrete next steps.",
];

const TO_IMPROVE: &[&str] = &[
    "We ran over again; keep to the time-boxes.",
    "Too much on {b}, not enough on {d}.",
    "The agenda should go out earlier.",
    "More questions, fewer stories.",
    "Let {p} lead more of the first half.",
];

const PHRASE_SENTENCE: &str = "{p} said the team needs more psychological safety before anyone asks a basic question in the \
     open channel.";

const RARE_SENTENCE: &str =
    "{p} compared a good post-mortem to kintsugi: show where it broke, and mend it in gold.";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use crate::model::Session;
    use std::sync::Arc;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 18).unwrap()
    }

    fn journal_on(today: NaiveDate) -> Journal {
        let now = today.and_hms_opt(9, 0, 0).unwrap().and_utc();
        Journal::open_in_memory(Arc::new(ManualClock::new(now))).unwrap()
    }

    /// Counts the live rows of every kind through the public listing functions.
    fn count_rows(journal: &Journal) -> Counts {
        journal
            .read(|tx| {
                let mut c = Counts::default();
                for p in tx.partnerships()? {
                    c.partnerships += 1;
                    for goal in tx.goals(p.id)? {
                        c.goals += 1;
                        c.check_ins += count(tx.check_ins(goal.id)?.len());
                    }
                    for session in tx.sessions(p.id)? {
                        c.sessions += 1;
                        c.agenda_items += count(tx.agenda(session.id)?.len());
                    }
                    c.action_items += count(tx.actions(p.id)?.len());
                    for skill in tx.skills(Some(p.id))? {
                        c.skills += 1;
                        c.skill_ratings += count(tx.skill_ratings(skill.id)?.len());
                    }
                    c.learnings += count(tx.learnings(Some(p.id))?.len());
                    c.feedback += count(tx.feedback(p.id)?.len());
                }
                Ok(c)
            })
            .unwrap()
    }

    fn all_sessions(journal: &Journal) -> Vec<Session> {
        journal
            .read(|tx| {
                let mut all = Vec::new();
                for p in tx.partnerships()? {
                    all.extend(tx.sessions(p.id)?);
                }
                Ok(all)
            })
            .unwrap()
    }

    #[test]
    fn the_demo_fills_a_new_journal_and_reports_what_it_wrote() {
        let mut journal = journal_on(today());
        let counts = fill_demo(&mut journal, today()).unwrap();
        assert_eq!(
            counts,
            count_rows(&journal),
            "the reported counts are what is stored"
        );
        assert_eq!(counts.partnerships, 3);
        let profile = journal.read(|tx| tx.profile()).unwrap();
        assert_eq!(profile.my_name, DEMO_OWNER);
    }

    #[test]
    fn every_demo_partnership_tells_a_whole_story() {
        let mut journal = journal_on(today());
        fill_demo(&mut journal, today()).unwrap();
        journal
            .read(|tx| {
                let partnerships = tx.partnerships()?;
                assert!((2..=3).contains(&partnerships.len()));
                for p in &partnerships {
                    let name = &p.fields.partner_name;
                    let sessions = tx.sessions(p.id)?;
                    assert!((6..=10).contains(&sessions.len()), "{name}: sessions");
                    assert!(!p.fields.agreement.is_empty(), "{name}: agreement");
                    assert!(!p.fields.i_learn.is_empty() && !p.fields.i_teach.is_empty());
                    let goals = tx.goals(p.id)?;
                    for direction in [Learn, Teach] {
                        assert!(
                            goals.iter().any(|g| g.fields.direction == direction),
                            "{name}: a {direction} goal"
                        );
                    }
                    let authors: Vec<Party> =
                        tx.feedback(p.id)?.iter().map(|f| f.fields.author).collect();
                    assert!(
                        authors.contains(&Me) && authors.contains(&Partner),
                        "{name}"
                    );
                    let skills = tx.skills_growth(Some(p.id))?;
                    assert!(skills.iter().any(|s| s.skill.fields.direction == Learn));
                    assert!(skills.iter().any(|s| s.skill.fields.direction == Teach));
                    assert!(!tx.learnings(Some(p.id))?.is_empty(), "{name}: learnings");
                    assert!(!tx.actions(p.id)?.is_empty(), "{name}: actions");
                }
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn the_demo_has_private_notes_overdue_actions_and_growth_rated_both_ways() {
        let mut journal = journal_on(today());
        fill_demo(&mut journal, today()).unwrap();
        journal
            .read(|tx| {
                let mut private_notes = 0;
                let mut overdue = 0;
                let mut rated_both_ways_and_grown = 0;
                let mut private_learnings = 0;
                for p in tx.partnerships()? {
                    for s in tx.sessions(p.id)? {
                        private_notes += usize::from(!s.fields.private_notes.is_empty());
                    }
                    for a in tx.actions(p.id)? {
                        let due = a.fields.due_on.unwrap();
                        overdue += usize::from(a.fields.done_at.is_none() && due < today());
                    }
                    for growth in tx.skills_growth(Some(p.id))? {
                        if let (Some(me), Some(partner)) = (growth.self_rated, growth.partner_rated)
                            && me.change > 0
                            && partner.change > 0
                        {
                            rated_both_ways_and_grown += 1;
                        }
                    }
                    private_learnings += tx
                        .learnings(Some(p.id))?
                        .iter()
                        .filter(|l| l.fields.visibility == Private)
                        .count();
                }
                assert!(private_notes >= 3, "private session notes: {private_notes}");
                assert!(private_learnings >= 1);
                assert!(overdue >= 2, "overdue actions: {overdue}");
                assert!(
                    rated_both_ways_and_grown >= 3,
                    "{rated_both_ways_and_grown}"
                );
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn the_demo_looks_current_on_any_day_of_the_week() {
        for offset in 0..7 {
            let today = shift(today(), offset);
            let mut journal = journal_on(today);
            fill_demo(&mut journal, today).unwrap();
            let sessions = all_sessions(&journal);
            let planned: Vec<&Session> = sessions
                .iter()
                .filter(|s| s.fields.status == SessionStatus::Planned)
                .collect();
            assert_eq!(
                planned.len(),
                2,
                "one planned session per active partnership"
            );
            for s in &sessions {
                let on = s.fields.starts_at.date_naive();
                assert!(!matches!(on.weekday(), Weekday::Sat | Weekday::Sun));
                let first = sessions
                    .iter()
                    .find(|other| other.fields.partnership_id == s.fields.partnership_id);
                let meeting_day = first.map(|f| f.fields.starts_at.weekday());
                assert_eq!(Some(s.fields.starts_at.weekday()), meeting_day, "{on}");
                assert_eq!(
                    s.fields.status == SessionStatus::Planned,
                    on > today,
                    "{on}"
                );
            }
        }
    }

    #[test]
    fn the_next_demo_session_starts_with_what_carry_over_brought() {
        let mut journal = journal_on(today());
        fill_demo(&mut journal, today()).unwrap();
        journal
            .read(|tx| {
                for p in tx.partnerships()? {
                    let sessions = tx.sessions(p.id)?;
                    let Some(next) = sessions
                        .iter()
                        .find(|s| s.fields.status == SessionStatus::Planned)
                    else {
                        assert_eq!(p.fields.status, PartnershipStatus::Completed);
                        continue;
                    };
                    let agenda = tx.agenda(next.id)?;
                    let carried = agenda.iter().filter(|i| i.fields.carried_from.is_some());
                    assert!(carried.count() >= 2, "{}", p.fields.partner_name);
                    assert!(agenda.iter().any(|i| i.fields.carried_from.is_none()));
                    let positions: Vec<u32> = agenda.iter().map(|i| i.fields.position).collect();
                    assert_eq!(positions, (0..count(agenda.len())).collect::<Vec<_>>());
                }
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn a_second_demo_is_refused_and_writes_nothing() {
        let mut journal = journal_on(today());
        let first = fill_demo(&mut journal, today()).unwrap();
        let refused = fill_demo(&mut journal, today()).unwrap_err();
        assert!(
            matches!(
                refused,
                Error::Invalid {
                    field: "journal",
                    ..
                }
            ),
            "{refused:?}"
        );
        assert_eq!(count_rows(&journal), first);
    }

    #[test]
    fn the_demo_is_refused_by_a_journal_holding_a_skill_alone() {
        let mut journal = journal_on(today());
        journal
            .write(|tx| {
                tx.create(SkillFields {
                    partnership_id: None,
                    name: "Public speaking".into(),
                    category: String::new(),
                    direction: Learn,
                })
            })
            .unwrap();
        assert!(fill_demo(&mut journal, today()).is_err());
        assert_eq!(count_rows(&journal), Counts::default());
        let profile = journal.read(|tx| tx.profile()).unwrap();
        assert_eq!(
            profile,
            Profile::default(),
            "the refused demo set no profile"
        );
    }

    #[test]
    fn the_small_synthetic_journal_has_exactly_the_requested_size() {
        let size = SyntheticSize::SMALL;
        let mut journal = journal_on(today());
        let counts = fill_synthetic(&mut journal, &size, 7, today()).unwrap();
        assert_eq!(counts, size.expected());
        assert_eq!(count_rows(&journal), size.expected());
    }

    #[test]
    fn uneven_sizes_still_add_up() {
        let size = SyntheticSize {
            partnerships: 4,
            goals: 7,
            check_ins: 13,
            sessions: 11,
            agenda_items: 29,
            action_items: 5,
            skills: 3,
            ratings_per_skill: 2,
            learnings: 9,
            feedback: 6,
        };
        let mut journal = journal_on(today());
        let counts = fill_synthetic(&mut journal, &size, 1, today()).unwrap();
        assert_eq!(counts, size.expected());
        assert_eq!(count_rows(&journal), size.expected());
    }

    /// What a synthetic journal says, without ids and timestamps.
    fn contents(journal: &Journal) -> Vec<String> {
        journal
            .read(|tx| {
                let mut out = Vec::new();
                for p in tx.partnerships()? {
                    out.push(format!(
                        "{:?}",
                        (&p.fields.partner_name, &p.fields.agreement)
                    ));
                    for s in tx.sessions(p.id)? {
                        out.push(format!(
                            "{:?}",
                            (s.fields.starts_at, &s.fields.shared_notes)
                        ));
                        for item in tx.agenda(s.id)? {
                            out.push(item.fields.text);
                        }
                    }
                    for l in tx.learnings(Some(p.id))? {
                        out.push(format!("{} {}", l.fields.on, l.fields.text));
                    }
                }
                Ok(out)
            })
            .unwrap()
    }

    #[test]
    fn the_synthetic_journal_is_the_same_for_the_same_seed() {
        let fill = |seed| {
            let mut journal = journal_on(today());
            fill_synthetic(&mut journal, &SyntheticSize::SMALL, seed, today()).unwrap();
            contents(&journal)
        };
        assert_eq!(fill(3), fill(3));
        assert_ne!(fill(3), fill(4));
    }

    #[test]
    fn synthetic_text_has_common_rare_and_phrase_hits() {
        let mut journal = journal_on(today());
        fill_synthetic(&mut journal, &SyntheticSize::SMALL, 11, today()).unwrap();
        let learnings = journal.read(|tx| tx.learnings(None)).unwrap();
        let with = |needle: &str| {
            learnings
                .iter()
                .filter(|l| l.fields.text.contains(needle))
                .count()
        };
        assert_eq!(with(RARE_WORD), RARE_WORD_RECORDS as usize);
        assert!(with(COMMON_WORD) > learnings.len() / 3);
        let phrases = with(PHRASE)
            + all_sessions(&journal)
                .iter()
                .filter(|s| s.fields.shared_notes.contains(PHRASE))
                .count();
        assert!((2..=10).contains(&phrases), "{phrases}");
        assert!(contents(&journal).iter().all(|text| !text.contains('{')));
    }

    #[test]
    fn synthetic_sessions_span_ten_years_and_some_notes_are_long() {
        let mut journal = journal_on(today());
        fill_synthetic(&mut journal, &SyntheticSize::SMALL, 5, today()).unwrap();
        let sessions = all_sessions(&journal);
        let earliest = shift(today(), -TEN_YEARS_DAYS - 3);
        for s in &sessions {
            let on = s.fields.starts_at.date_naive();
            assert!(on >= earliest, "{on}");
            assert_eq!(
                s.fields.status == SessionStatus::Planned,
                on > today(),
                "{on}"
            );
        }
        let longest = sessions.iter().map(|s| s.fields.shared_notes.len()).max();
        assert!(longest.unwrap_or(0) >= 2_000);
    }

    /// Writes the heavy journal to a file and prints how long it took and how big it is:
    /// `cargo test --release -p twoway-journal heavy -- --ignored --nocapture`.
    #[test]
    #[ignore = "slow: writes the heavy benchmark journal"]
    fn heavy_journal_time_and_size() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("heavy.sqlite3");
        let now = today().and_hms_opt(9, 0, 0).unwrap().and_utc();
        let mut journal = Journal::open(&path, Arc::new(ManualClock::new(now))).unwrap();
        let started = std::time::Instant::now();
        let counts = fill_synthetic(&mut journal, &SyntheticSize::HEAVY, 42, today()).unwrap();
        let elapsed = started.elapsed();
        let hits = |query: &str| {
            journal
                .read(|tx| {
                    let sql = "SELECT count(*) FROM search WHERE search MATCH ?1";
                    Ok(tx
                        .prepare(sql)?
                        .query_row([query], |r| r.get::<_, i64>(0))?)
                })
                .unwrap()
        };
        println!(
            "records matching {COMMON_WORD:?}: {}, {RARE_WORD:?}: {}, {PHRASE:?} as a phrase: {}",
            hits(COMMON_WORD),
            hits(RARE_WORD),
            hits(&format!("\"{PHRASE}\""))
        );
        drop(journal);
        let bytes = std::fs::metadata(&path).unwrap().len();
        println!(
            "HEAVY: {elapsed:.2?}, {:.1} MB, {counts:?}",
            bytes as f64 / 1_000_000.0
        );
        assert_eq!(counts, SyntheticSize::HEAVY.expected());
    }
}
