//! `tessera backup` and `tessera restore`: the whole database to and from one portable file
//! (format in `tessera_store::backup`).
//!
//! A backup holds password hashes and every organisation's rows, so its file is readable by its
//! owner only (mode 0600), whatever the umask. It is written beside the target as a partial file
//! and renamed at the end, so a failed or killed backup never leaves a half-written file under
//! the name of a good one; the partial file is locked while it is written, and partial files
//! left by killed runs (no lock, a Tessera backup inside) are removed by the next backup.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

use crate::cli::{BackupArgs, RestoreArgs};
use crate::config::Config;

/// How every backup file starts (its header line), to recognise partial files of ours.
const BACKUP_START: &[u8] = b"{\"format\":\"tessera-backup\"";

fn is_stdio(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Where the backup to `out` is written until it is complete: `out` with the extension
/// `partial`, in the same folder, so the final rename never crosses file systems.
fn partial_path(out: &Path) -> PathBuf {
    let partial = out.with_extension("partial");
    if partial == out {
        let mut name = out.as_os_str().to_owned();
        name.push(".partial");
        return PathBuf::from(name);
    }
    partial
}

/// Creates (or empties) the partial file, readable by its owner only, and locks it for this
/// run; refuses if another backup holds it.
fn create_partial(path: &Path) -> anyhow::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options
        .open(path)
        .with_context(|| format!("could not create {}", path.display()))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => anyhow::bail!(
            "another backup is writing {} at this moment; wait for it to finish, or write this one to another file",
            path.display()
        ),
        Err(std::fs::TryLockError::Error(e)) => {
            return Err(e).with_context(|| format!("could not lock {}", path.display()));
        }
    }
    file.set_len(0)
        .with_context(|| format!("could not empty {}", path.display()))?;
    // The mode given at creation is narrowed by the umask, and an existing file keeps its own.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("could not make {} private", path.display()))?;
    }
    Ok(file)
}

/// Removes the partial files in `folder` left by backups that were stopped before they
/// finished: files named `*.partial` that are empty or start like a Tessera backup, and that
/// no running backup holds locked. Returns each file removed, with its size.
fn remove_stale_partials(folder: &Path) -> anyhow::Result<Vec<(PathBuf, u64)>> {
    let mut removed = Vec::new();
    let entries = std::fs::read_dir(folder)
        .with_context(|| format!("could not read the folder {}", folder.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "partial") || !path.is_file() {
            continue;
        }
        let Ok(mut file) = File::open(&path) else {
            continue;
        };
        let mut start = [0u8; BACKUP_START.len()];
        let read = file.read(&mut start).unwrap_or(0);
        if read != 0 && &start[..read] != BACKUP_START {
            continue;
        }
        // A running backup holds its partial file locked; the lock of a killed one is gone.
        if file.try_lock().is_err() {
            continue;
        }
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        std::fs::remove_file(&path)
            .with_context(|| format!("could not remove {}", path.display()))?;
        removed.push((path, size));
    }
    Ok(removed)
}

pub fn backup(args: &BackupArgs, config: Config) -> anyhow::Result<ExitCode> {
    super::runtime()?.block_on(async {
        let store = super::open_store(&config).await?;
        if is_stdio(&args.out) {
            let summary = store
                .backup(BufWriter::new(std::io::stdout()))
                .await
                .context("could not back up the database")?;
            eprintln!("Backed up {summary}.");
            return Ok(ExitCode::SUCCESS);
        }
        let folder = match args.out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        for (path, size) in remove_stale_partials(&folder)? {
            println!(
                "Removed {} ({size} bytes), an unfinished backup left by an earlier run that was stopped.",
                path.display()
            );
        }
        let partial = partial_path(&args.out);
        let file = create_partial(&partial)?;
        // A second handle keeps the lock (and lets the file be flushed to disk) after the
        // writer, which owns the first, is done with it.
        let held = file
            .try_clone()
            .with_context(|| format!("could not reopen {}", partial.display()))?;
        let written = match store.backup(BufWriter::new(file)).await {
            Ok(summary) => held
                .sync_all()
                .with_context(|| format!("could not write {}", partial.display()))
                .map(|()| summary),
            Err(err) => Err(anyhow::Error::new(err).context("could not back up the database")),
        };
        let summary = match written {
            Ok(summary) => summary,
            Err(err) => {
                let _ = std::fs::remove_file(&partial);
                return Err(err);
            }
        };
        std::fs::rename(&partial, &args.out)
            .with_context(|| format!("could not write {}", args.out.display()))?;
        drop(held);
        let size = std::fs::metadata(&args.out).map(|m| m.len()).unwrap_or(0);
        println!(
            "Backed up the {} database to {} ({size} bytes): {summary}.",
            store.backend(),
            args.out.display()
        );
        Ok(ExitCode::SUCCESS)
    })
}

pub fn restore(args: &RestoreArgs, config: Config) -> anyhow::Result<ExitCode> {
    super::runtime()?.block_on(async {
        let store = super::open_store(&config).await?;
        let summary = if is_stdio(&args.from) {
            store.restore(BufReader::new(std::io::stdin())).await
        } else {
            let file = File::open(&args.from)
                .with_context(|| format!("could not open {}", args.from.display()))?;
            store.restore(BufReader::new(file)).await
        }
        .with_context(|| format!("could not restore {}", args.from.display()))?;
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "Restored {} into the {} database: {summary}.",
            args.from.display(),
            store.backend()
        )?;
        Ok(ExitCode::SUCCESS)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_partial_file_sits_beside_the_backup_and_never_is_the_backup() {
        assert_eq!(
            partial_path(Path::new("/b/tessera-2025-06-01.jsonl")),
            Path::new("/b/tessera-2025-06-01.partial")
        );
        assert_eq!(
            partial_path(Path::new("/b/odd.partial")),
            Path::new("/b/odd.partial.partial")
        );
    }
}
