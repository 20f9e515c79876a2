//! Sessions, and the carry-over that starts the next one: the previous session's uncovered
//! agenda items come along (linked through `carried_from`) and every open action item of the
//! partnership is listed.

use super::{Entity, Link, LongText, link_field, long_text, validate};
use crate::db::{IntoSqlValue, ReadTx, WriteTx, get_offset, get_small, instant_text};
use crate::error::Result;
use crate::model::{
    ActionItem, AgendaItem, AgendaItemFields, PartnershipId, Session, SessionFields, SessionId,
    SessionStatus,
};
use chrono::Utc;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row};
use serde::{Deserialize, Serialize};

/// The longest session the journal accepts, in minutes: a whole day.
pub const MAX_SESSION_MINUTES: u32 = 24 * 60;

impl Entity for SessionFields {
    const LINKS: &'static [Link<Self>] =
        &[link_field!(required partnership_id -> Partnership, Live, fixed)];
    const LABEL: &'static str = "title";
    const HISTORY: &'static [LongText<Self>] =
        &[long_text!(shared_notes), long_text!(private_notes)];
    const COLUMNS: &'static [&'static str] = &[
        "partnership_id",
        "starts_at",
        "starts_at_utc",
        "duration_minutes",
        "status",
        "title",
        "place",
        "shared_notes",
        "private_notes",
    ];

    fn bind(&self) -> Vec<Value> {
        vec![
            self.partnership_id.into_sql(),
            self.starts_at.into_sql(),
            instant_text(self.starts_at.with_timezone(&Utc)).into_sql(),
            self.duration_minutes.into_sql(),
            self.status.into_sql(),
            self.title.clone().into_sql(),
            self.place.clone().into_sql(),
            self.shared_notes.clone().into_sql(),
            self.private_notes.clone().into_sql(),
        ]
    }

    fn read(row: &Row<'_>, i: usize) -> rusqlite::Result<Self> {
        Ok(Self {
            partnership_id: row.get(i)?,
            starts_at: get_offset(row, i + 1)?,
            duration_minutes: get_small(row, i + 3)?,
            status: row.get(i + 4)?,
            title: row.get(i + 5)?,
            place: row.get(i + 6)?,
            shared_notes: row.get(i + 7)?,
            private_notes: row.get(i + 8)?,
        })
    }

    fn validate(&self, _tx: &ReadTx<'_>, _previous: Option<&Self>) -> Result<()> {
        validate::required_line("title", &self.title)?;
        validate::range(
            "duration_minutes",
            self.duration_minutes,
            1,
            i64::from(MAX_SESSION_MINUTES),
        )?;
        validate::line("place", &self.place)?;
        validate::text("shared_notes", &self.shared_notes)?;
        validate::text("private_notes", &self.private_notes)
    }
}

/// A session just created, with what carry-over brought into it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NewSession {
    /// The session as stored.
    pub session: Session,
    /// Agenda items copied from the previous session's uncovered ones.
    pub carried_over: Vec<AgendaItem>,
    /// Every open action item of the partnership.
    pub open_actions: Vec<ActionItem>,
}

/// Everything the session view shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SessionPlan {
    /// The session.
    pub session: Session,
    /// Its agenda, in order.
    pub agenda: Vec<AgendaItem>,
    /// Sum of the agenda's time-boxes, to hold against `duration_minutes`.
    pub agenda_minutes: u32,
    /// The partnership's open action items from before this session: agreed outside any
    /// session or in one that starts earlier. (Those agreed in this session are in
    /// `actions_agreed`; those of later sessions are no business of an older one.)
    pub open_actions: Vec<ActionItem>,
    /// Action items agreed in this session, open or done.
    pub actions_agreed: Vec<ActionItem>,
}

impl ReadTx<'_> {
    /// A partnership's sessions, newest first.
    pub fn sessions(&self, partnership: PartnershipId) -> Result<Vec<Session>> {
        self.list_where(
            "partnership_id = ?1",
            [partnership],
            "starts_at_utc DESC, seq DESC",
        )
    }

    /// A session with its agenda and the actions around it.
    pub fn session_plan(&self, id: SessionId) -> Result<SessionPlan> {
        let session = self.get(id)?;
        let agenda = self.agenda(id)?;
        let agenda_minutes = agenda.iter().filter_map(|item| item.fields.minutes).sum();
        Ok(SessionPlan {
            open_actions: self.open_actions_before(&session)?,
            actions_agreed: self.actions_of_session(id)?,
            session,
            agenda,
            agenda_minutes,
        })
    }

    fn open_actions_before(&self, session: &Session) -> Result<Vec<ActionItem>> {
        let starts = instant_text(session.fields.starts_at.with_timezone(&Utc));
        self.list_where(
            "partnership_id = ?1 AND done_at IS NULL AND (session_id IS NULL OR session_id IN (
                 SELECT id FROM session WHERE partnership_id = ?1 AND id <> ?2 AND starts_at_utc <= ?3))",
            (session.fields.partnership_id, session.id, starts),
            "due_on IS NULL, due_on, seq",
        )
    }

    /// The live session of the partnership that starts last before `session` (by instant),
    /// other than itself.
    fn previous_session(&self, session: &Session) -> Result<Option<SessionId>> {
        let starts = instant_text(session.fields.starts_at.with_timezone(&Utc));
        Ok(self
            .prepare(
                "SELECT id FROM session
                 WHERE partnership_id = ?1 AND deleted_at IS NULL AND id <> ?2 AND starts_at_utc <= ?3
                 ORDER BY starts_at_utc DESC, seq DESC LIMIT 1",
            )?
            .query_row((session.fields.partnership_id, session.id, starts), |r| r.get(0))
            .optional()?)
    }

    fn has_later_session(&self, session: &Session) -> Result<bool> {
        let starts = instant_text(session.fields.starts_at.with_timezone(&Utc));
        Ok(self
            .prepare(
                "SELECT EXISTS (SELECT 1 FROM session
             WHERE partnership_id = ?1 AND deleted_at IS NULL AND id <> ?2 AND starts_at_utc > ?3)",
            )?
            .query_row((session.fields.partnership_id, session.id, starts), |r| {
                r.get(0)
            })?)
    }
}

impl ReadTx<'_> {
    /// Our session a session of the partner's stands for (see [`crate::import`]).
    pub(crate) fn session_alias(&self, partner_session: SessionId) -> Result<Option<SessionId>> {
        let id: Option<String> = self
            .prepare("SELECT session_id FROM session_alias WHERE partner_session = ?1")?
            .query_row([partner_session.to_string()], |r| r.get(0))
            .optional()?;
        Ok(id
            .and_then(|id| uuid::Uuid::parse_str(&id).ok())
            .map(SessionId::from))
    }

    /// Our sessions that stand for one of the partner's.
    pub(crate) fn aliased_sessions(&self) -> Result<Vec<SessionId>> {
        let ids: Vec<String> = self
            .prepare("SELECT session_id FROM session_alias")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids
            .iter()
            .filter_map(|id| uuid::Uuid::parse_str(id).ok())
            .map(SessionId::from)
            .collect())
    }

    /// Our live session of `partnership` whose time overlaps that of `theirs`, if one does
    /// (the earliest, if several).
    pub(crate) fn overlapping_session(
        &self,
        partnership: PartnershipId,
        theirs: &SessionFields,
    ) -> Result<Option<SessionId>> {
        let span = |fields: &SessionFields| {
            let start = fields.starts_at.with_timezone(&chrono::Utc);
            (
                start,
                start + chrono::Duration::minutes(i64::from(fields.duration_minutes.max(1))),
            )
        };
        let (start, end) = span(theirs);
        let mut mine: Vec<Session> = self
            .sessions(partnership)?
            .into_iter()
            .filter(|session| {
                let (from, to) = span(&session.fields);
                from < end && start < to
            })
            .collect();
        mine.sort_by_key(|session| session.fields.starts_at);
        Ok(mine.first().map(|session| session.id))
    }
}

impl WriteTx<'_> {
    /// Remembers that the partner's session stands for ours.
    pub(crate) fn remember_alias(&self, partner_session: SessionId, ours: SessionId) -> Result<()> {
        self.execute(
            "INSERT INTO session_alias (partner_session, session_id) VALUES (?1, ?2)
             ON CONFLICT (partner_session) DO UPDATE SET session_id = excluded.session_id",
            (partner_session.to_string(), ours.to_string()),
        )?;
        Ok(())
    }
}

impl WriteTx<'_> {
    /// Creates a session the way a user does. When it is a planned session after every other
    /// one of the partnership, the previous session's uncovered agenda items are carried into
    /// it (each once: an item already carried elsewhere stays where it went), and the
    /// partnership's open action items are listed. A session entered after the fact, between
    /// others or already held, carries nothing.
    pub fn create_session(&self, fields: SessionFields) -> Result<NewSession> {
        let partnership = fields.partnership_id;
        let session = self.create(fields)?;
        let mut carried_over = Vec::new();
        if session.fields.status == SessionStatus::Planned
            && !self.has_later_session(&session)?
            && let Some(previous) = self.previous_session(&session)?
        {
            let uncovered: Vec<AgendaItem> = self.list_where(
                "session_id = ?1 AND covered = 0 AND NOT EXISTS (
                     SELECT 1 FROM agenda_item later
                     WHERE later.carried_from = agenda_item.id AND later.deleted_at IS NULL)",
                [previous],
                "position, seq",
            )?;
            for (position, item) in uncovered.into_iter().enumerate() {
                let goal_id = match item.fields.goal_id {
                    Some(goal) if !self.get(goal)?.is_trashed() => Some(goal),
                    _ => None,
                };
                carried_over.push(self.create(AgendaItemFields {
                    session_id: session.id,
                    position: u32::try_from(position).unwrap_or(u32::MAX),
                    text: item.fields.text,
                    minutes: item.fields.minutes,
                    owner: item.fields.owner,
                    covered: false,
                    carried_from: Some(item.id),
                    goal_id,
                    visibility: item.fields.visibility,
                })?);
            }
        }
        Ok(NewSession {
            session,
            carried_over,
            open_actions: self.open_actions(partnership)?,
        })
    }
}
