//! The window reopens the journal the user opened last. Opening another journal from Settings
//! keeps its path in `last-journal.json` in the data folder (an app-level file like
//! `background.json`, read before any journal opens); opening the default journal forgets it,
//! and the demo journal, a throwaway, is never kept. `--journal PATH` always wins and changes
//! nothing here; the command line's subcommands use the default journal as before.
//!
//! A kept journal that is not there any more (moved, deleted, on a disk not mounted) is not
//! made again empty in its place: the default journal opens instead, and the window says why.
//! One that is there but cannot be read opens as any such file does: refused, and left as it is.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use twoway_journal::language::tr;

const FILE_NAME: &str = "last-journal.json";

/// What `last-journal.json` holds.
#[derive(Serialize, Deserialize)]
struct Saved {
    path: PathBuf,
}

/// The journal a start opens, and what the window tells the user about it.
#[derive(Debug, PartialEq, Eq)]
pub struct Start {
    pub path: PathBuf,
    pub notice: Option<String>,
}

/// Which journal a window started without `--journal` opens.
pub fn start() -> Start {
    let kept = crate::app_file::read::<Saved>(FILE_NAME).map(|saved| saved.path);
    choose(kept, twoway_journal::default_journal_path(), |path| {
        path.exists()
    })
}

/// The kept journal when it `exists`, else the default one with a notice naming the kept one.
pub fn choose(kept: Option<PathBuf>, default: PathBuf, exists: impl Fn(&Path) -> bool) -> Start {
    match kept {
        Some(kept) if kept != default && !exists(&kept) => Start {
            notice: Some(tr(
                "error-last-journal-gone",
                &[("path", (&kept.display().to_string()).into())],
            )),
            path: default,
        },
        Some(kept) => Start {
            path: kept,
            notice: None,
        },
        None => Start {
            path: default,
            notice: None,
        },
    }
}

/// Keeps `path` as the journal to open next time; the default journal and the demo journal
/// are not kept (the file is removed, so the next start opens the default). A failure is said on
/// standard error: the journal is open all the same.
pub fn remember(path: &Path, is_demo: bool) {
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let result = if is_demo || path == twoway_journal::default_journal_path() {
        match std::fs::remove_file(crate::app_file::path(FILE_NAME)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.to_string()),
            _ => Ok(()),
        }
    } else {
        write(&path)
    };
    if let Err(e) = result {
        eprintln!("twoway: the journal to open next time was not kept: {e}");
    }
}

fn write(path: &Path) -> Result<(), String> {
    crate::app_file::keep(
        FILE_NAME,
        &Saved {
            path: path.to_owned(),
        },
    )
    .map_err(|e| e.message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default() -> PathBuf {
        PathBuf::from("/data/journal.sqlite3")
    }

    #[test]
    fn the_kept_journal_opens_when_it_is_there() {
        let kept = PathBuf::from("/elsewhere/work.sqlite3");
        let start = choose(Some(kept.clone()), default(), |_| true);
        assert_eq!(
            start,
            Start {
                path: kept,
                notice: None
            }
        );
    }

    #[test]
    fn without_a_kept_journal_the_default_opens_silently() {
        let start = choose(None, default(), |_| false);
        assert_eq!(
            start,
            Start {
                path: default(),
                notice: None
            }
        );
    }

    #[test]
    fn a_kept_journal_that_is_gone_opens_the_default_and_says_so() {
        let kept = PathBuf::from("/elsewhere/work.sqlite3");
        let start = choose(Some(kept), default(), |_| false);
        assert_eq!(
            start.path,
            default(),
            "nothing is made where the kept one was"
        );
        let notice = start.notice.expect("a notice");
        assert!(notice.contains("/elsewhere/work.sqlite3"), "{notice}");
        assert!(notice.contains("default journal"), "{notice}");
    }

    #[test]
    fn a_missing_default_is_made_as_always_without_a_notice() {
        let start = choose(Some(default()), default(), |_| false);
        assert_eq!(
            start,
            Start {
                path: default(),
                notice: None
            }
        );
    }
}
