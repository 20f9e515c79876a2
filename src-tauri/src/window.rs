//! The window comes back where the user left it: its size, position and maximised state are
//! kept by tauri-plugin-window-state in `window-state.json` in the data folder (beside
//! `background.json`, so `TWOWAY_DATA_DIR` keeps them apart too), saved whenever the app ends
//! ([`save`], called by every quit path before it exits; the plugin saves again on exit) and
//! restored while the window is still hidden ([`restore_and_show`]), so it never jumps. A saved
//! place no monitor shows any more (a screen unplugged) is not restored: the window is centred.

use std::path::PathBuf;
use tauri::{AppHandle, Manager, PhysicalPosition, Runtime};
use tauri_plugin_window_state::{AppHandleExt, StateFlags, WindowExt};

const FILE_NAME: &str = "window-state.json";
const LABEL: &str = "main";

/// What is kept. Not visibility: a window hidden in the tray when the app ended must still show
/// at the next start; not decorations or full screen, which Twoway never changes.
fn flags() -> StateFlags {
    StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED
}

fn file() -> PathBuf {
    twoway_journal::default_data_dir().join(FILE_NAME)
}

/// The plugin, keeping its file in the data folder (an absolute name replaces the plugin's own
/// folder), and restoring nothing by itself: [`restore_and_show`] does, in order.
pub fn plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_window_state::Builder::new()
        .with_state_flags(flags())
        .with_filename(file().to_string_lossy())
        .skip_initial_state(LABEL)
        .build()
}

/// A rectangle in physical pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

/// The window's saved place in the plugin's file, if it holds one.
pub fn saved_rect(bytes: &[u8]) -> Option<Rect> {
    let all: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let saved = all.get(LABEL)?;
    let int = |key: &str| saved.get(key)?.as_i64();
    let rect = Rect {
        x: i32::try_from(int("x")?).ok()?,
        y: i32::try_from(int("y")?).ok()?,
        width: u32::try_from(int("width")?).ok()?,
        height: u32::try_from(int("height")?).ok()?,
    };
    (rect.width > 0 && rect.height > 0).then_some(rect)
}

/// How much of the window's top edge (where its title bar is) a monitor must show for the
/// window to count as reachable: enough to grab and drag it.
const GRIP: i64 = 48;

/// Whether a monitor shows enough of the top of `window` for the user to reach it.
pub fn reachable(window: Rect, monitors: &[Rect]) -> bool {
    let (left, top) = (i64::from(window.x), i64::from(window.y));
    let right = left + i64::from(window.width);
    let bar_bottom = top + GRIP.min(i64::from(window.height));
    monitors.iter().any(|m| {
        let (m_left, m_top) = (i64::from(m.x), i64::from(m.y));
        let (m_right, m_bottom) = (m_left + i64::from(m.width), m_top + i64::from(m.height));
        let shown_wide = right.min(m_right) - left.max(m_left);
        let shown_high = bar_bottom.min(m_bottom) - top.max(m_top);
        shown_wide >= GRIP.min(i64::from(window.width)) && shown_high > 0
    })
}

/// Where a window of `width` × `height` sits centred on `monitor` (its top left kept on it
/// when the window is larger).
pub fn centred(monitor: Rect, width: u32, height: u32) -> (i32, i32) {
    let offset = |room: u32, size: u32| i32::try_from(room.saturating_sub(size) / 2).unwrap_or(0);
    (
        monitor.x.saturating_add(offset(monitor.width, width)),
        monitor.y.saturating_add(offset(monitor.height, height)),
    )
}

fn rect_of(monitor: &tauri::Monitor) -> Rect {
    Rect {
        x: monitor.position().x,
        y: monitor.position().y,
        width: monitor.size().width,
        height: monitor.size().height,
    }
}

/// Puts the window where it was last time (or centred, when no monitor shows that place), then
/// shows it unless `show` is false (the login start that keeps running in the tray).
pub fn restore_and_show<R: Runtime>(app: &AppHandle<R>, show: bool) {
    let Some(window) = app.get_webview_window(LABEL) else {
        return;
    };
    let saved = std::fs::read(file()).ok().and_then(|b| saved_rect(&b));
    if let Err(e) = window.restore_state(flags()) {
        eprintln!("twoway: the window's last size and place were not restored: {e}");
    }
    if let Some(saved) = saved {
        let monitors: Vec<Rect> = window
            .available_monitors()
            .unwrap_or_default()
            .iter()
            .map(rect_of)
            .collect();
        if !monitors.is_empty() && !reachable(saved, &monitors) {
            let primary = window
                .primary_monitor()
                .ok()
                .flatten()
                .map(|m| rect_of(&m))
                .unwrap_or(monitors[0]);
            // The size just restored: a window not yet shown does not know its own size.
            let (x, y) = centred(primary, saved.width, saved.height);
            let _ = window.set_position(PhysicalPosition { x, y });
        }
    }
    if show {
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Writes the window's size, place and maximised state; every quit path calls this before it
/// ends the app, while the window still exists. A failure is said on standard error: the app
/// ends anyway.
pub fn save<R: Runtime>(app: &AppHandle<R>) {
    if let Err(e) = app.save_window_state(flags()) {
        eprintln!("twoway: the window's size and place were not saved: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCREEN: Rect = Rect {
        x: 0,
        y: 0,
        width: 1280,
        height: 860,
    };

    fn rect(x: i32, y: i32, width: u32, height: u32) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    #[test]
    fn the_saved_place_is_read_from_the_plugins_file() {
        let file = br#"{"main": {"width": 900, "height": 600, "x": 40, "y": -3, "prev_x": 0,
            "prev_y": 0, "maximized": true, "visible": true, "decorated": true,
            "fullscreen": false}}"#;
        assert_eq!(saved_rect(file), Some(rect(40, -3, 900, 600)));
        assert_eq!(
            saved_rect(br#"{"other": {"x": 1}}"#),
            None,
            "another window"
        );
        assert_eq!(
            saved_rect(br#"{"main": {"width": 0, "height": 0, "x": 0, "y": 0}}"#),
            None,
            "the plugin's empty default is no place"
        );
        assert_eq!(saved_rect(b"{\"main\": "), None, "a cut file");
    }

    #[test]
    fn a_window_is_reachable_only_when_a_monitor_shows_the_top_of_it() {
        assert!(reachable(rect(100, 100, 900, 600), &[SCREEN]));
        assert!(
            reachable(rect(-800, 10, 900, 600), &[SCREEN]),
            "100 px of its title bar show"
        );
        assert!(
            !reachable(rect(-5000, -5000, 900, 600), &[SCREEN]),
            "off every monitor"
        );
        assert!(
            !reachable(rect(1270, 100, 900, 600), &[SCREEN]),
            "only a 10 px sliver shows"
        );
        assert!(
            !reachable(rect(100, -590, 900, 600), &[SCREEN]),
            "its title bar is above the screen"
        );
        let second = rect(1280, 0, 1920, 1080);
        assert!(
            reachable(rect(2000, 300, 900, 600), &[SCREEN, second]),
            "on the second monitor"
        );
        assert!(
            !reachable(rect(2000, 300, 900, 600), &[SCREEN]),
            "the second monitor was unplugged"
        );
    }

    #[test]
    fn a_lost_window_is_centred_on_the_monitor() {
        assert_eq!(centred(SCREEN, 900, 600), (190, 130));
        assert_eq!(
            centred(rect(1280, 0, 1920, 1080), 1000, 800),
            (1280 + 460, 140)
        );
        assert_eq!(centred(SCREEN, 2000, 1000), (0, 0), "too big: top left");
    }
}
