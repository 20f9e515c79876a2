//! Opening a journal file safely, and the `read` / `write` closures every query runs in.
//!
//! Invariants kept here:
//! - a file that is not a SQLite database, is not a Twoway journal, fails `quick_check`, or was
//!   written by a newer schema is refused and left byte-for-byte as it was: the checks run on a
//!   read-only connection before anything could write to it;
//! - before an existing journal is migrated, a copy is written next to it with `VACUUM INTO`;
//! - one connection, one writer: `write` runs its closure in a `BEGIN IMMEDIATE` transaction
//!   that commits on `Ok` and rolls back on `Err`.

mod codec;
mod open;
mod tx;

pub(crate) use codec::*;
pub use open::{APPLICATION_ID, SCHEMA_VERSION};
pub(crate) use open::{
    Refusal, convert_file, count_records, ensure_initialized, export_copy, migrate, open_file,
    open_memory, open_to_copy,
};
pub use tx::{ReadTx, WriteTx};
