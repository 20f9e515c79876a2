//! Accessible by measurement: axe-core (the UI's npm dev dependency) runs inside the real
//! window on every main view and dialog of the demo journal, light and dark, and the test fails
//! on any critical or serious violation of WCAG 2.1 A/AA or of axe's best practices.
//!
//! WebDriver's execute-script runs axe without loosening the app's content security policy.
//! Run under Xvfb (`make test` does); `--nocapture` prints every violation found, whatever its
//! impact, per rule and view.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};
use twoway_journal::language::Language;
use twoway_tests::app::{App, AppDirs, twoway};

/// The rule sets axe runs.
const TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/// The impacts that fail the test.
const FAILING: [&str; 2] = ["critical", "serious"];

/// axe-core's browser build, installed by `npm ci` in `ui/`.
fn axe_source() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("ui")
        .join("node_modules")
        .join("axe-core")
        .join("axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{} is missing ({e}): `make test` installs the UI's npm packages",
            path.display()
        )
    })
}

/// One rule's violations in one view.
struct Violation {
    view: String,
    rule: String,
    impact: String,
    help: String,
    elements: usize,
    targets: Vec<String>,
    why: Vec<String>,
}

/// The window, with axe injected once (the hash router never reloads the page).
struct Audit {
    app: App,
    theme: &'static str,
    violations: Vec<Violation>,
}

impl Audit {
    async fn new(theme: &'static str, dirs: &AppDirs, args: &[&str], env: &[(&str, &str)]) -> Self {
        let app = App::launch_with_env(dirs, args, env).await;
        let _ = app.client.set_window_rect(0, 0, 1280, 860).await;
        let injected = app
            .client
            .execute(
                &format!("{}\nreturn typeof window.axe;", axe_source()),
                vec![],
            )
            .await
            .expect("axe-core injected");
        assert_eq!(injected, "object", "axe-core defined in the window");
        let dark = app
            .client
            .execute(
                "return matchMedia('(prefers-color-scheme: dark)').matches;",
                vec![],
            )
            .await
            .expect("the colour scheme");
        assert_eq!(dark, theme == "dark", "the window is in the {theme} theme");
        Audit {
            app,
            theme,
            violations: Vec::new(),
        }
    }

    /// Runs `script` in the window, ignoring what it returns.
    async fn run(&self, script: &str) {
        self.app
            .client
            .execute(&format!("{script}; return null;"), vec![])
            .await
            .unwrap_or_else(|e| panic!("{script}: {e}"));
    }

    /// Waits until nothing in the window says it is loading, then a moment for what follows.
    async fn settle(&self) {
        self.app
            .eventually("the view to finish loading", || async {
                let busy = self
                    .app
                    .client
                    .execute(
                        "return !!document.querySelector('[aria-busy=\"true\"]') \
                         || !document.querySelector('#main > *');",
                        vec![],
                    )
                    .await
                    .ok()?;
                (busy == false).then_some(())
            })
            .await;
        tokio::time::sleep(Duration::from_millis(400)).await;
    }

    /// Goes to `hash` and checks the view.
    async fn view(&mut self, name: &str, hash: &str) {
        self.app.go(hash).await;
        self.settle().await;
        self.check(name).await;
    }

    /// Clicks the button whose text is `button`.
    async fn click(&self, button: &str) {
        // A script's click, not the driver's: a click at the button's place on the screen
        // can land on whatever a late layout shift moved there.
        let clicked = self
            .app
            .client
            .execute(
                "const button = [...document.querySelectorAll('button')]
                   .find((b) => b.textContent.trim() === arguments[0]);
                 button?.click();
                 return !!button;",
                vec![button.into()],
            )
            .await
            .expect("the button clicked");
        assert_eq!(clicked, true, "no button {button:?}");
    }

    /// Clicks the button whose text is `button`, checks the dialog it opens, and closes it.
    async fn dialog(&mut self, name: &str, button: &str) {
        self.click(button).await;
        self.opened(name).await;
    }

    /// Checks the dialog just opened, and closes it.
    async fn opened(&mut self, name: &str) {
        self.app.wait_css("dialog[open]").await;
        self.settle().await;
        self.check(name).await;
        self.close_dialog().await;
    }

    async fn close_dialog(&self) {
        self.run("document.querySelectorAll('dialog[open]').forEach((d) => d.close())")
            .await;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    /// Runs axe on the whole document and keeps what it found.
    async fn check(&mut self, name: &str) {
        let started = Instant::now();
        let found = self
            .app
            .client
            .execute_async(
                "const [tags, done] = arguments;
                 axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
                   .then((results) => done({ ok: results.violations.map((v) => ({
                      id: v.id, impact: v.impact, help: v.help, elements: v.nodes.length,
                      targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')),
                      // What fails, once each: colours, ratios, or axe's own words.
                      why: [...new Set(v.nodes.map((n) => {
                        const d = n.any[0] && n.any[0].data;
                        return d && d.fgColor
                          ? `${d.fgColor} on ${d.bgColor}: ${d.contrastRatio}, needs ${d.expectedContrastRatio}`
                          : (n.any[0] || n.all[0] || n.none[0] || {}).message;
                      }))],
                   })) }), (error) => done({ err: String(error) }));",
                vec![serde_json::json!(TAGS)],
            )
            .await
            .expect("axe ran");
        let violations = found["ok"]
            .as_array()
            .unwrap_or_else(|| panic!("axe failed on {name}: {found}"));
        let view = format!("{name} ({})", self.theme);
        println!(
            "{view}: {} rule(s) in {} ms",
            violations.len(),
            started.elapsed().as_millis()
        );
        let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
        for v in violations {
            self.violations.push(Violation {
                view: view.clone(),
                rule: text(&v["id"]),
                impact: text(&v["impact"]),
                help: text(&v["help"]),
                elements: v["elements"].as_u64().unwrap_or_default() as usize,
                targets: v["targets"]
                    .as_array()
                    .map(|t| t.iter().map(text).collect())
                    .unwrap_or_default(),
                why: v["why"]
                    .as_array()
                    .map(|t| t.iter().map(text).collect())
                    .unwrap_or_default(),
            });
        }
    }
}

/// Every main view and dialog of the demo journal in one window, in `language` (the buttons
/// are found by their words in it, from the catalogue the window shows).
async fn tour(theme: &'static str, env: &[(&str, &str)], language: Language) -> Vec<Violation> {
    let say = |id: &str| language.text(id, &[]);
    let dirs = AppDirs::new();
    let journal = dirs.path("demo.sqlite3");
    assert!(twoway(&journal, &["demo"]).status.success(), "twoway demo");
    let journal_arg = journal.to_string_lossy().into_owned();
    let mut audit = Audit::new(theme, &dirs, &["--journal", &journal_arg], env).await;
    let (partnerships, sessions) = audit.app.route_ids().await;
    let p = &partnerships[0];
    let planned = &sessions[0];
    let held = sessions.get(2).unwrap_or(planned);

    audit.view("home", "#/").await;
    audit
        .run(&format!(
            "document.querySelector('[aria-label=\"{}\"]').click()",
            say("sidebar-new-partnership")
        ))
        .await;
    audit.opened("new partnership").await;
    audit
        .run("document.querySelector('button.capture').click()")
        .await;
    audit.opened("quick capture").await;

    let tab = |tab: &str| format!("#/partnership/{p}/{tab}");
    audit.view("overview", &tab("overview")).await;
    audit
        .dialog("export partnership", &say("partnership-export"))
        .await;
    audit.dialog("import", &say("partnership-import")).await;
    audit
        .dialog("shared folder", &say("partnership-folder"))
        .await;
    audit
        .dialog("record of learning", &say("partnership-record"))
        .await;
    audit.view("sessions", &tab("sessions")).await;
    audit
        .dialog("plan session", &say("partnership-plan-next"))
        .await;
    audit.view("goals", &tab("goals")).await;
    audit.dialog("add goal", &say("goal-add")).await;
    audit.view("skills", &tab("skills")).await;
    audit.view("feedback", &tab("feedback")).await;
    audit
        .dialog("add feedback", &say("feedback-add-title"))
        .await;

    // The agreement with its versions: the demo's second partnership adopted two.
    let with_versions = partnerships.get(1).unwrap_or(p);
    audit
        .view(
            "agreement",
            &format!("#/partnership/{with_versions}/overview"),
        )
        .await;
    audit
        .run("document.querySelector('details.versions')?.setAttribute('open', '')")
        .await;
    audit.settle().await;
    audit.check("agreement versions").await;
    audit
        .run(
            "[...document.querySelectorAll('details.versions button')].find((b) => !b.disabled).click()",
        )
        .await;
    audit.opened("agreement compare").await;

    audit
        .view("planned session", &format!("#/session/{planned}"))
        .await;
    audit
        .dialog("apply template", &say("agenda-apply-template"))
        .await;
    audit
        .dialog("save as template", &say("agenda-save-as-template"))
        .await;
    audit
        .view("held session", &format!("#/session/{held}"))
        .await;
    audit.click(&say("session-export")).await;
    audit.app.wait_css("dialog[open]").await;
    audit.settle().await;
    audit.check("export session").await;
    audit.click(&say("share-export-show-document")).await;
    audit.settle().await;
    audit.check("export session, what leaves").await;
    audit.close_dialog().await;

    audit.view("learning log", "#/learning").await;
    audit.view("search", "#/search?q=linkedin").await;
    audit
        .view("search, nothing found", "#/search?q=zebraquartz")
        .await;
    audit.view("trash, empty", "#/trash").await;
    audit.view("settings", "#/settings").await;
    audit
        .dialog("export journal", &say("settings-share-export"))
        .await;
    audit
        .dialog("programme report", &say("settings-programme-write"))
        .await;
    audit
        .dialog("encrypt", &say("settings-encryption-encrypt"))
        .await;

    let trashed = audit
        .app
        .invoke(
            "trash_record",
            serde_json::json!({ "kind": "session", "id": held }),
        )
        .await;
    assert!(trashed.get("ok").is_some(), "not trashed: {trashed}");
    audit.view("trash", "#/trash").await;
    audit
        .run(&format!(
            "document.querySelector('[aria-label^=\"{}\"]').click()",
            say("trash-delete-forever")
        ))
        .await;
    audit.opened("delete forever").await;
    audit.app.quit().await;

    // A journal with nothing in it yet greets its user.
    let empty = AppDirs::new();
    let mut first_run = Audit::new(theme, &empty, &[], env).await;
    first_run.settle().await;
    first_run.check("first run").await;
    first_run.app.quit().await;
    audit.violations.extend(first_run.violations);
    audit.violations
}

/// The violations per rule: impact, elements, views, and what fails.
fn summary(violations: &[Violation]) -> String {
    type Rule<'a> = (usize, Vec<&'a str>, BTreeSet<&'a str>, &'a [String]);
    let mut rules: BTreeMap<(&str, &str), Rule> = BTreeMap::new();
    for v in violations {
        let entry = rules
            .entry((&v.impact, &v.rule))
            .or_insert_with(|| (0, Vec::new(), BTreeSet::new(), &v.targets));
        entry.0 += v.elements;
        entry.1.push(&v.view);
        entry.2.extend(v.why.iter().map(String::as_str));
    }
    rules
        .iter()
        .map(|((impact, rule), (elements, views, why, targets))| {
            let why: Vec<&str> = why.iter().copied().collect();
            format!(
                "{rule} ({impact}): {elements} element(s) in {} view(s): {}\n    at {}\n    {}\n",
                views.len(),
                views.join(", "),
                targets.join(", "),
                why.join("\n    ")
            )
        })
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn every_view_and_dialog_has_no_critical_or_serious_axe_violation_light_and_dark() {
    let mut violations = tour("light", &[], Language::En).await;
    violations.extend(tour("dark", &[("GTK_THEME", "Adwaita:dark")], Language::En).await);
    // German words are longer and ordered otherwise: a label must still hold its visible text.
    violations.extend(tour("light, German", &[("LANGUAGE", "de_DE")], Language::De).await);
    println!("axe-core found:\n{}", summary(&violations));
    let failing: Vec<String> = violations
        .iter()
        .filter(|v| FAILING.contains(&v.impact.as_str()))
        .map(|v| {
            format!(
                "{} ({}) in {}: {}, {} element(s): {} [{}]",
                v.rule,
                v.impact,
                v.view,
                v.help,
                v.elements,
                v.targets.join(", "),
                v.why.join("; ")
            )
        })
        .collect();
    assert!(
        failing.is_empty(),
        "critical or serious accessibility violations:\n{}",
        failing.join("\n")
    );
}
