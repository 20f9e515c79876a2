//! The HTML export: one self-contained, printable document holding the same content as the
//! Markdown export (without its front matter).
//!
//! Every piece of user text reaches the page through one of two doors: the Markdown body goes
//! through [`render_markdown`] (pulldown-cmark, then the ammonia allowlist: raw HTML shown as
//! text, no images, links `http`/`https`/`mailto` only), and the few strings written into the
//! head (the title) are HTML-escaped. The document itself adds nothing that runs or loads:
//! no `<script>`, no external stylesheet, font or image, and a Content-Security-Policy
//! (`default-src 'none'; style-src 'unsafe-inline'`) that would block them if they were there.
//! Its one `<style>` holds screen and print CSS; when printed, each partnership and each session
//! starts on a new page.
//!
//! Metadata goes in `<meta name="twoway-…">` tags: `twoway-type` (`journal`, `partnership`,
//! `session`), `twoway-audience` (`shared`, `all`), `twoway-schema` (the Markdown layout version,
//! [`super::markdown::MARKDOWN_SCHEMA_VERSION`]) and `twoway-exported`
//! (ISO 8601 UTC); the header at the top of the page repeats the audience and time. The words on
//! the page are in the app's language ([`crate::language`]), which `<html lang>` names.

use super::markdown::{MARKDOWN_SCHEMA_VERSION, document};
use super::{Audience, ExportSet, Scope};
use crate::language::{current, tr};
use crate::render::render_markdown;
use chrono::{DateTime, SecondsFormat, Utc};
use std::fmt::Write as _;

/// The page's stylesheet: readable on screen, and on paper with page breaks between parts.
pub(crate) const STYLE: &str = "
:root { color-scheme: light; }
body {
  margin: 0 auto; padding: 2rem 1.5rem 4rem; max-width: 46rem;
  font: 16px/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  color: #1d1d1f; background: #fff;
}
header.export { color: #555; font-size: 0.85rem; border-bottom: 1px solid #ddd; margin-bottom: 1.5rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 0.5em; break-after: avoid; }
h1 { font-size: 1.9rem; } h2 { font-size: 1.5rem; } h3 { font-size: 1.25rem; }
h4 { font-size: 1.1rem; } h5, h6 { font-size: 1rem; }
section > :first-child { margin-top: 0.5rem; }
section + section { border-top: 1px solid #eee; margin-top: 2.5rem; padding-top: 1rem; }
p, ul, ol, blockquote, pre, table { margin: 0.6em 0; }
li + li { margin-top: 0.2em; }
blockquote { margin-left: 0; padding-left: 1em; border-left: 3px solid #ccc; color: #444; }
code { font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace; font-size: 0.9em; }
pre { background: #f5f5f7; padding: 0.75em; overflow-x: auto; white-space: pre-wrap; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; vertical-align: top; }
a { color: #0b57d0; overflow-wrap: anywhere; }
del { color: #777; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; color: #000; }
  header.export { border: none; }
  section + section { break-before: page; border-top: none; margin-top: 0; padding-top: 0; }
  li, blockquote, pre, tr { break-inside: avoid; }
  a { color: inherit; }
  a[href]::after { content: ' (' attr(href) ')'; font-size: 0.85em; color: #444; }
}
@page { margin: 18mm 16mm; }
";

/// The first lines of the head of a page that runs and loads nothing: a Content-Security-Policy
/// that blocks scripts and anything external, and no referrer.
pub(crate) const INERT_HEAD: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
     style-src 'unsafe-inline'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n";

/// Escapes text for an HTML text node or a quoted attribute value.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The whole of `scope` as one printable HTML document.
pub fn html(
    set: &ExportSet,
    scope: Scope,
    audience: Audience,
    exported_at: DateTime<Utc>,
) -> String {
    let (title, kind, chunks) = document(set, scope);
    let audience_name = match audience {
        Audience::Shared => "shared",
        Audience::All => "all",
    };
    let exported = exported_at.to_rfc3339_opts(SecondsFormat::Secs, true);
    let mut out = String::with_capacity(chunks.iter().map(String::len).sum::<usize>() * 2 + 4096);
    let _ = writeln!(
        out,
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">",
        current().tag()
    );
    out.push_str(INERT_HEAD);
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"Twoway\">\n");
    let _ = writeln!(out, "<meta name=\"twoway-type\" content=\"{kind}\">");
    let _ = writeln!(
        out,
        "<meta name=\"twoway-audience\" content=\"{audience_name}\">"
    );
    let _ = writeln!(
        out,
        "<meta name=\"twoway-schema\" content=\"{MARKDOWN_SCHEMA_VERSION}\">"
    );
    let _ = writeln!(
        out,
        "<meta name=\"twoway-exported\" content=\"{exported}\">"
    );
    let _ = writeln!(out, "<title>{}</title>", escape(&title));
    let _ = writeln!(out, "<style>{STYLE}</style>");
    out.push_str("</head>\n<body>\n");
    let who = tr(
        match audience {
            Audience::Shared => "export-html-shared",
            Audience::All => "export-html-personal",
        },
        &[],
    );
    let when = tr(
        "export-html-exported",
        &[(
            "at",
            (&exported_at.format("%Y-%m-%d %H:%M").to_string()).into(),
        )],
    );
    let _ = writeln!(
        out,
        "<header class=\"export\"><p>Twoway · {} {}</p></header>",
        escape(&who),
        escape(&when)
    );
    out.push_str("<main>\n");
    for chunk in chunks {
        out.push_str("<section>\n");
        out.push_str(&render_markdown(&chunk));
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape("<a href=\"x\" title='y'>&</a>"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn an_empty_journal_is_a_complete_page() {
        let page = html(
            &ExportSet::default(),
            Scope::Journal,
            Audience::Shared,
            DateTime::<Utc>::UNIX_EPOCH,
        );
        assert!(page.starts_with("<!doctype html>"));
        assert!(page.contains("<title>Twoway journal</title>"));
        assert_eq!(page.matches("<style>").count(), 1);
        assert!(!page.to_ascii_lowercase().contains("<script"));
        assert!(page.ends_with("</html>\n"));
    }
}
