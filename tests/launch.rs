//! `make launch-metrics`: how fast the app comes up and how much memory it holds, on the demo
//! journal and on the heavy ten-year synthetic journal, against a yardstick: a bare Tauri 2
//! window (`tests/yardstick/`, the same Tauri, SQLite build and release profile) whose page asks
//! one command for SQLite's version. Prints numbers; asserts nothing about them (timing targets
//! are measured, not tested). Ignored by `cargo test`.
//!
//! The three are started the same way (WebKitWebDriver starts the binary, as in every
//! end-to-end test) and in turn, round after round, so a slow moment of the shared machine
//! falls on all of them; one unrecorded round first lets the files reach the page cache and
//! the day's first-open care (a backup of the journal) run, so the rounds measure an ordinary
//! start. Medians are printed with their ratio to the bare window.
//!
//! Times run from asking WebKitWebDriver for a session (which starts the binary) to moments the
//! page itself reports as wall-clock time, so polling adds nothing to them: the start of the
//! page's navigation, its first contentful paint (the first text painted), and the data shown
//! (the bare window: its command's answer in the page, stamped by the page; Twoway: the home
//! view filled, i.e. "sessions held" in it, seen by a mutation observer). Memory, read after
//! three seconds of rest, is the proportional set size (PSS) of the binary and every process
//! under it (WebKit's web and network processes), from /proc/<pid>/smaps_rollup: pages shared
//! with other processes are divided among those sharing them rather than counted in each, so
//! other WebKit processes on the machine (another test's) lower it a little. Beside it: the
//! memory private to these processes (USS), which nothing else moves, and the resident set
//! (RSS), which counts every shared page in each process.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use twoway_journal::sample::{SyntheticSize, fill_synthetic};
use twoway_journal::{Journal, ManualClock};
use twoway_tests::app::{App, AppDirs, WAIT, app_binary};

/// Rounds measured after the warm-up; `LAUNCH_ROUNDS` asks for another number.
const ROUNDS: usize = 7;

/// What one launch measured: times in ms from asking the driver for the session.
#[derive(Clone, Copy, Debug)]
struct Launch {
    page_started: f64,
    first_text: f64,
    data_shown: f64,
    pss_kib: u64,
    uss_kib: u64,
    rss_kib: u64,
    /// WebKit processes running outside the measured ones while memory was read.
    others: usize,
}

/// One of the windows compared.
struct Subject {
    label: &'static str,
    binary: PathBuf,
    args: Vec<String>,
    /// A JavaScript expression: the wall-clock time (ms since the epoch) at which the data was
    /// shown, or `null` while it is not.
    data_shown: &'static str,
    launches: Vec<Launch>,
}

/// The bare window's page stamps its answer with the moment it showed it.
const BARE_ANSWER: &str = "(() => { const a = document.querySelector('#answer.answered'); \
     return a ? Number(a.dataset.shownAt) : null; })()";

/// Twoway's home view is filled once its partnerships' rhythm ("… sessions held") is there.
const HOME_FILLED: &str =
    "(document.body && document.body.textContent.includes('sessions held')) ? Date.now() : null";

/// Watches the page until the first element is mounted in `#app` and the data is shown, then
/// reports (after one more frame, so the paint timing holds the first paint) the page's moments
/// as wall-clock ms: navigation start, first contentful paint (null where the engine does not
/// report it), the element first seen, and the data shown.
fn watch_script(data_shown: &str) -> String {
    format!(
        "const done = arguments[arguments.length - 1];
         const dataShown = () => {data_shown};
         const stamps = {{ seen: null, data: null }};
         let finished = false;
         const fcp = () => {{
           const paint = performance.getEntriesByName('first-contentful-paint')[0];
           return paint ? performance.timeOrigin + paint.startTime : null;
         }};
         const check = () => {{
           if (finished) return true;
           if (stamps.seen === null && document.querySelector('#app > *')) stamps.seen = Date.now();
           if (stamps.data === null) stamps.data = dataShown();
           if (stamps.seen === null || stamps.data === null) return false;
           finished = true;
           observer.disconnect();
           requestAnimationFrame(() => setTimeout(() => done({{
             origin: performance.timeOrigin, fcp: fcp(), seen: stamps.seen, data: stamps.data,
           }}), 0));
           return true;
         }};
         const observer = new MutationObserver(check);
         if (!check()) {{
           observer.observe(document.documentElement,
             {{ childList: true, subtree: true, characterData: true }});
         }}"
    )
}

/// Milliseconds from `zero` to the wall-clock time `epoch_ms`.
fn since(zero: SystemTime, epoch_ms: f64) -> f64 {
    let zero_ms = zero
        .duration_since(UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_secs_f64()
        * 1000.0;
    epoch_ms - zero_ms
}

/// `pid` and all its descendants.
fn process_tree(pid: u32) -> Vec<u32> {
    let mut tree = vec![];
    let mut stack = vec![pid];
    while let Some(pid) = stack.pop() {
        tree.push(pid);
        // Every thread's children: WebKit may start its processes from a thread of its own.
        let tasks = std::fs::read_dir(format!("/proc/{pid}/task"))
            .into_iter()
            .flatten();
        for task in tasks.filter_map(Result::ok) {
            let children =
                std::fs::read_to_string(task.path().join("children")).unwrap_or_default();
            stack.extend(
                children
                    .split_whitespace()
                    .filter_map(|c| c.parse::<u32>().ok()),
            );
        }
    }
    tree
}

/// Sums the kB field `field` of `/proc/<pid>/smaps_rollup` over `pids`.
fn sum_kib(pids: &[u32], field: &str) -> u64 {
    pids.iter()
        .map(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
                .unwrap_or_default()
                .lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                .unwrap_or(0)
        })
        .sum()
}

/// WebKit web and network processes on the machine outside `tree` (another app's, another
/// test's): the library pages they share with the measured ones move from private to shared,
/// and lower the measured PSS and USS.
fn other_webkit_processes(tree: &[u32]) -> usize {
    let pids = std::fs::read_dir("/proc").into_iter().flatten();
    pids.filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| !tree.contains(pid))
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/comm")).is_ok_and(|comm| {
                comm.starts_with("WebKitWebProc") || comm.starts_with("WebKitNetworkP")
            })
        })
        .count()
}

/// Waits until the driver's window holds the binary's own page (`tauri://localhost`), not the
/// blank one a webview starts with: a script started there would be lost with it.
/// Asked often (a round trip to the driver costs a few ms), so the watch starts early.
async fn wait_for_own_page(app: &App) {
    let asked = std::time::Instant::now();
    loop {
        let protocol = app
            .client
            .execute("return location.protocol;", vec![])
            .await;
        if protocol.is_ok_and(|p| p.as_str() == Some("tauri:")) {
            return;
        }
        assert!(
            asked.elapsed() < WAIT,
            "the window never showed its own page"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

async fn measure(subject: &Subject, dirs: &AppDirs) -> Launch {
    let args: Vec<&str> = subject.args.iter().map(String::as_str).collect();
    let app = App::start(dirs, &subject.binary, &args, &[]).await;
    let zero = app.session_asked;
    wait_for_own_page(&app).await;
    let script = watch_script(subject.data_shown);
    let stamps = tokio::time::timeout(WAIT, app.client.execute_async(&script, vec![]))
        .await
        .unwrap_or_else(|_| panic!("{}: the data never showed", subject.label))
        .unwrap_or_else(|e| panic!("{}: watching the page: {e}", subject.label));
    let ms = |key: &str| stamps[key].as_f64().map(|t| since(zero, t));
    // Where the engine keeps no paint timing, the first element seen in `#app` stands in.
    let first_text = ms("fcp").or_else(|| ms("seen")).expect("the first paint");
    let launch_data = ms("data").expect("the data shown");
    tokio::time::sleep(Duration::from_secs(3)).await;
    let tree = process_tree(app.pid());
    let launch = Launch {
        page_started: ms("origin").expect("the page's start"),
        first_text,
        data_shown: launch_data,
        pss_kib: sum_kib(&tree, "Pss:"),
        uss_kib: sum_kib(&tree, "Private_Clean:") + sum_kib(&tree, "Private_Dirty:"),
        rss_kib: sum_kib(&tree, "Rss:"),
        others: other_webkit_processes(&tree),
    };
    app.quit().await;
    launch
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    }
}

fn mib(bytes: f64) -> f64 {
    bytes / 1024.0 / 1024.0
}

/// One row of the table: the bare window's value, then each Twoway column with its ratio.
fn row(what: &str, values: &[f64], unit: &str, decimals: usize) -> String {
    let bare = values[0];
    let mut cells = vec![format!("{bare:.decimals$} {unit}")];
    for value in &values[1..] {
        cells.push(format!("{value:.decimals$} {unit} ({:.2}×)", value / bare));
    }
    format!("| {what} | {} |", cells.join(" | "))
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "prints launch time and memory against a bare Tauri window; run with `make launch-metrics`"]
async fn launch_metrics() {
    let binary = app_binary();
    let yardstick = std::env::var_os("YARDSTICK_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| binary.with_file_name("twoway-yardstick"));
    assert!(
        yardstick.exists(),
        "{} is missing: `make launch-metrics` builds it (tests/yardstick)",
        yardstick.display()
    );
    let rounds = std::env::var("LAUNCH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(ROUNDS);

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
    let journal_args = |path: &Path| vec!["--journal".to_owned(), path.display().to_string()];
    let mut subjects = [
        Subject {
            label: "bare",
            binary: yardstick.clone(),
            args: vec![],
            data_shown: BARE_ANSWER,
            launches: vec![],
        },
        Subject {
            label: "demo",
            binary: binary.clone(),
            args: journal_args(&demo),
            data_shown: HOME_FILLED,
            launches: vec![],
        },
        Subject {
            label: "heavy",
            binary: binary.clone(),
            args: journal_args(&heavy),
            data_shown: HOME_FILLED,
            launches: vec![],
        },
    ];

    for round in 0..=rounds {
        // Each round starts with another of the three, so none always follows the same one.
        for turn in 0..subjects.len() {
            let subject = &mut subjects[(round + turn) % 3];
            let launch = measure(subject, &dirs).await;
            if round == 0 {
                continue;
            }
            println!(
                "{:<6} #{round}  page started {:>5.0} ms  first text {:>5.0} ms  data shown {:>5.0} ms  \
                 PSS {:>6.1} MiB  USS {:>6.1} MiB  RSS {:>6.1} MiB  other WebKit processes {}",
                subject.label,
                launch.page_started,
                launch.first_text,
                launch.data_shown,
                launch.pss_kib as f64 / 1024.0,
                launch.uss_kib as f64 / 1024.0,
                launch.rss_kib as f64 / 1024.0,
                launch.others
            );
            subject.launches.push(launch);
        }
    }

    let medians = |f: fn(&Launch) -> f64| -> Vec<f64> {
        subjects
            .iter()
            .map(|s| median(s.launches.iter().map(f).collect()))
            .collect()
    };
    let sizes: Vec<f64> = subjects
        .iter()
        .map(|s| mib(std::fs::metadata(&s.binary).map(|m| m.len()).unwrap_or(0) as f64))
        .collect();
    println!();
    println!("Medians of {rounds} launches each, ratio to the bare window in brackets:");
    println!();
    println!("| | bare Tauri 2 window | Twoway, demo journal | Twoway, heavy journal |");
    println!("|---|---|---|---|");
    println!(
        "{}",
        row(
            "page started loading",
            &medians(|l| l.page_started),
            "ms",
            0
        )
    );
    println!(
        "{}",
        row("first text painted", &medians(|l| l.first_text), "ms", 0)
    );
    println!(
        "{}",
        row(
            "data shown (bare: the IPC answer; Twoway: home filled)",
            &medians(|l| l.data_shown),
            "ms",
            0
        )
    );
    println!(
        "{}",
        row(
            "memory, PSS of the app and its WebKit processes",
            &medians(|l| l.pss_kib as f64 / 1024.0),
            "MiB",
            1
        )
    );
    println!(
        "{}",
        row(
            "memory, private to these processes (USS)",
            &medians(|l| l.uss_kib as f64 / 1024.0),
            "MiB",
            1
        )
    );
    println!(
        "{}",
        row(
            "memory, RSS (shared pages counted in each process)",
            &medians(|l| l.rss_kib as f64 / 1024.0),
            "MiB",
            1
        )
    );
    println!("{}", row("release binary", &sizes, "MiB", 1));
    let crowded = subjects
        .iter()
        .flat_map(|s| &s.launches)
        .filter(|l| l.others > 0)
        .count();
    if crowded > 0 {
        println!();
        println!(
            "{crowded} of {} launches had other WebKit processes beside them when memory was read: \
             their PSS and USS are lower than alone.",
            rounds * subjects.len()
        );
    }
}
