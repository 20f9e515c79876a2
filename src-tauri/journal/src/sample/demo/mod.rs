//! The demo journal: the shapes a story is written in, and the code that writes a story
//! through the journal's own `create` calls. The three stories are data, one file each.

mod jordan;
mod priya;
mod sam;

use super::{Counts, count, local_at, shift, utc_at};
use crate::db::WriteTx;
use crate::error::{Error, Problem, Result};
use crate::journal::Journal;
use crate::model::{
    ActionItemFields, AgendaItemFields, AgendaItemId, AgendaTemplateFields, AgreementVersionFields,
    Cadence, Direction, FeedbackFields, GoalCheckInFields, GoalFields, GoalId, GoalStatus,
    LearningFields, PartnershipFields, PartnershipId, PartnershipStatus, Party, Profile,
    SessionFields, SessionId, SessionStatus, SkillFields, SkillId, SkillRatingFields, TemplateItem,
    Visibility,
};
use crate::recognition::{Period, RecordChoice};
use chrono::{Datelike, NaiveDate, Offset, Utc, Weekday};

/// The demo journal's owner.
pub const DEMO_OWNER: &str = "Helen Marsh";
/// The demo journal's owner's role.
pub const DEMO_OWNER_ROLE: &str = "Finance Director";

/// Fills a new, empty journal with the demo: the owner's profile and three reverse-mentoring
/// partnerships with their agreements, goals and check-ins, sessions (agendas, shared and
/// private notes), action items, skills with ratings, learnings and feedback. Every date is
/// counted from `today`; the next planned session of each active partnership is created the way
/// a user creates one, so carry-over fills its agenda. One transaction: on any error nothing is
/// written. A journal that already holds records, even only in the trash, is refused (see
/// [`ReadTx::is_empty`](crate::ReadTx::is_empty)), so the demo is never mixed into someone's
/// real journal.
pub fn fill_demo(journal: &mut Journal, today: NaiveDate) -> Result<Counts> {
    journal.write(|tx| {
        if !tx.is_empty()? {
            return Err(Error::invalid(
                "journal",
                Problem::Other("problem-demo-needs-empty-journal"),
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
        for template in DEMO_TEMPLATES {
            tx.create(AgendaTemplateFields {
                name: template.name.to_owned(),
                items: template
                    .items
                    .iter()
                    .map(|&(title, minutes, owner)| TemplateItem {
                        title: title.to_owned(),
                        minutes: Some(minutes),
                        owner,
                    })
                    .collect(),
                visibility: template.visibility,
            })?;
            counts.agenda_templates += 1;
        }
        Ok(counts)
    })
}

/// An agenda template of the owner's own: (title, minutes, owner) per item.
struct DemoTemplate {
    name: &'static str,
    visibility: Visibility,
    items: &'static [(&'static str, u32, Party)],
}

/// Two templates the owner kept: one shared with her partners, one for herself.
const DEMO_TEMPLATES: &[DemoTemplate] = &[
    DemoTemplate {
        name: "Fortnightly, with a practice slot",
        visibility: Visibility::Shared,
        items: &[
            (
                "How was the fortnight, {partner_first_name}?",
                5,
                Party::Partner,
            ),
            (
                "Actions from last time ({open_actions} open)",
                10,
                Party::Me,
            ),
            ("Hands-on: one new tool, tried together", 20, Party::Partner),
            ("Who does what before we next meet", 5, Party::Me),
        ],
    },
    DemoTemplate {
        name: "Before a board meeting",
        visibility: Visibility::Private,
        items: &[
            ("The numbers the board will ask about", 15, Party::Me),
            (
                "How would {partner_first_name} tell this story in one post?",
                15,
                Party::Partner,
            ),
            ("Where we stand on {goal_titles}", 10, Party::Me),
        ],
    },
];

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
    /// Versions of the agreement either of the two adopted, oldest first.
    versions: &'static [DemoVersion],
    goals: &'static [DemoGoal],
    skills: &'static [DemoSkill],
    /// Sessions already entered, oldest first.
    sessions: &'static [DemoSession],
    /// The next session, planned with `create_session`; its agenda is added after what
    /// carry-over brought in.
    next: Option<DemoSession>,
    learnings: &'static [DemoLearning],
    feedback: &'static [DemoFeedback],
    /// What I say about the partner in a record of learning I signed, with every candidate
    /// in it, waiting for their countersignature; `None`: no record.
    record_statement: Option<&'static str>,
}

struct DemoVersion {
    /// `None`: the agreement as it stands now.
    text: Option<&'static str>,
    revisit: Option<i64>,
    adopted: i64,
    by: Party,
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
    for version in demo.versions {
        tx.create(AgreementVersionFields {
            partnership_id: partnership,
            text: version.text.unwrap_or(demo.agreement).to_owned(),
            revisit_on: version.revisit.map(day),
            adopted_on: day(version.adopted),
            adopted_by: version.by,
        })?;
        counts.agreement_versions += 1;
    }

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
                visibility: goal.visibility,
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
                visibility: Visibility::Shared,
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
                // A self-rating is the owner's own view of themselves.
                visibility: match rater {
                    Party::Me => Visibility::Private,
                    Party::Partner => Visibility::Shared,
                },
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
                visibility: Visibility::Shared,
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
                visibility: Visibility::Shared,
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
            author: Party::Me,
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
    if let Some(statement) = demo.record_statement {
        let draft = tx.record_draft(partnership, Period::default())?;
        tx.sign_record(
            partnership,
            &RecordChoice {
                include: draft.candidates.iter().map(|c| c.id).collect(),
                statement: statement.to_owned(),
                period: Period::default(),
            },
        )?;
        counts.records_of_learning += 1;
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
            visibility: Visibility::Shared,
        })?;
    }
    Ok(count(actions.len()))
}

const DEMO: &[DemoPartnership] = &[priya::PRIYA, jordan::JORDAN, sam::SAM];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Session;
    use crate::sample::testing::{all_sessions, count_rows, journal_on, today};
    use Direction::{Learn, Teach};
    use Party::{Me, Partner};
    use Visibility::Private;

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

    /// A skill of no partnership: a record the demo's own partnerships do not explain.
    fn add_skill(journal: &mut Journal) -> crate::model::Skill {
        journal
            .write(|tx| {
                tx.create(SkillFields {
                    partnership_id: None,
                    name: "Public speaking".into(),
                    category: String::new(),
                    direction: Learn,
                    visibility: Visibility::Shared,
                })
            })
            .unwrap()
    }

    #[test]
    fn the_demo_is_refused_by_a_journal_holding_a_skill_alone() {
        let mut journal = journal_on(today());
        add_skill(&mut journal);
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
    fn a_record_in_the_trash_keeps_a_journal_from_being_empty() {
        let mut journal = journal_on(today());
        assert!(journal.read(|tx| tx.is_empty()).unwrap());
        let skill = add_skill(&mut journal);
        journal.write(|tx| tx.trash(skill.id)).unwrap();
        assert!(!journal.read(|tx| tx.is_empty()).unwrap());
        assert!(fill_demo(&mut journal, today()).is_err());
    }
}
