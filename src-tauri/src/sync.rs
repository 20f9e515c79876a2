//! Device sync in the shell. The journal does the work ([`twoway_journal::sync`]); the shell
//! decides when: when a journal opens, a few seconds after the last edit, when files appear in
//! the sync folder (watched with `notify`), every few minutes in case the watch misses
//! something (a network share), and when asked. Each run tells the window what it did
//! ([`SYNCED`]), which then shows it and loads again what another device changed.

use crate::state::AppState;
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};
use tauri::{AppHandle, Emitter, Manager, Runtime};
use twoway_journal::sync::SyncReport;

/// The event that carries each sync's report to the window (`ui/src/lib/api.ts`).
pub const SYNCED: &str = "journal-synced";

/// Edits come in bursts while someone types: sync once they pause this long.
const AFTER_EDITS: Duration = Duration::from_secs(3);
/// A sync tool writes a device's file, then another: wait this long for the rest.
const AFTER_FILES: Duration = Duration::from_secs(1);
/// Without anything happening, look at the folder this often anyway.
const EVERY: Duration = Duration::from_secs(300);

/// This computer's name (its host name), which the other devices show as where a change came
/// from; "This computer" when the system does not say.
pub fn this_computer_name() -> String {
    ["/etc/hostname", "/proc/sys/kernel/hostname"]
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .map(|name| name.trim().to_owned())
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "This computer".to_owned())
}

/// When the sync thread runs next.
#[derive(Default)]
pub struct SyncRunner {
    due: Mutex<Option<Instant>>,
    wake: Condvar,
    /// The watch on the sync folder, with the folder it watches.
    watch: Mutex<Option<(PathBuf, notify::RecommendedWatcher)>>,
}

impl SyncRunner {
    /// Sync as soon as possible (a journal opened, sync turned on, asked for).
    pub fn now(&self) {
        self.due_in(Duration::ZERO);
    }

    /// Something was written here: sync once the edits pause.
    pub fn edited(&self) {
        self.due_in(AFTER_EDITS);
    }

    fn due_in(&self, after: Duration) {
        let at = Instant::now() + after;
        let mut due = self.lock();
        // A later edit moves a pending run on; an earlier request is kept.
        *due = Some(match *due {
            Some(pending) if after == AFTER_EDITS => pending.max(at),
            Some(pending) => pending.min(at),
            None => at,
        });
        self.wake.notify_one();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Instant>> {
        self.due
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Waits until a run is due (or [`EVERY`] has passed), and takes it.
    fn wait(&self) {
        let mut due = self.lock();
        let deadline = Instant::now() + EVERY;
        loop {
            let until = due.unwrap_or(deadline).min(deadline);
            let now = Instant::now();
            if now >= until {
                *due = None;
                return;
            }
            due = self
                .wake
                .wait_timeout(due, until - now)
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .0;
        }
    }
}

/// Starts the sync thread; it lives as long as the app.
pub fn start<R: Runtime>(app: &AppHandle<R>) -> std::io::Result<()> {
    let app = app.clone();
    app.state::<AppState>().sync().now();
    std::thread::Builder::new()
        .name("sync".into())
        .spawn(move || {
            let mut last_problem = None;
            loop {
                app.state::<AppState>().sync().wait();
                run(&app, &mut last_problem);
            }
        })?;
    Ok(())
}

/// Syncs the open journal when sync is on, watches its folder, and tells the window.
fn run<R: Runtime>(app: &AppHandle<R>, last_problem: &mut Option<String>) {
    let state = app.state::<AppState>();
    let result = state.on_journal(|journal| {
        let Some(status) = journal.sync_status()? else {
            return Ok(None);
        };
        let own = status.folder.join(status.device.to_string());
        Ok(Some((journal.sync()?, status.folder, own)))
    });
    match result {
        Ok(Some((report, folder, own))) => {
            watch(app, &folder, &own);
            *last_problem = None;
            tell(app, &report);
        }
        // Off, or no journal open: nothing to watch.
        Ok(None) => stop_watching(&state),
        Err(e) => {
            if last_problem.as_ref() != Some(&e.message) {
                eprintln!("twoway: sync failed: {}", e.message);
                *last_problem = Some(e.message);
            }
        }
    }
}

/// Sends the window what a sync did.
pub fn tell<R: Runtime>(app: &AppHandle<R>, report: &SyncReport) {
    if let Err(e) = app.emit(SYNCED, report) {
        eprintln!("twoway: the window was not told of the sync: {e}");
    }
}

/// Watches `folder` for other devices' files (this device's own subfolder, `own`, is left out:
/// its writes are this device's).
fn watch<R: Runtime>(app: &AppHandle<R>, folder: &Path, own: &Path) {
    use notify::Watcher;
    let state = app.state::<AppState>();
    let mut watch = state.sync().watch.lock().unwrap_or_else(|p| p.into_inner());
    if watch.as_ref().is_some_and(|(watched, _)| watched == folder) {
        return;
    }
    let handle = app.clone();
    let own = own.to_owned();
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        if event.kind.is_access() || event.paths.iter().all(|path| path.starts_with(&own)) {
            return;
        }
        handle.state::<AppState>().sync().due_in(AFTER_FILES);
    });
    match watcher.and_then(|mut watcher| {
        watcher.watch(folder, notify::RecursiveMode::Recursive)?;
        Ok(watcher)
    }) {
        Ok(watcher) => *watch = Some((folder.to_owned(), watcher)),
        // Synced every few minutes all the same.
        Err(e) => {
            eprintln!("twoway: the sync folder is not watched ({e}); it is read every few minutes");
            *watch = None;
        }
    }
}

fn stop_watching(state: &AppState) {
    *state.sync().watch.lock().unwrap_or_else(|p| p.into_inner()) = None;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_move_a_pending_run_on_and_a_request_brings_it_forward() {
        let runner = SyncRunner::default();
        runner.edited();
        let first = runner.lock().unwrap();
        std::thread::sleep(Duration::from_millis(20));
        runner.edited();
        let moved = runner.lock().unwrap();
        assert!(moved > first, "a later edit waits for its own pause");
        runner.now();
        assert!(runner.lock().unwrap() <= Instant::now());
        let started = Instant::now();
        runner.wait();
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "a due run is taken at once"
        );
        assert!(runner.lock().is_none());
    }
}
