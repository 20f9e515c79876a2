//! Demo story two, active, every three weeks: Helen learns how people under 30 use social media
//! and inclusive language from Jordan Ellis, a marketing associate, and teaches stakeholder work.

use super::{
    DemoFeedback, DemoGoal, DemoLearning, DemoPartnership, DemoSession, DemoSkill, action, item,
};
use crate::model::{
    Cadence, CadenceUnit, Direction, GoalStatus, PartnershipStatus, Party, SessionStatus,
    Visibility,
};
use Direction::{Learn, Teach};
use Party::{Me, Partner};
use Visibility::{Private, Shared};
use chrono::Weekday;

pub(super) const JORDAN: DemoPartnership = DemoPartnership {
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
    versions: &[],
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
    record_statement: None,
};
