//! `tessera backup` and `tessera restore`: the whole database to and from one portable file
//! (format in `tessera_store::backup`).

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use crate::cli::{BackupArgs, RestoreArgs};
use crate::config::Config;

fn is_stdio(path: &Path) -> bool {
    path.as_os_str() == "-"
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
        // Written beside the target and renamed at the end, so a failed backup never leaves
        // a half-written file under the name of a good one.
        let partial = args.out.with_extension("partial");
        let file = File::create(&partial)
            .with_context(|| format!("could not create {}", partial.display()))?;
        let result = store.backup(BufWriter::new(file)).await;
        let summary = match result {
            Ok(summary) => summary,
            Err(err) => {
                let _ = std::fs::remove_file(&partial);
                return Err(err).context("could not back up the database");
            }
        };
        std::fs::rename(&partial, &args.out)
            .with_context(|| format!("could not write {}", args.out.display()))?;
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
