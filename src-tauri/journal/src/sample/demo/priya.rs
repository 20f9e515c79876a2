//! Demo story one, active, every two weeks: Helen learns LinkedIn and generative AI for finance
//! work from Priya Raman, a data analyst, and teaches her how capital gets allocated.

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

/// What Priya and I agreed in the first session, before the second month changed it.
const FIRST_AGREEMENT: &str = "## Why we are doing this

Priya helps me get fluent with LinkedIn and the generative-AI tools the company has rolled out. I
share how capital really gets allocated here.

## Ground rules

- We meet **every week for 30 minutes**, Tuesdays at 08:30, in my office.
- Priya sets the agenda. Either of us can swap topics with a day's notice.
- No question is too basic, in either direction.

## Confidentiality

- What we discuss stays between us unless we both agree to share it.

We revisit this agreement after two months.
";

pub(super) const PRIYA: DemoPartnership = DemoPartnership {
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
    // The first session's version, agreed by both; the current text, adopted after the
    // second month by me and then by Priya.
    versions: &[
        DemoVersion {
            text: Some(FIRST_AGREEMENT),
            revisit: Some(-60),
            adopted: -113,
            by: Me,
        },
        DemoVersion {
            text: Some(FIRST_AGREEMENT),
            revisit: Some(-60),
            adopted: -112,
            by: Partner,
        },
        DemoVersion {
            text: None,
            revisit: Some(20),
            adopted: -54,
            by: Me,
        },
        DemoVersion {
            text: None,
            revisit: Some(20),
            adopted: -52,
            by: Partner,
        },
    ],
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
    record_statement: None,
};
