//! Full-text search over every text field of the journal.
//!
//! The FTS5 table `search` is filled by triggers (see `db/migrations/0002_search.sql`), so this
//! module only reads. User input is never handed to FTS5's query language as is: [`fts_query`]
//! turns any text into a query of quoted terms, so `"C++ AND`, `NOT`, `*`, stray quotes and
//! emoji search for what they say instead of raising a syntax error. Bare words match as
//! prefixes (search as you type); `"quoted words"` match as a phrase.
//!
//! A hit's snippet is ready to show: the record's text read as plain text (no Markdown markers,
//! see `plain`), a dozen words around the matches, the matched words marked. The words are
//! cut from the plain text rather than from FTS5's own `snippet()` of the source, so Markdown
//! that opens before the cut and closes after it (`*Finance Director*`, a link) is still read
//! as what it is.

use crate::db::ReadTx;
use crate::error::Result;
use crate::model::{Kind, PartnershipId};
use crate::plain::plain;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use uuid::Uuid;

/// Marks the start and end of a match in the text FTS5 highlights. Control characters, so they
/// cannot collide with anything a user types (control characters are removed from snippets).
const MATCH_START: char = '\u{2}';
const MATCH_END: char = '\u{3}';

/// How many words a snippet shows, about as many as FTS5's own snippets of a dozen tokens.
const SNIPPET_WORDS: usize = 12;

/// What stands for text left out before or after a snippet.
const ELLIPSIS: &str = "…";

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
    /// A short excerpt as plain text, to show as it is; `matched` parts are the words that
    /// matched.
    pub snippet: Vec<SnippetPart>,
}

/// A piece of a snippet: text to show as it is, with no Markdown left in it.
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

/// The snippet of a record whose text FTS5 highlighted with [`MATCH_START`] and [`MATCH_END`].
fn snippet(highlighted: &str) -> Vec<SnippetPart> {
    let (source, matches) = unmark(highlighted);
    let plain = plain(&source);
    let marked = plain.marked(&matches);
    excerpt(&plain.text, &marked)
}

/// The highlighted text without its markers, and the byte ranges the markers enclosed.
fn unmark(highlighted: &str) -> (String, Vec<Range<usize>>) {
    let mut text = String::with_capacity(highlighted.len());
    let mut matches = Vec::new();
    let mut start = None;
    for c in highlighted.chars() {
        match c {
            MATCH_START => start = Some(text.len()),
            MATCH_END => matches.extend(start.take().map(|s| s..text.len())),
            c => text.push(c),
        }
    }
    (text, matches)
}

/// [`SNIPPET_WORDS`] words of `text` around its `marked` ranges, as parts: the window with the
/// most different matched words (the first such), with its matches centred in it as FTS5
/// centres them, and an ellipsis where text was left out. Whitespace becomes single spaces.
fn excerpt(text: &str, marked: &[Range<usize>]) -> Vec<SnippetPart> {
    let mut marked: Vec<Range<usize>> = marked
        .iter()
        .filter(|r| {
            r.start < r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
        })
        .cloned()
        .collect();
    marked.sort_by_key(|r| r.start);
    let words = words(text);
    let matched = |word: &Range<usize>| {
        marked
            .iter()
            .any(|r| r.start < word.end && word.start < r.end)
    };
    let keys: Vec<Option<String>> = words
        .iter()
        .map(|w| matched(w).then(|| text[w.clone()].to_lowercase()))
        .collect();

    let (from, to) = if words.len() <= SNIPPET_WORDS {
        (0, words.len())
    } else {
        let last_start = words.len() - SNIPPET_WORDS;
        let score = |from: usize| {
            let mut seen: Vec<&str> = Vec::new();
            for key in keys[from..from + SNIPPET_WORDS].iter().flatten() {
                if !seen.contains(&key.as_str()) {
                    seen.push(key);
                }
            }
            seen.len()
        };
        let mut best = (0, score(0));
        for from in 1..=last_start {
            let here = score(from);
            if here > best.1 {
                best = (from, here);
            }
        }
        let window = best.0..best.0 + SNIPPET_WORDS;
        let hits: Vec<usize> = window.filter(|&i| keys[i].is_some()).collect();
        let from = match (hits.first(), hits.last()) {
            (Some(&first), Some(&last)) => first
                .saturating_sub((SNIPPET_WORDS - (last - first + 1)) / 2)
                .min(last_start),
            _ => best.0,
        };
        (from, from + SNIPPET_WORDS)
    };

    let mut parts = Vec::new();
    if from > 0 {
        push_part(&mut parts, ELLIPSIS, false);
    }
    for (i, word) in words[from..to].iter().enumerate() {
        if i > 0 {
            push_part(&mut parts, " ", false);
        }
        let mut at = word.start;
        for r in marked
            .iter()
            .filter(|r| r.start < word.end && word.start < r.end)
        {
            let (start, end) = (r.start.max(at), r.end.min(word.end));
            if start < end {
                push_part(&mut parts, &text[at..start], false);
                push_part(&mut parts, &text[start..end], true);
                at = end;
            }
        }
        push_part(&mut parts, &text[at..word.end], false);
    }
    if to < words.len() {
        push_part(&mut parts, ELLIPSIS, false);
    }
    parts
}

/// The byte ranges of the whitespace-separated words of `text`.
fn words(text: &str) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push(s..at);
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    words.extend(start.map(|s| s..text.len()));
    words
}

/// Appends `text` to the parts, joining it to the last part when both are marked alike.
fn push_part(parts: &mut Vec<SnippetPart>, text: &str, matched: bool) {
    if text.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some(last) if last.matched == matched => last.text.push_str(text),
        _ => parts.push(SnippetPart {
            text: text.to_owned(),
            matched,
        }),
    }
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
        // Templates are not indexed (see migration 9); a label all the same, should one be.
        Kind::AgendaTemplate => "SELECT name, NULL, 1 FROM agenda_template WHERE id = ?1",
        Kind::Feedback => {
            "SELECT coalesce(s.title, ''), s.id, coalesce(s.deleted_at IS NULL, 1) FROM feedback f
             LEFT JOIN session s ON s.id = f.session_id WHERE f.id = ?1"
        }
        // Not indexed (the draft is); named in case an index ever holds one.
        Kind::RecordOfLearning => {
            "SELECT 'Record of learning', NULL, 1 FROM record_of_learning WHERE id = ?1"
        }
        Kind::AgreementVersion => {
            "SELECT 'Agreement adopted on ' || adopted_on, NULL, 1 FROM agreement_version WHERE id = ?1"
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
        // Whether any partnership is in the trash: only then must each match be looked up to
        // leave out the records of trashed partnerships (the index holds only live records, and
        // every partnership a record names exists).
        let trashed: bool = self
            .prepare("SELECT EXISTS (SELECT 1 FROM partnership WHERE deleted_at IS NOT NULL)")?
            .query_row([], |r| r.get(0))?;
        let limit = limit.min(MAX_HITS);
        let page = match partnership {
            None => self.ranked(&query, None, limit, trashed)?,
            Some(partnership) => self.ranked_in(&query, partnership, limit, trashed)?,
        };
        if page.is_empty() {
            return Ok(Vec::new());
        }
        // Then the page's highlighted text, in one pass over the matches between the page's
        // first and last rowid (bounds FTS5 applies itself); the page's rowids are checked by
        // SQLite (`+rowid`), since FTS5 would run the whole query again for each one.
        let (first, last) = page
            .iter()
            .fold((i64::MAX, i64::MIN), |(lo, hi), &r| (lo.min(r), hi.max(r)));
        let rowids = json_rowids(&page);
        let mut highlighted: HashMap<i64, (Kind, String, Option<PartnershipId>, String)> = self
            .prepare(
                "SELECT rowid, kind, record_id, partnership_id,
                        highlight(search, 3, char(2), char(3))
                 FROM search
                 WHERE search MATCH ?1 AND rowid >= ?2 AND rowid <= ?3
                   AND +rowid IN (SELECT value FROM json_each(?4))",
            )?
            .query_map((&query, first, last, rowids), |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    (
                        r.get::<_, Kind>(1)?,
                        r.get::<_, String>(2)?,
                        r.get(3)?,
                        r.get::<_, String>(4)?,
                    ),
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut hits = Vec::new();
        for rowid in page {
            let Some((kind, id, partnership_id, text)) = highlighted.remove(&rowid) else {
                continue;
            };
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
                snippet: snippet(&text),
            });
        }
        Ok(hits)
    }

    /// The rowids of the best `limit` matches of `query` by bm25 (what `ORDER BY rank` sorts
    /// by, ties by rowid as FTS5's own sort leaves them), within `partnership` if given, and
    /// leaving out trashed partnerships' records when there are `trashed` ones. A match's
    /// partnership is read from the index's content table by rowid, before it is ranked, so
    /// only the matches in scope are ranked; a bounded sort keeps only the page.
    fn ranked(
        &self,
        query: &str,
        partnership: Option<PartnershipId>,
        limit: u32,
        trashed: bool,
    ) -> Result<Vec<i64>> {
        let mut stmt = self.prepare(
            "SELECT rowid FROM search
             WHERE search MATCH ?1
               AND (?2 IS NULL
                    OR (SELECT c2 FROM search_content WHERE id = search.rowid) = ?2)
               AND (NOT ?4
                    OR coalesce((SELECT c2 FROM search_content WHERE id = search.rowid)
                                IN (SELECT id FROM partnership WHERE deleted_at IS NULL), 1))
             ORDER BY bm25(search), rowid LIMIT ?3",
        )?;
        let rows = stmt.query_map((query, partnership, limit, trashed), |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// [`Self::ranked`] within one partnership. A partnership that holds a large share of the
    /// journal (a quarter of its sessions or more) has most of the best matches: then the
    /// best matches of the whole journal are ranked without looking up each one's partnership,
    /// a few pages' worth, and those of the partnership kept. When they do not fill the page
    /// (and the journal has more matches), or for any other partnership, the partnership's
    /// matches are picked out before ranking. Either way the page is the same.
    fn ranked_in(
        &self,
        query: &str,
        partnership: PartnershipId,
        limit: u32,
        trashed: bool,
    ) -> Result<Vec<i64>> {
        let (sessions, all): (i64, i64) = self
            .prepare(
                "SELECT (SELECT count(*) FROM session WHERE partnership_id = ?1),
                        (SELECT count(*) FROM session)",
            )?
            .query_row([partnership], |r| Ok((r.get(0)?, r.get(1)?)))?;
        if all > 0 && sessions * 4 >= all {
            let wide = limit.saturating_mul(8);
            let best = self.ranked(query, None, wide, trashed)?;
            let mut stmt = self.prepare(
                "SELECT id FROM search_content
                 WHERE id IN (SELECT value FROM json_each(?1)) AND c2 = ?2",
            )?;
            let mine: HashSet<i64> = stmt
                .query_map((json_rowids(&best), partnership), |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let page: Vec<i64> = best
                .iter()
                .copied()
                .filter(|rowid| mine.contains(rowid))
                .take(limit as usize)
                .collect();
            if page.len() == limit as usize || best.len() < wide as usize {
                return Ok(page);
            }
        }
        self.ranked(query, Some(partnership), limit, trashed)
    }
}

/// Rowids as a JSON array, for `json_each`.
fn json_rowids(rowids: &[i64]) -> String {
    format!(
        "[{}]",
        rowids
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",")
    )
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

    /// A snippet written as text with the matched parts in brackets.
    fn shown(parts: &[SnippetPart]) -> String {
        parts
            .iter()
            .map(|p| {
                if p.matched {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn snippets_split_into_matched_and_plain_parts_without_control_characters() {
        let parts = snippet("a \u{2}word\u{3} and\n\u{7}more");
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

    #[test]
    fn snippets_drop_the_markdown_around_and_between_matches() {
        assert_eq!(
            shown(&snippet(
                "a job title. *\u{2}Finance\u{3} Director* tell\n## \u{2}LinkedIn\u{3}"
            )),
            "a job title. [Finance] Director tell [LinkedIn]"
        );
        assert_eq!(
            shown(&snippet(
                "**Bold** and `\u{2}code\u{3}` and [a \u{2}link\u{3}](https://x.org)"
            )),
            "Bold and [code] and a [link]"
        );
        // Text that only looks like markup stays as it is.
        assert_eq!(
            shown(&snippet("my_\u{2}name\u{3} stays, 5 * 3 = 15")),
            "my_[name] stays, 5 * 3 = 15"
        );
        assert_eq!(
            shown(&snippet(
                "<img src=x onerror=alert(1)> <b>\u{2}bold\u{3}</b>"
            )),
            "<img src=x onerror=alert(1)> <b>[bold]</b>"
        );
    }

    #[test]
    fn emphasis_cut_by_the_window_is_still_read_as_emphasis() {
        let text = "one two three four five six seven eight nine ten *eleven twelve thirteen \
                    fourteen \u{2}fifteen\u{3} sixteen seventeen eighteen* nineteen twenty \
                    twenty-one twenty-two twenty-three twenty-four";
        assert_eq!(
            shown(&snippet(text)),
            "…ten eleven twelve thirteen fourteen [fifteen] sixteen seventeen eighteen nineteen \
             twenty twenty-one…"
        );
    }

    #[test]
    fn the_window_holds_the_most_different_matches() {
        let words: Vec<String> = (1..=40).map(|i| format!("w{i}")).collect();
        let mut text = words.join(" ");
        // "alpha" early on its own; "alpha" and "beta" together later: the later window wins,
        // and the matches sit in its middle.
        text = text.replace("w3 ", "\u{2}alpha\u{3} ");
        text = text.replace("w30 ", "\u{2}alpha\u{3} ");
        text = text.replace("w33 ", "\u{2}beta\u{3} ");
        assert_eq!(
            shown(&snippet(&text)),
            "…w26 w27 w28 w29 [alpha] w31 w32 [beta] w34 w35 w36 w37…"
        );
        // A match in the first words: no ellipsis before.
        assert_eq!(
            shown(&snippet(
                "\u{2}alpha\u{3} w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13"
            )),
            "[alpha] w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12…"
        );
        // Nothing to mark (the match was in a link target): the text from its start.
        assert_eq!(
            shown(&snippet("[see](https://\u{2}example\u{3}.org) here")),
            "see here"
        );
    }
}
