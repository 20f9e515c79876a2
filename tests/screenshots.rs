//! `make screenshots`: launches the app under Xvfb on the demo journal and saves PNGs of the
//! main views, light and dark, in `target/screenshots/` (or `$SCREENSHOT_DIR`). Ignored by
//! `cargo test`: it looks, it does not assert much.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;
use twoway_tests::app::{App, AppDirs, app_binary};

fn out_dir() -> PathBuf {
    let dir = std::env::var_os("SCREENSHOT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("target")
                .join("screenshots")
        });
    std::fs::create_dir_all(&dir).expect("the screenshot folder");
    dir
}

/// Saves what the display shows (the app fills it) as `name.png`.
fn shoot(name: &str) -> PathBuf {
    let path = out_dir().join(format!("{name}.png"));
    let status = Command::new("import")
        .args(["-window", "root"])
        .arg(&path)
        .status();
    assert!(
        status.is_ok_and(|s| s.success()),
        "ImageMagick's import failed for {name}"
    );
    println!("{}", path.display());
    path
}

async fn settle() {
    tokio::time::sleep(Duration::from_millis(1500)).await;
}

async fn fill_screen(app: &App) {
    let _ = app.client.set_window_rect(0, 0, 1280, 860).await;
}

/// The ids the routes need: partnerships in sidebar order, and the sessions of the first.
async fn ids(app: &App) -> (Vec<String>, Vec<String>) {
    let today = chrono::Local::now().date_naive().to_string();
    let summaries = app
        .invoke(
            "partnership_summaries",
            serde_json::json!({ "today": today }),
        )
        .await;
    let partnerships: Vec<String> = summaries["ok"]
        .as_array()
        .expect("summaries")
        .iter()
        .map(|s| {
            s["partnership"]["id"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    let sessions = app
        .invoke(
            "sessions",
            serde_json::json!({ "partnership": partnerships[0] }),
        )
        .await;
    let sessions = sessions["ok"]
        .as_array()
        .expect("sessions")
        .iter()
        .map(|s| s["id"].as_str().unwrap_or_default().to_owned())
        .collect();
    (partnerships, sessions)
}

async fn tour(theme: &str, env: &[(&str, &str)]) {
    let dirs = AppDirs::new();
    let demo = dirs.path("demo.sqlite3");
    let filled = Command::new(app_binary())
        .arg("--journal")
        .arg(&demo)
        .arg("demo")
        .status();
    assert!(filled.is_ok_and(|s| s.success()), "twoway demo failed");
    let demo_arg = demo.to_string_lossy().into_owned();

    let app = App::launch_with_env(&dirs, &["--journal", &demo_arg], env).await;
    fill_screen(&app).await;
    let (partnerships, sessions) = ids(&app).await;
    let p = &partnerships[0];
    let routes = [
        ("home", "#/".to_owned()),
        ("partnership", format!("#/partnership/{p}/overview")),
        ("sessions", format!("#/partnership/{p}/sessions")),
        ("session", format!("#/session/{}", sessions[0])),
        (
            "session-held",
            format!("#/session/{}", sessions.get(2).unwrap_or(&sessions[0])),
        ),
        ("goals", format!("#/partnership/{p}/goals")),
        ("skills", format!("#/partnership/{p}/skills")),
        ("feedback", format!("#/partnership/{p}/feedback")),
        ("learning-log", "#/learning".to_owned()),
        ("search", "#/search?q=linkedin".to_owned()),
        ("settings", "#/settings".to_owned()),
    ];
    for (name, route) in routes {
        app.go(&route).await;
        settle().await;
        shoot(&format!("{name}-{theme}"));
    }
    // The share dialogs, over the views they open from.
    for (name, route, button) in [
        (
            "export-session",
            format!("#/session/{}", sessions[0]),
            "Export…",
        ),
        (
            "import-partner",
            format!("#/partnership/{p}/overview"),
            "Import their pack…",
        ),
        (
            "export-journal",
            "#/settings".to_owned(),
            "Export the journal…",
        ),
    ] {
        app.go(&route).await;
        settle().await;
        app.click_button(button).await;
        settle().await;
        shoot(&format!("{name}-{theme}"));
        let _ = app
            .client
            .execute(
                "document.querySelector('dialog[open]')?.close(); return null;",
                vec![],
            )
            .await;
    }
    app.quit().await;

    let empty = AppDirs::new();
    let app = App::launch_with_env(&empty, &[], env).await;
    fill_screen(&app).await;
    settle().await;
    shoot(&format!("first-run-{theme}"));
    app.quit().await;
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "makes PNGs to look at; run with `make screenshots`"]
async fn screenshots() {
    tour("light", &[]).await;
    tour("dark", &[("GTK_THEME", "Adwaita:dark")]).await;
}
