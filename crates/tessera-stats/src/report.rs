//! Runs an [`EstimateSpec`] on a dataset and produces tidy rows: one per measure × breakdown
//! cell, and one per two-way comparison. Suppressed rows carry no figures.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use tessera_data::{Column, ColumnValues, Dataset, MISSING_CODE};

use crate::design::{Design, DesignSpec, IntMap};
use crate::estimate::{Breakdown, EstimandKind, NO_CELL, Status};
use crate::interval::CiMethod;
use crate::spec::{EstimateSpec, MeasureSpec};

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
    /// The design could not be built (bad weights, a lonely PSU with `fail`…).
    #[error("the design is not valid: {0}")]
    Design(#[from] crate::StatsError),
}

/// One estimate row of the tidy output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EstimateRow {
    /// The measure id.
    pub measure: String,
    /// The value of each breakdown variable, in the spec's order; [`ALL`] where not split.
    pub by: Vec<(String, String)>,
    /// Valid responses (absent when suppressed).
    pub n: Option<u64>,
    /// Sum of weights of the valid responses (absent when suppressed).
    pub sum_weights: Option<f64>,
    /// The estimate.
    pub estimate: Option<f64>,
    /// Its standard error.
    pub se: Option<f64>,
    /// Interval bounds.
    pub ci_low: Option<f64>,
    /// Interval bounds.
    pub ci_high: Option<f64>,
    /// The interval method actually used.
    pub ci_method: Option<String>,
    /// Degrees of freedom.
    pub df: Option<f64>,
    /// Design effect.
    pub deff: Option<f64>,
    /// Coefficient of variation.
    pub cv: Option<f64>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
}

/// One two-way comparison row: focal minus reference within a cell of the other variables.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComparisonRow {
    /// The measure id.
    pub measure: String,
    /// The other breakdown variables' values; [`ALL`] where not split; the compared variable is
    /// [`ALL`] too.
    pub by: Vec<(String, String)>,
    /// The focal value, e.g. `newcomer`.
    pub focal: String,
    /// The reference value, e.g. `settled`.
    pub reference: String,
    /// The focal group's estimate.
    pub estimate_focal: Option<f64>,
    /// The reference group's estimate.
    pub estimate_reference: Option<f64>,
    /// Focal minus reference.
    pub difference: Option<f64>,
    /// Its standard error, counting the covariance through shared PSUs.
    pub se: Option<f64>,
    /// Wald interval with t on the compared cells' degrees of freedom.
    pub ci_low: Option<f64>,
    /// Upper bound.
    pub ci_high: Option<f64>,
    /// Focal divided by reference.
    pub ratio: Option<f64>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
}

/// The change of a gap (focal − reference) from the first to the last value of the trend
/// variable (e.g. wave), within a cell of the other variables: is the gap closing?
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GapChangeRow {
    /// The measure id.
    pub measure: String,
    /// The other breakdown variables' values; the trend and compared variables are [`ALL`].
    pub by: Vec<(String, String)>,
    /// The first value of the trend variable with both groups present.
    pub earlier: String,
    /// The last such value.
    pub later: String,
    /// The gap then.
    pub gap_earlier: Option<f64>,
    /// The gap now.
    pub gap_later: Option<f64>,
    /// gap_later − gap_earlier.
    pub change: Option<f64>,
    /// Its standard error, all four cells' covariances included.
    pub se: Option<f64>,
    /// Wald interval with t.
    pub ci_low: Option<f64>,
    /// Upper bound.
    pub ci_high: Option<f64>,
    /// Whether the gap got smaller in size.
    pub closing: Option<bool>,
    /// Whether the interval of the change excludes zero.
    pub significant: Option<bool>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
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
}

impl Report {
    /// Joins the reports of several specs run on the same data into one tidy table: breakdown
    /// columns are the union, in first-seen order, and a variable a row was not split by is
    /// [`ALL`].
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

/// A column's values as dense level indexes (sorted values), for cells and design codes.
struct Levels {
    /// Per row, the level index or `MISSING_CODE`.
    index: Vec<u32>,
    /// Level labels in sorted order.
    labels: Vec<String>,
}

fn levels_of(column: &Column) -> Levels {
    match &column.values {
        ColumnValues::Text { codes, levels } => {
            let mut order: Vec<usize> = (0..levels.len()).collect();
            order.sort_by(|&a, &b| levels[a].cmp(&levels[b]));
            let mut rank = vec![0u32; levels.len()];
            for (r, &i) in order.iter().enumerate() {
                rank[i] = r as u32;
            }
            Levels {
                index: codes
                    .iter()
                    .map(|&c| {
                        if c == MISSING_CODE {
                            MISSING_CODE
                        } else {
                            rank[c as usize]
                        }
                    })
                    .collect(),
                labels: order.iter().map(|&i| levels[i].clone()).collect(),
            }
        }
        ColumnValues::Numeric(values) => {
            // Distinct values by hashing (few of them), then sorted; no sort of every row.
            let mut first_seen: IntMap<u64, u32> = IntMap::default();
            let mut distinct: Vec<f64> = Vec::new();
            let provisional: Vec<u32> = values
                .iter()
                .map(|v| {
                    if v.is_nan() {
                        return MISSING_CODE;
                    }
                    // +0.0 and -0.0 are one value.
                    let bits = if *v == 0.0 { 0 } else { v.to_bits() };
                    *first_seen.entry(bits).or_insert_with(|| {
                        distinct.push(*v);
                        (distinct.len() - 1) as u32
                    })
                })
                .collect();
            let mut order: Vec<usize> = (0..distinct.len()).collect();
            order.sort_by(|&a, &b| distinct[a].total_cmp(&distinct[b]));
            let mut rank = vec![0u32; distinct.len()];
            for (r, &i) in order.iter().enumerate() {
                rank[i] = r as u32;
            }
            Levels {
                index: provisional
                    .iter()
                    .map(|&p| {
                        if p == MISSING_CODE {
                            MISSING_CODE
                        } else {
                            rank[p as usize]
                        }
                    })
                    .collect(),
                labels: order
                    .iter()
                    .map(|&i| tessera_data::format_number(distinct[i]))
                    .collect(),
            }
        }
    }
}

fn column<'d>(data: &'d Dataset, name: &str, field: &str) -> Result<&'d Column, ReportError> {
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

fn numeric<'d>(data: &'d Dataset, name: &str, field: &str) -> Result<&'d [f64], ReportError> {
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

/// Builds the design the spec describes over the dataset's rows.
pub fn design_for(spec: &EstimateSpec, data: &Dataset) -> Result<Design, ReportError> {
    let Some(d) = &spec.design else {
        return Ok(Design::simple_random_sample(data.n_rows)?);
    };
    let given = |s: &String| (!s.trim().is_empty()).then(|| s.clone());
    let weights = match given(&d.weight) {
        Some(w) => Some(numeric(data, &w, "[design] weight")?),
        None => None,
    };
    let codes = |name: Option<String>, field: &str| -> Result<Option<Vec<u32>>, ReportError> {
        match name {
            Some(n) => Ok(Some(levels_of(column(data, &n, field)?).index)),
            None => Ok(None),
        }
    };
    let strata = codes(given(&d.strata), "[design] strata")?;
    let psu = codes(given(&d.psu), "[design] psu")?;
    let fpc = match given(&d.fpc) {
        Some(f) => Some(numeric(data, &f, "[design] fpc")?),
        None => None,
    };
    Ok(Design::new(
        data.n_rows,
        &DesignSpec {
            weights,
            strata: strata.as_deref(),
            psu: psu.as_deref(),
            fpc,
            nest: d.nest,
            lonely_psu: d.lonely_psu,
        },
    )?)
}

/// The analysis variable of a measure: 0/1 for proportions, the value for means and totals,
/// NaN where the row is not in the base (blank, declared missing or an excluded code).
pub fn analysis_variable(measure: &MeasureSpec, data: &Dataset) -> Result<Vec<f64>, ReportError> {
    let Some(name) = &measure.variable else {
        return Ok(vec![1.0; data.n_rows]);
    };
    let field = format!("measure {:?}.variable", measure.id);
    let col = column(data, name, &field)?;
    match (&col.values, measure.kind) {
        (ColumnValues::Text { codes, levels }, EstimandKind::Proportion) => {
            let per_level: Vec<f64> = levels
                .iter()
                .map(|l| {
                    if measure.exclude.iter().any(|e| e == l) {
                        f64::NAN
                    } else if measure.success.iter().any(|s| s == l) {
                        1.0
                    } else {
                        0.0
                    }
                })
                .collect();
            Ok(codes
                .iter()
                .map(|&c| {
                    if c == MISSING_CODE {
                        f64::NAN
                    } else {
                        per_level[c as usize]
                    }
                })
                .collect())
        }
        (ColumnValues::Numeric(values), EstimandKind::Proportion) => {
            let parse = |codes: &[String]| -> Vec<f64> {
                codes
                    .iter()
                    .filter_map(|c| c.trim().parse::<f64>().ok())
                    .collect()
            };
            let (success, exclude) = (parse(&measure.success), parse(&measure.exclude));
            Ok(values
                .iter()
                .map(|&v| {
                    if v.is_nan() || exclude.contains(&v) {
                        f64::NAN
                    } else if success.contains(&v) {
                        1.0
                    } else {
                        0.0
                    }
                })
                .collect())
        }
        (ColumnValues::Numeric(values), _) => {
            let exclude: Vec<f64> = measure
                .exclude
                .iter()
                .filter_map(|c| c.trim().parse::<f64>().ok())
                .collect();
            Ok(values
                .iter()
                .map(|&v| if exclude.contains(&v) { f64::NAN } else { v })
                .collect())
        }
        (ColumnValues::Text { codes, levels }, _) => {
            // Text with only excluded codes besides numbers is fine: e.g. 0..10 plus "dont_know".
            let per_level: Result<Vec<f64>, usize> = levels
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    if measure.exclude.iter().any(|e| e == l) {
                        Ok(f64::NAN)
                    } else {
                        l.trim().parse::<f64>().map_err(|_| i)
                    }
                })
                .collect();
            match per_level {
                Ok(per_level) => Ok(codes
                    .iter()
                    .map(|&c| {
                        if c == MISSING_CODE {
                            f64::NAN
                        } else {
                            per_level[c as usize]
                        }
                    })
                    .collect()),
                Err(level) => {
                    let row = codes.iter().position(|&c| c as usize == level).unwrap_or(0);
                    Err(ReportError::NotNumeric {
                        field,
                        name: name.clone(),
                        row: row + 1,
                        value: levels[level].clone(),
                    })
                }
            }
        }
    }
}

/// Cells that share the other breakdown variables' values: (those values, the focal cell, the
/// reference cell, any cell of the group for labelling).
type Partners = (Vec<u32>, Option<u32>, Option<u32>, usize);

/// One wave's cells in a gap-change family: (trend level, focal cell, reference cell, any cell).
type WaveCells = (u32, u32, u32, usize);

/// The cells of one breakdown: per-row cell ids and each cell's value per breakdown variable.
struct Cells {
    row_cell: Vec<u32>,
    /// For each cell, the level index of each variable of the breakdown.
    keys: Vec<Vec<u32>>,
}

fn cells_of(vars: &[&Levels], n_rows: usize) -> Cells {
    // Mixed-radix key per row; cells are the keys that occur, in key (value) order.
    let mut row_key = vec![0u64; n_rows];
    let mut missing = vec![false; n_rows];
    let mut space: u64 = 1;
    for levels in vars {
        let radix = levels.labels.len() as u64;
        space = space.saturating_mul(radix.max(1));
        for (i, &l) in levels.index.iter().enumerate() {
            if l == MISSING_CODE {
                missing[i] = true;
            } else {
                row_key[i] = row_key[i] * radix + u64::from(l);
            }
        }
    }
    let keys: Vec<u64>;
    let row_cell: Vec<u32>;
    if space <= 1 << 20 {
        // Few possible cells: a table indexed by key, no sorting or hashing per row.
        let mut used = vec![false; space as usize];
        for (k, m) in row_key.iter().zip(&missing) {
            if !m {
                used[*k as usize] = true;
            }
        }
        let mut id_of = vec![NO_CELL; space as usize];
        let mut found = Vec::new();
        for (k, u) in used.iter().enumerate() {
            if *u {
                id_of[k] = found.len() as u32;
                found.push(k as u64);
            }
        }
        row_cell = row_key
            .iter()
            .zip(&missing)
            .map(|(k, &m)| if m { NO_CELL } else { id_of[*k as usize] })
            .collect();
        keys = found;
    } else {
        let mut id_of: IntMap<u64, u32> = IntMap::default();
        for (k, m) in row_key.iter().zip(&missing) {
            if !m {
                id_of.entry(*k).or_insert(0);
            }
        }
        let mut found: Vec<u64> = id_of.keys().copied().collect();
        found.sort_unstable();
        for (i, k) in found.iter().enumerate() {
            id_of.insert(*k, i as u32);
        }
        row_cell = row_key
            .iter()
            .zip(&missing)
            .map(|(k, &m)| {
                if m {
                    NO_CELL
                } else {
                    id_of.get(k).copied().unwrap_or(NO_CELL)
                }
            })
            .collect();
        keys = found;
    }
    let decoded = keys
        .iter()
        .map(|&k| {
            let mut rest = k;
            let mut parts = vec![0u32; vars.len()];
            for (j, levels) in vars.iter().enumerate().rev() {
                let radix = levels.labels.len() as u64;
                parts[j] = (rest % radix) as u32;
                rest /= radix;
            }
            parts
        })
        .collect();
    Cells {
        row_cell,
        keys: decoded,
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
pub fn run(
    spec: &EstimateSpec,
    data: &Dataset,
    mut progress: impl FnMut(usize, usize),
) -> Result<Report, ReportError> {
    let design = design_for(spec, data)?;
    let by_variables = spec.by_variables();
    let mut levels: HashMap<&str, Levels> = HashMap::new();
    for v in &by_variables {
        let col = column(data, v, "[output] by")?;
        levels.insert(v.as_str(), levels_of(col));
    }
    let compare = match &spec.output.compare {
        Some(c) => {
            let col = column(data, &c.variable, "[output] compare.variable")?;
            if !levels.contains_key(c.variable.as_str()) {
                levels.insert(c.variable.as_str(), levels_of(col));
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
    })
}
