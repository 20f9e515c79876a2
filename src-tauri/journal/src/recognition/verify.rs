//! Checking a signed record: per signature, whether it is valid and who made it, as this
//! journal knows them.

use super::keys::{KeyInfo, fingerprint, key_of_did};
use super::proof;
use crate::db::ReadTx;
use crate::error::Result;
use crate::model::PartnershipId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Who made a signature, as this journal knows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Signer {
    /// This journal's own key.
    Me,
    /// A key the owner confirmed as their partner's.
    Partner {
        /// The partnership it was confirmed for (the first, if several).
        partnership: PartnershipId,
        /// That partnership's partner.
        partner_name: String,
        /// The day the owner confirmed it.
        confirmed_on: NaiveDate,
    },
    /// A key the owner never confirmed: only its fingerprint tells who it may be.
    Unconfirmed,
    /// The signature names no Ed25519 key at all.
    NoKey,
}

/// The part a signature plays in a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Made with the key the record names as its issuer.
    Issuer,
    /// Made with any other key.
    Countersigner,
}

/// One signature of a record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ProofReport {
    /// Who made it.
    pub signer: Signer,
    /// Issuer or countersigner.
    pub role: Role,
    /// The key it names, with its fingerprint.
    pub key: Option<KeyInfo>,
    /// Whether the signature is valid for the record as it is now.
    pub valid: bool,
    /// Why it is not valid, in words; `None` when it is.
    pub problem: Option<String>,
    /// When the signer says they signed.
    pub created: Option<String>,
    /// What the signer wrote about the other partner.
    pub statement: Option<String>,
}

/// What checking a record found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Verification {
    /// The record's id.
    pub id: String,
    /// The record's name.
    pub name: String,
    /// The issuer's name, as the record gives it.
    pub issuer_name: String,
    /// The key the record names as its issuer.
    pub issuer: Option<KeyInfo>,
    /// Every signature, in the record's order.
    pub proofs: Vec<ProofReport>,
    /// What is wrong with the record as a whole (no signature, none by its issuer), in words.
    pub problems: Vec<String>,
}

impl Verification {
    /// Every signature is valid, there is at least one, and one is by the issuer.
    pub fn all_valid(&self) -> bool {
        self.problems.is_empty() && !self.proofs.is_empty() && self.proofs.iter().all(|p| p.valid)
    }

    /// Valid, and every signer is the owner or a partner key the owner confirmed.
    pub fn all_known(&self) -> bool {
        self.all_valid()
            && self
                .proofs
                .iter()
                .all(|p| matches!(p.signer, Signer::Me | Signer::Partner { .. }))
    }
}

fn text_at<'a>(record: &'a Map<String, Value>, path: &[&str]) -> Option<&'a str> {
    let (first, rest) = path.split_first()?;
    let mut value = record.get(*first)?;
    for key in rest {
        value = value.get(key)?;
    }
    value.as_str()
}

impl ReadTx<'_> {
    /// Checks every signature of the record `record` (JSON): whether it is valid for the
    /// record as it is, and who made it (the owner, a partner key the owner confirmed, or a key
    /// not confirmed, with its fingerprint). Refused only when `record` is not JSON or not an
    /// Open Badges credential; any other fault is reported.
    pub fn verify_record(&self, record: &str) -> Result<Verification> {
        self.verify_parsed(&super::parse_record(record)?)
    }

    pub(crate) fn verify_parsed(&self, record: &Map<String, Value>) -> Result<Verification> {
        let (document, proofs) = proof::split(record);
        let mine = self.stored_signing_key()?.map(|k| k.verifying_key());
        let issuer = text_at(record, &["issuer", "id"])
            .or_else(|| text_at(record, &["issuer"]))
            .and_then(key_of_did);
        let mut reports = Vec::new();
        for proof in &proofs {
            let checked = proof::check(&document, proof);
            let signer = match checked.key {
                None => Signer::NoKey,
                Some(key) if Some(key) == mine => Signer::Me,
                Some(key) => match self.confirmations(&fingerprint(&key))?.into_iter().next() {
                    Some(confirmed) => Signer::Partner {
                        partner_name: self.get(confirmed.partnership)?.fields.partner_name,
                        partnership: confirmed.partnership,
                        confirmed_on: confirmed.confirmed_on,
                    },
                    None => Signer::Unconfirmed,
                },
            };
            let role = if checked.key.is_some() && checked.key == issuer {
                Role::Issuer
            } else {
                Role::Countersigner
            };
            reports.push(ProofReport {
                signer,
                role,
                key: checked.key.as_ref().map(KeyInfo::of),
                valid: checked.problem.is_none(),
                problem: checked.problem.map(str::to_owned),
                created: checked.created,
                statement: checked.statement,
            });
        }
        let mut problems = Vec::new();
        if reports.is_empty() {
            problems.push("the record carries no signature".to_owned());
        }
        if issuer.is_none() {
            problems.push("the record names no Ed25519 did:key as its issuer".to_owned());
        } else if !reports.iter().any(|p| p.valid && p.role == Role::Issuer) {
            problems.push("no valid signature is by the issuer the record names".to_owned());
        }
        Ok(Verification {
            id: text_at(record, &["id"]).unwrap_or_default().to_owned(),
            name: text_at(record, &["name"]).unwrap_or_default().to_owned(),
            issuer_name: text_at(record, &["issuer", "name"])
                .unwrap_or_default()
                .to_owned(),
            issuer: issuer.as_ref().map(KeyInfo::of),
            proofs: reports,
            problems,
        })
    }
}
