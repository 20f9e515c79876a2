//! The printable certificate of a signed record: one self-contained HTML page, inert like the
//! HTML export (its stylesheet, escaping and Content-Security-Policy are the export's), with
//! both partners' fingerprints and a QR code of the signed record drawn as inline SVG.
//!
//! The QR code holds the whole record (its canonical JSON) when it fits in one code; a larger
//! record is represented by its id and the SHA-256 of its canonical JSON instead, and the page
//! says which. Nothing on the page runs or loads: no `<script>`, no event handler, no external
//! source, link or stylesheet. Its words are in the app's language ([`crate::language`]), named
//! by `<html lang>`; the names, statements and the credential's own name are the record's.

use super::verify::{Role, Signer, Verification};
use super::{hours, parse_record, refused};
use crate::error::Result;
use crate::export::html::{INERT_HEAD, STYLE, escape};
use crate::language::{current, tr};
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
    let label = escape(&tr("certificate-qr-label", &[]));
    Some(format!(
        "<svg class=\"qr\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{label}\" \
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
            tr(
                "certificate-rated-by",
                &[
                    ("name", (&escape(&name_of(text(r, "ratedBy")))).into()),
                    ("first", (&level("first")).into()),
                    ("latest", (&level("latest")).into()),
                ],
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
    let _ = writeln!(
        out,
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">",
        current().tag()
    );
    out.push_str(INERT_HEAD);
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"Twoway\">\n");
    out.push_str("<meta name=\"twoway-type\" content=\"record-of-learning\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(&verification.name));
    let _ = writeln!(out, "<style>{STYLE}{CERTIFICATE_STYLE}</style>");
    out.push_str("</head>\n<body>\n<main class=\"certificate\">\n");

    let _ = writeln!(
        out,
        "<header><p class=\"kicker\">{}</p><h1>{}</h1>",
        escape(&tr("certificate-kicker", &[])),
        escape(&tr(
            "certificate-pair",
            &[
                ("issuer", (&issuer_name).into()),
                ("partner", (&partner_name).into())
            ]
        ))
    );
    let period = learning.get("period").unwrap_or(&empty);
    let period_text = match (text(period, "from"), text(period, "to")) {
        ("", "") => tr("certificate-period-whole", &[]),
        (from, "") => tr("certificate-period-since", &[("from", from.into())]),
        ("", to) => tr("certificate-period-until", &[("to", to.into())]),
        (from, to) => tr(
            "certificate-period-range",
            &[("from", from.into()), ("to", to.into())],
        ),
    };
    let _ = writeln!(
        out,
        "<p>{}</p></header>",
        escape(&tr(
            "certificate-subtitle",
            &[("period", (&period_text).into())]
        ))
    );
    let number = |key: &str| learning.get(key).and_then(Value::as_u64).unwrap_or(0);
    let minutes = u32::try_from(number("minutesHeld")).unwrap_or(u32::MAX);
    let hours = hours(minutes);
    let hours = match hours.split_once('.') {
        Some((whole, tenths)) => tr(
            "certificate-hours-decimal",
            &[("whole", whole.into()), ("tenths", tenths.into())],
        ),
        None => hours,
    };
    let _ = writeln!(
        out,
        "<section class=\"facts\"><p>{}</p></section>",
        tr(
            "certificate-facts",
            &[
                (
                    "sessions",
                    (&format!("<strong>{}</strong>", number("sessionsHeld"))).into()
                ),
                (
                    "hours",
                    (&format!("<strong>{}</strong>", escape(&hours))).into()
                ),
            ]
        )
    );

    out.push_str("<section class=\"sides\">\n");
    for role in ["issuer", "partner"] {
        let _ = writeln!(
            out,
            "<div><h2>{}</h2>",
            escape(&tr(
                "certificate-learned",
                &[("name", (&name_of(role)).into())]
            ))
        );
        let skills: Vec<&Value> = list(learning, "skills")
            .iter()
            .filter(|s| text(s, "learner") == role)
            .collect();
        let goals: Vec<&Value> = list(learning, "goals")
            .iter()
            .filter(|g| text(g, "learner") == role)
            .collect();
        if skills.is_empty() && goals.is_empty() {
            let _ = writeln!(
                out,
                "<p>{}</p>",
                escape(&tr("certificate-nothing-listed", &[]))
            );
        } else {
            out.push_str("<ul>\n");
            for skill in skills {
                let _ = writeln!(out, "<li>{}</li>", skill_line(skill, &name_of));
            }
            for goal in goals {
                let on = text(goal, "achievedOn");
                let title = format!("<strong>{}</strong>", escape(text(goal, "title")));
                let _ = writeln!(
                    out,
                    "<li>{}{}</li>",
                    tr("certificate-goal-achieved", &[("goal", (&title).into())]),
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
        let _ = writeln!(
            out,
            "<section class=\"statements\">\n<h2>{}</h2>",
            escape(&tr("certificate-statements", &[]))
        );
        for (role, statement) in statements {
            let about = match role {
                Role::Issuer => &partner_name,
                Role::Countersigner => &issuer_name,
            };
            let by = tr(
                "certificate-statement-by",
                &[
                    ("signer", (&signer_name(role)).into()),
                    ("about", about.into()),
                ],
            );
            let _ = writeln!(
                out,
                "<blockquote><p>{}</p><footer>{}</footer></blockquote>",
                escape(statement),
                escape(&by)
            );
        }
        out.push_str("</section>\n");
    }

    let word = |id: &str| escape(&tr(id, &[]));
    let _ = writeln!(
        out,
        "<section class=\"signatures\">\n<h2>{}</h2>\n<table>\n<tr><th>{}</th><th>{}</th>\
         <th>{}</th><th>{}</th></tr>",
        word("certificate-signatures"),
        word("certificate-signed-by"),
        word("certificate-key-fingerprint"),
        word("certificate-signed"),
        word("certificate-checked-here"),
    );
    for proof in &verification.proofs {
        let fingerprint = proof.key.as_ref().map_or("", |k| k.fingerprint.as_str());
        let valid = word("certificate-signature-valid");
        let status = match (&proof.signer, proof.valid) {
            (_, false) => format!(
                "<span class=\"broken\">{}</span>",
                word("certificate-signature-broken")
            ),
            (Signer::Me, true) => format!("{valid} · {}", word("certificate-key-own")),
            (Signer::Partner { confirmed_on, .. }, true) => {
                let confirmed = tr(
                    "certificate-key-confirmed",
                    &[("date", (&confirmed_on.to_string()).into())],
                );
                format!("{valid} · {}", escape(&confirmed))
            }
            (Signer::Unconfirmed | Signer::NoKey, true) => format!(
                "{valid} · <span class=\"unconfirmed\">{}</span>",
                word("certificate-key-unconfirmed")
            ),
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
        Some(svg) => (svg, word("certificate-code-whole")),
        None => (
            qr_svg(format!("{}\nsha256:{digest}", verification.id).as_bytes()).unwrap_or_default(),
            word("certificate-code-hash"),
        ),
    };
    let record_line = tr(
        "certificate-record",
        &[("id", (&escape(&verification.id)).into())],
    );
    let digest_line = tr(
        "certificate-digest",
        &[("digest", (&format!("<code>{digest}</code>")).into())],
    );
    let check = tr(
        "certificate-check-with",
        &[("command", "<code>twoway verify FILE</code>".into())],
    );
    let _ = writeln!(
        out,
        "<section class=\"seal\">{svg}<div><p>{what}</p><p>{record_line}<br>{digest_line}</p>\
         <p>{} {check}</p></div></section>",
        word("certificate-signed-as"),
    );
    out.push_str("</main>\n</body>\n</html>\n");
    Ok(out)
}
