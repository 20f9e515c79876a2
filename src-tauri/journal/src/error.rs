//! The journal's error type. Messages name fields, kinds and ids, never the user's text, so an
//! error can be logged or shown without leaking a private note.

use crate::model::Kind;
use std::path::PathBuf;
use uuid::Uuid;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input the journal refuses; nothing was written.
    #[error("{field}: {problem}")]
    Invalid {
        field: &'static str,
        problem: Problem,
    },

    #[error("no {kind} with id {id}")]
    NotFound { kind: Kind, id: String },

    /// The record (or the parent it needs) is in the trash.
    #[error("the {kind} {id} is in the trash")]
    Trashed { kind: Kind, id: String },

    #[error("{} is not a Twoway journal; it was left as it is", path.display())]
    NotAJournal { path: PathBuf },

    #[error("{} is damaged ({detail}); it was left as it is", path.display())]
    Corrupt { path: PathBuf, detail: String },

    #[error(
        "{} was written by a newer Twoway (schema {found}; this version reads up to {supported}); \
         it was left as it is",
        path.display()
    )]
    TooNew {
        path: PathBuf,
        found: u32,
        supported: u32,
    },

    /// A file is in the way and replacing it was not asked for; it was left as it is.
    #[error("{} already exists; it was not replaced", path.display())]
    Exists { path: PathBuf },

    /// The disk holding `folder` has no room left; what was being written was not kept.
    #[error("the disk holding {} is full; nothing was changed", folder.display())]
    DiskFull {
        /// The folder that was being written to.
        folder: PathBuf,
    },

    /// `folder` cannot be written: read-only media, or no permission to write there.
    #[error(
        "{} cannot be written (it is read-only, or you may not write there); nothing was changed",
        folder.display()
    )]
    ReadOnly {
        /// The folder that could not be written.
        folder: PathBuf,
    },

    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },

    /// A pack refused on import; nothing was written.
    #[error(transparent)]
    Pack(#[from] PackError),

    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    #[error("migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
}

/// Why a pack was refused. Messages name keys, kinds, ids and positions, never text from the
/// pack. Nothing is written when a pack is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error(
        "the pack is cut short (it ends at line {line}, column {column}); nothing was imported"
    )]
    Truncated { line: usize, column: usize },

    #[error("the pack is not valid JSON (line {line}, column {column}); nothing was imported")]
    NotJson { line: usize, column: usize },

    #[error("the file is not a Twoway pack; nothing was imported")]
    WrongFormat,

    #[error(
        "the pack was written by a newer Twoway (pack version {found}; this version reads up to \
         {supported}); nothing was imported"
    )]
    TooNew { found: u64, supported: u32 },

    /// A value of the wrong type or out of its type's range, an unknown enum value, a missing
    /// or unknown key. `at` is a key path such as `sessions[3] (id …)`.
    #[error("the pack is damaged at {at}: {problem}; nothing was imported")]
    Malformed { at: String, problem: String },

    #[error("the id {id} appears more than once in the pack; nothing was imported")]
    DuplicateId { id: Uuid },

    /// A record that breaks one of the journal's rules.
    #[error("the {kind} {id} in the pack is refused ({field}: {problem}); nothing was imported")]
    Invalid {
        kind: Kind,
        id: Uuid,
        field: &'static str,
        problem: Problem,
    },

    #[error(
        "a partner's pack must hold exactly one partnership, this one holds {found}; nothing was \
         imported"
    )]
    PartnershipCount { found: usize },

    #[error("choose the partnership your partner's pack belongs to; nothing was imported")]
    NoTargetPartnership,

    #[error(
        "a partner's pack must be a shared export; this one includes private content, so \
         nothing was imported"
    )]
    PartnerPackNotShared,
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("must not be empty")]
    Empty,
    #[error("is longer than {max} bytes")]
    TooLong { max: usize },
    #[error("must be between {min} and {max}")]
    OutOfRange { min: i64, max: i64 },
    #[error("must not be before {other}")]
    Before { other: &'static str },
    #[error("must not contain a line break")]
    LineBreak,
    #[error("no {kind} with id {id}")]
    UnknownParent { kind: Kind, id: String },
    #[error("the {kind} {id} is in the trash")]
    TrashedParent { kind: Kind, id: String },
    #[error("cannot change once the record exists")]
    Immutable,
    #[error("does not belong to the same partnership")]
    OtherPartnership,
    #[error("{0}")]
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
