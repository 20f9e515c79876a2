//! Packs the system asks Twoway to open: a double-click on a `.twowaypack` file starts
//! `twoway PATH` (the desktop entry's `Exec=twoway %F`), and the window opens its import dialog
//! on it. When Twoway is already running, the new start hands its arguments to the running one
//! (the single-instance plugin), which takes the packs from them the same way.
//!
//! The packs wait here until the window takes them one by one ([`OpenedPacks::take`], the
//! `take_opened_pack` command); [`PACK_OPENED`] tells a window that is already up to ask. A
//! window still starting asks once its journal is open, so a pack is never lost to a window
//! that was not listening yet.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use twoway_journal::language::tr;

/// The extensions of a file the window may be asked to import: Twoway's own, and the `.json`
/// that packs had before it.
pub const PACK_EXTENSIONS: [&str; 2] = ["twowaypack", "json"];

/// Sent to the window when a pack waits for it (`ui/src/lib/api.ts`); it has no payload.
pub const PACK_OPENED: &str = "pack-opened";

/// Whether `path` is named like a pack (`.twowaypack` or `.json`, in any case).
pub fn is_pack_name(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PACK_EXTENSIONS.iter().any(|p| e.eq_ignore_ascii_case(p)))
}

/// The pack a command-line argument names, as an absolute path (a relative one is taken from
/// `cwd`), or why it is not one to open. The message names the path, never the file's content.
pub fn pack_argument(arg: &Path, cwd: &Path) -> Result<PathBuf, String> {
    if !is_pack_name(arg) {
        return Err(tr(
            "error-pack-argument-not-a-pack",
            &[("path", (&arg.display().to_string()).into())],
        ));
    }
    let path = cwd.join(arg);
    let shown = arg.display().to_string();
    match std::fs::metadata(&path) {
        Ok(meta) if meta.is_file() => Ok(path),
        Ok(_) => Err(tr(
            "error-pack-argument-not-a-file",
            &[("path", (&shown).into())],
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(tr(
            "error-pack-argument-missing",
            &[("path", (&shown).into())],
        )),
        Err(e) => Err(tr(
            "error-pack-argument-unreadable",
            &[
                ("path", (&shown).into()),
                ("source", (&e.to_string()).into()),
            ],
        )),
    }
}

/// The options of `twoway` that take a value (see `main.rs`), whose value is not a pack.
const OPTIONS_WITH_VALUE: [&str; 4] = [
    "--journal",
    "--passphrase-env",
    "--passphrase-fd",
    "--recovery-key-env",
];

/// The packs named in the arguments of another start of Twoway (`args[0]` is the program),
/// which ran in `cwd`. That start has already checked them (`main.rs` refuses a pack that is
/// not there), so what is not an existing pack here is left out.
pub fn packs_in_args(args: &[String], cwd: &Path) -> Vec<PathBuf> {
    let mut packs = Vec::new();
    let mut args = args.iter().skip(1);
    let mut only_paths = false;
    while let Some(arg) = args.next() {
        if !only_paths && arg == "--" {
            only_paths = true;
        } else if !only_paths && OPTIONS_WITH_VALUE.contains(&arg.as_str()) {
            args.next();
        } else if (only_paths || !arg.starts_with('-'))
            && let Ok(pack) = pack_argument(Path::new(arg), cwd)
        {
            packs.push(pack);
        }
    }
    packs
}

/// The packs waiting for the window, oldest first.
#[derive(Default)]
pub struct OpenedPacks(Mutex<VecDeque<PathBuf>>);

impl OpenedPacks {
    /// The packs the app was started with.
    pub fn new(packs: Vec<PathBuf>) -> Self {
        Self(Mutex::new(packs.into()))
    }

    fn queue(&self) -> std::sync::MutexGuard<'_, VecDeque<PathBuf>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Adds packs to open after those already waiting.
    pub fn push(&self, packs: Vec<PathBuf>) {
        self.queue().extend(packs);
    }

    /// The next pack to open, taken off the queue.
    pub fn take(&self) -> Option<PathBuf> {
        self.queue().pop_front()
    }
}

/// Queues `packs` for the window and tells it to ask for them.
pub fn offer<R: Runtime>(app: &AppHandle<R>, packs: Vec<PathBuf>) {
    if packs.is_empty() {
        return;
    }
    app.state::<OpenedPacks>().push(packs);
    if let Err(e) = app.emit(PACK_OPENED, ()) {
        eprintln!("twoway: the window was not told of the pack to import: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_is_named_twowaypack_or_json_in_any_case() {
        for name in [
            "a.twowaypack",
            "b.json",
            "C.TwowayPack",
            "d.JSON",
            "e.f.twowaypack",
        ] {
            assert!(is_pack_name(Path::new(name)), "{name}");
        }
        for name in [
            "a.sqlite3",
            "b.twowaypack.txt",
            "twowaypack",
            "c",
            ".json.md",
        ] {
            assert!(!is_pack_name(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn an_existing_pack_is_opened_from_the_folder_it_was_named_in() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("from Priya.twowaypack"), "{}").unwrap();
        std::fs::write(dir.path().join("old.json"), "{}").unwrap();
        assert_eq!(
            pack_argument(Path::new("from Priya.twowaypack"), dir.path()),
            Ok(dir.path().join("from Priya.twowaypack"))
        );
        let absolute = dir.path().join("old.json");
        assert_eq!(
            pack_argument(&absolute, Path::new("/elsewhere")),
            Ok(absolute.clone())
        );
    }

    #[test]
    fn a_missing_pack_a_folder_or_another_file_is_refused_in_plain_words() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("folder.twowaypack")).unwrap();
        std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
        assert_eq!(
            pack_argument(Path::new("gone.twowaypack"), dir.path()),
            Err("cannot open the pack gone.twowaypack: there is no such file".to_owned())
        );
        assert_eq!(
            pack_argument(Path::new("folder.twowaypack"), dir.path()),
            Err("cannot open the pack folder.twowaypack: it is not a file".to_owned())
        );
        let other = pack_argument(Path::new("notes.txt"), dir.path()).unwrap_err();
        assert!(
            other.starts_with("notes.txt is not a Twoway pack"),
            "{other}"
        );
    }

    #[test]
    fn another_start_hands_over_the_packs_it_names_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["a.twowaypack", "b.json", "journal.json", "-dash.twowaypack"] {
            std::fs::write(dir.path().join(name), "{}").unwrap();
        }
        let args: Vec<String> = [
            "/usr/bin/twoway",
            "--journal",
            "journal.json",
            "--at-login",
            "a.twowaypack",
            "missing.twowaypack",
            "notes.txt",
            "b.json",
            "--",
            "-dash.twowaypack",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            packs_in_args(&args, dir.path()),
            vec![
                dir.path().join("a.twowaypack"),
                dir.path().join("b.json"),
                dir.path().join("-dash.twowaypack"),
            ]
        );
        assert!(packs_in_args(&args[..1], dir.path()).is_empty());
    }

    #[test]
    fn the_window_takes_the_packs_one_by_one_in_order() {
        let packs = OpenedPacks::new(vec![PathBuf::from("/a.twowaypack")]);
        packs.push(vec![PathBuf::from("/b.json")]);
        assert_eq!(packs.take(), Some(PathBuf::from("/a.twowaypack")));
        assert_eq!(packs.take(), Some(PathBuf::from("/b.json")));
        assert_eq!(packs.take(), None);
    }
}
