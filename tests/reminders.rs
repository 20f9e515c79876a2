//! Reminders end to end: the real app, its clock set with `TWOWAY_NOW`, shows what the journal
//! says is due through the desktop's notification service, and a click opens the session.
//!
//! The notification service is python-dbusmock's `notification_daemon` template (Debian
//! `python3-dbusmock`), on a D-Bus session bus of the test's own: a `dbus-daemon` with a
//! configuration that listens on a socket in the test's folder and activates nothing, so no
//! desktop's bus or notification daemon is ever involved, and the app is told its address. The
//! mock records every `Notify` call; the test reads them back through its `GetMethodCalls`.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Instant;
use twoway_journal::model::*;
use twoway_journal::reminders::ReminderSettings;
use twoway_journal::{Journal, ManualClock};
use twoway_tests::app::{App, AppDirs, WAIT, app_binary};

mod window;

/// Put into every private text the reminders could reach; no notification may hold it.
const PROBE: &str = "PROBE-PRIVATE-7731";

/// The app's "now", given to it as `TWOWAY_NOW`.
const NOW: &str = "2026-03-02T09:00:00+01:00";

/// Debian's Python, which `python3-dbusmock` (and the `dbus` module it brings) installs into.
const PYTHON: &str = "/usr/bin/python3";

/// Prints every `Notify` call the mock received, as JSON.
const READ_CALLS: &str = r#"
import dbus, json
mock = dbus.Interface(
    dbus.SessionBus().get_object("org.freedesktop.Notifications", "/org/freedesktop/Notifications"),
    "org.freedesktop.DBus.Mock")
print(json.dumps([
    {"app": str(a[0]), "summary": str(a[3]), "body": str(a[4]),
     "actions": [str(x) for x in a[5]]}
    for _, a in mock.GetMethodCalls("Notify")]))
"#;

/// Sends what a notification daemon sends when notification `argv[1]` is clicked.
const CLICK: &str = r#"
import dbus, sys
mock = dbus.Interface(
    dbus.SessionBus().get_object("org.freedesktop.Notifications", "/org/freedesktop/Notifications"),
    "org.freedesktop.DBus.Mock")
mock.EmitSignal("org.freedesktop.Notifications", "ActionInvoked", "us",
                [dbus.UInt32(int(sys.argv[1])), "default"])
"#;

/// A child process that is killed when the test ends, however it ends.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A session bus with a recording notification daemon on it.
struct NotificationBus {
    address: String,
    // Dropped in this order: the daemon first, then its bus.
    _mock: Killed,
    _bus: Killed,
}

#[derive(Debug)]
struct Notified {
    app: String,
    summary: String,
    body: String,
    actions: Vec<String>,
}

impl NotificationBus {
    fn start(dir: &Path) -> Self {
        std::fs::create_dir_all(dir).unwrap();
        let socket = dir.join("bus");
        let config = dir.join("bus.conf");
        std::fs::write(
            &config,
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                socket.display()
            ),
        )
        .unwrap();
        let bus = Killed(
            Command::new("dbus-daemon")
                .arg(format!("--config-file={}", config.display()))
                .arg("--nofork")
                .stdout(Stdio::null())
                .spawn()
                .expect("dbus-daemon (Debian package dbus)"),
        );
        let address = format!("unix:path={}", socket.display());
        let started = Instant::now();
        while !socket.exists() {
            assert!(started.elapsed() < WAIT, "the session bus did not start");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let mock = Killed(
            Command::new(PYTHON)
                .args(["-m", "dbusmock", "--session", "-t", "notification_daemon"])
                .arg("-l")
                .arg(dir.join("notifications.log"))
                .env("DBUS_SESSION_BUS_ADDRESS", &address)
                .stdout(Stdio::null())
                .spawn()
                .expect("python3-dbusmock"),
        );
        let this = Self {
            address,
            _mock: mock,
            _bus: bus,
        };
        // Up once it answers; until then the app would find no notification service.
        let started = Instant::now();
        while this.try_calls().is_none() {
            assert!(
                started.elapsed() < WAIT,
                "the mock notification daemon did not come up (is python3-dbusmock installed?)"
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        this
    }

    fn python(&self, script: &str, args: &[&str]) -> std::process::Output {
        Command::new(PYTHON)
            .arg("-c")
            .arg(script)
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .output()
            .expect("python3")
    }

    fn try_calls(&self) -> Option<Vec<Notified>> {
        let out = self.python(READ_CALLS, &[]);
        if !out.status.success() {
            return None;
        }
        let calls: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).ok()?;
        let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
        Some(
            calls
                .iter()
                .map(|c| Notified {
                    app: text(&c["app"]),
                    summary: text(&c["summary"]),
                    body: text(&c["body"]),
                    actions: c["actions"]
                        .as_array()
                        .map(|a| a.iter().map(text).collect())
                        .unwrap_or_default(),
                })
                .collect(),
        )
    }

    /// Every notification shown so far, in order; the mock numbers them from 1.
    fn calls(&self) -> Vec<Notified> {
        self.try_calls().expect("the mock's Notify calls")
    }

    /// Clicks notification `id`, as a notification daemon reports it.
    fn click(&self, id: usize) {
        let out = self.python(CLICK, &[&id.to_string()]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

/// A journal with a session starting a quarter of an hour after `NOW`, an overdue shared and an
/// overdue private action, and the probe in the private notes, a private agenda item and the
/// private action. Returns the session's id.
fn journal_with_a_session_soon(path: &Path) -> SessionId {
    let now = at(NOW);
    let clock = Arc::new(ManualClock::new(now.to_utc() - Duration::days(7)));
    let mut journal = Journal::open(path, clock).unwrap();
    let yesterday = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    journal
        .write(|tx| {
            let p = tx
                .create(PartnershipFields {
                    partner_name: "Priya Raman".into(),
                    partner_role: "Data analyst".into(),
                    i_learn: vec!["LinkedIn".into()],
                    i_teach: vec!["Reading a P&L".into()],
                    status: PartnershipStatus::Active,
                    started_on: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
                    ends_on: None,
                    // Nothing else is due: only what this test put there reminds.
                    cadence: None,
                    agreement: String::new(),
                    agreement_revisit_on: None,
                })?
                .id;
            for (text, visibility) in [
                ("Send the slides", Visibility::Shared),
                (&*format!("Ask HR about {PROBE}"), Visibility::Private),
            ] {
                tx.create(ActionItemFields {
                    partnership_id: p,
                    session_id: None,
                    text: text.into(),
                    owner: Party::Me,
                    due_on: Some(yesterday),
                    done_at: None,
                    visibility,
                })?;
            }
            let session = tx
                .create_session(SessionFields {
                    partnership_id: p,
                    starts_at: now + Duration::minutes(15),
                    duration_minutes: 45,
                    status: SessionStatus::Planned,
                    title: "Prompting basics".into(),
                    place: "Video call".into(),
                    shared_notes: "We start with the prompt library.".into(),
                    private_notes: format!("I worry about {PROBE}"),
                })?
                .session;
            for (position, text, visibility) in [
                (0, "LinkedIn headline", Visibility::Shared),
                (1, &*format!("My doubt {PROBE}"), Visibility::Private),
            ] {
                tx.create(AgendaItemFields {
                    session_id: session.id,
                    position,
                    text: text.into(),
                    minutes: Some(10),
                    owner: Party::Partner,
                    covered: false,
                    carried_from: None,
                    goal_id: None,
                    visibility,
                })?;
            }
            // The defaults, said out loud: sessions 15 minutes ahead, the digest at first start.
            tx.set_reminder_settings(&ReminderSettings::default())?;
            Ok(session.id)
        })
        .unwrap()
}

#[tokio::test(flavor = "current_thread")]
async fn a_session_soon_and_the_days_digest_are_notified_without_private_text_and_a_click_opens_the_session()
 {
    let dirs = AppDirs::new();
    let session = journal_with_a_session_soon(&dirs.journal());
    let bus = NotificationBus::start(&dirs.path("dbus"));
    assert!(
        bus.calls().is_empty(),
        "nothing shown before the app starts"
    );

    let app = App::launch_with_env(
        &dirs,
        &[],
        &[
            ("TWOWAY_NOW", NOW),
            ("DBUS_SESSION_BUS_ADDRESS", &bus.address),
        ],
    )
    .await;
    app.eventually("the session reminder and the digest", || async {
        (bus.calls().len() >= 2).then_some(())
    })
    .await;
    // A moment more, for any reminder shown twice to arrive too.
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    let calls = bus.calls();
    assert_eq!(
        calls.len(),
        2,
        "one session reminder and one digest: {calls:#?}"
    );

    let sessions: Vec<(usize, &Notified)> = calls
        .iter()
        .enumerate()
        .filter(|(_, n)| n.summary.starts_with("Session"))
        .collect();
    assert_eq!(
        sessions.len(),
        1,
        "exactly one session reminder: {calls:#?}"
    );
    let (index, reminder) = sessions[0];
    // 15 minutes ahead of the clock's start, and the clock has run on a moment since: the
    // journal counts whole minutes left.
    assert_eq!(reminder.summary, "Session with Priya Raman in 14 minutes");
    assert_eq!(reminder.app, "Twoway");
    assert!(
        reminder.body.contains("Prompting basics at 09:15")
            && reminder.body.contains("LinkedIn headline"),
        "the session, at the time it starts in the clock's offset, and its shared agenda: {reminder:#?}"
    );
    assert_eq!(reminder.actions, ["default", "Open"], "it can be clicked");

    let digest = calls
        .iter()
        .find(|n| n.summary == "Today in Twoway")
        .unwrap_or_else(|| panic!("the day's digest: {calls:#?}"));
    assert!(
        digest
            .body
            .contains("2 actions overdue with Priya Raman: Send the slides; 1 private action"),
        "the overdue actions, the private one counted: {digest:#?}"
    );

    for n in &calls {
        assert!(
            !n.summary.contains(PROBE) && !n.body.contains(PROBE),
            "private text in a notification: {n:#?}"
        );
    }
    let log = std::fs::read_to_string(dirs.path("dbus").join("notifications.log")).unwrap();
    assert!(log.contains("Notify"), "the mock logged the calls");
    assert!(
        !log.contains(PROBE),
        "private text reached the notification service: {log}"
    );

    // A click on the session reminder opens the session. The click is sent until the window
    // follows: the app listens for it from the moment the notification is shown, a moment
    // after the mock has recorded it.
    let wanted = format!("/session/{session}");
    let started = Instant::now();
    loop {
        bus.click(index + 1);
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let url = app.client.current_url().await.unwrap();
        if url.fragment() == Some(wanted.as_str()) {
            break;
        }
        assert!(
            started.elapsed() < WAIT,
            "the click did not open the session: the window is at {url}"
        );
    }
    app.wait_xpath("//*[contains(., 'LinkedIn headline')]")
        .await;
    app.quit().await;

    // Shown once: the journal keeps that both were shown.
    let journal =
        Journal::open(dirs.journal(), Arc::new(ManualClock::new(at(NOW).to_utc()))).unwrap();
    let again = journal
        .read(|tx| tx.due_reminders(at(NOW) + Duration::minutes(1)))
        .unwrap();
    assert!(again.is_empty(), "nothing is due twice: {again:#?}");
}

/// With "Keep running in the background" on, closing the window hides it and the app goes on;
/// starting Twoway again (the single-instance plugin meets the running app over the session
/// bus) brings the window back.
#[tokio::test(flavor = "current_thread")]
async fn kept_running_a_closed_window_hides_and_a_second_start_brings_it_back() {
    let dirs = AppDirs::new();
    let bus = NotificationBus::start(&dirs.path("dbus"));
    let env = [("DBUS_SESSION_BUS_ADDRESS", bus.address.as_str())];
    let app = App::launch_with_env(&dirs, &[], &env).await;
    app.go("#/settings").await;
    app.wait_xpath(
        "//label[starts-with(normalize-space(), 'Keep running in the background')]//input",
    )
    .await
    .click()
    .await
    .unwrap();
    app.eventually("keep running saved", || async {
        let saved = app
            .invoke("background_settings", serde_json::json!({}))
            .await;
        (saved["ok"]["keep_running"] == true).then_some(())
    })
    .await;

    let pid = app.pid();
    window::send_close_request(pid);
    app.eventually("the window hidden", || async {
        (!window::has_shown_window(pid)).then_some(())
    })
    .await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let state = state.rsplit(')').next().unwrap_or_default().trim_start();
    assert!(
        state.starts_with(['R', 'S', 'D']),
        "the app runs on without its window: {state:?}"
    );
    assert!(
        !window::has_shown_window(pid),
        "and the window stays hidden"
    );

    // Started again, as from the desktop's menu: it hands over to the running app and ends.
    let second = Command::new(app_binary())
        .env("TWOWAY_DATA_DIR", dirs.path("data"))
        .env("XDG_DATA_HOME", dirs.path("xdg-data"))
        .env("XDG_CACHE_HOME", dirs.path("xdg-cache"))
        .env("XDG_CONFIG_HOME", dirs.path("xdg-config"))
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("a second start");
    let mut second = Killed(second);
    app.eventually("the window back", || async {
        window::has_shown_window(pid).then_some(())
    })
    .await;
    let started = Instant::now();
    let ended = loop {
        if let Some(status) = second.0.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < WAIT, "the second start did not end");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert!(ended.success(), "the second start handed over: {ended}");
    assert_eq!(app.client.title().await.unwrap(), "Twoway");
    app.quit().await;
}
