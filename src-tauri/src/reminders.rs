//! Reminders through the operating system. The journal decides what is due and words it, free of
//! private text ([`twoway_journal::reminders`]); the shell only asks, shows and remembers.
//!
//! A thread asks the open journal for what is due at start, then every minute, and at once when
//! the reminder settings change or another journal opens or is unlocked ([`Scheduler::poke`]). Each reminder goes to the desktop's
//! notification service and is then marked shown, so it never comes twice.
//!
//! The notifications go through `notify-rust` directly rather than `tauri-plugin-notification`:
//! on Linux that plugin shows the notification and drops its handle, so a click can never reach
//! the app. Here a click on a reminder ("default" action of the freedesktop specification)
//! brings the window forward and sends it [`REMINDER_OPENED`] with what the reminder is about,
//! and the window opens that session (or the home view, for the digest).

use crate::state::AppState;
use std::collections::HashSet;
use std::sync::{Condvar, Mutex};
use std::time::Duration;
use tauri::{AppHandle, Manager, Runtime};
use twoway_journal::reminders::Reminder;

/// The event the window answers by opening what a clicked reminder is about (`ui/src/lib/api.ts`).
pub const REMINDER_OPENED: &str = "reminder-opened";

/// How often the journal is asked; a session's lead time is counted in minutes.
const EVERY: Duration = Duration::from_secs(60);

/// What the notification service shows as the sender.
const APP_NAME: &str = "Twoway";

/// Wakes the reminder thread before its minute is up.
#[derive(Default)]
pub struct Scheduler {
    poked: Mutex<bool>,
    wake: Condvar,
}

impl Scheduler {
    /// Asks the journal again now (the settings changed, another journal is open).
    pub fn poke(&self) {
        *self.lock() = true;
        self.wake.notify_one();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, bool> {
        self.poked
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Waits a minute, or until poked.
    fn wait(&self) {
        let guard = self.lock();
        let (mut poked, _) = self
            .wake
            .wait_timeout_while(guard, EVERY, |poked| !*poked)
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *poked = false;
    }
}

/// Starts the reminder thread; it lives as long as the app.
pub fn start<R: Runtime>(app: &AppHandle<R>) -> std::io::Result<()> {
    let app = app.clone();
    std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || {
            let mut memory = Memory::default();
            loop {
                remind(&app, &mut memory);
                app.state::<AppState>().scheduler().wait();
            }
        })?;
    Ok(())
}

/// What the thread keeps between its rounds.
#[derive(Default)]
struct Memory {
    /// Reminders shown that the journal could not keep as shown (it is read-only): without
    /// this they would come again every minute.
    shown_unkept: HashSet<String>,
    /// The last problem said on standard error, so a missing notification service is said
    /// once rather than every minute.
    last_problem: Option<String>,
}

impl Memory {
    fn say(&mut self, problem: String) {
        if self.last_problem.as_ref() != Some(&problem) {
            eprintln!("twoway: {problem}");
            self.last_problem = Some(problem);
        }
    }
}

/// Shows every reminder due now and marks it shown.
fn remind<R: Runtime>(app: &AppHandle<R>, memory: &mut Memory) {
    let state = app.state::<AppState>();
    let now = state.clock().local_now();
    // No journal open (locked, refused): nothing is due until one is.
    let Ok(due) = state.read(|tx| tx.due_reminders(now)) else {
        return;
    };
    for reminder in due {
        if memory.shown_unkept.contains(&reminder.key) {
            continue;
        }
        if let Err(problem) = show(app, &reminder) {
            // Not marked shown: it comes again next minute, once the service is there.
            memory.say(format!("a reminder could not be shown: {problem}"));
            continue;
        }
        if let Err(e) = state.write(|tx| tx.reminder_shown(&reminder.key)) {
            memory.say(format!(
                "a reminder was shown but not kept as shown: {}",
                e.message
            ));
            memory.shown_unkept.insert(reminder.key);
        }
    }
}

/// The notification's body: the reminder's lines, escaped when the service reads markup (the
/// lines hold the user's words, which must show as typed).
fn body(reminder: &Reminder, markup: bool) -> String {
    let text = reminder.lines.join("\n");
    if !markup {
        return text;
    }
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(all(unix, not(target_os = "macos")))]
fn show<R: Runtime>(app: &AppHandle<R>, reminder: &Reminder) -> Result<(), String> {
    let markup = notify_rust::get_capabilities()
        .map_err(|e| e.to_string())?
        .iter()
        .any(|c| c == "body-markup");
    let handle = notify_rust::Notification::new()
        .appname(APP_NAME)
        .summary(&reminder.title)
        .body(&body(reminder, markup))
        .auto_icon()
        // The freedesktop "default" action is a click on the notification itself.
        .action(
            "default",
            &twoway_journal::language::tr("reminder-open", &[]),
        )
        .show()
        .map_err(|e| e.to_string())?;
    let app = app.clone();
    let about = reminder.about;
    // Waits for the click or for the notification to close; one short-lived thread each.
    let waiting = std::thread::Builder::new()
        .name("reminder-click".into())
        .spawn(move || {
            handle.wait_for_action(|action| {
                if action == "default" {
                    opened(&app, about);
                }
            });
        });
    if let Err(e) = waiting {
        eprintln!("twoway: a click on the reminder will not open it: {e}");
    }
    Ok(())
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn show<R: Runtime>(_app: &AppHandle<R>, reminder: &Reminder) -> Result<(), String> {
    // Elsewhere the system brings the app forward on a click; the notification cannot say
    // which session it was about.
    notify_rust::Notification::new()
        .appname(APP_NAME)
        .summary(&reminder.title)
        .body(&body(reminder, false))
        .show()
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// A reminder was clicked: the window comes forward and opens what it is about.
#[cfg(all(unix, not(target_os = "macos")))]
fn opened<R: Runtime>(app: &AppHandle<R>, about: twoway_journal::reminders::ReminderAbout) {
    use tauri::Emitter;
    crate::show_window(app);
    if let Err(e) = app.emit(REMINDER_OPENED, about) {
        eprintln!("twoway: the clicked reminder could not be opened: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use twoway_journal::reminders::ReminderAbout;

    fn reminder(lines: &[&str]) -> Reminder {
        Reminder {
            key: "digest:2026-03-02".into(),
            about: ReminderAbout::Digest(chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()),
            title: "Today in Twoway".into(),
            lines: lines.iter().map(|&l| l.to_owned()).collect(),
        }
    }

    #[test]
    fn the_body_is_the_reminders_lines_and_markup_in_them_shows_as_typed() {
        let r = reminder(&["1 action overdue with Sam: <b>Send</b> Q&A", "• Slides"]);
        assert_eq!(
            body(&r, false),
            "1 action overdue with Sam: <b>Send</b> Q&A\n• Slides"
        );
        assert_eq!(
            body(&r, true),
            "1 action overdue with Sam: &lt;b&gt;Send&lt;/b&gt; Q&amp;A\n• Slides"
        );
    }

    #[test]
    fn a_poke_wakes_the_wait_before_its_minute() {
        let scheduler = std::sync::Arc::new(Scheduler::default());
        let poker = std::sync::Arc::clone(&scheduler);
        let started = std::time::Instant::now();
        let thread = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            poker.poke();
        });
        scheduler.wait();
        thread.join().unwrap();
        assert!(started.elapsed() < Duration::from_secs(10));
        assert!(!*scheduler.lock(), "the poke was taken");
    }
}
