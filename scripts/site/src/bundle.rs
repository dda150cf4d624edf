//! The bundle's files as the server finds them: named after their content hash (with the
//! `hash.txt` that lists the hashes), compressed copies beside them, the assets beside the
//! bundle.

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::settings::Settings;

/// Writes the bundle's files into `pkg` under their names (hashed when the settings say so,
/// with `hash.txt` in `hash_dir`), replacing those of earlier builds; with `precompress`,
/// a brotli and a gzip copy beside each.
pub fn write_bundle(
    pkg: &Path,
    settings: &Settings,
    files: &[(&str, Vec<u8>)],
    hash_dir: &Path,
    precompress: bool,
) -> Result<(), Error> {
    // The earlier build's files go first: a hashed name never changes meaning.
    if let Ok(entries) = std::fs::read_dir(pkg) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(&format!("{}.", settings.name))
                || name.starts_with(&format!("{}_bg", settings.name))
            {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    let mut hashes = String::new();
    for (extension, bytes) in files {
        let file = if settings.hash_files {
            let hash = content_hash(bytes);
            hashes.push_str(&format!("{extension}: {hash}\n"));
            format!("{}.{hash}.{extension}", settings.name)
        } else {
            format!("{}.{extension}", settings.name)
        };
        let path = pkg.join(file);
        write(&path, bytes)?;
        if precompress {
            write(&with_suffix(&path, "br"), &brotli(bytes))?;
            write(&with_suffix(&path, "gz"), &gzip(bytes))?;
        }
    }
    std::fs::create_dir_all(hash_dir).map_err(|e| Error::File(hash_dir.into(), e))?;
    let hash_txt = hash_dir.join("hash.txt");
    if settings.hash_files {
        write(&hash_txt, hashes.as_bytes())?;
    } else {
        let _ = std::fs::remove_file(&hash_txt);
    }
    Ok(())
}

/// A file's content hash as its name carries it: 16 bytes of SHA-256, base64url.
fn content_hash(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..16])
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        ..Default::default()
    };
    let mut input = bytes;
    // Writing into a Vec cannot fail.
    let _ = brotli::BrotliCompress(&mut input, &mut out, &params);
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// Copies the assets folder into the site root, file by file.
pub fn copy_assets(from: &Path, to: &Path) -> Result<(), Error> {
    let entries = std::fs::read_dir(from).map_err(|e| Error::File(from.into(), e))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let dest = to.join(entry.file_name());
        if path.is_dir() {
            std::fs::create_dir_all(&dest).map_err(|e| Error::File(dest.clone(), e))?;
            copy_assets(&path, &dest)?;
        } else {
            std::fs::copy(&path, &dest).map_err(|e| Error::File(dest.clone(), e))?;
        }
    }
    Ok(())
}

pub fn read(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|e| Error::File(path.into(), e))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    std::fs::write(path, bytes).map_err(|e| Error::File(path.into(), e))
}
