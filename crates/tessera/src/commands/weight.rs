//! `tessera weight`: a dataset of an organisation weighted to population margins from a CSV
//! file and kept as a named weighting, with its report printed; `--list` and `--delete` for the
//! weightings a dataset has. The same use case as the web page (`tessera_app::weighting`).

use std::process::ExitCode;

use anyhow::{Context, bail};
use tessera_app::weighting::{KeptWeighting, parse_method};
use tessera_app::{Actor, App, AppError, Settings};
use tessera_framework::Catalogue;
use tessera_stats::weighting::{WeightingReport, margins_from_csv};
use tessera_stats::{Weighting, WeightingOptions};
use tessera_store::prelude::*;

use super::table::print_table;
use crate::cli::{Format, WeightArgs};
use crate::config::Config;

/// Reads `LOW,HIGH`.
fn pair(flag: &str, text: &str) -> anyhow::Result<[f64; 2]> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    let numbers: Vec<f64> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    match numbers[..] {
        [low, high] if parts.len() == 2 && low < high => Ok([low, high]),
        _ => bail!("--{flag} {text:?}: give two numbers LOW,HIGH with LOW below HIGH, e.g. 0.5,3"),
    }
}

fn options(args: &WeightArgs) -> anyhow::Result<WeightingOptions> {
    Ok(WeightingOptions {
        max_iterations: args.max_iterations,
        epsilon: args.epsilon,
        bounds: args
            .bounds
            .as_deref()
            .map(|b| pair("bounds", b))
            .transpose()?,
        trim: args.trim.as_deref().map(|t| pair("trim", t)).transpose()?,
        trim_strict: false,
        population_total: args.population_total,
    })
}

/// An application error as the command line says it: the message, and for a refusal that
/// nothing was changed.
fn refuse(error: AppError) -> anyhow::Result<ExitCode> {
    if error.is_internal() {
        return Err(anyhow::anyhow!(error.to_string()));
    }
    eprintln!("{error}");
    Ok(ExitCode::FAILURE)
}

pub fn run(args: &WeightArgs, config: Config) -> anyhow::Result<ExitCode> {
    // Read and check what can be checked before opening the database.
    let made = if args.list || args.delete {
        None
    } else {
        let Some(path) = &args.margins else {
            bail!("--margins FILE is needed to make a weighting");
        };
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("could not read the margins {}", path.display()))?;
        let margins = match margins_from_csv(&text, &path.display().to_string()) {
            Ok(m) => m,
            Err(e) => {
                eprintln!("{}", tessera_app::weighting::describe(&e));
                eprintln!("Nothing was kept; the dataset's weights are untouched.");
                return Ok(ExitCode::FAILURE);
            }
        };
        let method = match parse_method(&args.method) {
            Ok(m) => m,
            Err(e) => return refuse(e),
        };
        Some(Weighting {
            name: args.name.clone().unwrap_or_default(),
            method,
            margins,
            options: options(args)?,
        })
    };
    let catalogue = Catalogue::shipped().map_err(|e| {
        anyhow::anyhow!("the framework packs built into this Tessera are not valid:\n{e}")
    })?;
    super::runtime()?.block_on(async move {
        let store = super::open_store(&config).await?;
        let Some(org) = store.organisation_by_slug(&args.org).await? else {
            bail!(
                "there is no organisation {:?}; `tessera org create` makes one",
                args.org
            );
        };
        let app = App::new(catalogue, store, Settings::new(config.data_dir.clone()));
        let actor = Actor::command_line(org);
        let dataset = match tessera_app::datasets::parse_id(&args.dataset) {
            Ok(id) => id,
            Err(e) => return refuse(e),
        };
        if let Err(e) = app.dataset_shared(actor.org.id, dataset).await {
            return refuse(e);
        }
        if args.list {
            let kept = match app.weightings(actor.org.id, dataset).await {
                Ok(k) => k,
                Err(e) => return refuse(e),
            };
            list(&kept, args.format)?;
            return Ok(ExitCode::SUCCESS);
        }
        let name = args.name.clone().unwrap_or_default();
        if args.delete {
            return match app.delete_weighting(&actor, dataset, &name).await {
                Ok(()) => {
                    println!("Deleted the weighting “{name}” of dataset {dataset}.");
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => refuse(e),
            };
        }
        let Some(weighting) = made else {
            bail!("nothing to do");
        };
        match app.create_weighting(&actor, dataset, weighting).await {
            Ok(kept) => {
                match args.format {
                    Format::Json => println!(
                        "{}",
                        serde_json::to_string_pretty(&kept.summary)
                            .context("could not write the report")?
                    ),
                    Format::Table => print_report(&kept),
                }
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => {
                let code = refuse(e);
                eprintln!("Nothing was kept; the dataset's weights are untouched.");
                code
            }
        }
    })
}

fn list(kept: &[KeptWeighting], format: Format) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            let summaries: Vec<_> = kept.iter().map(|k| &k.summary).collect();
            println!("{}", serde_json::to_string_pretty(&summaries)?);
        }
        Format::Table => {
            if kept.is_empty() {
                println!("This dataset has no weightings yet.");
                return Ok(());
            }
            let rows: Vec<[String; 5]> = kept
                .iter()
                .map(|k| {
                    [
                        k.summary.name.clone(),
                        k.summary.method.clone(),
                        k.report.iterations.to_string(),
                        format!("{:.3}", k.report.kish_deff),
                        k.summary.created_at.clone(),
                    ]
                })
                .collect();
            print_table(
                &["name", "method", "iterations", "kish_deff", "made"],
                &rows,
            );
        }
    }
    Ok(())
}

fn print_report(kept: &KeptWeighting) {
    let r: &WeightingReport = &kept.report;
    println!(
        "Kept the weighting “{}” ({}) of dataset {}: {} iteration(s); Kish design effect {:.3} (was {:.3}).",
        kept.summary.name,
        kept.summary.method,
        kept.summary.dataset,
        r.iterations,
        r.kish_deff,
        r.kish_deff_before
    );
    println!(
        "Adjustment factors: min {:.3}, quartiles {:.3} / {:.3} / {:.3}, max {:.3}.",
        r.factors.min, r.factors.q1, r.factors.median, r.factors.q3, r.factors.max
    );
    println!(
        "Weights: min {:.2}, median {:.2}, max {:.2}; {} row(s) extreme (more than 5 times the median weight or less than a fifth of it).",
        r.weights.min, r.weights.median, r.weights.max, r.extreme_count
    );
    println!();
    let rows: Vec<[String; 6]> = r
        .margins
        .iter()
        .map(|m| {
            [
                m.margin.clone(),
                m.category.clone(),
                m.rows.to_string(),
                format!("{:.1}", m.target),
                format!("{:.1}", m.before),
                format!("{:.1}", m.achieved),
            ]
        })
        .collect();
    print_table(
        &["margin", "category", "rows", "target", "before", "achieved"],
        &rows,
    );
}
