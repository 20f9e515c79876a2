//! The language, end to end: a new user in an English system chooses German in Settings; the
//! window reloads in German, the page says `lang="de"`, the next start is German from its first
//! frame, and choosing "the system's" brings English back. A system in German starts in German
//! without any choice.

use twoway_tests::app::{App, AppDirs};

async fn page_language(app: &App) -> String {
    app.client
        .execute("return document.documentElement.lang;", vec![])
        .await
        .expect("the page's language")
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

async fn wait_language(app: &App, want: &str) {
    app.eventually(&format!("the page in {want}"), || async {
        (page_language(app).await == want).then_some(())
    })
    .await;
}

/// Picks `value` in the language choice of Settings, as a person does with the list.
async fn choose(app: &App, value: &str) {
    app.go("#/settings").await;
    let select = app.wait_css("#language-choice").await;
    app.eventually("the language choice enabled", || async {
        select
            .is_enabled()
            .await
            .ok()
            .filter(|enabled| *enabled)
            .map(|_| ())
    })
    .await;
    select
        .select_by_value(value)
        .await
        .unwrap_or_else(|e| panic!("choose {value}: {e}"));
}

fn demo_journal(dirs: &AppDirs) -> String {
    let demo = dirs.path("demo.sqlite3");
    twoway_tests::app::demo_journal(&demo);
    demo.to_string_lossy().into_owned()
}

#[tokio::test]
async fn german_chosen_in_settings_reloads_the_window_in_german_and_stays_chosen() {
    let dirs = AppDirs::new();
    let demo = demo_journal(&dirs);
    let app = App::launch(&dirs, &["--journal", &demo]).await;
    assert_eq!(page_language(&app).await, "en");
    app.wait_text("Learning log").await;

    choose(&app, "de").await;
    wait_language(&app, "de").await;
    app.wait_text("Sprache von Twoway").await;
    let kept = std::fs::read_to_string(dirs.path("data").join("language.json"))
        .expect("the choice is kept in the data folder");
    assert!(kept.contains("\"de\""), "{kept}");

    app.go("#/").await;
    app.wait_text("Lernjournal").await;
    let home = app.body_text().await;
    assert!(
        !home.contains("Learning log"),
        "English left on the home view: {home}"
    );
    app.quit().await;

    // The next start is German before its first view is drawn.
    let app = App::launch(&dirs, &["--journal", &demo]).await;
    assert_eq!(page_language(&app).await, "de");

    choose(&app, "system").await;
    wait_language(&app, "en").await;
    app.wait_text("Language of Twoway").await;
    app.quit().await;
}

#[tokio::test]
async fn a_german_system_starts_the_window_in_german() {
    let dirs = AppDirs::new();
    let demo = demo_journal(&dirs);
    let app = App::launch_with_env(&dirs, &["--journal", &demo], &[("LANGUAGE", "de_DE")]).await;
    assert_eq!(page_language(&app).await, "de");
    app.wait_text("Lernjournal").await;
    app.go("#/settings").await;
    app.wait_text("Wie das System (Deutsch)").await;
    app.quit().await;
}
