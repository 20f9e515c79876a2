//! The Markdown writer: a buffer that keeps blocks one blank line apart, the small formatters
//! the documents share, and the names of the files a folder export writes.

use super::escape::markdown_block;
use crate::files::clean_file_name;
use crate::language::tr;
use crate::model::{Cadence, CadenceUnit, Partnership, Session, SessionId};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

/// A Markdown buffer that keeps blocks apart with exactly one blank line.
#[derive(Default)]
pub(super) struct Md {
    pub(super) out: String,
}

impl Md {
    pub(super) fn gap(&mut self) {
        if !self.out.is_empty() {
            let kept = self.out.trim_end_matches('\n').len();
            self.out.truncate(kept);
            self.out.push_str("\n\n");
        }
    }

    pub(super) fn heading(&mut self, level: usize, text: &str) {
        self.gap();
        let untitled;
        let text = if text.is_empty() {
            untitled = tr("export-untitled", &[]);
            &untitled
        } else {
            text
        };
        let _ = writeln!(self.out, "{} {text}", "#".repeat(level.clamp(1, 6)));
    }

    pub(super) fn para(&mut self, text: &str) {
        self.gap();
        self.out.push_str(text);
        self.out.push('\n');
    }

    pub(super) fn list(&mut self, items: &[String]) {
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
    pub(super) fn titled_list(&mut self, level: usize, title: &str, items: &[String]) {
        if !items.is_empty() {
            self.heading(level, title);
            self.list(items);
        }
    }

    /// User Markdown under a bold label paragraph. The label keeps the text apart from a list
    /// written before it (an indented first line would join its last item).
    pub(super) fn labelled(&mut self, label: &str, text: &str, section: usize) {
        if let Some(block) = markdown_block(text, section) {
            self.para(&format!("**{label}**"));
            self.para(&block);
        }
    }

    /// User Markdown right under a heading.
    pub(super) fn block(&mut self, text: &str, section: usize) {
        if let Some(block) = markdown_block(text, section) {
            self.para(&block);
        }
    }

    pub(super) fn take(&mut self) -> String {
        std::mem::take(&mut self.out)
    }
}

pub(super) fn date(on: NaiveDate) -> String {
    on.format("%Y-%m-%d").to_string()
}

/// How often a partnership means to meet, in words: "every week", "every 2 weeks".
pub(crate) fn every(cadence: Cadence) -> String {
    let id = match cadence.unit {
        CadenceUnit::Day => "export-every-day",
        CadenceUnit::Week => "export-every-week",
        CadenceUnit::Month => "export-every-month",
    };
    tr(id, &[("count", cadence.every.into())])
}

/// A file name percent-encoded for a link destination.
pub(super) fn link_target(file_name: &str) -> String {
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

pub(super) fn partner_file_name(p: &Partnership) -> String {
    let name = p.fields.partner_name.trim();
    if name.is_empty() {
        clean_file_name(&tr("export-partner", &[]), "md")
    } else {
        clean_file_name(name, "md")
    }
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
pub(super) fn session_file_names(
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
