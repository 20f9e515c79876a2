//! Records of learning kept in the journal, so they travel in the partner pack: signing one
//! keeps it here, and the next pack for the partner carries it; the partner countersigns the
//! copy their import kept, and their next pack brings it back with both signatures. A record
//! is a [`RecordOfLearning`] like any other (ids, stamps, merge by id), holding the credential
//! as its JSON text. What it may become is narrow: the same credential with signatures added,
//! never one taken away or a word of the signed document changed (a pack that tries is
//! refused). Whether the signatures are valid is checked whenever a record is shown, not
//! trusted from a pack.

use super::{SignedRecord, Verification, parse_record, proof};
use crate::db::{IntoSqlValue, ReadTx, WriteTx};
use crate::error::{Error, Problem, Result};
use crate::model::{PartnershipId, RecordOfLearning, RecordOfLearningFields};
use crate::store::{Entity, Link, link_field, validate};
use rusqlite::Row;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

/// The largest credential the journal keeps: a record names a few dozen skills and goals and
/// two statements, far below this.
const MAX_CREDENTIAL_BYTES: usize = 256 * 1024;

impl Entity for RecordOfLearningFields {
    const LINKS: &'static [Link<Self>] =
        &[link_field!(required partnership_id -> Partnership, Live, fixed)];
    const LABEL: &'static str = "'Record of learning ' || credential_id";
    const COLUMNS: &'static [&'static str] = &["partnership_id", "credential_id", "credential"];

    fn bind(&self) -> Vec<Value> {
        vec![
            self.partnership_id.into_sql(),
            self.credential_id.clone().into_sql(),
            self.credential.clone().into_sql(),
        ]
    }

    fn read(row: &Row<'_>, i: usize) -> rusqlite::Result<Self> {
        Ok(Self {
            partnership_id: row.get(i)?,
            credential_id: row.get(i + 1)?,
            credential: row.get(i + 2)?,
        })
    }

    fn validate(&self, _tx: &ReadTx<'_>, previous: Option<&Self>) -> Result<()> {
        validate::at_most("credential", &self.credential, MAX_CREDENTIAL_BYTES)?;
        let record = parse_record(&self.credential).map_err(|_| {
            Error::invalid("credential", Problem::Other("problem-not-a-credential"))
        })?;
        if record.get("id").and_then(serde_json::Value::as_str) != Some(&self.credential_id) {
            return Err(Error::invalid(
                "credential_id",
                Problem::Other("problem-not-the-credential-id"),
            ));
        }
        if let Some(previous) = previous {
            validate::unchanged(
                "credential_id",
                &self.credential_id,
                Some(&previous.credential_id),
            )?;
            let (document, proofs) = proof::split(&record);
            let (before, proofs_before) = proof::split(&parse_record(&previous.credential)?);
            if document != before || !proofs_before.iter().all(|p| proofs.contains(p)) {
                return Err(Error::invalid(
                    "credential",
                    Problem::Other("problem-signed-only-gains-signatures"),
                ));
            }
        }
        Ok(())
    }
}

/// A record of learning kept in the journal, with its signatures checked now.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct KeptRecord {
    /// The record as stored.
    pub record: RecordOfLearning,
    /// Who signed it and whether each signature holds.
    pub verification: Verification,
}

/// Whether the credential `this` is a later state of `other`: the same signed document with
/// signatures added (`Some(true)`), or with some of them missing (`Some(false)`). `None` when
/// they hold the same signatures, or are not two states of one document.
pub(crate) fn later_signed(this: &str, other: &str) -> Option<bool> {
    let (document, proofs) = proof::split(&parse_record(this).ok()?);
    let (other_document, other_proofs) = proof::split(&parse_record(other).ok()?);
    if document != other_document {
        return None;
    }
    let has_all =
        |of: &[serde_json::Value], all: &[serde_json::Value]| all.iter().all(|p| of.contains(p));
    match (
        has_all(&proofs, &other_proofs),
        has_all(&other_proofs, &proofs),
    ) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

impl ReadTx<'_> {
    /// The records of learning of `partnership` kept in the journal, newest first, each
    /// verified. A credential kept twice (signed from a file and also received in a pack) is
    /// listed once, as the copy with the most signatures.
    pub fn records_of_learning(&self, partnership: PartnershipId) -> Result<Vec<KeptRecord>> {
        let stored: Vec<RecordOfLearning> = self.list_where(
            "partnership_id = ?1",
            [partnership],
            "updated_at DESC, seq DESC",
        )?;
        let mut kept: Vec<KeptRecord> = Vec::new();
        for record in stored {
            let verification = self.verify_record(&record.fields.credential)?;
            match kept
                .iter_mut()
                .find(|k| k.record.fields.credential_id == record.fields.credential_id)
            {
                Some(copy) if copy.verification.proofs.len() < verification.proofs.len() => {
                    *copy = KeptRecord {
                        record,
                        verification,
                    }
                }
                Some(_) => {}
                None => kept.push(KeptRecord {
                    record,
                    verification,
                }),
            }
        }
        Ok(kept)
    }
}

impl WriteTx<'_> {
    /// Keeps `signed` (a record of `partnership` just signed or countersigned here) in the
    /// journal: as a new record, or as the next state of the copy already kept.
    pub(super) fn keep_record(
        &self,
        partnership: PartnershipId,
        signed: &SignedRecord,
    ) -> Result<()> {
        let kept: Vec<RecordOfLearning> = self.list_where(
            "partnership_id = ?1 AND credential_id = ?2",
            (partnership, signed.id.as_str()),
            "seq",
        )?;
        let fields = RecordOfLearningFields {
            partnership_id: partnership,
            credential_id: signed.id.clone(),
            credential: signed.json.clone(),
        };
        match kept.into_iter().next() {
            Some(copy) => self.update(copy.id, fields).map(drop),
            None => self.create(fields).map(drop),
        }
    }
}
