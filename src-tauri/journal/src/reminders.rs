//! What to remind the owner of between sessions, computed by the journal for the moment the
//! shell gives (`now`, local time with its offset); the shell only schedules and shows.
//!
//! Two kinds: a session starting soon (its lead time before it starts), and a daily digest
//! (actions due today and overdue, sessions the rhythm says to plan, agreements whose revisit
//! date has come, partnerships quiet for twice their rhythm). Only active partnerships remind.
//! A reminder is due once: its key is kept when it is shown ([`WriteTx::reminder_shown`]), and
//! a rescheduled session reminds again. Notifications show on a locked screen, so a reminder
//! carries no text from a private record: a private agenda item or action is counted, never
//! quoted, and nothing comes from notes.

use crate::db::{ReadTx, WriteTx, date_text, instant_text};
use crate::error::{Error, Problem, Result};
use crate::language::tr;
use crate::model::{PartnershipId, PartnershipStatus, SessionId, SessionStatus, Visibility};
use crate::rhythm;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime, Utc};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

/// Without a set time the digest comes at the day's first start, but not before this: an app
/// left running overnight would otherwise notify just after midnight.
pub const EARLIEST_DIGEST: NaiveTime = match NaiveTime::from_hms_opt(7, 0, 0) {
    Some(time) => time,
    None => panic!("07:00 is a time"),
};

/// How many agenda items a session reminder names.
const AGENDA_ITEMS_NAMED: usize = 3;

/// The longest lead time before a session, in minutes (a day).
pub const MAX_LEAD_MINUTES: u32 = 24 * 60;

/// What the owner wants to be reminded of, and when not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ReminderSettings {
    /// Remind before a planned session starts.
    pub sessions: bool,
    /// How long before, in minutes, unless the partnership sets its own.
    pub session_lead_minutes: u32,
    /// Partnerships with a lead time of their own.
    pub lead_by_partnership: Vec<PartnershipLead>,
    /// The daily digest.
    pub digest: bool,
    /// The digest waits for this local time; without one it comes at the day's first start
    /// from [`EARLIEST_DIGEST`] on.
    pub digest_at: Option<NaiveTime>,
    /// No reminder from `quiet_from` to `quiet_until` (local times; past midnight when
    /// `quiet_until` is earlier). A session reminder due then is not shown; the digest waits.
    pub quiet_from: Option<NaiveTime>,
    /// The end of the quiet hours.
    pub quiet_until: Option<NaiveTime>,
}

/// One partnership's own lead time before its sessions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PartnershipLead {
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// Minutes before its sessions start.
    pub minutes: u32,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        Self {
            sessions: true,
            session_lead_minutes: 15,
            lead_by_partnership: Vec::new(),
            digest: true,
            digest_at: None,
            quiet_from: None,
            quiet_until: None,
        }
    }
}

impl ReminderSettings {
    /// The lead time before the sessions of `partnership`.
    pub fn lead_for(&self, partnership: PartnershipId) -> Duration {
        let minutes = self
            .lead_by_partnership
            .iter()
            .find(|l| l.partnership_id == partnership)
            .map_or(self.session_lead_minutes, |l| l.minutes);
        Duration::minutes(i64::from(minutes))
    }

    /// Whether `time` falls in the quiet hours.
    pub fn is_quiet(&self, time: NaiveTime) -> bool {
        match (self.quiet_from, self.quiet_until) {
            (Some(from), Some(until)) if from <= until => from <= time && time < until,
            (Some(from), Some(until)) => time >= from || time < until,
            _ => false,
        }
    }

    fn check(&self) -> Result<()> {
        let leads = std::iter::once(self.session_lead_minutes)
            .chain(self.lead_by_partnership.iter().map(|l| l.minutes));
        for minutes in leads {
            if !(1..=MAX_LEAD_MINUTES).contains(&minutes) {
                return Err(Error::invalid(
                    "session_lead_minutes",
                    Problem::OutOfRange {
                        min: 1,
                        max: i64::from(MAX_LEAD_MINUTES),
                    },
                ));
            }
        }
        if self.quiet_from.is_some() != self.quiet_until.is_some() {
            return Err(Error::invalid(
                "quiet_until",
                Problem::Other("problem-needs-start-and-end"),
            ));
        }
        Ok(())
    }
}

/// What a reminder is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum ReminderAbout {
    /// A session starting soon; clicking the notification opens it.
    Session(SessionId),
    /// The day's digest; clicking it opens the home view.
    Digest(NaiveDate),
}

/// A notification to show: its words, already free of private text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Reminder {
    /// Identifies it, so it is shown once ([`WriteTx::reminder_shown`]).
    pub key: String,
    /// What it is about.
    pub about: ReminderAbout,
    /// The notification's title.
    pub title: String,
    /// Its lines.
    pub lines: Vec<String>,
}

const SETTINGS_KEY: &str = "reminders";

/// The shared texts quoted, and the private ones counted: "Send the slides; 1 private action".
fn quoted(shared: &[String], private: usize) -> String {
    let mut parts: Vec<String> = shared.to_vec();
    if private > 0 {
        parts.push(tr("reminder-private-actions", &[("count", private.into())]));
    }
    parts.join("; ")
}

impl ReadTx<'_> {
    /// The owner's reminder settings (their defaults until saved).
    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        let saved = self.setting(SETTINGS_KEY)?;
        // Saved by a build that spelled them otherwise: the defaults, rather than no reminders.
        Ok(saved
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default())
    }

    /// Whether the reminder with `key` was shown already.
    fn was_shown(&self, key: &str) -> Result<bool> {
        Ok(self
            .prepare("SELECT 1 FROM reminder_shown WHERE key = ?1")?
            .query_row([key], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// The reminders due at `now` (local time with its offset) that were not shown yet.
    pub fn due_reminders(&self, now: DateTime<FixedOffset>) -> Result<Vec<Reminder>> {
        let settings = self.reminder_settings()?;
        if settings.is_quiet(now.time()) {
            return Ok(Vec::new());
        }
        let mut due = Vec::new();
        if settings.sessions {
            due.extend(self.sessions_soon(now, &settings)?);
        }
        if settings.digest
            && now.time() >= settings.digest_at.unwrap_or(EARLIEST_DIGEST)
            && let Some(digest) = self.digest(now.date_naive())?
        {
            due.push(digest);
        }
        let mut unseen = Vec::new();
        for reminder in due {
            if !self.was_shown(&reminder.key)? {
                unseen.push(reminder);
            }
        }
        Ok(unseen)
    }

    /// Planned sessions of active partnerships starting within their lead time of `now`.
    fn sessions_soon(
        &self,
        now: DateTime<FixedOffset>,
        settings: &ReminderSettings,
    ) -> Result<Vec<Reminder>> {
        let mut soon = Vec::new();
        for p in self.partnerships()? {
            if p.fields.status != PartnershipStatus::Active {
                continue;
            }
            let lead = settings.lead_for(p.id);
            let from = instant_text(now.with_timezone(&Utc));
            let until = instant_text((now + lead).with_timezone(&Utc));
            let sessions = self.list_where::<crate::model::SessionFields>(
                "partnership_id = ?1 AND status = ?2 AND starts_at_utc > ?3 AND starts_at_utc <= ?4",
                rusqlite::params![p.id, SessionStatus::Planned.as_str(), from, until],
                "starts_at_utc",
            )?;
            for session in sessions {
                let starts = session.fields.starts_at;
                let minutes = (starts - now).num_minutes().max(1);
                let mut lines = vec![tr(
                    "reminder-session-at",
                    &[
                        ("title", session.fields.title.trim().into()),
                        ("time", starts.format("%H:%M").to_string().as_str().into()),
                    ],
                )];
                let agenda = self.agenda(session.id)?;
                let shared: Vec<String> = agenda
                    .iter()
                    .filter(|i| i.fields.visibility == Visibility::Shared)
                    .map(|i| i.fields.text.trim().to_owned())
                    .filter(|text| !text.is_empty())
                    .collect();
                for text in shared.iter().take(AGENDA_ITEMS_NAMED) {
                    lines.push(format!("• {text}"));
                }
                let more = agenda.len() - shared.len().min(AGENDA_ITEMS_NAMED);
                if more > 0 {
                    lines.push(tr("reminder-more-items", &[("count", more.into())]));
                }
                soon.push(Reminder {
                    key: format!(
                        "session:{}:{}",
                        session.id,
                        instant_text(starts.with_timezone(&Utc))
                    ),
                    about: ReminderAbout::Session(session.id),
                    title: tr(
                        "reminder-session-soon",
                        &[
                            ("partner", p.fields.partner_name.trim().into()),
                            ("minutes", minutes.into()),
                        ],
                    ),
                    lines,
                });
            }
        }
        Ok(soon)
    }

    /// The digest of `today`, or none when there is nothing to say.
    fn digest(&self, today: NaiveDate) -> Result<Option<Reminder>> {
        let mut lines = Vec::new();
        for p in self.partnerships()? {
            if p.fields.status != PartnershipStatus::Active {
                continue;
            }
            let partner = p.fields.partner_name.trim().to_owned();
            let open = self.open_actions(p.id)?;
            let due_today: Vec<_> = open
                .iter()
                .filter(|a| a.fields.due_on == Some(today))
                .collect();
            let overdue: Vec<_> = open
                .iter()
                .filter(|a| a.fields.due_on.is_some_and(|on| on < today))
                .collect();
            for (message, actions) in [
                ("reminder-actions-due-today", due_today),
                ("reminder-actions-overdue", overdue),
            ] {
                if actions.is_empty() {
                    continue;
                }
                let shared: Vec<String> = actions
                    .iter()
                    .filter(|a| a.fields.visibility == Visibility::Shared)
                    .map(|a| a.fields.text.trim().to_owned())
                    .collect();
                let private = actions.len() - shared.len();
                lines.push(tr(
                    message,
                    &[
                        ("count", actions.len().into()),
                        ("partner", partner.as_str().into()),
                        ("actions", quoted(&shared, private).as_str().into()),
                    ],
                ));
            }
            let summary = self.partnership_summary(p.id, today)?;
            let planned_ahead = summary.next_planned_at.is_some();
            if let Some(due) = summary.next_session_due
                && due <= today
                && !planned_ahead
            {
                lines.push(tr(
                    "reminder-plan-session",
                    &[
                        ("partner", partner.as_str().into()),
                        ("due", date_text(due).as_str().into()),
                    ],
                ));
            }
            if let Some(revisit) = summary.agreement.revisit_on
                && revisit <= today
            {
                lines.push(tr(
                    "reminder-revisit-agreement",
                    &[
                        ("partner", partner.as_str().into()),
                        ("from", date_text(revisit).as_str().into()),
                    ],
                ));
            }
            if let (Some(cadence), Some(last)) = (p.fields.cadence, summary.last_held_on)
                && let Some(twice) = rhythm::slot(last, cadence, 2)
                && twice <= today
                && !planned_ahead
            {
                let days = (today - last).num_days();
                lines.push(tr(
                    "reminder-no-session-for",
                    &[("partner", partner.as_str().into()), ("days", days.into())],
                ));
            }
        }
        if lines.is_empty() {
            return Ok(None);
        }
        Ok(Some(Reminder {
            key: format!("digest:{}", date_text(today)),
            about: ReminderAbout::Digest(today),
            title: tr("reminder-digest-title", &[]),
            lines,
        }))
    }
}

impl WriteTx<'_> {
    /// Saves the owner's reminder settings after checking them.
    pub fn set_reminder_settings(&self, settings: &ReminderSettings) -> Result<ReminderSettings> {
        settings.check()?;
        let text = serde_json::to_string(settings).map_err(|_| {
            Error::invalid("reminders", Problem::Other("problem-cannot-be-written"))
        })?;
        self.put_setting(SETTINGS_KEY, &text)?;
        self.reminder_settings()
    }

    /// Sets how long before the sessions of `partnership` their reminder comes; `None` (or the
    /// default lead time) follows the default again.
    pub fn set_session_lead(
        &self,
        partnership: PartnershipId,
        minutes: Option<u32>,
    ) -> Result<ReminderSettings> {
        self.require_live("partnership", partnership)?;
        let mut settings = self.reminder_settings()?;
        settings
            .lead_by_partnership
            .retain(|lead| lead.partnership_id != partnership);
        if let Some(minutes) = minutes.filter(|m| *m != settings.session_lead_minutes) {
            settings.lead_by_partnership.push(PartnershipLead {
                partnership_id: partnership,
                minutes,
            });
        }
        self.set_reminder_settings(&settings)
    }

    /// Keeps that the reminder with `key` was shown, so it is not due again.
    pub fn reminder_shown(&self, key: &str) -> Result<()> {
        self.execute(
            "INSERT INTO reminder_shown (key, shown_at) VALUES (?1, ?2)
             ON CONFLICT (key) DO NOTHING",
            [key, instant_text(self.now()).as_str()],
        )?;
        Ok(())
    }
}
