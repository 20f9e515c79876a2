//! The journal's error type. Messages name fields, kinds and ids, never the user's text, so an
//! error can be logged or shown without leaking a private note.

use crate::model::Kind;
use std::path::PathBuf;
use uuid::Uuid;

/// A journal result: most calls fail with an [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a journal call failed. Each variant says what was left unchanged.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input the journal refuses; nothing was written.
    #[error("{field}: {problem}")]
    Invalid {
        /// The field refused, as named in the record type.
        field: &'static str,
        /// What is wrong with it.
        problem: Problem,
    },

    /// No record of `kind` has this id (it may have been deleted forever).
    #[error("no {kind} with id {id}")]
    NotFound {
        /// The kind that was looked up.
        kind: Kind,
        /// The id that was not found.
        id: String,
    },

    /// The record (or the parent it needs) is in the trash.
    #[error("the {kind} {id} is in the trash")]
    Trashed {
        /// The kind of the record in the trash.
        kind: Kind,
        /// Its id.
        id: String,
    },

    /// The file is not a Twoway journal (another SQLite file, or not SQLite at all).
    #[error("{} is not a Twoway journal; it was left as it is", path.display())]
    NotAJournal {
        /// The file that was refused.
        path: PathBuf,
    },

    /// The journal fails SQLite's integrity check.
    #[error("{} is damaged ({detail}); it was left as it is", path.display())]
    Corrupt {
        /// The damaged file.
        path: PathBuf,
        /// SQLite's first complaint, which names pages and indexes, never content.
        detail: String,
    },

    /// The journal's schema is newer than this build knows.
    #[error(
        "{} was written by a newer Twoway (schema {found}; this version reads up to {supported}); \
         it was left as it is",
        path.display()
    )]
    TooNew {
        /// The journal file.
        path: PathBuf,
        /// The schema version in the file.
        found: u32,
        /// The newest schema this build reads.
        supported: u32,
    },

    /// A file is in the way and replacing it was not asked for; it was left as it is.
    #[error("{} already exists; it was not replaced", path.display())]
    Exists {
        /// The file in the way.
        path: PathBuf,
    },

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

    /// Any other file error, with what was being done.
    #[error("{context}: {source}")]
    Io {
        /// What was being done, naming the file.
        context: String,
        /// The operating system's error.
        source: std::io::Error,
    },

    /// The journal is inside a folder a file sync tool keeps in sync, where its live file
    /// would be copied while it is being written.
    #[error(
        "{} is inside {}, a folder {tool} keeps in sync: it would copy the journal while it is \
         being written and could damage it. Keep the journal in a folder that is not synced; \
         put exports and backups in the synced folder instead",
        path.display(),
        folder.display()
    )]
    InSyncedFolder {
        /// The journal file.
        path: PathBuf,
        /// The synced folder.
        folder: PathBuf,
        /// The sync tool, by name.
        tool: &'static str,
    },

    /// The journal is encrypted and was opened without its passphrase or recovery key.
    #[error("{} is encrypted: it opens with its passphrase or its recovery key", path.display())]
    Locked {
        /// The journal file.
        path: PathBuf,
    },

    /// Another window or command has the journal open, and what was asked needs it alone (its
    /// file is about to be replaced); nothing was changed.
    #[error(
        "{} is open in another Twoway window or command; close it and try again; nothing was \
         changed",
        path.display()
    )]
    InUse {
        /// The journal file.
        path: PathBuf,
    },

    /// Sync is asked for, but no sync folder is chosen for this journal.
    #[error("sync is off for this journal: choose a sync folder first")]
    SyncOff,

    /// The sync folder chosen holds the journal itself, which must never be in a synced folder.
    #[error(
        "{} holds the journal itself; choose a folder of its own for sync (the journal never lives in it)",
        folder.display()
    )]
    SyncFolderHoldsJournal {
        /// The folder chosen.
        folder: PathBuf,
    },

    /// A plain journal cannot sync through a folder whose devices keep encrypted journals.
    #[error(
        "the devices syncing through {} keep an encrypted journal: encrypt this journal too, then choose the folder again with their passphrase or recovery key",
        folder.display()
    )]
    SyncFolderEncrypted {
        /// The folder chosen.
        folder: PathBuf,
    },

    /// An encrypted journal cannot sync through a folder other devices write plain files to.
    #[error(
        "other devices write plain change files in {}: an encrypted journal syncs only with encrypted ones; choose a new, empty folder",
        folder.display()
    )]
    SyncFolderPlain {
        /// The folder chosen.
        folder: PathBuf,
    },

    /// Joining an encrypted sync folder needs the passphrase or recovery key that seals it.
    #[error(
        "the change files in {} are encrypted: give the passphrase or recovery key of the journal that started syncing there",
        folder.display()
    )]
    SyncNeedsSecret {
        /// The folder chosen.
        folder: PathBuf,
    },

    /// Encryption cannot be turned on or off while the journal syncs.
    #[error(
        "turn sync off first: the change files already in the sync folder stay as they were written; afterwards choose a new, empty sync folder"
    )]
    SyncOn,

    /// A change file links to records this journal has not received yet; it is applied at a
    /// later sync, once they have come.
    #[error("a change file waits for records it links to; it is applied once they arrive")]
    SyncWaiting,

    /// The user stopped a long piece of work (an import) before it was kept; nothing was
    /// changed.
    #[error("stopped before anything was changed")]
    Cancelled,

    /// The passphrase or recovery key given does not open this journal; nothing was changed.
    #[error("that passphrase or recovery key does not open this journal; nothing was changed")]
    WrongSecret,

    /// A file given as a programme report is not one this build reads; nothing was read
    /// from it.
    #[error("not a Twoway programme report: {detail}")]
    NotAReport {
        /// Where or why it fails: a line and column, or the version found.
        detail: String,
    },

    /// A pack refused on import; nothing was written.
    #[error(transparent)]
    Pack(#[from] PackError),

    /// An SQLite error the journal has no plainer words for.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    /// A schema migration failed; the journal was left at its old version.
    #[error("migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
}

/// Why a pack was refused. Messages name keys, kinds, ids and positions, never text from the
/// pack. Nothing is written when a pack is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// The JSON ends before the pack does (a partial download or copy).
    #[error(
        "the pack is cut short (it ends at line {line}, column {column}); nothing was imported"
    )]
    Truncated {
        /// Line where the text ends, from 1.
        line: usize,
        /// Column where the text ends, from 1.
        column: usize,
    },

    /// The file is not JSON.
    #[error("the pack is not valid JSON (line {line}, column {column}); nothing was imported")]
    NotJson {
        /// Line of the first syntax error, from 1.
        line: usize,
        /// Column of the first syntax error, from 1.
        column: usize,
    },

    /// JSON, but not a Twoway pack (its format key is missing or different).
    #[error("the file is not a Twoway pack; nothing was imported")]
    WrongFormat,

    /// The pack's version is newer than this build reads.
    #[error(
        "the pack was written by a newer Twoway (pack version {found}; this version reads up to \
         {supported}); nothing was imported"
    )]
    TooNew {
        /// The pack's version.
        found: u64,
        /// The newest pack version this build reads.
        supported: u32,
    },

    /// A value of the wrong type or out of its type's range, an unknown enum value, a missing
    /// or unknown key. `at` is a key path such as `sessions[3] (id …)`.
    #[error("the pack is damaged at {at}: {problem}; nothing was imported")]
    Malformed {
        /// Where, as a key path.
        at: String,
        /// What is wrong there, naming types and keys only.
        problem: String,
    },

    /// Two records in the pack share one id.
    #[error("the id {id} appears more than once in the pack; nothing was imported")]
    DuplicateId {
        /// The repeated id.
        id: Uuid,
    },

    /// A record that breaks one of the journal's rules.
    #[error("the {kind} {id} in the pack is refused ({field}: {problem}); nothing was imported")]
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
    #[error(
        "a partner's pack must hold exactly one partnership, this one holds {found}; nothing was \
         imported"
    )]
    PartnershipCount {
        /// How many partnerships the pack holds.
        found: usize,
    },

    /// A partner's pack was imported without saying which partnership of this journal it joins.
    #[error("choose the partnership your partner's pack belongs to; nothing was imported")]
    NoTargetPartnership,

    /// A pack exported for oneself (with private content) was offered as a partner's pack.
    #[error(
        "a partner's pack must be a shared export; this one includes private content, so \
         nothing was imported"
    )]
    PartnerPackNotShared,
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// Blank, or only white space.
    #[error("must not be empty")]
    Empty,
    /// Longer than the field allows.
    #[error("is longer than {max} bytes")]
    TooLong {
        /// The most the field holds, in UTF-8 bytes.
        max: usize,
    },
    /// A number outside its range.
    #[error("must be between {min} and {max}")]
    OutOfRange {
        /// The smallest value allowed.
        min: i64,
        /// The largest value allowed.
        max: i64,
    },
    /// A date or time earlier than the one it must follow.
    #[error("must not be before {other}")]
    Before {
        /// The field it must not precede.
        other: &'static str,
    },
    /// Shorter than the field needs.
    #[error("must have at least {min} characters")]
    TooShort {
        /// The fewest characters allowed.
        min: usize,
    },
    /// A one-line field (a title, a name) with a line break in it.
    #[error("must not contain a line break")]
    LineBreak,
    /// A link to a record that does not exist.
    #[error("no {kind} with id {id}")]
    UnknownParent {
        /// The kind linked to.
        kind: Kind,
        /// The id linked to.
        id: String,
    },
    /// A link to a record in the trash.
    #[error("the {kind} {id} is in the trash")]
    TrashedParent {
        /// The kind linked to.
        kind: Kind,
        /// The id linked to.
        id: String,
    },
    /// A field fixed at creation (such as a record's parent) was changed.
    #[error("cannot change once the record exists")]
    Immutable,
    /// Two linked records belong to different partnerships.
    #[error("does not belong to the same partnership")]
    OtherPartnership,
    /// More entries in a list than the field holds.
    #[error("holds more than {max} entries")]
    TooMany {
        /// The most entries allowed.
        max: usize,
    },
    /// A `{name}` in a template that the journal does not fill in. The name is echoed: it is
    /// what the user typed between braces, made only of letters, digits and `_`, and at most
    /// [`crate::templates::MAX_NAME_CHARS`] long, never the text around it.
    #[error("unknown name {{{name}}}; known: {}", crate::templates::known_names())]
    UnknownName {
        /// The name between the braces.
        name: String,
    },
    /// A field of one entry of a list is refused (an agenda template's items): which entry,
    /// counted from 0, which of its fields, and what is wrong with it.
    #[error("item {}'s {field}: {problem}", item + 1)]
    InItem {
        /// The entry, counted from 0.
        item: usize,
        /// Its field refused.
        field: &'static str,
        /// What is wrong with it.
        problem: Box<Problem>,
    },
    /// Any other rule, in words.
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
