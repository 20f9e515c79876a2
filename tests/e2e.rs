//! End-to-end: the real app binary, its real webview and a real journal file, driven through
//! WebKitWebDriver. Run under Xvfb (`make test` does).

use twoway_tests::app::{App, AppDirs};

#[tokio::test(flavor = "current_thread")]
async fn the_window_opens_with_the_app_title_and_its_commands_answer() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs, &[]).await;
    assert_eq!(app.client.title().await.unwrap(), "Twoway");
    let status = app.invoke("journal_status", serde_json::json!({})).await;
    assert_eq!(
        status["ok"]["path"].as_str(),
        Some(dirs.journal().to_string_lossy().as_ref()),
        "the app opened the test's own journal: {status}"
    );
    app.quit().await;
    assert!(dirs.journal().exists(), "the journal file was created");
}

#[tokio::test(flavor = "current_thread")]
async fn the_window_may_call_only_what_its_capability_grants() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs, &[]).await;
    // Granted: an app command.
    let granted = app.invoke("trashed", serde_json::json!({})).await;
    assert!(granted.get("ok").is_some(), "{granted}");
    // Not granted: the opener plugin may open web links only, not local paths.
    let refused = app
        .invoke(
            "plugin:opener|open_path",
            serde_json::json!({ "path": "/etc/passwd" }),
        )
        .await;
    assert!(
        refused.get("err").is_some(),
        "opening a local path must be refused: {refused}"
    );
    let refused = app
        .invoke(
            "plugin:opener|open_url",
            serde_json::json!({ "url": "file:///etc/passwd" }),
        )
        .await;
    assert!(
        refused.get("err").is_some(),
        "a file: URL must be refused: {refused}"
    );
    app.quit().await;
}
