//! Full-text search over every text field of the journal.
//!
//! The FTS5 table `search` is filled by triggers (see `db/migrations/0002_search.sql`), so this
//! module only reads. User input is never handed to FTS5's query language as is: [`fts_query`]
//! turns any text into a query of quoted terms, so `"C++ AND`, `NOT`, `*`, stray quotes and
//! emoji search for what they say instead of raising a syntax error. Bare words match as
//! prefixes (search as you type); `"quoted words"` match as a phrase.

use crate::db::ReadTx;
use crate::error::Result;
use crate::model::{Kind, PartnershipId};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Marks the start and end of a match inside a snippet. Control characters, so they cannot
/// collide with anything a user types (control characters are removed from snippets).
const MATCH_START: char = '\u{2}';
const MATCH_END: char = '\u{3}';

/// The most hits one search returns.
pub const MAX_HITS: u32 = 200;

/// One record that matched a search.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SearchHit {
    /// The kind of the record that matched.
    pub kind: Kind,
    /// Its id.
    pub id: Uuid,
    /// The partnership it belongs to; none for a skill or learning of the owner's own.
    pub partnership_id: Option<PartnershipId>,
    /// The record that holds this one, to open it in place: the session of an agenda item,
    /// action, learning or feedback entry; the goal of a check-in; the skill of a rating.
    pub parent_id: Option<Uuid>,
    /// What the hit is about: a title, a name, or the parent's title.
    pub label: String,
    /// A short excerpt; `matched` parts are the words that matched.
    pub snippet: Vec<SnippetPart>,
}

/// A stretch of a snippet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SnippetPart {
    /// The text of this stretch.
    pub text: String,
    /// Whether these are words the query matched, to highlight.
    pub matched: bool,
}

/// Turns anything a user types into a safe FTS5 query, or `None` when nothing searchable is
/// left (only punctuation or symbols).
pub fn fts_query(input: &str) -> Option<String> {
    let mut terms = Vec::new();
    let mut rest = input;
    while let Some(quote) = rest.find('"') {
        terms.extend(
            rest[..quote]
                .split_whitespace()
                .filter_map(|word| term(word, true)),
        );
        let after = &rest[quote + 1..];
        let (phrase, next) = after.split_once('"').unwrap_or((after, ""));
        terms.extend(term(phrase, false));
        rest = next;
    }
    terms.extend(rest.split_whitespace().filter_map(|word| term(word, true)));
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// One quoted FTS5 string, or `None` if it holds nothing the tokenizer would index.
fn term(text: &str, prefix: bool) -> Option<String> {
    if !text.chars().any(char::is_alphanumeric) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let quoted = format!("\"{}\"", words.join(" ").replace('"', "\"\""));
    Some(if prefix { quoted + "*" } else { quoted })
}

fn snippet_parts(raw: &str) -> Vec<SnippetPart> {
    fn flush(text: &mut String, matched: bool, parts: &mut Vec<SnippetPart>) {
        if !text.is_empty() {
            parts.push(SnippetPart {
                text: std::mem::take(text),
                matched,
            });
        }
    }
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut matched = false;
    for c in raw.chars() {
        match c {
            MATCH_START => {
                flush(&mut current, matched, &mut parts);
                matched = true;
            }
            MATCH_END => {
                flush(&mut current, matched, &mut parts);
                matched = false;
            }
            '\n' | '\r' | '\t' => current.push(' '),
            c if c.is_control() => {}
            c => current.push(c),
        }
    }
    flush(&mut current, matched, &mut parts);
    parts
}

/// Per kind: the label and parent of a hit, and whether that parent is out of the trash.
fn detail_sql(kind: Kind) -> &'static str {
    match kind {
        Kind::Partnership => "SELECT partner_name, NULL, 1 FROM partnership WHERE id = ?1",
        Kind::Goal => "SELECT title, NULL, 1 FROM goal WHERE id = ?1",
        Kind::Session => "SELECT title, NULL, 1 FROM session WHERE id = ?1",
        Kind::Skill => "SELECT name, NULL, 1 FROM skill WHERE id = ?1",
        Kind::GoalCheckIn => {
            "SELECT g.title, g.id, g.deleted_at IS NULL FROM goal_check_in c
             JOIN goal g ON g.id = c.goal_id WHERE c.id = ?1"
        }
        Kind::AgendaItem => {
            "SELECT s.title, s.id, s.deleted_at IS NULL FROM agenda_item a
             JOIN session s ON s.id = a.session_id WHERE a.id = ?1"
        }
        Kind::SkillRating => {
            "SELECT k.name, k.id, k.deleted_at IS NULL FROM skill_rating r
             JOIN skill k ON k.id = r.skill_id WHERE r.id = ?1"
        }
        Kind::ActionItem => {
            "SELECT coalesce(s.title, ''), s.id, coalesce(s.deleted_at IS NULL, 1) FROM action_item a
             LEFT JOIN session s ON s.id = a.session_id WHERE a.id = ?1"
        }
        Kind::Learning => {
            "SELECT coalesce(s.title, k.name, ''), s.id, coalesce(s.deleted_at IS NULL, 1)
             FROM learning l LEFT JOIN session s ON s.id = l.session_id
             LEFT JOIN skill k ON k.id = l.skill_id WHERE l.id = ?1"
        }
        Kind::Feedback => {
            "SELECT coalesce(s.title, ''), s.id, coalesce(s.deleted_at IS NULL, 1) FROM feedback f
             LEFT JOIN session s ON s.id = f.session_id WHERE f.id = ?1"
        }
    }
}

impl ReadTx<'_> {
    /// Searches the whole journal, or one partnership, best matches first. Any input is
    /// accepted; input with nothing searchable in it finds nothing.
    pub fn search(
        &self,
        input: &str,
        partnership: Option<PartnershipId>,
        limit: u32,
    ) -> Result<Vec<SearchHit>> {
        let Some(query) = fts_query(input) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.prepare(
            "SELECT kind, record_id, partnership_id, snippet(search, 3, char(2), char(3), '…', 12)
             FROM search
             WHERE search MATCH ?1
               AND (?2 IS NULL OR partnership_id = ?2)
               AND (partnership_id IS NULL
                    OR partnership_id IN (SELECT id FROM partnership WHERE deleted_at IS NULL))
             ORDER BY rank LIMIT ?3",
        )?;
        let rows = stmt.query_map((query, partnership, limit.min(MAX_HITS)), |r| {
            Ok((
                r.get::<_, Kind>(0)?,
                r.get::<_, String>(1)?,
                r.get(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut hits = Vec::new();
        for row in rows {
            let (kind, id, partnership_id, snippet) = row?;
            let Ok(id) = Uuid::parse_str(&id) else {
                continue;
            };
            let (label, parent, parent_live): (String, Option<String>, bool) = self
                .prepare(detail_sql(kind))?
                .query_row([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            if !parent_live {
                continue;
            }
            hits.push(SearchHit {
                kind,
                id,
                partnership_id,
                parent_id: parent.and_then(|p| Uuid::parse_str(&p).ok()),
                label,
                snippet: snippet_parts(&snippet),
            });
        }
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_and_punctuation_become_quoted_terms() {
        assert_eq!(fts_query("C++ AND").as_deref(), Some("\"C++\"* \"AND\"*"));
        assert_eq!(fts_query("NOT").as_deref(), Some("\"NOT\"*"));
        assert_eq!(fts_query("*"), None);
        assert_eq!(fts_query("  "), None);
        assert_eq!(fts_query("🎉"), None);
    }

    #[test]
    fn quoted_words_make_a_phrase_and_a_stray_quote_is_harmless() {
        assert_eq!(
            fts_query("\"capital allocation\" memo").as_deref(),
            Some("\"capital allocation\" \"memo\"*")
        );
        assert_eq!(
            fts_query("\"unclosed phrase").as_deref(),
            Some("\"unclosed phrase\"")
        );
        assert_eq!(fts_query("say\"\"\"").as_deref(), Some("\"say\"*"));
    }

    #[test]
    fn snippets_split_into_matched_and_plain_parts_without_control_characters() {
        let parts = snippet_parts("a \u{2}word\u{3} and\n\u{7}more");
        assert_eq!(
            parts,
            vec![
                SnippetPart {
                    text: "a ".into(),
                    matched: false
                },
                SnippetPart {
                    text: "word".into(),
                    matched: true
                },
                SnippetPart {
                    text: " and more".into(),
                    matched: false
                },
            ]
        );
    }
}
