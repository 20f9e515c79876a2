//! The partner exchange through a folder both partners reach (a shared Nextcloud or Syncthing
//! folder): each side writes its shared pack of the partnership there when it has changed, and
//! imports the partner's as a partner's pack ([`crate::import`], flipped and attached to the
//! partnership). Only what the single export rule lets out for the partner ever goes there: the
//! same shared pack the export dialog writes. Each journal writes one file,
//! `twoway-partner-<its partnership's id>.json` (written whole, then renamed), and reads the
//! others.

use crate::error::{Error, Result};
use crate::export::json::{Pack, pack};
use crate::export::{Audience, Format, Scope};
use crate::files::{self, Overwrite};
use crate::import::{ImportOptions, ImportPlan, apply_import, read_pack};
use crate::journal::Journal;
use crate::model::PartnershipId;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const FILE_PREFIX: &str = "twoway-partner-";

/// What one exchange did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ExchangeReport {
    /// This side's pack was written (it had changed).
    pub sent: bool,
    /// What the partner's pack changed here, when it brought anything new.
    pub received: Option<ImportPlan>,
    /// The partner's file could not be taken, and why (never its content).
    pub problem: Option<String>,
}

/// The setting that holds a partnership's folder: this, then the partnership's id.
const FOLDER_KEY: &str = "exchange.folder.";

fn folder_key(partnership: PartnershipId) -> String {
    format!("{FOLDER_KEY}{partnership}")
}

/// What the partner's file held when it was last taken (its SHA-256), so the same file is not
/// merged again at every exchange.
fn received_key(partnership: PartnershipId, file: &Path) -> String {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!("exchange.received.{partnership}.{name}")
}

fn own_file(folder: &Path, partnership: PartnershipId) -> PathBuf {
    folder.join(format!("{FILE_PREFIX}{partnership}.json"))
}

fn digest(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(bytes))
}

impl crate::db::ReadTx<'_> {
    /// Every partnership linked to a partner folder, with its folder.
    pub fn partner_folders(&self) -> Result<Vec<(PartnershipId, PathBuf)>> {
        let rows: Vec<(String, String)> = self
            .prepare(
                "SELECT key, value FROM setting WHERE substr(key, 1, length(?1)) = ?1 ORDER BY key",
            )?
            .query_map([FOLDER_KEY], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(key, folder)| {
                let id = uuid::Uuid::parse_str(key.strip_prefix(FOLDER_KEY)?).ok()?;
                Some((PartnershipId::from(id), PathBuf::from(folder)))
            })
            .collect())
    }
}

impl Journal {
    /// The folder the partnership exchanges its shared packs through, if it is linked to one.
    pub fn partner_folder(&self, partnership: PartnershipId) -> Result<Option<PathBuf>> {
        self.read(|tx| Ok(tx.setting(&folder_key(partnership))?.map(PathBuf::from)))
    }

    /// Links the partnership to `folder` (made when missing), or unlinks it with `None`. The
    /// folder may not hold the journal.
    pub fn link_partner_folder(
        &mut self,
        partnership: PartnershipId,
        folder: Option<&Path>,
    ) -> Result<()> {
        self.read(|tx| tx.get(partnership).map(drop))?;
        let Some(folder) = folder else {
            return self.write(|tx| tx.remove_setting(&folder_key(partnership)));
        };
        self.refuse_folder_holding_journal(folder)?;
        files::create_folder(folder)?;
        let text = folder.to_string_lossy().into_owned();
        self.write(|tx| tx.put_setting(&folder_key(partnership), &text))
    }

    /// Writes this side's shared pack of the partnership to its folder when it has changed,
    /// and imports the partner's when it is new.
    pub fn exchange_with_partner(&mut self, partnership: PartnershipId) -> Result<ExchangeReport> {
        let folder = self.partner_folder(partnership)?.ok_or(Error::Invalid {
            field: "partnership",
            problem: crate::Problem::Other("problem-no-partner-folder"),
        })?;
        let mut report = ExchangeReport::default();
        if !folder.is_dir() {
            report.problem = Some(format!("the folder {} is not there", folder.display()));
            return Ok(report);
        }
        report.sent = self.send_to_partner(&folder, partnership)?;
        for path in partner_files(&folder, partnership) {
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let seen = digest(&bytes);
            let key = received_key(partnership, &path);
            if self.read(|tx| tx.setting(&key))?.as_deref() == Some(&seen) {
                continue;
            }
            let options = ImportOptions {
                from_partner: true,
                into_partnership: Some(partnership),
            };
            let merged = read_pack(&bytes).map_err(Error::from).and_then(|pack| {
                self.write(|tx| {
                    let plan = apply_import(tx, &pack, &options)?;
                    tx.put_setting(&key, &seen)?;
                    Ok(plan)
                })
            });
            match merged {
                // A pack that only repeats what is here (this side's own records, back from
                // the partner) is no news.
                Ok(plan) if plan.writes_nothing() => {}
                Ok(plan) => report.received = Some(plan),
                Err(Error::Pack(problem)) => report.problem = Some(problem.to_string()),
                Err(e) => return Err(e),
            }
        }
        // What the partner's pack changed here goes back in this side's pack at once.
        if report
            .received
            .as_ref()
            .is_some_and(|plan| !plan.writes_nothing())
        {
            report.sent |= self.send_to_partner(&folder, partnership)?;
        }
        Ok(report)
    }

    /// Writes the shared pack of the partnership unless the folder holds it already.
    fn send_to_partner(&mut self, folder: &Path, partnership: PartnershipId) -> Result<bool> {
        let scope = Scope::Partnership(partnership);
        let now = self.clock().now();
        let set = self.read(|tx| tx.export_set_in(scope, Audience::Shared, Format::Pack))?;
        let fresh = pack(&set, scope, Audience::Shared, now);
        let target = own_file(folder, partnership);
        let same = std::fs::read(&target)
            .ok()
            .and_then(|bytes| read_pack(&bytes).ok())
            .is_some_and(|written: Pack| {
                Pack {
                    exported_at: now,
                    ..written
                } == fresh
            });
        if same {
            return Ok(false);
        }
        let text = serde_json::to_vec_pretty(&fresh).map_err(|e| {
            Error::io(
                crate::language::tr("error-context-write-pack", &[]),
                std::io::Error::other(e),
            )
        })?;
        files::write_atomically(&target, &text, Overwrite::Replace)?;
        Ok(true)
    }
}

/// The packs in `folder` written by the other side: every `twoway-partner-….json` but ours.
fn partner_files(folder: &Path, partnership: PartnershipId) -> Vec<PathBuf> {
    let own = own_file(folder, partnership);
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| *path != own)
        .filter(|path| {
            path.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.starts_with(FILE_PREFIX) && n.ends_with(".json") && !n.contains("conflict")
            })
        })
        .collect();
    found.sort();
    found
}
