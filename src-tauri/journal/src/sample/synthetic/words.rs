//! The synthetic journal's vocabulary: topics, names, places and sentence templates (`{p}` the
//! partner, `{d}`/`{b}` a topic learned or taught, `{n}` a number), kept apart from the code
//! that draws from it.

use crate::model::GoalStatus;

/// (topic, skill category).
pub(super) type Topic = (&'static str, &'static str);

/// What the senior learns: digital tools, social media, trends, inclusion.
pub(super) const DIGITAL: &[Topic] = &[
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
pub(super) const BUSINESS: &[Topic] = &[
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

pub(super) const FIRST_NAMES: &[&str] = &[
    "Aisha", "Ben", "Chloe", "Daniel", "Ella", "Farah", "George", "Hannah", "Isaac", "Jade",
    "Kofi", "Leah", "Marcus", "Nadia", "Oliver", "Priya", "Quinn", "Rosa", "Samir", "Tara", "Umar",
    "Vera", "Will", "Xin", "Yusuf", "Zoe", "Amara", "Callum", "Dev", "Freya", "Ines", "Jonah",
    "Kemi", "Luca", "Maya", "Niamh", "Omar", "Ruby", "Theo", "Wen",
];

pub(super) const LAST_NAMES: &[&str] = &[
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

pub(super) const ROLES: &[&str] = &[
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

pub(super) const PLACES: &[&str] = &[
    "Video call",
    "Video call",
    "My office",
    "Quiet room, 4th floor",
    "Café on the ground floor",
    "Meeting room 2",
    "Walking meeting",
    "Kitchen area",
];

pub(super) const GOAL_STATUSES: &[GoalStatus] = &[
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

pub(super) const SENTENCES: &[&str] = &[
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

pub(super) const PRIVATE: &[&str] = &[
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

pub(super) const CANCELLED: &[&str] = &[
    "{p} was off sick; we rebooked for next week.",
    "The quarter-end close ran over; my fault.",
    "Clashed with an all-hands meeting neither of us could miss.",
    "I was travelling and the hotel connection gave up.",
];

pub(super) const SESSION_TITLES: &[&str] = &[
    "{D} and {b}",
    "Check-in: {b}",
    "{D}: first steps",
    "Working session on {b}",
    "{D}, continued",
    "Review: {b}",
    "{D} in practice",
    "Questions about {b}",
];

pub(super) const AGENDA: &[&str] = &[
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

pub(super) const ACTIONS: &[&str] = &[
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

pub(super) const DECISIONS: &[&str] = &[
    "Try it for a month",
    "Park it until next quarter",
    "{p} drafts a proposal",
    "Share it with the team",
    "Drop it",
    "Ask the team first",
    "Revisit after the budget round",
];

pub(super) const LEARN_GOALS: &[&str] = &[
    "Get comfortable with {d}",
    "Use {d} every week",
    "Understand how the team uses {d}",
    "Explain {d} to my own team",
];

pub(super) const TEACH_GOALS: &[&str] = &[
    "Help {p} understand {b}",
    "{p} can explain {b} to a sponsor",
    "Build {p}'s confidence with {b}",
    "{p} leads a conversation about {b}",
];

pub(super) const WENT_WELL: &[&str] = &[
    "The session had a clear plan and we kept to it.",
    "{p} came prepared with real examples of {d}.",
    "A good balance between {d} and {b} today.",
    "An honest conversation; nobody was performing.",
    "We finished with concrete next steps.",
];

pub(super) const TO_IMPROVE: &[&str] = &[
    "We ran over again; keep to the time-boxes.",
    "Too much on {b}, not enough on {d}.",
    "The agenda should go out earlier.",
    "More questions, fewer stories.",
    "Let {p} lead more of the first half.",
];

pub(super) const PHRASE_SENTENCE: &str = "{p} said the team needs more psychological safety before anyone asks a basic question in the \
     open channel.";

pub(super) const RARE_SENTENCE: &str =
    "{p} compared a good post-mortem to kintsugi: show where it broke, and mend it in gold.";
