//! A small HTML tag scanner for the tests, independent of ammonia and html5ever, and the XSS
//! payload list. Shared by the renderer's unit tests (`src/render.rs` includes this file) and
//! the HTML export's tests, so both read output the same suspicious way.
//!
//! The scanner follows the HTML tokenizer closely enough for our purpose: `<` followed by a
//! letter opens a start tag, `</` plus a letter an end tag, `<!` and `<?` markup declarations;
//! attribute values may be double-quoted, single-quoted or bare, and `>` inside a quoted value
//! does not end the tag. The content of a `<style>` is skipped (a browser reads it as CSS, not
//! markup). Anything else is text. A payload that slipped through as something a browser would
//! treat as a tag shows up here.

/// The payload list: `#` lines are comments, blank lines are skipped, a literal `\n` is a
/// newline.
const PAYLOADS: &str = include_str!("../xss_payloads.txt");

pub fn payloads() -> Vec<String> {
    PAYLOADS
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.replace("\\n", "\n"))
        .collect()
}

#[derive(Debug)]
pub struct HtmlTag {
    /// Lowercased; `!` for `<!…>` and `<?…>` markup (comments, doctypes, CDATA).
    pub name: String,
    pub is_end: bool,
    pub self_closing: bool,
    /// Lowercased names, raw (not entity-decoded) values.
    pub attributes: Vec<(String, String)>,
}

pub fn scan_tags(html: &str) -> Vec<HtmlTag> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        let after_slash = bytes.get(i + 2).copied().unwrap_or(b' ');
        if next == b'!' || next == b'?' {
            let end = html[i..].find('>').map_or(bytes.len(), |at| i + at + 1);
            tags.push(HtmlTag {
                name: "!".to_owned(),
                is_end: false,
                self_closing: false,
                attributes: Vec::new(),
            });
            i = end;
        } else if next.is_ascii_alphabetic() || (next == b'/' && after_slash.is_ascii_alphabetic())
        {
            let is_end = next == b'/';
            let (tag, end) = scan_tag(html, if is_end { i + 2 } else { i + 1 }, is_end);
            i = end;
            if tag.name == "style" && !is_end {
                i += html[i..].find("</style>").unwrap_or(0);
            }
            tags.push(tag);
        } else {
            i += 1;
        }
    }
    tags
}

/// Scans one tag whose name starts at `start`; returns it and the index after its `>`.
fn scan_tag(html: &str, start: usize, is_end: bool) -> (HtmlTag, usize) {
    let bytes = html.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let mut i = start;
    while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
        i += 1;
    }
    let name = html[start..i].to_ascii_lowercase();
    let mut attributes = Vec::new();
    let mut self_closing = false;
    loop {
        while i < bytes.len() && (is_space(bytes[i]) || bytes[i] == b'/') {
            self_closing = bytes[i] == b'/';
            i += 1;
        }
        if i >= bytes.len() {
            break;
        }
        if bytes[i] == b'>' {
            i += 1;
            break;
        }
        self_closing = false;
        // Attribute name: a leading `=` belongs to the name, as in the tokenizer.
        let name_start = i;
        i += 1;
        while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let attribute = html[name_start..i].to_ascii_lowercase();
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        let mut value = String::new();
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && is_space(bytes[i]) {
                i += 1;
            }
            let quote = bytes.get(i).copied();
            if quote == Some(b'"') || quote == Some(b'\'') {
                let close = html[i + 1..]
                    .find(char::from(bytes[i]))
                    .map_or(bytes.len(), |at| i + 1 + at);
                value = html[i + 1..close].to_owned();
                i = (close + 1).min(bytes.len());
            } else {
                let value_start = i;
                while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' {
                    i += 1;
                }
                value = html[value_start..i].to_owned();
            }
        }
        attributes.push((attribute, value));
    }
    let tag = HtmlTag {
        name,
        is_end,
        self_closing,
        attributes,
    };
    (tag, i)
}

/// HTML elements that have no end tag.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
    )
}

/// The deepest nesting of elements in `html`. Panics if the tags are not balanced.
pub fn max_tag_depth(html: &str) -> usize {
    let mut open: Vec<String> = Vec::new();
    let mut deepest = 0;
    for tag in scan_tags(html) {
        if tag.name == "!" || is_void(&tag.name) {
            continue;
        }
        if tag.is_end {
            let top = open.pop();
            assert_eq!(
                top.as_deref(),
                Some(tag.name.as_str()),
                "unbalanced </{}>",
                tag.name
            );
        } else if !tag.self_closing {
            open.push(tag.name);
            deepest = deepest.max(open.len());
        }
    }
    assert!(open.is_empty(), "unclosed tags: {open:?}");
    deepest
}

/// An attribute value as a browser resolves it into a URL: character references decoded, tabs,
/// newlines, spaces and controls removed anywhere, lowercased (schemes are case-insensitive).
pub fn browser_url(raw: &str) -> String {
    decode_entities(raw)
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Decodes the character references a browser would decode in an attribute value: numeric
/// ones (with or without `;`) and the named ones useful for hiding a URL scheme.
fn decode_entities(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        if let Some(number) = rest.strip_prefix('#') {
            let (radix, digits) = match number.strip_prefix(['x', 'X']) {
                Some(hex) => (16, hex),
                None => (10, number),
            };
            let len = digits
                .find(|c: char| !c.is_digit(radix))
                .unwrap_or(digits.len());
            let decoded = u32::from_str_radix(&digits[..len], radix)
                .ok()
                .and_then(char::from_u32);
            if let Some(c) = decoded {
                out.push(c);
                rest = &digits[len..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
                continue;
            }
        } else {
            const NAMED: [(&str, char); 12] = [
                ("amp;", '&'),
                ("lt;", '<'),
                ("gt;", '>'),
                ("quot;", '"'),
                ("apos;", '\''),
                ("nbsp;", '\u{a0}'),
                ("tab;", '\t'),
                ("newline;", '\n'),
                ("colon;", ':'),
                ("lpar;", '('),
                ("rpar;", ')'),
                ("sol;", '/'),
            ];
            let lower = rest.get(..9).unwrap_or(rest).to_ascii_lowercase();
            if let Some((name, c)) = NAMED.iter().find(|(name, _)| lower.starts_with(name)) {
                out.push(*c);
                rest = &rest[name.len()..];
                continue;
            }
        }
        out.push('&');
    }
    out.push_str(rest);
    out
}
