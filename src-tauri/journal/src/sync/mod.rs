//! One journal on several devices, through a folder the user already keeps in sync (Syncthing,
//! Nextcloud, Dropbox, a network share, a USB stick). Twoway runs no server: each device writes
//! what changed in its journal as files in its own subfolder of the sync folder, and reads the
//! other devices' files. The journal file itself never goes in that folder (a live SQLite file
//! copied mid-write is a damaged one; [`crate::synced`] refuses to open a journal in a synced
//! folder).
//!
//! ## Versions
//!
//! While sync is on, triggers note every record any write touches. A sync gives each of them
//! a version of this device, stamped by a hybrid logical clock ([`Stamp`]), and writes the
//! versions this device has not written yet to one new change file: the whole record as a
//! pack holds it, or a tombstone for a record deleted forever. Trash and restore are ordinary
//! versions (the record's `deleted_at`).
//!
//! ## The merge
//!
//! Another device's files are applied in their order, each in one transaction, all of it or
//! nothing. For each record the later stamp wins, whatever order the files came in, however
//! often, and whatever the devices' clocks say: so every device that has read the same files
//! holds the same journal. The version that loses keeps its long texts in the record's version
//! history ([`crate::history`]), wherever it loses: no edit is dropped unseen. A record deleted
//! forever takes along what belongs to it (a session's agenda), and a link to it is cleared, on
//! every device. A file that links to a record not received yet (another device's file is late)
//! waits for a later sync; a file that is cut short, foreign or from a newer Twoway is skipped
//! with a problem in the report, never half-applied, and the device's later files wait behind
//! it (the sync tool delivers the whole file later).
//!
//! ## Compaction
//!
//! Once every other device known in the folder has applied a device's files (each says how far
//! in its `device.json`), the device replaces them by one snapshot of every version it holds;
//! a device that comes back later, or a new one, starts from the snapshot.

mod file;
mod merge;
mod stamp;

pub use stamp::Stamp;

use crate::encryption::{DataKey, Keys, Secret};
use crate::error::{Error, Result};
use crate::journal::Journal;
use chrono::{DateTime, Utc};
use file::{ChangeFile, FileName, Unreadable};
use merge::{Device, Merged};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use uuid::Uuid;

/// A device's own change files that every other device has applied are folded into one
/// snapshot once there are this many.
pub const COMPACT_AFTER: usize = 64;

/// The setting that keeps the report of the last sync.
const LAST_SYNC: &str = "sync.last";

/// Sync as this journal has it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SyncStatus {
    /// The sync folder.
    pub folder: PathBuf,
    /// This device's id: its subfolder's name.
    pub device: Uuid,
    /// The name this device goes by in the other devices' reports.
    pub device_name: String,
    /// What the last sync did, if there was one.
    pub last: Option<SyncReport>,
}

/// What one sync did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SyncReport {
    /// When it ran.
    pub at: DateTime<Utc>,
    /// The sync folder was not there (a drive not mounted, a share offline): nothing was read
    /// or written; this device's edits go out at the next sync.
    pub folder_missing: bool,
    /// Versions of this device's edits written to the folder.
    pub sent: u32,
    /// The other devices whose files were applied, with what they changed here.
    pub devices: Vec<DeviceReport>,
    /// Records changed here by other devices' versions.
    pub changed: u32,
    /// Other devices' versions that lost to a later one here, their texts kept in history.
    pub kept_in_history: u32,
    /// Files that wait for an earlier one (still on its way) or for records they link to.
    pub waiting: u32,
    /// Files that could not be applied.
    pub problems: Vec<SyncProblem>,
}

/// What one other device's files did in a sync.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct DeviceReport {
    /// The device.
    pub device: Uuid,
    /// The name it goes by (its `device.json`), empty when it has not said.
    pub name: String,
    /// Its files applied.
    pub files: u32,
    /// Records its versions changed here.
    pub changed: u32,
}

/// A file of the sync folder that could not be applied, and why (never its content).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SyncProblem {
    /// The device whose subfolder holds it.
    pub device: Uuid,
    /// Its name in that subfolder.
    pub file: String,
    /// Why, in plain words.
    pub problem: String,
}

/// How a sync runs (tests fold files sooner).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyncOptions {
    /// See [`COMPACT_AFTER`].
    pub compact_after: usize,
}

impl Default for SyncOptions {
    fn default() -> Self {
        Self {
            compact_after: COMPACT_AFTER,
        }
    }
}

impl Journal {
    /// Sync as this journal has it: `None` while it is off.
    pub fn sync_status(&self) -> Result<Option<SyncStatus>> {
        self.read(|tx| {
            let Some(device) = tx.sync_device()? else {
                return Ok(None);
            };
            let last = tx
                .setting(LAST_SYNC)?
                .and_then(|text| serde_json::from_str(&text).ok());
            Ok(Some(SyncStatus {
                folder: device.folder,
                device: device.id,
                device_name: device.name,
                last,
            }))
        })
    }

    /// Turns sync on with `folder` (made when missing), this device going by `device_name`,
    /// or moves it to another folder. The folder may not hold the journal. The next sync
    /// writes the whole journal for the other devices, and reads theirs.
    ///
    /// A plain journal writes plain change files, and cannot join a folder of encrypted
    /// devices. An encrypted journal seals its files: the first one in a folder leaves its
    /// keys file there (its key sealed under its passphrase and recovery key, which alone
    /// opens nothing), and another joins with `secret`, that journal's passphrase or recovery
    /// key; it cannot join a folder that plain devices write to.
    pub fn start_sync(
        &mut self,
        folder: &Path,
        device_name: &str,
        secret: Option<&Secret>,
    ) -> Result<SyncStatus> {
        self.writable()?;
        self.refuse_folder_holding_journal(folder)?;
        let key = self.folder_key(folder, secret)?;
        crate::files::create_folder(folder)?;
        if let (Some(_), Some(path)) = (&key, self.path())
            && !folder.join(file::KEYS_FILE).is_file()
        {
            Keys::read(path)?.write_file(&folder.join(file::KEYS_FILE))?;
        }
        let name = device_name.trim();
        let folder_text = folder.to_string_lossy().into_owned();
        self.write(|tx| {
            let id = match tx.device_id()? {
                Some(id) => id,
                None => tx.new_id::<Uuid>(),
            };
            tx.start_sync(id, name, &folder_text, key.as_ref())
        })?;
        self.sync_status()?.ok_or(Error::SyncOff)
    }

    /// The key this journal's change files in `folder` are sealed with (`None`: plain).
    fn folder_key(&self, folder: &Path, secret: Option<&Secret>) -> Result<Option<DataKey>> {
        let keys_file = folder.join(file::KEYS_FILE);
        let Some(own) = self.key() else {
            return match keys_file.is_file() {
                true => Err(Error::SyncFolderEncrypted {
                    folder: folder.to_owned(),
                }),
                false => Ok(None),
            };
        };
        if !keys_file.is_file() {
            // Devices are there and no keys file: they are plain and write plain files.
            let others_write_plain =
                folder.is_dir() && !file::other_devices(folder, Uuid::nil())?.is_empty();
            if others_write_plain {
                return Err(Error::SyncFolderPlain {
                    folder: folder.to_owned(),
                });
            }
            return Ok(Some(own.clone()));
        }
        let current = self.read(|tx| tx.sync_device())?;
        if let Some(device) = current.filter(|device| device.folder == folder)
            && device.key.is_some()
        {
            return Ok(device.key);
        }
        let keys = Keys::read_file(&keys_file)?;
        match secret {
            Some(secret) => Ok(Some(keys.unlock(secret)?)),
            // The journal that left the keys file there opens it with its own key.
            None if self
                .path()
                .is_some_and(|path| Keys::read(path).ok() == Some(keys.clone())) =>
            {
                Ok(Some(own.clone()))
            }
            None => Err(Error::SyncNeedsSecret {
                folder: folder.to_owned(),
            }),
        }
    }

    /// Refuses a folder to sync or exchange through that holds the journal itself: a sync tool
    /// would copy the live file while it is written.
    pub(crate) fn refuse_folder_holding_journal(&self, folder: &Path) -> Result<()> {
        let absolute = |path: &Path| std::path::absolute(path).unwrap_or(path.to_owned());
        match self.folder() {
            Some(journal) if absolute(journal).starts_with(absolute(folder)) => {
                Err(Error::SyncFolderHoldsJournal {
                    folder: folder.to_owned(),
                })
            }
            _ => Ok(()),
        }
    }

    /// Refuses to turn encryption on or off while the journal syncs.
    pub(crate) fn refuse_while_syncing(&self) -> Result<()> {
        match self.read(|tx| tx.sync_device())? {
            Some(_) => Err(Error::SyncOn),
            None => Ok(()),
        }
    }

    /// Turns sync off. The folder is left as it is.
    pub fn stop_sync(&mut self) -> Result<()> {
        self.write(|tx| tx.stop_sync())
    }

    /// Syncs with the folder: writes this device's edits, applies the other devices' files,
    /// and folds this device's old files into a snapshot when they are all applied elsewhere.
    pub fn sync(&mut self) -> Result<SyncReport> {
        self.sync_with(SyncOptions::default())
    }

    /// [`Journal::sync`] with options.
    pub fn sync_with(&mut self, options: SyncOptions) -> Result<SyncReport> {
        self.writable()?;
        let mut device = self.read(|tx| tx.sync_device())?.ok_or(Error::SyncOff)?;
        let mut report = SyncReport {
            at: self.clock().now(),
            ..SyncReport::default()
        };
        if !device.folder.is_dir() {
            report.folder_missing = true;
            self.keep_report(&report)?;
            return Ok(report);
        }
        self.send(&mut device, &mut report)?;
        self.receive(&mut device, &mut report)?;
        // What the merge changed here of its own (a link cleared, what belonged to a record
        // deleted forever) goes out at once.
        self.send(&mut device, &mut report)?;
        let applied = self.read(|tx| tx.applied_all())?;
        file::write_state(&device.folder, device.id, &device.name, applied)?;
        self.compact(&mut device, options)?;
        self.keep_report(&report)?;
        Ok(report)
    }

    fn keep_report(&mut self, report: &SyncReport) -> Result<()> {
        let text = serde_json::to_string(report).map_err(|e| {
            Error::io(
                crate::language::tr("error-context-note-sync", &[]),
                std::io::Error::other(e),
            )
        })?;
        self.write(|tx| tx.put_setting(LAST_SYNC, &text))
    }

    /// Writes this device's unwritten versions to its next change file.
    fn send(&mut self, device: &mut Device, report: &mut SyncReport) -> Result<()> {
        self.write(|tx| tx.stamp_pending(device))?;
        let changes = self.read(|tx| tx.unwritten())?;
        if changes.is_empty() {
            return Ok(());
        }
        let mut file = ChangeFile::new(device.id, device.next_seq, false, changes);
        // A file under that number is this device's own, written before the journal could
        // note it: the same versions go in the next one (applying them twice changes nothing).
        while !file::write(&device.folder, &file, device.key.as_ref())? {
            file.seq += 1;
        }
        device.next_seq = file.seq + 1;
        report.sent += u32::try_from(file.changes.len()).unwrap_or(u32::MAX);
        self.write(|tx| {
            tx.mark_written(&file.changes)?;
            tx.save_clock(device)
        })
    }

    /// Applies every other device's files this journal has not applied, in each device's
    /// order, going round while a file waiting for another device's records can go on.
    fn receive(&mut self, device: &mut Device, report: &mut SyncReport) -> Result<()> {
        let folder = device.folder.clone();
        let mut queues: BTreeMap<Uuid, Vec<FileName>> = BTreeMap::new();
        for other in file::other_devices(&folder, device.id)? {
            let applied = self.read(|tx| tx.applied_seq(other))?;
            queues.insert(other, to_apply(&file::files_of(&folder, other), applied));
        }
        loop {
            let mut progress = false;
            for (&other, queue) in &mut queues {
                while let Some(&name) = queue.first() {
                    match self.apply_file(device, other, name, report)? {
                        Applied::Done => {
                            queue.remove(0);
                            progress = true;
                        }
                        Applied::Waiting => break,
                        Applied::Unreadable => queue.clear(),
                    }
                }
            }
            if !progress {
                break;
            }
        }
        // Files that wait: for records another device has not sent yet, or behind a file
        // still on its way (an unreadable one is a problem, and those behind it wait).
        for other in queues.keys() {
            let applied = self.read(|tx| tx.applied_seq(*other))?;
            let behind = file::files_of(&folder, *other)
                .into_iter()
                .filter(|name| matches!(name, FileName::Changes(seq) if *seq > applied))
                .count();
            report.waiting += u32::try_from(behind).unwrap_or(u32::MAX);
        }
        Ok(())
    }

    /// Applies one file of `other` in one transaction.
    fn apply_file(
        &mut self,
        device: &mut Device,
        other: Uuid,
        name: FileName,
        report: &mut SyncReport,
    ) -> Result<Applied> {
        let problem = |problem: String| SyncProblem {
            device: other,
            file: name.text(),
            problem,
        };
        let changes = match file::read(&device.folder, other, name, device.key.as_ref()) {
            Ok(Ok(file)) => file.changes,
            Ok(Err(Unreadable::Damaged(why))) => {
                report.problems.push(problem(format!("skipped: {why}")));
                return Ok(Applied::Unreadable);
            }
            Ok(Err(Unreadable::TooNew(version))) => {
                report.problems.push(problem(format!(
                    "skipped: it was written by a newer Twoway (change files version {version}); update Twoway on this device"
                )));
                return Ok(Applied::Unreadable);
            }
            // Gone since the folder was listed (a sync tool moving it, a compaction).
            Err(_) => return Ok(Applied::Waiting),
        };
        let mut clock = device.clock;
        let outcome = self.write(|tx| {
            let merged = tx.atomically(|tx| {
                let mut counts = (0, 0);
                // A record may link to one later in the same file (an item carried over from
                // one edited since): those go round again until nothing moves.
                let mut left: Vec<&file::Change> = changes.iter().collect();
                while !left.is_empty() {
                    let mut waiting = Vec::new();
                    for change in &left {
                        match tx.merge_change(change, &mut clock)? {
                            Merged::Taken => counts.0 += 1,
                            Merged::Lost => counts.1 += 1,
                            Merged::Known => {}
                            Merged::Waiting => waiting.push(*change),
                        }
                    }
                    if waiting.len() == left.len() {
                        return Err(Error::SyncWaiting);
                    }
                    left = waiting;
                }
                tx.note_applied(other, name.seq())?;
                Ok(counts)
            });
            match merged {
                Ok(counts) => {
                    let mut moved = device.clone();
                    moved.clock = clock;
                    tx.save_clock(&moved)?;
                    Ok(Ok(counts))
                }
                Err(Error::SyncWaiting) => Ok(Err(Applied::Waiting)),
                Err(Error::Invalid { .. }) => Ok(Err(Applied::Unreadable)),
                Err(e) => Err(e),
            }
        })?;
        let (changed, lost) = match outcome {
            Ok(counts) => counts,
            Err(Applied::Unreadable) => {
                report.problems.push(problem(
                    "skipped: it holds a record this journal cannot take".to_owned(),
                ));
                return Ok(Applied::Unreadable);
            }
            Err(other) => return Ok(other),
        };
        device.clock = clock;
        report.changed += changed;
        report.kept_in_history += lost;
        match report.devices.iter_mut().find(|d| d.device == other) {
            Some(line) => {
                line.files += 1;
                line.changed += changed;
            }
            None => report.devices.push(DeviceReport {
                device: other,
                name: file::read_state(&device.folder, other)
                    .map(|state| state.name)
                    .unwrap_or_default(),
                files: 1,
                changed,
            }),
        }
        Ok(Applied::Done)
    }

    /// Folds this device's old change files into a snapshot once every other device in the
    /// folder has applied at least `options.compact_after` of them.
    fn compact(&mut self, device: &mut Device, options: SyncOptions) -> Result<()> {
        let folder = device.folder.clone();
        let own = file::files_of(&folder, device.id);
        let others = file::other_devices(&folder, device.id)?;
        let everywhere = others
            .iter()
            .map(|other| {
                file::read_state(&folder, *other)
                    .and_then(|state| state.applied.get(&device.id).copied())
                    .unwrap_or(0)
            })
            .min()
            .unwrap_or(u32::MAX);
        let foldable: Vec<FileName> = own
            .iter()
            .copied()
            .filter(|name| matches!(name, FileName::Changes(seq) if *seq <= everywhere))
            .collect();
        if foldable.len() < options.compact_after.max(1) {
            return Ok(());
        }
        let last = device.next_seq - 1;
        let changes = self.read(|tx| tx.all_versions())?;
        let snapshot = ChangeFile::new(device.id, last, true, changes);
        file::write(&folder, &snapshot, device.key.as_ref())?;
        for name in own.iter().filter(|name| match name {
            FileName::Changes(seq) => *seq <= everywhere,
            FileName::Snapshot(seq) => *seq < last,
        }) {
            file::remove(&folder, device.id, *name)?;
        }
        Ok(())
    }
}

/// What applying one file came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Applied {
    Done,
    Waiting,
    Unreadable,
}

/// The files of a device still to apply after `applied`, in order: from its latest snapshot
/// past `applied` (when there is one), then each numbered file in turn, up to the first gap
/// (a file still on its way).
fn to_apply(files: &[FileName], applied: u32) -> Vec<FileName> {
    let snapshot = files
        .iter()
        .filter_map(|name| match name {
            FileName::Snapshot(seq) if *seq > applied => Some(*name),
            _ => None,
        })
        .max();
    let first = snapshot.map_or(applied, FileName::seq) + 1;
    let mut numbered: Vec<u32> = files
        .iter()
        .filter_map(|name| match name {
            FileName::Changes(seq) if *seq >= first => Some(*seq),
            _ => None,
        })
        .collect();
    numbered.sort_unstable();
    numbered.dedup();
    let mut queue: Vec<FileName> = snapshot.into_iter().collect();
    queue.extend(
        (first..)
            .zip(numbered)
            .take_while(|(expected, seq)| expected == seq)
            .map(|(_, seq)| FileName::Changes(seq)),
    );
    queue
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    #[test]
    fn every_record_table_notes_its_writes_for_sync() {
        let journal = Journal::open_in_memory(std::sync::Arc::new(crate::SystemClock)).unwrap();
        for kind in Kind::ALL {
            for event in ["insert", "update", "delete"] {
                let name = format!("{}_sync_{event}", kind.table());
                let found: u32 = journal
                    .read(|tx| {
                        Ok(tx
                            .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = ?1")?
                            .query_row([&name], |r| r.get(0))?)
                    })
                    .unwrap();
                assert_eq!(
                    found, 1,
                    "the trigger {name} (a new kind's migration adds its three)"
                );
            }
        }
    }

    #[test]
    fn files_are_applied_in_order_from_the_latest_snapshot_up_to_a_gap() {
        use FileName::{Changes, Snapshot};
        let files = [Changes(1), Changes(2), Changes(3), Changes(5), Snapshot(2)];
        assert_eq!(to_apply(&files, 0), vec![Snapshot(2), Changes(3)]);
        assert_eq!(to_apply(&files, 2), vec![Changes(3)]);
        assert_eq!(to_apply(&files, 3), Vec::<FileName>::new());
        assert_eq!(
            to_apply(&[Changes(2), Changes(3)], 0),
            Vec::<FileName>::new()
        );
        assert_eq!(
            to_apply(&[Changes(1), Changes(2)], 0),
            vec![Changes(1), Changes(2)]
        );
    }
}
