//! Drives the real app binary through WebKitWebDriver under X (Xvfb in tests), each run on its
//! own temporary journal and data folders.
//!
//! The driver is started directly (not through tauri-driver, whose proxy dropped about one
//! connection in six here) with `TAURI_WEBVIEW_AUTOMATION=true`, without which session creation
//! hangs. It runs in its own process group, killed when the `App` is dropped, so a failing test
//! leaves no app behind.

use fantoccini::{Client, ClientBuilder, Locator};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// How long a test waits for something to appear before failing.
pub const WAIT: Duration = Duration::from_secs(20);

/// The folders one test's app uses; they survive a quit, so a relaunch finds the same journal.
pub struct AppDirs {
    root: tempfile::TempDir,
}

impl AppDirs {
    pub fn new() -> Self {
        Self {
            root: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    /// The journal the app opens by default (inside `TWOWAY_DATA_DIR`).
    pub fn journal(&self) -> PathBuf {
        self.path("data").join(twoway_journal::JOURNAL_FILE_NAME)
    }
}

impl Default for AppDirs {
    fn default() -> Self {
        Self::new()
    }
}

/// Runs `twoway --journal JOURNAL ARGS…` to the end and gives what it printed and its status.
pub fn twoway(journal: &Path, args: &[&str]) -> std::process::Output {
    Command::new(app_binary())
        .arg("--journal")
        .arg(journal)
        .args(args)
        .output()
        .expect("the twoway binary runs")
}

/// Fills `journal` with the demo journal through the command line.
pub fn demo_journal(journal: &Path) {
    let filled = twoway(journal, &["demo"]);
    assert!(
        filled.status.success(),
        "twoway demo failed: {}",
        text(&filled.stderr)
    );
}

/// A command's output as text (lossy: a test reads it, nothing parses it exactly).
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The `twoway` binary built alongside the tests (`target/<profile>/twoway`), or `$TWOWAY_BIN`.
pub fn app_binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("TWOWAY_BIN") {
        return PathBuf::from(bin);
    }
    let exe = std::env::current_exe().expect("the test binary's path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>");
    let bin = profile_dir.join(format!("twoway{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.exists(),
        "{} is missing: `make test` builds the UI and the app before the tests",
        bin.display()
    );
    bin
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Kills a whole process group (the driver and the app it started).
struct ProcessGroup(Child);

impl Drop for ProcessGroup {
    fn drop(&mut self) {
        // `--` keeps `kill` from reading the negative process-group id as an option.
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill")
            .args(["-s", "KILL", "--", &group])
            .status();
        let _ = self.0.wait();
    }
}

pub struct App {
    pub client: Client,
    driver: ProcessGroup,
    /// The binary the driver started.
    binary: PathBuf,
    /// When the driver was asked for the session, which starts the binary: the launch
    /// benchmark's zero (the page reports its moments as wall-clock time, hence not `Instant`).
    pub session_asked: std::time::SystemTime,
    // One app at a time: two instances of one app identifier would meet in the single-instance
    // plugin, and two WebKit processes on two cores only slow each other down.
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

static ONE_APP_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

impl App {
    /// Starts the app on `dirs` with extra command-line `args`, and waits for the window.
    pub async fn launch(dirs: &AppDirs, args: &[&str]) -> App {
        Self::launch_with_env(dirs, args, &[]).await
    }

    pub async fn launch_with_env(dirs: &AppDirs, args: &[&str], env: &[(&str, &str)]) -> App {
        let app = Self::start(dirs, &app_binary(), args, env).await;
        app.wait_css("#app > *").await;
        app
    }

    /// Starts `binary` (the app, or another Tauri app such as the launch benchmark's bare
    /// window) the way [`App::launch`] does, and returns as soon as the driver's session
    /// exists, without waiting for the page: the launch benchmark watches the page itself.
    pub async fn start(dirs: &AppDirs, binary: &Path, args: &[&str], env: &[(&str, &str)]) -> App {
        let turn = ONE_APP_AT_A_TIME.lock().await;
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "the end-to-end tests need a display: run them under xvfb-run (`make test` does)"
        );
        let port = free_port();
        let mut command = Command::new("WebKitWebDriver");
        command
            .arg(format!("--port={port}"))
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .env("TWOWAY_DATA_DIR", dirs.path("data"))
            .env("TMPDIR", dirs.path("tmp"))
            .env("XDG_DATA_HOME", dirs.path("xdg-data"))
            .env("XDG_CACHE_HOME", dirs.path("xdg-cache"))
            .env("XDG_CONFIG_HOME", dirs.path("xdg-config"))
            // No session bus unless the test brings one (`tests/reminders.rs`): the app's
            // reminders must never reach the notifications of the desktop running the tests.
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                format!("unix:path={}", dirs.path("no-session-bus").display()),
            )
            // Software rendering: Xvfb has no GPU.
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            // The common container locale, which WebKit reports as the invalid language "C":
            // the UI must still come up.
            .env("LANG", "C.UTF-8")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        for (key, value) in env {
            command.env(key, value);
        }
        std::fs::create_dir_all(dirs.path("tmp")).expect("the temporary folder");
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let driver = ProcessGroup(
            command
                .spawn()
                .expect("WebKitWebDriver (package webkit2gtk-driver)"),
        );

        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < WAIT, "WebKitWebDriver did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut caps = serde_json::Map::new();
        caps.insert(
            "webkitgtk:browserOptions".into(),
            serde_json::json!({ "binary": binary, "args": args }),
        );
        let session_asked = std::time::SystemTime::now();
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&url)
            .await
            .expect("a WebDriver session with the app");
        App {
            client,
            driver,
            binary: binary.to_owned(),
            session_asked,
            _turn: turn,
        }
    }

    /// Closes the window and ends the app.
    pub async fn quit(self) {
        let _ = self.client.close().await;
        // Dropping the process group kills anything left.
    }

    /// The app's process id. The driver starts the app as its child.
    pub fn pid(&self) -> u32 {
        let driver = self.driver.0.id();
        let binary = self.binary.canonicalize().expect("the app binary's path");
        let entries = std::fs::read_dir("/proc").expect("/proc");
        entries
            .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .find(|&pid| {
                let child_of_driver =
                    process_status(pid).is_some_and(|(_, parent)| parent == driver);
                child_of_driver
                    && std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == binary)
            })
            .expect("the app's process, a child of the driver")
    }

    /// Waits until the process `pid` has ended (a zombie its parent has not reaped counts).
    pub async fn wait_until_ended(&self, pid: u32) {
        self.eventually("the app's process to end", || async {
            process_status(pid)
                .is_none_or(|(state, _)| state == 'Z' || state == 'X')
                .then_some(())
        })
        .await;
    }

    /// Waits for an element matching `css`.
    pub async fn wait_css(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css:?} appeared: {e}"))
    }

    /// Waits for an element matching the XPath `xpath`.
    pub async fn wait_xpath(&self, xpath: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::XPath(xpath))
            .await
            .unwrap_or_else(|e| panic!("no element {xpath:?} appeared: {e}"))
    }

    /// Waits for a button (or link styled as one) whose text is `text`, and clicks it.
    ///
    /// With the menu bar above the page, WebKitWebDriver calls a button shown in the last
    /// pixels of the page (a tall dialog's footer, about the menu bar's height from the bottom)
    /// not interactable; such a button is pressed from the keyboard instead (focused, then
    /// Enter), as a keyboard user would.
    pub async fn click_button(&self, text: &str) {
        let xpath = format!("//button[normalize-space()={}]", xpath_literal(text));
        let button = self.wait_xpath(&xpath).await;
        match button.click().await {
            Err(fantoccini::error::CmdError::Standard(e))
                if e.error == fantoccini::error::ErrorStatus::ElementNotInteractable =>
            {
                button
                    .send_keys(&char::from(fantoccini::key::Key::Enter).to_string())
                    .await
                    .unwrap_or_else(|e| panic!("press {text:?} from the keyboard: {e:?}"));
            }
            result => result.unwrap_or_else(|e| panic!("click {text:?}: {e:?}")),
        }
    }

    /// The form control whose `<label>` starts with `label` (or whose `aria-label` is `label`).
    pub async fn field(&self, label: &str) -> fantoccini::elements::Element {
        let literal = xpath_literal(label);
        let xpath = format!(
            "//*[@id=//label[starts-with(normalize-space(), {literal})]/@for] | //*[@aria-label={literal}]"
        );
        self.wait_xpath(&xpath).await
    }

    /// Types `text` into the field labelled `label`.
    pub async fn type_into(&self, label: &str, text: &str) {
        let field = self.field(label).await;
        field
            .click()
            .await
            .unwrap_or_else(|e| panic!("focus {label:?}: {e}"));
        field
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type into {label:?}: {e}"));
    }

    /// Polls `probe` until it returns `Some`, or fails after `WAIT` with `what`.
    pub async fn eventually<T, F, Fut>(&self, what: &str, mut probe: F) -> T
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Option<T>>,
    {
        let started = Instant::now();
        loop {
            if let Some(value) = probe().await {
                return value;
            }
            assert!(started.elapsed() < WAIT, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// Waits until the page's text contains `text`.
    pub async fn wait_text(&self, text: &str) {
        let started = Instant::now();
        loop {
            if self.body_text().await.contains(text) {
                return;
            }
            assert!(started.elapsed() < WAIT, "the page never showed {text:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn body_text(&self) -> String {
        match self.client.find(Locator::Css("body")).await {
            Ok(body) => body.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// Goes to a route of the app (`#/learning`).
    pub async fn go(&self, hash: &str) {
        self.client
            .execute(
                "location.hash = arguments[0]; return null;",
                vec![hash.into()],
            )
            .await
            .expect("navigate");
    }

    /// Today's summaries of the journal's partnerships, in the sidebar's order.
    pub async fn partnership_summaries(&self) -> serde_json::Value {
        let today = chrono::Local::now().date_naive().to_string();
        self.invoke(
            "partnership_summaries",
            serde_json::json!({ "today": today }),
        )
        .await
    }

    /// The ids the routes of a journal's views need: its partnerships in the sidebar's order,
    /// and the sessions of the first.
    pub async fn route_ids(&self) -> (Vec<String>, Vec<String>) {
        let id = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
        let partnerships: Vec<String> = self.partnership_summaries().await["ok"]
            .as_array()
            .expect("summaries")
            .iter()
            .map(|s| id(&s["partnership"]["id"]))
            .collect();
        let sessions = self
            .invoke(
                "sessions",
                serde_json::json!({ "partnership": partnerships[0] }),
            )
            .await;
        let sessions = sessions["ok"]
            .as_array()
            .expect("sessions")
            .iter()
            .map(|s| id(&s["id"]))
            .collect();
        (partnerships, sessions)
    }

    /// Calls a command the way the UI does and returns its result.
    pub async fn invoke(&self, command: &str, args: serde_json::Value) -> serde_json::Value {
        self.client
            .execute_async(
                "const [command, args, done] = arguments;
                 window.__TAURI_INTERNALS__.invoke(command, args)
                   .then((value) => done({ ok: value }), (error) => done({ err: error }));",
                vec![command.into(), args],
            )
            .await
            .expect("invoke")
    }

    /// [`App::invoke`] for a command that tells its progress on a channel (an import and its
    /// plan take one as `progress`): the page makes the channel, and what it hears is dropped.
    pub async fn invoke_with_progress(
        &self,
        command: &str,
        args: serde_json::Value,
    ) -> serde_json::Value {
        self.client
            .execute_async(
                "const [command, args, done] = arguments;
                 const channel = window.__TAURI_INTERNALS__.transformCallback(() => {});
                 const progress = `__CHANNEL__:${channel}`;
                 window.__TAURI_INTERNALS__.invoke(command, { ...args, progress })
                   .then((value) => done({ ok: value }), (error) => done({ err: error }));",
                vec![command.into(), args],
            )
            .await
            .expect("invoke")
    }
}

/// A process's state letter and parent id, from `/proc/<pid>/stat`; `None` once it is gone.
fn process_status(pid: u32) -> Option<(char, u32)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name in parentheses may hold spaces and parentheses: read after the last `)`.
    let mut fields = stat[stat.rfind(')')? + 1..].split_whitespace();
    let state = fields.next()?.chars().next()?;
    let parent = fields.next()?.parse().ok()?;
    Some((state, parent))
}

/// `text` as an XPath string literal, whatever quotes it holds.
pub fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        return format!("'{text}'");
    }
    if !text.contains('"') {
        return format!("\"{text}\"");
    }
    let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
    format!("concat({})", parts.join(", \"'\", "))
}
