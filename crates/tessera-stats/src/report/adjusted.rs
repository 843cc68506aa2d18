//! Regression-adjusted gaps in a report: for each comparison whose spec lists `adjust`
//! covariates, the focal − reference gap after accounting for them, in every cell of the other
//! breakdown variables (predictive margins of a design-based logistic model for a proportion,
//! the group's coefficient in a linear model for a mean; `crate::glm::margins`).

use serde::{Deserialize, Serialize};
use tessera_data::MISSING_CODE;

use super::compare::Context;
use super::levels::Levels;
use super::rows::ComparisonRow;
use crate::design::Design;
use crate::estimate::{EstimandKind, Status};
use crate::glm::margins::{AdjustedGapSpec, adjusted_gap};
use crate::glm::{Family, GlmControl, indicator_terms};
use crate::reason::Reason;
use crate::spec::CompareSpec;

/// One regression-adjusted gap: focal minus reference after accounting for covariates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdjustedGapRow {
    /// The measure id.
    pub measure: String,
    /// For a distribution measure, the category compared.
    #[serde(default)]
    pub category: Option<String>,
    /// The other breakdown variables' values, as in the comparison rows.
    pub by: Vec<(String, String)>,
    /// The focal value.
    pub focal: String,
    /// The reference value.
    pub reference: String,
    /// The covariates accounted for, in spec order.
    pub adjusted_for: Vec<String>,
    /// `logistic_margins` (proportions) or `linear` (means).
    pub method: String,
    /// The focal group's predictive margin.
    pub estimate_focal: Option<f64>,
    /// The reference group's predictive margin.
    pub estimate_reference: Option<f64>,
    /// The adjusted gap.
    pub difference: Option<f64>,
    /// Its design-based standard error.
    pub se: Option<f64>,
    /// Wald t interval.
    pub ci_low: Option<f64>,
    /// Upper bound.
    pub ci_high: Option<f64>,
    /// Degrees of freedom of the interval.
    pub df: Option<f64>,
    /// Two-sided p-value of "no adjusted gap".
    pub p_value: Option<f64>,
    /// Rows of the focal group in the model.
    pub n_focal: u64,
    /// Rows of the reference group in the model.
    pub n_reference: u64,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
    /// Why the status is not `ok`.
    #[serde(default)]
    pub reasons: Vec<Reason>,
    /// Why the model could not be estimated, in words (with `model_not_estimable`).
    #[serde(default)]
    pub message: Option<String>,
    /// The weighting the figures use; `None` for the design's own weights.
    #[serde(default)]
    pub weighting: Option<String>,
}

impl AdjustedGapRow {
    /// The reasons as one CSV cell, empty when the status is `ok`.
    #[must_use]
    pub fn reason(&self) -> String {
        Reason::join(&self.reasons)
    }
}

/// A covariate's levels by row (`MISSING_CODE` = blank: the row is left out of the model).
pub(crate) struct Covariate<'a> {
    pub(crate) name: &'a str,
    pub(crate) levels: &'a Levels,
}

impl Context<'_> {
    /// The adjusted gaps of one comparison in every cell of the other breakdown variables,
    /// beside its unadjusted rows.
    #[expect(
        clippy::too_many_arguments,
        reason = "the measure's data, design and covariates are separate inputs"
    )]
    pub(crate) fn adjusted(
        &self,
        design: &Design,
        kind: EstimandKind,
        y: &[f64],
        c: &CompareSpec,
        covariates: &[Covariate<'_>],
        raw: &[ComparisonRow],
        out: &mut Vec<AdjustedGapRow>,
    ) {
        let family = match kind {
            EstimandKind::Proportion => Family::Binomial,
            EstimandKind::Mean => Family::Gaussian,
            EstimandKind::Total => return,
        };
        let Some(j) = self.vars.iter().position(|v| *v == c.variable) else {
            return;
        };
        let Some(fl) = self.level_of(&c.variable, &c.focal) else {
            return;
        };
        let Some(rl) = self.level_of(&c.variable, &c.reference) else {
            return;
        };
        let n = y.len();
        for g in self.groups(&[j]) {
            let by = self.label(g.any, &[c.variable.as_str()]);
            let cell = |level: u32| g.cells.iter().find(|(k, _)| k[0] == level).map(|x| x.1);
            let mut row = AdjustedGapRow {
                measure: self.measure.to_owned(),
                category: self.category.map(str::to_owned),
                by: by.clone(),
                focal: c.focal.clone(),
                reference: c.reference.clone(),
                adjusted_for: c.adjust.clone(),
                method: match family {
                    Family::Binomial => "logistic_margins",
                    Family::Gaussian => "linear",
                }
                .to_owned(),
                estimate_focal: None,
                estimate_reference: None,
                difference: None,
                se: None,
                ci_low: None,
                ci_high: None,
                df: None,
                p_value: None,
                n_focal: 0,
                n_reference: 0,
                status: Status::Suppressed,
                reasons: vec![Reason::GroupAbsent],
                message: None,
                weighting: self.weighting.map(str::to_owned),
            };
            // The unadjusted comparison of the same cell decides publication: an adjusted gap
            // is never shown where the raw one is suppressed.
            let raw_status = raw
                .iter()
                .find(|r| {
                    r.measure == self.measure
                        && r.category.as_deref() == self.category
                        && r.focal == c.focal
                        && r.reference == c.reference
                        && r.by == by
                        && r.adjustment.is_none()
                })
                .map(|r| (r.status, r.reasons.clone()));
            let (Some(f), Some(r)) = (cell(fl), cell(rl)) else {
                out.push(row);
                continue;
            };
            if let Some((Status::Suppressed, reasons)) = &raw_status {
                row.reasons.clone_from(reasons);
                out.push(row);
                continue;
            }
            let complete = |k: usize| {
                !y[k].is_nan()
                    && covariates
                        .iter()
                        .all(|cv| cv.levels.index[k] != MISSING_CODE)
            };
            let group: Vec<Option<bool>> = (0..n)
                .map(|k| {
                    let rc = self.cells.row_cell[k];
                    if rc == f && complete(k) {
                        Some(true)
                    } else if rc == r && complete(k) {
                        Some(false)
                    } else {
                        None
                    }
                })
                .collect();
            let in_model: Vec<bool> = group.iter().map(Option::is_some).collect();
            row.n_focal = group.iter().filter(|g| **g == Some(true)).count() as u64;
            row.n_reference = group.iter().filter(|g| **g == Some(false)).count() as u64;
            if row.n_focal < self.th.min_cell || row.n_reference < self.th.min_cell {
                row.reasons = vec![Reason::SmallCell];
                out.push(row);
                continue;
            }
            let mut terms = Vec::new();
            for cv in covariates {
                let codes: Vec<Option<u32>> = cv
                    .levels
                    .index
                    .iter()
                    .map(|&l| (l != MISSING_CODE).then_some(l))
                    .collect();
                terms.extend(indicator_terms(
                    cv.name,
                    &codes,
                    &cv.levels.labels,
                    Some(&in_model),
                ));
            }
            let spec = AdjustedGapSpec {
                response: y,
                group: &group,
                covariates: &terms,
                family,
                domain: None,
                control: GlmControl::default(),
            };
            match adjusted_gap(design, &spec, self.th.confidence) {
                Ok(a) => {
                    row.estimate_focal = Some(a.focal_margin);
                    row.estimate_reference = Some(a.reference_margin);
                    row.difference = Some(a.gap);
                    row.se = Some(a.se);
                    row.df = Some(a.df);
                    if a.df > 0.0 {
                        row.ci_low = Some(a.ci.low);
                        row.ci_high = Some(a.ci.high);
                        row.p_value = Some(a.p_value);
                        row.status = raw_status.as_ref().map_or(Status::Ok, |s| s.0);
                        row.reasons = raw_status.map(|s| s.1).unwrap_or_default();
                    } else {
                        row.status = Status::Unreliable;
                        row.reasons = vec![Reason::NoDegreesOfFreedom];
                    }
                }
                Err(e) => {
                    row.reasons = vec![Reason::ModelNotEstimable];
                    row.message = Some(e.to_string());
                }
            }
            out.push(row);
        }
    }
}
