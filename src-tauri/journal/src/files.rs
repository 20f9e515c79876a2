//! Files the journal writes (exports, backups): written whole or not at all, and named safely.
//!
//! A write goes to a temporary file in the target's folder, is flushed with `sync_all`, renamed
//! over the target, and then the folder itself is synced so the rename survives a power cut.
//! (`tempfile`'s `persist` alone does not sync.) A folder is written whole into a temporary
//! folder beside it first, so a full disk leaves no half folder.
//!
//! Every temporary file or folder the journal makes is named [`TEMP_PREFIX`], then the id of
//! the process making it: a later start removes exactly the leftovers of processes that are
//! gone ([`remove_leftovers`]), never anything else in the folder, and never the files of a
//! write still under way. A write into another folder (an export, a backup elsewhere) keeps a
//! note naming that folder in the journal's folder while it runs ([`note_write`]), so the
//! journal's next start finds and removes what a killed export left there too.

use crate::error::{Error, Result};
use std::fs::File;
use std::io::Write;
use std::path::Path;

/// Whether an existing file at the target may be replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overwrite {
    /// Leave an existing file alone and fail with [`crate::Error::Exists`].
    Refuse,
    /// Replace an existing file (atomically, so it is never half-written).
    Replace,
}

impl Overwrite {
    /// `Replace` when the user asked for it (`--force`, a confirmed dialog), else `Refuse`.
    pub fn replacing(asked: bool) -> Self {
        if asked {
            Overwrite::Replace
        } else {
            Overwrite::Refuse
        }
    }
}

/// How every temporary file and folder the journal writes is named, followed by the writing
/// process's id and a dash.
pub const TEMP_PREFIX: &str = ".twoway-tmp-";

/// Makes `folder` and the folders above it when missing; a failure names the folder, in plain
/// words where the disk is full or read-only.
pub(crate) fn create_folder(folder: &Path) -> Result<()> {
    std::fs::create_dir_all(folder).map_err(|e| {
        Error::writing(
            folder,
            crate::language::tr(
                "error-context-create-folder",
                &[("path", (&folder.display().to_string()).into())],
            ),
            e,
        )
    })
}

/// The folder a file path is written in.
pub(crate) fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."))
}

fn temp_builder<'a>(suffix: &'a str, prefix: &'a str) -> tempfile::Builder<'a, 'a> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix).suffix(suffix);
    builder
}

fn own_prefix() -> String {
    format!("{TEMP_PREFIX}{}-", std::process::id())
}

/// A temporary file in `folder`, removed when dropped unless persisted.
pub(crate) fn temp_file_in(folder: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let prefix = own_prefix();
    temp_builder(".partial", &prefix).tempfile_in(folder)
}

/// A temporary folder in `folder`, removed with what it holds when dropped.
fn temp_dir_in(folder: &Path) -> std::io::Result<tempfile::TempDir> {
    let prefix = own_prefix();
    temp_builder(".partial", &prefix).tempdir_in(folder)
}

/// The end of the name of a note of a write elsewhere (see [`note_write`]).
const NOTE_SUFFIX: &str = ".elsewhere";

/// A note, in the journal's folder, that a file is being written in another folder: a
/// temporary file of the writing process holding that folder's absolute path. It is removed
/// when dropped, once the write is over; if the process ends first (a crash, a kill), the
/// journal's next start removes the write's leftovers in that folder too.
#[derive(Debug)]
pub(crate) struct WriteNote {
    _file: Option<tempfile::NamedTempFile>,
}

/// Notes in `journal_folder` that a write into `folder` is under way. Nothing is noted for the
/// journal's own folder and its backups folder (every start cleans them anyway), for a journal
/// in memory, or where the note cannot be written (a read-only journal exporting elsewhere:
/// then a killed export's leftovers go at the next write into that folder).
pub(crate) fn note_write(journal_folder: Option<&Path>, folder: &Path) -> WriteNote {
    let note = || {
        let journal_folder = journal_folder?;
        let folder = std::path::absolute(folder).ok()?;
        let own = [
            std::path::absolute(journal_folder).ok()?,
            std::path::absolute(journal_folder.join(crate::backups::BACKUPS_FOLDER)).ok()?,
        ];
        if own.contains(&folder) {
            return None;
        }
        let prefix = own_prefix();
        let mut note = temp_builder(NOTE_SUFFIX, &prefix)
            .tempfile_in(journal_folder)
            .ok()?;
        note.write_all(folder.to_str()?.as_bytes()).ok()?;
        Some(note)
    };
    WriteNote { _file: note() }
}

/// Whether the process with this id has ended. Where the system cannot tell (no `/proc`), a
/// leftover counts as ended once it is an hour old.
fn process_ended(pid: u32, modified: Option<std::time::SystemTime>) -> bool {
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        return !proc.join(pid.to_string()).exists();
    }
    modified
        .and_then(|at| at.elapsed().ok())
        .is_some_and(|age| age > std::time::Duration::from_secs(3600))
}

/// Removes the journal's temporary files and folders in `folder` whose writing process has
/// ended (a crash, a kill, a power cut); returns how many. A note of such a process's write
/// elsewhere has that folder's leftovers removed too. Nothing else is touched, and a folder
/// that cannot be read is left alone.
pub fn remove_leftovers(folder: &Path) -> usize {
    remove_leftovers_in(folder, true)
}

/// [`remove_leftovers`], following the notes of writes elsewhere only when `follow_notes`
/// (one step: a note found by following one is not followed).
fn remove_leftovers_in(folder: &Path, follow_notes: bool) -> usize {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(TEMP_PREFIX)) else {
            continue;
        };
        let Some(pid) = rest
            .split_once('-')
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        if !process_ended(pid, metadata.modified().ok()) {
            continue;
        }
        let path = entry.path();
        if follow_notes && metadata.is_file() && rest.ends_with(NOTE_SUFFIX) {
            // A note cut short by the kill names no folder, or a wrong one: there, too, only
            // leftovers of ended processes are removed.
            if let Ok(elsewhere) = std::fs::read_to_string(&path) {
                removed += remove_leftovers_in(Path::new(&elsewhere), false);
            }
        }
        let gone = if metadata.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        if gone.is_ok() {
            removed += 1;
        }
    }
    removed
}

/// The text of the file at `path` (a record, a report), or an error that names the file.
pub fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| Error::Io {
        context: crate::language::tr(
            "error-context-read",
            &[("path", (&path.display().to_string()).into())],
        ),
        source,
    })
}

/// Writes `bytes` to `target` atomically. With `Overwrite::Refuse`, an existing file is an error
/// and is left untouched.
pub fn write_atomically(target: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<()> {
    let folder = folder_of(target);
    let failed = |e| {
        Error::writing(
            folder,
            crate::language::tr(
                "error-context-write",
                &[("path", (&target.display().to_string()).into())],
            ),
            e,
        )
    };
    refuse_existing(target, overwrite)?;
    remove_leftovers(folder);
    let mut temp = temp_file_in(folder).map_err(failed)?;
    temp.write_all(bytes).map_err(failed)?;
    temp.as_file().sync_all().map_err(failed)?;
    persist(temp, target, overwrite)?;
    sync_folder(folder).map_err(failed)
}

/// Renames a finished temporary file over `target` (only onto nothing, with `Refuse`:
/// `persist_noclobber` closes the race between an earlier check and the rename).
pub(crate) fn persist(
    temp: tempfile::NamedTempFile,
    target: &Path,
    overwrite: Overwrite,
) -> Result<()> {
    match overwrite {
        Overwrite::Replace => temp.persist(target).map(drop).map_err(|e| e.error),
        Overwrite::Refuse => temp
            .persist_noclobber(target)
            .map(drop)
            .map_err(|e| e.error),
    }
    .map_err(|e| exists_or(target, e))
}

/// With `Overwrite::Refuse`, an existing `target` is an [`Error::Exists`].
pub(crate) fn refuse_existing(target: &Path, overwrite: Overwrite) -> Result<()> {
    if overwrite == Overwrite::Refuse && target.exists() {
        return Err(Error::Exists {
            path: target.to_owned(),
        });
    }
    Ok(())
}

/// A rename refused because the target appeared meanwhile is [`Error::Exists`] too.
fn exists_or(target: &Path, error: std::io::Error) -> Error {
    if error.kind() == std::io::ErrorKind::AlreadyExists {
        Error::Exists {
            path: target.to_owned(),
        }
    } else {
        Error::writing(
            folder_of(target),
            crate::language::tr(
                "error-context-write",
                &[("path", (&target.display().to_string()).into())],
            ),
            error,
        )
    }
}

/// Writes `files` (`(name, content)` pairs, names made by [`clean_file_name`]) into the folder
/// `folder`, creating it when missing. With `Overwrite::Refuse` nothing is written when any of
/// the files exists already. All or nothing: every file is written and flushed in a temporary
/// folder beside `folder` first, so a failure (a full disk) leaves `folder` as it was; then a
/// new folder is renamed into place whole, or each file is renamed into an existing one.
pub fn write_folder(folder: &Path, files: &[(String, String)], overwrite: Overwrite) -> Result<()> {
    let failed = |e| {
        Error::writing(
            folder,
            crate::language::tr(
                "error-context-write",
                &[("path", (&folder.display().to_string()).into())],
            ),
            e,
        )
    };
    for (name, _) in files {
        // Names come from `clean_file_name`; a separator here would be a bug, not user input.
        if name.contains(['/', '\\']) || name.starts_with('.') {
            return Err(Error::io(
                crate::language::tr(
                    "error-context-write",
                    &[("path", (&folder.display().to_string()).into())],
                ),
                std::io::Error::new(std::io::ErrorKind::InvalidInput, "unsafe file name"),
            ));
        }
        refuse_existing(&folder.join(name), overwrite)?;
    }
    if folder.is_file() {
        return Err(Error::Exists {
            path: folder.to_owned(),
        });
    }
    let parent = folder_of(folder);
    std::fs::create_dir_all(parent).map_err(failed)?;
    remove_leftovers(parent);
    let staging = temp_dir_in(parent).map_err(failed)?;
    if folder.exists() {
        let mut written = Vec::with_capacity(files.len());
        for (name, content) in files {
            let mut temp = temp_file_in(staging.path()).map_err(failed)?;
            temp.write_all(content.as_bytes()).map_err(failed)?;
            temp.as_file().sync_all().map_err(failed)?;
            written.push((temp, folder.join(name)));
        }
        for (temp, target) in written {
            persist(temp, &target, overwrite)?;
        }
        return sync_folder(folder).map_err(failed);
    }
    for (name, content) in files {
        let mut file = File::create(staging.path().join(name)).map_err(failed)?;
        file.write_all(content.as_bytes()).map_err(failed)?;
        file.sync_all().map_err(failed)?;
    }
    sync_folder(staging.path()).map_err(failed)?;
    // From here the folder is complete: it only changes its name.
    let staged = staging.keep();
    std::fs::rename(&staged, folder)
        .inspect_err(|_| {
            let _ = std::fs::remove_dir_all(&staged);
        })
        .map_err(failed)?;
    sync_folder(parent).map_err(failed)
}

/// Flushes a file written by someone else (SQLite's `VACUUM INTO`) and the folder holding it.
pub(crate) fn sync_file_and_folder(path: &Path) -> Result<()> {
    let folder = folder_of(path);
    let failed = |e| {
        Error::writing(
            folder,
            crate::language::tr(
                "error-context-write",
                &[("path", (&path.display().to_string()).into())],
            ),
            e,
        )
    };
    File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(failed)?;
    sync_folder(folder).map_err(failed)
}

fn sync_folder(folder: &Path) -> std::io::Result<()> {
    // Directories can be opened and fsynced on Unix; Windows has no such call and does not
    // need it for a rename to be durable.
    #[cfg(unix)]
    File::open(folder)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

/// Windows refuses these names whatever the extension.
const RESERVED_NAMES: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// Turns user text (a session title, a partner's name) into a file name that stays inside the
/// folder it is joined to: no separators, no `..`, no control characters, no reserved Windows
/// names, at most 255 bytes including `extension`. Never empty.
pub fn clean_file_name(text: &str, extension: &str) -> String {
    let mut name: String = text
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = name.trim_matches(|c: char| c == '.' || c == ' ' || c == '-');
    let mut name = if name.is_empty() {
        "untitled".to_owned()
    } else {
        name.to_owned()
    };
    let stem_upper = name
        .split('.')
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase();
    if RESERVED_NAMES.contains(&stem_upper.as_str()) {
        name.insert(0, '_');
    }
    let suffix = if extension.is_empty() {
        String::new()
    } else {
        format!(".{extension}")
    };
    let budget = 255usize.saturating_sub(suffix.len());
    if name.len() > budget {
        let mut end = budget;
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        name.truncate(end);
    }
    name + &suffix
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_from_user_text_stay_in_their_folder() {
        for hostile in [
            "../../etc/passwd",
            "..",
            ".",
            "a/b\\c",
            "con",
            "NUL.txt",
            "\u{0}\n\t",
            "",
        ] {
            let name = clean_file_name(hostile, "md");
            assert!(
                !name.contains('/') && !name.contains('\\'),
                "{hostile:?} gave {name:?}"
            );
            assert!(
                !name.starts_with('.'),
                "{hostile:?} gave hidden or parent name {name:?}"
            );
            assert!(
                !name.chars().any(char::is_control),
                "{hostile:?} gave {name:?}"
            );
            let stem = name.split('.').next().unwrap().to_ascii_uppercase();
            assert!(
                !RESERVED_NAMES.contains(&stem.as_str()),
                "{hostile:?} gave {name:?}"
            );
            assert!(name.ends_with(".md"));
        }
    }

    #[test]
    fn long_file_names_are_cut_on_a_character_boundary() {
        let name = clean_file_name(&"é".repeat(300), "html");
        assert!(name.len() <= 255);
        assert!(name.ends_with(".html"));
    }

    #[test]
    fn an_atomic_write_refuses_to_overwrite_unless_asked() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.md");
        write_atomically(&target, b"first", Overwrite::Refuse).unwrap();
        let refused = write_atomically(&target, b"second", Overwrite::Refuse);
        assert!(refused.is_err());
        assert_eq!(std::fs::read(&target).unwrap(), b"first");
        write_atomically(&target, b"second", Overwrite::Replace).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"second");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_note_of_a_write_elsewhere_has_its_leftovers_removed_once_its_process_ended() {
        let journal = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let (journal, elsewhere) = (journal.path(), elsewhere.path());
        // While a write is under way, its note is there and nothing of it is removed.
        let note = note_write(Some(journal), elsewhere);
        let mine = temp_file_in(elsewhere).unwrap();
        remove_leftovers(journal);
        assert!(mine.path().exists());
        let notes = |folder: &Path| {
            std::fs::read_dir(folder)
                .unwrap()
                .filter(|e| {
                    let name = e.as_ref().unwrap().file_name();
                    name.to_string_lossy().ends_with(NOTE_SUFFIX)
                })
                .count()
        };
        assert_eq!(notes(journal), 1);
        drop(note);
        assert_eq!(notes(journal), 0, "the note goes with the write");
        // The journal's own folders need no note.
        let own = note_write(Some(journal), &journal.join(crate::backups::BACKUPS_FOLDER));
        assert_eq!(notes(journal), 0);
        drop(own);

        // What a process that has ended (no such id) left: its note, and its files elsewhere.
        let ended = format!("{TEMP_PREFIX}4294967295-");
        let left = elsewhere.join(format!("{ended}x.partial"));
        std::fs::write(&left, "half an export").unwrap();
        std::fs::create_dir(elsewhere.join(format!("{ended}y.partial"))).unwrap();
        let unrelated = elsewhere.join("notes.md");
        std::fs::write(&unrelated, "mine").unwrap();
        let absolute = std::path::absolute(elsewhere).unwrap();
        std::fs::write(
            journal.join(format!("{ended}z{NOTE_SUFFIX}")),
            absolute.to_str().unwrap(),
        )
        .unwrap();
        assert_eq!(remove_leftovers(journal), 3, "the note and both leftovers");
        assert!(!left.exists());
        assert!(mine.path().exists(), "a write still under way is kept");
        assert!(unrelated.exists(), "nothing else is touched");
        assert_eq!(notes(journal), 0);
    }

    #[test]
    fn a_folder_is_written_whole_or_not_at_all_without_replacing() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("export");
        let files = vec![
            ("index.md".to_owned(), "index".to_owned()),
            ("2026-03-02 First.md".to_owned(), "first".to_owned()),
        ];
        write_folder(&folder, &files, Overwrite::Refuse).unwrap();
        assert_eq!(
            std::fs::read_to_string(folder.join("index.md")).unwrap(),
            "index"
        );

        std::fs::remove_file(folder.join("index.md")).unwrap();
        let changed = vec![
            ("index.md".to_owned(), "new index".to_owned()),
            ("2026-03-02 First.md".to_owned(), "new first".to_owned()),
        ];
        let refused = write_folder(&folder, &changed, Overwrite::Refuse).unwrap_err();
        assert!(matches!(refused, Error::Exists { .. }), "{refused:?}");
        assert!(
            !folder.join("index.md").exists(),
            "nothing is written when one file is in the way"
        );
        write_folder(&folder, &changed, Overwrite::Replace).unwrap();
        assert_eq!(
            std::fs::read_to_string(folder.join("2026-03-02 First.md")).unwrap(),
            "new first"
        );
        let unsafe_name = vec![("../escape.md".to_owned(), String::new())];
        assert!(write_folder(&folder, &unsafe_name, Overwrite::Replace).is_err());
        assert!(!dir.path().join("escape.md").exists());
    }
}
