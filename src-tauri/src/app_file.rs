//! The app's own small files in the data folder (`background.json`, `last-journal.json`,
//! `language.json`, …): each a JSON value, read before any journal opens, written whole and
//! atomically so a crash leaves the old one or the new one, never half of either.

use crate::error::{ErrorCode, IpcError, IpcResult};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::PathBuf;

/// Where the app file `name` lives.
pub fn path(name: &str) -> PathBuf {
    twoway_journal::default_data_dir().join(name)
}

/// The value kept in `name`; none when the file is missing or not what it should hold.
pub fn read<T: DeserializeOwned>(name: &str) -> Option<T> {
    std::fs::read(path(name))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
}

/// Keeps `value` in `name`, making the data folder when it is missing.
pub fn keep<T: Serialize>(name: &str, value: &T) -> IpcResult<()> {
    let path = path(name);
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| {
            IpcError::new(
                ErrorCode::Io,
                twoway_journal::language::tr(
                    "error-settings-folder-not-made",
                    &[
                        ("folder", (&folder.display().to_string()).into()),
                        ("source", (&e.to_string()).into()),
                    ],
                ),
            )
        })?;
    }
    let bytes = serde_json::to_vec_pretty(value)
        .map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))?;
    twoway_journal::files::write_atomically(
        &path,
        &bytes,
        twoway_journal::files::Overwrite::Replace,
    )?;
    Ok(())
}
