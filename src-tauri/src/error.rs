//! `IpcError`: the only error that crosses IPC. A code the UI can act on, a message in plain
//! words, and for refused input the field and what is wrong with it as separate values, so the
//! UI shows each where it belongs and never takes a message apart. Built from the journal's
//! errors, whose messages never contain the user's text.

use serde::Serialize;
use twoway_journal::import::RecordRef;
use twoway_journal::{Error, Problem};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct IpcError {
    pub code: ErrorCode,
    /// The whole failure in words, for where it is shown on its own.
    pub message: String,
    /// The field the journal refused, for `Invalid`.
    pub field: Option<String>,
    /// What is wrong with `field` ("must not be empty"), without its name: to show next to it.
    pub problem: Option<String>,
    /// The record in the trash that a record links to, when that link is what was refused (a
    /// restore whose parent is still in the trash): restoring it first is the way out.
    pub blocked_by: Option<RecordRef>,
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
    /// The passphrase or recovery key does not open the journal: say so, ask again.
    WrongSecret,
    /// A file is in the way and was not replaced: ask, then try again with replacing.
    Exists,
    /// A pack was refused (damaged, not a pack, too new, breaking a rule); nothing was written.
    PackRefused,
    /// Reading or writing a file failed.
    Io,
    /// The sync folder chosen is sealed by another journal: ask for its passphrase or recovery
    /// key, then try again with it.
    SyncNeedsSecret,
    /// The user stopped it (an import) before anything changed: nothing to show but that.
    Cancelled,
    /// Anything else; a bug or the database failing.
    Internal,
}

impl IpcError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
            problem: None,
            blocked_by: None,
        }
    }
}

impl From<Error> for IpcError {
    fn from(error: Error) -> Self {
        let message = error.to_string();
        match error {
            // A field of one entry of a list (a template's item) is named by its path,
            // `items[1].title`, so the UI shows the problem under that entry's input.
            Error::Invalid {
                field,
                problem:
                    Problem::InItem {
                        item,
                        field: inner,
                        problem,
                    },
            } => Self {
                code: ErrorCode::Invalid,
                message,
                field: Some(format!("{field}[{item}].{inner}")),
                problem: Some(problem.to_string()),
                blocked_by: None,
            },
            Error::Invalid { field, problem } => Self {
                code: ErrorCode::Invalid,
                message,
                field: Some(field.to_owned()),
                problem: Some(problem.to_string()),
                blocked_by: match problem {
                    // The journal names it in its message; the record itself travels as data.
                    Problem::TrashedParent { kind, id } => uuid::Uuid::parse_str(&id)
                        .ok()
                        .map(|id| RecordRef { kind, id }),
                    _ => None,
                },
            },
            Error::NotFound { .. } | Error::Trashed { .. } => {
                Self::new(ErrorCode::NotFound, message)
            }
            Error::NotAJournal { .. }
            | Error::Corrupt { .. }
            | Error::TooNew { .. }
            | Error::Locked { .. }
            | Error::InSyncedFolder { .. } => Self::new(ErrorCode::JournalRefused, message),
            Error::WrongSecret => Self::new(ErrorCode::WrongSecret, message),
            Error::Cancelled => Self::new(ErrorCode::Cancelled, message),
            Error::SyncNeedsSecret { .. } => Self::new(ErrorCode::SyncNeedsSecret, message),
            Error::Exists { .. } => Self::new(ErrorCode::Exists, message),
            Error::Pack(_) | Error::NotAReport { .. } => Self::new(ErrorCode::PackRefused, message),
            Error::Io { .. }
            | Error::DiskFull { .. }
            | Error::ReadOnly { .. }
            | Error::InUse { .. }
            | Error::SyncOff
            | Error::SyncFolderHoldsJournal { .. }
            | Error::SyncFolderEncrypted { .. }
            | Error::SyncFolderPlain { .. }
            | Error::SyncOn
            | Error::SyncWaiting => Self::new(ErrorCode::Io, message),
            Error::Sqlite(_) | Error::Migration(_) => Self::new(ErrorCode::Internal, message),
        }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;

#[cfg(test)]
mod tests {
    use super::*;
    use twoway_journal::model::Kind;

    #[test]
    fn a_refused_field_crosses_as_field_and_problem_and_a_trashed_parent_as_data() {
        let error = IpcError::from(Error::Invalid {
            field: "partnership_id",
            problem: Problem::TrashedParent {
                kind: Kind::Partnership,
                id: "0190a0b0-0000-7000-8000-000000000001".into(),
            },
        });
        assert_eq!(error.code, ErrorCode::Invalid);
        assert_eq!(error.field.as_deref(), Some("partnership_id"));
        assert_eq!(
            error.problem.as_deref(),
            Some("the partnership 0190a0b0-0000-7000-8000-000000000001 is in the trash")
        );
        assert_eq!(
            error.blocked_by,
            Some(RecordRef {
                kind: Kind::Partnership,
                id: "0190a0b0-0000-7000-8000-000000000001".parse().unwrap(),
            })
        );

        let empty = IpcError::from(Error::Invalid {
            field: "title",
            problem: Problem::Empty,
        });
        assert_eq!(empty.message, "title: must not be empty");
        assert_eq!(empty.problem.as_deref(), Some("must not be empty"));
        assert_eq!(empty.blocked_by, None);

        let unknown = IpcError::from(Error::Invalid {
            field: "items",
            problem: Problem::InItem {
                item: 1,
                field: "title",
                problem: Box::new(Problem::UnknownName { name: "foo".into() }),
            },
        });
        assert_eq!(unknown.field.as_deref(), Some("items[1].title"));
        assert!(
            unknown
                .problem
                .as_deref()
                .is_some_and(|p| p.starts_with("unknown name {foo}; known: {partner_first_name}")),
            "{unknown:?}"
        );
        assert!(
            unknown
                .message
                .starts_with("items: item 2's title: unknown name {foo}")
        );
    }
}
