//! Escaping and embedding user text: one-line text made to read literally, and user Markdown
//! contained (headings moved down, open fences and HTML blocks closed) so it cannot swallow the
//! document around it.

use pulldown_cmark::{Event, Options, Parser, Tag};

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
pub(super) fn normalize_newlines(text: &str) -> String {
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

/// Moves the headings of `text` down so they nest under the section of level `section` that
/// holds them: the text's highest heading becomes level `section + 1` and the others keep their
/// distance from it (capped at 6), so no level is skipped (`## Notes` under a level-2 section
/// becomes `### Notes`). Headings are never moved up. ATX headings get more `#`; a setext
/// heading becomes an ATX heading (its underline is dropped; a second line of it becomes a
/// paragraph).
fn demote_headings(text: &str, section: usize) -> String {
    let headings: Vec<(usize, std::ops::Range<usize>)> = Parser::new_ext(text, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Heading { level, .. }) => Some((level as usize, range)),
            _ => None,
        })
        .collect();
    let highest = headings.iter().map(|(level, _)| *level).min().unwrap_or(1);
    let shift = (section + 1).saturating_sub(highest);
    if shift == 0 {
        return text.to_owned();
    }
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for (level, range) in headings {
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
pub(super) fn markdown_block(text: &str, section: usize) -> Option<String> {
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
pub(super) fn list_item(marker: &str, lines: &[String], blocks: &[String]) -> String {
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
pub(super) fn item_with_text(marker: &str, meta: String, text: &str, section: usize) -> String {
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
pub(super) fn item_text_first(marker: &str, mark: &str, text: &str, meta: &str) -> String {
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
    fn a_text_s_highest_heading_lands_right_below_its_section() {
        let levels = |text: &str, section: usize| -> Vec<usize> {
            parse_events(&demote_headings(text, section))
                .iter()
                .filter_map(|e| match e {
                    Event::Start(Tag::Heading { level, .. }) => Some(*level as usize),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(levels("## Two\n\n### Three\n\n## Two", 2), [3, 4, 3]);
        assert_eq!(
            levels("### Three\n\n#### Four", 1),
            [3, 4],
            "never moved up"
        );
        assert_eq!(
            levels("## Two", 0),
            [2],
            "a text on its own stays as written"
        );
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
    fn tabs_expand_to_commonmark_stops() {
        assert_eq!(expand_tabs("\tx"), "    x");
        assert_eq!(expand_tabs("ab\tx"), "ab  x");
        assert_eq!(indent("a\n\n\tb", 2), "  a\n\n      b");
    }
}
