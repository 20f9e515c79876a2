//! The journal's signing key, the names a public key goes by (a `did:key`, a fingerprint), and
//! the partners' keys the owner confirmed.
//!
//! The key pair is Ed25519 (`ed25519-dalek`), made from 32 random bytes on first use and kept
//! in the journal's `signing_key` table: an encrypted journal encrypts it with everything else.
//! A partner's key is confirmed once per partnership by comparing its [`fingerprint`] with the
//! one the partner reads out from their own journal; the confirmation is kept with its day.

use crate::db::{ReadTx, WriteTx, date_text, get_date, instant_text};
use crate::error::{Error, Problem, Result};
use crate::model::PartnershipId;
use chrono::NaiveDate;
use data_encoding::BASE32_NOPAD;
use ed25519_dalek::{SigningKey, VerifyingKey};
use rand::RngCore;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// The multicodec prefix of an Ed25519 public key (code 0xed as an unsigned varint).
const ED25519_PUBLIC: [u8; 2] = [0xed, 0x01];

/// How many bytes of the key's SHA-256 the fingerprint shows: 160 bits, 32 base32 characters.
const FINGERPRINT_BYTES: usize = 20;

/// A public key as a journal shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct KeyInfo {
    /// The key as a `did:key` (`did:key:z6Mk…`).
    pub did: String,
    /// Its fingerprint, to read out and compare: `ABCD-EFGH-…`, eight groups of four.
    pub fingerprint: String,
}

impl KeyInfo {
    pub(crate) fn of(key: &VerifyingKey) -> Self {
        Self {
            did: did_key(key),
            fingerprint: fingerprint(key),
        }
    }
}

/// A key the owner confirmed as their partner's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PartnerKey {
    /// The partnership it was confirmed for.
    pub partnership: PartnershipId,
    /// The key's fingerprint.
    pub fingerprint: String,
    /// The key itself, when it was confirmed from a signed record; `None` when only its
    /// fingerprint was typed in.
    pub did: Option<String>,
    /// The day the owner confirmed it.
    pub confirmed_on: NaiveDate,
}

/// The multibase (base58btc, `z…`) form of an Ed25519 public key with its multicodec prefix.
fn multibase_key(key: &VerifyingKey) -> String {
    let mut bytes = ED25519_PUBLIC.to_vec();
    bytes.extend_from_slice(key.as_bytes());
    format!("z{}", bs58::encode(bytes).into_string())
}

/// The `did:key` of an Ed25519 public key.
pub fn did_key(key: &VerifyingKey) -> String {
    format!("did:key:{}", multibase_key(key))
}

/// The verification method a proof by `key` names: its `did:key`, `#`, and the key again.
pub fn verification_method(key: &VerifyingKey) -> String {
    let key = multibase_key(key);
    format!("did:key:{key}#{key}")
}

/// The Ed25519 key a `did:key` or a `did:key` verification method names (with a fragment, the
/// fragment must repeat the key); `None` for anything else.
pub fn key_of_did(text: &str) -> Option<VerifyingKey> {
    let rest = text.strip_prefix("did:key:")?;
    let key = match rest.split_once('#') {
        Some((key, fragment)) if key == fragment => key,
        Some(_) => return None,
        None => rest,
    };
    let bytes = bs58::decode(key.strip_prefix('z')?).into_vec().ok()?;
    let raw: [u8; 32] = bytes.strip_prefix(&ED25519_PUBLIC)?.try_into().ok()?;
    VerifyingKey::from_bytes(&raw).ok()
}

/// The fingerprint of a public key: the first 160 bits of the SHA-256 of its 32 bytes, in
/// base32 (RFC 4648: `A`–`Z`, `2`–`7`), in eight groups of four joined by `-`.
pub fn fingerprint(key: &VerifyingKey) -> String {
    let digest = Sha256::digest(key.as_bytes());
    group(&BASE32_NOPAD.encode(&digest[..FINGERPRINT_BYTES]))
}

fn group(text: &str) -> String {
    text.as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// A fingerprint as typed (any case, with or without dashes and spaces; `0` read as `O`, `1`
/// as `I`, which base32 does not use) in its one spelling; `None` when it is not one.
pub fn normalize_fingerprint(text: &str) -> Option<String> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\t'))
        .map(|c| match c.to_ascii_uppercase() {
            '0' => 'O',
            '1' => 'I',
            c => c,
        })
        .collect();
    let decoded = BASE32_NOPAD.decode(cleaned.as_bytes()).ok()?;
    (decoded.len() == FINGERPRINT_BYTES).then(|| group(&cleaned))
}

impl ReadTx<'_> {
    /// The journal's signing key, if it has made one yet.
    pub(crate) fn stored_signing_key(&self) -> Result<Option<SigningKey>> {
        let secret: Option<Zeroizing<Vec<u8>>> = self
            .prepare("SELECT secret FROM signing_key WHERE id = 1")?
            .query_row([], |row| row.get::<_, Vec<u8>>(0).map(Zeroizing::new))
            .optional()?;
        Ok(secret.and_then(|secret| {
            let bytes: &[u8; 32] = secret.as_slice().try_into().ok()?;
            Some(SigningKey::from_bytes(bytes))
        }))
    }

    /// The journal's public key, if it has made its key pair yet.
    pub fn my_key(&self) -> Result<Option<KeyInfo>> {
        Ok(self
            .stored_signing_key()?
            .map(|key| KeyInfo::of(&key.verifying_key())))
    }

    /// The keys confirmed as the partner's in `partnership`, oldest confirmation first.
    pub fn partner_keys(&self, partnership: PartnershipId) -> Result<Vec<PartnerKey>> {
        self.partner_keys_where("partnership_id = ?1", partnership.to_string())
    }

    /// Every confirmation of the key with this fingerprint, in any partnership.
    pub(crate) fn confirmations(&self, fingerprint: &str) -> Result<Vec<PartnerKey>> {
        self.partner_keys_where("fingerprint = ?1", fingerprint.to_owned())
    }

    fn partner_keys_where(&self, condition: &str, value: String) -> Result<Vec<PartnerKey>> {
        let sql = format!(
            "SELECT partnership_id, fingerprint, did, confirmed_on FROM partner_key
             WHERE {condition} ORDER BY confirmed_on, fingerprint"
        );
        let mut stmt = self.prepare(&sql)?;
        let rows = stmt.query_map([value], |row| {
            Ok(PartnerKey {
                partnership: row.get(0)?,
                fingerprint: row.get(1)?,
                did: row.get(2)?,
                confirmed_on: get_date(row, 3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl WriteTx<'_> {
    /// The journal's signing key; made from 32 random bytes and kept on first use.
    pub(crate) fn signing_key(&self) -> Result<SigningKey> {
        if let Some(key) = self.stored_signing_key()? {
            return Ok(key);
        }
        let mut secret = Zeroizing::new([0u8; 32]);
        rand::rng().fill_bytes(&mut *secret);
        self.execute(
            "INSERT INTO signing_key (id, secret, created_at) VALUES (1, ?1, ?2)",
            (&secret[..], instant_text(self.now())),
        )?;
        Ok(SigningKey::from_bytes(&secret))
    }

    /// The journal's public key, making the key pair on first use.
    pub fn ensure_my_key(&self) -> Result<KeyInfo> {
        Ok(KeyInfo::of(&self.signing_key()?.verifying_key()))
    }

    /// Confirms `key` (a `did:key`, or a fingerprint as typed) as the partner's in
    /// `partnership`, on `today`. Confirming a key again keeps the first day and learns the key
    /// itself if only its fingerprint was known. The journal's own key is refused.
    pub fn confirm_partner_key(
        &self,
        partnership: PartnershipId,
        key: &str,
        today: NaiveDate,
    ) -> Result<PartnerKey> {
        self.require_live("partnership", partnership)?;
        let key = key.trim();
        let (fingerprint, did) = if key.starts_with("did:") {
            let public = key_of_did(key).ok_or(Error::invalid(
                "key",
                Problem::Other("problem-not-a-did-key"),
            ))?;
            (fingerprint(&public), Some(did_key(&public)))
        } else {
            let fingerprint = normalize_fingerprint(key).ok_or(Error::invalid(
                "fingerprint",
                Problem::Other("problem-not-a-fingerprint"),
            ))?;
            (fingerprint, None)
        };
        if self
            .my_key()?
            .is_some_and(|mine| mine.fingerprint == fingerprint)
        {
            return Err(Error::invalid("key", Problem::Other("problem-own-key")));
        }
        self.execute(
            "INSERT INTO partner_key (partnership_id, fingerprint, did, confirmed_on)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (partnership_id, fingerprint) DO UPDATE SET did = coalesce(did, excluded.did)",
            (partnership, &fingerprint, &did, date_text(today)),
        )?;
        self.partner_keys(partnership)?
            .into_iter()
            .find(|k| k.fingerprint == fingerprint)
            .ok_or(Error::NotFound {
                kind: crate::model::Kind::Partnership,
                id: partnership.to_string(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(seed: u8) -> VerifyingKey {
        SigningKey::from_bytes(&[seed; 32]).verifying_key()
    }

    #[test]
    fn a_did_key_names_its_key_and_nothing_else() {
        let k = key(7);
        let did = did_key(&k);
        assert!(did.starts_with("did:key:z6Mk"), "{did}");
        assert_eq!(key_of_did(&did), Some(k));
        assert_eq!(key_of_did(&verification_method(&k)), Some(k));
        let other = did_key(&key(8));
        let mixed = format!("{did}#{}", other.trim_start_matches("did:key:"));
        assert_eq!(key_of_did(&mixed), None, "a fragment naming another key");
        assert_eq!(key_of_did("did:web:example.org"), None);
        assert_eq!(key_of_did("did:key:zNotBase58!"), None);
    }

    #[test]
    fn a_fingerprint_is_eight_groups_and_reads_back_however_it_is_typed() {
        let f = fingerprint(&key(1));
        assert_eq!(f.len(), 8 * 4 + 7);
        assert_eq!(f.matches('-').count(), 7);
        assert_eq!(normalize_fingerprint(&f), Some(f.clone()));
        let typed = f.replace('-', " ").to_lowercase();
        assert_eq!(normalize_fingerprint(&typed), Some(f.clone()));
        assert_ne!(fingerprint(&key(2)), f);
        assert_eq!(normalize_fingerprint("ABCD-EFGH"), None, "too short");
        assert_eq!(normalize_fingerprint(""), None);
    }
}
