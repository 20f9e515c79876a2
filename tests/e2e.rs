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

/// The Enter key, as WebDriver types it.
fn enter() -> String {
    char::from(fantoccini::key::Key::Enter).to_string()
}

const HOSTILE_NOTE: &str =
    "Tried <img src=x onerror=alert(1)> and <script>alert(2)</script> in a note.";

async fn session_plan(app: &App, session: &str) -> serde_json::Value {
    app.invoke("session_plan", serde_json::json!({ "id": session }))
        .await["ok"]
        .clone()
}

/// The id in the current URL after `#/<prefix>/`.
async fn id_in_url(app: &App, prefix: &str) -> String {
    app.eventually(&format!("a #/{prefix}/… URL"), || async {
        let url = app.client.current_url().await.ok()?;
        let fragment = url.fragment()?.to_owned();
        let rest = fragment.strip_prefix(&format!("/{prefix}/"))?;
        Some(rest.split('/').next()?.to_owned())
    })
    .await
}

#[tokio::test(flavor = "current_thread")]
async fn first_run_plan_a_session_relaunch_and_carry_over() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs, &[]).await;

    // First run: the empty journal greets the user with both ways in.
    app.wait_text("Create your first partnership").await;
    app.wait_text("Try with sample data").await;

    // Create a partnership.
    app.click_button("Create your first partnership").await;
    app.type_into("Partner's name", "Priya Raman").await;
    app.click_button("Create partnership").await;
    let partnership = id_in_url(&app, "partnership").await;

    // Plan a session from the Sessions tab.
    app.wait_xpath("//a[normalize-space()='Sessions']")
        .await
        .click()
        .await
        .unwrap();
    app.click_button("Plan the first session").await;
    app.click_button("Plan session").await;
    let session = id_in_url(&app, "session").await;

    // Three agenda items, typed one after the other.
    for (n, item) in ["Prompting basics", "LinkedIn headline", "Reading a P&L"]
        .iter()
        .enumerate()
    {
        app.type_into("Add an agenda item", &format!("{item}{}", enter()))
            .await;
        app.eventually("the agenda item saved", || async {
            let plan = session_plan(&app, &session).await;
            (plan["agenda"].as_array()?.len() == n + 1).then_some(())
        })
        .await;
    }
    let plan = app
        .eventually("three agenda items saved", || async {
            let plan = session_plan(&app, &session).await;
            (plan["agenda"].as_array()?.len() == 3).then_some(plan)
        })
        .await;
    let texts: Vec<&str> = plan["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["fields"]["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        ["Prompting basics", "LinkedIn headline", "Reading a P&L"]
    );

    // Notes, one of them hostile, and one item covered.
    app.type_into("Shared notes", HOSTILE_NOTE).await;
    app.type_into("🔒 Private notes", "Slow down when explaining.")
        .await;
    app.field("Covered: Prompting basics")
        .await
        .click()
        .await
        .unwrap();
    app.eventually("notes and the covered item saved", || async {
        let plan = session_plan(&app, &session).await;
        let fields = &plan["session"]["fields"];
        let covered = plan["agenda"][0]["fields"]["covered"].as_bool()?;
        (fields["shared_notes"] == HOSTILE_NOTE
            && fields["private_notes"] == "Slow down when explaining."
            && covered)
            .then_some(())
    })
    .await;

    // The hostile note shows as text: no element was made from it and no script ran.
    app.click_button("Preview").await;
    let inert = app
        .eventually("the note's preview", || async {
            let inert = app
                .client
                .execute(
                    "const previews = [...document.querySelectorAll('.markdown')];
                     const text = previews.map((p) => p.textContent).join(' ');
                     const live = previews.some((p) => p.querySelector('img, script, iframe, [onerror]'));
                     return { text, live };",
                    vec![],
                )
                .await
                .ok()?;
            inert["text"].as_str()?.contains("Tried").then_some(inert)
        })
        .await;
    assert_eq!(
        inert["live"], false,
        "no live element from the note: {inert}"
    );
    assert!(
        inert["text"]
            .as_str()
            .unwrap()
            .contains("<img src=x onerror=alert(1)>"),
        "the markup shows as typed: {inert}"
    );
    assert!(
        inert["text"]
            .as_str()
            .unwrap()
            .contains("<script>alert(2)</script>"),
        "{inert}"
    );
    app.quit().await;

    // Relaunch on the same journal: everything is there.
    let app = App::launch(&dirs, &[]).await;
    app.go(&format!("#/session/{session}")).await;
    app.wait_xpath("//*[contains(., 'Reading a P&L')]").await;
    let covered = app.field("Covered: Prompting basics").await;
    assert!(
        covered.is_selected().await.unwrap(),
        "the covered item stayed covered"
    );
    let plan = session_plan(&app, &session).await;
    assert_eq!(plan["session"]["fields"]["shared_notes"], HOSTILE_NOTE);
    assert_eq!(plan["agenda"].as_array().unwrap().len(), 3);

    // The next session brings the two uncovered items, marked as carried over.
    app.go(&format!("#/partnership/{partnership}/sessions"))
        .await;
    app.click_button("Plan next session").await;
    app.click_button("Plan session").await;
    let next = app
        .eventually("the next session's URL", || async {
            let url = app.client.current_url().await.ok()?;
            let id = url.fragment()?.strip_prefix("/session/")?.to_owned();
            (id != session).then_some(id)
        })
        .await;
    let plan = session_plan(&app, &next).await;
    let carried: Vec<&str> = plan["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["fields"]["text"].as_str().unwrap())
        .collect();
    assert_eq!(carried, ["LinkedIn headline", "Reading a P&L"]);
    app.wait_text("Carried over").await;
    app.quit().await;
}
