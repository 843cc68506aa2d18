//! Files that hold the database are readable by their owner only: they hold password hashes and
//! every organisation's rows.
//!
//! SQLite gives the files it makes beside a database (`-wal`, `-shm`, `-journal`) the
//! permissions of the database file itself, so making that file private before SQLite first
//! opens it is enough for new databases; files of an existing database are tightened at open.

use std::io;
use std::path::{Path, PathBuf};

/// Owner read and write, nothing for anyone else.
#[cfg(unix)]
pub(crate) const PRIVATE_MODE: u32 = 0o600;

/// The database file and the files SQLite keeps beside it.
fn database_files(path: &Path) -> [PathBuf; 4] {
    let with = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    [
        path.to_owned(),
        with("-wal"),
        with("-shm"),
        with("-journal"),
    ]
}

/// Creates the database file at `path` with mode 0600 if it does not exist, and takes away
/// any access others have to it and its companion files if it does, logging each change.
#[cfg(unix)]
pub(crate) fn private_database_file(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};

    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(PRIVATE_MODE)
        .open(path)
    {
        // The mode given at creation is narrowed by the umask; setting it again is not.
        Ok(file) => {
            file.set_permissions(std::fs::Permissions::from_mode(PRIVATE_MODE))?;
            return Ok(());
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    for file in database_files(path) {
        let mode = match std::fs::metadata(&file) {
            Ok(meta) => meta.permissions().mode() & 0o777,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        if mode & 0o077 != 0 {
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(PRIVATE_MODE))?;
            tracing::warn!(
                file = %file.display(),
                mode.before = format!("{mode:04o}"),
                mode.after = format!("{PRIVATE_MODE:04o}"),
                "the database file was readable by other users; it is now readable by its owner only"
            );
        }
    }
    Ok(())
}

/// Elsewhere the folder's access rules apply; there is no mode to set.
#[cfg(not(unix))]
pub(crate) fn private_database_file(path: &Path) -> io::Result<()> {
    let _ = database_files(path);
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use crate::AnyStore;
    use crate::prelude::*;

    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    }

    #[tokio::test]
    async fn a_new_database_and_its_log_files_are_readable_by_their_owner_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tessera.sqlite");
        let store = AnyStore::open_path(&path).await.expect("open");
        store.migrate().await.expect("migrate");
        store
            .create_organisation(
                crate::NewOrganisation::parse("demo", "Demo").expect("valid"),
                "cli",
            )
            .await
            .expect("a write, so the log files exist");
        for file in super::database_files(&path) {
            if file.exists() {
                assert_eq!(mode(&file), 0o600, "{}", file.display());
            }
        }
        assert!(dir.path().join("tessera.sqlite-wal").exists());
    }

    #[tokio::test]
    async fn an_existing_database_readable_by_others_is_tightened_at_open() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tessera.sqlite");
        {
            let store = AnyStore::open_path(&path).await.expect("open");
            store.migrate().await.expect("migrate");
        }
        for file in super::database_files(&path) {
            if file.exists() {
                std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644))
                    .expect("chmod");
            }
        }
        let store = AnyStore::open_path(&path).await.expect("open again");
        assert_eq!(mode(&path), 0o600);
        assert!(
            store
                .organisations()
                .await
                .expect("still readable")
                .is_empty()
        );
    }
}
