//! The `twoway` binary: without a subcommand it opens the window; with one it works on the
//! journal headless and exits (0 done, 1 error with a one-line message, 2 wrong usage).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use twoway_journal::{Journal, SystemClock};

/// Twoway: a private journal for reverse mentoring.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// The journal file to use (default: journal.sqlite3 in the app's data folder, or in
    /// $TWOWAY_DATA_DIR when set).
    #[arg(long, value_name = "PATH", global = true)]
    journal: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Fill an empty journal with the sample story (three reverse-mentoring partnerships).
    Demo,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let journal = cli
        .journal
        .unwrap_or_else(twoway_journal::default_journal_path);
    match cli.command {
        None => match twoway_app::run(&journal) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("twoway: {e}");
                if std::env::var_os("DISPLAY").is_none()
                    && std::env::var_os("WAYLAND_DISPLAY").is_none()
                {
                    eprintln!(
                        "twoway: no display found; on a machine without one, run `xvfb-run make run`"
                    );
                }
                ExitCode::FAILURE
            }
        },
        Some(Command::Demo) => report(demo(&journal)),
    }
}

fn report(result: twoway_journal::Result<String>) -> ExitCode {
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("twoway: {e}");
            ExitCode::FAILURE
        }
    }
}

fn demo(path: &std::path::Path) -> twoway_journal::Result<String> {
    let mut journal = Journal::open(path, Arc::new(SystemClock))?;
    let today = chrono::Local::now().date_naive();
    let counts = twoway_journal::sample::fill_demo(&mut journal, today)?;
    Ok(format!(
        "Filled {} with the sample journal: {} partnerships, {} sessions, {} learnings.",
        path.display(),
        counts.partnerships,
        counts.sessions,
        counts.learnings
    ))
}
