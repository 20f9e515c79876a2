//! The Markdown export: the whole journal, one partnership or one session as one CommonMark file
//! ([`markdown`]), or as a folder with an index and one file per session ([`markdown_files`]).
//! It renders an [`ExportSet`], so what is private was already left out for a `shared` export;
//! records in the trash are skipped. The HTML export renders the same Markdown (see
//! [`super::html`]).
//!
//! # What a file holds
//!
//! - A **session** reads as an agenda to prepare while it is planned (agenda items with their
//!   time-boxes and owners, the time-boxes' total against the duration, items carried over
//!   marked, the partnership's open action items as a GFM task list), and as a summary once held
//!   (the agenda as a task list whose checked items were covered, shared notes, private notes in
//!   an `all` export, actions agreed, feedback, learnings).
//! - A **partnership**: partner, what the owner learns and teaches, status, dates, cadence, the
//!   agreement, goals (direction, status, progress, target, check-ins), its sessions as above,
//!   action items (a task list with owner and due date), skills with ratings (baseline → latest
//!   per rater), learnings, feedback given and received.
//! - The **journal**: the owner's profile, then each partnership, then learnings and skills that
//!   belong to no partnership.
//!
//! A learning or feedback entry tied to a session is shown under that session when the session
//! is in the same file, and in its partnership's list otherwise.
//!
//! # Front matter
//!
//! Every file starts with YAML front matter between two `---` lines, which Obsidian, Joplin and
//! most static-site tools read. Strings that come from the user are double-quoted YAML scalars
//! with escapes, so any title stays one valid value. A key whose value is unknown is left out.
//!
//! | key | value |
//! |---|---|
//! | `type` | `journal`, `partnership` or `session`: what the file is about |
//! | `id` | the partnership's or session's id (a UUID, quoted); absent for `journal` |
//! | `title` | the session's title; the partner's name for a partnership; `Twoway journal` (with the owner's name when set, in the file's language) for the journal |
//! | `partnership` | the partner's name (partnership and session files) |
//! | `partnership_id` | the partnership's id (partnership and session files) |
//! | `date` | a session's start, ISO 8601 with its UTC offset (`2026-03-09T10:00:00+01:00`); a partnership's start date (`2026-01-05`); absent for the journal |
//! | `created`, `updated` | when the record was created and last changed, ISO 8601 UTC (`2026-03-02T09:00:00Z`); for the journal, the earliest creation and the latest change among the records in the file |
//! | `status` | `planned`, `held` or `cancelled` for a session; `active`, `paused` or `completed` for a partnership |
//! | `duration_minutes` | a session's planned length |
//! | `direction` | a list of `learn` / `teach`: for a partnership, which ways it goes (it has topics the owner learns / teaches); for a session, the directions of the goals its agenda works on; absent when empty |
//! | `tags` | `[twoway, reverse-mentoring, <type>]` |
//! | `author` | the journal owner's name, when set |
//! | `audience` | `shared` (for the partner: nothing private) or `all` (for oneself) |
//! | `schema` | the version of this format: [`MARKDOWN_SCHEMA_VERSION`] |
//! | `exported` | when the export was made, ISO 8601 UTC |
//! | `lang` | the language the file's words are in (`en`, `de`): the app's at the time of the export; user text is as written |
//!
//! # Folder export and file names
//!
//! [`markdown_files`] returns `(file name, content)` pairs for one folder: first an index, then
//! one file per session. The index is `index.md` for the journal, and the partner's name
//! (`Priya Raman.md`) for a partnership; it holds everything but the sessions, which it links
//! to. A session export is the session's file alone. A session's file is named
//! `<local start date> <title>.md` (`2026-03-09 Prompting for finance.md`), cleaned with
//! [`files::clean_file_name`](crate::files::clean_file_name) (no separators, no `..`, no control
//! characters or reserved names, at most 255 bytes; the title is cut to 200 bytes). Names are
//! unique in the folder, compared without case: a name already taken gets ` (2)`, ` (3)`, … before
//! the extension. Nothing in the data chooses a path beyond that one cleaned file name.
//!
//! # Text
//!
//! User text that is Markdown (notes, the agreement, descriptions, criteria, learnings,
//! feedback, check-in notes, rating notes) is embedded as Markdown, with its headings moved below
//! the section holding them and any code fence or HTML block left open at its end closed, so it
//! cannot swallow what follows. One-line text (names, titles, places, topics) is escaped so it
//! reads literally in a heading or list item. Agenda items and action items are plain text in
//! the app: they are escaped the same way, line by line, and keep their line breaks (as hard
//! breaks, continuation lines indented) inside their list item. Dates in the
//! body are locale-neutral: `2026-03-09`, and `2026-03-09 10:00 (+01:00)` for a session's start.
//!
//! # Where the parts live
//!
//! This file holds the entry points and the `Document` the HTML export shares; `front_matter`
//! writes the YAML head, `escape` makes user text safe to embed, `writer` is the buffer that
//! keeps blocks apart (and names the files), and `documents` lays out the journal, a partnership
//! and a session.

mod documents;
mod escape;
mod front_matter;
pub(crate) mod writer;

use super::{Audience, ExportSet, Scope};
use crate::model::{Partnership, Session};
use chrono::{DateTime, Utc};
use documents::{Links, View};
use front_matter::front_matter;
use std::collections::HashSet;
use writer::{partner_file_name, session_file_names};

/// The version of the Markdown export's layout and front matter (the `schema` key). Raised when
/// a key changes meaning or goes away; adding a key does not raise it.
pub const MARKDOWN_SCHEMA_VERSION: u32 = 1;

/// The whole of `scope` as one Markdown file, front matter first.
pub fn markdown(
    set: &ExportSet,
    scope: Scope,
    audience: Audience,
    exported_at: DateTime<Utc>,
) -> String {
    let view = View::new(set, None);
    let document = view.document(scope);
    let mut out = front_matter(&view, &document.about, audience, exported_at);
    out.push('\n');
    out.push_str(&document.markdown());
    out
}

/// `scope` as a folder: an index file and one file per session, each with its front matter, as
/// `(file name, content)` pairs. See the module documentation for the names.
pub fn markdown_files(
    set: &ExportSet,
    scope: Scope,
    audience: Audience,
    exported_at: DateTime<Utc>,
) -> Vec<(String, String)> {
    let plain = View::new(set, None);
    let index_name = match scope {
        Scope::Journal => "index.md".to_owned(),
        Scope::Partnership(id) => plain
            .partnerships
            .get(&id)
            .map_or_else(|| "index.md".to_owned(), |p| partner_file_name(p)),
        Scope::Session(id) => {
            let Some(session) = plain.sessions.get(&id) else {
                return vec![(
                    "index.md".to_owned(),
                    markdown(set, scope, audience, exported_at),
                )];
            };
            let name = session_file_names(&[session], &HashSet::new())
                .remove(&id)
                .unwrap_or_else(|| "session.md".to_owned());
            return vec![(name, markdown(set, scope, audience, exported_at))];
        }
    };
    let sessions: Vec<&Session> = plain.live_sessions().collect();
    let names = session_file_names(&sessions, &HashSet::from([index_name.to_lowercase()]));
    let linked = View::new(
        set,
        Some(Links {
            sessions: &names,
            index: &index_name,
        }),
    );

    let mut files = Vec::with_capacity(sessions.len() + 1);
    let index = linked.document(scope);
    files.push((
        index_name.clone(),
        front_matter(&linked, &index.about, audience, exported_at) + "\n" + &index.markdown(),
    ));
    for session in sessions {
        let Some(name) = names.get(&session.id) else {
            continue;
        };
        let document = linked.document(Scope::Session(session.id));
        files.push((
            name.clone(),
            front_matter(&linked, &document.about, audience, exported_at)
                + "\n"
                + &document.markdown(),
        ));
    }
    files
}

/// What a document is about, for its front matter and the HTML head.
pub(crate) enum About<'a> {
    Journal,
    Partnership(&'a Partnership),
    Session(&'a Session),
    /// The scope named a record that is not in the set.
    Missing,
}

/// A rendered document: Markdown in chunks, each of which the HTML export prints on its own
/// pages (the journal's head, a partnership, one session, what follows the sessions).
pub(crate) struct Document<'a> {
    pub(crate) about: About<'a>,
    /// A plain-text title (not Markdown), for `<title>`.
    pub(crate) title: String,
    pub(crate) chunks: Vec<String>,
}

impl Document<'_> {
    fn markdown(&self) -> String {
        let mut out = String::new();
        for chunk in &self.chunks {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(chunk);
        }
        out
    }
}

/// The chunks of `scope` as the HTML export prints them, and the document's title.
pub(crate) fn document(set: &ExportSet, scope: Scope) -> (String, &'static str, Vec<String>) {
    let view = View::new(set, None);
    let document = view.document(scope);
    let kind = match document.about {
        About::Journal => "journal",
        About::Partnership(_) => "partnership",
        About::Session(_) | About::Missing => "session",
    };
    (document.title, kind, document.chunks)
}
