//! End-to-end: the real app binary, its real webview and a real journal file, driven through
//! WebKitWebDriver. Run under Xvfb (`make test` does).

mod window;

use twoway_tests::app::{App, AppDirs, demo_journal, text, twoway};
use window::send_close_request;

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

/// A piece of `text` any rendering shows as it is: its longest run of letters, digits and
/// spaces, when long enough to be distinctive.
fn verbatim_run(text: &str) -> Option<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == ' '))
        .map(str::trim)
        .max_by_key(|run| run.len())
        .filter(|run| run.len() >= 16)
        .map(str::to_owned)
}

#[tokio::test(flavor = "current_thread")]
async fn an_export_shows_what_leaves_and_its_pack_merges_into_another_journal() {
    let dirs = AppDirs::new();
    let a = dirs.path("a.sqlite3");
    demo_journal(&a);
    let a_arg = a.to_string_lossy().into_owned();
    let app = App::launch(&dirs, &["--journal", &a_arg]).await;
    let summaries = app.partnership_summaries().await;
    let first = &summaries["ok"][0]["partnership"];
    let partnership = first["id"].as_str().expect("a partnership").to_owned();
    let partner = first["fields"]["partner_name"]
        .as_str()
        .expect("a name")
        .to_owned();

    // The dialog counts what leaves from the real journal, and names what stays.
    app.go(&format!("#/partnership/{partnership}/overview"))
        .await;
    app.click_button("Export…").await;
    app.wait_text("What leaves this computer").await;
    app.wait_text("Stays here:").await;

    // "Show exactly what leaves" shows the export itself: a session's shared notes are in it,
    // its private notes are not.
    let sessions = app
        .invoke(
            "sessions",
            serde_json::json!({ "partnership": partnership }),
        )
        .await;
    let (shared, private) = sessions["ok"]
        .as_array()
        .expect("the partnership's sessions")
        .iter()
        .find_map(|s| {
            let notes = |field: &str| s["fields"][field].as_str().and_then(verbatim_run);
            Some((notes("shared_notes")?, notes("private_notes")?))
        })
        .expect("a demo session with shared and private notes");
    app.click_button("Show exactly what leaves").await;
    app.wait_text(&shared).await;
    assert!(
        !app.body_text().await.contains(&private),
        "the private notes {private:?} are not shown as leaving"
    );

    // Saving goes through the system's dialog; the command it leads to is called as the
    // dialog's answer would call it.
    let pack = dirs.path("shared.json");
    let export = serde_json::json!({
        "format": "pack",
        "scope": { "kind": "partnership", "id": partnership },
        "audience": "shared",
        "path": pack.to_string_lossy(),
        "replace": false,
    });
    let written = app.invoke("export_to", export.clone()).await;
    assert_eq!(written["ok"]["files"], 1, "{written}");
    let again = app.invoke("export_to", export).await;
    assert_eq!(
        again["err"]["code"], "Exists",
        "an existing file is not replaced unasked: {again}"
    );
    app.quit().await;
    let text = std::fs::read_to_string(&pack).expect("the pack was written");
    assert!(text.contains("\"audience\": \"shared\""), "a shared pack");

    // Another journal: the plan is shown first and writes nothing; the import writes it all;
    // a cut pack is refused.
    let b_dirs = AppDirs::new();
    let app = App::launch(&b_dirs, &[]).await;
    let options = serde_json::json!({ "from_partner": false, "into_partnership": null });
    let args = serde_json::json!({ "path": pack.to_string_lossy(), "options": options });
    let plan = app.invoke_with_progress("plan_import", args.clone()).await;
    let added = plan["ok"]["added"].as_u64().expect("a plan");
    assert!(added > 10, "{plan}");
    let still_empty = app.invoke("trashed", serde_json::json!({})).await;
    assert!(still_empty.get("ok").is_some());
    let replan = app.invoke_with_progress("plan_import", args.clone()).await;
    assert_eq!(replan["ok"]["added"], added, "planning wrote nothing");
    let done = app.invoke_with_progress("import_pack", args.clone()).await;
    assert_eq!(done["ok"]["added"], added, "{done}");
    let twice = app.invoke_with_progress("import_pack", args).await;
    assert_eq!(twice["ok"]["added"], 0, "{twice}");
    assert_eq!(twice["ok"]["updated"], 0, "{twice}");

    let cut = b_dirs.path("cut.json");
    std::fs::write(&cut, &text.as_bytes()[..text.len() / 2]).unwrap();
    let refused = app
        .invoke_with_progress(
            "plan_import",
            serde_json::json!({ "path": cut.to_string_lossy(), "options": options }),
        )
        .await;
    assert_eq!(refused["err"]["code"], "PackRefused", "{refused}");

    let imported = app
        .invoke("get_partnership", serde_json::json!({ "id": partnership }))
        .await;
    assert_eq!(imported["ok"]["fields"]["partner_name"], partner.as_str());
    app.quit().await;
}

#[tokio::test(flavor = "current_thread")]
async fn an_agenda_item_made_private_with_one_click_stays_out_of_the_shared_markdown() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs, &[]).await;
    let session = open_a_session(&app).await;
    let shared = "Budget prompts we try together";
    let private = "My doubts about the headcount plan";
    for (n, item) in [shared, private].iter().enumerate() {
        app.type_into("Add an agenda item", &format!("{item}{}", enter()))
            .await;
        app.eventually("the agenda item saved", || async {
            let plan = session_plan(&app, &session).await;
            (plan["agenda"].as_array()?.len() == n + 1).then_some(())
        })
        .await;
    }

    // One click on the second item's lock toggle, as a person would.
    app.wait_xpath(
        "(//li[contains(@class, 'agenda-item')])[2]//button[@aria-pressed='false'][starts-with(@aria-label, 'Shared:')]",
    )
    .await
    .click()
    .await
    .expect("the toggle clicked");
    app.wait_xpath(
        "(//li[contains(@class, 'agenda-item')])[2]//button[@aria-pressed='true'][normalize-space()='Only me']",
    )
    .await;
    app.eventually("the item saved as private", || async {
        let plan = session_plan(&app, &session).await;
        let items = plan["agenda"].as_array()?;
        (items[1]["fields"]["text"] == private && items[1]["fields"]["visibility"] == "private")
            .then_some(())
    })
    .await;
    assert_eq!(
        session_plan(&app, &session).await["agenda"][0]["fields"]["visibility"],
        "shared"
    );

    // Saving goes through the system's dialog; the command it leads to is called as the
    // dialog's answer would call it.
    let file = dirs.path("for-priya.md");
    let written = app
        .invoke(
            "export_to",
            serde_json::json!({
                "format": "markdown",
                "scope": { "kind": "session", "id": session },
                "audience": "shared",
                "path": file.to_string_lossy(),
                "replace": false,
            }),
        )
        .await;
    assert_eq!(written["ok"]["files"], 1, "{written}");
    app.quit().await;
    let text = std::fs::read_to_string(&file).expect("the Markdown was written");
    assert!(
        text.contains(shared),
        "the shared item goes to the partner:\n{text}"
    );
    assert!(
        !text.contains(private),
        "the private item stays on this computer:\n{text}"
    );
}

/// Typed into the shared notes just before the app is ended.
const LAST_WORDS: &str = "We agreed to try prompts on next quarter's budget.";

/// A partnership with one planned session, open in the window; the session's id.
async fn open_a_session(app: &App) -> String {
    let partnership = app
        .invoke(
            "create_partnership",
            serde_json::json!({ "fields": {
                "partner_name": "Priya Raman", "partner_role": "Data analyst",
                "i_learn": [], "i_teach": [], "status": "active", "started_on": "2026-01-05",
                "ends_on": null, "cadence": null, "agreement": "", "agreement_revisit_on": null,
            }}),
        )
        .await;
    let partnership = partnership["ok"]["id"].as_str().expect("a partnership");
    let session = app
        .invoke(
            "create_session",
            serde_json::json!({ "fields": {
                "partnership_id": partnership, "starts_at": "2026-03-09T10:00:00+01:00",
                "duration_minutes": 60, "status": "held", "title": "Prompting for finance",
                "place": "", "shared_notes": "", "private_notes": "",
            }}),
        )
        .await;
    let session = session["ok"]["session"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("a session: {session}"))
        .to_owned();
    app.go(&format!("#/session/{session}")).await;
    app.field("Shared notes").await;
    session
}

/// Types `LAST_WORDS` into the session's shared notes, ends the app with `end` at once, waits
/// for its process to go, and relaunches it on the same journal: the words must be there.
async fn typed_words_survive(end: impl AsyncFnOnce(&App, u32)) {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs, &[]).await;
    let session = open_a_session(&app).await;
    let pid = app.pid();
    app.type_into("Shared notes", LAST_WORDS).await;
    end(&app, pid).await;
    app.wait_until_ended(pid).await;
    drop(app);

    let app = App::launch(&dirs, &[]).await;
    let plan = session_plan(&app, &session).await;
    assert_eq!(
        plan["session"]["fields"]["shared_notes"], LAST_WORDS,
        "what was typed just before the end was saved"
    );
    app.go(&format!("#/session/{session}")).await;
    let notes = app.field("Shared notes").await;
    app.eventually("the notes in the window", || async {
        (notes.prop("value").await.ok()?? == LAST_WORDS).then_some(())
    })
    .await;
    app.quit().await;
}

#[tokio::test(flavor = "current_thread")]
async fn closing_the_window_right_after_typing_keeps_what_was_typed() {
    typed_words_survive(async |_, pid| send_close_request(pid)).await;
}

#[tokio::test(flavor = "current_thread")]
async fn ctrl_q_right_after_typing_keeps_what_was_typed() {
    typed_words_survive(async |app, _| {
        let ctrl_q = format!("{}q", char::from(fantoccini::key::Key::Control));
        // The app may save and end before the driver answers the key press, and the driver
        // then reports an unknown error: whether Ctrl+Q worked is what follows, the process
        // ending and the words being there after a relaunch.
        let _ = app.field("Shared notes").await.send_keys(&ctrl_q).await;
    })
    .await;
}

/// Sends `signal` to the process `pid`.
fn signal(pid: u32, signal: &str) {
    let sent = std::process::Command::new("kill")
        .args(["-s", signal, &pid.to_string()])
        .status();
    assert!(sent.is_ok_and(|s| s.success()), "kill -{signal} {pid}");
}

#[tokio::test(flavor = "current_thread")]
async fn sigterm_right_after_typing_keeps_what_was_typed() {
    // What a logout or shutdown sends.
    typed_words_survive(async |_, pid| signal(pid, "TERM")).await;
}

#[tokio::test(flavor = "current_thread")]
async fn sigint_right_after_typing_keeps_what_was_typed() {
    typed_words_survive(async |_, pid| signal(pid, "INT")).await;
}

const PASSPHRASE: &str = "paper lantern orbit";

#[tokio::test(flavor = "current_thread")]
async fn encrypting_in_settings_then_relaunching_asks_for_the_passphrase() {
    use fantoccini::Locator;
    let dirs = AppDirs::new();
    let journal = dirs.path("mine.sqlite3");
    demo_journal(&journal);
    let journal_arg = journal.to_string_lossy().into_owned();
    let app = App::launch(&dirs, &["--journal", &journal_arg]).await;

    app.go("#/settings").await;
    app.click_button("Encrypt this journal…").await;
    app.wait_text("lost or stolen laptop").await;
    app.click_button("Continue").await;
    app.type_into("New passphrase", PASSPHRASE).await;
    app.type_into("The same passphrase again", PASSPHRASE).await;
    app.click_button("Encrypt").await;
    let key = app.wait_css("[aria-label='Recovery key']").await;
    let groups = key.text().await.expect("the recovery key");
    let count = groups
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|group| group.len() == 4)
        .count();
    assert_eq!(count, 13, "{groups:?}");
    let done = "//button[normalize-space()='Done']";
    assert!(
        !app.wait_xpath(done).await.is_enabled().await.unwrap(),
        "Done waits for the checkbox"
    );
    app.wait_xpath("//label[normalize-space()='I have saved the recovery key']/input")
        .await
        .click()
        .await
        .expect("tick the checkbox");
    app.click_button("Done").await;
    app.wait_text("Change passphrase…").await;
    let header = std::fs::read(&journal).expect("the journal file");
    assert!(
        !header.starts_with(b"SQLite format 3\0"),
        "the file on disk is encrypted"
    );

    let pid = app.pid();
    let ctrl_q = format!("{}q", char::from(fantoccini::key::Key::Control));
    // The app may end before the driver answers the key press.
    if let Ok(body) = app.client.find(Locator::Css("body")).await {
        let _ = body.send_keys(&ctrl_q).await;
    }
    app.wait_until_ended(pid).await;
    drop(app);

    let app = App::launch(&dirs, &["--journal", &journal_arg]).await;
    app.wait_text("Unlock mine.sqlite3").await;
    let status = app.invoke("journal_status", serde_json::json!({})).await;
    assert_eq!(status["ok"]["locked"], true, "{status}");
    app.type_into("Passphrase", &format!("not {PASSPHRASE}{}", enter()))
        .await;
    app.wait_text("That passphrase does not open this journal")
        .await;
    let field = app.field("Passphrase").await;
    field.clear().await.expect("clear the passphrase");
    field
        .send_keys(&format!("{PASSPHRASE}{}", enter()))
        .await
        .expect("type the passphrase");
    app.wait_text("Sam Okoye").await;
    let status = app.invoke("journal_status", serde_json::json!({})).await;
    assert_eq!(status["ok"]["locked"], false, "{status}");
    assert_eq!(status["ok"]["encrypted"], true, "{status}");
    app.quit().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_pack_the_app_is_started_on_opens_in_the_import_dialog_and_imports() {
    let dirs = AppDirs::new();
    // The partner's pack, made by the command line as the export dialog would name it.
    let partner = dirs.path("partner.sqlite3");
    assert!(twoway(&partner, &["demo"]).status.success());
    let pack = dirs.path("Twoway journal.twowaypack");
    let pack_arg = pack.to_string_lossy().into_owned();
    let out = twoway(
        &partner,
        &["export", "--format", "json", "--out", &pack_arg],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));

    // As a double-click on it starts Twoway: the pack is the only argument.
    let app = App::launch(&dirs, &[&pack_arg]).await;
    app.wait_xpath(
        "//dialog[@open][.//h2[normalize-space()='Import a pack']]\
         //*[@title and normalize-space()='Twoway journal.twowaypack']",
    )
    .await;
    app.wait_text(" to add,").await;
    let again = app.invoke("take_opened_pack", serde_json::json!({})).await;
    assert!(
        again["ok"].is_null(),
        "the pack is handed out once: {again}"
    );
    app.click_button("Import").await;
    app.wait_text("Imported: ").await;
    let summaries = app.partnership_summaries().await;
    assert!(
        summaries["ok"].as_array().is_some_and(|p| !p.is_empty()),
        "the partner's shared partnerships came in: {summaries}"
    );
    app.quit().await;
}
