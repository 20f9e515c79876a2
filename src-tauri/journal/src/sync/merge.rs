//! The journal's side of a sync: versions for what was written here, the versions this device
//! has not written to a file yet, and merging another device's version of one record.

use super::file::Change;
use super::stamp::{Hlc, Stamp};
use crate::db::{ReadTx, WriteTx};
use crate::encryption::DataKey;
use crate::error::{Error, Problem, Result};
use crate::model::{Kind, Record, RecordKind, dispatch_kind};
use crate::store::Entity;
use rusqlite::OptionalExtension;
use serde::de::DeserializeOwned;
use std::path::PathBuf;
use uuid::Uuid;

/// This device, as the journal keeps it while sync is on.
#[derive(Clone)]
pub(crate) struct Device {
    pub id: Uuid,
    pub name: String,
    pub folder: PathBuf,
    pub clock: Hlc,
    /// The number the next change file gets.
    pub next_seq: u32,
    /// The key its change files are sealed with (an encrypted journal's).
    pub key: Option<DataKey>,
}

/// What merging another device's version did here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Merged {
    /// This journal already holds that version, or a later one of the same device.
    Known,
    /// The version is later: the record is as it says now (or deleted forever).
    Taken,
    /// This journal's version is later; the other one's long texts were kept in its history.
    Lost,
    /// It links to a record this journal has not received yet: its file waits.
    Waiting,
}

fn uuid_column(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<Uuid> {
    let text: String = row.get(index)?;
    Uuid::parse_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e))
    })
}

impl ReadTx<'_> {
    /// This device, when sync is on.
    pub(crate) fn sync_device(&self) -> Result<Option<Device>> {
        Ok(self
            .prepare(
                "SELECT device, name, folder, clock_wall, clock_counter, next_seq, key FROM sync_device
                 WHERE folder <> ''",
            )?
            .query_row([], |row| {
                Ok(Device {
                    id: uuid_column(row, 0)?,
                    name: row.get(1)?,
                    folder: PathBuf::from(row.get::<_, String>(2)?),
                    clock: Hlc {
                        wall: row.get(3)?,
                        counter: row.get(4)?,
                    },
                    next_seq: row.get(5)?,
                    key: row
                        .get::<_, Option<Vec<u8>>>(6)?
                        .and_then(|bytes| DataKey::from_bytes(&bytes)),
                })
            })
            .optional()?)
    }

    /// How far this journal has applied `device`'s files.
    pub(crate) fn applied_seq(&self, device: Uuid) -> Result<u32> {
        Ok(self
            .prepare("SELECT seq FROM sync_applied WHERE device = ?1")?
            .query_row([device.to_string()], |row| row.get(0))
            .optional()?
            .unwrap_or(0))
    }

    /// How far this journal has applied every other device's files.
    pub(crate) fn applied_all(&self) -> Result<std::collections::BTreeMap<Uuid, u32>> {
        let rows: Vec<(Uuid, u32)> = self
            .prepare("SELECT device, seq FROM sync_applied")?
            .query_map([], |row| Ok((uuid_column(row, 0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows.into_iter().collect())
    }

    /// The version of a record this journal holds, and whether it is a deletion.
    fn version(&self, id: Uuid) -> Result<Option<(Stamp, bool)>> {
        Ok(self
            .prepare(
                "SELECT wall, counter, device, deleted FROM sync_version WHERE record_id = ?1",
            )?
            .query_row([id.to_string()], |row| {
                Ok((
                    Stamp {
                        wall: row.get(0)?,
                        counter: row.get(1)?,
                        device: uuid_column(row, 2)?,
                    },
                    row.get(3)?,
                ))
            })
            .optional()?)
    }

    /// Whether this journal holds a row with `id` of `kind`.
    fn holds(&self, kind: Kind, id: Uuid) -> Result<bool> {
        Ok(self.deleted_at(kind, id)?.is_some())
    }

    /// The record of `kind` with `id` as a change file holds it (`None`: it is gone).
    fn record_value(&self, kind: Kind, id: Uuid) -> Result<Option<serde_json::Value>> {
        dispatch_kind!(kind, F => {
            let record = self.find(<F as RecordKind>::Id::from(id))?;
            record
                .map(|record| serde_json::to_value(&record))
                .transpose()
                .map_err(|e| Error::io(crate::language::tr("error-context-write-change", &[]), std::io::Error::other(e)))
        })
    }

    /// The versions not in one of this device's change files yet, parents first: its own
    /// edits, and after a move to another folder every version it holds.
    pub(crate) fn unwritten(&self) -> Result<Vec<Change>> {
        self.versions(true)
    }

    /// Every version the journal holds, whoever made it: a snapshot.
    pub(crate) fn all_versions(&self) -> Result<Vec<Change>> {
        self.versions(false)
    }

    fn versions(&self, unwritten_only: bool) -> Result<Vec<Change>> {
        let rows: Vec<(Uuid, Kind, Stamp)> = self
            .prepare(
                "SELECT record_id, kind, wall, counter, device FROM sync_version
                 WHERE written = 0 OR NOT ?1",
            )?
            .query_map([unwritten_only], |row| {
                Ok((
                    uuid_column(row, 0)?,
                    row.get(1)?,
                    Stamp {
                        wall: row.get(2)?,
                        counter: row.get(3)?,
                        device: uuid_column(row, 4)?,
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut changes = Vec::with_capacity(rows.len());
        for (id, kind, stamp) in rows {
            changes.push(Change {
                kind,
                id,
                stamp,
                record: self.record_value(kind, id)?,
            });
        }
        // Parents first (the kinds' order), then by stamp: a record made after its parent
        // (an item carried over from an earlier one) follows it.
        changes.sort_by_key(|change| {
            (
                Kind::ALL.iter().position(|k| *k == change.kind),
                change.stamp,
            )
        });
        Ok(changes)
    }
}

impl WriteTx<'_> {
    /// This journal's device id, kept while sync is off so that it comes back as the same
    /// device.
    pub(crate) fn device_id(&self) -> Result<Option<Uuid>> {
        Ok(self
            .prepare("SELECT device FROM sync_device")?
            .query_row([], |row| uuid_column(row, 0))
            .optional()?)
    }

    /// Turns sync on: this journal becomes device `id` writing to `folder`. Every record gets
    /// a version, and in a folder other than the last one every version goes out again, so
    /// the first change file there holds the whole journal.
    pub(crate) fn start_sync(
        &self,
        id: Uuid,
        name: &str,
        folder: &str,
        key: Option<&DataKey>,
    ) -> Result<()> {
        let last_folder: Option<String> = self
            .prepare("SELECT folder FROM sync_device")?
            .query_row([], |row| row.get(0))
            .optional()?;
        self.execute(
            "INSERT INTO sync_device (id, device, name, folder, key) VALUES (1, ?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, folder = excluded.folder,
                 key = excluded.key",
            (id.to_string(), name, folder, key.map(DataKey::bytes)),
        )?;
        if last_folder.is_some_and(|last| last != folder) {
            self.execute("UPDATE sync_version SET written = 0", [])?;
        }
        for kind in Kind::ALL {
            self.execute(
                &format!(
                    "INSERT OR IGNORE INTO sync_pending (record_id, kind)
                     SELECT id, ?1 FROM {} WHERE id NOT IN (SELECT record_id FROM sync_version)",
                    kind.table()
                ),
                [kind],
            )?;
        }
        Ok(())
    }

    /// Turns sync off. The device id and the versions stay (and writes are still noted), so
    /// turning it on again goes on where it stopped, as the same device.
    pub(crate) fn stop_sync(&self) -> Result<()> {
        self.execute("UPDATE sync_device SET folder = ''", [])?;
        Ok(())
    }

    /// Gives every record written since the last sync a version of this device, in the order
    /// they were edited. Returns how many.
    pub(crate) fn stamp_pending(&self, device: &mut Device) -> Result<usize> {
        let pending: Vec<(Uuid, Kind)> = self
            .prepare("SELECT record_id, kind FROM sync_pending")?
            .query_map([], |row| Ok((uuid_column(row, 0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let now = self.now().timestamp_millis();
        let mut edited = Vec::with_capacity(pending.len());
        for (id, kind) in pending {
            let updated: Option<String> = self
                .prepare(&format!(
                    "SELECT updated_at FROM {} WHERE id = ?1",
                    kind.table()
                ))?
                .query_row([id.to_string()], |row| row.get(0))
                .optional()?;
            let at = updated
                .and_then(|at| chrono::DateTime::parse_from_rfc3339(&at).ok())
                .map_or(now, |at| at.timestamp_millis());
            edited.push((at, id, kind, self.holds(kind, id)?));
        }
        edited.sort();
        for (at, id, kind, held) in &edited {
            let stamp = device.clock.tick(*at, device.id);
            self.put_version(*id, *kind, &stamp, !held, false)?;
        }
        self.execute("DELETE FROM sync_pending", [])?;
        self.save_clock(device)?;
        Ok(edited.len())
    }

    fn put_version(
        &self,
        id: Uuid,
        kind: Kind,
        stamp: &Stamp,
        deleted: bool,
        written: bool,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO sync_version (record_id, kind, wall, counter, device, deleted, written)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (record_id) DO UPDATE SET kind = excluded.kind, wall = excluded.wall,
                 counter = excluded.counter, device = excluded.device,
                 deleted = excluded.deleted, written = excluded.written",
            (
                id.to_string(),
                kind,
                stamp.wall,
                stamp.counter,
                stamp.device.to_string(),
                deleted,
                written,
            ),
        )?;
        Ok(())
    }

    /// Notes the clock (and the next file's number) of this device.
    pub(crate) fn save_clock(&self, device: &Device) -> Result<()> {
        self.execute(
            "UPDATE sync_device SET clock_wall = ?1, clock_counter = ?2, next_seq = ?3",
            (device.clock.wall, device.clock.counter, device.next_seq),
        )?;
        Ok(())
    }

    /// Notes that these versions are in a change file now.
    pub(crate) fn mark_written(&self, changes: &[Change]) -> Result<()> {
        for change in changes {
            self.execute(
                "UPDATE sync_version SET written = 1
                 WHERE record_id = ?1 AND wall = ?2 AND counter = ?3 AND device = ?4",
                (
                    change.id.to_string(),
                    change.stamp.wall,
                    change.stamp.counter,
                    change.stamp.device.to_string(),
                ),
            )?;
        }
        Ok(())
    }

    /// Notes that every file of `device` up to `seq` is applied.
    pub(crate) fn note_applied(&self, device: Uuid, seq: u32) -> Result<()> {
        self.execute(
            "INSERT INTO sync_applied (device, seq, applied_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (device) DO UPDATE SET seq = max(seq, excluded.seq),
                 applied_at = excluded.applied_at",
            (device.to_string(), seq, crate::db::instant_text(self.now())),
        )?;
        Ok(())
    }

    /// Merges another device's version of one record: the later stamp wins; the version that
    /// loses keeps its long texts in the record's history. A record deleted forever takes what
    /// belongs to it along, as it did on the device that deleted it.
    pub(crate) fn merge_change(&self, change: &Change, clock: &mut Hlc) -> Result<Merged> {
        clock.receive(&change.stamp);
        let local = self.version(change.id)?;
        if let Some((stamp, _)) = local
            && stamp >= change.stamp
        {
            if stamp == change.stamp {
                return Ok(Merged::Known);
            }
            if let Some(value) = &change.record {
                dispatch_kind!(change.kind, F => self.keep_losing::<F>(change, value))?;
            }
            return Ok(Merged::Lost);
        }
        let merged = match &change.record {
            None => {
                self.delete_for_sync(change.kind, change.id)?;
                self.put_version(change.id, change.kind, &change.stamp, true, true)?;
                Merged::Taken
            }
            Some(value) => dispatch_kind!(change.kind, F => self.take::<F>(change, value))?,
        };
        if merged == Merged::Taken {
            self.execute(
                "DELETE FROM sync_pending WHERE record_id = ?1",
                [change.id.to_string()],
            )?;
        }
        Ok(merged)
    }

    /// Takes another device's later version of a record.
    fn take<F: Entity + DeserializeOwned>(
        &self,
        change: &Change,
        value: &serde_json::Value,
    ) -> Result<Merged>
    where
        F::Id: DeserializeOwned,
    {
        let mut record = decode::<F>(change, value)?;
        let mut dead = false;
        let mut adjusted = false;
        for link in F::LINKS {
            let Some(target) = (link.get)(&record.fields) else {
                continue;
            };
            if self.holds(link.kind, target)? {
                continue;
            }
            match self.version(target)? {
                // Deleted forever here: a record that belongs to it goes with it, a link to
                // it is cleared, as on the device that deleted it.
                Some((_, true)) if link.belongs => dead = true,
                Some((_, true)) => {
                    (link.set)(&mut record.fields, None);
                    adjusted = true;
                }
                _ => return Ok(Merged::Waiting),
            }
        }
        // A change file is read like any file from outside: the record must pass its kind's
        // own rules (a link to a trashed record is fine: another device may have trashed it).
        record.fields.validate(self, None)?;
        let id: F::Id = record.id;
        let local = self.find(id)?;
        if dead {
            self.delete_for_sync(F::KIND, id.into())?;
        } else {
            match &local {
                Some(local) => {
                    self.keep_versions(local, &record.fields, true)?;
                    self.overwrite_row(&record)?;
                }
                None => self.insert_row(&record)?,
            }
            if record.deleted_at.is_some() {
                self.set_deleted_at(F::KIND, id.into(), record.deleted_at, false)?;
            }
        }
        self.put_version(change.id, F::KIND, &change.stamp, dead, true)?;
        if dead || adjusted {
            // This journal's version differs from the one taken: it goes out as a new one,
            // so every device ends the same.
            self.execute(
                "INSERT OR IGNORE INTO sync_pending (record_id, kind) VALUES (?1, ?2)",
                (change.id.to_string(), F::KIND),
            )?;
            return Ok(Merged::Lost);
        }
        Ok(Merged::Taken)
    }

    /// Keeps the long texts of another device's earlier version in the record's history.
    fn keep_losing<F: Entity + DeserializeOwned>(
        &self,
        change: &Change,
        value: &serde_json::Value,
    ) -> Result<()>
    where
        F::Id: DeserializeOwned,
    {
        let losing = decode::<F>(change, value)?;
        if let Some(local) = self.find(losing.id)? {
            self.keep_versions(&losing, &local.fields, true)?;
        }
        Ok(())
    }

    /// Deletes a record forever with what belongs to it, if this journal holds it.
    fn delete_for_sync(&self, kind: Kind, id: Uuid) -> Result<()> {
        if self.holds(kind, id)? {
            let doomed = self.with_dependants(vec![(kind, id)])?;
            self.purge(&doomed)?;
        }
        Ok(())
    }
}

/// A change's record, checked as the journal checks a record of its kind.
fn decode<F: Entity + DeserializeOwned>(
    change: &Change,
    value: &serde_json::Value,
) -> Result<Record<F::Id, F>>
where
    F::Id: DeserializeOwned,
{
    let damaged = |problem| Error::Invalid {
        field: "change file",
        problem: Problem::Other(problem),
    };
    let record: Record<F::Id, F> =
        serde_json::from_value(value.clone()).map_err(|_| damaged("problem-change-layout"))?;
    if record.id.into() != change.id {
        return Err(damaged("problem-change-id"));
    }
    Ok(record)
}
