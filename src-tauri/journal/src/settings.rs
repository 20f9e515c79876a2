//! The journal's own settings, kept in the journal so they travel with it: each a key with a
//! text value in the `setting` table, read and written as one [`Settings`] value.

use crate::db::{ReadTx, WriteTx};
use crate::error::{Error, Problem, Result};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

/// Every setting of a journal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Settings {
    /// Records in the trash longer than this many days are deleted forever at the first start
    /// of a day (after that day's backup).
    pub trash_days: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Self { trash_days: 30 }
    }
}

/// The longest time the trash may keep records, in days (ten years).
pub const MAX_TRASH_DAYS: u32 = 3650;

impl ReadTx<'_> {
    fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .prepare("SELECT value FROM setting WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    /// The journal's settings; a setting never saved, or saved by a build that spelled it
    /// otherwise, has its default.
    pub fn settings(&self) -> Result<Settings> {
        let defaults = Settings::default();
        Ok(Settings {
            trash_days: self
                .setting("trash_days")?
                .and_then(|v| v.parse().ok())
                .unwrap_or(defaults.trash_days),
        })
    }
}

impl WriteTx<'_> {
    /// Saves the journal's settings after checking them.
    pub fn set_settings(&self, settings: &Settings) -> Result<Settings> {
        if !(1..=MAX_TRASH_DAYS).contains(&settings.trash_days) {
            return Err(Error::invalid(
                "trash_days",
                Problem::OutOfRange {
                    min: 1,
                    max: i64::from(MAX_TRASH_DAYS),
                },
            ));
        }
        self.execute(
            "INSERT INTO setting (key, value) VALUES ('trash_days', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [settings.trash_days.to_string()],
        )?;
        self.settings()
    }
}
