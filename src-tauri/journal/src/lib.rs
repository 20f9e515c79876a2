//! # twoway-journal
//!
//! The journal behind Twoway: the data model, its SQLite storage, the rules that keep it
//! consistent, search, and Markdown rendering. It knows nothing of Tauri or of any window;
//! everything a user can do is a function here first, then a thin command in the app.
//!
//! ## Map
//!
//! | module | owns |
//! |---|---|
//! | [`model`] | serde types for every entity; typed UUID v7 ids; the enums |
//! | [`model::kinds`] | the record kinds, declared once: every per-kind list is made from it |
//! | `db` | opening a file safely (read-only when it cannot be written), the pragma block, numbered migrations, `ReadTx` / `WriteTx` |
//! | [`Journal`] | one open journal; `read(|tx| …)`, `write(|tx| …)` and `dry_run(|tx| …)` |
//! | `store` | one module per entity: its columns, links and rules; the row writers every write goes through; carry-over |
//! | [`sync`] | one journal on several devices through a folder a file sync tool keeps: change files, the hybrid logical clock, the merge |
//! | [`synced`] | whether a folder is kept in sync by a file sync tool (no journal may live there) |
//! | [`summary`] | the dashboard's numbers for a partnership |
//! | [`reminders`] | what is due to remind the owner of at a given moment, free of private text |
//! | [`rhythm`] | the dates a cadence asks for; the next session the journal proposes |
//! | [`search`] | the FTS5 index and a query parser that accepts any input |
//! | [`templates`] | agenda templates: the built-in ones, the `{names}` an item may use, applying one to a planned session |
//! | [`trash`] | what is in the trash, restoring it, and deleting it forever with what belongs to it |
//! | [`history`] | earlier versions of long texts: kept while typing, thinned by age, compared, restored |
//! | [`backups`] | automatic backups beside the journal: daily, before an import or restore; rotation; restore |
//! | [`settings`] | the journal's own settings (how long the trash keeps records) |
//! | [`render`] | Markdown to sanitized HTML |
//! | `plain` | Markdown as plain text, for snippets and labels |
//! | [`programme`] | the numbers-only report a pair hands its programme; many reports merged with no small group, drawn as a dashboard |
//! | [`exchange`] | the partner exchange through a shared folder: each side's shared pack there, the partner's imported |
//! | [`export`] | what leaves the machine: one scope, filtered for its audience, in five forms |
//! | [`import`] | reading a pack safely (`read`), the per-kind rules (`rules`) and the merge by id (`merge`), in one transaction |
//! | [`recognition`] | records of learning: the draft, signing and countersigning (Open Badges 3.0, Data Integrity `eddsa-jcs-2022`), the journal's key and its partners' confirmed keys, verification, the printable certificate |
//! | [`encryption`] | encryption at rest: the data key, sealed by the passphrase and by the recovery key |
//! | [`files`] | atomic writes, one temporary-file prefix and its leftovers, safe file names |
//! | [`sample`] | the demo journal, one file per story; the seeded heavy journal (feature `synthetic`) |
//! | [`clock`] | time, passed in |
//! | [`language`] | the words people read: the Fluent catalogue of each language (shared with the window), the app's current language |
//!
//! ## Invariants
//!
//! - A file that is not a Twoway journal, fails `quick_check`, or was written by a newer schema
//!   is refused and left byte-for-byte as it was. An older one is copied next to itself before
//!   it is migrated.
//! - Every write runs in one transaction: a refused write (an [`Error::Invalid`] naming the
//!   field) changes nothing.
//! - A delete moves a record to the trash (`deleted_at`), so it can be undone and merges learn
//!   about it. Only "delete forever", the trash's age limit and history thinning remove rows,
//!   and never before the day's backup.
//! - The search index is kept in step by triggers inside the writing transaction.
//! - Journal logic never reads the system clock; it asks the [`Clock`] it was opened with.
//! - Error messages name fields, kinds and ids, never the user's text.

#![warn(missing_docs)]

pub mod backups;
pub mod clock;
mod db;
pub mod encryption;
mod error;
pub mod exchange;
pub mod export;
pub mod files;
pub mod history;
pub mod import;
mod journal;
pub mod language;
pub mod model;
mod plain;
pub mod programme;
pub mod recognition;
pub mod reminders;
pub mod render;
pub mod rhythm;
pub mod sample;
pub mod search;
pub mod settings;
mod store;
pub mod summary;
pub mod sync;
pub mod synced;
pub mod templates;
pub mod trash;

pub use clock::{Clock, ManualClock, SystemClock};
pub use db::{APPLICATION_ID, ReadTx, SCHEMA_VERSION, WriteTx};
pub use error::{Error, Problem, Result};
pub use journal::Journal;
pub use store::validate::MAX_TEXT_BYTES;
pub use store::{
    AdoptedVersion, Agreement, AgreementComparison, AgreementSection, AgreementStatus, Entity,
    Growth, NewSession, RecordId, SectionCheck, SessionPlan, SkillGrowth,
};

/// The bundle identifier of the app; the default journal lives in a folder of that name.
pub const APP_IDENTIFIER: &str = "app.twoway.journal";

/// Environment variable that moves the journal folder (tests always set it).
pub const DATA_DIR_VARIABLE: &str = "TWOWAY_DATA_DIR";

/// The journal's file name inside the data folder.
pub const JOURNAL_FILE_NAME: &str = "journal.sqlite3";

/// The folder the journal lives in: `$TWOWAY_DATA_DIR` when set, else the OS data folder joined
/// with the app identifier (on Linux `~/.local/share/app.twoway.journal`), which is where Tauri's
/// `app_data_dir()` points.
pub fn default_data_dir() -> std::path::PathBuf {
    if let Some(dir) = std::env::var_os(DATA_DIR_VARIABLE).filter(|d| !d.is_empty()) {
        return dir.into();
    }
    directories::BaseDirs::new()
        .map(|dirs| dirs.data_dir().join(APP_IDENTIFIER))
        .unwrap_or_else(|| std::path::PathBuf::from(APP_IDENTIFIER))
}

/// The default journal file.
pub fn default_journal_path() -> std::path::PathBuf {
    default_data_dir().join(JOURNAL_FILE_NAME)
}
