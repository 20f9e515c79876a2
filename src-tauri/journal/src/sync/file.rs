//! The sync folder on disk: one subfolder per device, named by its id, holding that device's
//! numbered change files (`changes-0000000001.json`, …), perhaps one snapshot standing for
//! its earlier files (`snapshot-0000000040.json`), and its `device.json` (its name and how far
//! it has applied every other device's files). Only the device a subfolder is named after ever
//! writes in it, each file under a temporary name first, then renamed, so a sync tool never
//! carries half a file and no two devices ever write the same file.
//!
//! Anything else in the folder is left alone and never read: a sync tool's own files
//! (`.stfolder`, `.stversions`), its temporary names, and its conflict copies
//! (`changes-0000000003.sync-conflict-20261204-101010-ABCDEFG.json`,
//! `changes-0000000003 (conflicted copy).json`): a change file is written once and never
//! changed, so a conflict copy can only repeat it.

use super::Stamp;
use crate::encryption::DataKey;
use crate::error::{Error, Result};
use crate::files::{self, Overwrite};
use crate::model::Kind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use uuid::Uuid;

const FORMAT: &str = "twoway-changes";
const VERSION: u32 = 1;
const STATE_FORMAT: &str = "twoway-device";
/// What a sealed change file (an encrypted journal's) starts with; the rest is sealed.
const SEALED: &[u8] = b"twoway-sealed-changes\n";
/// The keys file of an encrypted sync folder: the key its files are sealed with, itself sealed
/// under the passphrase and the recovery key of the journal that started syncing there.
pub(crate) const KEYS_FILE: &str = "keys.json";

/// A change file (or a snapshot) as it is stored.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ChangeFile {
    pub format: String,
    pub version: u32,
    /// The device that wrote it: the subfolder it lives in.
    pub device: Uuid,
    /// Its number among the device's files; a snapshot stands for every file up to it.
    pub seq: u32,
    pub snapshot: bool,
    pub changes: Vec<Change>,
}

/// One record's version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Change {
    pub kind: Kind,
    pub id: Uuid,
    pub stamp: Stamp,
    /// The whole record as the version left it, as a pack holds it; `None`: deleted forever.
    pub record: Option<serde_json::Value>,
}

impl ChangeFile {
    pub fn new(device: Uuid, seq: u32, snapshot: bool, changes: Vec<Change>) -> Self {
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            device,
            seq,
            snapshot,
            changes,
        }
    }
}

/// What a device says of itself in its `device.json`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DeviceState {
    pub format: String,
    pub device: Uuid,
    /// The name its owner knows it by (the computer's name).
    pub name: String,
    /// How far it has applied each other device's files.
    pub applied: BTreeMap<Uuid, u32>,
}

/// Why a file in the folder was not applied. Never holds a word of the file's content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Unreadable {
    /// Cut short, not JSON, not a change file, or not the file its name says.
    Damaged(String),
    /// Written by a newer Twoway.
    TooNew(u32),
}

/// A file of a device's subfolder that Twoway reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum FileName {
    Changes(u32),
    Snapshot(u32),
}

impl FileName {
    pub fn parse(name: &str) -> Option<Self> {
        let number = |rest: &str| {
            let digits = rest.strip_suffix(".json")?;
            (digits.len() == 10 && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| digits.parse().ok())
                .flatten()
        };
        if let Some(rest) = name.strip_prefix("changes-") {
            number(rest).map(FileName::Changes)
        } else if let Some(rest) = name.strip_prefix("snapshot-") {
            number(rest).map(FileName::Snapshot)
        } else {
            None
        }
    }

    pub fn text(self) -> String {
        match self {
            FileName::Changes(seq) => format!("changes-{seq:010}.json"),
            FileName::Snapshot(seq) => format!("snapshot-{seq:010}.json"),
        }
    }

    pub fn seq(self) -> u32 {
        match self {
            FileName::Changes(seq) | FileName::Snapshot(seq) => seq,
        }
    }
}

/// The subfolder of `device`.
pub(crate) fn device_folder(folder: &Path, device: Uuid) -> PathBuf {
    folder.join(device.to_string())
}

/// The devices with a subfolder in `folder`, other than `me`.
pub(crate) fn other_devices(folder: &Path, me: Uuid) -> Result<Vec<Uuid>> {
    let entries = std::fs::read_dir(folder).map_err(|e| {
        Error::io(
            crate::language::tr(
                "error-context-read",
                &[("path", (&folder.display().to_string()).into())],
            ),
            e,
        )
    })?;
    let mut devices: Vec<Uuid> = entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|entry| {
            entry
                .file_name()
                .to_str()
                .and_then(|n| Uuid::parse_str(n).ok())
        })
        // A folder named by the braced or upper-case spelling is not one Twoway wrote.
        .filter(|id| folder.join(id.to_string()).is_dir())
        .filter(|id| *id != me)
        .collect();
    devices.sort();
    devices.dedup();
    Ok(devices)
}

/// The change files and snapshots in a device's subfolder, in order.
pub(crate) fn files_of(folder: &Path, device: Uuid) -> Vec<FileName> {
    let Ok(entries) = std::fs::read_dir(device_folder(folder, device)) else {
        return Vec::new();
    };
    let mut names: Vec<FileName> = entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| entry.file_name().to_str().and_then(FileName::parse))
        .collect();
    names.sort();
    names
}

/// Reads one of `device`'s files: `Ok(Err(…))` when it is there but cannot be applied.
pub(crate) fn read(
    folder: &Path,
    device: Uuid,
    name: FileName,
    key: Option<&DataKey>,
) -> Result<std::result::Result<ChangeFile, Unreadable>> {
    let path = device_folder(folder, device).join(name.text());
    let bytes = std::fs::read(&path).map_err(|e| {
        Error::io(
            crate::language::tr(
                "error-context-read",
                &[("path", (&path.display().to_string()).into())],
            ),
            e,
        )
    })?;
    Ok(match (bytes.strip_prefix(SEALED), key) {
        (Some(sealed), Some(key)) => match key.open_bytes(&purpose(device, name), sealed) {
            Some(plain) => decode(&plain, device, name),
            None => Err(Unreadable::Damaged(
                "it does not open with this folder's key".to_owned(),
            )),
        },
        (Some(_), None) => Err(Unreadable::Damaged(
            "it is encrypted, and this journal is not".to_owned(),
        )),
        (None, Some(_)) => Err(Unreadable::Damaged(
            "it is not encrypted, and every file of this folder must be".to_owned(),
        )),
        (None, None) => decode(&bytes, device, name),
    })
}

/// What a sealed file is bound to: its device and its name, so no file passes for another.
fn purpose(device: Uuid, name: FileName) -> Vec<u8> {
    format!("twoway change file {device}/{}", name.text()).into_bytes()
}

fn decode(
    bytes: &[u8],
    device: Uuid,
    name: FileName,
) -> std::result::Result<ChangeFile, Unreadable> {
    // Only the layout is named, never the content: serde's messages may quote it.
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        Unreadable::Damaged(if e.is_eof() {
            "it is cut short".to_owned()
        } else {
            format!("it is not JSON (line {}, column {})", e.line(), e.column())
        })
    })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(Unreadable::Damaged(
            "it is not a Twoway change file".to_owned(),
        ));
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(Unreadable::TooNew(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    let file: ChangeFile = serde_json::from_value(value)
        .map_err(|_| Unreadable::Damaged("its layout is not a change file's".to_owned()))?;
    let snapshot = matches!(name, FileName::Snapshot(_));
    if file.device != device || file.seq != name.seq() || file.snapshot != snapshot {
        return Err(Unreadable::Damaged(
            "it is not the file its name and folder say".to_owned(),
        ));
    }
    Ok(file)
}

/// Writes one of this device's files, atomically; `false` when a file of that name is
/// already there (this device wrote it before it could note so).
pub(crate) fn write(folder: &Path, file: &ChangeFile, key: Option<&DataKey>) -> Result<bool> {
    let subfolder = device_folder(folder, file.device);
    files::create_folder(&subfolder)?;
    let name = if file.snapshot {
        FileName::Snapshot(file.seq)
    } else {
        FileName::Changes(file.seq)
    };
    let json = zeroize::Zeroizing::new(serde_json::to_vec(file).map_err(|e| {
        Error::io(
            crate::language::tr("error-context-write-change-file", &[]),
            std::io::Error::other(e),
        )
    })?);
    let bytes = match key {
        Some(key) => {
            let mut sealed = SEALED.to_vec();
            sealed.extend(key.seal_bytes(&purpose(file.device, name), &json)?);
            sealed
        }
        None => json.to_vec(),
    };
    match files::write_atomically(&subfolder.join(name.text()), &bytes, Overwrite::Refuse) {
        Ok(()) => Ok(true),
        Err(Error::Exists { .. }) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Removes one of this device's files (compaction).
pub(crate) fn remove(folder: &Path, device: Uuid, name: FileName) -> Result<()> {
    let path = device_folder(folder, device).join(name.text());
    match std::fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io(
            crate::language::tr(
                "error-context-remove",
                &[("path", (&path.display().to_string()).into())],
            ),
            e,
        )),
        _ => Ok(()),
    }
}

/// Reads a device's `device.json`, if it is there and sound.
pub(crate) fn read_state(folder: &Path, device: Uuid) -> Option<DeviceState> {
    let bytes = std::fs::read(device_folder(folder, device).join("device.json")).ok()?;
    let state: DeviceState = serde_json::from_slice(&bytes).ok()?;
    (state.format == STATE_FORMAT && state.device == device).then_some(state)
}

/// Writes this device's `device.json`.
pub(crate) fn write_state(
    folder: &Path,
    me: Uuid,
    name: &str,
    applied: BTreeMap<Uuid, u32>,
) -> Result<()> {
    let subfolder = device_folder(folder, me);
    files::create_folder(&subfolder)?;
    let state = DeviceState {
        format: STATE_FORMAT.to_owned(),
        device: me,
        name: name.to_owned(),
        applied,
    };
    let bytes = serde_json::to_vec_pretty(&state).map_err(|e| {
        Error::io(
            crate::language::tr("error-context-write-device-file", &[]),
            std::io::Error::other(e),
        )
    })?;
    let path = subfolder.join("device.json");
    // Written only when it says something new: a sync tool carries every rewrite to the other
    // devices, whose watch would wake them to sync, and they would answer in kind.
    if std::fs::read(&path).is_ok_and(|written| written == bytes) {
        return Ok(());
    }
    files::write_atomically(&path, &bytes, Overwrite::Replace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_twoway_names_are_read_and_sync_tools_copies_are_not() {
        assert_eq!(
            FileName::parse("changes-0000000003.json"),
            Some(FileName::Changes(3))
        );
        assert_eq!(
            FileName::parse("snapshot-0000000040.json"),
            Some(FileName::Snapshot(40))
        );
        for other in [
            "changes-0000000003.sync-conflict-20261204-101010-ABCDEFG.json",
            "changes-0000000003 (conflicted copy).json",
            "changes-0000000003 (Case Conflict).json",
            ".syncthing.changes-0000000003.json.tmp",
            "changes-0000000003.json~",
            "~changes-0000000003.json",
            "changes-3.json",
            "device.json",
            "changes-00000000x3.json",
        ] {
            assert_eq!(FileName::parse(other), None, "{other}");
        }
        assert_eq!(FileName::Changes(12).text(), "changes-0000000012.json");
    }

    #[test]
    fn a_damaged_file_is_named_without_a_word_of_its_content() {
        let device = Uuid::from_u128(9);
        let secret = br#"{"format":"twoway-changes","version":1,"device":"secret probe"#;
        let Err(Unreadable::Damaged(why)) = decode(secret, device, FileName::Changes(1)) else {
            panic!("a cut file was read");
        };
        assert!(!why.contains("secret"), "{why}");
        let foreign = br#"{"format":"something else","secret probe":1}"#;
        assert!(matches!(
            decode(foreign, device, FileName::Changes(1)),
            Err(Unreadable::Damaged(_))
        ));
        let newer = br#"{"format":"twoway-changes","version":99}"#;
        assert_eq!(
            decode(newer, device, FileName::Changes(1)).err(),
            Some(Unreadable::TooNew(99))
        );
        let file = ChangeFile::new(device, 2, false, Vec::new());
        let bytes = serde_json::to_vec(&file).unwrap();
        assert!(decode(&bytes, device, FileName::Changes(2)).is_ok());
        assert!(
            decode(&bytes, device, FileName::Changes(3)).is_err(),
            "a file under another number"
        );
        assert!(
            decode(&bytes, Uuid::from_u128(8), FileName::Changes(2)).is_err(),
            "in another device's folder"
        );
    }
}
