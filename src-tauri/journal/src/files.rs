//! Files the journal writes (exports, backups): written whole or not at all, and named safely.
//!
//! A write goes to a temporary file in the target's folder, is flushed with `sync_all`, renamed
//! over the target, and then the folder itself is synced so the rename survives a power cut.
//! (`tempfile`'s `persist` alone does not sync.)

use crate::error::{Error, Result};
use std::fs::File;
use std::io::Write;
use std::path::Path;

/// Whether an existing file at the target may be replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overwrite {
    Refuse,
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

/// Writes `bytes` to `target` atomically. With `Overwrite::Refuse`, an existing file is an error
/// and is left untouched.
pub fn write_atomically(target: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<()> {
    let folder = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let context = |what: &str| format!("cannot {what} {}", target.display());
    refuse_existing(target, overwrite)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".twoway-")
        .suffix(".partial")
        .tempfile_in(folder)
        .map_err(|e| Error::io(context("write"), e))?;
    temp.write_all(bytes)
        .map_err(|e| Error::io(context("write"), e))?;
    temp.as_file()
        .sync_all()
        .map_err(|e| Error::io(context("write"), e))?;
    match overwrite {
        Overwrite::Replace => temp.persist(target).map(drop).map_err(|e| e.error),
        // `persist_noclobber` closes the race between the check above and the rename.
        Overwrite::Refuse => temp
            .persist_noclobber(target)
            .map(drop)
            .map_err(|e| e.error),
    }
    .map_err(|e| exists_or(target, e, || context("write")))?;
    sync_folder(folder).map_err(|e| Error::io(context("write"), e))
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
pub(crate) fn exists_or(
    target: &Path,
    error: std::io::Error,
    context: impl FnOnce() -> String,
) -> Error {
    if error.kind() == std::io::ErrorKind::AlreadyExists {
        Error::Exists {
            path: target.to_owned(),
        }
    } else {
        Error::io(context(), error)
    }
}

/// Writes `files` (`(name, content)` pairs, names made by [`clean_file_name`]) into the folder
/// `folder`, creating it when missing. With `Overwrite::Refuse` nothing is written when any of
/// the files exists already. Each file is written atomically.
pub fn write_folder(folder: &Path, files: &[(String, String)], overwrite: Overwrite) -> Result<()> {
    for (name, _) in files {
        // Names come from `clean_file_name`; a separator here would be a bug, not user input.
        if name.contains(['/', '\\']) || name.starts_with('.') {
            return Err(Error::io(
                format!("cannot write {}", folder.display()),
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
    let created = !folder.exists();
    std::fs::create_dir_all(folder)
        .map_err(|e| Error::io(format!("cannot create {}", folder.display()), e))?;
    if created && let Some(parent) = folder.parent().filter(|p| !p.as_os_str().is_empty()) {
        // The new folder's entry must survive a power cut as the files in it do.
        sync_folder(parent)
            .map_err(|e| Error::io(format!("cannot create {}", folder.display()), e))?;
    }
    for (name, content) in files {
        write_atomically(&folder.join(name), content.as_bytes(), overwrite)?;
    }
    Ok(())
}

/// Flushes a file written by someone else (SQLite's `VACUUM INTO`) and the folder holding it.
pub(crate) fn sync_file_and_folder(path: &Path) -> Result<()> {
    let context = || format!("cannot write {}", path.display());
    File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(context(), e))?;
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    sync_folder(folder).map_err(|e| Error::io(context(), e))
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
