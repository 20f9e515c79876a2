//! The two transaction handles. Queries take `&ReadTx`; anything that writes takes `&WriteTx`,
//! which also reads (it dereferences to `ReadTx`) and carries the one `now` of the transaction.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use std::ops::Deref;
use uuid::Uuid;

pub struct ReadTx<'a> {
    pub(crate) conn: &'a Connection,
}

pub struct WriteTx<'a> {
    read: ReadTx<'a>,
    now: DateTime<Utc>,
}

impl<'a> ReadTx<'a> {
    pub(crate) fn new(conn: &'a Connection) -> Self {
        Self { conn }
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
