//! W3C Data Integrity proofs with the `eddsa-jcs-2022` cryptosuite: no JSON-LD, the document
//! and the proof's options are canonicalised with JCS (RFC 8785, `serde_jcs`), hashed with
//! SHA-256 each, and the two hashes (options first) are signed with Ed25519.
//!
//! A record carries a proof set: `proof` is an array, and every proof signs the document
//! without `proof`, so a countersignature is one more proof beside the first. Whatever else a
//! proof holds is signed with it: a signer's statement rides in their own proof.

use super::keys::{key_of_did, verification_method};
use chrono::{DateTime, SecondsFormat, Utc};
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// The proof type of every Data Integrity proof.
pub const PROOF_TYPE: &str = "DataIntegrityProof";
/// The one cryptosuite the journal signs with and verifies.
pub const CRYPTOSUITE: &str = "eddsa-jcs-2022";
/// What a proof on a credential is for.
pub const PROOF_PURPOSE: &str = "assertionMethod";
/// The key in a proof holding its signer's statement.
pub const STATEMENT: &str = "statement";

/// What one proof is found to be.
#[derive(Clone, Debug)]
pub(crate) struct Checked {
    /// The key it names, if it names an Ed25519 did:key.
    pub key: Option<VerifyingKey>,
    /// `None` when the signature is valid; else why not, in words.
    pub problem: Option<&'static str>,
    /// When it says it was made.
    pub created: Option<String>,
    /// The signer's statement, if the proof holds one.
    pub statement: Option<String>,
}

/// The hash `eddsa-jcs-2022` signs: SHA-256 of the canonical proof options (without
/// `proofValue`, with the document's `@context`), then SHA-256 of the canonical document.
fn hash_data(document: &Map<String, Value>, proof: &Map<String, Value>) -> Option<[u8; 64]> {
    let mut options = proof.clone();
    options.remove("proofValue");
    if let Some(context) = document.get("@context") {
        options.insert("@context".to_owned(), context.clone());
    }
    let options = serde_jcs::to_vec(&options).ok()?;
    let document = serde_jcs::to_vec(document).ok()?;
    let mut hash = [0u8; 64];
    hash[..32].copy_from_slice(&Sha256::digest(options));
    hash[32..].copy_from_slice(&Sha256::digest(document));
    Some(hash)
}

/// A proof by `key` of `document` (which holds no `proof`), made at `created`, carrying the
/// signer's `statement`.
pub(crate) fn make_proof(
    document: &Map<String, Value>,
    key: &SigningKey,
    created: DateTime<Utc>,
    statement: &str,
) -> Value {
    let mut proof = Map::new();
    proof.insert("type".into(), PROOF_TYPE.into());
    proof.insert("cryptosuite".into(), CRYPTOSUITE.into());
    proof.insert(
        "created".into(),
        created.to_rfc3339_opts(SecondsFormat::Secs, true).into(),
    );
    proof.insert(
        "verificationMethod".into(),
        verification_method(&key.verifying_key()).into(),
    );
    proof.insert("proofPurpose".into(), PROOF_PURPOSE.into());
    // The proof does not repeat the document's `@context` (the specification's test vector
    // does; it is optional): a verifier hashes the options with the document's context either
    // way, and the record stays small enough for one QR code more often.
    proof.insert(STATEMENT.into(), statement.into());
    // A map of strings always canonicalises; a failure here would be a bug.
    let hash = hash_data(document, &proof).unwrap_or([0; 64]);
    let signature = key.sign(&hash);
    proof.insert(
        "proofValue".into(),
        format!("z{}", bs58::encode(signature.to_bytes()).into_string()).into(),
    );
    Value::Object(proof)
}

/// The document a record's proofs sign (the record without `proof`), and its proofs (one
/// object or an array of them).
pub(crate) fn split(record: &Map<String, Value>) -> (Map<String, Value>, Vec<Value>) {
    let mut document = record.clone();
    let proofs = match document.remove("proof") {
        Some(Value::Array(proofs)) => proofs,
        Some(proof) => vec![proof],
        None => Vec::new(),
    };
    (document, proofs)
}

/// Checks one proof against `document`.
pub(crate) fn check(document: &Map<String, Value>, proof: &Value) -> Checked {
    let text = |key: &str| proof.get(key).and_then(Value::as_str);
    let mut checked = Checked {
        key: text("verificationMethod").and_then(key_of_did),
        problem: None,
        created: text("created").map(str::to_owned),
        statement: text(STATEMENT).map(str::to_owned),
    };
    checked.problem = problem(document, proof, checked.key.as_ref());
    checked
}

fn problem(
    document: &Map<String, Value>,
    proof: &Value,
    key: Option<&VerifyingKey>,
) -> Option<&'static str> {
    let Some(options) = proof.as_object() else {
        return Some("the proof is not an object");
    };
    let text = |key: &str| options.get(key).and_then(Value::as_str);
    if text("type") != Some(PROOF_TYPE) {
        return Some("the proof is not a Data Integrity proof");
    }
    if text("cryptosuite") != Some(CRYPTOSUITE) {
        return Some("the proof uses another cryptosuite than eddsa-jcs-2022");
    }
    if text("proofPurpose") != Some(PROOF_PURPOSE) {
        return Some("the proof is not for asserting the record");
    }
    if let Some(context) = options.get("@context")
        && document.get("@context") != Some(context)
    {
        return Some("the proof names another @context than the record");
    }
    if options
        .get(STATEMENT)
        .is_some_and(|statement| !statement.is_string())
    {
        return Some("the proof's statement is not text");
    }
    let Some(key) = key else {
        return Some("the proof names no Ed25519 did:key");
    };
    let Some(signature) = text("proofValue")
        .and_then(|value| value.strip_prefix('z'))
        .and_then(|value| bs58::decode(value).into_vec().ok())
        .and_then(|bytes| <[u8; 64]>::try_from(bytes).ok())
    else {
        return Some("the proof's signature is not a base58btc Ed25519 signature");
    };
    let Some(hash) = hash_data(document, options) else {
        return Some("the record cannot be canonicalised");
    };
    match key.verify_strict(&hash, &Signature::from_bytes(&signature)) {
        Ok(()) => None,
        Err(_) => Some("the signature does not match the record: it was changed after signing"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn document() -> Map<String, Value> {
        let Value::Object(map) = json!({
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "id": "urn:uuid:0190d1a0-0000-7000-8000-000000000000",
            "name": "Ünïcödé and numbers 1.5",
            "n": 12,
        }) else {
            unreachable!()
        };
        map
    }

    /// The `eddsa-jcs-2022` test vector of the W3C specification (vc-di-eddsa, its
    /// `TestVectors/eddsa-jcs-2022/signedJCS.json` and `keyPair.json`): the same key and
    /// options must give the same signature, byte for byte (Ed25519 is deterministic).
    #[test]
    fn the_specification_test_vector_signs_and_verifies_the_same() {
        let signed = json!({
            "@context": [
                "https://www.w3.org/ns/credentials/v2",
                "https://www.w3.org/ns/credentials/examples/v2"
            ],
            "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
            "type": ["VerifiableCredential", "AlumniCredential"],
            "name": "Alumni Credential",
            "description": "A minimum viable example of an Alumni Credential.",
            "issuer": "https://vc.example/issuers/5678",
            "validFrom": "2023-01-01T00:00:00Z",
            "credentialSubject": {
                "id": "did:example:abcdefgh",
                "alumniOf": "The School of Examples"
            },
            "proof": {
                "type": "DataIntegrityProof",
                "cryptosuite": "eddsa-jcs-2022",
                "created": "2023-02-24T23:36:38Z",
                "verificationMethod": "https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                "proofPurpose": "assertionMethod",
                "@context": [
                    "https://www.w3.org/ns/credentials/v2",
                    "https://www.w3.org/ns/credentials/examples/v2"
                ],
                "proofValue": "z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4"
            }
        });
        let (document, proofs) = split(signed.as_object().unwrap());
        let proof = proofs[0].as_object().unwrap();
        let public = key_of_did("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")
            .expect("the vector's public key");
        let hash = hash_data(&document, proof).unwrap();
        let value = proof["proofValue"].as_str().unwrap();
        let bytes: [u8; 64] = bs58::decode(&value[1..])
            .into_vec()
            .unwrap()
            .try_into()
            .unwrap();
        assert!(
            public
                .verify_strict(&hash, &Signature::from_bytes(&bytes))
                .is_ok()
        );

        // The private key: multicodec 0x1300 (ed25519-priv, varint 0x80 0x26) and the seed.
        let private = bs58::decode("3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq")
            .into_vec()
            .unwrap();
        let seed: [u8; 32] = private
            .strip_prefix(&[0x80, 0x26])
            .unwrap()
            .try_into()
            .unwrap();
        let key = SigningKey::from_bytes(&seed);
        assert_eq!(key.verifying_key(), public);
        let signature = key.sign(&hash);
        assert_eq!(
            format!("z{}", bs58::encode(signature.to_bytes()).into_string()),
            value
        );
    }

    #[test]
    fn a_proof_verifies_and_names_its_key_and_statement() {
        let key = SigningKey::from_bytes(&[3; 32]);
        let proof = make_proof(&document(), &key, DateTime::UNIX_EPOCH, "Thank you");
        let checked = check(&document(), &proof);
        assert_eq!(checked.problem, None);
        assert_eq!(checked.key, Some(key.verifying_key()));
        assert_eq!(checked.statement.as_deref(), Some("Thank you"));
        assert_eq!(checked.created.as_deref(), Some("1970-01-01T00:00:00Z"));
    }

    #[test]
    fn a_changed_document_statement_or_key_breaks_the_proof() {
        let key = SigningKey::from_bytes(&[3; 32]);
        let proof = make_proof(&document(), &key, DateTime::UNIX_EPOCH, "Thank you");
        let mut changed = document();
        changed.insert("n".into(), 13.into());
        assert!(check(&changed, &proof).problem.is_some());

        let mut statement = proof.clone();
        statement[STATEMENT] = "Thank you!".into();
        assert!(check(&document(), &statement).problem.is_some());

        let other = SigningKey::from_bytes(&[4; 32]).verifying_key();
        let mut swapped = proof.clone();
        swapped["verificationMethod"] = verification_method(&other).into();
        assert!(check(&document(), &swapped).problem.is_some());

        let mut suite = proof;
        suite["cryptosuite"] = "eddsa-rdfc-2022".into();
        assert!(check(&document(), &suite).problem.is_some());
    }
}
