//! The YAML front matter every exported file starts with; user strings are quoted here so that
//! any title stays one valid YAML value.

use super::documents::View;
use super::{About, MARKDOWN_SCHEMA_VERSION};
use crate::export::Audience;
use crate::model::Direction;
use chrono::{DateTime, SecondsFormat, Utc};
use std::fmt::Write as _;

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

pub(super) fn front_matter(
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
    keys.push(("lang", crate::language::current().tag().to_owned()));

    let mut out = String::from("---\n");
    for (key, value) in keys {
        let _ = writeln!(out, "{key}: {value}");
    }
    out.push_str("---\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_strings_escape_what_they_must() {
        assert_eq!(yaml_string("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
        assert_eq!(yaml_string("\u{1}\u{7f}\u{2028}"), "\"\\x01\\x7F\\L\"");
        assert_eq!(yaml_string("ünï 🎉"), "\"ünï 🎉\"");
    }
}
