//! Runs an [`EstimateSpec`] on a dataset and produces tidy rows: one per measure × breakdown
//! cell, and one per two-way comparison. Suppressed rows carry no figures.

mod adjusted;
mod analyses;
mod compare;
mod derive;
mod design;
mod levels;
mod rows;
mod variable;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use tessera_data::{Column, ColumnValues, Dataset, MISSING_CODE};

use crate::breakdown::Breakdown;
use crate::compare::{Comparison, ComparisonOutcome, GapChange, GapChangeOutcome};
use crate::estimate::{EstimandKind, Estimate, NO_CELL, Outcome};
use crate::interval::CiMethod;
use crate::reason::Reason;
use crate::spec::{EstimateSpec, MeasureSpec};
use crate::warning::Warning;

pub use adjusted::AdjustedGapRow;
pub use analyses::{AssociationRow, QuantileRow, RatioRow};
pub use design::design_for;
pub use levels::NOT_STATED;
use levels::{Cells, Levels, cells_of, levels_of};
pub use rows::{Adjustment, ComparisonRow, ContrastRow, EstimateRow, GapChangeRow, GapTrendRow};
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
    /// A derived variable has the name of a column of the data.
    #[error("[[derive]] {name:?}: the data already have a variable of that name; choose another")]
    DerivedExists {
        /// The name.
        name: String,
    },
    /// The filters leave no row.
    #[error("[[filter]] selects nobody ({description}); check the values against the data")]
    EmptyFilter {
        /// The conditions in words.
        description: String,
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
    /// The linear trend of each gap across the trend variable's values.
    #[serde(default)]
    pub gap_trends: Vec<GapTrendRow>,
    /// General linear contrasts.
    #[serde(default)]
    pub contrasts: Vec<ContrastRow>,
    /// Regression-adjusted gaps, for comparisons with `adjust` covariates.
    #[serde(default)]
    pub adjusted_gaps: Vec<AdjustedGapRow>,
    /// `[[quantile]]` rows, in every cell of every breakdown.
    #[serde(default)]
    pub quantiles: Vec<QuantileRow>,
    /// `[[ratio]]` rows.
    #[serde(default)]
    pub ratios: Vec<RatioRow>,
    /// `[[association]]` rows (Rao–Scott tests).
    #[serde(default)]
    pub associations: Vec<AssociationRow>,
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
            merged.gap_trends.extend(next.gap_trends);
            merged.contrasts.extend(next.contrasts);
            merged.adjusted_gaps.extend(next.adjusted_gaps);
            merged.quantiles.extend(next.quantiles);
            merged.ratios.extend(next.ratios);
            merged.associations.extend(next.associations);
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
        merged.gap_trends.iter_mut().for_each(|r| align(&mut r.by));
        merged.contrasts.iter_mut().for_each(|r| align(&mut r.by));
        merged
            .adjusted_gaps
            .iter_mut()
            .for_each(|r| align(&mut r.by));
        merged.quantiles.iter_mut().for_each(|r| align(&mut r.by));
        merged.ratios.iter_mut().for_each(|r| align(&mut r.by));
        merged
            .associations
            .iter_mut()
            .for_each(|r| align(&mut r.by));
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
pub(crate) fn comparison_reasons(c: &Comparison) -> Vec<Reason> {
    match &c.outcome {
        ComparisonOutcome::Reported { reasons, .. } => reasons.iter().map(|&r| r.into()).collect(),
        ComparisonOutcome::Suppressed { reason } => vec![(*reason).into()],
    }
}

/// The reasons behind a gap change's status.
pub(crate) fn gap_change_reasons(g: &GapChange) -> Vec<Reason> {
    match &g.outcome {
        GapChangeOutcome::Reported { reasons, .. } => reasons.iter().map(|&r| r.into()).collect(),
        GapChangeOutcome::Suppressed { reason } => vec![(*reason).into()],
    }
}

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
    let derived;
    let data = if spec.derive.is_empty() {
        data
    } else {
        derived = derive::with_derived(data, &spec.derive)?;
        &derived
    };
    let (design, weighted) = weighted_design_for(spec, data, &options.weightings)?;
    let weighting = weighted.as_ref().map(|w| w.name.clone());
    let mask = derive::filter_mask(data, &spec.filters)?;
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
    let compared = spec
        .output
        .compare
        .iter()
        .map(|c| (c.variable.as_str(), "[output] compare.variable"))
        .chain(
            spec.output
                .pairwise
                .iter()
                .map(|p| (p.variable.as_str(), "[output] pairwise")),
        )
        .chain(
            spec.output
                .contrasts
                .iter()
                .map(|c| (c.variable.as_str(), "[[output.contrast]] variable")),
        );
    for (v, field) in compared {
        if !levels.contains_key(v) {
            let l = level_of(v, field, &mut warnings)?;
            levels.insert(v, l);
        }
    }
    let breakdowns: Vec<(Vec<&str>, Cells)> = spec
        .output
        .by
        .iter()
        .map(|b| {
            let vars: Vec<&str> = b.iter().map(String::as_str).collect();
            let lv: Vec<&Levels> = vars.iter().map(|v| &levels[v]).collect();
            let mut cells = cells_of(&lv, data.n_rows);
            // A filter makes the rows outside it members of no cell: domain estimation on the
            // whole design, as R's subset() of a design.
            if let Some(mask) = &mask {
                for (c, keep) in cells.row_cell.iter_mut().zip(mask) {
                    if !keep {
                        *c = NO_CELL;
                    }
                }
            }
            (vars, cells)
        })
        .collect();
    let th = &spec.output.thresholds;
    let total = spec.measures.len() * breakdowns.len();
    let mut done = 0;
    let mut estimates = Vec::new();
    let mut rows = compare::Rows::default();
    let units = units_of(spec, data)?;
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
    let mut first_with: Vec<usize> = Vec::with_capacity(units.len());
    for (i, u) in units.iter().enumerate() {
        let same = units[..i]
            .iter()
            .position(|p| definition(&p.measure) == definition(&u.measure));
        first_with.push(same.unwrap_or(i));
    }
    let mut present_by_variable: HashMap<&str, Vec<String>> = HashMap::new();
    for m in &spec.measures {
        if m.kind != EstimandKind::Proportion || m.distribution {
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
    // Covariates of adjusted comparisons: their levels, blank = missing (left out of the model).
    let mut covariate_levels: HashMap<&str, Levels> = HashMap::new();
    for c in &spec.output.compare {
        for a in &c.adjust {
            if !covariate_levels.contains_key(a.as_str()) {
                let col = column(data, a, "[output] compare.adjust")?;
                covariate_levels.insert(a.as_str(), levels_of(col));
            }
        }
    }
    let mut adjusted_gaps = Vec::new();
    let mut analysis_rows = analyses::AnalysisRows::default();
    if !spec.analyses.is_empty() {
        for (vars, cells) in &breakdowns {
            let label = |c: usize| -> Vec<(String, String)> {
                by_variables
                    .iter()
                    .map(|v| {
                        let value = match vars.iter().position(|x| x == v) {
                            Some(j) => levels[v.as_str()].labels[cells.keys[c][j] as usize].clone(),
                            None => ALL.to_owned(),
                        };
                        (v.clone(), value)
                    })
                    .collect()
            };
            analyses::run(
                &spec.analyses,
                data,
                &design,
                cells,
                th,
                &label,
                &mut analysis_rows,
            )?;
        }
    }
    for (ui, unit) in units.iter().enumerate() {
        let measure = &unit.measure;
        let owner = first_with[ui];
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
            let ctx = compare::Context {
                measure: &measure.id,
                category: unit.category.as_deref(),
                ci: measure.ci,
                th,
                weighting: weighting.as_deref(),
                by_variables: &by_variables,
                vars,
                cells,
                levels: &levels,
                trend,
            };
            for e in breakdown.estimates(measure.ci, th)? {
                let f = e.figures();
                estimates.push(EstimateRow {
                    measure: measure.id.clone(),
                    category: unit.category.clone(),
                    by: ctx.label(e.cell as usize, &[]),
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
            for c in &spec.output.compare {
                ctx.two_way(breakdown, c, &mut rows)?;
            }
            for c in spec.output.compare.iter().filter(|c| !c.adjust.is_empty()) {
                let y_model = analysis_variable(measure, data)?;
                let covariates: Vec<adjusted::Covariate<'_>> = c
                    .adjust
                    .iter()
                    .map(|a| adjusted::Covariate {
                        name: a,
                        levels: &covariate_levels[a.as_str()],
                    })
                    .collect();
                ctx.adjusted(
                    &design,
                    measure.kind,
                    &y_model,
                    c,
                    &covariates,
                    &rows.comparisons,
                    &mut adjusted_gaps,
                );
            }
            for p in &spec.output.pairwise {
                ctx.pairwise(breakdown, &p.variable, &mut rows)?;
            }
            for c in &spec.output.contrasts {
                ctx.contrast(breakdown, c, &mut rows)?;
            }
            if unit.last_of_measure {
                done += 1;
                progress(done, total);
            }
        }
    }
    Ok(Report {
        by_variables,
        estimates,
        comparisons: rows.comparisons,
        gap_changes: rows.gap_changes,
        gap_trends: rows.gap_trends,
        contrasts: rows.contrasts,
        adjusted_gaps,
        quantiles: analysis_rows.quantiles,
        ratios: analysis_rows.ratios,
        associations: analysis_rows.associations,
        thresholds: *th,
        warnings,
        weightings: weighted.map(|w| w.report).into_iter().collect(),
    })
}

/// One measure as estimated: a measure of the spec, or one category of a distribution.
struct Unit {
    measure: MeasureSpec,
    category: Option<String>,
    /// The last unit of its spec measure (for progress).
    last_of_measure: bool,
}

/// The spec's measures with every distribution expanded into one proportion per category
/// (the values that occur, in sorted order, without the excluded codes), as
/// `svymean(~factor(x))` on the rows where x is valid.
fn units_of(spec: &EstimateSpec, data: &Dataset) -> Result<Vec<Unit>, ReportError> {
    let mut units = Vec::new();
    for m in &spec.measures {
        if !m.distribution {
            units.push(Unit {
                measure: m.clone(),
                category: None,
                last_of_measure: true,
            });
            continue;
        }
        let Some(v) = &m.variable else {
            continue;
        };
        let col = column(data, v, &format!("measure {:?}.variable", m.id))?;
        let levels = levels_of(col);
        let mut used = vec![false; levels.labels.len()];
        for &l in &levels.index {
            if l != MISSING_CODE {
                used[l as usize] = true;
            }
        }
        let categories: Vec<&String> = levels
            .labels
            .iter()
            .zip(used)
            .filter(|(l, u)| *u && !m.exclude.contains(l))
            .map(|(l, _)| l)
            .collect();
        let n = categories.len();
        for (i, c) in categories.into_iter().enumerate() {
            let mut measure = m.clone();
            measure.success = vec![c.clone()];
            measure.distribution = false;
            units.push(Unit {
                measure,
                category: Some(c.clone()),
                last_of_measure: i + 1 == n,
            });
        }
    }
    Ok(units)
}
