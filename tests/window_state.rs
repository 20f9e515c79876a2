//! End-to-end: the window comes back with the size and place it had, and the journal opened
//! last opens again (the real app under Xvfb, without a window manager, as in `tests/e2e.rs`).

mod window;

use std::time::Duration;
use twoway_tests::app::{App, AppDirs, twoway};
use window::{geometry, move_and_resize, screen_size};

/// Ends the app through its own quit path (Ctrl+Q: save, then quit) and waits for it to go.
async fn quit_with_ctrl_q(app: App) {
    let pid = app.pid();
    let ctrl_q = format!("{}q", char::from(fantoccini::key::Key::Control));
    // The app may end before the driver answers the key press.
    if let Ok(body) = app.client.find(fantoccini::Locator::Css("body")).await {
        let _ = body.send_keys(&ctrl_q).await;
    }
    app.wait_until_ended(pid).await;
}

/// Whether `got` is `want` give or take a few pixels (decorations, rounding).
fn near(got: (i32, i32, u32, u32), want: (i32, i32, u32, u32)) -> bool {
    const SLACK: i64 = 8;
    let close = |a: i64, b: i64| (a - b).abs() <= SLACK;
    close(got.0.into(), want.0.into())
        && close(got.1.into(), want.1.into())
        && close(got.2.into(), want.2.into())
        && close(got.3.into(), want.3.into())
}

/// Waits until the app's window is at `want`.
async fn window_at(app: &App, want: (i32, i32, u32, u32)) -> (i32, i32, u32, u32) {
    let pid = app.pid();
    let started = std::time::Instant::now();
    loop {
        let got = geometry(pid);
        if near(got, want) {
            return got;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the window is at {got:?}, not {want:?}"
        );
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_window_comes_back_with_the_size_and_place_it_had() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs, &[]).await;
    let first = geometry(app.pid());
    let want = (60, 40, 900, 640);
    assert!(!near(first, want), "the test must move it: {first:?}");
    // As a user would: again if the window, still settling after its start, took back its
    // first size; then long enough for the app to hear of it.
    let pid = app.pid();
    app.eventually("the window to stay where it was put", || async {
        move_and_resize(pid, want.0, want.1, want.2, want.3);
        tokio::time::sleep(Duration::from_millis(700)).await;
        near(geometry(pid), want).then_some(())
    })
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    window_at(&app, want).await;
    quit_with_ctrl_q(app).await;
    assert!(
        dirs.path("data").join("window-state.json").exists(),
        "the state is kept in the test's own data folder"
    );

    let app = App::launch(&dirs, &[]).await;
    window_at(&app, want).await;
    app.quit().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_window_last_seen_off_every_screen_comes_back_centred() {
    let dirs = AppDirs::new();
    std::fs::create_dir_all(dirs.path("data")).unwrap();
    let saved = serde_json::json!({ "main": {
        "width": 900, "height": 600, "x": -5000, "y": -4000, "prev_x": -5000, "prev_y": -4000,
        "maximized": false, "visible": true, "decorated": true, "fullscreen": false,
    }});
    std::fs::write(
        dirs.path("data").join("window-state.json"),
        saved.to_string(),
    )
    .unwrap();
    let app = App::launch(&dirs, &[]).await;
    let (width, height) = screen_size();
    let centred = |room: u32, size: u32| i32::try_from(room.saturating_sub(size) / 2).unwrap();
    window_at(&app, (centred(width, 900), centred(height, 600), 900, 600)).await;
    app.quit().await;
}

async fn status(app: &App) -> serde_json::Value {
    app.invoke("journal_status", serde_json::json!({})).await["ok"].clone()
}

#[tokio::test(flavor = "current_thread")]
async fn the_journal_opened_last_opens_again_and_a_missing_one_gives_the_default_with_a_word() {
    let dirs = AppDirs::new();
    let work = dirs.path("work.sqlite3");
    assert!(
        twoway(&work, &["demo"]).status.success(),
        "twoway demo failed"
    );
    let work_text = work.to_string_lossy().into_owned();
    let default_text = dirs.journal().to_string_lossy().into_owned();

    // Another journal opened from Settings, then the demo journal, which is never kept.
    let app = App::launch(&dirs, &[]).await;
    assert_eq!(status(&app).await["path"], default_text.as_str());
    let opened = app
        .invoke("open_journal", serde_json::json!({ "path": work_text }))
        .await;
    assert_eq!(opened["ok"]["path"], work_text.as_str(), "{opened}");
    let today = chrono::Local::now().date_naive().to_string();
    let demo = app
        .invoke("open_demo_journal", serde_json::json!({ "today": today }))
        .await;
    assert_eq!(demo["ok"]["is_demo"], true, "{demo}");
    quit_with_ctrl_q(app).await;

    // The next start opens it, and Settings says so.
    let app = App::launch(&dirs, &[]).await;
    let now = status(&app).await;
    assert_eq!(now["path"], work_text.as_str(), "{now}");
    assert_eq!(now["notice"], serde_json::Value::Null, "{now}");
    app.wait_text("Sam Okoye").await;
    app.go("#/settings").await;
    app.wait_text(&work_text).await;
    quit_with_ctrl_q(app).await;

    // `--journal` wins, and changes nothing for the next start.
    let other = dirs.path("other.sqlite3").to_string_lossy().into_owned();
    let app = App::launch(&dirs, &["--journal", &other]).await;
    assert_eq!(status(&app).await["path"], other.as_str());
    quit_with_ctrl_q(app).await;

    // The kept journal is gone: the default opens, with a word, and nothing is made in its place.
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{work_text}{suffix}"));
    }
    let app = App::launch(&dirs, &[]).await;
    let now = status(&app).await;
    assert_eq!(now["path"], default_text.as_str(), "{now}");
    let notice = now["notice"]
        .as_str()
        .unwrap_or_else(|| panic!("a notice: {now}"));
    assert!(notice.contains(&work_text), "{notice}");
    app.wait_text("is not there any more").await;
    app.wait_text(&work_text).await;
    quit_with_ctrl_q(app).await;
    assert!(
        !work.exists(),
        "no empty journal was made where the kept one was"
    );
}
