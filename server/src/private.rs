//! What the server keeps on disk is for its own user only: the data directory `0700`, the
//! database (with its WAL and shared-memory files) and the key file `0600`, and a key file
//! others could read is refused.
//!
//! Why: the database holds the sealed Rescue logins and the session records, the key file
//! opens them. Readable by every local user, a copy of `data/` was a set of working sessions.

use std::path::Path;

/// The database file, its directory and its SQLite companions made private. SQLite creates
/// the `-wal` and `-shm` files with the database file's own permissions, so creating that
/// file `0600` before SQLite opens it covers them too; existing files are tightened.
pub fn protect_database(file: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
        if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)?;
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(file)?;
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let path = format!("{}{suffix}", file.display());
            match std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)) {
                Err(err) if err.kind() != std::io::ErrorKind::NotFound => return Err(err),
                _ => {}
            }
        }
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

/// `Err(sentence)` when a key file can be read or written by anyone but its owner.
pub fn check_key_file(path: &Path) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map_err(|e| format!("key file {}: {e}", path.display()))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            return Err(format!(
                "key file {} can be read by other users (mode {:o}): run `chmod 600` on it, \
                 and make a new key if others may have copied it",
                path.display(),
                mode & 0o777
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn the_database_and_its_directory_are_private() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
        let wal = data.join("console.db-wal");
        std::fs::write(&wal, "").unwrap();
        std::fs::set_permissions(&wal, std::fs::Permissions::from_mode(0o644)).unwrap();
        let db = data.join("console.db");
        protect_database(&db).unwrap();
        assert_eq!(mode(&data), 0o700);
        assert_eq!(mode(&db), 0o600);
        assert_eq!(mode(&wal), 0o600);
    }

    #[test]
    fn a_key_file_others_can_read_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("session.key");
        std::fs::write(&key, "k").unwrap();
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = check_key_file(&key).unwrap_err();
        assert!(
            err.contains("mode 644") && err.contains("chmod 600"),
            "{err}"
        );
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(check_key_file(&key), Ok(()));
    }
}
