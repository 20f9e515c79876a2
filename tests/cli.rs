//! The command line on real files: export, import, backup and check, with their exit codes.

use std::path::Path;
use std::process::{Command, Output};
use twoway_tests::app::{AppDirs, app_binary};

fn twoway(journal: &Path, args: &[&str]) -> Output {
    Command::new(app_binary())
        .arg("--journal")
        .arg(journal)
        .args(args)
        .output()
        .expect("the twoway binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn export_a_pack_import_it_twice_back_up_and_check() {
    let dirs = AppDirs::new();
    let a = dirs.path("a.sqlite3");
    let b = dirs.path("b.sqlite3");
    let pack = dirs.path("a.json");
    let pack_arg = pack.to_string_lossy().into_owned();
    assert!(twoway(&a, &["demo"]).status.success());

    let out = twoway(
        &a,
        &[
            "export",
            "--format",
            "json",
            "--audience",
            "all",
            "--out",
            &pack_arg,
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let refused = twoway(&a, &["export", "--format", "json", "--out", &pack_arg]);
    assert_eq!(
        refused.status.code(),
        Some(1),
        "an existing file is not overwritten"
    );
    assert!(text(&refused.stderr).contains("already exists"));

    let dry = twoway(&b, &["import", &pack_arg, "--dry-run"]);
    assert!(
        text(&dry.stdout).starts_with("Would import: 266 added"),
        "{}",
        text(&dry.stdout)
    );
    let first = twoway(&b, &["import", &pack_arg]);
    assert!(
        text(&first.stdout).contains("266 added"),
        "{}",
        text(&first.stdout)
    );
    let second = twoway(&b, &["import", &pack_arg]);
    assert!(text(&second.stdout).contains("0 added, 0 updated, 266 unchanged"));

    let backup = dirs.path("backup.sqlite3");
    let out = twoway(&b, &["backup", "--out", &backup.to_string_lossy()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let check = twoway(&backup, &["check"]);
    assert!(check.status.success());
    assert!(text(&check.stdout).contains("266 records"));
}

#[test]
fn a_truncated_pack_is_refused_and_nothing_is_written() {
    let dirs = AppDirs::new();
    let a = dirs.path("a.sqlite3");
    assert!(twoway(&a, &["demo"]).status.success());
    let full = twoway(&a, &["export", "--format", "json", "--audience", "all"]);
    let cut = dirs.path("cut.json");
    std::fs::write(&cut, &full.stdout[..full.stdout.len() / 2]).unwrap();
    let b = dirs.path("b.sqlite3");
    let out = twoway(&b, &["import", &cut.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).lines().count(),
        1,
        "one line: {}",
        text(&out.stderr)
    );
    let check = twoway(&b, &["check"]);
    assert!(
        text(&check.stdout).contains(" 0 records"),
        "{}",
        text(&check.stdout)
    );
}

#[test]
fn wrong_usage_exits_with_2_and_every_format_exports_to_standard_output() {
    let dirs = AppDirs::new();
    let a = dirs.path("a.sqlite3");
    assert_eq!(twoway(&a, &["export"]).status.code(), Some(2));
    assert_eq!(twoway(&a, &["import"]).status.code(), Some(2));
    assert!(twoway(&a, &["demo"]).status.success());
    for (format, start) in [
        ("md", "---"),
        ("html", "<!doctype html>"),
        ("json", "{"),
        ("ics", "BEGIN:VCALENDAR"),
    ] {
        let out = twoway(&a, &["export", "--format", format]);
        assert!(out.status.success(), "{format}: {}", text(&out.stderr));
        assert!(text(&out.stdout).starts_with(start), "{format}");
    }
}
