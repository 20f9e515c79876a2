//! The HTML export: a complete, printable page that nothing in the journal can turn into script.
//! Every payload of `tests/xss_payloads.txt` goes into every kind of user text, and the page is
//! read back with the tests' own tag scanner (`common/html_scan.rs`, independent of ammonia and
//! html5ever).

mod common;

use common::exports::*;
use common::html_scan::*;
use common::*;
use twoway_journal::export::html::html;
use twoway_journal::export::{Audience, Scope, Trash};
use twoway_journal::model::*;

const CSP: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
                   style-src 'unsafe-inline'\">";

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
            ("html", "lang")
                | ("meta", "charset" | "http-equiv" | "name" | "content")
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

    // The doctype is checked above; every other `<!…>` is refused.
    for tag in scan_tags(&page["<!doctype html>".len()..]) {
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
            let decoded = browser_url(value);
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
