//! `tessera import`: a data file and a mapping in, a saved dataset out — the same reading (the
//! header row found under a title, the encoding detected or chosen), the same checks as the
//! web import (`DatasetMapping::checks`, then the design and the profile's estimates), reported
//! like `tessera estimate` reports problems.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};
use indicatif::ProgressBar;
use tessera_app::import::{
    Origin, detected_header_row, first_estimates, new_dataset, problems_under,
};
use tessera_data::{CodebookFile, Format, ReadOptions, TextEncoding};
use tessera_stats::mapping::DatasetMapping;
use tessera_store::prelude::*;

use crate::cli::ImportArgs;
use crate::config::Config;

pub fn run(args: &ImportArgs, config: Config) -> anyhow::Result<ExitCode> {
    let mapping = read_mapping(&args.mapping)?;
    let codebook = match &args.codebook {
        Some(path) => Some(CodebookFile::from_path(path)?),
        None => None,
    };
    let encoding = match &args.encoding {
        Some(name) => Some(TextEncoding::parse(name).with_context(|| {
            format!(
                "--encoding {name:?} is not an encoding Tessera reads: use utf-8, windows-1252, utf-16le or utf-16be"
            )
        })?),
        None => None,
    };
    let mut options = ReadOptions {
        sheet: args.sheet.clone(),
        codebook,
        encoding,
        header_row: args.header_row,
        ..ReadOptions::default()
    };
    if options.header_row.is_none() {
        // As the web import does: a title above the header is passed over.
        let format = args
            .data
            .extension()
            .and_then(|e| e.to_str())
            .and_then(Format::from_extension);
        if matches!(format, Some(Format::Csv | Format::Xlsx)) {
            // A file the preview refuses is refused now: reading it whole would refuse it too.
            let preview = tessera_data::preview_path(&args.data, &options)?;
            options.header_row = detected_header_row(&preview);
        }
    }
    let original = std::fs::read(&args.data)
        .with_context(|| format!("could not read {}", args.data.display()))?;

    let reading = spinner(&format!("Reading {}", args.data.display()));
    let outcome = tessera_data::read_path(&args.data, &options);
    reading.finish_and_clear();
    let outcome = outcome?;
    let format = outcome.dataset.source.format;

    let problems = problems_under(&outcome, &mapping).with_context(|| {
        format!(
            "the mapping {} does not fit the data",
            args.mapping.display()
        )
    })?;
    let rows = problems.row_indexes();
    if !problems.is_empty() {
        eprintln!(
            "{}: {} problem(s) found:",
            args.data.display(),
            problems.len()
        );
        eprintln!("{}", problems.display(args.max_problems));
        if !rows.is_empty() && !args.skip_bad_rows {
            eprintln!(
                "Nothing was saved. Fix the file, or run again with --skip-bad-rows to leave out the {} row(s) with problems (the original file is kept whole).",
                rows.len()
            );
            return Ok(ExitCode::FAILURE);
        }
        if !rows.is_empty() {
            eprintln!(
                "Leaving out {} row(s) with problems (--skip-bad-rows).",
                rows.len()
            );
        }
    }
    // The estimates the dataset's pages will show must be computable under the mapping, as
    // the web import's check makes sure.
    {
        let kept = if rows.is_empty() {
            std::borrow::Cow::Borrowed(&outcome.dataset)
        } else {
            std::borrow::Cow::Owned(outcome.dataset.without_rows(&rows))
        };
        if let Err(problem) = first_estimates(&kept, &mapping, &rows) {
            bail!(
                "the estimates cannot be computed under the mapping {}: {problem}",
                args.mapping.display()
            );
        }
    }
    let source_name = args
        .data
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| args.data.display().to_string());
    let name = match &args.name {
        Some(n) if !n.trim().is_empty() => n.trim().to_owned(),
        _ => args
            .data
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| source_name.clone()),
    };

    super::runtime()?.block_on(async {
        let store = super::open_store(&config).await?;
        let Some(org) = store.organisation_by_slug(&args.org).await? else {
            let known: Vec<String> = store
                .organisations()
                .await?
                .into_iter()
                .map(|o| o.slug)
                .collect();
            bail!(
                "there is no organisation {:?}; the organisations are: {}",
                args.org,
                if known.is_empty() {
                    "none yet".to_owned()
                } else {
                    known.join(", ")
                }
            );
        };
        let saving = spinner("Saving");
        let new = new_dataset(
            Origin {
                org: org.id,
                name,
                parent: None,
                file_name: source_name,
                format,
                created_by: "cli".to_owned(),
            },
            original,
            &outcome,
            &problems,
            &mapping,
        )?;
        let kept = new.data.n_rows;
        let summary = store.create_dataset(new).await;
        saving.finish_and_clear();
        let summary = summary.context("could not save the dataset")?;
        println!(
            "Saved dataset {} “{}” for {}: {} row(s) kept, {} left out.",
            summary.id,
            summary.name,
            org.slug,
            kept,
            rows.len()
        );
        Ok(ExitCode::SUCCESS)
    })
}

/// Reads a mapping file: JSON if it ends in `.json`, TOML otherwise.
fn read_mapping(path: &Path) -> anyhow::Result<DatasetMapping> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("could not read the mapping {}", path.display()))?;
    let json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if json {
        serde_json::from_str(&text).with_context(|| {
            format!(
                "{}: not a valid mapping (see docs/import.md)",
                path.display()
            )
        })
    } else {
        toml::from_str(&text).map_err(|e| {
            anyhow::anyhow!(
                "{}: not a valid mapping: {e} (see docs/import.md)",
                path.display()
            )
        })
    }
}

fn spinner(message: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let spinner = ProgressBar::new_spinner().with_message(message.to_owned());
    spinner.enable_steady_tick(std::time::Duration::from_millis(120));
    spinner
}
