//! The two transaction handles. Queries take `&ReadTx`; anything that writes takes `&WriteTx`,
//! which also reads (it dereferences to `ReadTx`) and carries the one `now` of the transaction.
//!
//! Neither hands out its connection. A `ReadTx` prepares only statements SQLite calls read-only,
//! so a query can never change the journal, whatever SQL it holds; writing statements are
//! prepared through the `WriteTx`.

use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use rusqlite::{CachedStatement, Connection, Params};
use std::ops::Deref;
use uuid::Uuid;

/// A consistent snapshot of the journal to read from.
pub struct ReadTx<'a> {
    conn: &'a Connection,
}

/// One write transaction: it reads as a [`ReadTx`] does, writes, and stamps with one `now`.
pub struct WriteTx<'a> {
    read: ReadTx<'a>,
    now: DateTime<Utc>,
}

impl<'a> ReadTx<'a> {
    pub(crate) fn new(conn: &'a Connection) -> Self {
        Self { conn }
    }

    /// A cached statement that only reads. One that would write is refused (a bug, never the
    /// user's doing), so no query run in a read can change the journal.
    pub(crate) fn prepare(&self, sql: &str) -> Result<CachedStatement<'a>> {
        let statement = self.conn.prepare_cached(sql)?;
        if !statement.readonly() {
            return Err(Error::Sqlite(rusqlite::Error::InvalidQuery));
        }
        Ok(statement)
    }
}

impl<'a> WriteTx<'a> {
    pub(crate) fn new(conn: &'a Connection, now: DateTime<Utc>) -> Self {
        Self {
            read: ReadTx { conn },
            now,
        }
    }

    /// The time of this transaction: every record it stamps gets the same instant.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// A cached statement that may write.
    pub(crate) fn prepare_write(&self, sql: &str) -> Result<CachedStatement<'a>> {
        Ok(self.read.conn.prepare_cached(sql)?)
    }

    /// Runs one writing statement; returns how many rows it changed.
    pub(crate) fn execute(&self, sql: &str, params: impl Params) -> Result<usize> {
        Ok(self.prepare_write(sql)?.execute(params)?)
    }

    /// Runs `f` inside a savepoint: what it wrote is kept when it returns `Ok` and undone
    /// when it returns `Err`, so the transaction goes on as `f` found it even if the caller
    /// carries on after the error.
    pub(crate) fn atomically<T>(&self, f: impl FnOnce(&WriteTx<'a>) -> Result<T>) -> Result<T> {
        self.read
            .conn
            .execute_batch("SAVEPOINT twoway_atomically")?;
        match f(self) {
            Ok(value) => {
                self.read.conn.execute_batch("RELEASE twoway_atomically")?;
                Ok(value)
            }
            Err(error) => {
                // If even the rollback fails, the enclosing `Journal::write` rolls the whole
                // transaction back when the error reaches it.
                let _ = self
                    .read
                    .conn
                    .execute_batch("ROLLBACK TO twoway_atomically; RELEASE twoway_atomically");
                Err(error)
            }
        }
    }

    /// A new UUID v7 whose time part is the transaction's clock, not the system's.
    pub(crate) fn new_id<I: From<Uuid>>(&self) -> I {
        let millis = u64::try_from(self.now.timestamp_millis()).unwrap_or(0);
        let random: [u8; 10] = rand::random();
        uuid::Builder::from_unix_timestamp_millis(millis, &random)
            .into_uuid()
            .into()
    }
}

impl<'a> Deref for WriteTx<'a> {
    type Target = ReadTx<'a>;
    fn deref(&self) -> &ReadTx<'a> {
        &self.read
    }
}
