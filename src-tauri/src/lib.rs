//! The Twoway desktop shell: the window, its commands, and the plugins it needs. Thin by design:
//! every command is one call into `twoway-journal`.

pub mod app_file;
pub mod background;
pub mod clock;
mod command_names;
pub mod commands;
pub mod error;
pub mod language;
pub mod last_journal;
pub mod menu;
pub mod opened_pack;
pub mod reminders;
#[cfg(unix)]
mod signals;
pub mod state;
pub mod sync;
pub mod window;

pub use command_names::COMMANDS;

use std::path::{Path, PathBuf};
use tauri::{Manager, Runtime};

/// The typed command set; also what the TypeScript bindings are generated from.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    use commands::{
        agreement::*, app::*, care::*, encryption::*, journal_file::*, recognition::*, records::*,
        reminders::*, share::*, sync::*, templates::*, views::*,
    };
    tauri_specta::Builder::<tauri::Wry>::new()
        // Commands reject with an `IpcError`; `api.ts` catches and normalizes it (and the plain
        // strings Tauri itself rejects with, such as an ACL refusal).
        .error_handling(tauri_specta::ErrorHandlingMode::Throw)
        // Every type serializes and deserializes the same way; one TypeScript type each.
        .disable_serde_phases()
        .commands(tauri_specta::collect_commands![
            journal_status,
            open_journal,
            open_default_journal,
            open_demo_journal,
            unlock,
            encrypt_journal,
            decrypt_journal,
            change_passphrase,
            lock_journal,
            get_profile,
            set_profile,
            partnership_summaries,
            partnership_summary,
            get_partnership,
            create_partnership,
            update_partnership,
            agreement,
            adopt_agreement,
            adopt_partner_agreement,
            compare_agreement,
            goals,
            create_goal,
            update_goal,
            check_ins,
            create_check_in,
            update_check_in,
            sessions,
            propose_session,
            session_plan,
            create_session,
            update_session,
            create_agenda_item,
            update_agenda_item,
            actions,
            create_action_item,
            update_action_item,
            set_action_done,
            skills_growth,
            create_skill,
            update_skill,
            create_skill_rating,
            update_skill_rating,
            learnings,
            learnings_for_skill,
            learnings_for_session,
            create_learning,
            update_learning,
            feedback,
            feedback_for_session,
            create_feedback,
            update_feedback,
            agenda_templates,
            create_agenda_template,
            update_agenda_template,
            agenda_template_problems,
            agenda_as_template,
            template_preview,
            apply_template,
            search,
            render_markdown,
            trash_record,
            trash_records,
            restore_record,
            trashed,
            export_preview,
            export_markdown,
            export_file_name,
            export_to,
            record_draft,
            records_of_learning,
            my_signing_key,
            partner_keys,
            sign_record,
            open_record,
            confirm_record_key,
            countersign_record,
            save_certificate,
            report_choices,
            programme_report,
            save_programme_report,
            plan_import,
            import_pack,
            take_opened_pack,
            stop_import,
            backups,
            restore_backup,
            revisions,
            compare_revision,
            restore_revision,
            delete_forever_plan,
            delete_forever,
            empty_trash_plan,
            empty_trash,
            settings,
            set_settings,
            reminder_settings,
            set_reminder_settings,
            set_session_lead,
            background_settings,
            set_background_settings,
            hide_window,
            sync_setup,
            start_sync,
            stop_sync,
            sync_now,
            partner_folder,
            link_partner_folder,
            exchange_now,
            language_choice,
            choose_language,
            quit,
        ])
        // Sent with the `reminder-opened` and `menu-chosen` events, not by a command.
        .typ::<twoway_journal::reminders::ReminderAbout>()
        .typ::<menu::MenuAction>()
}

/// Writes the TypeScript bindings of every command and type to `path`.
pub fn export_bindings(path: &Path) -> Result<(), String> {
    let mut header = String::from(
        "// Generated from the Rust commands by `make bindings`; do not edit.\n\
         // `make test` fails when this file is out of date.\n\
         \n\
         // One name per record kind, from the journal's registry of kinds.\n",
    );
    for declared in twoway_journal::model::kinds::DECLARED {
        header.push_str(&format!(
            "export type {} = Stored<{}, {}>;\n",
            declared.record, declared.id, declared.fields
        ));
    }
    /// One kind and what a person calls it; a list rather than a map, so the kinds keep the
    /// registry's order (parents first).
    #[derive(serde::Serialize)]
    struct KindName {
        kind: twoway_journal::model::Kind,
        name: &'static str,
    }
    let kinds: Vec<_> = twoway_journal::model::Kind::ALL
        .iter()
        .map(|&kind| KindName {
            kind,
            name: kind.name(),
        })
        .collect();
    specta_builder()
        .constant("KINDS", kinds)
        .constant("MENU_SHORTCUTS", menu::shortcuts())
        .constant(
            "MIN_PASSPHRASE_CHARS",
            twoway_journal::encryption::MIN_PASSPHRASE_CHARS,
        )
        .export(
            specta_typescript::Typescript::default().header(header),
            path,
        )
        .map_err(|e| e.to_string())
}

/// How long after the window is set up the day's backup starts. It holds the journal while it
/// copies (about a second on a heavy journal): started at once, it held up the first view's
/// data that long on the day's first start.
const DAILY_CARE_AFTER: std::time::Duration = std::time::Duration::from_secs(5);

/// The app with its plugins, state and commands, ready to run with a context. `notice`: what
/// the window says about the journal it starts on ([`last_journal`]); `at_login`: the system
/// started it as the user logged in (see [`background`]); `packs`: the packs it was asked to
/// open, which the window offers to import ([`opened_pack`]).
pub fn app_builder<R: tauri::Runtime>(
    journal: &Path,
    notice: Option<String>,
    at_login: bool,
    packs: Vec<PathBuf>,
    invoke_handler: impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static,
) -> tauri::Builder<R> {
    tauri::Builder::<R>::new()
        // First, so a second launch hands over to this one before anything else starts. The
        // login start finding the app already running leaves its window as it is; a start on
        // a pack (a double-click on it) brings the window forward with its import dialog.
        .plugin(tauri_plugin_single_instance::init(|app, args, cwd| {
            if !args.iter().any(|arg| arg == background::AT_LOGIN_ARG) {
                show_window(app);
            }
            opened_pack::offer(app, opened_pack::packs_in_args(&args, Path::new(&cwd)));
        }))
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec![background::AT_LOGIN_ARG]),
        ))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(window::plugin())
        .plugin(language::plugin())
        .menu(menu::build)
        .on_menu_event(menu::on_event)
        .manage(state::AppState::open(journal, clock::AppClock::from_env()).with_notice(notice))
        .manage(opened_pack::OpenedPacks::new(packs))
        // A logout or shutdown (SIGTERM) lets the window save what was typed before the app ends;
        // the day's backup starts a few seconds after the window is up, so it never delays the first view. The
        // reminders are asked for from the start, and the tray icon comes when the app keeps
        // running without its window.
        .setup(move |app| {
            #[cfg(unix)]
            signals::quit_on_signals(app.handle())?;
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                std::thread::sleep(DAILY_CARE_AFTER);
                handle.state::<state::AppState>().daily_care()
            });
            reminders::start(app.handle())?;
            sync::start(app.handle())?;
            // The window is made hidden (`tauri.conf.json`): it takes its last size and place,
            // then shows, unless the login start keeps it in the tray.
            let hidden = background::setup(app.handle(), at_login);
            window::restore_and_show(app.handle(), !hidden);
            Ok(())
        })
        .invoke_handler(invoke_handler)
}

/// Brings the window forward: a second launch, a clicked reminder.
pub fn show_window<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Ends the app with `code`, keeping the window's size and place for the next start first.
/// Every quit path ends through this.
pub fn exit<R: Runtime>(app: &tauri::AppHandle<R>, code: i32) {
    window::save(app);
    app.exit(code);
}

/// Opens the window on the journal at `journal`, or without one on the journal opened last
/// ([`last_journal`]); `at_login` and `packs` as for [`app_builder`].
pub fn run(
    journal: Option<&Path>,
    at_login: bool,
    packs: Vec<PathBuf>,
) -> Result<(), tauri::Error> {
    let start = match journal {
        Some(path) => last_journal::Start {
            path: path.to_owned(),
            notice: None,
        },
        None => last_journal::start(),
    };
    let commands = specta_builder();
    app_builder(
        &start.path,
        start.notice,
        at_login,
        packs,
        commands.invoke_handler(),
    )
    .run(tauri::generate_context!())
}
