//! The window's menu bar: File, Edit, View and Help, with the usual accelerators. Declared once
//! here; the window lists the same shortcuts in Settings from the bindings (`MENU`), and its own
//! key handler answers them where no menu bar takes the keys first.
//!
//! An app action (a new session, Home, Quit…) goes to the window as a `menu-chosen` event: the
//! window knows what is open and saves what was typed before it moves or quits, exactly as its
//! keyboard shortcuts do. The editing entries (Undo, Copy, Paste…) are WebKit's own editing
//! commands on the web view: the menu's accelerators take those keys before the page sees them,
//! so they must do what the keys do in a text field. Muda's predefined clipboard items cannot:
//! on Linux they only work by faking key presses through libxdo, which Wayland does not have.

use serde::{Deserialize, Serialize};
use tauri::menu::{
    AboutMetadata, Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu, SubmenuBuilder,
};
use tauri::{AppHandle, Emitter, Manager, Runtime};
use twoway_journal::language::tr;

/// What the shell sends the window when an app action is chosen in the menu.
pub const MENU_CHOSEN: &str = "menu-chosen";

/// An entry of the menu that the window carries out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum MenuAction {
    NewSession,
    NewPartnership,
    CaptureLearning,
    Import,
    Export,
    Quit,
    Find,
    Home,
    LearningLog,
    Search,
    Trash,
    Settings,
    Back,
    Forward,
    Shortcuts,
}

const ACTION_PREFIX: &str = "menu-action:";
const EDIT_PREFIX: &str = "menu-edit:";

/// An editing command of the web view, by WebKit's name for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EditCommand {
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    SelectAll,
}

impl EditCommand {
    const ALL: [EditCommand; 6] = [
        EditCommand::Undo,
        EditCommand::Redo,
        EditCommand::Cut,
        EditCommand::Copy,
        EditCommand::Paste,
        EditCommand::SelectAll,
    ];

    /// WebKit's name for the command (`WEBKIT_EDITING_COMMAND_*`).
    fn webkit_name(self) -> &'static str {
        match self {
            EditCommand::Undo => "Undo",
            EditCommand::Redo => "Redo",
            EditCommand::Cut => "Cut",
            EditCommand::Copy => "Copy",
            EditCommand::Paste => "Paste",
            EditCommand::SelectAll => "SelectAll",
        }
    }

    /// The entry's message in the catalogue.
    fn label(self) -> &'static str {
        match self {
            EditCommand::Undo => "menu-undo",
            EditCommand::Redo => "menu-redo",
            EditCommand::Cut => "menu-cut",
            EditCommand::Copy => "menu-copy",
            EditCommand::Paste => "menu-paste",
            EditCommand::SelectAll => "menu-select-all",
        }
    }

    fn accelerator(self) -> &'static str {
        match self {
            EditCommand::Undo => "CmdOrCtrl+Z",
            EditCommand::Redo => "CmdOrCtrl+Shift+Z",
            EditCommand::Cut => "CmdOrCtrl+X",
            EditCommand::Copy => "CmdOrCtrl+C",
            EditCommand::Paste => "CmdOrCtrl+V",
            EditCommand::SelectAll => "CmdOrCtrl+A",
        }
    }
}

/// One entry of a menu, in its order.
#[derive(Clone, Copy)]
enum Entry {
    Action(MenuAction),
    Edit(EditCommand),
    Separator,
    About,
}

use Entry::{Action, Edit, Separator};
use MenuAction::*;

/// The menu bar: each menu's label (its message; the ampersand in it marks its Alt key) and its
/// entries.
const MENUS: [(&str, &[Entry]); 4] = [
    (
        "menu-file",
        &[
            Action(NewSession),
            Action(NewPartnership),
            Action(CaptureLearning),
            Separator,
            Action(Import),
            Action(Export),
            Separator,
            Action(Quit),
        ],
    ),
    (
        "menu-edit",
        &[
            Edit(EditCommand::Undo),
            Edit(EditCommand::Redo),
            Separator,
            Edit(EditCommand::Cut),
            Edit(EditCommand::Copy),
            Edit(EditCommand::Paste),
            Edit(EditCommand::SelectAll),
            Separator,
            Action(Find),
        ],
    ),
    (
        "menu-view",
        &[
            Action(Home),
            Action(LearningLog),
            Action(Search),
            Action(Trash),
            Action(Settings),
            Separator,
            Action(Back),
            Action(Forward),
        ],
    ),
    ("menu-help", &[Action(Shortcuts), Separator, Entry::About]),
];

impl MenuAction {
    /// Every action, in the menu's order.
    pub const ALL: [MenuAction; 15] = [
        NewSession,
        NewPartnership,
        CaptureLearning,
        Import,
        Export,
        Quit,
        Find,
        Home,
        LearningLog,
        Search,
        Trash,
        Settings,
        Back,
        Forward,
        Shortcuts,
    ];

    /// The action's name as the window receives it (`newSession`).
    fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|value| value.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// The menu item's id. Menu events reach every handler, the tray icon's too: the prefix
    /// keeps "quit" here apart from the tray's "quit".
    fn id(self) -> String {
        format!("{ACTION_PREFIX}{}", self.name())
    }

    /// The entry's message in the catalogue; the ampersand in it marks the key that picks it
    /// in an open menu.
    pub fn label(self) -> &'static str {
        match self {
            NewSession => "menu-new-session",
            NewPartnership => "menu-new-partnership",
            CaptureLearning => "menu-capture-learning",
            Import => "menu-import",
            Export => "menu-export",
            Quit => "menu-quit",
            Find => "menu-find",
            Home => "menu-home",
            LearningLog => "menu-learning-log",
            Search => "menu-search",
            Trash => "menu-trash",
            Settings => "menu-settings",
            Back => "menu-back",
            Forward => "menu-forward",
            Shortcuts => "menu-shortcuts",
        }
    }

    /// What it does, in Settings' list of shortcuts: the message the window shows.
    pub fn description(self) -> &'static str {
        match self {
            NewSession => "menu-tip-new-session",
            NewPartnership => "menu-tip-new-partnership",
            CaptureLearning => "menu-tip-capture-learning",
            Import => "menu-tip-import",
            Export => "menu-tip-export",
            Quit => "menu-tip-quit",
            Find | Search => "menu-tip-search",
            Home => "menu-tip-home",
            LearningLog => "menu-tip-learning-log",
            Trash => "menu-tip-trash",
            Settings => "menu-tip-settings",
            Back => "menu-tip-back",
            Forward => "menu-tip-forward",
            Shortcuts => "menu-tip-shortcuts",
        }
    }

    /// Its accelerator, in Tauri's notation (`CmdOrCtrl+Shift+N`).
    pub fn accelerator(self) -> Option<&'static str> {
        Some(match self {
            NewSession => "CmdOrCtrl+N",
            NewPartnership => "CmdOrCtrl+Shift+N",
            CaptureLearning => "CmdOrCtrl+L",
            Import => "CmdOrCtrl+O",
            Export => "CmdOrCtrl+E",
            Quit => "CmdOrCtrl+Q",
            Find => "CmdOrCtrl+F",
            Home => "CmdOrCtrl+1",
            LearningLog => "CmdOrCtrl+2",
            Search => "CmdOrCtrl+K",
            Settings => "CmdOrCtrl+,",
            Back => "Alt+Left",
            Forward => "Alt+Right",
            Trash | Shortcuts => return None,
        })
    }

    fn from_id(id: &str) -> Option<MenuAction> {
        MenuAction::ALL.into_iter().find(|action| action.id() == id)
    }
}

/// An action with its accelerator, for the window's list of shortcuts and its key handler.
#[derive(Serialize)]
pub struct Shortcut {
    action: MenuAction,
    accelerator: &'static str,
    /// The message in the catalogue that says what it does.
    description: &'static str,
}

/// Every action that has an accelerator, in the menu's order.
pub fn shortcuts() -> Vec<Shortcut> {
    MenuAction::ALL
        .into_iter()
        .filter_map(|action| {
            Some(Shortcut {
                action,
                accelerator: action.accelerator()?,
                description: action.description(),
            })
        })
        .collect()
}

/// Puts the menu bar in the app's language after it changed.
pub fn rebuild<R: Runtime>(app: &AppHandle<R>) {
    if let Err(e) = build(app).and_then(|menu| app.set_menu(menu)) {
        eprintln!("twoway: the menu bar could not be rebuilt: {e}");
    }
}

/// The menu bar, for `Builder::menu`.
pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let menu = Menu::new(app)?;
    for (label, entries) in MENUS {
        menu.append(&submenu(app, label, entries)?)?;
    }
    Ok(menu)
}

fn submenu<R: Runtime>(
    app: &AppHandle<R>,
    label: &str,
    entries: &[Entry],
) -> tauri::Result<Submenu<R>> {
    let mut builder = SubmenuBuilder::new(app, tr(label, &[]));
    for &entry in entries {
        builder = match entry {
            Action(action) => builder.item(&MenuItem::with_id(
                app,
                action.id(),
                tr(action.label(), &[]),
                true,
                action.accelerator(),
            )?),
            Edit(command) => builder.item(&MenuItem::with_id(
                app,
                format!("{EDIT_PREFIX}{}", command.webkit_name()),
                tr(command.label(), &[]),
                true,
                Some(command.accelerator()),
            )?),
            Separator => builder.separator(),
            Entry::About => builder.item(&PredefinedMenuItem::about(
                app,
                Some(tr("menu-about", &[]).as_str()),
                Some(about(app)),
            )?),
        };
    }
    builder.build()
}

fn about<R: Runtime>(app: &AppHandle<R>) -> AboutMetadata<'static> {
    AboutMetadata {
        name: Some("Twoway".into()),
        version: Some(app.package_info().version.to_string()),
        comments: Some(tr("menu-about-comments", &[])),
        license: Some(env!("CARGO_PKG_LICENSE").into()),
        icon: app
            .default_window_icon()
            .map(|icon| icon.clone().to_owned()),
        ..Default::default()
    }
}

/// Carries out a chosen entry. Ids the menu bar does not know (the tray icon's menu) are left
/// to their own handler.
pub fn on_event<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    let id = event.id().as_ref();
    if let Some(command) = id.strip_prefix(EDIT_PREFIX).and_then(|name| {
        EditCommand::ALL
            .into_iter()
            .find(|command| command.webkit_name() == name)
    }) {
        edit(app, command);
    } else if let Some(action) = MenuAction::from_id(id)
        && app.emit(MENU_CHOSEN, action).is_err()
        && action == Quit
    {
        // A window that cannot hear still lets the user quit.
        crate::exit(app, 0);
    }
}

/// Runs an editing command on the window's web view, as the keys would in a text field.
fn edit<R: Runtime>(app: &AppHandle<R>, command: EditCommand) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    #[cfg(target_os = "linux")]
    {
        let name = command.webkit_name();
        let _ = window.with_webview(move |webview| {
            use webkit2gtk::WebViewExt;
            webview.inner().execute_editing_command(name);
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (window, command);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_in_the_menu_once_and_every_accelerator_is_taken_once() {
        let in_menus: Vec<MenuAction> = MENUS
            .iter()
            .flat_map(|(_, entries)| entries.iter())
            .filter_map(|entry| match entry {
                Action(action) => Some(*action),
                _ => None,
            })
            .collect();
        for action in MenuAction::ALL {
            let times = in_menus.iter().filter(|&&a| a == action).count();
            assert_eq!(times, 1, "{action:?} is in the menus {times} times");
        }
        let mut accelerators: Vec<&str> = MenuAction::ALL
            .into_iter()
            .filter_map(MenuAction::accelerator)
            .chain(EditCommand::ALL.map(EditCommand::accelerator))
            .collect();
        let count = accelerators.len();
        accelerators.sort_unstable();
        accelerators.dedup();
        assert_eq!(accelerators.len(), count, "an accelerator is used twice");
    }

    #[test]
    fn an_action_comes_back_from_its_id_and_the_tray_s_entries_are_not_actions() {
        for action in MenuAction::ALL {
            assert_eq!(MenuAction::from_id(&action.id()), Some(action));
        }
        assert_eq!(NewSession.name(), "newSession");
        assert_eq!(MenuAction::from_id("quit"), None, "the tray's own entries");
        assert_eq!(MenuAction::from_id("open"), None);
    }
}
