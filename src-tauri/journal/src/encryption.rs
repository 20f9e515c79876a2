//! Encryption at rest: the keys.
//!
//! An encrypted journal is a SQLCipher file (every page encrypted, the search index and the
//! `-wal` with it) keyed by a random 256-bit data key. The data key is never stored as it is:
//! its keys file (`journal.sqlite3.keys`, beside the journal) holds it twice, sealed with
//! XChaCha20-Poly1305, once under a key derived from the passphrase with Argon2id and once
//! under the recovery key, a random 256-bit key shown to the user once as groups of
//! characters. Changing the passphrase seals the same data key again, so the journal is not
//! re-encrypted and the recovery key keeps working. The keys file alone opens nothing.
//!
//! Whether a file is encrypted is read from the file itself: a plain SQLite file starts with
//! SQLite's header, an encrypted one with random bytes. A keys file beside a plain journal (a
//! conversion stopped half-way) is ignored.

use crate::db;
use crate::error::{Error, Problem, Result};
use crate::files;
use crate::journal::Journal;
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use data_encoding::{BASE32_NOPAD, BASE64, HEXUPPER};
use rand::TryRngCore;
use rand::rngs::OsRng;
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// What the keys file's name adds to the journal's.
pub const KEYS_SUFFIX: &str = ".keys";

/// The fewest characters a passphrase may have. Argon2id makes each guess slow; a short
/// passphrase would still fall to a short list.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// Argon2id's cost: 128 MiB of memory, five passes, one lane. One unlock took 0.48 s on the
/// two-core build machine (release build, busy): slow enough that guessing is expensive,
/// quick enough that nobody waits. Stored in the keys file, so a later build can raise it
/// without locking anybody out.
const MEMORY_KIB: u32 = 128 * 1024;
const ITERATIONS: u32 = 5;
const LANES: u32 = 1;

const FORMAT: &str = "twoway-keys";
const VERSION: u32 = 1;
/// Bound to each sealed copy, so one cannot be passed off as the other.
const BY_PASSPHRASE: &[u8] = b"twoway data key, sealed by the passphrase";
const BY_RECOVERY_KEY: &[u8] = b"twoway data key, sealed by the recovery key";

const KEY_BYTES: usize = 32;
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// What unlocks an encrypted journal: its passphrase or its recovery key.
pub enum Secret {
    /// The passphrase the user chose.
    Passphrase(Zeroizing<String>),
    /// The recovery key shown when encryption was turned on (spaces, dashes and case do not
    /// matter).
    RecoveryKey(Zeroizing<String>),
}

impl Secret {
    /// A passphrase.
    pub fn passphrase(text: impl Into<String>) -> Self {
        Secret::Passphrase(Zeroizing::new(text.into()))
    }

    /// A recovery key as the user typed it.
    pub fn recovery_key(text: impl Into<String>) -> Self {
        Secret::RecoveryKey(Zeroizing::new(text.into()))
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret itself, not even in a panic message.
        f.write_str(match self {
            Secret::Passphrase(_) => "Secret::Passphrase(…)",
            Secret::RecoveryKey(_) => "Secret::RecoveryKey(…)",
        })
    }
}

/// The recovery key, as it is shown once: 52 characters of base32 in groups of four.
pub struct RecoveryKey(Zeroizing<String>);

impl RecoveryKey {
    /// The key in groups of four, separated by dashes.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn from_bytes(bytes: &[u8; KEY_BYTES]) -> Self {
        let plain = Zeroizing::new(BASE32_NOPAD.encode(bytes));
        let grouped: Vec<&str> = plain
            .as_bytes()
            .chunks(4)
            .map(|chunk| std::str::from_utf8(chunk).unwrap_or_default())
            .collect();
        RecoveryKey(Zeroizing::new(grouped.join("-")))
    }

    /// The key's bytes from what the user typed, or `None` when it cannot be one.
    fn parse(text: &str) -> Option<Zeroizing<[u8; KEY_BYTES]>> {
        let cleaned: Zeroizing<String> = Zeroizing::new(
            text.chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .map(|c| c.to_ascii_uppercase())
                .collect(),
        );
        let decoded = Zeroizing::new(BASE32_NOPAD.decode(cleaned.as_bytes()).ok()?);
        let mut key = Zeroizing::new([0u8; KEY_BYTES]);
        if decoded.len() != KEY_BYTES {
            return None;
        }
        key.copy_from_slice(&decoded);
        Some(key)
    }
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(…)")
    }
}

/// The key SQLCipher encrypts the journal with.
#[derive(Clone)]
pub(crate) struct DataKey(Zeroizing<[u8; KEY_BYTES]>);

impl DataKey {
    fn random() -> Result<Self> {
        Ok(DataKey(random_bytes()?))
    }

    /// The key from its bytes (as [`DataKey::bytes`] gave them), if they can be one.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<Self> {
        let mut key = Zeroizing::new([0u8; KEY_BYTES]);
        (bytes.len() == KEY_BYTES).then(|| {
            key.copy_from_slice(bytes);
            DataKey(key)
        })
    }

    /// The key's bytes, to keep inside an encrypted journal.
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.0[..]
    }

    /// `plain` sealed under this key with XChaCha20-Poly1305 and bound to `purpose`: the
    /// random 24-byte nonce, then the sealed bytes with their tag.
    pub(crate) fn seal_bytes(&self, purpose: &[u8], plain: &[u8]) -> Result<Vec<u8>> {
        let cipher = XChaCha20Poly1305::new((&*self.0).into());
        let mut sealed = random_bytes()?[..24].to_vec();
        let body = cipher
            .encrypt(
                XNonce::from_slice(&sealed),
                Payload {
                    msg: plain,
                    aad: purpose,
                },
            )
            .map_err(|_| Error::Io {
                context: crate::language::tr("error-context-seal-file", &[]),
                source: std::io::Error::other("sealing failed"),
            })?;
        sealed.extend(body);
        Ok(sealed)
    }

    /// What [`DataKey::seal_bytes`] sealed, when this key and `purpose` open it.
    pub(crate) fn open_bytes(&self, purpose: &[u8], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
        let (nonce, body) = (sealed.get(..24)?, sealed.get(24..)?);
        let cipher = XChaCha20Poly1305::new((&*self.0).into());
        cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: body,
                    aad: purpose,
                },
            )
            .ok()
            .map(Zeroizing::new)
    }

    /// The key as SQLCipher takes a raw key (`x'…'`), so SQLCipher derives nothing from it.
    pub(crate) fn sql_key(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", HEXUPPER.encode(&*self.0)))
    }
}

fn random_bytes() -> Result<Zeroizing<[u8; KEY_BYTES]>> {
    let mut bytes = Zeroizing::new([0u8; KEY_BYTES]);
    OsRng.try_fill_bytes(&mut *bytes).map_err(|_| Error::Io {
        context: crate::language::tr("error-context-no-randomness", &[]),
        source: std::io::Error::other("no randomness"),
    })?;
    Ok(bytes)
}

/// One sealed copy of the data key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Sealed {
    /// XChaCha20-Poly1305's 24-byte nonce, base64.
    nonce: String,
    /// The data key sealed with its tag, base64.
    sealed: String,
}

/// Argon2id's parameters and salt, and the data key sealed under what they derive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct ByPassphrase {
    memory_kib: u32,
    iterations: u32,
    lanes: u32,
    /// 16 random bytes, base64.
    salt: String,
    #[serde(flatten)]
    key: Sealed,
}

/// The keys file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Keys {
    format: String,
    version: u32,
    passphrase: ByPassphrase,
    recovery_key: Sealed,
}

fn seal(kek: &[u8; KEY_BYTES], purpose: &[u8], key: &DataKey) -> Result<Sealed> {
    let cipher = XChaCha20Poly1305::new(kek.into());
    let mut nonce = [0u8; 24];
    nonce.copy_from_slice(&random_bytes()?[..24]);
    let sealed = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &key.0[..],
                aad: purpose,
            },
        )
        .map_err(|_| Error::Io {
            context: crate::language::tr("error-context-seal-key", &[]),
            source: std::io::Error::other("sealing failed"),
        })?;
    Ok(Sealed {
        nonce: BASE64.encode(&nonce),
        sealed: BASE64.encode(&sealed),
    })
}

fn open_sealed(kek: &[u8; KEY_BYTES], purpose: &[u8], sealed: &Sealed) -> Option<DataKey> {
    let nonce = BASE64.decode(sealed.nonce.as_bytes()).ok()?;
    let ciphertext = BASE64.decode(sealed.sealed.as_bytes()).ok()?;
    if nonce.len() != 24 {
        return None;
    }
    let cipher = XChaCha20Poly1305::new(kek.into());
    let plain = Zeroizing::new(
        cipher
            .decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &ciphertext,
                    aad: purpose,
                },
            )
            .ok()?,
    );
    let mut key = Zeroizing::new([0u8; KEY_BYTES]);
    if plain.len() != KEY_BYTES {
        return None;
    }
    key.copy_from_slice(&plain);
    Some(DataKey(key))
}

fn passphrase_kek(
    passphrase: &str,
    memory_kib: u32,
    iterations: u32,
    lanes: u32,
    salt: &[u8],
) -> Option<Zeroizing<[u8; KEY_BYTES]>> {
    let params = Params::new(memory_kib, iterations, lanes, Some(KEY_BYTES)).ok()?;
    let mut kek = Zeroizing::new([0u8; KEY_BYTES]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), salt, &mut *kek)
        .ok()?;
    Some(kek)
}

/// Refuses a passphrase too short to protect anything.
pub(crate) fn check_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::invalid(
            "passphrase",
            Problem::TooShort {
                min: MIN_PASSPHRASE_CHARS,
            },
        ));
    }
    Ok(())
}

fn by_passphrase(key: &DataKey, passphrase: &str) -> Result<ByPassphrase> {
    check_passphrase(passphrase)?;
    let salt = &random_bytes()?[..16];
    let kek = passphrase_kek(passphrase, MEMORY_KIB, ITERATIONS, LANES, salt)
        .ok_or_else(|| Error::invalid("passphrase", Problem::Other("problem-passphrase-no-key")))?;
    Ok(ByPassphrase {
        memory_kib: MEMORY_KIB,
        iterations: ITERATIONS,
        lanes: LANES,
        salt: BASE64.encode(salt),
        key: seal(&kek, BY_PASSPHRASE, key)?,
    })
}

impl Keys {
    /// A new data key, sealed under `passphrase` and under a new recovery key.
    pub(crate) fn new(passphrase: &str) -> Result<(Keys, DataKey, RecoveryKey)> {
        let key = DataKey::random()?;
        let recovery = random_bytes()?;
        let keys = Keys {
            format: FORMAT.to_owned(),
            version: VERSION,
            passphrase: by_passphrase(&key, passphrase)?,
            recovery_key: seal(&recovery, BY_RECOVERY_KEY, &key)?,
        };
        Ok((keys, key, RecoveryKey::from_bytes(&recovery)))
    }

    /// The same data key sealed under `passphrase` instead; the recovery key's copy is kept.
    pub(crate) fn with_passphrase(&self, key: &DataKey, passphrase: &str) -> Result<Keys> {
        Ok(Keys {
            passphrase: by_passphrase(key, passphrase)?,
            ..self.clone()
        })
    }

    /// The data key, when `secret` opens it.
    pub(crate) fn unlock(&self, secret: &Secret) -> Result<DataKey> {
        let key = match secret {
            Secret::Passphrase(passphrase) => {
                let p = &self.passphrase;
                let salt = BASE64.decode(p.salt.as_bytes()).unwrap_or_default();
                passphrase_kek(passphrase, p.memory_kib, p.iterations, p.lanes, &salt)
                    .and_then(|kek| open_sealed(&kek, BY_PASSPHRASE, &p.key))
            }
            Secret::RecoveryKey(text) => RecoveryKey::parse(text)
                .and_then(|kek| open_sealed(&kek, BY_RECOVERY_KEY, &self.recovery_key)),
        };
        key.ok_or(Error::WrongSecret)
    }

    /// Reads the keys file of the journal at `journal`.
    pub(crate) fn read(journal: &Path) -> Result<Keys> {
        Self::read_file(&keys_path(journal))
    }

    /// Reads a keys file.
    pub(crate) fn read_file(path: &Path) -> Result<Keys> {
        let path = path.to_owned();
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Error::io(
                crate::language::tr(
                    "error-context-read",
                    &[("path", (&path.display().to_string()).into())],
                ),
                e,
            )
        })?;
        let keys: Keys =
            serde_json::from_str(&text).map_err(|_| Error::NotAJournal { path: path.clone() })?;
        if keys.format != FORMAT || keys.version != VERSION {
            return Err(Error::NotAJournal { path });
        }
        Ok(keys)
    }

    /// Writes the keys file of the journal at `journal`, whole or not at all.
    pub(crate) fn write(&self, journal: &Path) -> Result<()> {
        self.write_file(&keys_path(journal))
    }

    /// Writes a keys file, whole or not at all.
    pub(crate) fn write_file(&self, path: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(|e| Error::Io {
            context: crate::language::tr("error-context-write-keys", &[]),
            source: std::io::Error::other(e),
        })?;
        files::write_atomically(path, text.as_bytes(), files::Overwrite::Replace)
    }
}

/// The keys file beside the journal at `journal`.
pub fn keys_path(journal: &Path) -> PathBuf {
    let mut name = journal.as_os_str().to_owned();
    name.push(KEYS_SUFFIX);
    PathBuf::from(name)
}

/// Whether the file at `path` starts with SQLite's plain header (an unencrypted database).
/// A missing or empty file is not.
pub(crate) fn has_plain_header(path: &Path) -> bool {
    let mut header = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut header))
        .is_ok()
        && &header == SQLITE_HEADER
}

/// Whether the journal at `path` is encrypted: it is not a plain SQLite file and its keys file
/// is beside it.
pub fn is_encrypted(path: &Path) -> bool {
    let non_empty = std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() > 0);
    non_empty && !has_plain_header(path) && keys_path(path).is_file()
}

/// What turning encryption on did.
#[derive(Debug)]
pub struct Encrypted {
    /// The recovery key, to show once: it is stored nowhere in the clear.
    pub recovery_key: RecoveryKey,
    /// Plain backups that were replaced by encrypted ones.
    pub backups_converted: u32,
}

impl Journal {
    /// Encrypts the journal under `passphrase` (at least [`MIN_PASSPHRASE_CHARS`] characters)
    /// and a new recovery key. An encrypted copy is written beside the journal, checked (it
    /// opens with the key, passes SQLite's integrity check and holds as many records), and
    /// renamed over the plain file; the plain file's `-wal` and `-shm` go with it, and every
    /// plain backup in the backups folder is replaced by an encrypted one. Stopped at any
    /// point, the folder holds the plain journal or the encrypted one, whole.
    pub fn encrypt(&mut self, passphrase: &str) -> Result<Encrypted> {
        self.refuse_while_syncing()?;
        let path = self.file_to_convert()?;
        if self.is_encrypted() {
            return Err(Error::invalid(
                "journal",
                Problem::Other("problem-encrypted-already"),
            ));
        }
        let (keys, key, recovery_key) = Keys::new(passphrase)?;
        self.hold_alone()?;
        let converted = self.converted(&path, Some(&key)).and_then(|converted| {
            // The keys first: a plain journal ignores a keys file beside it, while an
            // encrypted one without its keys would be lost.
            keys.write(&path)?;
            Ok(converted)
        });
        let converted = converted.inspect_err(|_| self.let_others_in())?;
        self.replace_file(converted, Some(key.clone()))?;
        let backups_converted = self.convert_backups(None, Some(&key))?;
        Ok(Encrypted {
            recovery_key,
            backups_converted,
        })
    }

    /// Turns encryption off, once `secret` confirms it: the reverse of [`Journal::encrypt`],
    /// backups included, and then the keys file is removed. Returns how many backups were
    /// converted.
    pub fn decrypt(&mut self, secret: &Secret) -> Result<u32> {
        self.refuse_while_syncing()?;
        let path = self.file_to_convert()?;
        let Some(key) = self.key().cloned() else {
            return Err(Error::invalid(
                "journal",
                Problem::Other("problem-not-encrypted"),
            ));
        };
        Keys::read(&path)?.unlock(secret)?;
        self.hold_alone()?;
        let converted = self
            .converted(&path, None)
            .inspect_err(|_| self.let_others_in())?;
        self.replace_file(converted, None)?;
        let backups = self.convert_backups(Some(&key), None)?;
        let keys = keys_path(&path);
        std::fs::remove_file(&keys).map_err(|e| {
            Error::io(
                crate::language::tr(
                    "error-context-remove",
                    &[("path", (&keys.display().to_string()).into())],
                ),
                e,
            )
        })?;
        Ok(backups)
    }

    /// Seals the journal's key under `new_passphrase` once `current` (the passphrase or the
    /// recovery key) opens it. The journal is not re-encrypted and the recovery key stays.
    pub fn change_passphrase(&self, current: &Secret, new_passphrase: &str) -> Result<()> {
        let path = self.file_to_convert()?;
        if !self.is_encrypted() {
            return Err(Error::invalid(
                "journal",
                Problem::Other("problem-not-encrypted"),
            ));
        }
        let keys = Keys::read(&path)?;
        let key = keys.unlock(current)?;
        keys.with_passphrase(&key, new_passphrase)?.write(&path)
    }

    /// The journal's file, when it is one that can be converted (on disk and writable).
    fn file_to_convert(&self) -> Result<PathBuf> {
        let path = self.path().map(Path::to_owned).ok_or(Error::Invalid {
            field: "journal",
            problem: Problem::Other("problem-in-memory"),
        })?;
        if self.is_read_only() {
            return Err(Error::ReadOnly {
                folder: files::folder_of(&path).to_owned(),
            });
        }
        Ok(path)
    }

    /// The journal copied beside itself, encrypted with `key` or plain, and checked.
    fn converted(&self, path: &Path, key: Option<&DataKey>) -> Result<tempfile::NamedTempFile> {
        let folder = files::folder_of(path);
        let temp = files::temp_file_in(folder).map_err(|e| {
            Error::writing(
                folder,
                crate::language::tr("error-context-write-converted-journal", &[]),
                e,
            )
        })?;
        self.export_copy(temp.path(), key).map_err(|e| match e {
            Error::Sqlite(e) => Error::sqlite_writing(folder, e),
            other => other,
        })?;
        let counts = self.read(|tx| tx.record_counts())?;
        let expected: u32 = counts.iter().map(|c| c.live + c.trashed).sum();
        let (copy, _, _) = db::open_to_copy(temp.path(), key)?;
        let problem = crate::journal::integrity_problem(&copy)?;
        let found = db::count_records(temp.path(), key)?;
        if problem.is_some() || found != expected {
            return Err(Error::Corrupt {
                path: path.to_owned(),
                detail: crate::language::tr(
                    "error-corrupt-converted-copy",
                    &[(
                        "problem",
                        (&problem.unwrap_or_else(|| {
                            crate::language::tr(
                                "error-corrupt-records-of",
                                &[("found", found.into()), ("expected", expected.into())],
                            )
                        }))
                            .into(),
                    )],
                ),
            });
        }
        temp.as_file().sync_all().map_err(|e| {
            Error::writing(
                folder,
                crate::language::tr("error-context-write-converted-journal", &[]),
                e,
            )
        })?;
        Ok(temp)
    }

    /// Replaces every backup in the backups folder that is not yet as `to` says (encrypted
    /// with it, or plain) with a converted copy. Returns how many it converted.
    fn convert_backups(&self, from: Option<&DataKey>, to: Option<&DataKey>) -> Result<u32> {
        let Some(path) = self.path() else {
            return Ok(0);
        };
        let mut converted = 0;
        for (backup, _, _) in crate::backups::backup_files(path) {
            if has_plain_header(&backup) == to.is_none() {
                continue;
            }
            let folder = files::folder_of(&backup);
            let temp = files::temp_file_in(folder).map_err(|e| {
                Error::writing(
                    folder,
                    crate::language::tr("error-context-convert-a-backup", &[]),
                    e,
                )
            })?;
            db::convert_file(&backup, from, temp.path(), to)
                .map_err(|e| Error::sqlite_writing(folder, e))?;
            files::persist(temp, &backup, files::Overwrite::Replace)?;
            converted += 1;
        }
        Ok(converted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recovery_key_reads_back_however_it_is_typed() {
        let bytes = [7u8; KEY_BYTES];
        let shown = RecoveryKey::from_bytes(&bytes);
        assert_eq!(shown.as_str().len(), 52 + 12, "13 groups of four");
        let typed = shown.as_str().to_lowercase().replace('-', " ");
        assert_eq!(*RecoveryKey::parse(&typed).unwrap(), bytes);
        assert!(RecoveryKey::parse("not a key").is_none());
    }

    #[test]
    fn the_data_key_opens_with_the_passphrase_or_the_recovery_key_only() {
        let (keys, key, recovery) = Keys::new("correct horse battery").unwrap();
        let by_passphrase = keys.unlock(&Secret::passphrase("correct horse battery"));
        assert_eq!(*by_passphrase.unwrap().0, *key.0);
        let by_recovery = keys.unlock(&Secret::recovery_key(recovery.as_str()));
        assert_eq!(*by_recovery.unwrap().0, *key.0);
        assert!(matches!(
            keys.unlock(&Secret::passphrase("correct horse battery!")),
            Err(Error::WrongSecret)
        ));
        let other = RecoveryKey::from_bytes(&[1u8; KEY_BYTES]);
        assert!(matches!(
            keys.unlock(&Secret::recovery_key(other.as_str())),
            Err(Error::WrongSecret)
        ));
    }

    #[test]
    fn a_new_passphrase_keeps_the_data_key_and_the_recovery_key() {
        let (keys, key, recovery) = Keys::new("first passphrase").unwrap();
        let changed = keys.with_passphrase(&key, "second passphrase").unwrap();
        assert!(
            changed
                .unlock(&Secret::passphrase("first passphrase"))
                .is_err()
        );
        let unlocked = changed
            .unlock(&Secret::passphrase("second passphrase"))
            .unwrap();
        assert_eq!(*unlocked.0, *key.0);
        let recovered = changed
            .unlock(&Secret::recovery_key(recovery.as_str()))
            .unwrap();
        assert_eq!(*recovered.0, *key.0);
    }

    #[test]
    fn a_short_passphrase_is_refused() {
        assert!(matches!(
            Keys::new("short"),
            Err(Error::Invalid {
                field: "passphrase",
                ..
            })
        ));
    }
}
