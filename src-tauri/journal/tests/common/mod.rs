//! Builders shared by the journal's tests: an in-memory journal on a clock the test holds, and
//! valid fields for every entity that a test then bends out of shape.
#![allow(dead_code)]

pub mod exports;
pub mod html_scan;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use std::sync::Arc;
use twoway_journal::model::*;
use twoway_journal::{Journal, ManualClock};

pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
}

pub fn date(text: &str) -> NaiveDate {
    text.parse().expect("a YYYY-MM-DD date")
}

/// A local time with an offset, as the UI sends it.
pub fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("an RFC 3339 time")
}

pub struct TestJournal {
    pub journal: Journal,
    pub clock: Arc<ManualClock>,
}

impl TestJournal {
    pub fn new() -> Self {
        let clock = Arc::new(ManualClock::new(t0()));
        let journal = Journal::open_in_memory(clock.clone()).expect("an in-memory journal");
        Self { journal, clock }
    }

    pub fn clock_now(&self) -> DateTime<Utc> {
        use twoway_journal::Clock;
        self.clock.now()
    }

    pub fn tick(&self) {
        self.clock.advance(Duration::seconds(1));
    }

    pub fn partnership(&mut self) -> Partnership {
        self.journal
            .write(|tx| tx.create(partnership_fields()))
            .unwrap()
    }

    pub fn session(&mut self, partnership: PartnershipId, starts: &str) -> Session {
        self.journal
            .write(|tx| tx.create_session(session_fields(partnership, starts)))
            .unwrap()
            .session
    }

    /// A session of `partnership` at `starts` with `status`, created the way a user creates one.
    pub fn session_on(
        &mut self,
        partnership: PartnershipId,
        starts: &str,
        status: SessionStatus,
    ) -> Session {
        let mut fields = session_fields(partnership, starts);
        fields.status = status;
        self.journal
            .write(|tx| tx.create_session(fields))
            .unwrap()
            .session
    }

    /// Live and trashed record counts of every kind, to show a refused write wrote nothing.
    pub fn counts(&self) -> Vec<twoway_journal::trash::KindCount> {
        self.journal.read(|tx| tx.record_counts()).unwrap()
    }
}

pub fn partnership_fields() -> PartnershipFields {
    PartnershipFields {
        partner_name: "Priya Natarajan".into(),
        partner_role: "Data analyst".into(),
        i_learn: vec!["LinkedIn".into(), "Generative AI".into()],
        i_teach: vec!["Capital allocation".into()],
        status: PartnershipStatus::Active,
        started_on: date("2026-01-05"),
        ends_on: Some(date("2026-12-18")),
        cadence: Some(Cadence {
            every: 2,
            unit: CadenceUnit::Week,
        }),
        agreement: "## Ground rules\n\n- What is said here stays here.".into(),
        agreement_revisit_on: Some(date("2026-06-01")),
    }
}

pub fn goal_fields(partnership: PartnershipId) -> GoalFields {
    GoalFields {
        partnership_id: partnership,
        title: "Post on LinkedIn every week".into(),
        description: "Build a habit of *sharing* what the team learns.".into(),
        direction: Direction::Learn,
        success_criteria: "- 12 posts\n- 3 comments a week".into(),
        target_on: Some(date("2026-06-30")),
        status: GoalStatus::InProgress,
        progress: 10,
        visibility: Visibility::Shared,
    }
}

pub fn check_in_fields(goal: GoalId, on: &str, progress: u8) -> GoalCheckInFields {
    GoalCheckInFields {
        goal_id: goal,
        on: date(on),
        progress,
        note: "Two posts this week.".into(),
        visibility: Visibility::Shared,
    }
}

pub fn session_fields(partnership: PartnershipId, starts: &str) -> SessionFields {
    SessionFields {
        partnership_id: partnership,
        starts_at: at(starts),
        duration_minutes: 45,
        status: SessionStatus::Planned,
        title: "Prompting for finance".into(),
        place: "Video call".into(),
        shared_notes: "We tried **three** prompts.".into(),
        private_notes: "I was impatient; slow down next time.".into(),
    }
}

pub fn agenda_fields(session: SessionId, position: u32, text: &str) -> AgendaItemFields {
    AgendaItemFields {
        session_id: session,
        position,
        text: text.into(),
        minutes: Some(10),
        owner: Party::Partner,
        covered: false,
        carried_from: None,
        goal_id: None,
        visibility: Visibility::Shared,
    }
}

pub fn action_fields(partnership: PartnershipId, due: Option<&str>) -> ActionItemFields {
    ActionItemFields {
        partnership_id: partnership,
        session_id: None,
        text: "Draft the first post".into(),
        owner: Party::Me,
        due_on: due.map(date),
        done_at: None,
        visibility: Visibility::Shared,
    }
}

pub fn skill_fields(partnership: Option<PartnershipId>, direction: Direction) -> SkillFields {
    SkillFields {
        partnership_id: partnership,
        name: "Prompt writing".into(),
        category: "Generative AI".into(),
        direction,
        visibility: Visibility::Shared,
    }
}

pub fn rating_fields(skill: SkillId, on: &str, level: u8, rater: Party) -> SkillRatingFields {
    SkillRatingFields {
        skill_id: skill,
        on: date(on),
        level,
        rater,
        note: String::new(),
        visibility: Visibility::Shared,
    }
}

pub fn learning_fields(partnership: Option<PartnershipId>) -> LearningFields {
    LearningFields {
        partnership_id: partnership,
        on: date("2026-03-02"),
        text: "Asking the model for a table first saves a round trip.".into(),
        skill_id: None,
        session_id: None,
        visibility: Visibility::Private,
        author: Party::Me,
    }
}

pub fn feedback_fields(
    partnership: PartnershipId,
    author: Party,
    rating: Option<u8>,
) -> FeedbackFields {
    FeedbackFields {
        partnership_id: partnership,
        session_id: None,
        author,
        on: date("2026-03-02"),
        rating,
        went_well: "Clear examples.".into(),
        to_improve: "More time for questions.".into(),
        visibility: Visibility::Shared,
    }
}
