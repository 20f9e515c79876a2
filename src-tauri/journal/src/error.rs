//! The journal's error type. Messages name fields, kinds and ids, never the user's text, so an
//! error can be logged or shown without leaking a private note.
//!
//! Every message is in the catalogue (`error-…`, `problem-…`, `kind-…` in
//! `ui/src/locales/<tag>.ftl`), in the app's language when it is shown; paths, ids and field
//! names are its placeholders, and what the operating system or SQLite says stays as they say it.

use crate::language::{Arg, tr};
use crate::model::Kind;
use std::fmt;
use std::path::PathBuf;
use uuid::Uuid;

/// A journal result: most calls fail with an [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a journal call failed. Each variant says what was left unchanged.
#[derive(Debug)]
pub enum Error {
    /// Input the journal refuses; nothing was written.
    Invalid {
        /// The field refused, as named in the record type.
        field: &'static str,
        /// What is wrong with it.
        problem: Problem,
    },

    /// No record of `kind` has this id (it may have been deleted forever).
    NotFound {
        /// The kind that was looked up.
        kind: Kind,
        /// The id that was not found.
        id: String,
    },

    /// The record (or the parent it needs) is in the trash.
    Trashed {
        /// The kind of the record in the trash.
        kind: Kind,
        /// Its id.
        id: String,
    },

    /// The file is not a Twoway journal (another SQLite file, or not SQLite at all).
    NotAJournal {
        /// The file that was refused.
        path: PathBuf,
    },

    /// The journal fails SQLite's integrity check.
    Corrupt {
        /// The damaged file.
        path: PathBuf,
        /// SQLite's first complaint, which names pages and indexes, never content.
        detail: String,
    },

    /// The journal's schema is newer than this build knows.
    TooNew {
        /// The journal file.
        path: PathBuf,
        /// The schema version in the file.
        found: u32,
        /// The newest schema this build reads.
        supported: u32,
    },

    /// A file is in the way and replacing it was not asked for; it was left as it is.
    Exists {
        /// The file in the way.
        path: PathBuf,
    },

    /// The disk holding `folder` has no room left; what was being written was not kept.
    DiskFull {
        /// The folder that was being written to.
        folder: PathBuf,
    },

    /// `folder` cannot be written: read-only media, or no permission to write there.
    ReadOnly {
        /// The folder that could not be written.
        folder: PathBuf,
    },

    /// Any other file error, with what was being done.
    Io {
        /// What was being done, naming the file.
        context: String,
        /// The operating system's error.
        source: std::io::Error,
    },

    /// The journal is inside a folder a file sync tool keeps in sync, where its live file
    /// would be copied while it is being written.
    InSyncedFolder {
        /// The journal file.
        path: PathBuf,
        /// The synced folder.
        folder: PathBuf,
        /// The sync tool, by name.
        tool: &'static str,
    },

    /// The journal is encrypted and was opened without its passphrase or recovery key.
    Locked {
        /// The journal file.
        path: PathBuf,
    },

    /// Another window or command has the journal open, and what was asked needs it alone (its
    /// file is about to be replaced); nothing was changed.
    InUse {
        /// The journal file.
        path: PathBuf,
    },

    /// Sync is asked for, but no sync folder is chosen for this journal.
    SyncOff,

    /// The sync folder chosen holds the journal itself, which must never be in a synced folder.
    SyncFolderHoldsJournal {
        /// The folder chosen.
        folder: PathBuf,
    },

    /// A plain journal cannot sync through a folder whose devices keep encrypted journals.
    SyncFolderEncrypted {
        /// The folder chosen.
        folder: PathBuf,
    },

    /// An encrypted journal cannot sync through a folder other devices write plain files to.
    SyncFolderPlain {
        /// The folder chosen.
        folder: PathBuf,
    },

    /// Joining an encrypted sync folder needs the passphrase or recovery key that seals it.
    SyncNeedsSecret {
        /// The folder chosen.
        folder: PathBuf,
    },

    /// Encryption cannot be turned on or off while the journal syncs.
    SyncOn,

    /// A change file links to records this journal has not received yet; it is applied at a
    /// later sync, once they have come.
    SyncWaiting,

    /// The user stopped a long piece of work (an import) before it was kept; nothing was
    /// changed.
    Cancelled,

    /// The passphrase or recovery key given does not open this journal; nothing was changed.
    WrongSecret,

    /// A file given as a programme report is not one this build reads; nothing was read
    /// from it.
    NotAReport {
        /// Where or why it fails: a line and column, or the version found.
        detail: String,
    },

    /// A pack refused on import; nothing was written.
    Pack(PackError),

    /// An SQLite error the journal has no plainer words for.
    Sqlite(rusqlite::Error),

    /// A schema migration failed; the journal was left at its old version.
    Migration(rusqlite_migration::Error),
}

/// Why a pack was refused. Messages name keys, kinds, ids and positions, never text from the
/// pack. Nothing is written when a pack is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// The JSON ends before the pack does (a partial download or copy).
    Truncated {
        /// Line where the text ends, from 1.
        line: usize,
        /// Column where the text ends, from 1.
        column: usize,
    },

    /// The file is not JSON.
    NotJson {
        /// Line of the first syntax error, from 1.
        line: usize,
        /// Column of the first syntax error, from 1.
        column: usize,
    },

    /// JSON, but not a Twoway pack (its format key is missing or different).
    WrongFormat,

    /// The pack's version is newer than this build reads.
    TooNew {
        /// The pack's version.
        found: u64,
        /// The newest pack version this build reads.
        supported: u32,
    },

    /// A value of the wrong type or out of its type's range, an unknown enum value, a missing
    /// or unknown key. `at` is a key path such as `sessions[3] (id …)`.
    Malformed {
        /// Where, as a key path.
        at: String,
        /// What is wrong there, naming types and keys only.
        problem: String,
    },

    /// Two records in the pack share one id.
    DuplicateId {
        /// The repeated id.
        id: Uuid,
    },

    /// A record that breaks one of the journal's rules.
    Invalid {
        /// The kind of the refused record.
        kind: Kind,
        /// Its id.
        id: Uuid,
        /// The field refused.
        field: &'static str,
        /// What is wrong with it.
        problem: Problem,
    },

    /// A partner's pack holds no partnership or more than one.
    PartnershipCount {
        /// How many partnerships the pack holds.
        found: usize,
    },

    /// A partner's pack was imported without saying which partnership of this journal it joins.
    NoTargetPartnership,

    /// A pack exported for oneself (with private content) was offered as a partner's pack.
    PartnerPackNotShared,
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// Blank, or only white space.
    Empty,
    /// Longer than the field allows.
    TooLong {
        /// The most the field holds, in UTF-8 bytes.
        max: usize,
    },
    /// A number outside its range.
    OutOfRange {
        /// The smallest value allowed.
        min: i64,
        /// The largest value allowed.
        max: i64,
    },
    /// A date or time earlier than the one it must follow.
    Before {
        /// The field it must not precede.
        other: &'static str,
    },
    /// Shorter than the field needs.
    TooShort {
        /// The fewest characters allowed.
        min: usize,
    },
    /// A one-line field (a title, a name) with a line break in it.
    LineBreak,
    /// A link to a record that does not exist.
    UnknownParent {
        /// The kind linked to.
        kind: Kind,
        /// The id linked to.
        id: String,
    },
    /// A link to a record in the trash.
    TrashedParent {
        /// The kind linked to.
        kind: Kind,
        /// The id linked to.
        id: String,
    },
    /// A field fixed at creation (such as a record's parent) was changed.
    Immutable,
    /// Two linked records belong to different partnerships.
    OtherPartnership,
    /// More entries in a list than the field holds.
    TooMany {
        /// The most entries allowed.
        max: usize,
    },
    /// A `{name}` in a template that the journal does not fill in. The name is echoed: it is
    /// what the user typed between braces, made only of letters, digits and `_`, and at most
    /// [`crate::templates::MAX_NAME_CHARS`] long, never the text around it.
    UnknownName {
        /// The name between the braces.
        name: String,
    },
    /// A field of one entry of a list is refused (an agenda template's items): which entry,
    /// counted from 0, which of its fields, and what is wrong with it.
    InItem {
        /// The entry, counted from 0.
        item: usize,
        /// Its field refused.
        field: &'static str,
        /// What is wrong with it.
        problem: Box<Problem>,
    },
    /// Any other rule, as the id of its message in the catalogue (`problem-…`), written as a
    /// literal where the problem is found.
    Other(&'static str),
}

impl Error {
    pub(crate) fn invalid(field: &'static str, problem: Problem) -> Self {
        Error::Invalid { field, problem }
    }

    /// A failed write into `folder`: a full disk and read-only media get their own plain
    /// words, anything else says what could not be written.
    pub(crate) fn writing(
        folder: &std::path::Path,
        context: impl Into<String>,
        source: std::io::Error,
    ) -> Self {
        use std::io::ErrorKind;
        match source.kind() {
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => Error::DiskFull {
                folder: folder.to_owned(),
            },
            ErrorKind::ReadOnlyFilesystem | ErrorKind::PermissionDenied => Error::ReadOnly {
                folder: folder.to_owned(),
            },
            _ => Error::io(context, source),
        }
    }

    /// A failed SQLite write to a journal in `folder`: a full disk and a read-only file get
    /// their own plain words; anything else stays a database error.
    pub(crate) fn sqlite_writing(folder: &std::path::Path, error: rusqlite::Error) -> Self {
        match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => Error::DiskFull {
                folder: folder.to_owned(),
            },
            Some(rusqlite::ErrorCode::ReadOnly) => Error::ReadOnly {
                folder: folder.to_owned(),
            },
            _ => Error::Sqlite(error),
        }
    }

    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}

/// A path as a placeholder's text.
fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Error::Invalid { field, problem } => tr(
                "error-invalid",
                &[
                    ("field", (*field).into()),
                    ("problem", (&problem.to_string()).into()),
                ],
            ),
            Error::NotFound { kind, id } => tr(
                "error-not-found",
                &[("kind", (&kind.word()).into()), ("id", id.into())],
            ),
            Error::Trashed { kind, id } => tr(
                "error-trashed",
                &[("kind", (&kind.word()).into()), ("id", id.into())],
            ),
            Error::NotAJournal { path } => {
                tr("error-not-a-journal", &[("path", (&shown(path)).into())])
            }
            Error::Corrupt { path, detail } => tr(
                "error-corrupt",
                &[("path", (&shown(path)).into()), ("detail", detail.into())],
            ),
            Error::TooNew {
                path,
                found,
                supported,
            } => tr(
                "error-too-new",
                &[
                    ("path", (&shown(path)).into()),
                    ("found", (&found.to_string()).into()),
                    ("supported", (&supported.to_string()).into()),
                ],
            ),
            Error::Exists { path } => tr("error-exists", &[("path", (&shown(path)).into())]),
            Error::DiskFull { folder } => {
                tr("error-disk-full", &[("folder", (&shown(folder)).into())])
            }
            Error::ReadOnly { folder } => {
                tr("error-read-only", &[("folder", (&shown(folder)).into())])
            }
            Error::Io { context, source } => tr(
                "error-io",
                &[
                    ("context", context.into()),
                    ("source", (&source.to_string()).into()),
                ],
            ),
            Error::InSyncedFolder { path, folder, tool } => tr(
                "error-in-synced-folder",
                &[
                    ("path", (&shown(path)).into()),
                    ("folder", (&shown(folder)).into()),
                    ("tool", (*tool).into()),
                ],
            ),
            Error::Locked { path } => tr("error-locked", &[("path", (&shown(path)).into())]),
            Error::InUse { path } => tr("error-in-use", &[("path", (&shown(path)).into())]),
            Error::SyncOff => tr("error-sync-off", &[]),
            Error::SyncFolderHoldsJournal { folder } => tr(
                "error-sync-folder-holds-journal",
                &[("folder", (&shown(folder)).into())],
            ),
            Error::SyncFolderEncrypted { folder } => tr(
                "error-sync-folder-encrypted",
                &[("folder", (&shown(folder)).into())],
            ),
            Error::SyncFolderPlain { folder } => tr(
                "error-sync-folder-plain",
                &[("folder", (&shown(folder)).into())],
            ),
            Error::SyncNeedsSecret { folder } => tr(
                "error-sync-needs-secret",
                &[("folder", (&shown(folder)).into())],
            ),
            Error::SyncOn => tr("error-sync-on", &[]),
            Error::SyncWaiting => tr("error-sync-waiting", &[]),
            Error::Cancelled => tr("error-cancelled", &[]),
            Error::WrongSecret => tr("error-wrong-secret", &[]),
            Error::NotAReport { detail } => tr("error-not-a-report", &[("detail", detail.into())]),
            Error::Pack(pack) => return fmt::Display::fmt(pack, f),
            Error::Sqlite(source) => tr(
                "error-database",
                &[("source", (&source.to_string()).into())],
            ),
            Error::Migration(source) => tr(
                "error-migration",
                &[("source", (&source.to_string()).into())],
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            // A refused pack is this error itself, told in its own words.
            Error::Pack(pack) => std::error::Error::source(pack),
            Error::Sqlite(source) => Some(source),
            Error::Migration(source) => Some(source),
            _ => None,
        }
    }
}

impl From<PackError> for Error {
    fn from(error: PackError) -> Self {
        Error::Pack(error)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        Error::Sqlite(error)
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(error: rusqlite_migration::Error) -> Self {
        Error::Migration(error)
    }
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = |line: &usize, column: &usize| {
            [("line", Arg::from(*line)), ("column", Arg::from(*column))]
        };
        let text = match self {
            PackError::Truncated { line, column } => tr("error-pack-truncated", &at(line, column)),
            PackError::NotJson { line, column } => tr("error-pack-not-json", &at(line, column)),
            PackError::WrongFormat => tr("error-pack-wrong-format", &[]),
            PackError::TooNew { found, supported } => tr(
                "error-pack-too-new",
                &[
                    ("found", (&found.to_string()).into()),
                    ("supported", (&supported.to_string()).into()),
                ],
            ),
            PackError::Malformed { at, problem } => tr(
                "error-pack-malformed",
                &[("at", at.into()), ("problem", problem.into())],
            ),
            PackError::DuplicateId { id } => tr(
                "error-pack-duplicate-id",
                &[("id", (&id.to_string()).into())],
            ),
            PackError::Invalid {
                kind,
                id,
                field,
                problem,
            } => tr(
                "error-pack-invalid",
                &[
                    ("kind", (&kind.word()).into()),
                    ("id", (&id.to_string()).into()),
                    ("field", (*field).into()),
                    ("problem", (&problem.to_string()).into()),
                ],
            ),
            PackError::PartnershipCount { found } => tr(
                "error-pack-partnership-count",
                &[("count", (*found).into())],
            ),
            PackError::NoTargetPartnership => tr("error-pack-no-target-partnership", &[]),
            PackError::PartnerPackNotShared => tr("error-pack-partner-pack-not-shared", &[]),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Problem::Empty => tr("problem-empty", &[]),
            Problem::TooLong { max } => tr("problem-too-long", &[("max", (*max).into())]),
            Problem::OutOfRange { min, max } => tr(
                "problem-out-of-range",
                &[("min", (*min).into()), ("max", (*max).into())],
            ),
            Problem::Before { other } => tr("problem-before", &[("other", (*other).into())]),
            Problem::TooShort { min } => tr("problem-too-short", &[("min", (*min).into())]),
            Problem::LineBreak => tr("problem-line-break", &[]),
            Problem::UnknownParent { kind, id } => tr(
                "problem-unknown-parent",
                &[("kind", (&kind.word()).into()), ("id", id.into())],
            ),
            Problem::TrashedParent { kind, id } => tr(
                "problem-trashed-parent",
                &[("kind", (&kind.word()).into()), ("id", id.into())],
            ),
            Problem::Immutable => tr("problem-immutable", &[]),
            Problem::OtherPartnership => tr("problem-other-partnership", &[]),
            Problem::TooMany { max } => tr("problem-too-many", &[("max", (*max).into())]),
            Problem::UnknownName { name } => tr(
                "problem-unknown-name",
                &[
                    ("name", name.into()),
                    ("known", (&crate::templates::known_names()).into()),
                ],
            ),
            Problem::InItem {
                item,
                field,
                problem,
            } => tr(
                "problem-in-item",
                &[
                    ("item", (item + 1).into()),
                    ("field", (*field).into()),
                    ("problem", (&problem.to_string()).into()),
                ],
            ),
            // Its message id: a literal `problem-…` where it is made, whose words the catalogue
            // holds. Anything else (a message no catalogue holds) is shown as it is.
            Problem::Other(id) => tr(id, &[]),
        };
        f.write_str(&text)
    }
}
