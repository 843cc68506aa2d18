//! Weighting a survey to population margins: post-stratification, raking, and linear, raking
//! or logit calibration with bounds, then optional trimming, as R `survey` 4.1-1's
//! `postStratify()`, `rake()`, `calibrate()` and `trimWeights()` do. A weighting is named and
//! serialisable ([`Weighting`]); applying it to a design gives the new weights, a report and a
//! design whose variances use the calibration's residuals, so standard errors equal R's.
//! Nothing is changed unless the whole weighting succeeds. The margins file format is in
//! `docs/weighting.md`.

mod calibrate;
mod margins;
mod rake;
mod summary;
mod trim;

use serde::{Deserialize, Serialize};
use tessera_data::Dataset;

use crate::calibration::Calibration;
use crate::design::Design;
use crate::error::StatsError;

pub use calibrate::CalibrationFunction;
pub use margins::{Margin, MarginCell, TOTAL, Targets, margins_from_csv};
pub use summary::{EXTREME_RATIO, ExtremeRow, MarginCheck, Spread, WeightingReport};

use calibrate::ModelMatrix;
use margins::Matched;

/// How the weights are adjusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeightingMethod {
    /// Post-stratification to one margin (which may cross several variables): R `postStratify`.
    PostStratify,
    /// Raking: post-stratification to each margin in turn until the weights settle: R `rake`.
    Rake,
    /// Linear (GREG) calibration: R `calibrate(calfun = "linear")`.
    CalibrateLinear,
    /// Calibration with the raking distance: R `calibrate(calfun = "raking")`.
    CalibrateRaking,
    /// Calibration with the logit distance (needs bounds): R `calibrate(calfun = "logit")`.
    CalibrateLogit,
}

impl WeightingMethod {
    fn calibration_function(self) -> Option<CalibrationFunction> {
        match self {
            Self::CalibrateLinear => Some(CalibrationFunction::Linear),
            Self::CalibrateRaking => Some(CalibrationFunction::Raking),
            Self::CalibrateLogit => Some(CalibrationFunction::Logit),
            Self::PostStratify | Self::Rake => None,
        }
    }
}

/// Convergence control, bounds and trimming.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WeightingOptions {
    /// Most raking passes or Newton steps (default 50).
    pub max_iterations: Option<u32>,
    /// Convergence: for raking, the largest change of the joint weighted table between passes
    /// (below 1: relative to the total weight; default 1e-7); for calibration, the largest
    /// |Σ w x − T| / (1 + |T|) (default 1e-7, R's).
    pub epsilon: Option<f64>,
    /// Bounds [L, U] on the adjustment factors g = w / w₀ (calibration only).
    pub bounds: Option<[f64; 2]>,
    /// Trim the final weights to [lower, upper] (R `trimWeights`).
    pub trim: Option<[f64; 2]>,
    /// Repeat trimming until no weight is outside the bounds.
    pub trim_strict: bool,
    /// Rescale every margin of counts to this population total (so margins may be given as
    /// shares or percentages).
    pub population_total: Option<f64>,
}

/// A named weighting: how a dataset's weights are adjusted to population margins.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Weighting {
    /// The name every figure computed with it carries, e.g. `census-2021`.
    pub name: String,
    /// The method.
    pub method: WeightingMethod,
    /// The population margins.
    pub margins: Vec<Margin>,
    /// Convergence, bounds and trimming.
    #[serde(default)]
    pub options: WeightingOptions,
}

/// Why a weighting could not be applied. Nothing is changed when one is returned.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WeightingError {
    /// A margins file could not be read.
    #[error("{file}, line {line}: {message}")]
    MarginsFile {
        /// The file as shown to people.
        file: String,
        /// 1-based line.
        line: u64,
        /// What was wrong.
        message: String,
    },
    /// A margin names a variable the data do not have.
    #[error("margin {margin:?} names the variable {variable:?}, which is not in the data")]
    UnknownVariable {
        /// The margin.
        margin: String,
        /// The variable.
        variable: String,
    },
    /// Rows with a blank value of a margin's variable cannot be weighted.
    #[error(
        "margin {margin:?}: {count} row(s) have no value ({}); every row needs one to be weighted — fill them in or leave those rows out",
        rows.iter().map(|r| format!("row {r}")).collect::<Vec<_>>().join(", ")
    )]
    BlankValues {
        /// The margin.
        margin: String,
        /// First rows, 1-based.
        rows: Vec<usize>,
        /// How many rows.
        count: usize,
    },
    /// A numeric total's variable holds text.
    #[error(
        "margin {margin:?}: {variable:?} must hold numbers for a total, but row {row} does not"
    )]
    NotNumeric {
        /// The margin.
        margin: String,
        /// The variable.
        variable: String,
        /// 1-based row.
        row: usize,
    },
    /// The data hold a category the margin does not give.
    #[error(
        "margin {margin:?} has no target for {value:?}, which {count} row(s) have ({}); add it to the margins (or merge it with another category in the data)",
        rows.iter().map(|r| format!("row {r}")).collect::<Vec<_>>().join(", ")
    )]
    MissingCategory {
        /// The margin.
        margin: String,
        /// The values, joined by ` × `.
        value: String,
        /// First rows, 1-based.
        rows: Vec<usize>,
        /// How many rows.
        count: usize,
    },
    /// A category with a population target has nobody in the sample.
    #[error(
        "margin {margin:?}: nobody in the sample is in {value:?}, whose target is {target}; the margin cannot be met — merge the category with a neighbour"
    )]
    EmptyCategory {
        /// The margin.
        margin: String,
        /// The category.
        value: String,
        /// Its target.
        target: f64,
    },
    /// A category that has respondents has a target of 0: their weights would be 0.
    #[error(
        "margin {margin:?}: the target of {value:?} is 0 but the sample has respondents there; their weights would be 0"
    )]
    ZeroTarget {
        /// The margin.
        margin: String,
        /// The category.
        value: String,
    },
    /// Margins whose totals differ cannot all be met.
    #[error(
        "the margins cannot all be met: {first:?} adds up to {first_total} but {other:?} to {other_total}; every margin must describe the same population (or set population_total to rescale them)"
    )]
    InconsistentTotals {
        /// One margin.
        first: String,
        /// Its total.
        first_total: f64,
        /// Another margin.
        other: String,
        /// Its total.
        other_total: f64,
    },
    /// Iterations did not converge.
    #[error(
        "{method} did not converge in {iterations} iterations (still {achieved:e} off); raise max_iterations, loosen the bounds, or check that the margins can be met together"
    )]
    NotConverged {
        /// Raking or calibration.
        method: &'static str,
        /// Iterations done.
        iterations: u32,
        /// How far from the targets (relative).
        achieved: f64,
    },
    /// The margins do not suit the method.
    #[error("{0}")]
    Unsuitable(String),
    /// An option is out of range.
    #[error("{0}")]
    InvalidOption(String),
    /// The weighting gives weights of 0 or less (linear calibration can).
    #[error(
        "the weighting gives {count} row(s) a weight of 0 or less (first: row {first_row}); use bounds, or calibrate_raking, which keeps weights positive"
    )]
    NonPositiveWeights {
        /// How many rows.
        count: usize,
        /// The first such row, 1-based.
        first_row: usize,
    },
    /// The design could not take the weights.
    #[error("the weighted design is not valid: {0}")]
    Design(#[from] StatsError),
}

/// A margin of counts matched to the data: each row's category, and the categories' targets.
type CategoryTargets<'a> = (&'a [u32], &'a [f64]);

/// The outcome of a calibration method: weights and the steps for the variance.
pub(crate) struct Fitted {
    pub(crate) weights: Vec<f64>,
    pub(crate) calibration: Calibration,
    pub(crate) iterations: u32,
}

/// A weighting applied to a design: the new weights, its report, and the weighted design.
#[derive(Debug, Clone)]
pub struct Weighted {
    /// The weighting's name.
    pub name: String,
    /// The final weight of every row.
    pub weights: Vec<f64>,
    /// What the weighting did.
    pub report: WeightingReport,
    design: Design,
}

impl Weighted {
    /// The design with the new weights, whose variances use the calibration's residuals.
    #[must_use]
    pub fn design(&self) -> &Design {
        &self.design
    }
}

impl Weighting {
    /// Applies the weighting to `design` (built over `data`'s rows).
    ///
    /// # Errors
    /// See [`WeightingError`]: margins that do not fit the data, that cannot all be met, an
    /// iteration that does not converge, bad options, weights of 0 or less, a replicate design.
    pub fn apply(&self, design: &Design, data: &Dataset) -> Result<Weighted, WeightingError> {
        if design.has_replicates() {
            return Err(WeightingError::Unsuitable(
                "weighting a design with replicate weights is not supported yet: weight the design with strata and PSUs".into(),
            ));
        }
        if data.n_rows != design.n_rows() {
            return Err(WeightingError::Design(StatsError::LengthMismatch {
                column: "data rows",
                expected: design.n_rows(),
                found: data.n_rows,
            }));
        }
        let o = &self.options;
        let max_iterations = o.max_iterations.unwrap_or(50);
        let epsilon = o.epsilon.unwrap_or(1e-7);
        if max_iterations == 0 || !(epsilon > 0.0 && epsilon.is_finite()) {
            return Err(WeightingError::InvalidOption(
                "max_iterations must be at least 1 and epsilon above 0".into(),
            ));
        }
        if self.margins.is_empty() {
            return Err(WeightingError::Unsuitable(
                "a weighting needs at least one margin".into(),
            ));
        }
        let mut margins = self.margins.clone();
        if let Some(total) = o.population_total {
            if !(total > 0.0 && total.is_finite()) {
                return Err(WeightingError::InvalidOption(
                    "population_total must be a number above 0".into(),
                ));
            }
            for m in &mut margins {
                let sum = m.total();
                if let Targets::Counts(cells) = &mut m.targets {
                    for c in cells {
                        c.target *= total / sum;
                    }
                }
            }
        }
        let counts: Vec<&Margin> = margins
            .iter()
            .filter(|m| matches!(m.targets, Targets::Counts(_)))
            .collect();
        if let Some(first) = counts.first() {
            for other in &counts[1..] {
                let (a, b) = (first.total(), other.total());
                if (a - b).abs() > 1e-6 * a.abs().max(b.abs()) {
                    return Err(WeightingError::InconsistentTotals {
                        first: first.name.clone(),
                        first_total: a,
                        other: other.name.clone(),
                        other_total: b,
                    });
                }
            }
        }
        let matched: Vec<Matched> = margins
            .iter()
            .map(|m| m.matched(data))
            .collect::<Result<_, _>>()?;
        let w0 = design.weights().to_vec();
        let categorical = || -> Result<Vec<CategoryTargets<'_>>, WeightingError> {
            matched
                .iter()
                .zip(&margins)
                .map(|(m, margin)| match m {
                    Matched::Counts { cat, targets, .. } => Ok((cat.as_slice(), targets.as_slice())),
                    Matched::Total { .. } => Err(WeightingError::Unsuitable(format!(
                        "margin {:?} is a total of a numeric variable; only calibration can use totals",
                        margin.name
                    ))),
                })
                .collect()
        };
        let mut fitted = match self.method {
            WeightingMethod::PostStratify => {
                let cats = categorical()?;
                if cats.len() != 1 {
                    return Err(WeightingError::Unsuitable(
                        "post-stratification uses one margin (it may cross several variables); use rake or calibrate for several".into(),
                    ));
                }
                rake::post_stratify(&w0, cats[0].0, cats[0].1)
            }
            WeightingMethod::Rake => rake::rake(&w0, &categorical()?, max_iterations, epsilon)?,
            method => {
                let function = method
                    .calibration_function()
                    .unwrap_or(CalibrationFunction::Linear);
                let bounds = match o.bounds {
                    Some([l, u]) => {
                        if !(l < 1.0 && u > 1.0) {
                            return Err(WeightingError::InvalidOption(format!(
                                "bounds [{l}, {u}] must have the lower below 1 and the upper above 1"
                            )));
                        }
                        (l, u)
                    }
                    None if function == CalibrationFunction::Logit => {
                        return Err(WeightingError::InvalidOption(
                            "calibrate_logit needs finite bounds, e.g. bounds = [0.5, 2.0]".into(),
                        ));
                    }
                    None => (f64::NEG_INFINITY, f64::INFINITY),
                };
                let mm = model_matrix(&matched, &margins)?;
                calibrate::calibrate(&w0, &mm, function, bounds, max_iterations, epsilon)?
            }
        };
        let mut trimmed_rows = 0;
        if let Some([lower, upper]) = o.trim {
            if !(lower < upper && lower.is_finite() && upper > 0.0) {
                return Err(WeightingError::InvalidOption(format!(
                    "trim [{lower}, {upper}] must have the lower bound below the upper"
                )));
            }
            trimmed_rows = trim::trim(&mut fitted.weights, lower, upper, o.trim_strict)?;
        }
        let bad: Vec<usize> = fitted
            .weights
            .iter()
            .enumerate()
            .filter(|(_, w)| !(w.is_finite() && **w > 0.0))
            .map(|(i, _)| i + 1)
            .collect();
        if let Some(&first_row) = bad.first() {
            return Err(WeightingError::NonPositiveWeights {
                count: bad.len(),
                first_row,
            });
        }
        let report = self.report(&matched, &margins, &w0, &fitted, trimmed_rows);
        let weighted = design.with_calibration(fitted.weights.clone(), fitted.calibration)?;
        Ok(Weighted {
            name: self.name.clone(),
            weights: fitted.weights,
            report,
            design: weighted,
        })
    }

    fn report(
        &self,
        matched: &[Matched],
        margins: &[Margin],
        w0: &[f64],
        fitted: &Fitted,
        trimmed_rows: usize,
    ) -> WeightingReport {
        let w = &fitted.weights;
        let mut checks = Vec::new();
        for (m, margin) in matched.iter().zip(margins) {
            match m {
                Matched::Counts {
                    cat,
                    targets,
                    labels,
                } => {
                    let mut before = vec![0.0; targets.len()];
                    let mut after = vec![0.0; targets.len()];
                    let mut rows = vec![0usize; targets.len()];
                    for (r, &c) in cat.iter().enumerate() {
                        before[c as usize] += w0[r];
                        after[c as usize] += w[r];
                        rows[c as usize] += 1;
                    }
                    for i in 0..targets.len() {
                        checks.push(MarginCheck {
                            margin: margin.name.clone(),
                            category: labels[i].clone(),
                            target: targets[i],
                            before: before[i],
                            achieved: after[i],
                            rows: rows[i],
                        });
                    }
                }
                Matched::Total { x, target } => checks.push(MarginCheck {
                    margin: margin.name.clone(),
                    category: margin.variables[0].clone(),
                    target: *target,
                    before: x.iter().zip(w0).map(|(a, b)| a * b).sum(),
                    achieved: x.iter().zip(w).map(|(a, b)| a * b).sum(),
                    rows: x.len(),
                }),
            }
        }
        let worst_relative_miss = checks
            .iter()
            .filter(|c| c.target != 0.0)
            .map(|c| ((c.achieved - c.target) / c.target).abs())
            .fold(0.0, f64::max);
        let factors: Vec<f64> = w.iter().zip(w0).map(|(a, b)| a / b).collect();
        let weights = Spread::of(w);
        let (extreme_rows, extreme_count) = summary::extremes(w, w0, weights.median);
        WeightingReport {
            name: self.name.clone(),
            iterations: fitted.iterations,
            margins: checks,
            worst_relative_miss,
            factors: Spread::of(&factors),
            weights,
            kish_deff: summary::kish(w),
            kish_deff_before: summary::kish(w0),
            extreme_rows,
            extreme_count,
            trimmed_rows,
        }
    }
}

/// Calibration's model matrix: an intercept (the population size, from the margins of
/// counts), then per margin of counts an indicator of every category but the first, and per
/// total its variable. The columns span the same space as R's `calibrate(formula = list(…))`,
/// so the calibrated weights are the same.
fn model_matrix(matched: &[Matched], margins: &[Margin]) -> Result<ModelMatrix, WeightingError> {
    let size = margins
        .iter()
        .find(|m| matches!(m.targets, Targets::Counts(_)))
        .map(Margin::total)
        .ok_or_else(|| {
            WeightingError::Unsuitable(
                "calibration needs the population size: give at least one margin of counts".into(),
            )
        })?;
    let n = match &matched[0] {
        Matched::Counts { cat, .. } => cat.len(),
        Matched::Total { x, .. } => x.len(),
    };
    let mut columns: Vec<Vec<f64>> = vec![vec![1.0; n]];
    let mut totals = vec![size];
    for m in matched {
        match m {
            Matched::Counts { cat, targets, .. } => {
                for (c, &t) in targets.iter().enumerate().skip(1) {
                    let col: Vec<f64> = cat
                        .iter()
                        .map(|&x| f64::from(u8::from(x as usize == c)))
                        .collect();
                    columns.push(col);
                    totals.push(t);
                }
            }
            Matched::Total { x, target } => {
                columns.push(x.clone());
                totals.push(*target);
            }
        }
    }
    let k = columns.len();
    let mut x = Vec::with_capacity(n * k);
    for r in 0..n {
        for col in &columns {
            x.push(col[r]);
        }
    }
    Ok(ModelMatrix { x, k, totals })
}
