//! `tessera import`: a data file and a mapping in, a saved dataset out — the same checks as the
//! web import (`DatasetMapping::checks`), reported like `tessera estimate` reports problems.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};
use indicatif::ProgressBar;
use tessera_data::{CodebookFile, Format, Problems, ReadOptions};
use tessera_stats::mapping::DatasetMapping;
use tessera_store::NewDataset;
use tessera_store::prelude::*;

use crate::cli::ImportArgs;
use crate::config::Config;

pub fn run(args: &ImportArgs, config: Config) -> anyhow::Result<ExitCode> {
    let mapping = read_mapping(&args.mapping)?;
    let codebook = match &args.codebook {
        Some(path) => Some(CodebookFile::from_path(path)?),
        None => None,
    };
    let options = ReadOptions {
        sheet: args.sheet.clone(),
        codebook,
        ..ReadOptions::default()
    };
    let original = std::fs::read(&args.data)
        .with_context(|| format!("could not read {}", args.data.display()))?;

    let reading = spinner(&format!("Reading {}", args.data.display()));
    let outcome = tessera_data::read_path(&args.data, &options);
    reading.finish_and_clear();
    let outcome = outcome?;
    let format = outcome.dataset.source.format;

    let checks = mapping.checks(&outcome.dataset).with_context(|| {
        format!(
            "the mapping {} does not fit the data",
            args.mapping.display()
        )
    })?;
    let mut problems = outcome.problems;
    problems.extend(tessera_data::validate(&outcome.dataset, &checks).0);
    problems.sort_by_key(|p| p.row.unwrap_or(0));
    let problems = Problems(problems);
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
    let data = outcome.dataset.without_rows(&rows);
    let waves = waves(&data, &mapping);
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
        let kept = data.n_rows;
        let summary = store
            .create_dataset(NewDataset {
                org: org.id,
                name,
                parent: None,
                source_name,
                source_format: format_code(format).to_owned(),
                original,
                data,
                excluded_rows: rows.clone(),
                waves,
                mapping: serde_json::to_value(&mapping)?,
                created_by: "cli".to_owned(),
            })
            .await;
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

fn format_code(format: Format) -> &'static str {
    match format {
        Format::Csv => "csv",
        Format::Xlsx => "xlsx",
        Format::Sav => "sav",
        Format::Dta => "dta",
    }
}

/// The distinct wave values, numbers in numeric order.
fn waves(data: &tessera_data::Dataset, mapping: &DatasetMapping) -> Vec<String> {
    let Some(column) = mapping.wave.as_deref().and_then(|w| data.column(w)) else {
        return Vec::new();
    };
    let mut values: Vec<String> = (0..data.n_rows)
        .filter_map(|r| column.text_at(r).map(|v| v.into_owned()))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    values.sort_by(|a, b| match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => x.total_cmp(&y),
        _ => a.cmp(b),
    });
    values
}

fn spinner(message: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let spinner = ProgressBar::new_spinner().with_message(message.to_owned());
    spinner.enable_steady_tick(std::time::Duration::from_millis(120));
    spinner
}
