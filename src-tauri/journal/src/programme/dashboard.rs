//! The programme's numbers as a dashboard page, and as CSV for a spreadsheet.
//!
//! The page is one self-contained HTML file: every figure is in a table (readable without
//! script, and printed), and the distributions are drawn as bar charts by the charting
//! library the app uses, inlined by the caller ([`ChartLibrary`]), so the page loads nothing:
//! its Content-Security-Policy allows no source outside itself. Its only text comes from the
//! fixed vocabulary of [`super::merge`]; the numbers reach the chart script as JSON inside a
//! `<script type="application/json">` block with `<` escaped.

use super::PerDirection;
use super::merge::{Breakdown, GroupNumbers, ProgrammeNumbers};
use crate::error::{Error, Result};
use crate::export::html::escape;
use crate::files::{Overwrite, refuse_existing, write_atomically};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The charting library's browser build and stylesheet, inlined into the page.
pub struct ChartLibrary<'a> {
    /// The library's script, which defines the global `uPlot`.
    pub script: &'a str,
    /// Its stylesheet.
    pub style: &'a str,
}

const STYLE: &str = "
:root { color-scheme: light dark; --fg: #1d1d1f; --muted: #555; --line: #d8d8de; --bg: #fff;
  --card: #f6f6f8; --bar: #2f6fd6; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #ececf0; --muted: #b4b4bc; --line: #3a3a42; --bg: #18181b; --card: #222227;
    --bar: #7aa7f5; }
}
body { margin: 0 auto; padding: 2rem 1.5rem 4rem; max-width: 64rem; color: var(--fg);
  background: var(--bg); font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
header p { color: var(--muted); margin: 0.2rem 0; }
h1 { font-size: 1.8rem; margin: 0 0 0.4rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.6rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.75rem;
  margin: 1.2rem 0; }
.card { background: var(--card); border-radius: 10px; padding: 0.8rem 1rem; }
.card strong { display: block; font-size: 1.6rem; line-height: 1.2; }
.card span { color: var(--muted); font-size: 0.85rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(26rem, 1fr)); gap: 1rem; }
figure { margin: 0; background: var(--card); border-radius: 10px; padding: 0.8rem 1rem; }
figcaption { font-weight: 600; margin-bottom: 0.4rem; }
.chart { min-height: 12rem; }
.uplot, .uplot * { color: var(--fg); }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.9rem; }
th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
table.groups { width: auto; min-width: 60%; }
table.groups th[scope=row] { font-weight: 400; }
table.groups td, table.groups thead th { min-width: 6.5rem; }
thead th { color: var(--muted); font-weight: 600; vertical-align: bottom; }
.note { color: var(--muted); font-size: 0.9rem; }
.scroll { overflow-x: auto; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; color: #000; background: #fff; }
  .card, figure { background: none; border: 1px solid #ccc; }
  h2 { break-after: avoid; } figure, table { break-inside: avoid; }
}
";

/// Draws each distribution's bars into its figure; `numbers` is the JSON block.
const CHART_SCRIPT: &str = r#"
(function () {
  var numbers = JSON.parse(document.getElementById("numbers").textContent);
  var css = getComputedStyle(document.documentElement);
  var bar = css.getPropertyValue("--bar").trim();
  var fg = css.getPropertyValue("--fg").trim();
  var line = css.getPropertyValue("--line").trim();
  var font = "12px system-ui, sans-serif";
  numbers.distributions.forEach(function (d) {
    var holder = document.getElementById("chart-" + d.measure);
    if (!holder || typeof uPlot === "undefined") return;
    var xs = d.bins.map(function (_, i) { return i; });
    var ys = d.bins.map(function (b) { return b.pairs === null ? null : b.pairs; });
    var width = Math.max(260, holder.clientWidth || 300);
    new uPlot({
      width: width, height: 200,
      legend: { show: false }, cursor: { show: false },
      scales: { x: { time: false, range: [-0.5, d.bins.length - 0.5] },
                y: { range: function (u, min, max) { return [0, Math.max(5, max)]; } } },
      axes: [
        { values: function (u, splits) { return splits.map(function (i) {
            return d.bins[i] ? d.bins[i].label : ""; }); },
          splits: function () { return xs; }, size: 36, gap: 4, stroke: fg, font: font,
          grid: { show: false }, ticks: { stroke: line } },
        { label: "pairs", size: 48, stroke: fg, font: font, labelFont: font,
          grid: { stroke: line }, ticks: { stroke: line } }
      ],
      series: [{}, { label: "pairs", fill: bar, stroke: bar, width: 0,
        paths: uPlot.paths.bars({ size: [0.6, 80], align: 0 }), points: { show: false } }]
    }, [xs, ys], holder);
  });
  document.documentElement.dataset.charts = "drawn";
})();
"#;

fn number(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v}"))
}

fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v}%"))
}

/// The columns of a group's row, header and cells, shared by the page and the CSV.
fn group_columns(g: &GroupNumbers) -> Vec<(&'static str, String)> {
    let goals = |d: &PerDirection<super::GoalNumbers>| (d.learn, d.teach);
    let (gl, gt) = goals(&g.goals);
    vec![
        ("pairs", g.pairs.to_string()),
        ("sessions_held", g.sessions_held.to_string()),
        ("sessions_expected", g.sessions_expected.to_string()),
        ("rhythm_kept_percent", percent(g.rhythm_kept_percent)),
        ("hours_held", g.hours_held.to_string()),
        ("months_active_mean", g.months_active_mean.to_string()),
        ("goals_learn_set", gl.set.to_string()),
        ("goals_learn_achieved", gl.achieved.to_string()),
        ("goals_teach_set", gt.set.to_string()),
        ("goals_teach_achieved", gt.achieved.to_string()),
        ("skills_learn", g.growth.learn.skills.to_string()),
        ("growth_learn_self", number(g.growth.learn.growth_self)),
        (
            "growth_learn_partner",
            number(g.growth.learn.growth_partner),
        ),
        ("skills_teach", g.growth.teach.skills.to_string()),
        ("growth_teach_self", number(g.growth.teach.growth_self)),
        (
            "growth_teach_partner",
            number(g.growth.teach.growth_partner),
        ),
        ("feedback_given", g.feedback_given.count.to_string()),
        (
            "feedback_given_rating",
            number(g.feedback_given.average_rating),
        ),
        ("feedback_received", g.feedback_received.count.to_string()),
        (
            "feedback_received_rating",
            number(g.feedback_received.average_rating),
        ),
        ("learn_share_percent", percent(g.learn_share_percent)),
        ("with_agreement", g.with_agreement.to_string()),
        (
            "with_adopted_agreement",
            g.with_adopted_agreement.to_string(),
        ),
    ]
}

/// One row per measure and one column per group: a few groups fit across, the measures down.
fn group_table(out: &mut String, groups: &[&GroupNumbers]) {
    const MEASURES: &[&str] = &[
        "Pairs",
        "Sessions held",
        "Sessions the rhythm asked for",
        "Rhythm kept",
        "Hours held",
        "Months active (mean)",
        "Goals the reporter learns toward: set",
        "… achieved",
        "Goals the reporter teaches toward: set",
        "… achieved",
        "Skills the reporter learns",
        "… growth, self-rated",
        "… growth, rated by the partner",
        "Skills the reporter teaches",
        "… growth, self-rated",
        "… growth, rated by the partner",
        "Feedback given",
        "… mean rating",
        "Feedback received",
        "… mean rating",
        "Learn share of skills",
        "Pairs with a written agreement",
        "… adopted",
    ];
    let columns: Vec<Vec<(&'static str, String)>> =
        groups.iter().map(|g| group_columns(g)).collect();
    debug_assert!(columns.iter().all(|c| c.len() == MEASURES.len()));
    out.push_str(
        "<div class=\"scroll\"><table class=\"groups\"><thead><tr><th scope=\"col\">Measure</th>",
    );
    for g in groups {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(&g.label));
    }
    out.push_str("</tr></thead><tbody>");
    for (row, measure) in MEASURES.iter().enumerate() {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(measure));
        for column in &columns {
            let _ = write!(out, "<td>{}</td>", escape(&column[row].1));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

fn breakdown_section(out: &mut String, b: &Breakdown) {
    let _ = write!(out, "<h2>{}</h2>", escape(&b.title));
    if b.groups.is_empty() {
        out.push_str("<p class=\"note\">No group has enough pairs to be shown.</p>");
    } else {
        group_table(out, &b.groups.iter().collect::<Vec<_>>());
    }
    if b.pairs_left_out > 0 {
        let _ = write!(
            out,
            "<p class=\"note\">{} pairs are in groups left out, so that no group of fewer than \
             five pairs can be told apart.</p>",
            b.pairs_left_out
        );
    }
}

fn card(out: &mut String, value: &str, label: &str) {
    let _ = write!(
        out,
        "<div class=\"card\"><strong>{}</strong><span>{}</span></div>",
        escape(value),
        escape(label)
    );
}

/// The dashboard page. Without `chart`, the page has its tables and no charts.
pub fn dashboard_html(numbers: &ProgrammeNumbers, chart: Option<&ChartLibrary<'_>>) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\
         <meta name=\"twoway-type\" content=\"programme-dashboard\">\
         <title>Reverse-mentoring programme</title><style>",
    );
    out.push_str(STYLE);
    if let Some(chart) = chart {
        out.push_str(chart.style);
    }
    out.push_str("</style></head><body><header><h1>Reverse-mentoring programme</h1>");
    let latest = numbers
        .latest_report_on
        .map(|on| format!(", the newest of {}", on.format("%-d %B %Y")))
        .unwrap_or_default();
    let _ = write!(
        out,
        "<p>{} pairs from {} reports{latest}. Numbers only: no names, notes or titles.</p>",
        numbers.pairs, numbers.reports
    );
    let _ = write!(
        out,
        "<p>Any group of fewer than {} pairs is left out. A pair whose partners both report \
         counts twice.</p></header><main>",
        numbers.min_group
    );

    match &numbers.totals {
        None => {
            let _ = write!(
                out,
                "<p class=\"note\">Figures are shown from {} pairs on, so that no pair can be \
                 singled out.</p>",
                numbers.min_group
            );
        }
        Some(t) => {
            out.push_str("<section aria-label=\"Totals\"><div class=\"cards\">");
            card(&mut out, &t.pairs.to_string(), "pairs");
            card(&mut out, &t.sessions_held.to_string(), "sessions held");
            card(
                &mut out,
                &percent(t.rhythm_kept_percent),
                "of the agreed rhythm kept",
            );
            card(&mut out, &t.hours_held.to_string(), "hours of mentoring");
            card(
                &mut out,
                &format!(
                    "{} / {}",
                    t.goals.learn.achieved + t.goals.teach.achieved,
                    t.goals.learn.set + t.goals.teach.set
                ),
                "goals achieved of set",
            );
            card(
                &mut out,
                &percent(t.learn_share_percent),
                "learn share of skills",
            );
            card(
                &mut out,
                &format!("{} / {}", t.with_agreement, t.pairs),
                "pairs with a written agreement",
            );
            out.push_str("</div>");
            group_table(&mut out, &[t]);
            out.push_str("</section>");

            out.push_str("<h2>Distributions</h2><div class=\"charts\">");
            for d in &numbers.distributions {
                let _ = write!(
                    out,
                    "<figure><figcaption>{}</figcaption><div class=\"chart\" id=\"chart-{}\"></div>\
                     <table><thead><tr><th scope=\"col\">Band</th><th scope=\"col\">Pairs</th></tr>\
                     </thead><tbody>",
                    escape(&d.title),
                    escape(&d.measure)
                );
                for bin in &d.bins {
                    let count = bin
                        .pairs
                        .map_or_else(|| "fewer than shown".to_owned(), |n| n.to_string());
                    let _ = write!(
                        out,
                        "<tr><td>{}</td><td>{}</td></tr>",
                        escape(&bin.label),
                        escape(&count)
                    );
                }
                out.push_str("</tbody></table>");
                if let Some(n) = d.pairs_without_value.filter(|n| *n > 0) {
                    let _ = write!(out, "<p class=\"note\">{n} pairs without a value.</p>");
                }
                out.push_str("</figure>");
            }
            out.push_str("</div>");

            for b in &numbers.breakdowns {
                breakdown_section(&mut out, b);
            }

            out.push_str("<h2>Skills by programme category</h2>");
            if numbers.categories.groups.is_empty() {
                out.push_str(
                    "<p class=\"note\">No category has enough pairs to be shown (pairs choose \
                     whether to count their skills under the programme's categories).</p>",
                );
            } else {
                out.push_str(
                    "<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Category</th>\
                     <th scope=\"col\">Pairs</th><th scope=\"col\">Skills learned</th>\
                     <th scope=\"col\">growth (self)</th><th scope=\"col\">growth (partner)</th>\
                     <th scope=\"col\">Skills taught</th><th scope=\"col\">growth (self)</th>\
                     <th scope=\"col\">growth (partner)</th></tr></thead><tbody>",
                );
                for c in &numbers.categories.groups {
                    let _ = write!(
                        out,
                        "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td>\
                         <td>{}</td><td>{}</td><td>{}</td></tr>",
                        escape(&c.label),
                        c.pairs,
                        c.skills.learn.skills,
                        number(c.skills.learn.growth_self),
                        number(c.skills.learn.growth_partner),
                        c.skills.teach.skills,
                        number(c.skills.teach.growth_self),
                        number(c.skills.teach.growth_partner),
                    );
                }
                out.push_str("</tbody></table></div>");
            }
            if numbers.categories.categories_left_out > 0 {
                let _ = write!(
                    out,
                    "<p class=\"note\">{} categories with fewer than {} pairs are left out.</p>",
                    numbers.categories.categories_left_out, numbers.min_group
                );
            }
            out.push_str(
                "<p class=\"note\">“Learn” and “teach” are the reporter's: what they learn from \
                 their partner, and what they teach. Growth is the mean change in levels (1 to 5) \
                 from a skill's first rating to its latest, self-rated and partner-rated kept \
                 apart.</p>",
            );
        }
    }
    out.push_str("</main>");

    if let (Some(chart), Some(_)) = (chart, &numbers.totals) {
        let json = serde_json::to_string(numbers)
            .expect("numbers always serialize")
            .replace('<', "\\u003c");
        let _ = write!(
            out,
            "<script type=\"application/json\" id=\"numbers\">{json}</script><script>{}</script>\
             <script>{CHART_SCRIPT}</script>",
            chart.script.replace("</script", "<\\/script")
        );
    }
    out.push_str("</body></html>\n");
    out
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The numbers as CSV: one row per group (the totals first, then each breakdown's groups,
/// then each category), and one row per distribution band; an empty cell has no value.
pub fn numbers_csv(numbers: &ProgrammeNumbers) -> String {
    let blank = |text: String| if text == "–" { String::new() } else { text };
    let plain = |text: String| blank(text.trim_end_matches('%').to_owned());
    let mut header = vec!["dimension", "group"];
    let sample = GroupNumbers {
        group: String::new(),
        label: String::new(),
        pairs: 0,
        sessions_held: 0,
        sessions_expected: 0,
        rhythm_kept_percent: None,
        hours_held: 0.0,
        months_active_mean: 0.0,
        goals: PerDirection::default(),
        growth: PerDirection::default(),
        feedback_given: Default::default(),
        feedback_received: Default::default(),
        learn_share_percent: None,
        with_agreement: 0,
        with_adopted_agreement: 0,
    };
    header.extend(group_columns(&sample).into_iter().map(|(name, _)| name));
    let width = header.len();
    let mut out = header.join(",");
    out.push('\n');
    let mut row = |dimension: &str, group: &str, cells: Vec<String>| {
        let mut line = vec![csv_cell(dimension), csv_cell(group)];
        line.extend(cells.iter().map(|c| csv_cell(c)));
        line.resize(width, String::new());
        out.push_str(&line.join(","));
        out.push('\n');
    };
    let group_cells = |g: &GroupNumbers| -> Vec<String> {
        group_columns(g)
            .into_iter()
            .map(|(_, cell)| plain(cell))
            .collect()
    };
    if let Some(t) = &numbers.totals {
        row("all", &t.group, group_cells(t));
    }
    for b in &numbers.breakdowns {
        for g in &b.groups {
            row(&b.dimension, &g.group, group_cells(g));
        }
    }
    for c in &numbers.categories.groups {
        // Same columns as a group: pairs, then the skills and growth columns in place.
        let mut cells = vec![String::new(); width - 2];
        cells[0] = c.pairs.to_string();
        cells[10] = c.skills.learn.skills.to_string();
        cells[11] = plain(number(c.skills.learn.growth_self));
        cells[12] = plain(number(c.skills.learn.growth_partner));
        cells[13] = c.skills.teach.skills.to_string();
        cells[14] = plain(number(c.skills.teach.growth_self));
        cells[15] = plain(number(c.skills.teach.growth_partner));
        row("category", c.category.as_str(), cells);
    }
    for d in &numbers.distributions {
        for bin in &d.bins {
            row(
                &format!("distribution:{}", d.measure),
                &bin.label,
                vec![bin.pairs.map(|n| n.to_string()).unwrap_or_default()],
            );
        }
    }
    out
}

/// The three files [`write_dashboard`] wrote.
pub struct DashboardFiles {
    /// The page.
    pub html: PathBuf,
    /// The numbers as JSON (`schema/programme-numbers-v1.schema.json`).
    pub json: PathBuf,
    /// The numbers as CSV.
    pub csv: PathBuf,
}

/// Writes the dashboard to `out` and the numbers beside it, as JSON and CSV under the same
/// name. With `Overwrite::Refuse` nothing is written when any of the three exists.
pub fn write_dashboard(
    numbers: &ProgrammeNumbers,
    chart: &ChartLibrary<'_>,
    out: &Path,
    overwrite: Overwrite,
) -> Result<DashboardFiles> {
    let files = DashboardFiles {
        html: out.to_owned(),
        json: out.with_extension("json"),
        csv: out.with_extension("csv"),
    };
    if files.json == files.html || files.csv == files.html {
        return Err(Error::invalid(
            "out",
            crate::Problem::Other("problem-needs-extension"),
        ));
    }
    for path in [&files.html, &files.json, &files.csv] {
        refuse_existing(path, overwrite)?;
    }
    let json = serde_json::to_string_pretty(numbers).expect("numbers always serialize");
    write_atomically(
        &files.html,
        dashboard_html(numbers, Some(chart)).as_bytes(),
        overwrite,
    )?;
    write_atomically(&files.json, json.as_bytes(), overwrite)?;
    write_atomically(&files.csv, numbers_csv(numbers).as_bytes(), overwrite)?;
    Ok(files)
}
