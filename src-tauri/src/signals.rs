//! A logout or shutdown ends the app with SIGTERM, a terminal with SIGINT. Dying at once would
//! lose what was typed in the last moments, so the first signal asks the window to save and quit
//! (it answers with the `quit` command). A window that does not answer in time, hung or still
//! loading, does not keep the app alive: it ends anyway and says so on standard error. A second
//! signal ends it at once.

use signal_hook::consts::{SIGINT, SIGTERM};
use signal_hook::flag;
use signal_hook::iterator::Signals;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Runtime};

/// The event the window answers by saving everything and calling `quit` (`ui/src/lib/api.ts`).
const QUIT_REQUESTED: &str = "quit-requested";

/// The window waits at most 3 s for the journal (`SAVE_BOUND_MS` in `ui/src/lib/ends.ts`); this
/// leaves it time to answer after that.
const ANSWER_WITHIN: Duration = Duration::from_secs(4);

/// Starts watching for SIGTERM and SIGINT.
pub fn quit_on_signals<R: Runtime>(app: &AppHandle<R>) -> std::io::Result<()> {
    let signalled = Arc::new(AtomicBool::new(false));
    for signal in [SIGTERM, SIGINT] {
        // In this order: a second signal finds the flag the first one set, and exits.
        flag::register_conditional_shutdown(signal, 1, Arc::clone(&signalled))?;
        flag::register(signal, Arc::clone(&signalled))?;
    }
    let mut signals = Signals::new([SIGTERM, SIGINT])?;
    let app = app.clone();
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if signals.forever().next().is_none() {
                return;
            }
            if app.emit(QUIT_REQUESTED, ()).is_ok() {
                std::thread::sleep(ANSWER_WITHIN);
            }
            eprintln!(
                "twoway: the window did not confirm that everything was saved; quitting anyway"
            );
            crate::exit(&app, 1);
        })?;
    Ok(())
}
