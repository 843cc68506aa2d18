//! Runs an [`EstimateSpec`] on a dataset and produces tidy rows: one per measure × breakdown
//! cell, and one per two-way comparison. Suppressed rows carry no figures.

mod design;
mod levels;
mod rows;
mod variable;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use tessera_data::{Column, ColumnValues, Dataset, MISSING_CODE};

use crate::breakdown::Breakdown;
use crate::compare::{Comparison, ComparisonOutcome, GapChange, GapChangeOutcome};
use crate::estimate::{EstimandKind, Estimate, Outcome, Status};
use crate::interval::CiMethod;
use crate::reason::Reason;
use crate::spec::{EstimateSpec, MeasureSpec};
use crate::warning::Warning;

pub use design::design_for;
pub use levels::NOT_STATED;
use levels::{Cells, Levels, cells_of, levels_of};
pub use rows::{ComparisonRow, EstimateRow, GapChangeRow};
pub use variable::analysis_variable;

/// The label of a breakdown variable in rows of a breakdown that does not split by it.
pub const ALL: &str = "ALL";

/// What can stop a spec from running on a dataset.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReportError {
    /// The spec names a column the data do not have.
    #[error(
        "{field} names the variable {name:?}, which is not in the data; the variables are: {available}"
    )]
    UnknownVariable {
        /// The spec field, e.g. `measure "trust".variable`.
        field: String,
        /// The name given.
        name: String,
        /// The data's column names.
        available: String,
    },
    /// A column that must hold numbers holds text.
    #[error("{field}: the variable {name:?} must hold numbers, but row {row} holds {value:?}")]
    NotNumeric {
        /// The spec field.
        field: String,
        /// The variable.
        name: String,
        /// 1-based data row.
        row: usize,
        /// The offending value.
        value: String,
    },
    /// The spec uses a weighting the caller did not supply.
    #[error(
        "[weighting] uses {name:?}, which is not a weighting of this dataset; the weightings are: {available}"
    )]
    UnknownWeighting {
        /// The name.
        name: String,
        /// The names there are.
        available: String,
    },
    /// The spec's margins file was not read (`EstimateSpec::set_margins`).
    #[error("[weighting] margins_file {path:?} has not been read")]
    MarginsNotRead {
        /// The file.
        path: String,
    },
    /// The weighting could not be applied.
    #[error("weighting {name:?}: {error}")]
    Weighting {
        /// The weighting.
        name: String,
        /// Why.
        error: crate::weighting::WeightingError,
    },
    /// A design column (weight, strata, PSU, fpc) is blank in some rows.
    #[error(
        "{field}: the variable {name:?} is blank in {count} row(s) ({}{}); a survey design needs a value in every row (R stops here too: \"missing values in strata/id\"). Fill them in, or leave those rows out (tessera estimate --skip-bad-rows)",
        rows.iter().map(|r| format!("row {r}")).collect::<Vec<_>>().join(", "),
        if *count > rows.len() { ", …" } else { "" }
    )]
    BlankDesignValues {
        /// The spec field, e.g. `[design] strata`.
        field: String,
        /// The column.
        name: String,
        /// The first blank rows, 1-based data rows.
        rows: Vec<usize>,
        /// How many rows are blank.
        count: usize,
    },
    /// The design could not be built (bad weights, a lonely PSU with `fail`…).
    #[error("the design is not valid: {0}")]
    Design(#[from] crate::StatsError),
}

/// How a spec is run, beyond the spec itself.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Leave out rows whose design values (weight, strata, PSU, fpc) are blank, and say how
    /// many in a warning, instead of refusing (`tessera estimate --skip-bad-rows`).
    pub skip_bad_rows: bool,
    /// The dataset's named weightings, which a spec may `use` (the store keeps them).
    pub weightings: Vec<crate::weighting::Weighting>,
}

/// Everything a spec produces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The breakdown variables, in output column order.
    pub by_variables: Vec<String>,
    /// Estimate rows: measures in spec order, then breakdowns, then cells in value order.
    pub estimates: Vec<EstimateRow>,
    /// Comparison rows, when the spec asks for a comparison.
    pub comparisons: Vec<ComparisonRow>,
    /// Changes of the gap from the first to the last value of the trend variable, when the
    /// spec names one.
    #[serde(default)]
    pub gap_changes: Vec<GapChangeRow>,
    /// The thresholds used, so that exports can state the suppression rule.
    pub thresholds: crate::Thresholds,
    /// What the spec's author should know: codes that occur in no row, blank breakdown values
    /// shown as "not stated", rows left out.
    #[serde(default)]
    pub warnings: Vec<Warning>,
    /// What each weighting used did (iterations, margins achieved, adjustment factors…).
    #[serde(default)]
    pub weightings: Vec<crate::weighting::WeightingReport>,
}

impl Report {
    /// Joins the reports of several specs run on the same data into one tidy table: breakdown
    /// columns are the union, in first-seen order, and a variable a row was not split by is
    /// [`ALL`]. Warnings are joined without repeats.
    #[must_use]
    pub fn merge(reports: Vec<Report>) -> Option<Report> {
        let mut iter = reports.into_iter();
        let mut merged = iter.next()?;
        for next in iter {
            for v in &next.by_variables {
                if !merged.by_variables.contains(v) {
                    merged.by_variables.push(v.clone());
                }
            }
            merged.estimates.extend(next.estimates);
            merged.comparisons.extend(next.comparisons);
            merged.gap_changes.extend(next.gap_changes);
            for w in next.warnings {
                if !merged.warnings.contains(&w) {
                    merged.warnings.push(w);
                }
            }
            for w in next.weightings {
                if !merged.weightings.iter().any(|m| m.name == w.name) {
                    merged.weightings.push(w);
                }
            }
        }
        let order = merged.by_variables.clone();
        let align = |by: &mut Vec<(String, String)>| {
            *by = order
                .iter()
                .map(|v| {
                    let value = by
                        .iter()
                        .find(|(k, _)| k == v)
                        .map_or_else(|| ALL.to_owned(), |(_, x)| x.clone());
                    (v.clone(), value)
                })
                .collect();
        };
        merged.estimates.iter_mut().for_each(|r| align(&mut r.by));
        merged.comparisons.iter_mut().for_each(|r| align(&mut r.by));
        merged.gap_changes.iter_mut().for_each(|r| align(&mut r.by));
        Some(merged)
    }
}

pub(crate) fn column<'d>(
    data: &'d Dataset,
    name: &str,
    field: &str,
) -> Result<&'d Column, ReportError> {
    data.column(name)
        .ok_or_else(|| ReportError::UnknownVariable {
            field: field.to_owned(),
            name: name.to_owned(),
            available: data
                .columns
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        })
}

pub(crate) fn numeric<'d>(
    data: &'d Dataset,
    name: &str,
    field: &str,
) -> Result<&'d [f64], ReportError> {
    match &column(data, name, field)?.values {
        ColumnValues::Numeric(v) => Ok(v),
        ColumnValues::Text { codes, levels } => {
            let row = codes.iter().position(|&c| c != MISSING_CODE).unwrap_or(0);
            Err(ReportError::NotNumeric {
                field: field.to_owned(),
                name: name.to_owned(),
                row: row + 1,
                value: codes
                    .get(row)
                    .and_then(|&c| levels.get(c as usize))
                    .cloned()
                    .unwrap_or_default(),
            })
        }
    }
}

/// The reasons behind an estimate's status.
fn estimate_reasons(e: &Estimate) -> Vec<Reason> {
    match &e.outcome {
        Outcome::Reported { reasons, .. } => reasons.iter().map(|&r| r.into()).collect(),
        Outcome::Suppressed { reason } => vec![(*reason).into()],
    }
}

/// The reasons behind a comparison's status.
fn comparison_reasons(c: &Comparison) -> Vec<Reason> {
    match &c.outcome {
        ComparisonOutcome::Reported { reasons, .. } => reasons.iter().map(|&r| r.into()).collect(),
        ComparisonOutcome::Suppressed { reason } => vec![(*reason).into()],
    }
}

/// The reasons behind a gap change's status.
fn gap_change_reasons(g: &GapChange) -> Vec<Reason> {
    match &g.outcome {
        GapChangeOutcome::Reported { reasons, .. } => reasons.iter().map(|&r| r.into()).collect(),
        GapChangeOutcome::Suppressed { reason } => vec![(*reason).into()],
    }
}

/// Cells that share the other breakdown variables' values: (those values, the focal cell, the
/// reference cell, any cell of the group for labelling).
type Partners = (Vec<u32>, Option<u32>, Option<u32>, usize);

/// One wave's cells in a gap-change family: (trend level, focal cell, reference cell, any cell).
type WaveCells = (u32, u32, u32, usize);

fn ci_name(method: CiMethod) -> &'static str {
    match method {
        CiMethod::Logit => "logit",
        CiMethod::Beta => "beta",
        CiMethod::WaldT => "wald_t",
        CiMethod::WaldZ => "wald_z",
        CiMethod::Wilson => "wilson",
        CiMethod::ClopperPearson => "clopper_pearson",
    }
}

/// Runs every measure of the spec over every breakdown, with the two-way comparisons.
///
/// `progress` is called after each measure × breakdown with (done, total).
///
/// # Errors
/// See [`run_with`].
pub fn run(
    spec: &EstimateSpec,
    data: &Dataset,
    progress: impl FnMut(usize, usize),
) -> Result<Report, ReportError> {
    run_with(spec, data, &RunOptions::default(), progress)
}

/// As [`run`], with options.
///
/// # Errors
/// A variable the spec names is missing or of the wrong type; a design column is blank (unless
/// `options.skip_bad_rows`); the design is invalid; an interval method does not suit the design.
pub fn run_with(
    spec: &EstimateSpec,
    data: &Dataset,
    options: &RunOptions,
    progress: impl FnMut(usize, usize),
) -> Result<Report, ReportError> {
    let mut warnings = Vec::new();
    let blank = design::blank_design_rows(spec, data)?;
    if blank.is_empty() {
        return run_on(spec, data, options, warnings, progress);
    }
    if !options.skip_bad_rows {
        let (field, name, rows) = &blank[0];
        return Err(design::blank_design_error(field, name, rows));
    }
    let mut drop: Vec<usize> = Vec::new();
    for (field, name, rows) in &blank {
        warnings.push(Warning::RowsLeftOut {
            field: (*field).to_owned(),
            column: name.clone(),
            rows: rows.len(),
        });
        drop.extend(rows);
    }
    drop.sort_unstable();
    drop.dedup();
    let kept = data.without_rows(&drop);
    run_on(spec, &kept, options, warnings, progress)
}

/// The design the figures use: the spec's design, weighted when the spec names a weighting.
///
/// # Errors
/// As [`design_for`]; an unknown weighting, unread margins, or a weighting that cannot be
/// applied.
pub fn weighted_design_for(
    spec: &EstimateSpec,
    data: &Dataset,
    weightings: &[crate::weighting::Weighting],
) -> Result<(crate::Design, Option<crate::weighting::Weighted>), ReportError> {
    let design = design_for(spec, data)?;
    let Some(r) = &spec.weighting else {
        return Ok((design, None));
    };
    let w = match r {
        crate::spec::WeightingRef::Defined(w) => w,
        crate::spec::WeightingRef::MarginsFile { path, .. } => {
            return Err(ReportError::MarginsNotRead { path: path.clone() });
        }
        crate::spec::WeightingRef::Named(name) => weightings
            .iter()
            .find(|w| &w.name == name)
            .ok_or_else(|| ReportError::UnknownWeighting {
                name: name.clone(),
                available: weightings
                    .iter()
                    .map(|w| w.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })?,
    };
    let weighted = w
        .apply(&design, data)
        .map_err(|error| ReportError::Weighting {
            name: w.name.clone(),
            error,
        })?;
    Ok((weighted.design().clone(), Some(weighted)))
}

fn run_on(
    spec: &EstimateSpec,
    data: &Dataset,
    options: &RunOptions,
    mut warnings: Vec<Warning>,
    mut progress: impl FnMut(usize, usize),
) -> Result<Report, ReportError> {
    let (design, weighted) = weighted_design_for(spec, data, &options.weightings)?;
    let weighting = weighted.as_ref().map(|w| w.name.clone());
    let by_variables = spec.by_variables();
    let trend = spec.output.trend.as_deref();
    let mut levels: HashMap<&str, Levels> = HashMap::new();
    let level_of = |name: &str, field: &str, warnings: &mut Vec<Warning>| {
        let col = column(data, name, field)?;
        let l = levels_of(col);
        if Some(name) == trend {
            let rows = l.blank_rows().count();
            if rows > 0 {
                warnings.push(Warning::TrendBlank {
                    variable: name.to_owned(),
                    rows,
                });
            }
            return Ok::<_, ReportError>(l);
        }
        let (l, rows) = l.with_not_stated();
        if rows > 0 {
            warnings.push(Warning::NotStated {
                variable: name.to_owned(),
                rows,
            });
        }
        Ok(l)
    };
    for v in &by_variables {
        let l = level_of(v, "[output] by", &mut warnings)?;
        levels.insert(v.as_str(), l);
    }
    let compare = match &spec.output.compare {
        Some(c) => {
            if !levels.contains_key(c.variable.as_str()) {
                let l = level_of(&c.variable, "[output] compare.variable", &mut warnings)?;
                levels.insert(c.variable.as_str(), l);
            }
            Some(c)
        }
        None => None,
    };
    let breakdowns: Vec<(Vec<&str>, Cells)> = spec
        .output
        .by
        .iter()
        .map(|b| {
            let vars: Vec<&str> = b.iter().map(String::as_str).collect();
            let lv: Vec<&Levels> = vars.iter().map(|v| &levels[v]).collect();
            let cells = cells_of(&lv, data.n_rows);
            (vars, cells)
        })
        .collect();
    let th = &spec.output.thresholds;
    let total = spec.measures.len() * breakdowns.len();
    let mut done = 0;
    let mut estimates = Vec::new();
    let mut comparisons = Vec::new();
    let mut gap_changes = Vec::new();
    // Measures that differ only in their interval share the analysis variable and the passes
    // over the rows: each (variable definition, breakdown) is accumulated once.
    let definition = |m: &MeasureSpec| {
        (
            m.kind,
            m.variable.clone(),
            m.success.clone(),
            m.exclude.clone(),
        )
    };
    let mut first_with: Vec<usize> = Vec::with_capacity(spec.measures.len());
    for (i, m) in spec.measures.iter().enumerate() {
        let same = spec.measures[..i]
            .iter()
            .position(|p| definition(p) == definition(m));
        first_with.push(same.unwrap_or(i));
    }
    let mut present_by_variable: HashMap<&str, Vec<String>> = HashMap::new();
    for m in &spec.measures {
        if m.kind != EstimandKind::Proportion {
            continue;
        }
        if let Some(v) = &m.variable {
            let present = present_by_variable
                .entry(v.as_str())
                .or_insert_with(|| variable::present_values(data, v));
            warnings.extend(variable::code_warnings(m, present));
        }
    }
    let mut shared: HashMap<(usize, usize), Breakdown<'_>> = HashMap::new();
    for (mi, measure) in spec.measures.iter().enumerate() {
        let owner = first_with[mi];
        let y = if (0..breakdowns.len()).all(|b| shared.contains_key(&(owner, b))) {
            Vec::new()
        } else {
            analysis_variable(measure, data)?
        };
        for (bi, (vars, cells)) in breakdowns.iter().enumerate() {
            let breakdown: &Breakdown<'_> = match shared.entry((owner, bi)) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => e.insert(Breakdown::new(
                    &design,
                    measure.kind,
                    &y,
                    &cells.row_cell,
                    cells.keys.len(),
                )?),
            };
            let label = |cell: usize, skip: Option<&str>| -> Vec<(String, String)> {
                by_variables
                    .iter()
                    .map(|v| {
                        let value = match vars.iter().position(|x| x == v) {
                            Some(j) if Some(v.as_str()) != skip => {
                                levels[v.as_str()].labels[cells.keys[cell][j] as usize].clone()
                            }
                            _ => ALL.to_owned(),
                        };
                        (v.clone(), value)
                    })
                    .collect()
            };
            for e in breakdown.estimates(measure.ci, th)? {
                let f = e.figures();
                estimates.push(EstimateRow {
                    measure: measure.id.clone(),
                    by: label(e.cell as usize, None),
                    n: f.map(|f| f.n),
                    sum_weights: f.map(|f| f.sum_weights),
                    estimate: f.map(|f| f.value),
                    se: f.and_then(|f| f.se),
                    ci_low: f.and_then(|f| f.ci.map(|c| c.low)),
                    ci_high: f.and_then(|f| f.ci.map(|c| c.high)),
                    ci_method: f.and_then(|f| f.ci.map(|c| ci_name(c.method).to_owned())),
                    df: f.and_then(|f| f.df),
                    deff: f.and_then(|f| f.deff),
                    cv: f.and_then(|f| f.cv),
                    status: e.status,
                    reasons: estimate_reasons(&e),
                    weighting: weighting.clone(),
                });
            }
            if let Some(c) = compare
                && let Some(j) = vars.iter().position(|v| *v == c.variable)
            {
                let labels = &levels[c.variable.as_str()].labels;
                let focal_level = labels.iter().position(|l| *l == c.focal);
                let reference_level = labels.iter().position(|l| *l == c.reference);
                // Cells of the same other-variable values, keyed without the compared variable.
                let mut partners: Vec<Partners> = Vec::new();
                for (cell, key) in cells.keys.iter().enumerate() {
                    let mut rest = key.clone();
                    let level = rest.remove(j) as usize;
                    let slot = match partners.iter().position(|p| p.0 == rest) {
                        Some(s) => s,
                        None => {
                            partners.push((rest, None, None, cell));
                            partners.len() - 1
                        }
                    };
                    if Some(level) == focal_level {
                        partners[slot].1 = Some(cell as u32);
                    } else if Some(level) == reference_level {
                        partners[slot].2 = Some(cell as u32);
                    }
                }
                if let Some(t) = &spec.output.trend
                    && let Some(jt) = vars.iter().position(|v| v == t)
                    && jt != j
                {
                    // Index of the trend variable once the compared one is removed.
                    let jt = if jt > j { jt - 1 } else { jt };
                    let mut families: Vec<(Vec<u32>, Vec<WaveCells>)> = Vec::new();
                    for (rest, focal, reference, any_cell) in &partners {
                        let (Some(f), Some(r)) = (focal, reference) else {
                            continue;
                        };
                        let mut others = rest.clone();
                        let level = others.remove(jt);
                        match families.iter_mut().find(|x| x.0 == others) {
                            Some(family) => family.1.push((level, *f, *r, *any_cell)),
                            None => families.push((others, vec![(level, *f, *r, *any_cell)])),
                        }
                    }
                    let trend_labels = &levels[t.as_str()].labels;
                    for (_, mut waves) in families {
                        if waves.len() < 2 {
                            continue;
                        }
                        waves.sort_by_key(|w| w.0);
                        let (first, last) = (waves[0], waves[waves.len() - 1]);
                        let change =
                            breakdown.gap_change((first.1, first.2), (last.1, last.2), th)?;
                        let fig = change.figures();
                        let mut by = label(first.3, Some(c.variable.as_str()));
                        for (name, value) in &mut by {
                            if name == t {
                                *value = ALL.to_owned();
                            }
                        }
                        gap_changes.push(GapChangeRow {
                            measure: measure.id.clone(),
                            by,
                            earlier: trend_labels[first.0 as usize].clone(),
                            later: trend_labels[last.0 as usize].clone(),
                            gap_earlier: fig.map(|x| x.gap_earlier),
                            gap_later: fig.map(|x| x.gap_later),
                            change: fig.map(|x| x.change),
                            se: fig.and_then(|x| x.se),
                            ci_low: fig.and_then(|x| x.ci_t.map(|i| i.low)),
                            ci_high: fig.and_then(|x| x.ci_t.map(|i| i.high)),
                            closing: fig.map(|x| x.closing),
                            significant: fig.and_then(|x| x.significant),
                            status: change.status,
                            reasons: gap_change_reasons(&change),
                            weighting: weighting.clone(),
                        });
                    }
                }
                for (_, focal, reference, any_cell) in partners {
                    let by = label(any_cell, Some(c.variable.as_str()));
                    let row = match (focal, reference) {
                        (Some(f), Some(r)) => {
                            let cmp = breakdown.compare(f, r, measure.ci, th)?;
                            let fig = cmp.figures();
                            ComparisonRow {
                                measure: measure.id.clone(),
                                by,
                                focal: c.focal.clone(),
                                reference: c.reference.clone(),
                                estimate_focal: fig.map(|x| x.focal_value),
                                estimate_reference: fig.map(|x| x.reference_value),
                                difference: fig.map(|x| x.difference),
                                se: fig.and_then(|x| x.se),
                                ci_low: fig.and_then(|x| x.ci_t.map(|i| i.low)),
                                ci_high: fig.and_then(|x| x.ci_t.map(|i| i.high)),
                                ratio: fig.and_then(|x| x.ratio),
                                status: cmp.status,
                                reasons: comparison_reasons(&cmp),
                                weighting: weighting.clone(),
                            }
                        }
                        // One group has nobody in this cell: nothing to compare or publish.
                        _ => ComparisonRow {
                            measure: measure.id.clone(),
                            by,
                            focal: c.focal.clone(),
                            reference: c.reference.clone(),
                            estimate_focal: None,
                            estimate_reference: None,
                            difference: None,
                            se: None,
                            ci_low: None,
                            ci_high: None,
                            ratio: None,
                            status: Status::Suppressed,
                            reasons: vec![Reason::GroupAbsent],
                            weighting: weighting.clone(),
                        },
                    };
                    comparisons.push(row);
                }
            }
            done += 1;
            progress(done, total);
        }
    }
    Ok(Report {
        by_variables,
        estimates,
        comparisons,
        gap_changes,
        thresholds: *th,
        warnings,
        weightings: weighted.map(|w| w.report).into_iter().collect(),
    })
}
