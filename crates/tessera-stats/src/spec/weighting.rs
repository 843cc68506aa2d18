//! The spec's `[weighting]` table: a weighting defined in the spec (margins inline or in a
//! margins file the caller reads), or a named weighting the caller supplies.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::weighting::{Margin, MarginCell, Targets, Weighting, WeightingMethod, WeightingOptions};

/// Which weighting a spec's figures use.
#[derive(Debug, Clone, PartialEq)]
pub enum WeightingRef {
    /// A weighting the caller supplies by name (`RunOptions::weightings`): `use = "name"`.
    Named(String),
    /// A weighting defined in the spec.
    Defined(Weighting),
    /// A weighting defined in the spec whose margins are in a file the caller must read and
    /// give to [`crate::EstimateSpec::set_margins`] before running.
    MarginsFile {
        /// The weighting, without margins yet.
        weighting: Weighting,
        /// The file named by `margins_file`, as written.
        path: String,
    },
}

impl WeightingRef {
    /// The weighting's name.
    #[must_use]
    pub fn name(&self) -> &str {
        match self {
            Self::Named(n) => n,
            Self::Defined(w) | Self::MarginsFile { weighting: w, .. } => &w.name,
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawTargets {
    /// `targets = { "16-24" = 1200, "25-34" = 1500 }` (one variable).
    ByValue(BTreeMap<String, f64>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCell {
    values: Vec<String>,
    target: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMargin {
    name: Option<String>,
    variable: Option<String>,
    #[serde(default)]
    variables: Vec<String>,
    targets: Option<RawTargets>,
    cells: Option<Vec<RawCell>>,
    total: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWeighting {
    #[serde(rename = "use")]
    uses: Option<String>,
    name: Option<String>,
    method: Option<String>,
    margins_file: Option<String>,
    #[serde(default)]
    margin: Vec<RawMargin>,
    #[serde(default)]
    options: WeightingOptions,
}

impl RawWeighting {
    pub(super) fn check(&self) -> Result<WeightingRef, Vec<String>> {
        let mut errors = Vec::new();
        if let Some(name) = &self.uses {
            if self.name.is_some()
                || self.method.is_some()
                || self.margins_file.is_some()
                || !self.margin.is_empty()
            {
                errors.push(
                    "[weighting]: `use` refers to a weighting defined elsewhere; leave out name, method and margins".to_owned(),
                );
                return Err(errors);
            }
            return Ok(WeightingRef::Named(name.clone()));
        }
        let name = self.name.clone().unwrap_or_default();
        if name.trim().is_empty() {
            errors.push(
                "[weighting] needs a name (every figure says which weighting it uses), or use = \"<name>\" for a weighting defined elsewhere".to_owned(),
            );
        }
        let method = match self.method.as_deref() {
            Some("post_stratify") => WeightingMethod::PostStratify,
            Some("rake") => WeightingMethod::Rake,
            Some("calibrate_linear") => WeightingMethod::CalibrateLinear,
            Some("calibrate_raking") => WeightingMethod::CalibrateRaking,
            Some("calibrate_logit") => WeightingMethod::CalibrateLogit,
            other => {
                errors.push(format!(
                    "[weighting] method {} is not one of post_stratify, rake, calibrate_linear, calibrate_raking, calibrate_logit",
                    other.map_or_else(|| "(missing)".to_owned(), |m| format!("{m:?}"))
                ));
                WeightingMethod::Rake
            }
        };
        let mut margins = Vec::new();
        for (i, m) in self.margin.iter().enumerate() {
            let mut variables = m.variables.clone();
            if let Some(v) = &m.variable {
                variables.insert(0, v.clone());
            }
            let label = m.name.clone().unwrap_or_else(|| variables.join(" × "));
            if variables.is_empty() {
                errors.push(format!(
                    "[[weighting.margin]] {}: give variable = \"…\" or variables = [\"…\", \"…\"]",
                    i + 1
                ));
                continue;
            }
            let given = [m.targets.is_some(), m.cells.is_some(), m.total.is_some()]
                .iter()
                .filter(|x| **x)
                .count();
            if given != 1 {
                errors.push(format!(
                    "[[weighting.margin]] {label:?}: give exactly one of targets = {{ value = count, … }} (one variable), cells = [{{ values = […], target = … }}] or total = … (a numeric variable)"
                ));
                continue;
            }
            let targets = if let Some(RawTargets::ByValue(map)) = &m.targets {
                if variables.len() != 1 {
                    errors.push(format!(
                        "[[weighting.margin]] {label:?}: targets by value are for one variable; use cells for several"
                    ));
                    continue;
                }
                Targets::Counts(
                    map.iter()
                        .map(|(v, t)| MarginCell {
                            values: vec![v.clone()],
                            target: *t,
                        })
                        .collect(),
                )
            } else if let Some(cells) = &m.cells {
                if let Some(bad) = cells.iter().find(|c| c.values.len() != variables.len()) {
                    errors.push(format!(
                        "[[weighting.margin]] {label:?}: the cell {:?} gives {} value(s) for {} variable(s)",
                        bad.values,
                        bad.values.len(),
                        variables.len()
                    ));
                    continue;
                }
                Targets::Counts(
                    cells
                        .iter()
                        .map(|c| MarginCell {
                            values: c.values.clone(),
                            target: c.target,
                        })
                        .collect(),
                )
            } else {
                Targets::Total(m.total.unwrap_or_default())
            };
            margins.push(Margin {
                name: label,
                variables,
                targets,
            });
        }
        match (&self.margins_file, margins.is_empty()) {
            (Some(_), false) => errors.push(
                "[weighting]: give the margins either in margins_file or as [[weighting.margin]], not both".to_owned(),
            ),
            (None, true) => errors.push(
                "[weighting] needs margins: margins_file = \"margins.csv\" or [[weighting.margin]] tables".to_owned(),
            ),
            _ => {}
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let weighting = Weighting {
            name,
            method,
            margins,
            options: self.options,
        };
        Ok(match &self.margins_file {
            Some(path) => WeightingRef::MarginsFile {
                weighting,
                path: path.clone(),
            },
            None => WeightingRef::Defined(weighting),
        })
    }
}
