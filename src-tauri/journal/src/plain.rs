//! Markdown read as plain text, for the places that show a line of an entry rather than the
//! entry: search snippets and trash labels. The markup goes (emphasis, headings, quotes, list
//! markers, code fences, link targets) and the words stay, as the one parser the journal reads
//! Markdown with ([`crate::render`]'s dialect) understands them: `my_name` and `5 * 3` are
//! text, `*Finance Director*` is emphasis. Raw HTML stays as the text it is, as in a rendered
//! entry. Control characters are dropped.
//!
//! Each piece of plain text remembers where it came from in the source, so a search match,
//! found by byte range in the source, can be marked in the plain text.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::ops::Range;

/// Plain text and where each piece of it came from.
pub(crate) struct Plain {
    /// The text: blocks and line breaks as `\n`, table cells apart by a space.
    pub text: String,
    /// Pieces of `text` in order, each with the source bytes it was read from.
    pieces: Vec<Piece>,
}

struct Piece {
    /// Bytes of [`Plain::text`].
    plain: Range<usize>,
    /// Where in the source the piece starts, when it is a verbatim copy of the source there;
    /// else the source range it stands for as a whole (an entity, an escaped character).
    source: Source,
}

enum Source {
    Verbatim(usize),
    Whole(Range<usize>),
}

/// What separates the text already written from the next text.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Line,
}

/// `markdown` as plain text.
pub(crate) fn plain(markdown: &str) -> Plain {
    let mut out = Plain {
        text: String::with_capacity(markdown.len()),
        pieces: Vec::new(),
    };
    let mut gap = Gap::None;
    for (event, range) in
        Parser::new_ext(markdown, crate::render::markdown_options()).into_offset_iter()
    {
        match event {
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                out.separate(&mut gap);
                let source = &markdown[range.clone()];
                match source.find(&*text) {
                    Some(at) => out.push(&text, Some(range.start + at), range),
                    None => out.push(&text, None, range),
                }
            }
            Event::TaskListMarker(checked) => {
                out.separate(&mut gap);
                let marker = if checked { "☑ " } else { "☐ " };
                out.push(marker, None, range.start..range.start);
            }
            Event::SoftBreak | Event::HardBreak | Event::Rule => gap = gap.max(Gap::Line),
            Event::Start(Tag::TableCell) => gap = gap.max(Gap::Space),
            Event::Start(tag) if is_block(tag.to_end()) => gap = gap.max(Gap::Line),
            Event::End(end) if is_block(end) => gap = gap.max(Gap::Line),
            _ => {}
        }
    }
    out
}

/// Whether a tag is a block (as opposed to emphasis, a link or an image inside a line); a
/// table cell is neither, its neighbours are a space apart.
fn is_block(end: TagEnd) -> bool {
    !matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::TableCell
    )
}

impl Plain {
    fn separate(&mut self, gap: &mut Gap) {
        if !self.text.is_empty() {
            match gap {
                Gap::None => {}
                Gap::Space => self.text.push(' '),
                Gap::Line => self.text.push('\n'),
            }
        }
        *gap = Gap::None;
    }

    /// Appends `text`, read from the source at `verbatim` (or standing for `range` as a whole):
    /// line breaks stay, tabs become spaces, other control characters go.
    fn push(&mut self, text: &str, verbatim: Option<usize>, range: Range<usize>) {
        let mut run: Option<(usize, usize)> = None; // (plain start, source start)
        for (at, c) in text.char_indices() {
            let kept = match c {
                '\t' => ' ',
                '\n' => '\n',
                c if c.is_control() => {
                    self.close(&mut run, verbatim.is_some(), &range);
                    continue;
                }
                c => c,
            };
            if run.is_none() {
                run = Some((self.text.len(), verbatim.map_or(0, |v| v + at)));
            }
            self.text.push(kept);
        }
        self.close(&mut run, verbatim.is_some(), &range);
    }

    fn close(&mut self, run: &mut Option<(usize, usize)>, verbatim: bool, range: &Range<usize>) {
        if let Some((start, source)) = run.take() {
            self.pieces.push(Piece {
                plain: start..self.text.len(),
                source: if verbatim {
                    Source::Verbatim(source)
                } else {
                    Source::Whole(range.clone())
                },
            });
        }
    }

    /// The bytes of [`Plain::text`] that `source` ranges (in the Markdown) were read into.
    pub fn marked(&self, source: &[Range<usize>]) -> Vec<Range<usize>> {
        let mut marked = Vec::new();
        for piece in &self.pieces {
            for range in source {
                match &piece.source {
                    Source::Verbatim(from) => {
                        let len = piece.plain.len();
                        let start = range.start.max(*from);
                        let end = range.end.min(from + len);
                        if start < end {
                            let shift = piece.plain.start;
                            marked.push(shift + start - from..shift + end - from);
                        }
                    }
                    Source::Whole(whole) => {
                        if range.start < whole.end && whole.start < range.end {
                            marked.push(piece.plain.clone());
                        }
                    }
                }
            }
        }
        marked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(markdown: &str) -> String {
        plain(markdown).text
    }

    #[test]
    fn markup_goes_and_words_stay() {
        assert_eq!(text("Quiet room\n## LinkedIn"), "Quiet room\nLinkedIn");
        assert_eq!(
            text("a job title. *Finance Director* tell"),
            "a job title. Finance Director tell"
        );
        assert_eq!(
            text("**Bold** and `code` and [a link](https://x.org)"),
            "Bold and code and a link"
        );
        assert_eq!(text("> quoted\n\n- one\n- two"), "quoted\none\ntwo");
        assert_eq!(text("- [x] done\n- [ ] to do"), "☑ done\n☐ to do");
        assert_eq!(text("![a chart](chart.png)"), "a chart");
        assert_eq!(text("| a | b |\n|---|---|\n| 1 | 2 |"), "a b\n1 2");
        assert_eq!(text("- a\n  - b"), "a\nb");
    }

    #[test]
    fn text_that_only_looks_like_markup_stays() {
        assert_eq!(text("my_name stays"), "my_name stays");
        assert_eq!(text("5 * 3 = 15"), "5 * 3 = 15");
        assert_eq!(
            text("<img src=x onerror=alert(1)>"),
            "<img src=x onerror=alert(1)>"
        );
        assert_eq!(text("Tried <b>bold</b> here"), "Tried <b>bold</b> here");
        assert_eq!(text("\\*not emphasis\\*"), "*not emphasis*");
        assert_eq!(text("AT&amp;T"), "AT&T");
    }

    #[test]
    fn control_characters_go_and_tabs_become_spaces() {
        assert_eq!(text("a\u{7}b\tc"), "ab c");
    }

    #[test]
    fn source_ranges_are_marked_where_their_text_went() {
        let source = "a job title. *Finance Director* tell [a link](https://x.org)";
        let p = plain(source);
        let find = |word: &str| {
            let at = source.find(word).unwrap();
            at..at + word.len()
        };
        let marked = p.marked(&[find("Finance"), find("link"), find("x.org")]);
        let words: Vec<&str> = marked.iter().map(|r| &p.text[r.clone()]).collect();
        // A match inside the link's target has no text to mark.
        assert_eq!(words, ["Finance", "link"]);

        // An entity stands for its source as a whole.
        let p = plain("AT&amp;T");
        let entity = Range { start: 2, end: 7 };
        let marked = p.marked(std::slice::from_ref(&entity));
        assert_eq!(&p.text[marked[0].clone()], "&");
    }
}
