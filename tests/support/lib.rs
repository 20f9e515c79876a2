//! Helpers shared by the integration tests in `tests/`: journals on real files in a temporary
//! folder, never in the user's data folder.

use chrono::{TimeZone, Utc};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use twoway_journal::{Journal, ManualClock};

/// A temporary folder that holds the test's journal files and is removed afterwards.
pub struct Scratch {
    pub dir: tempfile::TempDir,
    pub clock: Arc<ManualClock>,
}

impl Scratch {
    pub fn new() -> Self {
        let clock = Arc::new(ManualClock::new(
            Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap(),
        ));
        Self {
            dir: tempfile::tempdir().expect("a temporary folder"),
            clock,
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn open(&self, path: &Path) -> twoway_journal::Result<Journal> {
        Journal::open(path, self.clock.clone())
    }

    /// The names of the files in the folder, sorted.
    pub fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path())
            .expect("the scratch folder")
            .map(|e| {
                e.expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }
}

impl Default for Scratch {
    fn default() -> Self {
        Self::new()
    }
}

/// The repository's `tests/fixtures` folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}

pub mod app;
