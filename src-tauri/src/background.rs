//! Running without the window, so reminders still come: after the window closes the app may
//! keep running with an icon in the system tray (its menu opens the window again, and so does
//! starting Twoway again, which the single-instance plugin hands to this one), and it may start
//! when the user logs in (tauri-plugin-autostart), then with its window hidden when it is to
//! keep running anyway.
//!
//! Both are the app's behaviour on this computer, not the journal's: "keep running" is kept in
//! `background.json` in the data folder, read before any journal is open (an encrypted one may
//! wait for its passphrase), and "start at login" is the system's own autostart entry, which
//! is asked each time rather than copied.

use crate::error::{ErrorCode, IpcError, IpcResult};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tauri::menu::{Menu, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_autostart::ManagerExt;
use twoway_journal::language::tr;

/// The argument the login start passes, so the app knows it was not started by the user.
pub const AT_LOGIN_ARG: &str = "--at-login";

/// The event the window answers by saving and quitting as Ctrl+Q does (`ui/src/lib/api.ts`).
const QUIT_ASKED: &str = "quit-asked";

const TRAY_ID: &str = "twoway";
const FILE_NAME: &str = "background.json";

/// How the app runs when its window is closed, and whether it starts at login.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct BackgroundSettings {
    /// Closing the window hides it; the app keeps running in the tray and keeps reminding.
    pub keep_running: bool,
    /// The app starts when the user logs in.
    pub start_at_login: bool,
}

/// What `background.json` holds.
#[derive(Default, Serialize, Deserialize)]
struct Saved {
    keep_running: bool,
}

/// Whether the window's close keeps the app running. A missing or unreadable file is the
/// default: closing the window ends the app.
pub fn keeps_running() -> bool {
    crate::app_file::read::<Saved>(FILE_NAME)
        .unwrap_or_default()
        .keep_running
}

fn save(keep_running: bool) -> IpcResult<()> {
    crate::app_file::keep(FILE_NAME, &Saved { keep_running })
}

/// The settings as they are now.
pub fn settings<R: Runtime>(app: &AppHandle<R>) -> BackgroundSettings {
    BackgroundSettings {
        keep_running: keeps_running(),
        start_at_login: app.autolaunch().is_enabled().unwrap_or(false),
    }
}

/// Applies and keeps `wanted`: the tray icon comes or goes, the login start is set or removed.
pub fn apply<R: Runtime>(
    app: &AppHandle<R>,
    wanted: BackgroundSettings,
) -> IpcResult<BackgroundSettings> {
    save(wanted.keep_running)?;
    if wanted.keep_running {
        show_tray(app);
    } else {
        let _ = app.remove_tray_by_id(TRAY_ID);
    }
    let autostart = app.autolaunch();
    // Only a change touches the system's entry: saving the same choice again leaves it alone.
    let changed = match (
        wanted.start_at_login,
        autostart.is_enabled().unwrap_or(false),
    ) {
        (true, false) => autostart.enable(),
        (false, true) => autostart.disable(),
        _ => Ok(()),
    };
    changed.map_err(|e| {
        IpcError::new(
            ErrorCode::Io,
            tr(
                "error-start-at-login-unchanged",
                &[("source", (&e.to_string()).into())],
            ),
        )
    })?;
    Ok(settings(app))
}

/// At start: the tray icon when the app keeps running. Returns whether the window stays hidden:
/// when the login started the app to remind in the background.
pub fn setup<R: Runtime>(app: &AppHandle<R>, at_login: bool) -> bool {
    if !keeps_running() {
        return false;
    }
    show_tray(app);
    at_login
}

/// Hides the window instead of ending the app, when the app keeps running; `false` when it
/// does not (the window then quits as before).
pub fn hide_window<R: Runtime>(app: &AppHandle<R>) -> bool {
    if !keeps_running() {
        return false;
    }
    match app.get_webview_window("main") {
        Some(window) => window.hide().is_ok(),
        None => false,
    }
}

/// The tray icon with its menu. Where the system has no tray library, the app still keeps
/// running and a second start opens the window; that is said on standard error.
fn show_tray<R: Runtime>(app: &AppHandle<R>) {
    if app.tray_by_id(TRAY_ID).is_some() {
        return;
    }
    if !tray_library_present() {
        eprintln!(
            "twoway: no tray icon (libayatana-appindicator3 is not installed); start Twoway \
             again to open its window"
        );
        return;
    }
    if let Err(e) = build_tray(app) {
        eprintln!("twoway: the tray icon could not be made: {e}");
    }
}

/// The tray icon's menu, in the app's language.
fn tray_menu<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let open = MenuItem::with_id(app, "open", tr("tray-open", &[]), true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", tr("tray-quit", &[]), true, None::<&str>)?;
    Menu::with_items(app, &[&open, &quit])
}

/// Puts the tray menu in the app's language after it changed, when the icon is there.
pub fn rebuild_tray_menu<R: Runtime>(app: &AppHandle<R>) {
    if let Some(tray) = app.tray_by_id(TRAY_ID)
        && let Err(e) = tray_menu(app).and_then(|menu| tray.set_menu(Some(menu)))
    {
        eprintln!("twoway: the tray menu could not be rebuilt: {e}");
    }
}

fn build_tray<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let menu = tray_menu(app)?;
    let mut tray = TrayIconBuilder::with_id(TRAY_ID)
        .tooltip("Twoway")
        .menu(&menu)
        .on_menu_event(|app, event| match event.id().as_ref() {
            "open" => crate::show_window(app),
            // Through the window, which saves what was typed first, as Ctrl+Q does.
            "quit" => {
                crate::show_window(app);
                if app.emit(QUIT_ASKED, ()).is_err() {
                    crate::exit(app, 0);
                }
            }
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}

/// Whether the library the tray icon needs on Linux can be loaded. Tauri loads it when the
/// first tray icon is made and cannot recover when it is missing, so it is looked for first, in
/// the folders the system loads libraries from.
#[cfg(target_os = "linux")]
fn tray_library_present() -> bool {
    const NAMES: [&str; 2] = ["libayatana-appindicator3.so.1", "libappindicator3.so.1"];
    let roots = ["/usr/lib", "/usr/lib64", "/lib", "/lib64", "/usr/local/lib"];
    let folders = roots.iter().flat_map(|root| {
        let nested = std::fs::read_dir(root)
            .into_iter()
            .flatten()
            .flatten()
            .map(|entry| entry.path());
        std::iter::once(PathBuf::from(root)).chain(nested)
    });
    folders
        .into_iter()
        .any(|folder| NAMES.iter().any(|name| folder.join(name).exists()))
}

#[cfg(not(target_os = "linux"))]
fn tray_library_present() -> bool {
    true
}
