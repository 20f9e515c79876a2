//! `IpcError`: the only error that crosses IPC. A code the UI can act on, a message in plain
//! words, and for refused input the field to show it next to. Built from the journal's errors,
//! whose messages never contain the user's text.

use serde::Serialize;
use twoway_journal::Error;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    /// The field the journal refused, for `Invalid`.
    pub field: Option<String>,
}

/// What kind of failure it was; a variant exists only where the UI does something different.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub enum ErrorCode {
    /// The input was refused; nothing was written. Show `message` next to `field`, keep the text.
    Invalid,
    /// The record is gone or in the trash: refresh the view.
    NotFound,
    /// The journal file cannot be used (not a journal, damaged, newer): offer to open another.
    JournalRefused,
    /// No journal is open.
    NoJournal,
    /// A file is in the way and was not replaced: ask, then try again with replacing.
    Exists,
    /// A pack was refused (damaged, not a pack, too new, breaking a rule); nothing was written.
    PackRefused,
    /// Reading or writing a file failed.
    Io,
    /// Anything else; a bug or the database failing.
    Internal,
}

impl IpcError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
        }
    }
}

impl From<Error> for IpcError {
    fn from(error: Error) -> Self {
        let message = error.to_string();
        match error {
            Error::Invalid { field, .. } => Self {
                code: ErrorCode::Invalid,
                message,
                field: Some(field.to_owned()),
            },
            Error::NotFound { .. } | Error::Trashed { .. } => {
                Self::new(ErrorCode::NotFound, message)
            }
            Error::NotAJournal { .. }
            | Error::Corrupt { .. }
            | Error::TooNew { .. }
            | Error::Locked { .. }
            | Error::WrongSecret => Self::new(ErrorCode::JournalRefused, message),
            Error::Exists { .. } => Self::new(ErrorCode::Exists, message),
            Error::Pack(_) => Self::new(ErrorCode::PackRefused, message),
            Error::Io { .. } | Error::DiskFull { .. } | Error::ReadOnly { .. } => {
                Self::new(ErrorCode::Io, message)
            }
            Error::Sqlite(_) | Error::Migration(_) => Self::new(ErrorCode::Internal, message),
        }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;
