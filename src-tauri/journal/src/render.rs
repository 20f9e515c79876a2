//! Markdown → safe HTML for displaying journal entries.
//!
//! This module owns the one path by which entry text becomes markup: [`render_markdown`]. The
//! desktop shell inserts its output into the webview as HTML, so everything here is about making
//! sure that whatever a user typed, pasted or imported, the result is inert, well-formed, and
//! cheap to build and to lay out.
//!
//! # Pipeline
//!
//! 1. [`pulldown_cmark`] parses CommonMark plus GFM tables, task lists and strikethrough. Each
//!    extension is switched on by name. We never use `Options::all()`: it silently enables
//!    whatever a future version adds (its wiki-link option had an exponential-blowup advisory),
//!    and features such as heading attributes (`# x {onclick=…}`) or math would widen what can
//!    reach the sanitizer.
//! 2. The event stream is rewritten (see *Policy*): raw HTML becomes text, task markers become
//!    characters, images become links, nesting is capped, table alignment becomes an `align`
//!    attribute.
//! 3. `pulldown_cmark::html` writes HTML, which [`ammonia`] then sanitizes against a short
//!    allowlist. Step 2 already keeps users' markup out; ammonia is the second, independent
//!    layer, so a mistake in one of them is not enough to get script into the page.
//!
//! # Policy, and why
//!
//! * **Raw HTML is shown as text.** `Event::Html` / `Event::InlineHtml` are turned into
//!   `Event::Text`, so `<b>` or `<script>` appear literally (`&lt;b&gt;`) instead of being
//!   interpreted or silently deleted: in a journal, users should see what they typed. An HTML
//!   block (e.g. a line starting with `<div>`) becomes a paragraph whose source lines are kept
//!   apart by `<br>`. As in CommonMark, Markdown inside an HTML block is not interpreted.
//! * **Task-list items get a `☐` / `☑` character**, not an `<input type="checkbox">`. That keeps
//!   every form control out of the allowlist (an allowed `input` is one attribute-filter bug away
//!   from a live form), and the rendered entry is read-only anyway.
//! * **No `<img>`.** The app is offline and its CSP blocks remote images, so an `img` could only
//!   ever show a broken icon, while being a classic XSS and tracking vector. An image is rendered
//!   as a link to its URL whose text is the alt text (the URL itself when the alt text is empty),
//!   and the link goes through the same URL rules as any other. Inside a link, where a second
//!   anchor would nest, an image is just its alt text.
//! * **URLs: `http`, `https` and `mailto` only.** `javascript:`, `vbscript:`, `data:`, `file:` and
//!   every other scheme are removed, and so are relative URLs (including `#fragment`): the
//!   rendered entry has no meaningful base to resolve them against. Removing a URL removes the
//!   `href` attribute, not the link text.
//! * **Every `<a>` gets `rel="noopener noreferrer"`**, and `target` is not allowed, so a link can
//!   neither script its opener nor leak the app's location.
//! * **No `style` attributes, no classes, no ids, no event handlers.** Styling belongs to the
//!   app's stylesheet (and inline styles are blocked by the CSP anyway); `id`s would let an entry
//!   clobber the app's own DOM ids. Table column alignment is therefore expressed with the
//!   `align` attribute (values `left`/`center`/`right` only) instead of pulldown-cmark's `style`.
//!   Code blocks lose their `language-…` class: there is no highlighter to use it.
//! * **Footnotes are not enabled**: they need `id`s and fragment links, both of which the rules
//!   above remove, so they would render as dead superscripts.
//! * **Nesting is bounded.** `>` typed 100,000 times is 100,000 nested blockquotes, and deep
//!   trees make the HTML parser inside ammonia, the serializer and the webview's layout slow or
//!   recursive. Any element that would open deeper than [`MAX_RENDER_DEPTH`] is not emitted (its
//!   start and end are both dropped, so the markup stays balanced); its text is kept. This
//!   applies to every element, inline ones included, because emphasis can nest too.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use ammonia::UrlRelative;
use pulldown_cmark::{Alignment, CowStr, Event, Options, Parser, Tag, TagEnd};

/// The deepest nesting of Markdown elements that is rendered as markup.
///
/// Elements below this depth are flattened into their text. The HTML that comes out can be a
/// few levels deeper than this, because some Markdown elements become two nested HTML elements
/// (a table is `<table><tbody>`, its head `<thead><tr>`, a code block `<pre><code>`).
/// 32 is far beyond any real entry (a quote in a list in a quote is 3) and small enough that
/// nothing downstream has to care about depth.
pub const MAX_RENDER_DEPTH: usize = 32;

/// Renders journal Markdown to sanitized HTML, safe to insert into the app's webview.
///
/// See the module documentation for what is and is not rendered, and why. The output contains
/// only these elements: `p br hr h1–h6 blockquote ul ol li pre code em strong del a table thead
/// tbody tr th td`; and only these attributes: `a[href title rel]`, `ol[start]`,
/// `th[align] td[align]`.
pub fn render_markdown(text: &str) -> String {
    let events = rewrite_events(Parser::new_ext(text, markdown_options()));
    let mut html = String::with_capacity(text.len() + text.len() / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    SANITIZER.clean(&html).to_string()
}

/// The Markdown dialect: CommonMark plus exactly these extensions, enabled one by one. The
/// plain-text reading of entries (`plain`) parses with it too.
pub(crate) fn markdown_options() -> Options {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_TASKLISTS);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options
}

/// The second layer: an allowlist of exactly what the rewritten event stream can produce.
///
/// The only elements rendered Markdown may hold (the tests check every render against it).
const ALLOWED_TAGS: [&str; 25] = [
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "li",
    "pre",
    "code",
    "em",
    "strong",
    "del",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
];

/// Built once; `ammonia::Builder` is immutable while cleaning and `Sync`.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    const ALIGNMENTS: [&str; 3] = ["left", "center", "right"];
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(HashSet::from(ALLOWED_TAGS))
        // Ammonia's defaults allow `lang` and `title` everywhere; we allow nothing generic.
        .generic_attributes(HashSet::new())
        // `rel` is not listed: ammonia sets it itself through `link_rel`.
        .tag_attributes(HashMap::from([
            ("a", HashSet::from(["href", "title"])),
            ("ol", HashSet::from(["start"])),
        ]))
        .tag_attribute_values(HashMap::from([
            ("th", HashMap::from([("align", HashSet::from(ALIGNMENTS))])),
            ("td", HashMap::from([("align", HashSet::from(ALIGNMENTS))])),
        ]))
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .url_relative(UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer"))
        .strip_comments(true);
    builder
});

/// What was done with a `Start` event, so that its `End` can be handled the same way.
enum Frame<'a> {
    /// The element was emitted. On its end, emit `close` and give back one level of depth.
    Open { close: Event<'a>, is_link: bool },
    /// The element was left out (too deep, or an anchor inside an anchor); so is its end.
    /// Its contents are still rendered.
    Dropped,
    /// A Markdown image, emitted as a link (`as_link`) or as plain text. `alt_start` is where
    /// its alt text begins in the output, to put the URL there if the alt text is empty.
    Image {
        url: CowStr<'a>,
        as_link: bool,
        alt_start: usize,
    },
}

/// Rewrites the parser's events according to the module's policy (see the module docs).
///
/// Invariant: the result has balanced `Start`/`End` events and never more than
/// [`MAX_RENDER_DEPTH`] of them open at once. A `Vec` rather than an iterator adapter because a
/// few rules need to emit more than one event, or to look back at what was emitted.
struct Rewriter<'a> {
    out: Vec<Event<'a>>,
    /// One entry per `Start` seen and not yet ended.
    frames: Vec<Frame<'a>>,
    /// How many emitted elements are currently open: the depth of the output.
    depth: usize,
    /// How many emitted `<a>` are currently open (0 or 1: anchors never nest).
    open_links: usize,
    /// Alignments of the current table's columns, and where we are in it.
    table_alignments: Vec<Alignment>,
    in_table_head: bool,
    table_column: usize,
}

fn rewrite_events<'a>(events: impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
    let mut rewriter = Rewriter {
        out: Vec::new(),
        frames: Vec::new(),
        depth: 0,
        open_links: 0,
        table_alignments: Vec::new(),
        in_table_head: false,
        table_column: 0,
    };
    for event in events {
        rewriter.event(event);
    }
    rewriter.out
}

impl<'a> Rewriter<'a> {
    fn event(&mut self, event: Event<'a>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(end) => self.end(end),
            // A line of an HTML block, newline included: show it as text, and keep the source
            // lines apart (the block itself becomes a paragraph, see `start`).
            Event::Html(html) => {
                let line = html.trim_end_matches(['\n', '\r']);
                let had_line_end = line.len() < html.len();
                self.out.push(Event::Text(CowStr::from(line.to_owned())));
                if had_line_end {
                    self.out.push(Event::HardBreak);
                }
            }
            // An inline tag such as `<b>` or `<!-- -->`: show it as typed.
            Event::InlineHtml(html) => self.out.push(Event::Text(html)),
            // No `<input>`: see the module docs.
            Event::TaskListMarker(checked) => {
                let marker = if checked { "☑ " } else { "☐ " };
                self.out.push(Event::Text(CowStr::Borrowed(marker)));
            }
            other => self.out.push(other),
        }
    }

    fn start(&mut self, tag: Tag<'a>) {
        let has_room = self.depth < MAX_RENDER_DEPTH;
        let frame = match tag {
            Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            } => {
                let as_link = has_room && self.open_links == 0;
                if as_link {
                    let link = Tag::Link {
                        link_type,
                        dest_url: dest_url.clone(),
                        title,
                        id,
                    };
                    self.open(Event::Start(link));
                    self.open_links += 1;
                }
                Frame::Image {
                    url: dest_url,
                    as_link,
                    alt_start: self.out.len(),
                }
            }
            // Nested anchors are invalid HTML and get restructured unpredictably by parsers;
            // keep the outer link and render the inner one as its text.
            Tag::Link { .. } if has_room && self.open_links == 0 => {
                self.open(Event::Start(tag));
                self.open_links += 1;
                Frame::Open {
                    close: Event::End(TagEnd::Link),
                    is_link: true,
                }
            }
            _ if !has_room || matches!(tag, Tag::Link { .. }) => Frame::Dropped,
            // Its lines arrive as `Event::Html` and are shown as text, so give them a block.
            Tag::HtmlBlock => self.open_element(Tag::Paragraph),
            Tag::Table(alignments) => {
                self.table_alignments.clone_from(&alignments);
                self.open_element(Tag::Table(alignments))
            }
            Tag::TableHead => {
                self.in_table_head = true;
                self.table_column = 0;
                self.open_element(Tag::TableHead)
            }
            Tag::TableRow => {
                self.table_column = 0;
                self.open_element(Tag::TableRow)
            }
            // Written here rather than by pulldown-cmark, whose cells carry `style="text-align:
            // …"`: these strings are constants, never user text.
            Tag::TableCell => {
                let alignment = self.table_alignments.get(self.table_column);
                self.table_column += 1;
                let (open, close) = table_cell_markup(self.in_table_head, alignment);
                self.open(Event::Html(CowStr::Borrowed(open)));
                Frame::Open {
                    close: Event::Html(CowStr::Borrowed(close)),
                    is_link: false,
                }
            }
            other => self.open_element(other),
        };
        self.frames.push(frame);
    }

    fn end(&mut self, end: TagEnd) {
        match end {
            // The last source line of an HTML block needs no break after it.
            TagEnd::HtmlBlock if matches!(self.out.last(), Some(Event::HardBreak)) => {
                self.out.pop();
            }
            TagEnd::TableHead => self.in_table_head = false,
            _ => {}
        }
        // pulldown-cmark's events are balanced, so there is always a frame to pop.
        let Some(frame) = self.frames.pop() else {
            return;
        };
        match frame {
            Frame::Open { close, is_link } => self.close(close, is_link),
            Frame::Dropped => {}
            Frame::Image {
                url,
                as_link,
                alt_start,
            } => {
                if self.out.len() == alt_start {
                    self.out.push(Event::Text(url));
                }
                if as_link {
                    self.close(Event::End(TagEnd::Link), true);
                }
            }
        }
    }

    /// Emits `tag` and returns the frame that closes it.
    fn open_element(&mut self, tag: Tag<'a>) -> Frame<'a> {
        let close = Event::End(tag.to_end());
        self.open(Event::Start(tag));
        Frame::Open {
            close,
            is_link: false,
        }
    }

    fn open(&mut self, event: Event<'a>) {
        self.out.push(event);
        self.depth += 1;
    }

    fn close(&mut self, event: Event<'a>, is_link: bool) {
        self.out.push(event);
        self.depth -= 1;
        if is_link {
            self.open_links -= 1;
        }
    }
}

/// Opening and closing markup of a table cell. Alignment uses the `align` attribute because
/// `style` attributes are not allowed (see the module docs).
fn table_cell_markup(head: bool, alignment: Option<&Alignment>) -> (&'static str, &'static str) {
    match (head, alignment) {
        (true, Some(Alignment::Left)) => ("<th align=\"left\">", "</th>"),
        (true, Some(Alignment::Center)) => ("<th align=\"center\">", "</th>"),
        (true, Some(Alignment::Right)) => ("<th align=\"right\">", "</th>"),
        (true, _) => ("<th>", "</th>"),
        (false, Some(Alignment::Left)) => ("<td align=\"left\">", "</td>"),
        (false, Some(Alignment::Center)) => ("<td align=\"center\">", "</td>"),
        (false, Some(Alignment::Right)) => ("<td align=\"right\">", "</td>"),
        (false, _) => ("<td>", "</td>"),
    }
}

/// The tag scanner and payload list the HTML export's tests use too.
#[cfg(test)]
#[allow(dead_code)]
#[path = "../tests/common/html_scan.rs"]
mod html_scan;

#[cfg(test)]
mod tests {
    use super::html_scan::*;
    use super::*;

    /// Extra levels the HTML may have over [`MAX_RENDER_DEPTH`]. A few Markdown elements become
    /// two nested HTML elements (`<table><tbody>`, `<thead><tr>`, `<pre><code>`); a path through
    /// a table meets one extra level, so 1 would do, and 2 leaves a margin for html5ever.
    const HTML_DEPTH_SLACK: usize = 2;

    const FORBIDDEN_TAGS: [&str; 16] = [
        "script", "iframe", "svg", "math", "style", "form", "object", "embed", "meta", "base",
        "link", "input", "img", "frame", "frameset", "textarea",
    ];

    /// Attributes whose value a browser treats as a URL, in any element.
    const URL_ATTRIBUTES: [&str; 13] = [
        "href",
        "src",
        "action",
        "formaction",
        "xlink:href",
        "data",
        "poster",
        "background",
        "srcset",
        "ping",
        "cite",
        "codebase",
        "dynsrc",
    ];

    /// Checks `html` (the output of rendering `input`) against the whole policy.
    fn assert_safe(html: &str, input: &str) {
        let context = format!("\ninput: {input:?}\noutput: {html:?}");
        for tag in scan_tags(html) {
            let name = tag.name.as_str();
            assert!(
                name != "!",
                "markup declaration or comment in output{context}"
            );
            assert!(
                !FORBIDDEN_TAGS.contains(&name),
                "forbidden <{name}> in output{context}"
            );
            assert!(
                ALLOWED_TAGS.contains(&name),
                "unexpected <{name}> in output{context}"
            );
            for (attribute, raw_value) in &tag.attributes {
                let attribute = attribute.as_str();
                assert!(
                    !attribute.starts_with("on"),
                    "event handler {attribute}={context}"
                );
                assert!(attribute != "style", "style attribute{context}");
                assert!(attribute != "target", "target attribute{context}");
                assert!(
                    matches!(attribute, "href" | "title" | "rel" | "start" | "align"),
                    "unexpected attribute {attribute} on <{name}>{context}"
                );
                if URL_ATTRIBUTES.contains(&attribute) {
                    let url = browser_url(raw_value);
                    for scheme in ["javascript:", "vbscript:", "data:", "file:"] {
                        assert!(
                            !url.starts_with(scheme),
                            "{scheme} URL in {attribute}{context}"
                        );
                    }
                    assert!(
                        ["http:", "https:", "mailto:"]
                            .iter()
                            .any(|s| url.starts_with(s)),
                        "{attribute} is not http(s)/mailto: {url:?}{context}"
                    );
                }
            }
            if name == "a" && !tag.is_end {
                let rel = tag
                    .attributes
                    .iter()
                    .find(|(attribute, _)| attribute == "rel");
                assert_eq!(
                    rel.map(|(_, value)| value.as_str()),
                    Some("noopener noreferrer"),
                    "link without rel=\"noopener noreferrer\"{context}"
                );
            }
        }
        let depth = max_tag_depth(html);
        assert!(
            depth <= MAX_RENDER_DEPTH + HTML_DEPTH_SLACK,
            "depth {depth}{context}"
        );
    }

    /// `payload` placed in the Markdown contexts where it might be parsed differently.
    fn in_contexts(payload: &str) -> Vec<String> {
        let one_line = payload.replace('\n', " ");
        vec![
            payload.to_owned(),
            // A list item: continuation lines indented to the item's content.
            format!("- {}", payload.replace('\n', "\n  ")),
            format!("1. [ ] {}", payload.replace('\n', "\n   ")),
            format!("> {}", payload.replace('\n', "\n> ")),
            format!("| a | b |\n|---|:-:|\n| {one_line} | x |"),
            format!("[{payload}](https://example.com/)"),
            format!("*{one_line}*"),
            format!("# {one_line}"),
            format!("text {one_line} text"),
            // Beyond the depth cap, where elements are flattened into text.
            format!("{}{payload}", "> ".repeat(MAX_RENDER_DEPTH + 5)),
        ]
    }

    #[test]
    fn payload_file_has_enough_distinct_payloads() {
        let payloads = payloads();
        let distinct: HashSet<&String> = payloads.iter().collect();
        assert_eq!(distinct.len(), payloads.len(), "duplicate payloads");
        assert!(payloads.len() >= 60, "only {} payloads", payloads.len());
        assert!(
            payloads.iter().any(|p| p.contains('\n')),
            "`\\n` unescaping is not exercised"
        );
    }

    #[test]
    fn xss_payloads_render_inert_in_every_context() {
        for payload in payloads() {
            for input in in_contexts(&payload) {
                assert_safe(&render_markdown(&input), &input);
            }
        }
    }

    /// The sanitizer is the second layer: it must hold on its own, on markup that the event
    /// rewrite would never let through (raw payloads, and pulldown-cmark's unrewritten output).
    #[test]
    fn sanitizer_alone_blocks_payloads() {
        for payload in payloads() {
            assert_safe(&SANITIZER.clean(&payload).to_string(), &payload);
            let mut unrewritten = String::new();
            let parser = Parser::new_ext(&payload, markdown_options());
            pulldown_cmark::html::push_html(&mut unrewritten, parser);
            assert_safe(&SANITIZER.clean(&unrewritten).to_string(), &unrewritten);
        }
    }

    #[test]
    fn scanner_catches_what_it_must() {
        // The checks above are only as good as this scanner; make sure it fires.
        for bad in [
            "<script>x</script>",
            "<p onclick=\"x\">y</p>",
            "<p style='x'>y</p>",
            "<a href=\"&#106;avascript:x\" rel=\"noopener noreferrer\">y</a>",
            "<a href=\" JaVa&Tab;Script:x\" rel=\"noopener noreferrer\">y</a>",
            "<a href=\"https://e.com\">no rel</a>",
            "<p title=\"a>b\" onclick=x>y</p>",
            "<!-- x -->",
        ] {
            let caught = std::panic::catch_unwind(|| assert_safe(bad, "scanner self-test"));
            assert!(caught.is_err(), "scanner missed {bad:?}");
        }
        assert_safe(
            "<p title=\"onclick=x\">a &lt;script&gt; b</p>",
            "scanner self-test",
        );
        assert_eq!(max_tag_depth("<ul><li><p>a<br>b</p></li></ul><hr>"), 3);
    }

    // ---- Ordinary Markdown still renders ------------------------------------------------------

    #[test]
    fn renders_headings_and_emphasis() {
        let html = render_markdown("# Title\n\n## Sub\n\n*em* **strong** ~~gone~~ `code`");
        assert!(html.contains("<h1>Title</h1>"), "{html}");
        assert!(html.contains("<h2>Sub</h2>"), "{html}");
        assert!(html.contains("<em>em</em>"), "{html}");
        assert!(html.contains("<strong>strong</strong>"), "{html}");
        assert!(html.contains("<del>gone</del>"), "{html}");
        assert!(html.contains("<code>code</code>"), "{html}");
    }

    #[test]
    fn renders_lists_and_quotes() {
        let html = render_markdown("- a\n- b\n\n3. three\n4. four\n\n> quoted");
        assert!(
            html.contains("<ul>\n<li>a</li>\n<li>b</li>\n</ul>"),
            "{html}"
        );
        assert!(html.contains("<ol start=\"3\">"), "{html}");
        assert!(
            html.contains("<blockquote>\n<p>quoted</p>\n</blockquote>"),
            "{html}"
        );
    }

    #[test]
    fn renders_tables_with_align_not_style() {
        let html = render_markdown("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("<th align=\"left\">a</th>"), "{html}");
        assert!(html.contains("<th align=\"center\">b</th>"), "{html}");
        assert!(html.contains("<td align=\"right\">3</td>"), "{html}");
        assert!(html.contains("<td>4</td>"), "{html}");
        assert!(!html.contains("style"), "{html}");
    }

    #[test]
    fn renders_task_lists_as_characters() {
        let html = render_markdown("- [ ] todo\n- [x] done");
        assert!(html.contains("<li>☐ todo</li>"), "{html}");
        assert!(html.contains("<li>☑ done</li>"), "{html}");
        assert!(!html.contains("<input"), "{html}");
    }

    #[test]
    fn renders_code_blocks_without_classes() {
        let html = render_markdown("```rust\nlet a = \"<b>\";\n```");
        assert_eq!(html, "<pre><code>let a = \"&lt;b&gt;\";\n</code></pre>\n");
    }

    #[test]
    fn links_get_rel_and_keep_only_allowed_schemes() {
        let html = render_markdown("[site](https://example.com \"Title\")");
        assert_eq!(
            html,
            "<p><a href=\"https://example.com\" title=\"Title\" rel=\"noopener noreferrer\">\
             site</a></p>\n"
        );
        let html = render_markdown("[mail](mailto:me@example.com) <you@example.com>");
        assert!(html.contains("href=\"mailto:me@example.com\""), "{html}");
        assert!(html.contains("href=\"mailto:you@example.com\""), "{html}");
        let html = render_markdown("<http://example.com/a?b=1&c=2>");
        assert!(
            html.contains("href=\"http://example.com/a?b=1&amp;c=2\""),
            "{html}"
        );
        for dropped in [
            "[x](notes/today.md)",
            "[x](#top)",
            "[x](/etc/passwd)",
            "[x](ftp://e.com)",
        ] {
            let html = render_markdown(dropped);
            assert_eq!(
                html, "<p><a rel=\"noopener noreferrer\">x</a></p>\n",
                "{dropped}"
            );
        }
    }

    #[test]
    fn typed_html_shows_as_text() {
        let html = render_markdown("I typed <b>bold</b> & <3");
        assert_eq!(html, "<p>I typed &lt;b&gt;bold&lt;/b&gt; &amp; &lt;3</p>\n");
        // An HTML block keeps its lines apart and gets no trailing break.
        let html = render_markdown("<div>\nhello\n</div>\n\nafter");
        assert_eq!(
            html,
            "<p>&lt;div&gt;<br>\nhello<br>\n&lt;/div&gt;</p>\n<p>after</p>\n"
        );
        let html = render_markdown("<!-- note to self -->");
        assert_eq!(html, "<p>&lt;!-- note to self --&gt;</p>\n");
    }

    #[test]
    fn images_become_links() {
        let html = render_markdown("![a cat](https://example.com/cat.png)");
        assert_eq!(
            html,
            "<p><a href=\"https://example.com/cat.png\" rel=\"noopener noreferrer\">a cat</a></p>\n"
        );
        // With no alt text, the URL is the link text.
        let html = render_markdown("![](https://example.com/cat.png)");
        assert!(html.contains(">https://example.com/cat.png</a>"), "{html}");
        // Inside a link, an image is its alt text: anchors never nest.
        let html = render_markdown("[![badge](https://example.com/b.svg)](https://example.com/)");
        assert_eq!(
            html,
            "<p><a href=\"https://example.com/\" rel=\"noopener noreferrer\">badge</a></p>\n"
        );
        assert!(!render_markdown("![x](https://example.com/x.png)").contains("<img"));
    }

    #[test]
    fn links_inside_links_are_flattened() {
        let html = render_markdown("[a [b](https://b.example/) c](https://a.example/)");
        assert_eq!(html.matches("<a ").count(), 1, "{html}");
        let html = render_markdown("![x [y](https://b.example/)](https://a.example/)");
        assert_eq!(html.matches("<a ").count(), 1, "{html}");
    }

    // ---- Depth and pathological inputs ---------------------------------------------------------
    //
    // Each must finish (pulldown-cmark and ammonia are linear or near enough on these) and give
    // output whose nesting stays bounded. No wall-clock assertions: CI machines vary.

    fn assert_bounded(input: &str) -> String {
        let html = render_markdown(input);
        let depth = max_tag_depth(&html);
        assert!(
            depth <= MAX_RENDER_DEPTH + HTML_DEPTH_SLACK,
            "depth {depth} for input starting {:?}",
            &input[..input.len().min(40)]
        );
        html
    }

    #[test]
    fn deep_blockquotes_are_capped_and_keep_their_text() {
        let html = assert_bounded(&format!("{}deep", ">".repeat(100_000)));
        assert!(html.contains("deep"), "{html}");
        assert_eq!(
            html.matches("<blockquote>").count(),
            MAX_RENDER_DEPTH,
            "{html}"
        );
        assert_bounded(&">".repeat(100_000));
    }

    #[test]
    fn depth_cap_keeps_shallow_nesting_intact() {
        let input = format!("{}x", "> ".repeat(MAX_RENDER_DEPTH - 1));
        let html = assert_bounded(&input);
        assert_eq!(html.matches("<blockquote>").count(), MAX_RENDER_DEPTH - 1);
        assert!(html.contains("<p>x</p>"), "{html}");
    }

    #[test]
    fn deep_lists_are_capped() {
        let html = assert_bounded(&format!("{}x", "- ".repeat(10_000)));
        assert!(html.contains('x'), "{html}");
        assert_bounded(&format!("{}x", "1. ".repeat(10_000)));
        // Growing indentation: 10,000 levels, each item two spaces deeper than the last.
        let mut input = String::new();
        for level in 0..10_000 {
            input.extend(std::iter::repeat_n(' ', 2 * level));
            input.push_str("- item\n");
        }
        let html = assert_bounded(&input);
        assert_eq!(html.matches("item").count(), 10_000);
    }

    #[test]
    fn unclosed_link_brackets_are_bounded() {
        assert_bounded(&"[".repeat(50_000));
        assert_bounded(&"[a](".repeat(50_000));
        assert_bounded(&"![a](".repeat(50_000));
        assert_bounded(&format!(
            "{}x{}",
            "[".repeat(50_000),
            "](https://e.com)".repeat(50_000)
        ));
    }

    #[test]
    fn emphasis_runs_are_bounded() {
        assert_bounded(&"*a**".repeat(30_000));
        assert_bounded(&format!(
            "{}x{}",
            "*a ".repeat(30_000),
            " a*".repeat(30_000)
        ));
        assert_bounded(&format!(
            "{}x{}",
            "**_~~".repeat(10_000),
            "~~_**".repeat(10_000)
        ));
    }

    #[test]
    fn backtick_and_angle_bracket_runs_are_bounded() {
        assert_bounded(&"`".repeat(50_000));
        assert_bounded(&"`a".repeat(50_000));
        let html = assert_bounded(&"<".repeat(100_000));
        assert_eq!(html.matches("&lt;").count(), 100_000);
        assert_bounded(&"<a ".repeat(50_000));
        assert_bounded(&"<div>".repeat(50_000));
    }

    #[test]
    fn mixed_containers_are_capped() {
        assert_bounded(&format!("{}x", "> - 1. ".repeat(5_000)));
        assert_bounded(&format!(
            "{}| a |\n|---|\n| b |",
            "> ".repeat(MAX_RENDER_DEPTH - 1)
        ));
    }

    /// The invariant `render_markdown` relies on, checked on the events themselves.
    #[test]
    fn rewritten_events_are_balanced_and_bounded() {
        let inputs = [
            format!("{}x", ">".repeat(1_000)),
            format!("{}x", "- ".repeat(1_000)),
            format!("{}x", "> - ![a [b](c)](d) ".repeat(300)),
            "*a**".repeat(1_000),
            "<div>\n\n[x](y)\n\n</div>".to_owned(),
        ];
        for input in inputs {
            let mut open = Vec::new();
            for event in rewrite_events(Parser::new_ext(&input, markdown_options())) {
                match event {
                    Event::Start(tag) => {
                        open.push(tag.to_end());
                        assert!(open.len() <= MAX_RENDER_DEPTH);
                    }
                    Event::End(end) => assert_eq!(open.pop(), Some(end)),
                    Event::Html(_) | Event::InlineHtml(_) => {
                        // Only our own constant table-cell markup.
                        let cell_markup = ["<th", "</th", "<td", "</td"];
                        let Event::Html(html) = event else {
                            panic!("inline HTML survived");
                        };
                        assert!(cell_markup.iter().any(|m| html.starts_with(m)), "{html}");
                    }
                    Event::TaskListMarker(_) => panic!("task marker survived"),
                    _ => {}
                }
            }
            assert!(open.is_empty());
        }
    }
}
