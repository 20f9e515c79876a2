//! Device sync and the partner exchange in the shell. The journal does the work
//! ([`twoway_journal::sync`], [`twoway_journal::exchange`]); the shell decides when: when a
//! journal opens, a few seconds after the last edit, when files appear in the sync folder or a
//! partner folder (watched with `notify`), every few minutes in case the watch misses something
//! (a network share), and when asked. Each run tells the window what it did ([`SYNCED`],
//! [`EXCHANGED`]), which then shows it and loads again what came in.

use crate::state::AppState;
use std::path::PathBuf;
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};
use tauri::{AppHandle, Emitter, Manager, Runtime};
use twoway_journal::exchange::ExchangeReport;
use twoway_journal::model::PartnershipId;
use twoway_journal::sync::SyncReport;

/// The event that carries each sync's report to the window (`ui/src/lib/api.ts`).
pub const SYNCED: &str = "journal-synced";

/// The event that says a partner's pack came in through their folder (`ui/src/lib/api.ts`).
pub const EXCHANGED: &str = "partner-exchanged";

/// What came in from a partner's folder, for the window.
/// (`ui/src/lib/api.ts` spells it `PartnerExchanged` too.)
#[derive(Clone, serde::Serialize)]
pub struct PartnerExchanged {
    /// The partnership it came into.
    pub partnership: PartnershipId,
    /// What the exchange did.
    pub report: ExchangeReport,
}

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
    /// The watch on the sync folder and the partner folders, with the folders it watches.
    watch: Mutex<Option<(Vec<PathBuf>, notify::RecommendedWatcher)>>,
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

/// What one run did: the device sync (when it is on), and each partner exchange.
struct Ran {
    device: Option<(SyncReport, PathBuf, PathBuf)>,
    exchanges: Vec<(PartnershipId, PathBuf, ExchangeReport)>,
}

/// Syncs the open journal when sync is on, exchanges with every partner folder, watches the
/// folders, and tells the window.
fn run<R: Runtime>(app: &AppHandle<R>, last_problem: &mut Option<String>) {
    let state = app.state::<AppState>();
    let result = state.on_journal(|journal| {
        let device = match journal.sync_status()? {
            Some(status) => {
                let own = status.folder.join(status.device.to_string());
                Some((journal.sync()?, status.folder, own))
            }
            None => None,
        };
        let mut exchanges = Vec::new();
        for (partnership, folder) in journal.read(|tx| tx.partner_folders())? {
            exchanges.push((
                partnership,
                folder,
                journal.exchange_with_partner(partnership)?,
            ));
        }
        Ok(Ran { device, exchanges })
    });
    match result {
        Ok(ran) => {
            let mut folders: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
            if let Some((report, folder, own)) = ran.device {
                folders.push((folder, Some(own)));
                tell(app, &report);
            }
            for (partnership, folder, report) in ran.exchanges {
                folders.push((folder, None));
                let news = report.received.is_some() || report.problem.is_some();
                if news
                    && let Err(e) = app.emit(
                        EXCHANGED,
                        PartnerExchanged {
                            partnership,
                            report,
                        },
                    )
                {
                    eprintln!("twoway: the window was not told of the exchange: {e}");
                }
            }
            watch(app, folders);
            *last_problem = None;
        }
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

/// Watches `folders` for files another device or the partner wrote. Each comes with the part of
/// it this device writes itself (its own subfolder of the sync folder), which is left out; a
/// partner folder's own pack wakes one run that finds nothing to do.
fn watch<R: Runtime>(app: &AppHandle<R>, folders: Vec<(PathBuf, Option<PathBuf>)>) {
    use notify::Watcher;
    let state = app.state::<AppState>();
    let mut watch = state.sync().watch.lock().unwrap_or_else(|p| p.into_inner());
    let wanted: Vec<PathBuf> = folders.iter().map(|(folder, _)| folder.clone()).collect();
    if wanted.is_empty() {
        *watch = None;
        return;
    }
    if watch
        .as_ref()
        .is_some_and(|(watched, _)| *watched == wanted)
    {
        return;
    }
    let handle = app.clone();
    let own: Vec<PathBuf> = folders.iter().filter_map(|(_, own)| own.clone()).collect();
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        let ours = |path: &PathBuf| own.iter().any(|own| path.starts_with(own));
        if event.kind.is_access() || event.paths.iter().all(ours) {
            return;
        }
        handle.state::<AppState>().sync().due_in(AFTER_FILES);
    });
    let watched = watcher.and_then(|mut watcher| {
        for (folder, own) in &folders {
            let mode = match own {
                Some(_) => notify::RecursiveMode::Recursive,
                None => notify::RecursiveMode::NonRecursive,
            };
            watcher.watch(folder, mode)?;
        }
        Ok(watcher)
    });
    match watched {
        Ok(watcher) => *watch = Some((wanted, watcher)),
        // Synced every few minutes all the same.
        Err(e) => {
            eprintln!("twoway: a sync folder is not watched ({e}); it is read every few minutes");
            *watch = None;
        }
    }
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
