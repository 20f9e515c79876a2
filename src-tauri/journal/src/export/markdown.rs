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
//! | `title` | the session's title; the partner's name for a partnership; `Twoway journal` (with the owner's name when set) for the journal |
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

use super::{Audience, ExportSet, Scope};
use crate::files::clean_file_name;
use crate::model::*;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use pulldown_cmark::{Event, Options, Parser, Tag};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

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

// ---------------------------------------------------------------------------------------------
// Front matter
// ---------------------------------------------------------------------------------------------

/// A YAML double-quoted scalar holding exactly `text`: `\` and `"` are escaped, and so is every
/// character YAML does not allow unescaped in a document or that a reader could take for a line
/// break (C0 and C1 controls, DEL, U+2028, U+2029, byte-order marks and non-characters).
pub(crate) fn yaml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\0' => out.push_str("\\0"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{b}' => out.push_str("\\v"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '\u{1b}' => out.push_str("\\e"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            c if c < ' ' || ('\u{7f}'..='\u{9f}').contains(&c) => {
                let _ = write!(out, "\\x{:02X}", u32::from(c));
            }
            '\u{feff}' | '\u{fffe}' | '\u{ffff}' => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn utc_stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn front_matter(
    view: &View<'_>,
    about: &About<'_>,
    audience: Audience,
    exported_at: DateTime<Utc>,
) -> String {
    let mut keys: Vec<(&str, String)> = Vec::new();
    let kind = match about {
        About::Journal => "journal",
        About::Partnership(_) => "partnership",
        About::Session(_) | About::Missing => "session",
    };
    keys.push(("type", kind.to_owned()));
    match about {
        About::Journal => {
            keys.push(("title", yaml_string(&view.journal_title())));
            let (created, updated) = view.journal_stamps();
            if let Some(created) = created {
                keys.push(("created", utc_stamp(created)));
            }
            if let Some(updated) = updated {
                keys.push(("updated", utc_stamp(updated)));
            }
        }
        About::Partnership(p) => {
            keys.push(("id", yaml_string(&p.id.to_string())));
            keys.push(("title", yaml_string(&view.stored_partner_name(p.id))));
            keys.push(("partnership", yaml_string(&view.stored_partner_name(p.id))));
            keys.push(("partnership_id", yaml_string(&p.id.to_string())));
            keys.push(("date", p.fields.started_on.format("%Y-%m-%d").to_string()));
            keys.push(("created", utc_stamp(p.created_at)));
            keys.push(("updated", utc_stamp(p.updated_at)));
            keys.push(("status", p.fields.status.as_str().to_owned()));
            let mut directions = Vec::new();
            if !p.fields.i_learn.is_empty() {
                directions.push(Direction::Learn.as_str());
            }
            if !p.fields.i_teach.is_empty() {
                directions.push(Direction::Teach.as_str());
            }
            if !directions.is_empty() {
                keys.push(("direction", format!("[{}]", directions.join(", "))));
            }
        }
        About::Session(s) => {
            let partnership = s.fields.partnership_id;
            keys.push(("id", yaml_string(&s.id.to_string())));
            keys.push(("title", yaml_string(&s.fields.title)));
            keys.push((
                "partnership",
                yaml_string(&view.stored_partner_name(partnership)),
            ));
            keys.push(("partnership_id", yaml_string(&partnership.to_string())));
            keys.push((
                "date",
                s.fields
                    .starts_at
                    .to_rfc3339_opts(SecondsFormat::Secs, false),
            ));
            keys.push(("created", utc_stamp(s.created_at)));
            keys.push(("updated", utc_stamp(s.updated_at)));
            keys.push(("status", s.fields.status.as_str().to_owned()));
            keys.push(("duration_minutes", s.fields.duration_minutes.to_string()));
            let directions: Vec<&str> = Direction::ALL
                .iter()
                .filter(|d| {
                    view.agenda_of(s.id).any(|item| {
                        item.fields
                            .goal_id
                            .and_then(|g| view.goals.get(&g))
                            .is_some_and(|g| g.fields.direction == **d)
                    })
                })
                .map(|d| d.as_str())
                .collect();
            if !directions.is_empty() {
                keys.push(("direction", format!("[{}]", directions.join(", "))));
            }
        }
        About::Missing => {}
    }
    keys.push(("tags", format!("[twoway, reverse-mentoring, {kind}]")));
    let author = view.set.profile.my_name.trim();
    if !author.is_empty() {
        keys.push(("author", yaml_string(author)));
    }
    let audience = match audience {
        Audience::Shared => "shared",
        Audience::All => "all",
    };
    keys.push(("audience", audience.to_owned()));
    keys.push(("schema", MARKDOWN_SCHEMA_VERSION.to_string()));
    keys.push(("exported", utc_stamp(exported_at)));

    let mut out = String::from("---\n");
    for (key, value) in keys {
        let _ = writeln!(out, "{key}: {value}");
    }
    out.push_str("---\n");
    out
}

// ---------------------------------------------------------------------------------------------
// Escaping and embedding user text
// ---------------------------------------------------------------------------------------------

/// The Markdown dialect the exports are read back with, the same as the renderer's.
fn options() -> Options {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_TASKLISTS);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// One-line user text (a name, a title, a place, a topic) as Markdown that reads literally in a
/// heading, a list item or a table cell: inline syntax is backslash-escaped, and so is a first
/// character that could open a block (a heading, quote, list, fence, HTML block, table row,
/// thematic break, setext underline or link definition). Line breaks and other control
/// characters become spaces; the ends are trimmed.
pub(crate) fn plain(text: &str) -> String {
    let one_line: String = text
        .chars()
        .map(|c| {
            if c.is_control() || is_line_break(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let text = one_line.trim();
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            // `&amp;` or `&#38;` would become a character: escape an `&` that could start one.
            '&' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') =>
            {
                out.push_str("\\&");
            }
            c => out.push(c),
        }
    }
    if out.starts_with(['-', '+', '=', ':']) {
        out.insert(0, '\\');
        return out;
    }
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) && matches!(out.as_bytes().get(digits), Some(b'.' | b')')) {
        out.insert(digits, '\\');
    }
    out
}

/// `\r\n` and lone `\r` (both line endings in CommonMark) become `\n`, so that indenting line by
/// line indents every line.
fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Plain text typed as lines (an agenda item, an action item; the app shows them as typed): each
/// line escaped with [`plain`], blank lines collapsed to one, none at either end. [`with_breaks`]
/// joins them.
fn text_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in normalize_newlines(text).split(['\n', '\u{85}', '\u{2028}', '\u{2029}']) {
        let line = plain(line);
        if line.is_empty() && lines.last().is_none_or(String::is_empty) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Ends every line that another line follows with a hard break, so the line breaks show.
fn with_breaks(mut lines: Vec<String>) -> Vec<String> {
    for i in 0..lines.len().saturating_sub(1) {
        let next_is_text = !lines[i + 1].is_empty();
        let line = &mut lines[i];
        if next_is_text && !line.is_empty() {
            // A trailing backslash would escape ours.
            if line.ends_with('\\') {
                line.push(' ');
            }
            line.push('\\');
        }
    }
    lines
}

/// Moves every heading of `text` down by `shift` levels (capped at 6), so user headings nest
/// under the section that holds them. ATX headings get more `#`; a setext heading becomes an
/// ATX heading (its underline is dropped; a second line of it becomes a paragraph).
fn demote_headings(text: &str, shift: usize) -> String {
    if shift == 0 {
        return text.to_owned();
    }
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        let Event::Start(Tag::Heading { level, .. }) = event else {
            continue;
        };
        let level = level as usize;
        let deeper = "#".repeat((level + shift).min(6));
        let source = &text[range.clone()];
        let hashes = source.bytes().take_while(|b| *b == b'#').count();
        let atx = hashes == level
            && source
                .as_bytes()
                .get(hashes)
                .is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n'));
        if atx {
            edits.push((range.start, range.start + hashes, deeper));
        } else {
            let body = source.trim_end_matches([' ', '\t', '\n']);
            let underline = body.trim_end_matches(['=', '-']);
            if underline.len() == body.len() {
                continue;
            }
            edits.push((range.start, range.start, format!("{deeper} ")));
            edits.push((
                range.start + underline.len(),
                range.start + body.len(),
                String::new(),
            ));
        }
    }
    let mut out = String::with_capacity(text.len() + edits.len() * 6);
    let mut at = 0;
    for (start, end, replacement) in edits {
        if start < at {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(&replacement);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

const SENTINEL: &str = "twoway-end-of-embedded-text-7d1c5e";

/// Whether `text`, followed by a blank line, would swallow the next paragraph (an unclosed code
/// fence, or an HTML block such as `<!--` or `<pre>` that only its end marker closes).
fn swallows_what_follows(text: &str) -> bool {
    let probe = format!("{text}\n\n{SENTINEL}\n");
    let mut depth = 0usize;
    for event in Parser::new_ext(&probe, options()) {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Text(t) if depth == 1 && &*t == SENTINEL => return false,
            _ => {}
        }
    }
    true
}

/// The end marker of the HTML block that starts with `open` (CommonMark block kinds 1 to 5;
/// the others end at a blank line).
fn html_block_end(open: &str) -> Option<&'static str> {
    let head: String = open
        .chars()
        .take(12)
        .collect::<String>()
        .to_ascii_lowercase();
    let ends = [
        ("<!--", "-->"),
        ("<?", "?>"),
        ("<![cdata[", "]]>"),
        ("<script", "</script>"),
        ("<pre", "</pre>"),
        ("<style", "</style>"),
        ("<textarea", "</textarea>"),
    ];
    if let Some((_, end)) = ends.iter().find(|(start, _)| head.starts_with(start)) {
        return Some(end);
    }
    head.starts_with("<!").then_some(">")
}

/// Closes a code fence or HTML block left open at the end of `text`, so that embedded text
/// cannot turn the rest of the document into code or markup. Should that not be enough, the
/// text is quoted: a block quote ends where its `>` lines end, whatever it holds.
fn contain(text: String) -> String {
    if !swallows_what_follows(&text) {
        return text;
    }
    let mut last_top_level = None;
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(&text, options()).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    last_top_level = Some((tag, range.start));
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let closing = match last_top_level {
        Some((Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(_)), start)) => {
            let fence_char = text[start..].chars().next().unwrap_or('`');
            Some(
                text[start..]
                    .chars()
                    .take_while(|c| *c == fence_char)
                    .collect::<String>(),
            )
        }
        Some((Tag::HtmlBlock, start)) => html_block_end(&text[start..]).map(str::to_owned),
        _ => None,
    };
    if let Some(closing) = closing {
        let closed = format!("{text}\n{closing}");
        if !swallows_what_follows(&closed) {
            return closed;
        }
    }
    text.split('\n')
        .map(|line| {
            if line.is_empty() {
                ">".to_owned()
            } else {
                format!("> {line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// User Markdown ready to embed as blocks under a section of level `section` (its headings start
/// one level below), or `None` when it is blank. Leading blank lines and trailing whitespace go.
fn markdown_block(text: &str, section: usize) -> Option<String> {
    let text = normalize_newlines(text);
    let text = text.trim_end();
    let start = text
        .char_indices()
        .scan(0usize, |line_start, (i, c)| {
            if c == '\n' {
                *line_start = i + 1;
            }
            Some((*line_start, c))
        })
        .find(|(_, c)| !c.is_whitespace())
        .map(|(line_start, _)| line_start)?;
    Some(contain(demote_headings(&text[start..], section)))
}

/// Expands every tab to the next multiple of four columns: CommonMark's tab stops, counted from
/// the line's own start, so the text keeps its structure once indented.
fn expand_tabs(line: &str) -> String {
    if !line.contains('\t') {
        return line.to_owned();
    }
    let mut out = String::with_capacity(line.len() + 8);
    let mut column = 0usize;
    for c in line.chars() {
        if c == '\t' {
            let next = (column / 4 + 1) * 4;
            out.extend(std::iter::repeat_n(' ', next - column));
            column = next;
        } else {
            out.push(c);
            column += 1;
        }
    }
    out
}

/// Indents every line of `block` by `width` spaces (blank lines stay empty), to nest it in a
/// list item.
fn indent(block: &str, width: usize) -> String {
    let pad = " ".repeat(width);
    block
        .split('\n')
        .map(|line| {
            let line = expand_tabs(line);
            if line.trim().is_empty() {
                String::new()
            } else {
                format!("{pad}{line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One list item: `marker` (`- `, `1. `) and `lines` (the first on the marker's line, the rest
/// indented to the item's content), then `blocks`, each after a blank line.
fn list_item(marker: &str, lines: &[String], blocks: &[String]) -> String {
    let width = marker.len();
    let mut out = String::from(marker);
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
            if !line.is_empty() {
                out.push_str(&" ".repeat(width));
            }
        }
        out.push_str(line);
    }
    for block in blocks {
        out.push_str("\n\n");
        out.push_str(&indent(block, width));
    }
    out
}

/// A list item whose head is `meta` followed by a Markdown `text`: on the same line after ` — `
/// when the text is one line, else as blocks below.
fn item_with_text(marker: &str, meta: String, text: &str, section: usize) -> String {
    let text = normalize_newlines(text);
    let text = text.trim();
    if text.is_empty() {
        return list_item(marker, &[meta], &[]);
    }
    if !text.contains(['\n', '\u{85}', '\u{2028}', '\u{2029}']) {
        return list_item(marker, &[format!("{meta} — {text}")], &[]);
    }
    let blocks: Vec<String> = markdown_block(text, section).into_iter().collect();
    list_item(marker, &[meta], &blocks)
}

/// An item whose text comes first, as lines, after `mark` (a task's `[ ] `), and `meta` after
/// its first line.
fn item_text_first(marker: &str, mark: &str, text: &str, meta: &str) -> String {
    let mut lines = text_lines(text);
    if let Some(first) = lines.first_mut() {
        if first.is_empty() {
            first.push_str(meta.trim_start_matches([' ', '—']));
        } else {
            first.push_str(meta);
        }
        first.insert_str(0, mark);
    }
    list_item(marker, &with_breaks(lines), &[])
}

// ---------------------------------------------------------------------------------------------
// Writing Markdown
// ---------------------------------------------------------------------------------------------

/// A Markdown buffer that keeps blocks apart with exactly one blank line.
#[derive(Default)]
struct Md {
    out: String,
}

impl Md {
    fn gap(&mut self) {
        if !self.out.is_empty() {
            let kept = self.out.trim_end_matches('\n').len();
            self.out.truncate(kept);
            self.out.push_str("\n\n");
        }
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.gap();
        let text = if text.is_empty() { "(untitled)" } else { text };
        let _ = writeln!(self.out, "{} {text}", "#".repeat(level.clamp(1, 6)));
    }

    fn para(&mut self, text: &str) {
        self.gap();
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn list(&mut self, items: &[String]) {
        if items.is_empty() {
            return;
        }
        self.gap();
        for item in items {
            self.out.push_str(item);
            self.out.push('\n');
        }
    }

    /// A heading over a list; nothing at all when the list is empty.
    fn titled_list(&mut self, level: usize, title: &str, items: &[String]) {
        if !items.is_empty() {
            self.heading(level, title);
            self.list(items);
        }
    }

    /// User Markdown under a bold label paragraph. The label keeps the text apart from a list
    /// written before it (an indented first line would join its last item).
    fn labelled(&mut self, label: &str, text: &str, section: usize) {
        if let Some(block) = markdown_block(text, section) {
            self.para(&format!("**{label}**"));
            self.para(&block);
        }
    }

    /// User Markdown right under a heading.
    fn block(&mut self, text: &str, section: usize) {
        if let Some(block) = markdown_block(text, section) {
            self.para(&block);
        }
    }

    fn take(&mut self) -> String {
        std::mem::take(&mut self.out)
    }
}

fn date(on: NaiveDate) -> String {
    on.format("%Y-%m-%d").to_string()
}

fn humane(text: &str) -> String {
    text.replace('_', " ")
}

fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A file name percent-encoded for a link destination.
fn link_target(file_name: &str) -> String {
    let mut out = String::with_capacity(file_name.len() + 8);
    for byte in file_name.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

fn partner_file_name(p: &Partnership) -> String {
    let name = p.fields.partner_name.trim();
    clean_file_name(if name.is_empty() { "Partner" } else { name }, "md")
}

/// Cuts `text` to at most `max` bytes on a character boundary.
fn cut(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Unique file names for sessions: `<date> <title>.md`, with ` (2)`, ` (3)`, … when a name (in
/// any case) is already taken.
fn session_file_names(
    sessions: &[&Session],
    taken: &HashSet<String>,
) -> HashMap<SessionId, String> {
    let mut taken = taken.clone();
    let mut names = HashMap::new();
    for session in sessions {
        let on = session.fields.starts_at.format("%Y-%m-%d");
        // Short enough that the suffix is never cut off, so the loop always ends.
        let title = cut(session.fields.title.trim(), 200);
        for n in 1u32.. {
            let stem = if n == 1 {
                format!("{on} {title}")
            } else {
                format!("{on} {title} ({n})")
            };
            let name = clean_file_name(&stem, "md");
            if taken.insert(name.to_lowercase()) {
                names.insert(session.id, name);
                break;
            }
        }
    }
    names
}

// ---------------------------------------------------------------------------------------------
// The documents
// ---------------------------------------------------------------------------------------------

/// Where sessions live in a folder export: the index links to their files.
struct Links<'a> {
    sessions: &'a HashMap<SessionId, String>,
    index: &'a str,
}

/// The export set indexed for rendering; trashed records are left out.
struct View<'a> {
    set: &'a ExportSet,
    partnerships: HashMap<PartnershipId, &'a Partnership>,
    goals: HashMap<GoalId, &'a Goal>,
    sessions: HashMap<SessionId, &'a Session>,
    agenda: HashMap<AgendaItemId, &'a AgendaItem>,
    skills: HashMap<SkillId, &'a Skill>,
    // Children grouped by parent, in the set's order (agenda items by position), so a large
    // journal is not scanned once per session.
    agenda_by_session: HashMap<SessionId, Vec<&'a AgendaItem>>,
    actions_by_session: HashMap<SessionId, Vec<&'a ActionItem>>,
    open_actions_by_partnership: HashMap<PartnershipId, Vec<&'a ActionItem>>,
    feedback_by_session: HashMap<SessionId, Vec<&'a Feedback>>,
    learnings_by_session: HashMap<SessionId, Vec<&'a Learning>>,
    check_ins_by_goal: HashMap<GoalId, Vec<&'a GoalCheckIn>>,
    ratings_by_skill: HashMap<SkillId, Vec<&'a SkillRating>>,
    links: Option<Links<'a>>,
}

/// The live records of `records` grouped by the key `parent` gives (records without one are
/// left out), keeping their order.
fn group<I, F, K: Eq + std::hash::Hash>(
    records: &[Record<I, F>],
    parent: impl Fn(&F) -> Option<K>,
) -> HashMap<K, Vec<&Record<I, F>>> {
    let mut groups: HashMap<K, Vec<&Record<I, F>>> = HashMap::new();
    for record in records.iter().filter(|r| !r.is_trashed()) {
        if let Some(key) = parent(&record.fields) {
            groups.entry(key).or_default().push(record);
        }
    }
    groups
}

fn live<I: Copy + Eq + std::hash::Hash, F>(records: &[Record<I, F>]) -> HashMap<I, &Record<I, F>> {
    records
        .iter()
        .filter(|r| !r.is_trashed())
        .map(|r| (r.id, r))
        .collect()
}

impl<'a> View<'a> {
    fn new(set: &'a ExportSet, links: Option<Links<'a>>) -> Self {
        View {
            set,
            partnerships: live(&set.partnerships),
            goals: live(&set.goals),
            sessions: live(&set.sessions),
            agenda: live(&set.agenda_items),
            skills: live(&set.skills),
            agenda_by_session: {
                let mut groups = group(&set.agenda_items, |f| Some(f.session_id));
                for items in groups.values_mut() {
                    items.sort_by_key(|i| i.fields.position);
                }
                groups
            },
            actions_by_session: group(&set.action_items, |f| f.session_id),
            open_actions_by_partnership: group(&set.action_items, |f| {
                f.done_at.is_none().then_some(f.partnership_id)
            }),
            feedback_by_session: group(&set.feedback, |f| f.session_id),
            learnings_by_session: group(&set.learnings, |f| f.session_id),
            check_ins_by_goal: group(&set.check_ins, |f| Some(f.goal_id)),
            ratings_by_skill: group(&set.skill_ratings, |f| Some(f.skill_id)),
            links,
        }
    }

    /// The live children of `parent` in `groups`.
    fn of<K: Eq + std::hash::Hash, R>(groups: &HashMap<K, Vec<&'a R>>, parent: &K) -> Vec<&'a R> {
        groups.get(parent).cloned().unwrap_or_default()
    }

    fn live_sessions(&self) -> impl Iterator<Item = &'a Session> + '_ {
        self.set.sessions.iter().filter(|s| !s.is_trashed())
    }

    fn me(&self) -> String {
        let name = self.set.profile.my_name.trim();
        if name.is_empty() {
            "Me".to_owned()
        } else {
            name.to_owned()
        }
    }

    fn partner_name(&self, partnership: PartnershipId) -> String {
        self.partnerships
            .get(&partnership)
            .map(|p| p.fields.partner_name.trim())
            .filter(|name| !name.is_empty())
            .unwrap_or("Partner")
            .to_owned()
    }

    /// The partner's name as stored, for the front matter (trimmed only to find it empty).
    fn stored_partner_name(&self, partnership: PartnershipId) -> String {
        self.partnerships
            .get(&partnership)
            .map(|p| p.fields.partner_name.as_str())
            .filter(|name| !name.trim().is_empty())
            .unwrap_or("Partner")
            .to_owned()
    }

    fn person(&self, party: Party, partnership: Option<PartnershipId>) -> String {
        match (party, partnership) {
            (Party::Me, _) => self.me(),
            (Party::Partner, Some(p)) => self.partner_name(p),
            (Party::Partner, None) => "Partner".to_owned(),
        }
    }

    fn journal_title(&self) -> String {
        let name = self.set.profile.my_name.trim();
        if name.is_empty() {
            "Twoway journal".to_owned()
        } else {
            format!("Twoway journal — {name}")
        }
    }

    /// The earliest creation and latest change among the live records.
    fn journal_stamps(&self) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
        let mut stamps: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
        macro_rules! add {
            ($($field:ident),*) => {$(
                stamps.extend(
                    self.set.$field.iter().filter(|r| !r.is_trashed()).map(|r| (r.created_at, r.updated_at)),
                );
            )*};
        }
        add!(
            partnerships,
            goals,
            check_ins,
            sessions,
            agenda_items,
            action_items,
            skills,
            skill_ratings,
            learnings,
            feedback
        );
        (
            stamps.iter().map(|s| s.0).min(),
            stamps.iter().map(|s| s.1).max(),
        )
    }

    fn agenda_of(&self, session: SessionId) -> impl Iterator<Item = &'a AgendaItem> + '_ {
        Self::of(&self.agenda_by_session, &session).into_iter()
    }

    fn document(&self, scope: Scope) -> Document<'a> {
        match scope {
            Scope::Journal => self.journal(),
            Scope::Partnership(id) => match self.partnerships.get(&id) {
                Some(p) => Document {
                    title: self.partner_name(p.id),
                    chunks: self.partnership(p, 1),
                    about: About::Partnership(p),
                },
                None => missing("Partnership"),
            },
            Scope::Session(id) => match self.sessions.get(&id) {
                Some(s) => {
                    let mut md = Md::default();
                    self.session(&mut md, s, 1, true);
                    Document {
                        title: format!(
                            "{} — {}",
                            s.fields.title.trim(),
                            self.partner_name(s.fields.partnership_id)
                        ),
                        chunks: vec![md.take()],
                        about: About::Session(s),
                    }
                }
                None => missing("Session"),
            },
        }
    }

    fn journal(&self) -> Document<'a> {
        let mut md = Md::default();
        md.heading(1, &plain(&self.journal_title()));
        let profile = &self.set.profile;
        let mut details = Vec::new();
        if !profile.my_name.trim().is_empty() {
            details.push(format!("- **Name:** {}", plain(&profile.my_name)));
        }
        if !profile.my_role.trim().is_empty() {
            details.push(format!("- **Role:** {}", plain(&profile.my_role)));
        }
        let partnerships: Vec<&Partnership> = self
            .set
            .partnerships
            .iter()
            .filter(|p| !p.is_trashed())
            .collect();
        details.push(format!(
            "- **Partnerships:** {}",
            if partnerships.is_empty() {
                "none".to_owned()
            } else {
                partnerships
                    .iter()
                    .map(|p| {
                        format!(
                            "{} ({})",
                            plain(&self.partner_name(p.id)),
                            humane(p.fields.status.as_str())
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        ));
        md.list(&details);
        let mut chunks = vec![md.take()];
        for p in &partnerships {
            chunks.extend(self.partnership(p, 2));
        }

        let learnings: Vec<&Learning> = self
            .set
            .learnings
            .iter()
            .filter(|l| !l.is_trashed() && l.fields.partnership_id.is_none())
            .collect();
        let skills: Vec<&Skill> = self
            .set
            .skills
            .iter()
            .filter(|k| !k.is_trashed() && k.fields.partnership_id.is_none())
            .collect();
        let items: Vec<String> = learnings
            .iter()
            .map(|l| self.learning(l, 2, false))
            .collect();
        md.titled_list(2, "Learnings without a partnership", &items);
        if !skills.is_empty() {
            md.heading(2, "Skills without a partnership");
            for skill in skills {
                self.skill(&mut md, skill, 3);
            }
        }
        if !md.out.is_empty() {
            chunks.push(md.take());
        }
        Document {
            title: self.journal_title(),
            chunks,
            about: About::Journal,
        }
    }

    /// A partnership at heading level `level`: its own chunk, one per session (unless they are
    /// linked files), and one for what follows the sessions.
    fn partnership(&self, p: &'a Partnership, level: usize) -> Vec<String> {
        let f = &p.fields;
        let me = self.me();
        let partner = self.partner_name(p.id);
        let mut chunks = Vec::new();
        let mut md = Md::default();
        md.heading(level, &plain(&partner));

        let mut details = Vec::new();
        let role = f.partner_role.trim();
        details.push(if role.is_empty() {
            format!("- **Partner:** {}", plain(&partner))
        } else {
            format!("- **Partner:** {}, {}", plain(&partner), plain(role))
        });
        for (verb, topics) in [("learns", &f.i_learn), ("teaches", &f.i_teach)] {
            if topics.is_empty() {
                continue;
            }
            let sub: Vec<String> = topics.iter().map(|t| format!("  - {}", plain(t))).collect();
            details.push(format!("- **{} {verb}:**\n{}", plain(&me), sub.join("\n")));
        }
        details.push(format!("- **Status:** {}", humane(f.status.as_str())));
        details.push(match f.ends_on {
            Some(ends) => format!("- **Dates:** {} to {}", date(f.started_on), date(ends)),
            None => format!("- **Dates:** since {}", date(f.started_on)),
        });
        if let Some(cadence) = f.cadence {
            let unit = cadence.unit.as_str();
            details.push(if cadence.every == 1 {
                format!("- **Cadence:** every {unit}")
            } else {
                format!("- **Cadence:** every {} {unit}s", cadence.every)
            });
        }
        md.list(&details);

        if !f.agreement.trim().is_empty() || f.agreement_revisit_on.is_some() {
            md.heading(level + 1, "Agreement");
            md.block(&f.agreement, level + 1);
            if let Some(revisit) = f.agreement_revisit_on {
                md.para(&format!("*To revisit on {}.*", date(revisit)));
            }
        }

        let goals: Vec<&Goal> = self
            .set
            .goals
            .iter()
            .filter(|g| !g.is_trashed() && g.fields.partnership_id == p.id)
            .collect();
        if !goals.is_empty() {
            md.heading(level + 1, "Goals");
            for goal in goals {
                self.goal(&mut md, goal, level + 2, &partner);
            }
        }

        let sessions: Vec<&Session> = self
            .live_sessions()
            .filter(|s| s.fields.partnership_id == p.id)
            .collect();
        let inline_sessions = self.links.is_none();
        match &self.links {
            Some(links) => {
                if !sessions.is_empty() {
                    md.heading(level + 1, "Sessions");
                    let items: Vec<String> = sessions
                        .iter()
                        .map(|s| {
                            let text = plain(&session_heading(s));
                            let status = humane(s.fields.status.as_str());
                            match links.sessions.get(&s.id) {
                                Some(file) => {
                                    format!("- [{text}]({}) · {status}", link_target(file))
                                }
                                None => format!("- {text} · {status}"),
                            }
                        })
                        .collect();
                    md.list(&items);
                }
                chunks.push(md.take());
            }
            None => {
                chunks.push(md.take());
                for (i, session) in sessions.iter().enumerate() {
                    if i == 0 {
                        md.heading(level + 1, "Sessions");
                    }
                    self.session(&mut md, session, level + 2, false);
                    chunks.push(md.take());
                }
            }
        }

        let mut actions: Vec<&ActionItem> = self
            .set
            .action_items
            .iter()
            .filter(|a| !a.is_trashed() && a.fields.partnership_id == p.id)
            .collect();
        // Open ones first; within each, soonest due first (stable, so agreed order breaks ties).
        actions.sort_by_key(|a| {
            (
                a.fields.done_at.is_some(),
                a.fields.due_on.is_none(),
                a.fields.due_on,
            )
        });
        let items: Vec<String> = actions.iter().map(|a| self.action(a, true)).collect();
        md.titled_list(level + 1, "Action items", &items);

        let skills: Vec<&Skill> = self
            .set
            .skills
            .iter()
            .filter(|k| !k.is_trashed() && k.fields.partnership_id == Some(p.id))
            .collect();
        if !skills.is_empty() {
            md.heading(level + 1, "Skills");
            for skill in skills {
                self.skill(&mut md, skill, level + 2);
            }
        }

        // Entries of a session written out in this file are shown with it.
        let shown_with_session = |session: Option<SessionId>| {
            inline_sessions && session.is_some_and(|s| self.sessions.contains_key(&s))
        };
        let learnings: Vec<&Learning> = self
            .set
            .learnings
            .iter()
            .filter(|l| {
                !l.is_trashed()
                    && l.fields.partnership_id == Some(p.id)
                    && !shown_with_session(l.fields.session_id)
            })
            .collect();
        let items: Vec<String> = learnings
            .iter()
            .map(|l| self.learning(l, level + 1, false))
            .collect();
        md.titled_list(level + 1, "Learnings", &items);

        let feedback: Vec<&Feedback> = self
            .set
            .feedback
            .iter()
            .filter(|f| {
                !f.is_trashed()
                    && f.fields.partnership_id == p.id
                    && !shown_with_session(f.fields.session_id)
            })
            .collect();
        if !feedback.is_empty() {
            md.heading(level + 1, "Feedback");
            for (author, title) in [
                (Party::Me, format!("Given by {}", plain(&me))),
                (Party::Partner, format!("Received from {}", plain(&partner))),
            ] {
                let items: Vec<String> = feedback
                    .iter()
                    .filter(|f| f.fields.author == author)
                    .map(|f| self.feedback(f, level + 2, false))
                    .collect();
                md.titled_list(level + 2, &title, &items);
            }
        }
        if !md.out.is_empty() {
            chunks.push(md.take());
        }
        chunks
    }

    fn goal(&self, md: &mut Md, goal: &Goal, level: usize, partner: &str) {
        let f = &goal.fields;
        md.heading(level, &plain(&f.title));
        let me = plain(&self.me());
        let mut details = vec![match f.direction {
            Direction::Learn => format!("- **Direction:** {me} learns from {}", plain(partner)),
            Direction::Teach => format!("- **Direction:** {me} teaches {}", plain(partner)),
        }];
        details.push(format!("- **Status:** {}", humane(f.status.as_str())));
        details.push(format!("- **Progress:** {}%", f.progress));
        if let Some(target) = f.target_on {
            details.push(format!("- **Target:** {}", date(target)));
        }
        if f.visibility == Visibility::Private {
            details.push("- **Visibility:** private".to_owned());
        }
        md.list(&details);
        md.labelled("Description", &f.description, level);
        md.labelled("Success criteria", &f.success_criteria, level);
        let check_ins: Vec<String> = Self::of(&self.check_ins_by_goal, &goal.id)
            .into_iter()
            .map(|c| {
                item_with_text(
                    "- ",
                    format!("**{}** · {}%", date(c.fields.on), c.fields.progress),
                    &c.fields.note,
                    level,
                )
            })
            .collect();
        if !check_ins.is_empty() {
            md.para("**Check-ins**");
            md.list(&check_ins);
        }
    }

    /// One session at heading level `level`. `alone` when the file is about this session.
    fn session(&self, md: &mut Md, s: &Session, level: usize, alone: bool) {
        let f = &s.fields;
        let partnership = f.partnership_id;
        let partner = self.partner_name(partnership);
        if alone {
            md.heading(level, &plain(&f.title));
        } else {
            md.heading(level, &plain(&session_heading(s)));
        }
        let mut details = Vec::new();
        if alone {
            let name = plain(&partner);
            details.push(match &self.links {
                Some(links) => format!(
                    "- **Partnership:** {} and [{name}]({})",
                    plain(&self.me()),
                    link_target(links.index)
                ),
                None => format!("- **Partnership:** {} and {name}", plain(&self.me())),
            });
        }
        details.push(format!(
            "- **When:** {} · {}",
            f.starts_at.format("%Y-%m-%d %H:%M (%:z)"),
            plural(f.duration_minutes, "minute", "minutes")
        ));
        if !f.place.trim().is_empty() {
            details.push(format!("- **Where:** {}", plain(&f.place)));
        }
        details.push(format!("- **Status:** {}", humane(f.status.as_str())));
        md.list(&details);

        let sub = level + 1;
        let held = f.status == SessionStatus::Held;
        let agenda: Vec<&AgendaItem> = self.agenda_of(s.id).collect();
        if !agenda.is_empty() || f.status == SessionStatus::Planned {
            md.heading(sub, "Agenda");
        }
        if agenda.is_empty() {
            if f.status == SessionStatus::Planned {
                md.para("*No agenda items yet.*");
            }
        } else {
            let items: Vec<String> = agenda
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let meta = self.agenda_meta(item, partnership);
                    if held {
                        let mark = if item.fields.covered { "[x] " } else { "[ ] " };
                        item_text_first("- ", mark, &item.fields.text, &meta)
                    } else {
                        item_text_first(&format!("{}. ", i + 1), "", &item.fields.text, &meta)
                    }
                })
                .collect();
            md.list(&items);
            let planned: u32 = agenda.iter().filter_map(|i| i.fields.minutes).sum();
            let duration = f.duration_minutes;
            let balance = match planned.cmp(&duration) {
                std::cmp::Ordering::Less => format!(
                    " ({} free)",
                    plural(duration - planned, "minute", "minutes")
                ),
                std::cmp::Ordering::Equal => String::new(),
                std::cmp::Ordering::Greater => format!(
                    " ({} over)",
                    plural(planned - duration, "minute", "minutes")
                ),
            };
            let covered = agenda.iter().filter(|i| i.fields.covered).count();
            let covered = if held {
                format!(" {covered} of {} items covered.", agenda.len())
            } else {
                String::new()
            };
            md.para(&format!(
                "Time-boxed: {planned} of {duration} minutes{balance}.{covered}"
            ));
        }

        let agreed: Vec<&ActionItem> = Self::of(&self.actions_by_session, &s.id);
        if f.status == SessionStatus::Planned {
            let open: Vec<String> = Self::of(&self.open_actions_by_partnership, &partnership)
                .into_iter()
                .filter(|a| a.fields.session_id != Some(s.id))
                .map(|a| self.action(a, true))
                .collect();
            md.titled_list(sub, "Open action items", &open);
        }

        if !f.shared_notes.trim().is_empty() {
            md.heading(sub, "Shared notes");
            md.block(&f.shared_notes, sub);
        }
        if !f.private_notes.trim().is_empty() {
            md.heading(sub, "Private notes");
            md.block(&f.private_notes, sub);
        }
        let items: Vec<String> = agreed.iter().map(|a| self.action(a, false)).collect();
        md.titled_list(sub, "Actions agreed", &items);
        let items: Vec<String> = Self::of(&self.feedback_by_session, &s.id)
            .into_iter()
            .map(|fb| self.feedback(fb, sub, true))
            .collect();
        md.titled_list(sub, "Feedback", &items);
        let items: Vec<String> = Self::of(&self.learnings_by_session, &s.id)
            .into_iter()
            .map(|l| self.learning(l, sub, true))
            .collect();
        md.titled_list(sub, "Learnings", &items);
    }

    /// ` — 10 min · Priya Raman · carried over from 2026-02-24 · goal: …`
    fn agenda_meta(&self, item: &AgendaItem, partnership: PartnershipId) -> String {
        let f = &item.fields;
        let mut parts = Vec::new();
        if let Some(minutes) = f.minutes {
            parts.push(format!("{minutes} min"));
        }
        parts.push(plain(&self.person(f.owner, Some(partnership))));
        if let Some(origin) = f.carried_from {
            let from = self
                .agenda
                .get(&origin)
                .and_then(|o| self.sessions.get(&o.fields.session_id));
            parts.push(match from {
                Some(session) => format!(
                    "carried over from {}",
                    session.fields.starts_at.format("%Y-%m-%d")
                ),
                None => "carried over".to_owned(),
            });
        }
        if let Some(goal) = f.goal_id.and_then(|g| self.goals.get(&g)) {
            parts.push(format!("goal: {}", plain(&goal.fields.title)));
        }
        format!(" — *{}*", parts.join(" · "))
    }

    /// An action item as a task: checked when done.
    fn action(&self, a: &ActionItem, with_origin: bool) -> String {
        let f = &a.fields;
        let mut parts = vec![plain(&self.person(f.owner, Some(f.partnership_id)))];
        if let Some(due) = f.due_on {
            parts.push(format!("due {}", date(due)));
        }
        if let Some(done) = f.done_at {
            parts.push(format!("done {}", done.format("%Y-%m-%d")));
        }
        if with_origin && let Some(session) = f.session_id.and_then(|s| self.sessions.get(&s)) {
            parts.push(format!("from {}", plain(&session_heading(session))));
        }
        let mark = if f.done_at.is_some() { "[x] " } else { "[ ] " };
        item_text_first("- ", mark, &f.text, &format!(" — *{}*", parts.join(" · ")))
    }

    /// A learning as a list item; `under_session` when it is listed under its own session.
    fn learning(&self, l: &Learning, section: usize, under_session: bool) -> String {
        let f = &l.fields;
        let mut meta = vec![format!("**{}**", date(f.on))];
        if let Some(skill) = f.skill_id.and_then(|k| self.skills.get(&k)) {
            meta.push(format!("skill: {}", plain(&skill.fields.name)));
        }
        if let Some(session) = f
            .session_id
            .filter(|_| !under_session)
            .and_then(|s| self.sessions.get(&s))
        {
            meta.push(format!("session: {}", plain(&session_heading(session))));
        }
        if f.visibility == Visibility::Private {
            meta.push("*private*".to_owned());
        }
        item_with_text("- ", meta.join(" · "), &f.text, section)
    }

    /// A feedback entry as a list item; `under_session` when it is listed under its own session.
    fn feedback(&self, fb: &Feedback, section: usize, under_session: bool) -> String {
        let f = &fb.fields;
        let mut meta = vec![
            format!("**{}**", date(f.on)),
            format!(
                "from {}",
                plain(&self.person(f.author, Some(f.partnership_id)))
            ),
        ];
        if let Some(rating) = f.rating {
            meta.push(format!("rating {rating}/5"));
        }
        if let Some(session) = f
            .session_id
            .filter(|_| !under_session)
            .and_then(|s| self.sessions.get(&s))
        {
            meta.push(format!("session: {}", plain(&session_heading(session))));
        }
        if f.visibility == Visibility::Private {
            meta.push("*private*".to_owned());
        }
        let mut blocks = Vec::new();
        for (label, text) in [("Went well", &f.went_well), ("To improve", &f.to_improve)] {
            let text = normalize_newlines(text);
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            // One line reads best after its label; anything longer goes below it.
            if text.contains(['\n', '\u{85}', '\u{2028}', '\u{2029}']) {
                blocks.push(format!("**{label}:**"));
                blocks.extend(markdown_block(text, section));
            } else {
                blocks.push(format!("**{label}:** {text}"));
            }
        }
        list_item("- ", &[meta.join(" · ")], &blocks)
    }

    fn skill(&self, md: &mut Md, skill: &Skill, level: usize) {
        let f = &skill.fields;
        md.heading(level, &plain(&f.name));
        let me = plain(&self.me());
        let mut details = Vec::new();
        if !f.category.trim().is_empty() {
            details.push(format!("- **Category:** {}", plain(&f.category)));
        }
        details.push(match f.direction {
            Direction::Learn => format!("- **Direction:** {me} learns"),
            Direction::Teach => format!("- **Direction:** {me} teaches"),
        });
        let ratings: Vec<&SkillRating> = Self::of(&self.ratings_by_skill, &skill.id);
        for rater in [Party::Me, Party::Partner] {
            let by: Vec<&&SkillRating> =
                ratings.iter().filter(|r| r.fields.rater == rater).collect();
            let (Some(first), Some(last)) = (by.first(), by.last()) else {
                continue;
            };
            let name = plain(&self.person(rater, f.partnership_id));
            details.push(if by.len() == 1 {
                format!(
                    "- **Rated by {name}:** {} ({})",
                    first.fields.level,
                    date(first.fields.on)
                )
            } else {
                let change = i16::from(last.fields.level) - i16::from(first.fields.level);
                format!(
                    "- **Rated by {name}:** {} → {} ({change:+}; {} to {}, {} ratings)",
                    first.fields.level,
                    last.fields.level,
                    date(first.fields.on),
                    date(last.fields.on),
                    by.len()
                )
            });
        }
        md.list(&details);
        let items: Vec<String> = ratings
            .iter()
            .map(|r| {
                item_with_text(
                    "- ",
                    format!(
                        "**{}** · {} · {}/5",
                        date(r.fields.on),
                        plain(&self.person(r.fields.rater, f.partnership_id)),
                        r.fields.level
                    ),
                    &r.fields.note,
                    level,
                )
            })
            .collect();
        if !items.is_empty() {
            md.para("**Ratings**");
            md.list(&items);
        }
    }
}

/// `2026-03-09 · Prompting for finance`: a session's heading among others.
fn session_heading(s: &Session) -> String {
    format!(
        "{} · {}",
        s.fields.starts_at.format("%Y-%m-%d"),
        s.fields.title.trim()
    )
}

fn missing(what: &str) -> Document<'static> {
    let mut md = Md::default();
    md.heading(1, what);
    md.para("*Not in this export.*");
    Document {
        about: About::Missing,
        title: what.to_owned(),
        chunks: vec![md.take()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_events(text: &str) -> Vec<Event<'_>> {
        Parser::new_ext(text, options()).collect()
    }

    #[test]
    fn plain_text_reads_literally() {
        for text in [
            "- leading dash",
            "# not a heading #",
            "1. not a list",
            "> not a quote",
            "*not emphasis* and _this_ `code` [link](x) <b> a|b ~~x~~ &amp; \\",
            "key: value",
            "+ plus",
            "=== equals",
        ] {
            let line = format!("- {}", plain(text));
            let events = parse_events(&line);
            let texts: String = events
                .iter()
                .filter_map(|e| match e {
                    Event::Text(t) => Some(t.to_string()),
                    _ => None,
                })
                .collect();
            assert_eq!(texts, text, "{line}");
            let starts = events
                .iter()
                .filter(|e| matches!(e, Event::Start(_)))
                .count();
            assert_eq!(starts, 2, "only a list and its item: {line} → {events:?}");
        }
    }

    #[test]
    fn headings_move_below_their_section() {
        let text = "# One\n\n> ## Two\n\nSet\n===\n\n- ### Three";
        let moved = demote_headings(text, 3);
        let levels: Vec<usize> = parse_events(&moved)
            .iter()
            .filter_map(|e| match e {
                Event::Start(Tag::Heading { level, .. }) => Some(*level as usize),
                _ => None,
            })
            .collect();
        assert_eq!(levels, vec![4, 5, 4, 6], "{moved}");
    }

    #[test]
    fn open_fences_and_html_blocks_are_closed() {
        for text in [
            "```rust\nfn x() {}",
            "~~~~\ncode\n~~~",
            "<!-- never closed",
            "<pre>\nx",
            "<script>\nalert(1)",
            "<![CDATA[ x",
            "<?php x",
            "<!DOCTYPE x",
        ] {
            let contained = contain(text.to_owned());
            assert!(
                !swallows_what_follows(&contained),
                "{text:?} → {contained:?}"
            );
        }
        // Closed ones are left as they are.
        assert_eq!(contain("```\nx\n```".to_owned()), "```\nx\n```");
    }

    #[test]
    fn yaml_strings_escape_what_they_must() {
        assert_eq!(yaml_string("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
        assert_eq!(yaml_string("\u{1}\u{7f}\u{2028}"), "\"\\x01\\x7F\\L\"");
        assert_eq!(yaml_string("ünï 🎉"), "\"ünï 🎉\"");
    }

    #[test]
    fn tabs_expand_to_commonmark_stops() {
        assert_eq!(expand_tabs("\tx"), "    x");
        assert_eq!(expand_tabs("ab\tx"), "ab  x");
        assert_eq!(indent("a\n\n\tb", 2), "  a\n\n      b");
    }
}
