//! The `twoway` binary: without a subcommand it opens the window.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

/// Twoway: a private journal for reverse mentoring.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// The journal file to open (default: journal.sqlite3 in the app's data folder, or in
    /// $TWOWAY_DATA_DIR when set).
    #[arg(long, value_name = "PATH", global = true)]
    journal: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let journal = cli
        .journal
        .unwrap_or_else(twoway_journal::default_journal_path);
    match twoway_app::run(&journal) {
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
    }
}
