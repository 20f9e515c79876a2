//! Automatic backups: a copy of the journal in the `backups` folder beside it, made with
//! SQLite's online backup and checked with `integrity_check`, once a day and before anything
//! replaces many records at once (an import, a restore). Kept on a rotation and pruned after
//! each new one; any of them can be restored, after a backup of the journal it replaces.
//!
//! A backup is named `<journal stem>.<UTC time>.<reason>.sqlite3`, so the folder can be listed
//! and pruned without opening a file, and backups of two journals in one folder (the journal
//! and the demo) never mix.

use crate::db;
use crate::error::{Error, Result};
use crate::files::{self, Overwrite};
use crate::journal::Journal;
use chrono::{DateTime, Datelike, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The name of the folder, beside the journal, that holds its backups.
pub const BACKUPS_FOLDER: &str = "backups";

/// How many of the most recent days, weeks and months keep their newest backup, and how many
/// of the newest backups are kept whatever they are.
pub const KEEP_DAILY: usize = 7;
/// See [`KEEP_DAILY`].
pub const KEEP_WEEKLY: usize = 4;
/// See [`KEEP_DAILY`].
pub const KEEP_MONTHLY: usize = 12;
/// See [`KEEP_DAILY`].
pub const KEEP_NEWEST: usize = 3;

const STAMP: &str = "%Y-%m-%dT%H-%M-%S%.3fZ";

/// Why a backup was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The first open of a day.
    Daily,
    /// Before a pack was imported.
    BeforeImport,
    /// Before another backup was restored over the journal.
    BeforeRestore,
}

impl Reason {
    fn as_str(self) -> &'static str {
        match self {
            Reason::Daily => "daily",
            Reason::BeforeImport => "before-import",
            Reason::BeforeRestore => "before-restore",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [Reason::Daily, Reason::BeforeImport, Reason::BeforeRestore]
            .into_iter()
            .find(|r| r.as_str() == text)
    }
}

/// One backup in the folder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BackupFile {
    /// Where it is.
    pub path: String,
    /// When it was made.
    pub made_at: DateTime<Utc>,
    /// Why it was made.
    pub reason: Reason,
    /// Its size in bytes (at most `u32::MAX`, shown rounded).
    pub bytes: u32,
    /// The records it holds, all kinds together, trash included; `None` when it cannot be read.
    pub records: Option<u32>,
}

/// The backups folder of the journal at `journal`.
pub fn folder_for(journal: &Path) -> PathBuf {
    files::folder_of(journal).join(BACKUPS_FOLDER)
}

fn stem_of(journal: &Path) -> String {
    journal
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "journal".to_owned())
}

/// The name of the backup of `journal` made at `at` for `reason`.
fn file_name(journal: &Path, at: DateTime<Utc>, reason: Reason) -> String {
    format!(
        "{}.{}.{}.sqlite3",
        stem_of(journal),
        at.format(STAMP),
        reason.as_str()
    )
}

/// When and why the backup named `name` was made, if it is a backup of the journal `stem`.
fn parse_name(stem: &str, name: &str) -> Option<(DateTime<Utc>, Reason)> {
    let rest = name.strip_prefix(stem)?.strip_prefix('.')?;
    let rest = rest.strip_suffix(".sqlite3")?;
    let (stamp, reason) = rest.rsplit_once('.')?;
    // The stamp holds a `.` before its milliseconds; the reason is what follows the last dot.
    let at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
    Some((at, Reason::parse(reason)?))
}

/// The backups of the journal at `journal`, newest first, without opening them.
pub(crate) fn backup_files(journal: &Path) -> Vec<(PathBuf, DateTime<Utc>, Reason)> {
    let stem = stem_of(journal);
    let Ok(entries) = std::fs::read_dir(folder_for(journal)) else {
        return Vec::new();
    };
    let mut found: Vec<_> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name();
            let (at, reason) = parse_name(&stem, name.to_str()?)?;
            Some((entry.path(), at, reason))
        })
        .collect();
    found.sort_by_key(|(_, at, _)| std::cmp::Reverse(*at));
    found
}

/// Which of the backups made at `made` (any order) the rotation keeps: the newest of each of
/// the [`KEEP_DAILY`] most recent days that have one, likewise for ISO weeks and months, and
/// the [`KEEP_NEWEST`] newest of all. Days, weeks and months are UTC.
pub fn kept(made: &[DateTime<Utc>]) -> HashSet<DateTime<Utc>> {
    let mut newest_first = made.to_vec();
    newest_first.sort_by_key(|at| std::cmp::Reverse(*at));
    newest_first.dedup();
    let mut keep: HashSet<DateTime<Utc>> = newest_first.iter().take(KEEP_NEWEST).copied().collect();
    let mut newest_per = |bucket: &dyn Fn(&DateTime<Utc>) -> (i32, u32), count: usize| {
        let mut seen = Vec::new();
        for at in &newest_first {
            let key = bucket(at);
            if seen.len() == count {
                break;
            }
            if !seen.contains(&key) {
                seen.push(key);
                keep.insert(*at);
            }
        }
    };
    newest_per(&|at| (at.year(), at.ordinal()), KEEP_DAILY);
    newest_per(
        &|at| (at.iso_week().year(), at.iso_week().week()),
        KEEP_WEEKLY,
    );
    newest_per(&|at| (at.year(), at.month()), KEEP_MONTHLY);
    keep
}

impl Journal {
    /// The folder holding this journal's backups (`None` in memory).
    pub fn backups_folder(&self) -> Option<PathBuf> {
        self.path().map(folder_for)
    }

    /// Backs the journal up now into its backups folder, then prunes the folder by the
    /// rotation. Returns the new backup (`None` for a journal in memory).
    pub fn back_up(&self, reason: Reason) -> Result<Option<PathBuf>> {
        let Some(path) = self.path() else {
            return Ok(None);
        };
        // A read-only journal, or one on a full disk, is refused in those words.
        self.writable()?;
        let folder = folder_for(path);
        crate::files::create_folder(&folder)?;
        let target = folder.join(file_name(path, self.clock().now(), reason));
        self.copy_to(&target, Overwrite::Refuse)?;
        self.prune_backups()?;
        Ok(Some(target))
    }

    /// Makes the day's backup unless one was made today (UTC, by the journal's clock).
    /// Returns it when it made one. A read-only journal is not backed up.
    pub fn daily_backup(&self) -> Result<Option<PathBuf>> {
        let Some(path) = self.path() else {
            return Ok(None);
        };
        if self.is_read_only() {
            return Ok(None);
        }
        let today = self.clock().now().date_naive();
        if backup_files(path)
            .iter()
            .any(|(_, at, _)| at.date_naive() == today)
        {
            return Ok(None);
        }
        self.back_up(Reason::Daily)
    }

    /// Removes the backups the rotation does not keep; returns how many.
    pub fn prune_backups(&self) -> Result<usize> {
        let Some(path) = self.path() else {
            return Ok(0);
        };
        let all = backup_files(path);
        let keep = kept(&all.iter().map(|(_, at, _)| *at).collect::<Vec<_>>());
        let mut removed = 0;
        for (file, at, _) in all {
            if !keep.contains(&at) {
                std::fs::remove_file(&file).map_err(|e| {
                    Error::writing(
                        files::folder_of(&file),
                        crate::language::tr(
                            "error-context-remove",
                            &[("path", (&file.display().to_string()).into())],
                        ),
                        e,
                    )
                })?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// This journal's backups, newest first, with what each holds.
    pub fn backups(&self) -> Result<Vec<BackupFile>> {
        let Some(path) = self.path() else {
            return Ok(Vec::new());
        };
        Ok(backup_files(path)
            .into_iter()
            .map(|(file, made_at, reason)| {
                let bytes = std::fs::metadata(&file).map_or(0, |m| m.len());
                BackupFile {
                    records: db::count_records(&file, self.key()).ok(),
                    path: file.display().to_string(),
                    made_at,
                    reason,
                    bytes: u32::try_from(bytes).unwrap_or(u32::MAX),
                }
            })
            .collect())
    }

    /// Replaces the journal's records with those of the backup at `backup`, after backing up
    /// the journal as it is. The backup must be a sound Twoway journal no newer than this
    /// build; it is read, never changed. Returns the backup of the journal it replaced.
    pub fn restore_backup(&mut self, backup: &Path) -> Result<Option<PathBuf>> {
        let (mut source, version, encrypted) = db::open_to_copy(backup, self.key())?;
        // SQLite's backup copies pages as they are, so a plain backup going into an encrypted
        // journal (or the other way round) is converted first, into a file beside the journal.
        let converted = if encrypted != self.is_encrypted() {
            let folder = self.folder().unwrap_or(Path::new("."));
            let temp = files::temp_file_in(folder).map_err(|e| {
                Error::writing(
                    folder,
                    crate::language::tr("error-context-convert-backup", &[]),
                    e,
                )
            })?;
            db::convert_file(backup, self.key(), temp.path(), self.key())
                .map_err(|e| Error::sqlite_writing(folder, e))?;
            source = db::open_to_copy(temp.path(), self.key())?.0;
            Some(temp)
        } else {
            None
        };
        let before = self.back_up(Reason::BeforeRestore)?;
        self.copy_in(&source, version)?;
        drop(converted);
        Ok(before)
    }
}

/// What the first open of a day did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct DailyCare {
    /// The day's backup, when this open made it.
    pub backup: Option<String>,
    /// Records deleted forever for having been in the trash longer than the setting allows.
    pub purged: u32,
    /// Old versions thinned out of the history.
    pub thinned: u32,
}

impl Journal {
    /// What the first open of each day does: the day's backup, then (only once it is made)
    /// the trash emptied of what is older than the setting allows and the history thinned.
    /// Later opens of the day do nothing; so does a read-only journal.
    pub fn daily_care(&mut self) -> Result<DailyCare> {
        let Some(backup) = self.daily_backup()? else {
            return Ok(DailyCare::default());
        };
        let now = self.clock().now();
        let (purged, thinned) = self.write(|tx| {
            let days = i64::from(tx.settings()?.trash_days);
            let purged = tx.empty_trash(Some(now - chrono::Duration::days(days)))?;
            let thinned = tx.thin_history()?;
            Ok((purged.iter().map(|t| t.count).sum(), thinned))
        })?;
        Ok(DailyCare {
            backup: Some(backup.display().to_string()),
            purged,
            thinned,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn names_read_back_as_what_they_say() {
        let at = Utc.with_ymd_and_hms(2026, 12, 2, 14, 41, 11).unwrap();
        let name = file_name(Path::new("/x/journal.sqlite3"), at, Reason::BeforeImport);
        assert_eq!(
            name,
            "journal.2026-12-02T14-41-11.000Z.before-import.sqlite3"
        );
        assert_eq!(
            parse_name("journal", &name),
            Some((at, Reason::BeforeImport))
        );
        assert_eq!(parse_name("demo", &name), None, "another journal's backup");
        assert_eq!(parse_name("journal", "journal.sqlite3"), None);
    }
}
