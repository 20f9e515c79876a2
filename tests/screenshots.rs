//! `make screenshots`: launches the app under Xvfb on the demo journal and saves PNGs of the
//! main views, light and dark, in `target/screenshots/` (or `$SCREENSHOT_DIR`). Ignored by
//! `cargo test`: it looks, it does not assert much.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;
use twoway_tests::app::{App, AppDirs};

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

/// Runs `script` in the window, ignoring what it returns.
async fn run(app: &App, script: &str) {
    let _ = app.client.execute(script, vec![]).await;
}

async fn close_dialog(app: &App) {
    run(
        app,
        "document.querySelector('dialog[open]')?.close(); return null;",
    )
    .await;
}

/// Gives a session's shared notes an earlier version, so its history has one to show.
async fn edit_notes(app: &App, session: &str) {
    let plan = app
        .invoke("session_plan", serde_json::json!({ "id": session }))
        .await;
    let mut fields = plan["ok"]["session"]["fields"].clone();
    let notes = fields["shared_notes"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    fields["shared_notes"] = serde_json::Value::String(format!(
        "{}\n\nNext time: bring two draft posts and the numbers behind them.",
        notes.replacen("We", "Together we", 1)
    ));
    let saved = app
        .invoke(
            "update_session",
            serde_json::json!({ "id": session, "fields": fields }),
        )
        .await;
    assert!(
        saved.get("ok").is_some(),
        "the notes were not edited: {saved}"
    );
}

/// Scrolls the view's own scrolling area to the first element matching `selector`.
async fn scroll_to(app: &App, selector: &str) {
    run(
        app,
        &format!(
            "document.querySelector('{selector}')?.scrollIntoView(); \
             document.getElementById('main').scrollBy(0, -24); return null;"
        ),
    )
    .await;
    settle().await;
}

/// The private/shared toggles where records are edited: a session's agreed actions, a skill
/// being rated with its ratings listed, a goal opened on its check-ins.
async fn privacy_shots(app: &App, theme: &str, partnership: &str, session: &str) {
    app.go(&format!("#/session/{session}")).await;
    settle().await;
    // One click each makes the second agenda item and the first open action private; the
    // add form's toggle has the keyboard focus, to show its ring.
    run(
        app,
        "document.querySelectorAll('li.agenda-item button[aria-pressed]')[1]?.click(); \
         document.querySelector('section.actions li button[aria-pressed]')?.click(); return null;",
    )
    .await;
    settle().await;
    run(
        app,
        "document.querySelector('form.add button[aria-pressed]')?.focus(); return null;",
    )
    .await;
    scroll_to(app, "section.actions").await;
    shoot(&format!("session-actions-{theme}"));

    app.go(&format!("#/partnership/{partnership}/skills")).await;
    settle().await;
    run(
        app,
        "document.querySelector('article.skill details.ratings')?.setAttribute('open', ''); \
         document.querySelector('article.skill header button.primary').click(); return null;",
    )
    .await;
    settle().await;
    scroll_to(app, "article.skill").await;
    shoot(&format!("skills-rate-{theme}"));

    app.go(&format!("#/partnership/{partnership}/goals")).await;
    settle().await;
    for index in 0..8 {
        let toggle = format!("document.querySelectorAll('.goal .toggle')[{index}]");
        run(app, &format!("{toggle}?.click(); return null;")).await;
        settle().await;
        let shown = app
            .client
            .execute("return !!document.querySelector('.check-ins');", vec![])
            .await;
        if shown.is_ok_and(|v| v == serde_json::Value::Bool(true)) {
            break;
        }
        run(app, &format!("{toggle}?.click(); return null;")).await;
    }
    run(
        app,
        "document.querySelectorAll('.check-ins button[aria-pressed]')[1]?.click(); return null;",
    )
    .await;
    scroll_to(app, ".goal.expanded .history").await;
    shoot(&format!("goal-check-ins-{theme}"));
}

async fn fill_screen(app: &App) {
    let _ = app.client.set_window_rect(0, 0, 1280, 860).await;
}

/// The demo journal, made by the command line in `dirs`.
fn demo_journal(dirs: &AppDirs) -> PathBuf {
    let demo = dirs.path("demo.sqlite3");
    twoway_tests::app::demo_journal(&demo);
    demo
}

/// The main views of the demo journal: a name for the picture and the route.
fn main_routes(p: &str, sessions: &[String]) -> Vec<(&'static str, String)> {
    vec![
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
        ("trash", "#/trash".to_owned()),
        ("settings", "#/settings".to_owned()),
    ]
}

async fn tour(theme: &str, env: &[(&str, &str)]) {
    let dirs = AppDirs::new();
    let demo = demo_journal(&dirs);
    let demo_arg = demo.to_string_lossy().into_owned();

    let app = App::launch_with_env(&dirs, &["--journal", &demo_arg], env).await;
    fill_screen(&app).await;
    let (partnerships, sessions) = app.route_ids().await;
    let p = &partnerships[0];
    let routes = main_routes(p, &sessions);
    for (name, route) in routes {
        app.go(&route).await;
        settle().await;
        shoot(&format!("{name}-{theme}"));
    }
    privacy_shots(&app, theme, p, &sessions[0]).await;
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
        (
            "record-of-learning",
            format!("#/partnership/{p}/overview"),
            "Record of learning…",
        ),
    ] {
        app.go(&route).await;
        settle().await;
        app.click_button(button).await;
        settle().await;
        shoot(&format!("{name}-{theme}"));
        if name.starts_with("export") {
            app.click_button("Show exactly what leaves").await;
            settle().await;
            run(
                &app,
                "document.querySelector('[aria-label=\"The export as a document\"]')?.scrollIntoView(); return null;",
            )
            .await;
            shoot(&format!("{name}-document-{theme}"));
        }
        let _ = app
            .client
            .execute(
                "document.querySelector('dialog[open]')?.close(); return null;",
                vec![],
            )
            .await;
    }
    // The agreement's versions, and two of them side by side: the demo's second partnership
    // (Priya) adopted two versions with her partner.
    let with_versions = partnerships.get(1).unwrap_or(p);
    app.go(&format!("#/partnership/{with_versions}/overview"))
        .await;
    settle().await;
    scroll_to(&app, "#ov-agreement").await;
    run(
        &app,
        "document.querySelector('details.versions')?.setAttribute('open', ''); return null;",
    )
    .await;
    settle().await;
    shoot(&format!("agreement-{theme}"));
    run(
        &app,
        "[...document.querySelectorAll('details.versions button')].find(b => !b.disabled)?.click(); \
         return null;",
    )
    .await;
    settle().await;
    shoot(&format!("agreement-compare-{theme}"));
    close_dialog(&app).await;

    // A record of learning kept in the journal, waiting for the partner (the demo's third
    // partnership, Sam, completed with a record signed).
    if let Some(completed) = partnerships.get(2) {
        app.go(&format!("#/partnership/{completed}/overview")).await;
        settle().await;
        app.click_button("Record of learning…").await;
        settle().await;
        run(
            &app,
            "[...document.querySelectorAll('dialog[open] label')].find(l => l.textContent.includes('Records with'))?.click(); \
             return null;",
        )
        .await;
        settle().await;
        run(
            &app,
            "document.querySelector('dialog[open] ul.kept button')?.click(); return null;",
        )
        .await;
        settle().await;
        shoot(&format!("record-kept-{theme}"));
        close_dialog(&app).await;
    }

    // Keeping what was written: the backups in Settings, a text's history, the trash.
    app.go("#/settings").await;
    settle().await;
    run(
        &app,
        "document.getElementById('settings-backups').closest('section').scrollIntoView(); \
         document.getElementById('main').scrollBy(0, -24); return null;",
    )
    .await;
    settle().await;
    shoot(&format!("settings-backups-{theme}"));

    // Reminders, with a digest time and quiet hours chosen so every control shows.
    let saved = app
        .invoke(
            "set_reminder_settings",
            serde_json::json!({ "settings": {
                "sessions": true, "session_lead_minutes": 20, "lead_by_partnership": [],
                "digest": true, "digest_at": "08:30:00",
                "quiet_from": "22:00:00", "quiet_until": "07:00:00",
            }}),
        )
        .await;
    assert!(saved.get("ok").is_some(), "reminder settings: {saved}");
    app.go("#/").await;
    settle().await;
    app.go("#/settings").await;
    settle().await;
    scroll_to(&app, "#settings-reminders").await;
    shoot(&format!("settings-reminders-{theme}"));

    // Sync with other computers: off, then on with a folder and one sync done.
    scroll_to(&app, "#settings-sync").await;
    shoot(&format!("settings-sync-off-{theme}"));
    let folder = std::env::temp_dir().join(format!("twoway-screenshot-sync-{theme}"));
    let _ = std::fs::remove_dir_all(&folder);
    let started = app
        .invoke(
            "start_sync",
            serde_json::json!({ "folder": folder, "deviceName": "Morgan's laptop", "passphrase": null }),
        )
        .await;
    assert!(started.get("ok").is_some(), "start sync: {started}");
    let synced = app.invoke("sync_now", serde_json::json!({})).await;
    assert!(synced.get("ok").is_some(), "sync now: {synced}");
    app.go("#/").await;
    settle().await;
    app.go("#/settings").await;
    settle().await;
    scroll_to(&app, "#settings-sync").await;
    shoot(&format!("settings-sync-{theme}"));
    let _ = std::fs::remove_dir_all(&folder);

    // The report for the programme, before it is saved: pair codes and figures.
    run(
        &app,
        "[...document.querySelectorAll('button')].find(b => b.textContent.includes('Write a programme report')).click(); \
         return null;",
    )
    .await;
    settle().await;
    shoot(&format!("programme-report-{theme}"));
    close_dialog(&app).await;

    let held = sessions.get(2).unwrap_or(&sessions[0]);
    edit_notes(&app, held).await;
    app.go(&format!("#/session/{held}")).await;
    settle().await;
    run(
        &app,
        "document.querySelector('[aria-label=\"History of the shared notes\"]').click(); return null;",
    )
    .await;
    settle().await;
    shoot(&format!("history-{theme}"));
    close_dialog(&app).await;

    let trashed = app
        .invoke(
            "trash_record",
            serde_json::json!({ "kind": "session", "id": held }),
        )
        .await;
    assert!(trashed.get("ok").is_some(), "not trashed: {trashed}");
    app.go("#/trash").await;
    settle().await;
    shoot(&format!("trash-{theme}"));
    for (name, selector) in [
        ("delete-forever", "[aria-label^=\"Delete forever\"]"),
        ("empty-trash", ".trash-view .head button"),
    ] {
        run(
            &app,
            &format!("document.querySelector('{selector}').click(); return null;"),
        )
        .await;
        settle().await;
        shoot(&format!("{name}-{theme}"));
        close_dialog(&app).await;
    }
    app.quit().await;

    read_only_tour(theme, env, &demo).await;
    encryption_tour(theme, env, &demo).await;

    let empty = AppDirs::new();
    let app = App::launch_with_env(&empty, &[], env).await;
    fill_screen(&app).await;
    settle().await;
    shoot(&format!("first-run-{theme}"));
    app.quit().await;
}

/// The demo journal copied into a folder nobody may write to: the window opens it read-only.
/// Run as root, the folder does not stop the app (root writes anyway), and the shots are left
/// out; `make screenshots` as another user, or without the capability to override file
/// permissions, takes them.
async fn read_only_tour(theme: &str, env: &[(&str, &str)], demo: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    let dirs = AppDirs::new();
    let folder = dirs.path("read-only");
    std::fs::create_dir_all(&folder).expect("the read-only folder");
    let journal = folder.join("journal.sqlite3");
    std::fs::copy(demo, &journal).expect("a copy of the demo journal");
    let set = |path: &std::path::Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("permissions");
    };
    set(&journal, 0o444);
    set(&folder, 0o555);
    let journal_arg = journal.to_string_lossy().into_owned();
    let app = App::launch_with_env(&dirs, &["--journal", &journal_arg], env).await;
    fill_screen(&app).await;
    let status = app.invoke("journal_status", serde_json::json!({})).await;
    if status["ok"]["read_only"] == serde_json::Value::Bool(true) {
        let (_, sessions) = app.route_ids().await;
        for (name, route) in [
            ("read-only-home", "#/".to_owned()),
            ("read-only-session", format!("#/session/{}", sessions[0])),
        ] {
            app.go(&route).await;
            settle().await;
            shoot(&format!("{name}-{theme}"));
        }
    } else {
        println!("the journal opened for writing (root ignores permissions): no read-only shots");
    }
    app.quit().await;
    set(&folder, 0o755);
    set(&journal, 0o644);
}

/// A copy of the demo journal encrypted in Settings: the explanation, the recovery key page,
/// and after a relaunch the unlock screen, with a wrong passphrase tried once.
async fn encryption_tour(theme: &str, env: &[(&str, &str)], demo: &std::path::Path) {
    let dirs = AppDirs::new();
    let journal = dirs.path("journal.sqlite3");
    std::fs::copy(demo, &journal).expect("a copy of the demo journal");
    let journal_arg = journal.to_string_lossy().into_owned();
    let app = App::launch_with_env(&dirs, &["--journal", &journal_arg], env).await;
    fill_screen(&app).await;
    app.go("#/settings").await;
    settle().await;
    run(
        &app,
        "document.getElementById('settings-encryption').closest('section').scrollIntoView(); \
         document.getElementById('main').scrollBy(0, -24); return null;",
    )
    .await;
    settle().await;
    shoot(&format!("settings-encryption-{theme}"));
    app.click_button("Encrypt this journal…").await;
    settle().await;
    shoot(&format!("encrypt-explain-{theme}"));
    app.click_button("Continue").await;
    app.type_into("New passphrase", "paper lantern orbit").await;
    app.type_into("The same passphrase again", "paper lantern orbi")
        .await;
    app.click_button("Encrypt").await;
    settle().await;
    shoot(&format!("encrypt-passphrase-{theme}"));
    app.type_into("The same passphrase again", "t").await;
    app.click_button("Encrypt").await;
    app.wait_css("[aria-label='Recovery key']").await;
    settle().await;
    shoot(&format!("recovery-key-{theme}"));
    run(
        &app,
        "document.querySelector('label.saved input').click(); return null;",
    )
    .await;
    app.click_button("Done").await;
    // Encrypted, the section offers the idle lock.
    app.wait_text("Lock the journal").await;
    settle().await;
    shoot(&format!("settings-encrypted-{theme}"));
    app.quit().await;

    let app = App::launch_with_env(&dirs, &["--journal", &journal_arg], env).await;
    fill_screen(&app).await;
    app.wait_text("Unlock journal.sqlite3").await;
    settle().await;
    shoot(&format!("unlock-{theme}"));
    let enter = char::from(fantoccini::key::Key::Enter);
    app.type_into("Passphrase", &format!("paper lantern{enter}"))
        .await;
    app.wait_text("does not open this journal").await;
    settle().await;
    shoot(&format!("unlock-wrong-{theme}"));
    app.quit().await;
}

/// Agenda templates on the demo's next planned session: one being applied (the preview with
/// the session's names filled in), the agenda after it, and the editor of "Save as template…"
/// showing an unknown name typed into an item; then the user's own templates in Settings.
async fn template_tour(theme: &str, env: &[(&str, &str)]) {
    let dirs = AppDirs::new();
    let demo = demo_journal(&dirs);
    let demo_arg = demo.to_string_lossy().into_owned();
    let app = App::launch_with_env(&dirs, &["--journal", &demo_arg], env).await;
    fill_screen(&app).await;
    let (_, sessions) = app.route_ids().await;
    app.go(&format!("#/session/{}", sessions[0])).await;
    settle().await;
    app.click_button("Apply template…").await;
    settle().await;
    run(
        &app,
        "[...document.querySelectorAll('dialog[open] label.choice')] \
           .find(l => l.textContent.includes('Regular session'))?.click(); return null;",
    )
    .await;
    settle().await;
    shoot(&format!("template-apply-{theme}"));

    run(
        &app,
        "document.querySelector('dialog[open] button[type=submit].primary')?.click(); return null;",
    )
    .await;
    settle().await;
    scroll_to(&app, "section.agenda").await;
    shoot(&format!("template-applied-{theme}"));

    app.click_button("Save as template…").await;
    settle().await;
    // At the end of the item's text, where the click that focuses it may not have put the caret.
    let end = char::from(fantoccini::key::Key::End);
    app.type_into("Item 2", &format!("{end} with {{topic}}"))
        .await;
    settle().await;
    shoot(&format!("template-editor-{theme}"));
    close_dialog(&app).await;

    app.go("#/settings").await;
    settle().await;
    scroll_to(&app, "section[aria-labelledby='settings-templates']").await;
    shoot(&format!("settings-templates-{theme}"));
    app.quit().await;
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "makes PNGs to look at; run with `make screenshots`"]
async fn agenda_template_screenshots() {
    template_tour("light", &[]).await;
    template_tour("dark", &[("GTK_THEME", "Adwaita:dark")]).await;
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "makes PNGs to look at; run with `make screenshots`"]
async fn screenshots() {
    tour("light", &[]).await;
    tour("dark", &[("GTK_THEME", "Adwaita:dark")]).await;
}

/// The main views and the dialogs most used, in German (the system's language here, as a German
/// desktop gives it): `de-<view>-<theme>.png`.
async fn german_tour(theme: &str, env: &[(&str, &str)]) {
    let dirs = AppDirs::new();
    let demo = demo_journal(&dirs);
    let demo_arg = demo.to_string_lossy().into_owned();
    let mut env = env.to_vec();
    env.push(("LANGUAGE", "de_DE"));
    let app = App::launch_with_env(&dirs, &["--journal", &demo_arg], &env).await;
    fill_screen(&app).await;
    let (partnerships, sessions) = app.route_ids().await;
    let p = &partnerships[0];
    let routes = main_routes(p, &sessions);
    for (name, route) in routes {
        app.go(&route).await;
        settle().await;
        shoot(&format!("de-{name}-{theme}"));
    }
    // Dialogs through their keys, which the page answers as the menu bar does.
    for (name, route, key) in [
        ("export-session", format!("#/session/{}", sessions[0]), 'e'),
        ("capture", "#/learning".to_owned(), 'l'),
        ("new-partnership", "#/".to_owned(), 'N'),
    ] {
        app.go(&route).await;
        settle().await;
        let keys = if key.is_uppercase() {
            format!(
                "{}{}{}",
                char::from(fantoccini::key::Key::Control),
                char::from(fantoccini::key::Key::Shift),
                key.to_ascii_lowercase()
            )
        } else {
            format!("{}{key}", char::from(fantoccini::key::Key::Control))
        };
        let body = app.wait_css("body").await;
        let _ = body.send_keys(&keys).await;
        settle().await;
        shoot(&format!("de-{name}-{theme}"));
        close_dialog(&app).await;
    }
    app.quit().await;
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "makes PNGs to look at; run with `make screenshots`"]
async fn german_screenshots() {
    german_tour("light", &[]).await;
    german_tour("dark", &[("GTK_THEME", "Adwaita:dark")]).await;
}
