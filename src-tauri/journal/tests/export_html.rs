//! The HTML export: a complete, printable page that nothing in the journal can turn into script.
//! Every payload of `tests/xss_payloads.txt` goes into every kind of user text, and the page is
//! read back with a small tag scanner of its own (independent of ammonia and html5ever).

mod common;

use common::exports::*;
use common::*;
use twoway_journal::export::html::html;
use twoway_journal::export::{Audience, Scope, Trash};
use twoway_journal::model::*;

const PAYLOADS: &str = include_str!("xss_payloads.txt");

/// The payload list: `#` lines are comments, blank lines are skipped, a literal `\n` is a
/// newline (the format `render::tests` reads).
fn payloads() -> Vec<String> {
    PAYLOADS
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.replace("\\n", "\n"))
        .collect()
}

const CSP: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
                   style-src 'unsafe-inline'\">";

// ---- A small HTML tag scanner ----------------------------------------------------------------

#[derive(Debug)]
struct HtmlTag {
    /// Lowercased; `!` for `<!…>` and `<?…>` markup.
    name: String,
    /// Lowercased names, raw values.
    attributes: Vec<(String, String)>,
}

/// Every tag a browser would see: `<` and a letter opens one, `</` and a letter closes one,
/// `<!` and `<?` are markup declarations; quoted attribute values may hold `>`. The content of
/// our one `<style>` is skipped (a browser reads it as CSS, not markup).
fn scan_tags(html: &str) -> Vec<HtmlTag> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        let after = bytes.get(i + 2).copied().unwrap_or(b' ');
        if next == b'!' || next == b'?' {
            if html[i..].starts_with("<!doctype html>") {
                i += "<!doctype html>".len();
                continue;
            }
            tags.push(HtmlTag {
                name: "!".into(),
                attributes: Vec::new(),
            });
            i += html[i..].find('>').map_or(bytes.len() - i, |at| at + 1);
        } else if next.is_ascii_alphabetic() || (next == b'/' && after.is_ascii_alphabetic()) {
            let start = if next == b'/' { i + 2 } else { i + 1 };
            let (tag, end) = scan_tag(html, start);
            i = end;
            if tag.name == "style" && next != b'/' {
                i += html[i..].find("</style>").unwrap_or(0);
            }
            tags.push(tag);
        } else {
            i += 1;
        }
    }
    tags
}

fn scan_tag(html: &str, start: usize) -> (HtmlTag, usize) {
    let bytes = html.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let mut i = start;
    while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
        i += 1;
    }
    let name = html[start..i].to_ascii_lowercase();
    let mut attributes = Vec::new();
    loop {
        while i < bytes.len() && (is_space(bytes[i]) || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() {
            break;
        }
        if bytes[i] == b'>' {
            i += 1;
            break;
        }
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
            if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                let quote = bytes[i];
                let value_start = i + 1;
                i = value_start;
                while i < bytes.len() && bytes[i] != quote {
                    i += 1;
                }
                value = html[value_start..i.min(bytes.len())].to_owned();
                i += 1;
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
    (HtmlTag { name, attributes }, i.min(bytes.len()))
}

/// Decodes the character references a browser would decode in an attribute value (numeric ones
/// with or without `;`, and the named ones used to hide a scheme).
fn decode_entities(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        if let Some(number) = rest.strip_prefix('#') {
            let (digits, radix, skip) = match number.strip_prefix(['x', 'X']) {
                Some(hex) => (
                    hex.chars()
                        .take_while(char::is_ascii_hexdigit)
                        .collect::<String>(),
                    16,
                    2,
                ),
                None => (
                    number
                        .chars()
                        .take_while(char::is_ascii_digit)
                        .collect::<String>(),
                    10,
                    1,
                ),
            };
            if let Some(c) = u32::from_str_radix(&digits, radix)
                .ok()
                .and_then(char::from_u32)
            {
                out.push(c);
                rest = &rest[skip + digits.len()..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
                continue;
            }
            out.push('&');
            continue;
        }
        let named = [
            ("colon;", ':'),
            ("tab;", '\t'),
            ("newline;", '\n'),
            ("amp;", '&'),
            ("lt;", '<'),
            ("gt;", '>'),
            ("quot;", '"'),
            ("apos;", '\''),
            ("lpar;", '('),
            ("rpar;", ')'),
        ];
        match named.iter().find(|(name, _)| {
            rest.get(..name.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(name))
        }) {
            Some((name, c)) => {
                out.push(*c);
                rest = &rest[name.len()..];
            }
            None => out.push('&'),
        }
    }
    out.push_str(rest);
    out
}

/// The elements and attributes the export may contain: ours, and the renderer's allowlist.
fn allowed(tag: &str, attribute: Option<&str>) -> bool {
    match attribute {
        None => matches!(
            tag,
            "html"
                | "head"
                | "meta"
                | "title"
                | "style"
                | "body"
                | "header"
                | "main"
                | "section"
                | "p"
                | "br"
                | "hr"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "blockquote"
                | "ul"
                | "ol"
                | "li"
                | "pre"
                | "code"
                | "em"
                | "strong"
                | "del"
                | "a"
                | "table"
                | "thead"
                | "tbody"
                | "tr"
                | "th"
                | "td"
        ),
        Some(attribute) => matches!(
            (tag, attribute),
            ("meta", "charset" | "http-equiv" | "name" | "content")
                | ("header", "class")
                | ("a", "href" | "title" | "rel")
                | ("ol", "start")
                | ("th" | "td", "align")
        ),
    }
}

/// Everything the brief forbids, checked on a whole page.
fn assert_safe(page: &str, context: &str) {
    let lower = page.to_ascii_lowercase();
    assert!(page.starts_with("<!doctype html>\n"), "{context}");
    assert!(page.contains(CSP), "{context}: the CSP is missing");
    assert!(!lower.contains("<script"), "{context}: <script in\n{page}");
    for element in [
        "<iframe", "<object", "<embed", "<form", "<svg", "<math", "<link", "<img", "<base",
        "<input", "<button",
    ] {
        assert!(!lower.contains(element), "{context}: {element} in\n{page}");
    }
    assert_eq!(lower.matches("<style").count(), 1, "{context}: one <style>");
    assert_eq!(lower.matches("<title").count(), 1, "{context}: one <title>");

    for tag in scan_tags(page) {
        assert!(
            allowed(&tag.name, None),
            "{context}: element <{}> in\n{page}",
            tag.name
        );
        for (name, value) in &tag.attributes {
            assert!(
                !name.starts_with("on"),
                "{context}: event handler {name} on <{}>",
                tag.name
            );
            assert!(
                allowed(&tag.name, Some(name)),
                "{context}: attribute {name} on <{}>",
                tag.name
            );
            let decoded: String = decode_entities(value)
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect::<String>()
                .to_ascii_lowercase();
            assert!(
                !decoded.contains("javascript:") && !decoded.contains("vbscript:"),
                "{context}: {name}={value:?} on <{}>",
                tag.name
            );
            if name == "href" {
                assert!(
                    ["http:", "https:", "mailto:"]
                        .iter()
                        .any(|s| decoded.starts_with(s)),
                    "{context}: href={value:?}"
                );
            }
        }
    }
}

// ---- Payloads in every user text ----------------------------------------------------------------

/// A journal holding `payload` in every text it can hold: Markdown fields, plain multi-line
/// fields, and one-line fields when it is one line.
fn journal_with(payload: &str) -> (TestJournal, PartnershipId, SessionId) {
    let one_line = !payload.contains(['\n', '\r']);
    let line = |fallback: &str| {
        if one_line {
            payload.to_owned()
        } else {
            fallback.to_owned()
        }
    };
    let mut t = TestJournal::new();
    let (p, s) = t
        .journal
        .write(|tx| {
            tx.set_profile(Profile {
                my_name: line("Helen"),
                my_role: line("Director"),
            })?;
            let mut partnership = partnership_fields();
            partnership.partner_name = line("Priya");
            partnership.partner_role = line("Analyst");
            partnership.agreement = payload.to_owned();
            if one_line {
                partnership.i_learn = vec![payload.to_owned()];
                partnership.i_teach = vec![payload.to_owned()];
            }
            let p = tx.create(partnership)?;
            let mut goal = goal_fields(p.id);
            goal.title = line("A goal");
            goal.description = payload.to_owned();
            goal.success_criteria = payload.to_owned();
            let goal = tx.create(goal)?;
            let mut check_in = check_in_fields(goal.id, "2026-03-01", 20);
            check_in.note = payload.to_owned();
            tx.create(check_in)?;

            let mut earlier = session_fields(p.id, "2026-02-23T10:00:00+01:00");
            earlier.status = SessionStatus::Held;
            earlier.title = line("Earlier");
            earlier.place = line("Room");
            earlier.shared_notes = payload.to_owned();
            earlier.private_notes = payload.to_owned();
            let earlier = tx.create_session(earlier)?.session;
            let mut item = agenda_fields(earlier.id, 0, payload);
            item.goal_id = Some(goal.id);
            tx.create(item)?;
            let mut action = action_fields(p.id, Some("2026-03-10"));
            action.session_id = Some(earlier.id);
            action.text = payload.to_owned();
            tx.create(action)?;
            let mut feedback = feedback_fields(p.id, Party::Partner, Some(4));
            feedback.session_id = Some(earlier.id);
            feedback.went_well = payload.to_owned();
            feedback.to_improve = payload.to_owned();
            feedback.visibility = Visibility::Private;
            tx.create(feedback)?;
            let mut learning = learning_fields(Some(p.id));
            learning.session_id = Some(earlier.id);
            learning.text = payload.to_owned();
            tx.create(learning)?;

            let mut skill = skill_fields(Some(p.id), Direction::Learn);
            skill.name = line("Prompting");
            skill.category = line("AI");
            let skill = tx.create(skill)?;
            let mut rating = rating_fields(skill.id, "2026-02-01", 2, Party::Partner);
            rating.note = payload.to_owned();
            tx.create(rating)?;
            let mut learning = learning_fields(None);
            learning.text = payload.to_owned();
            tx.create(learning)?;

            // The next session: planned, with the uncovered item carried into it.
            let mut next = session_fields(p.id, "2026-03-09T10:00:00+01:00");
            next.title = line("Next");
            let next = tx.create_session(next)?.session;
            Ok((p.id, next.id))
        })
        .unwrap();
    (t, p, s)
}

#[test]
fn no_payload_in_any_text_becomes_script() {
    let payloads = payloads();
    assert!(payloads.len() >= 60, "only {} payloads", payloads.len());
    for payload in &payloads {
        let (t, p, s) = journal_with(payload);
        for scope in [Scope::Journal, Scope::Partnership(p), Scope::Session(s)] {
            let set = t
                .journal
                .read(|tx| tx.export_set(scope, Audience::All, Trash::Exclude))
                .unwrap();
            let page = html(&set, scope, Audience::All, exported_at());
            assert_safe(&page, &format!("{payload:?} in {scope:?}"));
        }
    }
}

#[test]
fn the_scanner_catches_what_it_must() {
    let page = |body: &str| {
        format!(
            "<!doctype html>\n<html><head>{CSP}<title>x</title><style>a {{}}</style></head>\
             <body>{body}</body></html>"
        )
    };
    assert_safe(&page("<p>a &lt;script&gt; b</p>"), "clean");
    for bad in [
        "<p onclick=\"x\">y</p>",
        "<p style='x'>y</p>",
        "<a href=\"&#106;avascript:x\">y</a>",
        "<a href=\" JaVa&Tab;Script&colon;x\">y</a>",
        "<a href=\"/relative\">y</a>",
        "<p title=\"a>b\" onclick=x>y</p>",
        "<video src=x>",
        "<!-- comment -->",
        "<SCRIPT>x</SCRIPT>",
        "<style>b {}</style>",
    ] {
        let caught = std::panic::catch_unwind(|| assert_safe(&page(bad), "self-test"));
        assert!(caught.is_err(), "scanner missed {bad:?}");
    }
}

// ---- The page ------------------------------------------------------------------------------------

#[test]
fn the_demo_is_one_self_contained_printable_page() {
    let t = demo();
    let set = set_of(&t, Scope::Journal, Audience::Shared);
    let page = html(&set, Scope::Journal, Audience::Shared, exported_at());
    assert_safe(&page, "demo");
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(page.contains("<title>Twoway journal — Helen Marsh</title>"));
    assert!(page.contains("<meta name=\"twoway-type\" content=\"journal\">"));
    assert!(page.contains("<meta name=\"twoway-audience\" content=\"shared\">"));
    assert!(page.contains("<meta name=\"twoway-exported\" content=\"2026-03-02T17:45:00Z\">"));
    assert!(page.contains("@media print"), "print CSS");
    assert!(
        page.contains("break-before: page"),
        "page breaks between parts"
    );
    assert!(!page.contains("url("), "no resource is loaded from CSS");
    assert!(!page.contains("@import"));
    // One section for the journal's head, and per partnership one for itself, one per session
    // and one for what follows its sessions.
    let expected = 1 + set.partnerships.len() * 2 + set.sessions.len();
    assert_eq!(page.matches("<section>").count(), expected);
    for p in &set.partnerships {
        assert!(
            page.contains(&format!("<h2>{}</h2>", p.fields.partner_name)),
            "{}",
            p.fields.partner_name
        );
    }
    // Task lists are rendered as characters, never as form controls.
    assert!(page.contains('☑') && page.contains('☐'));

    let session = &set.sessions[0];
    let scope = Scope::Session(session.id);
    let page = html(
        &set_of(&t, scope, Audience::Shared),
        scope,
        Audience::Shared,
        exported_at(),
    );
    assert_safe(&page, "session");
    assert!(page.contains(&format!("<h1>{}</h1>", session.fields.title)));
    assert!(page.contains("<meta name=\"twoway-type\" content=\"session\">"));
}

#[test]
fn a_title_cannot_leave_the_title_element() {
    let mut t = TestJournal::new();
    let p = t
        .journal
        .write(|tx| {
            let mut fields = partnership_fields();
            fields.partner_name = "</title><script>alert(1)</script>".into();
            tx.create(fields)
        })
        .unwrap();
    let scope = Scope::Partnership(p.id);
    let page = html(
        &set_of(&t, scope, Audience::All),
        scope,
        Audience::All,
        exported_at(),
    );
    assert_safe(&page, "title");
    assert!(page.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
}

#[test]
fn a_shared_html_export_holds_no_private_text() {
    let t = demo();
    let all = set_of(&t, Scope::Journal, Audience::All);
    let shared = set_of(&t, Scope::Journal, Audience::Shared);
    let probes = private_probes(&all, &shared);
    assert!(probes.len() >= 15, "only {} probes", probes.len());

    let everything = html(&all, Scope::Journal, Audience::All, exported_at());
    let for_partner = html(&shared, Scope::Journal, Audience::Shared, exported_at());
    for probe in &probes {
        assert!(everything.contains(probe.as_str()), "{probe:?} is in `all`");
        assert!(!for_partner.contains(probe.as_str()), "{probe:?} leaked");
    }
    for scope in all
        .partnerships
        .iter()
        .map(|p| Scope::Partnership(p.id))
        .chain(all.sessions.iter().map(|s| Scope::Session(s.id)))
    {
        let page = html(
            &set_of(&t, scope, Audience::Shared),
            scope,
            Audience::Shared,
            exported_at(),
        );
        for probe in &probes {
            assert!(
                !page.contains(probe.as_str()),
                "{probe:?} leaked in {scope:?}"
            );
        }
    }
}
