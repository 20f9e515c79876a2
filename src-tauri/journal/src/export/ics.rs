//! The iCalendar export (RFC 5545): a journal's plans as a `.ics` file a calendar app can import.
//! It owns the choice of what a calendar shows, the mapping of records to components and
//! properties, and a small content-line writer (escaping, folding, CRLF).
//!
//! ## What the calendar holds
//!
//! One `VCALENDAR` with `PRODID:-//Twoway//Twoway journal//EN`, `VERSION:2.0`,
//! `CALSCALE:GREGORIAN`, `METHOD:PUBLISH`, and its name twice: `NAME` (RFC 7986) and
//! `X-WR-CALNAME` (what most apps read): "Twoway — ‹my name›" for the journal, "Twoway —
//! ‹partner›" for a partnership, "Twoway — ‹title› (with ‹partner›)" for a session. Then:
//!
//! - **A `VEVENT` for every planned session** (not held, not cancelled, not in the trash):
//!   `UID:‹session id›@twoway`, `DTSTAMP` (the export time), `DTSTART`/`DTEND` in UTC
//!   (`…Z`; a session keeps a fixed offset, not a named zone, so UTC is the honest form),
//!   `SUMMARY:‹title› (with ‹partner›)`, `LOCATION` (the place, when there is one),
//!   `DESCRIPTION` (the agenda as plain-text lines with time-boxes and owners, when there is
//!   one), `CATEGORIES:Twoway,Reverse mentoring`, `STATUS:CONFIRMED`, `CREATED`,
//!   `LAST-MODIFIED` and `SEQUENCE` (below).
//! - **A recurring `VEVENT` for the rhythm of every active partnership with a cadence**, on the
//!   journal and partnership scopes (a session's calendar is about that session): the cadence as
//!   `RRULE:FREQ=DAILY|WEEKLY|MONTHLY;INTERVAL=‹every›`, with `;UNTIL=` the end of the
//!   partnership's `ends_on` day when it has one, in local time. See "The rhythm" below.
//! - **A `VALARM` in every planned session**: `ACTION:DISPLAY`, `TRIGGER:-PT‹n›M` with the
//!   lead time the app's own reminder uses (15 minutes unless the partnership or the reminder
//!   settings say otherwise), `DESCRIPTION` the session's summary.
//! - **An all-day `VEVENT` on every agreement revisit date** (the version in force says it, or
//!   the draft before any version is adopted) of a partnership not completed, on
//!   the journal and partnership scopes: `UID:‹partnership id›-agreement-revisit@twoway`,
//!   `DTSTART;VALUE=DATE`/`DTEND;VALUE=DATE` (the next day), `SUMMARY:Revisit the agreement
//!   with ‹partner›`, `TRANSP:TRANSPARENT`; the agreement's text is not in it.
//! - **A `VTODO` for every open action item with a due date** (not done, not in the trash):
//!   `UID:‹action id›@twoway`, `DTSTAMP`, `DUE;VALUE=DATE:YYYYMMDD`, `SUMMARY` (the first line
//!   of the text), `DESCRIPTION` (the rest of the text, then `Owner: ‹name›`, `Partnership:
//!   ‹partner›` and, when that session is in the export, `Agreed in: ‹title› (YYYY-MM-DD)`),
//!   `STATUS:NEEDS-ACTION`, `CATEGORIES`, `CREATED`, `LAST-MODIFIED`, `SEQUENCE` and
//!   `X-TWOWAY-OWNER:me|partner` (the stored spelling, seen from the journal's owner).
//!
//! The words quoted above are the English ones: summaries, descriptions and the placeholder
//! names ("me", "partner") are written in the app's language ([`crate::language`]), while
//! `PRODID`, `UID`s and `CATEGORIES` are identifiers a calendar app keeps and stay as they are.
//!
//! Components come in a fixed order (sessions by start, then rhythms and revisit dates by
//! partnership, then to-dos by due date), so two exports of an unchanged journal differ only in their `DTSTAMP` lines.
//!
//! ## Privacy
//!
//! A calendar never carries notes, goals, learnings or feedback, for either audience: only
//! titles, places, agenda items and action items, which the shared audience keeps anyway. So
//! `audience` changes nothing here; it is taken so every format is called the same way, and
//! the [`ExportSet`] stays the one place that filters.
//!
//! ## The rhythm
//!
//! The brief asked for "the cadence as RRULE where it applies". Turning planned sessions into
//! occurrences of one series would tie every edit of one session to the series, and a cadence
//! the pair does not keep exactly would put the planned session next to an occurrence a few
//! days off. So the rhythm is its own placeholder event, "Reverse mentoring with ‹partner›
//! (every 2 weeks)", `STATUS:TENTATIVE`, `UID:‹partnership id›-cadence@twoway`, that starts one
//! period *after* the partnership's latest planned or held session (cancelled ones do not
//! count), at that session's time of day and duration: the known sessions are events of their
//! own and the placeholder only fills the time after them. It is left out when the partnership
//! is paused or completed, has no cadence, has no session to take a time of day from, or ends
//! before the placeholder would start. Months are added on the calendar, by
//! [`crate::rhythm`] as everywhere else (the 31st plus a month is the last day of the next
//! month), and the `RRULE` then follows RFC 5545. Unlike the
//! sessions, the placeholder is written in local ("floating") time, the wall-clock time the
//! anchor session has, and so is its `UNTIL` (the end of the `ends_on` day), as RFC 5545 asks of
//! a floating start: a rule repeating in UTC would move by an hour across a daylight-saving
//! change and, monthly, leave the local day of the month (00:30 on the 1st at UTC+2 is the 30th
//! or 31st in UTC, and the months without that day would be skipped). A floating time is read
//! in the zone of the calendar it is imported into, which for a rhythm is what is meant.
//! `SEQUENCE` and `LAST-MODIFIED` follow the later of the partnership's and the anchor
//! session's `updated_at`.
//!
//! ## `SEQUENCE`
//!
//! The journal keeps no revision counter, and calendar apps (Google's import in particular) only
//! take an event they already hold again when its `SEQUENCE` is higher. So `SEQUENCE` is the
//! record's `updated_at` in whole seconds since 2020-01-01T00:00:00Z: it grows with every edit,
//! is the same in every export of the same record, and fits the 32-bit INTEGER of RFC 5545
//! until 2088 (it is clamped to 0..=2³¹−1).
//!
//! ## Content lines
//!
//! Written here rather than with the `icalendar` crate: its folding (0.17) can leave a
//! continuation line of 76 octets and its escaping lets a carriage return through. Text is
//! cleaned first (CRLF and lone CR become a line break; other control characters, which RFC 5545
//! forbids in TEXT, are dropped; ends are trimmed), then escaped (`\` → `\\`, `;` → `\;`, `,` →
//! `\,`, line break → `\n`). Lines are folded to at most 75 octets including the leading space
//! of a continuation, never inside a UTF-8 character or an escape pair, and preferably not just
//! after whitespace (some readers trim the end of each physical line). Every line ends in CRLF.

use super::markdown::writer::every;
use super::{Audience, ExportSet, Scope};
use crate::language::tr;
use crate::model::{
    ActionItem, AgendaItem, AgreementVersion, CadenceUnit, Partnership, PartnershipId,
    PartnershipStatus, Party, Session, SessionId, SessionStatus,
};
use crate::rhythm;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, TimeDelta, Utc};
use std::collections::{HashMap, HashSet};

/// The `PRODID` of every calendar Twoway writes.
pub const PRODID: &str = "-//Twoway//Twoway journal//EN";

/// The right-hand side of every `UID`: `‹record id›@twoway`.
pub const UID_DOMAIN: &str = "twoway";

/// The categories every event and to-do carries.
pub const CATEGORIES: &[&str] = &["Twoway", "Reverse mentoring"];

/// The longest physical line, in octets, not counting its CRLF (RFC 5545 section 3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// The `SEQUENCE` origin: 2020-01-01T00:00:00Z, in seconds since the Unix epoch.
const SEQUENCE_EPOCH: i64 = 1_577_836_800;

/// The records of `set` as an iCalendar file (see the module doc for what it holds).
/// `exported_at` becomes every component's `DTSTAMP`; nothing else depends on it.
pub fn ics(
    set: &ExportSet,
    scope: Scope,
    _audience: Audience,
    exported_at: DateTime<Utc>,
) -> String {
    let book = Book::of(set);
    let stamp = utc_stamp(exported_at).unwrap_or_else(|| "19700101T000000Z".to_owned());
    let mut out = Writer::default();
    out.raw("BEGIN", "VCALENDAR");
    out.raw("PRODID", PRODID);
    out.raw("VERSION", "2.0");
    out.raw("CALSCALE", "GREGORIAN");
    out.raw("METHOD", "PUBLISH");
    let name = calendar_name(set, scope, &book);
    out.text("NAME", &name);
    out.text("X-WR-CALNAME", &name);

    for session in &set.sessions {
        if session.fields.status == SessionStatus::Planned && book.is_live(session) {
            write_session(&mut out, session, set, &book, &stamp);
        }
    }
    if !matches!(scope, Scope::Session(_)) {
        for partnership in &set.partnerships {
            write_rhythm(&mut out, partnership, set, &book, &stamp);
        }
        for partnership in &set.partnerships {
            let in_force = crate::store::in_force(partnership.id, &set.agreement_versions);
            write_revisit(&mut out, partnership, in_force, &book, &stamp);
        }
    }
    let mut actions: Vec<&ActionItem> = set
        .action_items
        .iter()
        .filter(|a| a.fields.done_at.is_none() && a.fields.due_on.is_some())
        .filter(|a| !a.is_trashed() && !book.trashed.contains(&a.fields.partnership_id))
        .collect();
    // Stable: within a day the set's own order (creation) stays.
    actions.sort_by_key(|a| a.fields.due_on);
    for action in actions {
        write_action(&mut out, action, &book, &stamp);
    }

    out.raw("END", "VCALENDAR");
    out.text
}

/// Names and lookups the components share.
struct Book<'a> {
    /// The journal owner's name, or "me".
    me: String,
    /// What a partner without a name is called.
    partner: String,
    partners: HashMap<PartnershipId, &'a str>,
    /// Partnerships in the trash: their sessions and actions stay out too.
    trashed: HashSet<PartnershipId>,
    sessions: HashMap<SessionId, &'a Session>,
    agendas: HashMap<SessionId, Vec<&'a AgendaItem>>,
}

impl<'a> Book<'a> {
    fn of(set: &'a ExportSet) -> Self {
        let me = set.profile.my_name.trim();
        let mut agendas: HashMap<SessionId, Vec<&AgendaItem>> = HashMap::new();
        for item in set.agenda_items.iter().filter(|i| !i.is_trashed()) {
            agendas
                .entry(item.fields.session_id)
                .or_default()
                .push(item);
        }
        for items in agendas.values_mut() {
            items.sort_by_key(|i| i.fields.position);
        }
        Self {
            me: if me.is_empty() {
                tr("export-calendar-me", &[])
            } else {
                me.to_owned()
            },
            partner: tr("export-calendar-partner", &[]),
            partners: set
                .partnerships
                .iter()
                .map(|p| (p.id, p.fields.partner_name.trim()))
                .collect(),
            trashed: set
                .partnerships
                .iter()
                .filter(|p| p.is_trashed())
                .map(|p| p.id)
                .collect(),
            sessions: set.sessions.iter().map(|s| (s.id, s)).collect(),
            agendas,
        }
    }

    fn partner(&self, partnership: PartnershipId) -> &str {
        match self.partners.get(&partnership) {
            Some(name) if !name.is_empty() => name,
            _ => &self.partner,
        }
    }

    fn person(&self, party: Party, partnership: PartnershipId) -> &str {
        match party {
            Party::Me => &self.me,
            Party::Partner => self.partner(partnership),
        }
    }

    fn is_live(&self, session: &Session) -> bool {
        !session.is_trashed() && !self.trashed.contains(&session.fields.partnership_id)
    }
}

fn calendar_name(set: &ExportSet, scope: Scope, book: &Book<'_>) -> String {
    match scope {
        Scope::Journal if !set.profile.my_name.trim().is_empty() => {
            format!("Twoway — {}", book.me)
        }
        Scope::Journal => "Twoway".to_owned(),
        Scope::Partnership(p) => format!("Twoway — {}", book.partner(p)),
        Scope::Session(s) => match book.sessions.get(&s) {
            Some(session) => format!("Twoway — {}", session_summary(session, book)),
            None => "Twoway".to_owned(),
        },
    }
}

fn session_summary(session: &Session, book: &Book<'_>) -> String {
    tr(
        "export-calendar-session",
        &[
            ("title", session.fields.title.trim().into()),
            (
                "partner",
                book.partner(session.fields.partnership_id).into(),
            ),
        ],
    )
}

fn write_session(
    out: &mut Writer,
    session: &Session,
    set: &ExportSet,
    book: &Book<'_>,
    stamp: &str,
) {
    let starts = session.fields.starts_at.with_timezone(&Utc);
    let ends = TimeDelta::try_minutes(i64::from(session.fields.duration_minutes))
        .and_then(|d| starts.checked_add_signed(d));
    // A time outside years 0–9999 cannot be written in RFC 5545; such a session is left out
    // rather than written as a line calendar apps would reject.
    let (Some(start), Some(end)) = (utc_stamp(starts), ends.and_then(utc_stamp)) else {
        return;
    };
    out.raw("BEGIN", "VEVENT");
    out.raw("UID", &uid(session.id));
    out.raw("DTSTAMP", stamp);
    out.raw("DTSTART", &start);
    out.raw("DTEND", &end);
    out.text("SUMMARY", &session_summary(session, book));
    out.text("LOCATION", &session.fields.place);
    out.text("DESCRIPTION", &agenda_text(session, book));
    out.raw("CATEGORIES", &categories());
    out.raw("STATUS", "CONFIRMED");
    write_revision(out, session.created_at, session.updated_at);
    // The same lead time the app's own reminder uses.
    let lead = set.reminders.lead_for(session.fields.partnership_id);
    out.raw("BEGIN", "VALARM");
    out.raw("ACTION", "DISPLAY");
    out.text("DESCRIPTION", &session_summary(session, book));
    out.raw("TRIGGER", &format!("-PT{}M", lead.num_minutes()));
    out.raw("END", "VALARM");
    out.raw("END", "VEVENT");
}

/// An all-day event on the day the pair means to look at their agreement again (the
/// agreement's text stays out: a calendar carries titles only).
fn write_revisit(
    out: &mut Writer,
    partnership: &Partnership,
    in_force: Option<&AgreementVersion>,
    book: &Book<'_>,
    stamp: &str,
) {
    let Some(day) = crate::store::revisit_on(partnership, in_force) else {
        return;
    };
    if partnership.is_trashed() || partnership.fields.status == PartnershipStatus::Completed {
        return;
    }
    let (Some(start), Some(end)) = (date_stamp(day), day.succ_opt().and_then(date_stamp)) else {
        return;
    };
    let partner = book.partner(partnership.id);
    out.raw("BEGIN", "VEVENT");
    out.raw(
        "UID",
        &format!("{}-agreement-revisit@{UID_DOMAIN}", partnership.id),
    );
    out.raw("DTSTAMP", stamp);
    out.raw("DTSTART;VALUE=DATE", &start);
    out.raw("DTEND;VALUE=DATE", &end);
    out.text(
        "SUMMARY",
        &tr("export-calendar-revisit", &[("partner", partner.into())]),
    );
    out.raw("CATEGORIES", &categories());
    out.raw("TRANSP", "TRANSPARENT");
    write_revision(out, partnership.created_at, partnership.updated_at);
    out.raw("END", "VEVENT");
}

/// The agenda as plain text: one `- ` line per item with its time-box and owner, continuation
/// lines of an item indented; empty when there is no agenda.
fn agenda_text(session: &Session, book: &Book<'_>) -> String {
    let Some(items) = book.agendas.get(&session.id) else {
        return String::new();
    };
    let partnership = session.fields.partnership_id;
    let boxed: u32 = items.iter().filter_map(|i| i.fields.minutes).sum();
    let mut text = if boxed > 0 {
        tr(
            "export-calendar-agenda-time-boxed",
            &[
                ("planned", boxed.into()),
                ("duration", session.fields.duration_minutes.into()),
            ],
        )
    } else {
        tr("export-calendar-agenda", &[])
    };
    text.push('\n');
    let covered = format!("[{}] ", tr("export-calendar-covered", &[]));
    for item in items {
        let who = book.person(item.fields.owner, partnership);
        let mut lines = item.fields.text.trim().lines();
        let first = lines.next().unwrap_or_default().trim();
        let covered = if item.fields.covered { &covered } else { "" };
        match item.fields.minutes {
            Some(minutes) => {
                let minutes = tr("export-minutes-short", &[("count", minutes.into())]);
                text.push_str(&format!("- {covered}{first} ({minutes}, {who})\n"));
            }
            None => text.push_str(&format!("- {covered}{first} ({who})\n")),
        }
        for line in lines {
            text.push_str("  ");
            text.push_str(line.trim_end());
            text.push('\n');
        }
    }
    text
}

fn write_rhythm(
    out: &mut Writer,
    partnership: &Partnership,
    set: &ExportSet,
    book: &Book<'_>,
    stamp: &str,
) {
    let fields = &partnership.fields;
    let Some(cadence) = fields.cadence else {
        return;
    };
    if fields.status != PartnershipStatus::Active || partnership.is_trashed() || cadence.every == 0
    {
        return;
    }
    // The latest session that happened or will: the rhythm continues after it.
    let Some(anchor) = set
        .sessions
        .iter()
        .filter(|s| s.fields.partnership_id == partnership.id && book.is_live(s))
        .filter(|s| s.fields.status != SessionStatus::Cancelled)
        .max_by_key(|s| (s.fields.starts_at.with_timezone(&Utc), s.id))
    else {
        return;
    };
    // Wall-clock times, as the anchor session's own clock showed them (see "The rhythm"); the
    // day after the anchor's is the one the summary and the planning dialog propose too.
    let anchor_at = anchor.fields.starts_at.naive_local();
    let Some(first) =
        rhythm::next(anchor_at.date(), cadence).map(|on| on.and_time(anchor_at.time()))
    else {
        return;
    };
    let until = match fields.ends_on {
        Some(day) => match day.and_hms_opt(23, 59, 59) {
            Some(until) if until >= first => Some(until),
            _ => return,
        },
        None => None,
    };
    let end = TimeDelta::try_minutes(i64::from(anchor.fields.duration_minutes))
        .and_then(|d| first.checked_add_signed(d));
    let (Some(start), Some(end)) = (local_stamp(first), end.and_then(local_stamp)) else {
        return;
    };
    let freq = match cadence.unit {
        CadenceUnit::Day => "DAILY",
        CadenceUnit::Week => "WEEKLY",
        CadenceUnit::Month => "MONTHLY",
    };
    let mut rule = format!("FREQ={freq};INTERVAL={}", cadence.every);
    if let Some(until) = until.and_then(local_stamp) {
        rule.push_str(";UNTIL=");
        rule.push_str(&until);
    }
    let partner = book.partner(partnership.id);
    let every = every(cadence);
    out.raw("BEGIN", "VEVENT");
    out.raw("UID", &format!("{}-cadence@{UID_DOMAIN}", partnership.id));
    out.raw("DTSTAMP", stamp);
    out.raw("DTSTART", &start);
    out.raw("DTEND", &end);
    out.raw("RRULE", &rule);
    let words = [("partner", partner.into()), ("every", (&every).into())];
    out.text("SUMMARY", &tr("export-calendar-rhythm", &words));
    out.text(
        "DESCRIPTION",
        &tr("export-calendar-rhythm-description", &words),
    );
    out.raw("CATEGORIES", &categories());
    out.raw("STATUS", "TENTATIVE");
    write_revision(
        out,
        partnership.created_at,
        partnership.updated_at.max(anchor.updated_at),
    );
    out.raw("END", "VEVENT");
}

fn write_action(out: &mut Writer, action: &ActionItem, book: &Book<'_>, stamp: &str) {
    let Some(due) = action.fields.due_on.and_then(date_stamp) else {
        return;
    };
    let partnership = action.fields.partnership_id;
    let cleaned = clean(&action.fields.text);
    let (summary, rest) = match cleaned.split_once('\n') {
        Some((first, rest)) => (first.trim(), rest.trim()),
        None => (cleaned.as_str(), ""),
    };
    let mut description = String::new();
    if !rest.is_empty() {
        description.push_str(rest);
        description.push_str("\n\n");
    }
    description.push_str(&tr(
        "export-calendar-owner",
        &[("name", book.person(action.fields.owner, partnership).into())],
    ));
    description.push('\n');
    description.push_str(&tr(
        "export-calendar-partnership",
        &[("partner", book.partner(partnership).into())],
    ));
    if let Some(session) = action.fields.session_id.and_then(|s| book.sessions.get(&s)) {
        description.push('\n');
        description.push_str(&tr(
            "export-calendar-agreed-in",
            &[
                ("session", session.fields.title.trim().into()),
                (
                    "date",
                    (&session.fields.starts_at.date_naive().to_string()).into(),
                ),
            ],
        ));
    }
    out.raw("BEGIN", "VTODO");
    out.raw("UID", &uid(action.id));
    out.raw("DTSTAMP", stamp);
    out.raw("DUE;VALUE=DATE", &due);
    out.text("SUMMARY", summary);
    out.text("DESCRIPTION", &description);
    out.raw("STATUS", "NEEDS-ACTION");
    out.raw("CATEGORIES", &categories());
    write_revision(out, action.created_at, action.updated_at);
    out.raw("X-TWOWAY-OWNER", action.fields.owner.as_str());
    out.raw("END", "VTODO");
}

fn write_revision(out: &mut Writer, created: DateTime<Utc>, updated: DateTime<Utc>) {
    if let Some(created) = utc_stamp(created) {
        out.raw("CREATED", &created);
    }
    if let Some(updated) = utc_stamp(updated) {
        out.raw("LAST-MODIFIED", &updated);
    }
    out.raw("SEQUENCE", &sequence(updated).to_string());
}

/// See the module doc: seconds since 2020, clamped to a 32-bit INTEGER.
fn sequence(updated: DateTime<Utc>) -> i64 {
    (updated.timestamp() - SEQUENCE_EPOCH).clamp(0, i64::from(i32::MAX))
}

fn uid(id: impl std::fmt::Display) -> String {
    format!("{id}@{UID_DOMAIN}")
}

fn categories() -> String {
    CATEGORIES
        .iter()
        .map(|c| escape(c))
        .collect::<Vec<_>>()
        .join(",")
}

/// A UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`; `None` outside the four-digit years RFC 5545 allows.
fn utc_stamp(at: DateTime<Utc>) -> Option<String> {
    (0..=9999)
        .contains(&at.year())
        .then(|| at.format("%Y%m%dT%H%M%SZ").to_string())
}

/// A local ("floating") DATE-TIME, `YYYYMMDDTHHMMSS`: the same wall-clock time wherever and
/// whenever it is read; `None` outside the four-digit years.
fn local_stamp(at: NaiveDateTime) -> Option<String> {
    (0..=9999)
        .contains(&at.year())
        .then(|| at.format("%Y%m%dT%H%M%S").to_string())
}

/// A DATE, `YYYYMMDD`; `None` outside the four-digit years.
fn date_stamp(day: NaiveDate) -> Option<String> {
    (0..=9999)
        .contains(&day.year())
        .then(|| day.format("%Y%m%d").to_string())
}

/// Text as RFC 5545 TEXT may hold it: line breaks normalized to `\n`, other control characters
/// (forbidden in TEXT) dropped, the ends trimmed.
fn clean(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Escapes TEXT (RFC 5545 section 3.3.11). The text is already `clean`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Content lines, folded and CRLF-terminated.
#[derive(Default)]
struct Writer {
    text: String,
}

impl Writer {
    /// A property whose value is already in its iCalendar form (dates, rules, constants).
    fn raw(&mut self, name: &str, value: &str) {
        fold_into(&mut self.text, name, value);
    }

    /// A TEXT property; left out when the text is empty.
    fn text(&mut self, name: &str, value: &str) {
        let value = clean(value);
        if !value.is_empty() {
            fold_into(&mut self.text, name, &escape(&value));
        }
    }
}

/// Appends `name:value` folded to [`MAX_LINE_OCTETS`], each physical line ended by CRLF.
fn fold_into(out: &mut String, name: &str, value: &str) {
    let line = format!("{name}:{value}");
    let mut rest = line.as_str();
    let mut room = MAX_LINE_OCTETS;
    loop {
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let cut = fold_point(rest, room);
        out.push_str(&rest[..cut]);
        // A continuation starts with one space, which takes one octet of the 75.
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = MAX_LINE_OCTETS - 1;
    }
}

/// Where to break `text` so the first part fits in `room` octets: after a whole UTF-8
/// character and never inside an escape pair (`\n`, `\;`, ...), preferably after a character
/// that is not whitespace. Always at least one unit, so folding makes progress.
fn fold_point(text: &str, room: usize) -> usize {
    let mut best = 0;
    let mut fallback = 0;
    let mut chars = text.chars();
    let mut end = 0;
    while let Some(c) = chars.next() {
        let mut unit_end = end + c.len_utf8();
        let mut last = c;
        if c == '\\'
            && let Some(escaped) = chars.next()
        {
            unit_end += escaped.len_utf8();
            last = escaped;
        }
        if unit_end > room {
            if fallback == 0 {
                fallback = unit_end;
            }
            break;
        }
        end = unit_end;
        fallback = end;
        if !last.is_whitespace() {
            best = end;
        }
    }
    if best > 0 { best } else { fallback }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn physical_lines(text: &str) -> Vec<&str> {
        text.strip_suffix("\r\n")
            .unwrap_or(text)
            .split("\r\n")
            .collect()
    }

    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    #[test]
    fn folding_keeps_lines_short_and_characters_whole() {
        for n in [
            0, 1, 60, 69, 70, 71, 72, 73, 74, 75, 148, 149, 150, 151, 300,
        ] {
            for piece in ["x", "é", "日", "🦀", "\\n", " ", "a b"] {
                let value = piece.repeat(n);
                let mut out = String::new();
                fold_into(&mut out, "SUMMARY", &value);
                for line in physical_lines(&out) {
                    assert!(line.len() <= MAX_LINE_OCTETS, "{n} × {piece:?}: {line:?}");
                }
                assert_eq!(unfold(&out), format!("SUMMARY:{value}\r\n"));
                // No escape pair is split across a fold.
                for line in physical_lines(&out) {
                    let trailing = line.len() - line.trim_end_matches('\\').len();
                    assert!(trailing % 2 == 0, "{line:?}");
                }
            }
        }
    }

    #[test]
    fn folding_avoids_ending_a_line_with_whitespace() {
        let value = "word ".repeat(60);
        let mut out = String::new();
        fold_into(&mut out, "DESCRIPTION", value.trim_end());
        for line in physical_lines(&out) {
            assert_eq!(line.trim_end(), line);
        }
    }

    #[test]
    fn text_is_cleaned_and_escaped() {
        assert_eq!(
            escape(&clean(" a\r\nb\rc\u{7}d;e,f\\g\t ")),
            "a\\nb\\ncd\\;e\\,f\\\\g"
        );
    }

    #[test]
    fn sequence_grows_with_updated_at_and_fits_an_integer() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        assert_eq!(sequence(at("2019-06-01T00:00:00Z")), 0);
        assert_eq!(sequence(at("2020-01-01T00:00:10Z")), 10);
        assert!(sequence(at("2026-03-02T09:00:01Z")) > sequence(at("2026-03-02T09:00:00Z")));
        assert_eq!(sequence(at("2200-01-01T00:00:00Z")), i64::from(i32::MAX));
    }
}
