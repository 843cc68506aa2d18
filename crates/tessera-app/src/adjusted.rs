//! Regression-adjusted gaps for the measure page: the newcomer − receiving community gap after
//! accounting for age and sex, beside the raw one (issue 16).
//!
//! The covariates are the mapping's breakdowns that are about age or sex (a column named
//! `age`, `age_band`, `age group`…, `sex` or `gender`); a dataset without them has no adjusted
//! gap. The figures come from a small report of their own — the measure by group and by wave ×
//! group with `adjust` on the comparison (`tessera_stats::glm::margins`: predictive margins
//! of a design-based logistic model for a proportion, the group's coefficient in a linear
//! model for a mean) — cached in the store like the other reports, under its own key.

use std::sync::Arc;

use tessera_stats::mapping::{DatasetMapping, GROUP_COLUMN, MappedMeasure};
use tessera_stats::{ALL, AdjustedGapRow, ComparisonRow, Report, Status};
use tessera_store::{DatasetId, OrgId, prelude::*};

use crate::results::{Gap, is_proportion, likely_real};
use crate::{App, AppError, AppResult};

/// The breakdowns of `mapping` that describe age or sex, in mapping order.
#[must_use]
pub fn covariates(mapping: &DatasetMapping) -> Vec<String> {
    mapping
        .breakdowns
        .iter()
        .filter(|b| {
            let name = b.to_lowercase();
            let words: Vec<&str> = name
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            words.first().is_some_and(|w| w.starts_with("age"))
                || words
                    .iter()
                    .any(|w| matches!(*w, "age" | "ageband" | "agegroup" | "sex" | "gender"))
        })
        .cloned()
        .collect()
}

/// One line of the adjusted-gap table: the raw gap and the adjusted one.
#[derive(Debug, Clone, PartialEq)]
pub struct AdjustedLine {
    /// The wave, or `None` for all responses.
    pub wave: Option<String>,
    /// The gap as estimated directly.
    pub raw: Gap,
    /// The gap after accounting for the covariates.
    pub adjusted: Gap,
    /// Why the adjusted gap could not be estimated (the model separates the outcome…).
    pub not_estimable: Option<String>,
}

/// A measure's adjusted gaps.
#[derive(Debug, Clone, PartialEq)]
pub struct AdjustedGaps {
    /// The covariates accounted for, as the mapping names them.
    pub covariates: Vec<String>,
    /// All responses first, then each wave.
    pub lines: Vec<AdjustedLine>,
}

fn raw_gap(row: Option<&ComparisonRow>, proportion: bool) -> Gap {
    match row {
        Some(r) if r.status != Status::Suppressed => {
            let at_bound = proportion
                && [r.estimate_focal, r.estimate_reference]
                    .into_iter()
                    .flatten()
                    .any(|p| p <= 0.0 || p >= 1.0);
            Gap {
                difference: r.difference,
                ci_low: r.ci_low,
                ci_high: r.ci_high,
                ratio: r.ratio,
                status: r.status,
                likely_real: likely_real(r.ci_low, r.ci_high, proportion, at_bound),
                side_at_bound: at_bound,
            }
        }
        _ => suppressed(),
    }
}

fn suppressed() -> Gap {
    Gap {
        difference: None,
        ci_low: None,
        ci_high: None,
        ratio: None,
        status: Status::Suppressed,
        likely_real: None,
        side_at_bound: false,
    }
}

fn adjusted_gap(row: Option<&AdjustedGapRow>, proportion: bool) -> Gap {
    match row {
        Some(r) if r.status != Status::Suppressed => {
            let at_bound = proportion
                && [r.estimate_focal, r.estimate_reference]
                    .into_iter()
                    .flatten()
                    .any(|p| p <= 0.0 || p >= 1.0);
            Gap {
                difference: r.difference,
                ci_low: r.ci_low,
                ci_high: r.ci_high,
                ratio: None,
                status: r.status,
                likely_real: likely_real(r.ci_low, r.ci_high, proportion, at_bound),
                side_at_bound: at_bound,
            }
        }
        _ => suppressed(),
    }
}

/// The lines of `measure` in a report run with `adjust` (all responses, then each wave).
#[must_use]
pub fn lines(report: &Report, measure: &MappedMeasure, wave: Option<&str>) -> Vec<AdjustedLine> {
    let proportion = is_proportion(measure);
    let wave_of = |by: &[(String, String)]| -> Option<Option<String>> {
        let mut w = None;
        for (k, v) in by {
            if Some(k.as_str()) == wave {
                if v != ALL {
                    w = Some(v.clone());
                }
            } else if k != GROUP_COLUMN && v != ALL {
                return None;
            }
        }
        Some(w)
    };
    let mut out: Vec<AdjustedLine> = Vec::new();
    for a in report
        .adjusted_gaps
        .iter()
        .filter(|a| a.measure == measure.id && a.category.is_none())
    {
        let Some(w) = wave_of(&a.by) else {
            continue;
        };
        let raw = report.comparisons.iter().find(|c| {
            c.measure == a.measure
                && c.by == a.by
                && c.focal == a.focal
                && c.reference == a.reference
                && c.adjustment.is_none()
        });
        out.push(AdjustedLine {
            wave: w,
            raw: raw_gap(raw, proportion),
            adjusted: adjusted_gap(Some(a), proportion),
            not_estimable: a.message.clone(),
        });
    }
    out.sort_by_key(|l| l.wave.is_some());
    out
}

impl App {
    /// The adjusted gaps of one measure, or `None` when the mapping has no age or sex
    /// breakdown, or the measure is a total. Computed on first use and cached.
    ///
    /// # Errors
    /// The store, or a dataset whose data no longer fit the mapping.
    pub async fn adjusted_gaps(
        &self,
        org: OrgId,
        dataset: DatasetId,
        mapping: &DatasetMapping,
        measure_id: &str,
    ) -> AppResult<Option<AdjustedGaps>> {
        let covariates = covariates(mapping);
        let Some(measure) = mapping.measures.iter().find(|m| m.id == measure_id) else {
            return Ok(None);
        };
        if covariates.is_empty() || measure.kind == tessera_stats::EstimandKind::Total {
            return Ok(None);
        }
        let mut by = vec![vec![GROUP_COLUMN.to_owned()]];
        if let Some(w) = &mapping.wave {
            by.push(vec![w.clone(), GROUP_COLUMN.to_owned()]);
        }
        // The report cache's key, with a label that no weighting can have standing for what
        // this report adds (the measure and its covariates).
        let label = format!(
            "\u{0}adjusted\u{0}{measure_id}\u{0}{}",
            covariates.join("\u{0}")
        );
        let key = crate::estimates::key::cache_key(mapping, &by, Some(&label))
            .map_err(AppError::internal)?;
        let report: Arc<Report> = match self.store().cached_report(org, dataset, &key).await? {
            Some(cached) => {
                Arc::new(serde_json::from_value(cached.report).map_err(AppError::internal)?)
            }
            None => {
                let data = self
                    .store()
                    .dataset_data(org, dataset)
                    .await?
                    .ok_or_else(|| AppError::internal("the dataset no longer exists"))?;
                let mut one = mapping.clone();
                one.measures.retain(|m| m.id == measure_id);
                let adjust = covariates.clone();
                let by_run = by.clone();
                let started = std::time::Instant::now();
                let report = tokio::task::spawn_blocking(move || {
                    let prepared = one.prepare(&data).map_err(|e| e.to_string())?;
                    let mut spec = one.spec(by_run);
                    for c in &mut spec.output.compare {
                        c.adjust.clone_from(&adjust);
                    }
                    tessera_stats::report::run(&spec, &prepared, |_, _| {})
                        .map_err(|e| e.to_string())
                })
                .await
                .map_err(AppError::internal)?
                .map_err(AppError::internal)?;
                let ms = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
                let json = serde_json::to_value(&report).map_err(AppError::internal)?;
                self.store()
                    .save_report(org, dataset, &key, &json, ms)
                    .await?;
                Arc::new(report)
            }
        };
        Ok(Some(AdjustedGaps {
            lines: lines(&report, measure, mapping.wave.as_deref()),
            covariates,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_and_sex_breakdowns_are_the_covariates_and_language_is_not() {
        let mut m = crate::demo::mapping();
        m.breakdowns = [
            "gender",
            "age_band",
            "first_language_english",
            "Age group",
            "sex",
            "stage",
        ]
        .map(str::to_owned)
        .to_vec();
        assert_eq!(covariates(&m), ["gender", "age_band", "Age group", "sex"]);
    }
}
