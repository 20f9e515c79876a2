//! Demo story three, completed, monthly: Helen learned to work in the open (Teams, Loop, Power
//! Automate) from Sam Okoye, a graduate engineer, and taught how the company makes its money.

use super::{
    DemoFeedback, DemoGoal, DemoLearning, DemoPartnership, DemoSession, DemoSkill, DemoVersion,
    action, item,
};
use crate::model::{
    Cadence, CadenceUnit, Direction, GoalStatus, PartnershipStatus, Party, SessionStatus,
    Visibility,
};
use Direction::{Learn, Teach};
use Party::{Me, Partner};
use Visibility::{Private, Shared};
use chrono::Weekday;

pub(super) const SAM: DemoPartnership = DemoPartnership {
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
    versions: &[DemoVersion {
        text: None,
        revisit: None,
        adopted: -418,
        by: Me,
    }],
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
    record_statement: Some(
        "Sam showed me that working in the open is faster, not riskier: our weekly update moved \
to a channel and stayed there. Patient, precise and generous with their time.",
    ),
};
