//! Weightings of a dataset: margins defined from a CSV or typed tables, applied to the
//! dataset's design by `tessera-stats` (post-stratification, raking, calibration), kept as a
//! named weighting with its weights and report, listed and deleted. Estimates under a weighting
//! are computed by [`crate::estimates`] with the weighting re-applied, so their standard errors
//! use the calibration's residuals as R's do; the weights kept are for exports and the record.
//! A weighting that cannot be applied changes nothing: the dataset's own weights are never
//! touched.

#[cfg(test)]
mod end_to_end;
mod message;
mod typed;

use tessera_l10n::{t, ta};
use tessera_stats::mapping::DatasetMapping;
use tessera_stats::spec::WeightingRef;
use tessera_stats::weighting::WeightingReport;
use tessera_stats::{Weighted, Weighting, WeightingMethod};
use tessera_store::{
    DatasetId, NewWeighting, OrgId, Role, StoreError, WeightingSummary, prelude::*,
};

pub use message::{describe, describe_report, own_weights};
pub use typed::{TypedMargin, margins_from_typed};

use crate::{Actor, App, AppError, AppResult};

/// The longest weighting name, in characters.
pub const NAME_MAX: usize = 80;

/// The methods, as written on the command line and in forms.
pub const METHODS: [&str; 5] = [
    "rake",
    "post_stratify",
    "calibrate_linear",
    "calibrate_raking",
    "calibrate_logit",
];

/// A kept weighting, decoded: the record, the weighting it was made with, and its report.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptWeighting {
    /// As stored (without the weights).
    pub summary: WeightingSummary,
    /// Name, method, margins and options.
    pub weighting: Weighting,
    /// What it did.
    pub report: WeightingReport,
}

impl KeptWeighting {
    /// Decodes a stored weighting.
    ///
    /// # Errors
    /// Stored JSON that no longer reads as a weighting (an internal error).
    pub fn from_summary(summary: WeightingSummary) -> AppResult<Self> {
        let weighting = Weighting {
            name: summary.name.clone(),
            method: serde_json::from_value(serde_json::Value::String(summary.method.clone()))
                .map_err(AppError::internal)?,
            margins: serde_json::from_value(summary.margins.clone()).map_err(AppError::internal)?,
            options: serde_json::from_value(summary.options.clone()).map_err(AppError::internal)?,
        };
        let report = serde_json::from_value(summary.report.clone()).map_err(AppError::internal)?;
        Ok(Self {
            summary,
            weighting,
            report,
        })
    }

    /// The name estimates are cached under: the name and the id, so a weighting deleted and
    /// made again under the same name with other margins never reuses the old figures.
    pub fn cache_name(&self) -> String {
        format!("{}#{}", self.summary.name, self.summary.id)
    }
}

/// Reads a method as written on the command line or in a form (`rake`, `post_stratify`…).
///
/// # Errors
/// A word that is not one of [`METHODS`].
pub fn parse_method(text: &str) -> AppResult<WeightingMethod> {
    let word = text.trim().replace('-', "_");
    serde_json::from_value(serde_json::Value::String(word)).map_err(|_| {
        AppError::Invalid(ta(
            "weighting-bad-method",
            &[
                ("method", text.into()),
                ("methods", METHODS.join(", ").into()),
            ],
        ))
    })
}

/// Checks a weighting's name: not blank, at most [`NAME_MAX`] characters, no control
/// characters; returns it trimmed.
///
/// # Errors
/// A name that breaks one of those rules.
pub fn parse_name(text: &str) -> AppResult<String> {
    let name = text.trim();
    if name.is_empty() {
        return Err(AppError::Invalid(t("weighting-name-missing")));
    }
    if name.chars().count() > NAME_MAX || name.chars().any(char::is_control) {
        return Err(AppError::Invalid(ta(
            "weighting-name-bad",
            &[("max", NAME_MAX.into())],
        )));
    }
    Ok(name.to_owned())
}

/// Applies `weighting` to a dataset's rows under its mapping's design (blocking: run it on a
/// blocking thread for large data). Nothing is changed; the result is the new weights and the
/// report.
///
/// # Errors
/// The mapping does not fit the data, the design is not valid, or the weighting cannot be
/// applied ([`describe`] says why, in the reader's language).
pub fn apply(
    mapping: &DatasetMapping,
    data: &tessera_data::Dataset,
    weighting: &Weighting,
) -> AppResult<Weighted> {
    let prepared = mapping
        .prepare(data)
        .map_err(|e| AppError::Invalid(e.to_string()))?;
    let mut spec = crate::estimates::spec_for(mapping, Vec::new());
    spec.weighting = Some(WeightingRef::Defined(weighting.clone()));
    match tessera_stats::report::weighted_design_for(&spec, &prepared, &[]) {
        Ok((_, Some(weighted))) => Ok(weighted),
        Ok((_, None)) => Err(AppError::internal("a weighting was given but not applied")),
        Err(e) => Err(AppError::Invalid(describe_report(&e))),
    }
}

fn no_such(name: &str) -> AppError {
    AppError::NotFound(ta("weighting-not-found", &[("name", name.into())]))
}

impl App {
    /// A dataset's weightings, by name.
    pub async fn weightings(
        &self,
        org: OrgId,
        dataset: DatasetId,
    ) -> AppResult<Vec<KeptWeighting>> {
        self.store()
            .weightings(org, dataset)
            .await?
            .into_iter()
            .map(KeptWeighting::from_summary)
            .collect()
    }

    /// One weighting of a dataset, or "not found".
    pub async fn kept_weighting(
        &self,
        org: OrgId,
        dataset: DatasetId,
        name: &str,
    ) -> AppResult<KeptWeighting> {
        self.weightings(org, dataset)
            .await?
            .into_iter()
            .find(|w| w.summary.name == name)
            .ok_or_else(|| no_such(name))
    }

    /// A weighting's weights, one per row of the dataset in row order (for exports).
    pub async fn weighting_weights(
        &self,
        org: OrgId,
        dataset: DatasetId,
        name: &str,
    ) -> AppResult<Vec<f64>> {
        Ok(self
            .store()
            .weighting(org, dataset, name)
            .await?
            .ok_or_else(|| no_such(name))?
            .weights)
    }

    /// Applies a weighting to a dataset and keeps it under its name; editors and above. On any
    /// error nothing is kept and the dataset's own weights are untouched.
    pub async fn create_weighting(
        &self,
        actor: &Actor,
        dataset: DatasetId,
        mut weighting: Weighting,
    ) -> AppResult<KeptWeighting> {
        actor.require(Role::Editor)?;
        weighting.name = parse_name(&weighting.name)?;
        let org = actor.org.id;
        let shared = self.dataset_shared(org, dataset).await?;
        if self
            .store()
            .weighting(org, dataset, &weighting.name)
            .await?
            .is_some()
        {
            return Err(AppError::Invalid(ta(
                "weighting-name-taken",
                &[("name", weighting.name.as_str().into())],
            )));
        }
        let data = self
            .store()
            .dataset_data(org, dataset)
            .await?
            .ok_or_else(crate::datasets::not_found)?;
        let mapping = shared.1.clone();
        let to_apply = weighting.clone();
        let lang = tessera_l10n::current();
        let weighted = tokio::task::spawn_blocking(move || {
            tessera_l10n::sync_scope(lang, || apply(&mapping, &data, &to_apply))
        })
        .await
        .map_err(AppError::internal)??;
        let new = NewWeighting {
            dataset,
            name: weighting.name.clone(),
            method: json_word(&weighting.method)?,
            margins: serde_json::to_value(&weighting.margins).map_err(AppError::internal)?,
            options: serde_json::to_value(weighting.options).map_err(AppError::internal)?,
            weights: weighted.weights,
            report: serde_json::to_value(&weighted.report).map_err(AppError::internal)?,
        };
        let summary = match self.store().create_weighting(org, new, &actor.name).await {
            Ok(s) => s,
            Err(StoreError::Conflict { .. }) => {
                return Err(AppError::Invalid(ta(
                    "weighting-name-taken",
                    &[("name", weighting.name.as_str().into())],
                )));
            }
            Err(e) => return Err(e.into()),
        };
        tracing::info!(dataset.id = %dataset, weighting.id = %summary.id, "weighting kept");
        KeptWeighting::from_summary(summary)
    }

    /// Deletes a weighting; editors and above.
    pub async fn delete_weighting(
        &self,
        actor: &Actor,
        dataset: DatasetId,
        name: &str,
    ) -> AppResult<()> {
        actor.require(Role::Editor)?;
        if !self
            .store()
            .delete_weighting(actor.org.id, dataset, name, &actor.name)
            .await?
        {
            return Err(no_such(name));
        }
        Ok(())
    }
}

/// The word serde writes for a method (`rake`).
fn json_word(method: &WeightingMethod) -> AppResult<String> {
    match serde_json::to_value(method).map_err(AppError::internal)? {
        serde_json::Value::String(s) => Ok(s),
        other => Err(AppError::internal(format!("a method written as {other}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_are_read_as_written_on_the_command_line() {
        for word in METHODS {
            let method = parse_method(word).expect("a method");
            assert_eq!(json_word(&method).expect("word"), word);
        }
        assert_eq!(
            parse_method("post-stratify").expect("dashes"),
            WeightingMethod::PostStratify
        );
        assert!(matches!(parse_method("magic"), Err(AppError::Invalid(m)) if m.contains("rake")));
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(parse_name("  census-2021 ").expect("ok"), "census-2021");
        assert!(parse_name(" ").is_err());
        assert!(parse_name(&"x".repeat(NAME_MAX + 1)).is_err());
        assert!(parse_name("a\nb").is_err());
    }
}
