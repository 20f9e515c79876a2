//! `make launch-metrics`: how fast the app comes up and how much memory it holds, on the demo
//! journal and on the heavy ten-year synthetic journal. Prints numbers; asserts nothing about
//! them (timing targets are measured, not tested). Ignored by `cargo test`.
//!
//! Times run from asking WebKitWebDriver for a session (which starts the app) to: the first
//! element the UI mounts, and the home view filled with the partnerships' figures. Memory is
//! the resident set of the app and every process under it (WebKit's web and network
//! processes), read from /proc.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;
use twoway_journal::sample::{SyntheticSize, fill_synthetic};
use twoway_journal::{Journal, ManualClock};
use twoway_tests::app::{App, AppDirs, app_binary};

/// Resident memory (KiB) of `pid` and all its descendants.
fn tree_rss_kib(pid: u32) -> u64 {
    let mut total = 0;
    let mut stack = vec![pid];
    while let Some(pid) = stack.pop() {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        total += status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .unwrap_or(0);
        let children =
            std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
        stack.extend(
            children
                .split_whitespace()
                .filter_map(|c| c.parse::<u32>().ok()),
        );
    }
    total
}

/// The pid of the running app (a child of the driver started for this test).
fn app_pid(binary: &Path) -> Option<u32> {
    let name = binary.file_name()?.to_string_lossy().into_owned();
    std::fs::read_dir("/proc")
        .ok()?
        .filter_map(Result::ok)
        .find_map(|entry| {
            let pid: u32 = entry.file_name().to_string_lossy().parse().ok()?;
            let cmd = std::fs::read_to_string(format!("/proc/{pid}/cmdline")).ok()?;
            let exe = cmd.split('\0').next()?;
            (Path::new(exe).file_name()?.to_string_lossy() == name).then_some(pid)
        })
}

async fn measure(label: &str, journal: &Path, dirs: &AppDirs) {
    let arg = journal.to_string_lossy().into_owned();
    let started = Instant::now();
    let app = App::launch(dirs, &["--journal", &arg]).await;
    let first_paint = started.elapsed();
    app.wait_text("sessions held").await;
    let filled = started.elapsed();
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let rss = app_pid(&app_binary()).map(tree_rss_kib).unwrap_or(0);
    println!(
        "{label:<10} first page {:>6.0} ms   home filled {:>6.0} ms   resident memory {:>6.1} MiB",
        first_paint.as_secs_f64() * 1000.0,
        filled.as_secs_f64() * 1000.0,
        rss as f64 / 1024.0
    );
    app.quit().await;
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "prints launch time and memory; run with `make launch-metrics`"]
async fn launch_metrics() {
    let binary = app_binary();
    let size = std::fs::metadata(&binary).map(|m| m.len()).unwrap_or(0);
    println!(
        "binary     {} ({:.1} MiB)",
        binary.display(),
        size as f64 / 1024.0 / 1024.0
    );

    let dirs = AppDirs::new();
    let demo = dirs.path("demo.sqlite3");
    let status = std::process::Command::new(&binary)
        .arg("--journal")
        .arg(&demo)
        .arg("demo")
        .status();
    assert!(status.is_ok_and(|s| s.success()));
    let heavy = dirs.path("heavy.sqlite3");
    {
        let today = chrono::Local::now().date_naive();
        let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
        let mut journal = Journal::open(&heavy, clock).expect("the heavy journal");
        fill_synthetic(&mut journal, &SyntheticSize::HEAVY, 42, today).expect("filled");
    }
    for run in 1..=3 {
        measure(&format!("demo #{run}"), &demo, &dirs).await;
    }
    for run in 1..=3 {
        measure(&format!("heavy #{run}"), &heavy, &dirs).await;
    }
}
