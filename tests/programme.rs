//! The programme report from the command line: `twoway report` writes numbers only, `twoway
//! report merge` combines pairs' reports into a dashboard (with its JSON and CSV) that a real
//! browser draws with the app's charting library, and files that are not reports are refused
//! without being quoted.

use std::path::Path;
use std::process::Command;
use twoway_tests::app::{AppDirs, text, twoway};

/// Debian's Chromium, which `make test` installs.
const CHROMIUM: &str = "/usr/bin/chromium";

/// The page as the browser has it once its scripts ran.
fn rendered_dom(page: &Path, profile: &Path) -> String {
    let out = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,2400",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap_or_else(|e| panic!("{CHROMIUM} runs (make test installs it): {e}"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn reports_merge_into_a_dashboard_a_browser_draws_with_no_name_in_it() {
    let dirs = AppDirs::new();
    let journal = dirs.path("journal.sqlite3");
    assert!(twoway(&journal, &["demo"]).status.success());
    let names: Vec<String> = {
        let j = twoway_journal::Journal::open(
            &journal,
            std::sync::Arc::new(twoway_journal::SystemClock),
        )
        .unwrap();
        j.read(|tx| tx.partnerships())
            .unwrap()
            .into_iter()
            .map(|p| p.fields.partner_name)
            .collect()
    };

    let senior = dirs.path("senior.json");
    let out = twoway(
        &journal,
        &[
            "report",
            "--side",
            "senior",
            "--category",
            "Social media=social_media",
            "--out",
            &senior.to_string_lossy(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("3 pairs"),
        "{}",
        text(&out.stdout)
    );
    let saved = std::fs::read_to_string(&senior).unwrap();
    for name in &names {
        assert!(!saved.contains(name.as_str()), "{name} is in the report");
    }
    assert!(saved.contains("\"social_media\""), "{saved}");

    // Named, on standard output: the partners appear, so the check above could fail.
    let named = twoway(&journal, &["report", "--name-partners", "--side", "junior"]);
    assert!(named.status.success(), "{}", text(&named.stderr));
    assert!(
        names
            .iter()
            .all(|n| text(&named.stdout).contains(n.as_str()))
    );

    let anonymous = dirs.path("again.json");
    assert!(
        twoway(&journal, &["report", "--out", &anonymous.to_string_lossy()])
            .status
            .success()
    );
    let dashboard = dirs.path("programme.html");
    let out = twoway(
        &journal,
        &[
            "report",
            "merge",
            &senior.to_string_lossy(),
            &anonymous.to_string_lossy(),
            "--out",
            &dashboard.to_string_lossy(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("2 reports (6 pairs)"),
        "{}",
        text(&out.stdout)
    );
    let page = std::fs::read_to_string(&dashboard).unwrap();
    let json = std::fs::read_to_string(dirs.path("programme.json")).unwrap();
    let csv = std::fs::read_to_string(dirs.path("programme.csv")).unwrap();
    for name in &names {
        for (what, output) in [("page", &page), ("JSON", &json), ("CSV", &csv)] {
            assert!(!output.contains(name.as_str()), "{name} is in the {what}");
        }
    }
    assert!(csv.starts_with("dimension,group,pairs,"), "{csv}");
    let numbers: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(numbers["pairs"], 6);

    // The merge refuses to replace what it wrote unless asked.
    let again = twoway(
        &journal,
        &[
            "report",
            "merge",
            &senior.to_string_lossy(),
            "--out",
            &dashboard.to_string_lossy(),
        ],
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again.stderr).contains("already exists"),
        "{}",
        text(&again.stderr)
    );

    // A real browser runs the inlined chart library: one drawn chart per distribution.
    let dom = rendered_dom(&dashboard, &dirs.path("chromium-profile"));
    assert!(
        dom.contains("data-charts=\"drawn\""),
        "the chart script did not finish"
    );
    let charts = numbers["distributions"].as_array().unwrap().len();
    assert_eq!(charts, 3);
    assert_eq!(dom.matches("class=\"uplot").count(), charts, "{dom}");
    assert!(dom.matches("<canvas").count() >= charts);
}

#[test]
fn a_file_that_is_not_a_report_is_refused_unquoted_and_bad_usage_exits_2() {
    let dirs = AppDirs::new();
    let journal = dirs.path("journal.sqlite3");
    let foreign = dirs.path("foreign.json");
    std::fs::write(&foreign, "{\"secret\": \"Zqwxprobe\"}").unwrap();
    let out = twoway(
        &journal,
        &[
            "report",
            "merge",
            &foreign.to_string_lossy(),
            "--out",
            &dirs.path("p.html").to_string_lossy(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let error = text(&out.stderr);
    assert!(error.contains("not a Twoway programme report"), "{error}");
    assert!(error.contains("foreign.json"), "{error}");
    assert!(!error.contains("Zqwxprobe"), "{error}");
    assert!(!dirs.path("p.html").exists());

    assert!(twoway(&journal, &["demo"]).status.success());
    for category in ["Social media", "Social media=nonsense", "=social_media"] {
        let out = twoway(&journal, &["report", "--category", category]);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{category}: {}",
            text(&out.stderr)
        );
    }
}
