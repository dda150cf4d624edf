//! Encryption at rest for what the session store keeps of a Rescue login (its cookie or
//! authcode). A leaked session database must not hand out working Rescue logins.
//!
//! XChaCha20-Poly1305 with a random 24-byte nonce per value; stored as base64 of
//! `nonce || ciphertext`. The key comes from configuration (`SESSION_KEY`, base64 of 32 bytes)
//! or, in demo mode, from a key file generated on first run and kept beside the database.

use std::fmt;
use std::io::Write;
use std::path::Path;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};

/// Why a key could not be had or a value not be opened.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    /// The configured key is not base64 of exactly 32 bytes.
    #[error("SESSION_KEY must be the base64 encoding of 32 random bytes")]
    BadKey,
    /// The key file could not be read or written.
    #[error("session key file {path}: {source}")]
    KeyFile {
        /// The file.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The key file can be read by others.
    #[error("{0}")]
    KeyReadable(String),
    /// A stored value was not sealed with this key, or was altered.
    #[error("a stored value could not be decrypted (other key, or altered)")]
    Open,
}

/// The key that seals stored Rescue credentials.
#[derive(Clone)]
pub struct SealKey(Key);

impl fmt::Debug for SealKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SealKey([REDACTED])")
    }
}

const NONCE_LEN: usize = 24;

impl SealKey {
    /// A fresh random key.
    pub fn generate() -> Self {
        SealKey(XChaCha20Poly1305::generate_key(&mut OsRng))
    }

    /// A key from its base64 text (as in `SESSION_KEY`).
    pub fn from_base64(text: &str) -> Result<Self, SealError> {
        let bytes = BASE64.decode(text.trim()).map_err(|_| SealError::BadKey)?;
        let key: [u8; 32] = bytes.try_into().map_err(|_| SealError::BadKey)?;
        Ok(SealKey(key.into()))
    }

    /// A key for another purpose, derived from this one (HMAC-SHA-256 of `purpose`), so one
    /// configured secret serves several uses without one use's key revealing another's.
    pub fn derive(&self, purpose: &str) -> [u8; 32] {
        use hmac::{Hmac, Mac};
        // A 32-byte key is always a valid HMAC key.
        let Ok(mut mac) = <Hmac<sha2::Sha256> as Mac>::new_from_slice(self.0.as_slice()) else {
            return [0; 32];
        };
        mac.update(purpose.as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// The key as base64 text.
    pub fn to_base64(&self) -> String {
        BASE64.encode(self.0.as_slice())
    }

    /// Reads the key file, or creates it (owner-only permissions) with a new key. Used in demo
    /// mode, so a restart keeps everyone signed in without any configuration.
    pub fn load_or_create(path: &Path) -> Result<Self, SealError> {
        let file_error = |source| SealError::KeyFile {
            path: path.display().to_string(),
            source,
        };
        match Self::read_private(path) {
            Err(SealError::KeyFile { source, .. })
                if source.kind() == std::io::ErrorKind::NotFound => {}
            other => return other,
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(file_error)?;
        }
        // Written whole under a temporary name, then linked into place: a link never replaces
        // an existing file, so of two servers starting at once one key wins, and the other
        // reads that one complete.
        let key = Self::generate();
        let temporary = path.with_extension(format!("key.{:016x}.tmp", rand::random::<u64>()));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let written = options.open(&temporary).and_then(|mut file| {
            file.write_all(key.to_base64().as_bytes())?;
            file.sync_all()
        });
        let linked = written.and_then(|()| std::fs::hard_link(&temporary, path));
        let _ = std::fs::remove_file(&temporary);
        match linked {
            Ok(()) => Ok(key),
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => Self::read_private(path),
            Err(err) => Err(file_error(err)),
        }
    }

    /// Reads a key file, refusing one that others can read.
    fn read_private(path: &Path) -> Result<Self, SealError> {
        let text = std::fs::read_to_string(path).map_err(|source| SealError::KeyFile {
            path: path.display().to_string(),
            source,
        })?;
        crate::private::check_key_file(path).map_err(SealError::KeyReadable)?;
        Self::from_base64(&text)
    }

    /// Encrypts a value for storage.
    pub fn seal(&self, plaintext: &str) -> String {
        let cipher = XChaCha20Poly1305::new(&self.0);
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        // Encryption only fails for inputs beyond the AEAD's size limit (~256 GiB).
        let ciphertext = cipher
            .encrypt(&nonce, plaintext.as_bytes())
            .unwrap_or_default();
        let mut out = Vec::with_capacity(NONCE_LEN + ciphertext.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        BASE64.encode(out)
    }

    /// Decrypts a stored value.
    pub fn open(&self, sealed: &str) -> Result<String, SealError> {
        let bytes = BASE64.decode(sealed).map_err(|_| SealError::Open)?;
        if bytes.len() < NONCE_LEN {
            return Err(SealError::Open);
        }
        let (nonce, ciphertext) = bytes.split_at(NONCE_LEN);
        let cipher = XChaCha20Poly1305::new(&self.0);
        let plain = cipher
            .decrypt(XNonce::from_slice(nonce), ciphertext)
            .map_err(|_| SealError::Open)?;
        String::from_utf8(plain).map_err(|_| SealError::Open)
    }
}

impl app::core::services::CredentialSeal for SealKey {
    fn seal(&self, secret: &str) -> String {
        SealKey::seal(self, secret)
    }
    fn open(&self, sealed: &str) -> Option<String> {
        SealKey::open(self, sealed).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_and_open_round_trip_with_fresh_nonces() {
        let key = SealKey::generate();
        let a = key.seal("ASP.NET_SessionId=abc");
        let b = key.seal("ASP.NET_SessionId=abc");
        assert_ne!(a, b, "a new nonce every time");
        assert!(!a.contains("abc"));
        assert_eq!(key.open(&a).unwrap(), "ASP.NET_SessionId=abc");
    }

    #[test]
    fn other_key_or_altered_value_does_not_open() {
        let key = SealKey::generate();
        let sealed = key.seal("secret");
        assert!(SealKey::generate().open(&sealed).is_err());
        let mut bytes = BASE64.decode(&sealed).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        assert!(key.open(&BASE64.encode(bytes)).is_err());
        assert!(key.open("not base64!").is_err());
        assert!(key.open("").is_err());
    }

    #[test]
    fn configured_key_must_be_32_bytes() {
        let key = SealKey::generate();
        assert!(SealKey::from_base64(&key.to_base64()).is_ok());
        assert!(SealKey::from_base64("c2hvcnQ=").is_err());
        assert!(SealKey::from_base64("***").is_err());
        assert!(!format!("{key:?}").contains(&key.to_base64()));
    }

    #[test]
    fn key_file_is_created_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data").join("session.key");
        let first = SealKey::load_or_create(&path).unwrap();
        let again = SealKey::load_or_create(&path).unwrap();
        assert_eq!(first.to_base64(), again.to_base64());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, "garbage").unwrap();
        assert!(matches!(
            SealKey::load_or_create(&path),
            Err(SealError::BadKey)
        ));
    }
}
