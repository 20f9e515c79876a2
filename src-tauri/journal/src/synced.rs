//! Whether a folder is kept in sync by a file sync tool. A live SQLite journal must not live in
//! one: the tool copies the file and its `-wal` while they are being written, and the copy on
//! the other device (or the conflict copy it makes) can be a damaged journal. Twoway refuses to
//! open or create a journal there, when it can tell: each tool leaves a marker at the top of
//! the folders it syncs.

use std::path::{Path, PathBuf};

/// A file sync tool, as its marker names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncTool {
    /// Syncthing (`.stfolder`).
    Syncthing,
    /// The Nextcloud desktop client (`.nextcloudsync.log`, `.sync_<id>.db`).
    Nextcloud,
    /// The ownCloud desktop client (`.owncloudsync.log`).
    OwnCloud,
    /// Dropbox (`.dropbox`, `.dropbox.cache`).
    Dropbox,
}

impl SyncTool {
    /// The tool's name, as people know it.
    pub fn name(self) -> &'static str {
        match self {
            SyncTool::Syncthing => "Syncthing",
            SyncTool::Nextcloud => "Nextcloud",
            SyncTool::OwnCloud => "ownCloud",
            SyncTool::Dropbox => "Dropbox",
        }
    }
}

/// The tool whose marker is in `folder` itself, if any.
fn marker_in(folder: &Path) -> Option<SyncTool> {
    // Syncthing's folder marker; Dropbox's at the top of its folder; the Nextcloud and
    // ownCloud desktop clients' logs and their journal database (`.sync_<id>.db`, or
    // `._sync_<id>.db` in older clients).
    if folder.join(".stfolder").exists() {
        return Some(SyncTool::Syncthing);
    }
    if folder.join(".dropbox").exists() || folder.join(".dropbox.cache").is_dir() {
        return Some(SyncTool::Dropbox);
    }
    if folder.join(".nextcloudsync.log").exists() {
        return Some(SyncTool::Nextcloud);
    }
    if folder.join(".owncloudsync.log").exists() {
        return Some(SyncTool::OwnCloud);
    }
    let entries = std::fs::read_dir(folder).ok()?;
    entries.flatten().find_map(|entry| {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let client_db =
            (name.starts_with(".sync_") || name.starts_with("._sync_")) && name.ends_with(".db");
        client_db.then_some(SyncTool::Nextcloud)
    })
}

/// The folder a sync tool keeps in sync that holds `folder` (itself or one above it), with
/// the tool, if one can be told.
pub fn synced_folder(folder: &Path) -> Option<(SyncTool, PathBuf)> {
    // The real path, so a symbolic link into a synced folder is seen for what it is; a folder
    // that does not exist yet is judged by the nearest one that does.
    let existing = folder.ancestors().find(|f| f.exists())?;
    let real = existing
        .canonicalize()
        .unwrap_or_else(|_| existing.to_owned());
    real.ancestors()
        .find_map(|f| marker_in(f).map(|tool| (tool, f.to_owned())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_tools_marker_is_found_from_a_folder_below_it() {
        for (marker, is_dir, tool) in [
            (".stfolder", true, SyncTool::Syncthing),
            (".dropbox", false, SyncTool::Dropbox),
            (".nextcloudsync.log", false, SyncTool::Nextcloud),
            (".owncloudsync.log", false, SyncTool::OwnCloud),
            (".sync_4f2a9c.db", false, SyncTool::Nextcloud),
        ] {
            let root = tempfile::tempdir().unwrap();
            let marker_path = root.path().join(marker);
            if is_dir {
                std::fs::create_dir(&marker_path).unwrap();
            } else {
                std::fs::write(&marker_path, b"").unwrap();
            }
            let below = root.path().join("Notes").join("Twoway");
            std::fs::create_dir_all(&below).unwrap();
            let found = synced_folder(&below);
            assert_eq!(
                found,
                Some((tool, root.path().canonicalize().unwrap())),
                "{marker}"
            );
            // A folder not created yet is judged by the one that exists above it.
            assert_eq!(
                synced_folder(&below.join("not-yet")).map(|(t, _)| t),
                Some(tool)
            );
        }
    }

    #[test]
    fn a_folder_without_markers_is_not_synced() {
        let root = tempfile::tempdir().unwrap();
        std::fs::write(root.path().join("sync_notes.db"), b"").unwrap();
        std::fs::create_dir(root.path().join("stfolder")).unwrap();
        assert_eq!(synced_folder(root.path()), None);
    }
}
