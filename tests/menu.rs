//! End-to-end: the menu bar in the real window under Xvfb, driven by keys pressed on the X
//! server as a keyboard would (WebDriver's keys go to the page and never meet the menu bar):
//! its accelerators, its entries picked with Alt and a letter, its editing commands in a text
//! field, and Ctrl+Q; and letters typed into the search box.

mod window;

use fantoccini::Locator;
use twoway_tests::app::{App, AppDirs, twoway};
use window::keysym::{ALT, COMMA, CONTROL, ESCAPE, SHIFT};
use window::press;

fn key(letter: char) -> u32 {
    u32::from(letter)
}

/// The window's route, the part of its address after `#`.
async fn route(app: &App) -> String {
    let url = app
        .client
        .current_url()
        .await
        .expect("the window's address");
    url.fragment().unwrap_or_default().to_owned()
}

async fn wait_route(app: &App, want: &str) {
    app.eventually(&format!("the route {want}"), || async {
        (route(app).await == want).then_some(())
    })
    .await;
}

async fn dialog_open(app: &App, title: &str) -> bool {
    let xpath = format!(
        "//dialog[@open]//*[self::h1 or self::h2][normalize-space()={}]",
        twoway_tests::app::xpath_literal(title)
    );
    app.client
        .find_all(Locator::XPath(&xpath))
        .await
        .is_ok_and(|found| !found.is_empty())
}

async fn wait_dialog(app: &App, title: &str) {
    app.eventually(&format!("the dialog {title}"), || async {
        dialog_open(app, title).await.then_some(())
    })
    .await;
}

async fn search_field_value(app: &App) -> String {
    app.client
        .execute(
            "return document.getElementById('global-search').value;",
            vec![],
        )
        .await
        .expect("the search field")
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test(flavor = "current_thread")]
async fn the_menu_bar_moves_opens_edits_and_quits_with_its_keys() {
    let dirs = AppDirs::new();
    let journal = dirs.path("demo.sqlite3");
    assert!(twoway(&journal, &["demo"]).status.success(), "twoway demo");
    let app = App::launch(&dirs, &["--journal", &journal.to_string_lossy()]).await;
    app.wait_text("sessions held").await;
    let pid = app.pid();

    // Accelerators of the View menu.
    press(pid, &[CONTROL, COMMA]);
    wait_route(&app, "/settings").await;
    press(pid, &[CONTROL, key('2')]);
    wait_route(&app, "/learning").await;
    press(pid, &[CONTROL, key('1')]);
    wait_route(&app, "/").await;

    // An entry picked as a keyboard user does: Alt+H opens Help, K picks Keyboard shortcuts.
    press(pid, &[ALT, key('h')]);
    press(pid, &[key('k')]);
    wait_route(&app, "/settings?focus=keyboard-shortcuts").await;
    app.wait_text("Keyboard shortcuts").await;

    // File → New partnership from anywhere; File → New session in the partnership in view.
    press(pid, &[CONTROL, SHIFT, key('n')]);
    wait_dialog(&app, "New partnership").await;
    press(pid, &[ESCAPE]);
    app.eventually("the dialog closed", || async {
        (!dialog_open(&app, "New partnership").await).then_some(())
    })
    .await;
    let summaries = app.partnership_summaries().await;
    let partnership = summaries["ok"][0]["partnership"]["id"]
        .as_str()
        .expect("a demo partnership")
        .to_owned();
    app.go(&format!("#/partnership/{partnership}/overview"))
        .await;
    wait_route(&app, &format!("/partnership/{partnership}/overview")).await;
    press(pid, &[CONTROL, key('n')]);
    wait_dialog(&app, "Plan the next session").await;
    press(pid, &[ESCAPE]);

    // Typed on the keyboard, every letter stays in the search box (the first one moves to the
    // search view, which once put the box back to that letter).
    let search = app.wait_css("#global-search").await;
    search.click().await.expect("the search field");
    for letter in "budget".chars() {
        press(pid, &[key(letter)]);
    }
    wait_route(&app, "/search?q=budget").await;
    assert_eq!(search_field_value(&app).await, "budget");

    // Edit: the menu takes Ctrl+A, Ctrl+X and Ctrl+V before the page; they must still do what
    // they do in a text field.
    press(pid, &[CONTROL, key('a')]);
    press(pid, &[CONTROL, key('x')]);
    app.eventually("the text cut", || async {
        search_field_value(&app).await.is_empty().then_some(())
    })
    .await;
    press(pid, &[CONTROL, key('v')]);
    app.eventually("the text pasted back", || async {
        (search_field_value(&app).await == "budget").then_some(())
    })
    .await;

    // File → Quit: through the window, which saves first, then the app ends.
    press(pid, &[CONTROL, key('q')]);
    app.wait_until_ended(pid).await;
}
