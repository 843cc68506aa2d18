//! `tessera estimate`: a data file and a spec in, tidy estimates and two-way comparisons out.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use tessera_data::{Checks, CodebookFile, ReadOptions};
use tessera_stats::{AdjustedGapRow, ComparisonRow, EstimateRow, EstimateSpec, Report, Status};

use super::table::write_table;
use crate::cli::{EstimateArgs, OutputFormat};

pub fn run(args: &EstimateArgs) -> anyhow::Result<ExitCode> {
    let mut specs = Vec::new();
    let mut failed = false;
    for path in &args.spec {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("could not read the spec {}", path.display()))?;
        match EstimateSpec::parse(&text, &path.display().to_string()) {
            Ok(mut spec) => {
                if let Err(message) = weigh(&mut spec, path, args) {
                    failed = true;
                    eprintln!("{message}");
                }
                specs.push(spec);
            }
            Err(errors) => {
                failed = true;
                for e in &errors {
                    eprintln!("{e}");
                }
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    for m in specs.iter().flat_map(|s| &s.measures) {
        if !seen.insert(m.id.clone()) {
            eprintln!(
                "measure id {:?} is used in more than one spec; give each its own id",
                m.id
            );
            failed = true;
        }
    }
    if failed {
        eprintln!("Nothing was estimated: fix the spec problems above.");
        return Ok(ExitCode::FAILURE);
    }
    let codebook = match &args.codebook {
        Some(path) => Some(CodebookFile::from_path(path)?),
        None => None,
    };
    // Only the columns the specs use are read: much faster for wide files.
    let mut columns: Vec<String> = Vec::new();
    for c in specs.iter().flat_map(EstimateSpec::columns) {
        if !columns.contains(&c) {
            columns.push(c);
        }
    }
    let options = ReadOptions {
        sheet: args.sheet.clone(),
        codebook,
        columns: Some(columns),
        ..ReadOptions::default()
    };

    let spinner = progress_spinner(&format!("Reading {}", args.data.display()));
    let outcome = tessera_data::read_path(&args.data, &options);
    spinner.finish_and_clear();
    let outcome = outcome?;
    let mut dataset = outcome.dataset;

    // Problems found while reading, and the designs' own demands on the data.
    let mut problems = outcome.problems;
    let weights: Vec<String> = specs
        .iter()
        .filter_map(|s| s.design.as_ref())
        .map(|d| d.weight.clone())
        .filter(|w| !w.trim().is_empty() && dataset.column(w).is_some())
        .collect();
    for weight in weights.iter().collect::<std::collections::BTreeSet<_>>() {
        let checks = Checks {
            weight: Some(weight.clone()),
            ..Checks::default()
        };
        problems.extend(tessera_data::validate(&dataset, &checks).0);
    }
    if !problems.is_empty() {
        let problems = tessera_data::Problems(problems);
        eprintln!(
            "{}: {} problem(s) found:",
            args.data.display(),
            problems.0.len()
        );
        eprintln!("{}", problems.display(args.max_problems));
        let rows = problems.row_indexes();
        if !args.skip_bad_rows {
            eprintln!(
                "Nothing was estimated. Fix the file, or run again with --skip-bad-rows to leave out the {} row(s) with problems.",
                rows.len()
            );
            return Ok(ExitCode::FAILURE);
        }
        eprintln!(
            "Leaving out {} row(s) with problems (--skip-bad-rows).",
            rows.len()
        );
        dataset = dataset.without_rows(&rows);
    }

    let total: usize = specs
        .iter()
        .map(|s| s.measures.len() * s.output.by.len())
        .sum();
    let bar = progress_bar(total as u64);
    let mut reports = Vec::new();
    let mut done_before = 0;
    for spec in &specs {
        let report = tessera_stats::report::run(spec, &dataset, |done, _| {
            bar.set_position((done_before + done) as u64);
        });
        done_before += spec.measures.len() * spec.output.by.len();
        let report = match report {
            Ok(r) => r,
            Err(e @ tessera_stats::ReportError::Weighting { .. }) => {
                bar.finish_and_clear();
                eprintln!("{}", tessera_app::weighting::describe_report(&e));
                eprintln!("Nothing was estimated.");
                return Ok(ExitCode::FAILURE);
            }
            Err(e) => return Err(e.into()),
        };
        reports.push(report);
    }
    bar.finish_and_clear();
    let Some(report) = Report::merge(reports) else {
        return Ok(ExitCode::FAILURE);
    };
    write_report(&report, args.format, args.out.as_deref())?;
    Ok(ExitCode::SUCCESS)
}

/// Gives `spec` its weighting's margins: those of its `margins_file` (relative to the spec),
/// or, when it has no `[weighting]`, the one `--weighting NAME --margins FILE` defines.
fn weigh(spec: &mut EstimateSpec, spec_path: &Path, args: &EstimateArgs) -> Result<(), String> {
    let read = |path: &Path| {
        std::fs::read_to_string(path)
            .map_err(|e| format!("could not read the margins {}: {e}", path.display()))
    };
    if let Some(file) = spec.margins_file() {
        let path = spec_path.parent().unwrap_or(Path::new(".")).join(file);
        let text = read(&path)?;
        return spec
            .set_margins(&text)
            .map_err(|e| tessera_app::weighting::describe(&e));
    }
    let (Some(name), Some(path), None) = (&args.weighting, &args.margins, &spec.weighting) else {
        return Ok(());
    };
    let margins =
        tessera_stats::weighting::margins_from_csv(&read(path)?, &path.display().to_string())
            .map_err(|e| tessera_app::weighting::describe(&e))?;
    let method = tessera_app::weighting::parse_method(&args.method).map_err(|e| e.to_string())?;
    let name = tessera_app::weighting::parse_name(name).map_err(|e| e.to_string())?;
    spec.weighting = Some(tessera_stats::spec::WeightingRef::Defined(
        tessera_stats::Weighting {
            name,
            method,
            margins,
            options: tessera_stats::WeightingOptions::default(),
        },
    ));
    Ok(())
}

/// A spinner on standard error when it is a terminal; hidden otherwise.
fn progress_spinner(message: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let spinner = ProgressBar::new_spinner().with_message(message.to_owned());
    spinner.enable_steady_tick(std::time::Duration::from_millis(120));
    spinner
}

fn progress_bar(total: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    if let Ok(style) =
        ProgressStyle::with_template("Estimating {bar:30} {pos}/{len} measure × breakdown")
    {
        bar.set_style(style);
    }
    bar
}

fn write_report(report: &Report, format: OutputFormat, out: Option<&Path>) -> anyhow::Result<()> {
    let open = |path: &Path| -> anyhow::Result<Box<dyn Write>> {
        let file = std::fs::File::create(path)
            .with_context(|| format!("could not write {}", path.display()))?;
        Ok(Box::new(std::io::BufWriter::new(file)))
    };
    let mut main: Box<dyn Write> = match out {
        Some(path) => open(path)?,
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut main, &json(report))
                .context("could not write JSON")?;
            writeln!(main)?;
        }
        OutputFormat::Csv => {
            write_csv(
                &mut main,
                &estimate_header(report),
                &estimate_cells(report, full),
            )?;
            let extra = [
                (
                    "comparisons",
                    comparison_header(report),
                    comparison_cells(report, full),
                ),
                (
                    "gap-changes",
                    gap_change_header(report),
                    gap_change_cells(report, full),
                ),
                (
                    "adjusted-gaps",
                    adjusted_header(report),
                    adjusted_cells(report, full),
                ),
                (
                    "quantiles",
                    analysis_header(report, &QUANTILE_COLUMNS),
                    quantile_cells(report, full),
                ),
                (
                    "ratios",
                    analysis_header(report, &RATIO_COLUMNS),
                    ratio_cells(report, full),
                ),
                (
                    "associations",
                    analysis_header(report, &ASSOCIATION_COLUMNS),
                    association_cells(report, full),
                ),
            ];
            for (suffix, header, cells) in extra {
                if cells.is_empty() {
                    continue;
                }
                match out {
                    Some(path) => write_csv(&mut open(&sibling(path, suffix))?, &header, &cells)?,
                    None => {
                        writeln!(main)?;
                        write_csv(&mut main, &header, &cells)?;
                    }
                }
            }
        }
        OutputFormat::Table => {
            write_table(
                &mut main,
                &estimate_header(report),
                &estimate_cells(report, rounded),
            )?;
            if !report.comparisons.is_empty() {
                writeln!(main)?;
                write_table(
                    &mut main,
                    &comparison_header(report),
                    &comparison_cells(report, rounded),
                )?;
            }
            if !report.gap_changes.is_empty() {
                writeln!(main)?;
                write_table(
                    &mut main,
                    &gap_change_header(report),
                    &gap_change_cells(report, rounded),
                )?;
            }
            if !report.adjusted_gaps.is_empty() {
                writeln!(main)?;
                write_table(
                    &mut main,
                    &adjusted_header(report),
                    &adjusted_cells(report, rounded),
                )?;
                for r in report.adjusted_gaps.iter().filter(|r| r.message.is_some()) {
                    writeln!(
                        main,
                        "Adjusted gap of {} ({} vs {}) not estimated: {}",
                        r.measure,
                        r.focal,
                        r.reference,
                        r.message.as_deref().unwrap_or_default()
                    )?;
                }
            }
            writeln!(
                main,
                "\nSuppressed: fewer than {} valid responses. Unreliable: fewer than {} or a coefficient of variation above {}.",
                report.thresholds.min_cell,
                report.thresholds.unreliable_n,
                report.thresholds.unreliable_cv
            )?;
        }
    }
    main.flush().context("could not write the output")?;
    Ok(())
}

/// `results.csv` → `results.<suffix>.csv`.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("results");
    path.with_file_name(format!("{stem}.{suffix}.csv"))
}

fn full(x: Option<f64>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

fn rounded(x: Option<f64>) -> String {
    match x {
        Some(v) if v.abs() >= 1000.0 => format!("{v:.0}"),
        Some(v) => format!("{v:.4}"),
        None => String::new(),
    }
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Ok => "ok",
        Status::Unreliable => "unreliable",
        Status::Suppressed => "suppressed",
    }
}

const ESTIMATE_COLUMNS: [&str; 11] = [
    "n",
    "sum_weights",
    "estimate",
    "se",
    "ci_low",
    "ci_high",
    "ci_method",
    "df",
    "deff",
    "cv",
    "status",
];
const COMPARISON_COLUMNS: [&str; 10] = [
    "focal",
    "reference",
    "estimate_focal",
    "estimate_reference",
    "difference",
    "se",
    "ci_low",
    "ci_high",
    "ratio",
    "status",
];

/// Whether the figures use a named weighting: then the tables end with a `weighting` column
/// naming it (and without one, they stay as they were).
fn weighted(report: &Report) -> bool {
    report.estimates.iter().any(|r| r.weighting.is_some())
}

fn estimate_header(report: &Report) -> Vec<String> {
    let mut h = vec!["measure".to_owned()];
    h.extend(report.by_variables.iter().cloned());
    h.extend(ESTIMATE_COLUMNS.map(str::to_owned));
    if weighted(report) {
        h.push("weighting".to_owned());
    }
    h
}

fn comparison_header(report: &Report) -> Vec<String> {
    let mut h = vec!["measure".to_owned()];
    h.extend(report.by_variables.iter().cloned());
    h.extend(COMPARISON_COLUMNS.map(str::to_owned));
    h
}

fn estimate_cells(report: &Report, num: fn(Option<f64>) -> String) -> Vec<Vec<String>> {
    report
        .estimates
        .iter()
        .map(|r: &EstimateRow| {
            let mut row = vec![r.measure.clone()];
            row.extend(r.by.iter().map(|(_, v)| v.clone()));
            row.extend([
                r.n.map(|n| n.to_string()).unwrap_or_default(),
                num(r.sum_weights),
                num(r.estimate),
                num(r.se),
                num(r.ci_low),
                num(r.ci_high),
                r.ci_method.clone().unwrap_or_default(),
                num(r.df),
                num(r.deff),
                num(r.cv),
                status_name(r.status).to_owned(),
            ]);
            if weighted(report) {
                row.push(r.weighting.clone().unwrap_or_default());
            }
            row
        })
        .collect()
}

fn comparison_cells(report: &Report, num: fn(Option<f64>) -> String) -> Vec<Vec<String>> {
    report
        .comparisons
        .iter()
        .map(|r: &ComparisonRow| {
            let mut row = vec![r.measure.clone()];
            row.extend(r.by.iter().map(|(_, v)| v.clone()));
            row.extend([
                r.focal.clone(),
                r.reference.clone(),
                num(r.estimate_focal),
                num(r.estimate_reference),
                num(r.difference),
                num(r.se),
                num(r.ci_low),
                num(r.ci_high),
                num(r.ratio),
                status_name(r.status).to_owned(),
            ]);
            row
        })
        .collect()
}

const GAP_CHANGE_COLUMNS: [&str; 11] = [
    "earlier",
    "later",
    "gap_earlier",
    "gap_later",
    "change",
    "se",
    "ci_low",
    "ci_high",
    "closing",
    "significant",
    "status",
];

fn gap_change_header(report: &Report) -> Vec<String> {
    let mut h = vec!["measure".to_owned()];
    h.extend(report.by_variables.iter().cloned());
    h.extend(GAP_CHANGE_COLUMNS.map(str::to_owned));
    h
}

fn gap_change_cells(report: &Report, num: fn(Option<f64>) -> String) -> Vec<Vec<String>> {
    let yes_no = |b: Option<bool>| {
        b.map(|b| if b { "yes" } else { "no" })
            .unwrap_or_default()
            .to_owned()
    };
    report
        .gap_changes
        .iter()
        .map(|r| {
            let mut row = vec![r.measure.clone()];
            row.extend(r.by.iter().map(|(_, v)| v.clone()));
            row.extend([
                r.earlier.clone(),
                r.later.clone(),
                num(r.gap_earlier),
                num(r.gap_later),
                num(r.change),
                num(r.se),
                num(r.ci_low),
                num(r.ci_high),
                yes_no(r.closing),
                yes_no(r.significant),
                status_name(r.status).to_owned(),
            ]);
            row
        })
        .collect()
}

const ADJUSTED_COLUMNS: [&str; 14] = [
    "focal",
    "reference",
    "adjusted_for",
    "method",
    "estimate_focal",
    "estimate_reference",
    "difference",
    "se",
    "ci_low",
    "ci_high",
    "df",
    "p_value",
    "status",
    "reason",
];

fn adjusted_header(report: &Report) -> Vec<String> {
    let mut h = vec!["measure".to_owned()];
    h.extend(report.by_variables.iter().cloned());
    h.extend(ADJUSTED_COLUMNS.map(str::to_owned));
    h
}

/// Regression-adjusted gaps: focal minus reference after accounting for the covariates
/// (`adjusted_for`, joined with `+`), from predictive margins of a design-based model.
fn adjusted_cells(report: &Report, num: fn(Option<f64>) -> String) -> Vec<Vec<String>> {
    report
        .adjusted_gaps
        .iter()
        .map(|r: &AdjustedGapRow| {
            let mut row = vec![r.measure.clone()];
            row.extend(r.by.iter().map(|(_, v)| v.clone()));
            row.extend([
                r.focal.clone(),
                r.reference.clone(),
                r.adjusted_for.join("+"),
                r.method.clone(),
                num(r.estimate_focal),
                num(r.estimate_reference),
                num(r.difference),
                num(r.se),
                num(r.ci_low),
                num(r.ci_high),
                num(r.df),
                num(r.p_value),
                status_name(r.status).to_owned(),
                r.reason(),
            ]);
            row
        })
        .collect()
}

const QUANTILE_COLUMNS: [&str; 9] = [
    "probability",
    "n",
    "estimate",
    "se",
    "ci_low",
    "ci_high",
    "df",
    "status",
    "reason",
];
const RATIO_COLUMNS: [&str; 8] = [
    "n", "estimate", "se", "ci_low", "ci_high", "df", "status", "reason",
];
const ASSOCIATION_COLUMNS: [&str; 8] = [
    "n", "pearson", "f", "ndf", "ddf", "p_value", "status", "reason",
];

/// `id`, the breakdown variables, then the analysis's columns.
fn analysis_header(report: &Report, columns: &[&str]) -> Vec<String> {
    let mut h = vec!["id".to_owned()];
    h.extend(report.by_variables.iter().cloned());
    h.extend(columns.iter().map(|c| (*c).to_owned()));
    h
}

fn count(n: Option<u64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// One line of an analysis file: its id, the breakdown's values, its figures, its status and
/// the reasons behind that status.
fn analysis_row<const N: usize>(
    id: &str,
    by: &[(String, String)],
    figures: [String; N],
    status: tessera_stats::Status,
    reasons: &[tessera_stats::Reason],
) -> Vec<String> {
    let mut row = vec![id.to_owned()];
    row.extend(by.iter().map(|(_, v)| v.clone()));
    row.extend(figures);
    row.push(status_name(status).to_owned());
    row.push(tessera_stats::Reason::join(reasons));
    row
}

fn quantile_cells(report: &Report, num: fn(Option<f64>) -> String) -> Vec<Vec<String>> {
    report
        .quantiles
        .iter()
        .map(|r| {
            analysis_row(
                &r.id,
                &r.by,
                [
                    r.probability.to_string(),
                    count(r.n),
                    num(r.estimate),
                    num(r.se),
                    num(r.ci_low),
                    num(r.ci_high),
                    num(r.df),
                ],
                r.status,
                &r.reasons,
            )
        })
        .collect()
}

fn ratio_cells(report: &Report, num: fn(Option<f64>) -> String) -> Vec<Vec<String>> {
    report
        .ratios
        .iter()
        .map(|r| {
            analysis_row(
                &r.id,
                &r.by,
                [
                    count(r.n),
                    num(r.estimate),
                    num(r.se),
                    num(r.ci_low),
                    num(r.ci_high),
                    num(r.df),
                ],
                r.status,
                &r.reasons,
            )
        })
        .collect()
}

fn association_cells(report: &Report, num: fn(Option<f64>) -> String) -> Vec<Vec<String>> {
    report
        .associations
        .iter()
        .map(|r| {
            analysis_row(
                &r.id,
                &r.by,
                [
                    count(r.n),
                    num(r.pearson),
                    num(r.f),
                    num(r.ndf),
                    num(r.ddf),
                    num(r.p_value),
                ],
                r.status,
                &r.reasons,
            )
        })
        .collect()
}

/// Writes CSV with every cell a spreadsheet would run neutralised (labels come from the data).
fn write_csv<W: Write>(out: &mut W, header: &[String], rows: &[Vec<String>]) -> anyhow::Result<()> {
    tessera_app::export::write_csv(out, header, rows)?;
    Ok(())
}

/// The JSON form: the same fields as the CSV, breakdown values as named fields.
fn json(report: &Report) -> serde_json::Value {
    let with_by = |by: &[(String, String)], value: serde_json::Value| {
        let mut map = serde_json::Map::new();
        if let serde_json::Value::Object(fields) = value {
            for (k, v) in fields {
                if k == "by" {
                    for (name, level) in by {
                        map.insert(name.clone(), serde_json::Value::String(level.clone()));
                    }
                } else {
                    map.insert(k, v);
                }
            }
        }
        serde_json::Value::Object(map)
    };
    let estimates: Vec<_> = report
        .estimates
        .iter()
        .map(|r| with_by(&r.by, serde_json::to_value(r).unwrap_or_default()))
        .collect();
    let gap_changes: Vec<_> = report
        .gap_changes
        .iter()
        .map(|r| with_by(&r.by, serde_json::to_value(r).unwrap_or_default()))
        .collect();
    let comparisons: Vec<_> = report
        .comparisons
        .iter()
        .map(|r| with_by(&r.by, serde_json::to_value(r).unwrap_or_default()))
        .collect();
    let adjusted_gaps: Vec<_> = report
        .adjusted_gaps
        .iter()
        .map(|r| with_by(&r.by, serde_json::to_value(r).unwrap_or_default()))
        .collect();
    let rows_of =
        |rows: Vec<(Vec<(String, String)>, serde_json::Value)>| -> Vec<serde_json::Value> {
            rows.into_iter().map(|(by, v)| with_by(&by, v)).collect()
        };
    let quantiles = rows_of(
        report
            .quantiles
            .iter()
            .map(|r| (r.by.clone(), serde_json::to_value(r).unwrap_or_default()))
            .collect(),
    );
    let ratios = rows_of(
        report
            .ratios
            .iter()
            .map(|r| (r.by.clone(), serde_json::to_value(r).unwrap_or_default()))
            .collect(),
    );
    let associations = rows_of(
        report
            .associations
            .iter()
            .map(|r| (r.by.clone(), serde_json::to_value(r).unwrap_or_default()))
            .collect(),
    );
    serde_json::json!({
        "by_variables": report.by_variables,
        "suppression_rule": {
            "min_cell": report.thresholds.min_cell,
            "unreliable_n": report.thresholds.unreliable_n,
            "unreliable_cv": report.thresholds.unreliable_cv,
            "confidence": report.thresholds.confidence,
        },
        "estimates": estimates,
        "comparisons": comparisons,
        "gap_changes": gap_changes,
        "adjusted_gaps": adjusted_gaps,
        "quantiles": quantiles,
        "ratios": ratios,
        "associations": associations,
    })
}
