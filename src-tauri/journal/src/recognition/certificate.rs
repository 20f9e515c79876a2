//! The printable certificate of a signed record: one self-contained HTML page, inert like the
//! HTML export (its stylesheet, escaping and Content-Security-Policy are the export's), with
//! both partners' fingerprints and a QR code of the signed record drawn as inline SVG.
//!
//! The QR code holds the whole record (its canonical JSON) when it fits in one code; a larger
//! record is represented by its id and the SHA-256 of its canonical JSON instead, and the page
//! says which. Nothing on the page runs or loads: no `<script>`, no event handler, no external
//! source, link or stylesheet.

use super::verify::{Role, Signer, Verification};
use super::{hours, parse_record, refused};
use crate::error::Result;
use crate::export::html::{INERT_HEAD, STYLE, escape};
use data_encoding::HEXLOWER;
use qrcode::{Color, EcLevel, QrCode};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// The certificate's own styles, after the export's: one printed page, two columns of
/// learning, the signatures and the code at the foot.
const CERTIFICATE_STYLE: &str = "
main.certificate { border: 3px double #444; padding: 2rem 2.2rem; }
.certificate header { text-align: center; border-bottom: 1px solid #ccc; padding-bottom: 1rem; }
.certificate .kicker { text-transform: uppercase; letter-spacing: 0.2em; color: #555; margin: 0; }
.certificate h1 { margin: 0.3em 0 0.2em; }
.certificate .facts { text-align: center; font-size: 1.15rem; }
.certificate .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.certificate .sides h2, .certificate h2 { font-size: 1.1rem; }
.certificate blockquote p { white-space: pre-wrap; }
.certificate blockquote footer { color: #555; font-size: 0.9rem; }
.certificate .fingerprint { font-family: ui-monospace, Menlo, Consolas, monospace; white-space: nowrap; }
.certificate .broken { color: #a00; font-weight: bold; }
.certificate .unconfirmed { color: #8a5a00; font-weight: bold; }
.certificate .seal { display: grid; grid-template-columns: 7cm 1fr; gap: 1.2rem; align-items: start; }
.certificate svg.qr { width: 7cm; height: 7cm; display: block; }
.certificate .seal p { font-size: 0.8rem; overflow-wrap: anywhere; }
.certificate table { width: 100%; font-size: 0.9rem; }
.certificate td.fingerprint { font-size: 0.8rem; }
@media print {
  main.certificate { border-width: 2px; padding: 10mm; }
  .certificate section + section { break-before: auto; }
  .certificate section, .certificate table, .certificate blockquote { break-inside: avoid; }
}
";

/// The SHA-256 of the record's canonical JSON (JCS), in hex: the same whatever the layout of
/// the file.
fn digest(record: &Map<String, Value>) -> String {
    HEXLOWER.encode(&Sha256::digest(
        serde_jcs::to_vec(record).unwrap_or_default(),
    ))
}

/// When a proof says it was made, as a person reads it: `2026-03-02 09:00 UTC`.
fn signed_at(created: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(created).map_or_else(
        |_| created.to_owned(),
        |at| at.to_utc().format("%Y-%m-%d %H:%M UTC").to_string(),
    )
}

/// `data` as one QR code (low error correction, for the largest capacity) drawn in SVG, with
/// the four-module quiet zone; `None` when it does not fit in one code.
fn qr_svg(data: &[u8]) -> Option<String> {
    let code = QrCode::with_error_correction_level(data, EcLevel::L).ok()?;
    let width = code.width();
    let quiet = 4;
    let size = width + 2 * quiet;
    let mut path = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == Color::Dark {
            let _ = write!(path, "M{} {}h1v1h-1z", i % width + quiet, i / width + quiet);
        }
    }
    Some(format!(
        "<svg class=\"qr\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"QR code\" \
         shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" \
         fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value.get(key).and_then(Value::as_str).unwrap_or_default()
}

fn list<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A skill's line: its name, category and each rater's first and latest level.
fn skill_line(skill: &Value, name_of: &dyn Fn(&str) -> String) -> String {
    let mut line = format!("<strong>{}</strong>", escape(text(skill, "name")));
    let category = text(skill, "category");
    if !category.is_empty() {
        let _ = write!(
            line,
            " <span class=\"category\">({})</span>",
            escape(category)
        );
    }
    let ratings: Vec<String> = list(skill, "ratings")
        .iter()
        .map(|r| {
            let level = |which: &str| {
                r.get(which)
                    .and_then(|l| l.get("level"))
                    .and_then(Value::as_u64)
                    .map_or_else(|| "?".to_owned(), |l| l.to_string())
            };
            format!(
                "rated by {}: {} → {} of 5",
                escape(&name_of(text(r, "ratedBy"))),
                level("first"),
                level("latest")
            )
        })
        .collect();
    if !ratings.is_empty() {
        let _ = write!(line, "<br><small>{}</small>", ratings.join("; "));
    }
    line
}

/// The printable certificate of `record` (its JSON), as `verification` found it. A record
/// whose signatures are not all valid gets none.
pub fn certificate_html(record: &str, verification: &Verification) -> Result<String> {
    let parsed = parse_record(record)?;
    if !verification.all_valid() {
        return Err(refused("problem-signature-broken-no-certificate"));
    }
    let empty = Value::Null;
    let learning = parsed
        .get("credentialSubject")
        .and_then(|s| s.get("learningRecord"))
        .unwrap_or(&empty);
    let issuer_name = text(learning, "issuerName").to_owned();
    let partner_name = text(learning, "partnerName").to_owned();
    let name_of = |role: &str| match role {
        "issuer" => issuer_name.clone(),
        _ => partner_name.clone(),
    };

    let mut out = String::with_capacity(16 * 1024);
    out.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(INERT_HEAD);
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"Twoway\">\n");
    out.push_str("<meta name=\"twoway-type\" content=\"record-of-learning\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(&verification.name));
    let _ = writeln!(out, "<style>{STYLE}{CERTIFICATE_STYLE}</style>");
    out.push_str("</head>\n<body>\n<main class=\"certificate\">\n");

    let _ = writeln!(
        out,
        "<header><p class=\"kicker\">Record of learning</p><h1>{} and {}</h1>",
        escape(&issuer_name),
        escape(&partner_name)
    );
    let period = learning.get("period").unwrap_or(&empty);
    let period_text = match (text(period, "from"), text(period, "to")) {
        ("", "") => "The whole partnership".to_owned(),
        (from, "") => format!("Since {from}"),
        ("", to) => format!("Until {to}"),
        (from, to) => format!("From {from} to {to}"),
    };
    let _ = writeln!(
        out,
        "<p>Reverse mentoring · {}</p></header>",
        escape(&period_text)
    );
    let number = |key: &str| learning.get(key).and_then(Value::as_u64).unwrap_or(0);
    let minutes = u32::try_from(number("minutesHeld")).unwrap_or(u32::MAX);
    let _ = writeln!(
        out,
        "<section class=\"facts\"><p><strong>{}</strong> sessions held · <strong>{}</strong> \
         hours together</p></section>",
        number("sessionsHeld"),
        hours(minutes)
    );

    out.push_str("<section class=\"sides\">\n");
    for role in ["issuer", "partner"] {
        let _ = writeln!(out, "<div><h2>What {} learned</h2>", escape(&name_of(role)));
        let skills: Vec<&Value> = list(learning, "skills")
            .iter()
            .filter(|s| text(s, "learner") == role)
            .collect();
        let goals: Vec<&Value> = list(learning, "goals")
            .iter()
            .filter(|g| text(g, "learner") == role)
            .collect();
        if skills.is_empty() && goals.is_empty() {
            out.push_str("<p>Nothing listed.</p>\n");
        } else {
            out.push_str("<ul>\n");
            for skill in skills {
                let _ = writeln!(out, "<li>{}</li>", skill_line(skill, &name_of));
            }
            for goal in goals {
                let on = text(goal, "achievedOn");
                let _ = writeln!(
                    out,
                    "<li>Goal achieved: <strong>{}</strong>{}</li>",
                    escape(text(goal, "title")),
                    if on.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", escape(on))
                    }
                );
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");

    let signer_name = |role: Role| match role {
        Role::Issuer => issuer_name.clone(),
        Role::Countersigner => partner_name.clone(),
    };
    let statements: Vec<_> = verification
        .proofs
        .iter()
        .filter_map(|p| p.statement.as_ref().map(|s| (p.role, s)))
        .collect();
    if !statements.is_empty() {
        out.push_str("<section class=\"statements\">\n<h2>In their words</h2>\n");
        for (role, statement) in statements {
            let about = match role {
                Role::Issuer => &partner_name,
                Role::Countersigner => &issuer_name,
            };
            let _ = writeln!(
                out,
                "<blockquote><p>{}</p><footer>{} about {}</footer></blockquote>",
                escape(statement),
                escape(&signer_name(role)),
                escape(about)
            );
        }
        out.push_str("</section>\n");
    }

    out.push_str(
        "<section class=\"signatures\">\n<h2>Signatures</h2>\n<table>\n<tr><th>Signed by</th>\
         <th>Key fingerprint</th><th>Signed</th><th>Checked here</th></tr>\n",
    );
    for proof in &verification.proofs {
        let fingerprint = proof.key.as_ref().map_or("", |k| k.fingerprint.as_str());
        let status = match (&proof.signer, proof.valid) {
            (_, false) => "<span class=\"broken\">broken signature</span>".to_owned(),
            (Signer::Me, true) => "valid · your own key".to_owned(),
            (Signer::Partner { confirmed_on, .. }, true) => {
                format!("valid · key confirmed on {confirmed_on}")
            }
            (Signer::Unconfirmed | Signer::NoKey, true) => {
                "valid · <span class=\"unconfirmed\">key not confirmed</span>".to_owned()
            }
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"fingerprint\">{}</td><td>{}</td><td>{status}</td></tr>",
            escape(&signer_name(proof.role)),
            escape(fingerprint),
            escape(&signed_at(proof.created.as_deref().unwrap_or_default()))
        );
    }
    out.push_str("</table>\n</section>\n");

    let digest = digest(&parsed);
    let canonical = serde_jcs::to_vec(&parsed).unwrap_or_default();
    let (svg, what) = match qr_svg(&canonical) {
        Some(svg) => (svg, "The code holds the whole signed record."),
        None => (
            qr_svg(format!("{}\nsha256:{digest}", verification.id).as_bytes()).unwrap_or_default(),
            "The record is too large for one code: the code holds its id and the SHA-256 of \
             its canonical JSON.",
        ),
    };
    let _ = writeln!(
        out,
        "<section class=\"seal\">{svg}<div><p>{what}</p><p>Record {}<br>SHA-256 (canonical \
         JSON, RFC 8785): <code>{digest}</code></p><p>Signed as a W3C \
         Verifiable Credential (Open Badges 3.0) with Data Integrity proofs, eddsa-jcs-2022. \
         Check the file with <code>twoway verify FILE</code>.</p></div></section>",
        escape(&verification.id)
    );
    out.push_str("</main>\n</body>\n</html>\n");
    Ok(out)
}
