//! The journal's error type. Messages name fields, kinds and ids, never the user's text, so an
//! error can be logged or shown without leaking a private note.

use crate::model::Kind;
use std::path::PathBuf;

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

    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },

    /// A pack refused on import; nothing was written.
    #[error(transparent)]
    Pack(#[from] crate::import::PackError),

    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    #[error("migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
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

    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}
