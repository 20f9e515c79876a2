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
    /// An encrypted journal locks itself after this many minutes without use (the window
    /// then asks for the passphrase again); 0 never locks it.
    pub lock_after_idle_minutes: u32,
    /// The offer to encrypt a new journal was answered ("Not now", or encryption turned on),
    /// so the home view no longer makes it.
    pub encryption_offer_answered: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            trash_days: 30,
            lock_after_idle_minutes: 0,
            encryption_offer_answered: false,
        }
    }
}

/// The longest time the trash may keep records, in days (ten years).
pub const MAX_TRASH_DAYS: u32 = 3650;

/// The longest idle time before an encrypted journal locks itself, in minutes (a day).
pub const MAX_LOCK_AFTER_IDLE_MINUTES: u32 = 24 * 60;

impl ReadTx<'_> {
    /// The saved text of the setting `key`, if it was ever saved.
    pub(crate) fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .prepare("SELECT value FROM setting WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    /// The saved value of `key` read as a `T`, or `default` when it was never saved or does
    /// not read as one (saved by a build that spelled it otherwise).
    fn setting_or<T: std::str::FromStr>(&self, key: &str, default: T) -> Result<T> {
        Ok(self
            .setting(key)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(default))
    }

    /// The journal's settings; a setting never saved, or saved by a build that spelled it
    /// otherwise, has its default.
    pub fn settings(&self) -> Result<Settings> {
        let defaults = Settings::default();
        Ok(Settings {
            trash_days: self.setting_or("trash_days", defaults.trash_days)?,
            lock_after_idle_minutes: self
                .setting_or("lock_after_idle_minutes", defaults.lock_after_idle_minutes)?,
            encryption_offer_answered: self.setting_or(
                "encryption_offer_answered",
                defaults.encryption_offer_answered,
            )?,
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
        if settings.lock_after_idle_minutes > MAX_LOCK_AFTER_IDLE_MINUTES {
            return Err(Error::invalid(
                "lock_after_idle_minutes",
                Problem::OutOfRange {
                    min: 0,
                    max: i64::from(MAX_LOCK_AFTER_IDLE_MINUTES),
                },
            ));
        }
        let values = [
            ("trash_days", settings.trash_days.to_string()),
            (
                "lock_after_idle_minutes",
                settings.lock_after_idle_minutes.to_string(),
            ),
            (
                "encryption_offer_answered",
                settings.encryption_offer_answered.to_string(),
            ),
        ];
        for (key, value) in values {
            self.put_setting(key, &value)?;
        }
        self.settings()
    }

    /// Saves `value` as the text of the setting `key`.
    pub(crate) fn put_setting(&self, key: &str, value: &str) -> Result<()> {
        self.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    /// Forgets the setting `key`.
    pub(crate) fn remove_setting(&self, key: &str) -> Result<()> {
        self.execute("DELETE FROM setting WHERE key = ?1", [key])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Journal, ManualClock};
    use std::sync::Arc;

    fn journal() -> Journal {
        let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
        Journal::open_in_memory(clock).unwrap()
    }

    #[test]
    fn settings_start_at_their_defaults_and_keep_what_was_saved() {
        let mut journal = journal();
        assert_eq!(
            journal.read(|tx| tx.settings()).unwrap(),
            Settings::default()
        );
        let chosen = Settings {
            trash_days: 14,
            lock_after_idle_minutes: 15,
            encryption_offer_answered: true,
        };
        let saved = journal.write(|tx| tx.set_settings(&chosen)).unwrap();
        assert_eq!(saved, chosen);
        assert_eq!(journal.read(|tx| tx.settings()).unwrap(), chosen);
    }

    #[test]
    fn an_idle_time_past_a_day_is_refused_and_nothing_changes() {
        let mut journal = journal();
        let refused = journal.write(|tx| {
            tx.set_settings(&Settings {
                trash_days: 7,
                lock_after_idle_minutes: MAX_LOCK_AFTER_IDLE_MINUTES + 1,
                ..Settings::default()
            })
        });
        assert!(
            matches!(
                refused,
                Err(Error::Invalid {
                    field: "lock_after_idle_minutes",
                    ..
                })
            ),
            "{refused:?}"
        );
        assert_eq!(
            journal.read(|tx| tx.settings()).unwrap(),
            Settings::default()
        );
    }
}
