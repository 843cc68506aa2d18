//! Comparisons a spec asks for beyond the estimates: focal groups against a reference, all
//! pairs of a variable's values, and general linear contrasts.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::CompareSpec;

/// All pairwise comparisons of a variable's values, with Bonferroni-adjusted intervals and
/// p-values (the family is every pair of the variable within one cell of the other breakdown
/// variables, for one measure).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairwiseSpec {
    /// The variable whose values are compared.
    pub variable: String,
}

/// A general linear contrast Σ c_v θ_v of a variable's values (R `svycontrast`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContrastSpec {
    /// Its name in the output.
    pub name: String,
    /// The variable whose values get coefficients.
    pub variable: String,
    /// Value → coefficient; values not listed get 0.
    pub coefficients: BTreeMap<String, f64>,
}

/// `compare = { variable, focal = "a" | ["a", "b"], reference }`, or a list of them.
#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawCompare {
    One(RawCompareOne),
    Many(Vec<RawCompareOne>),
}

#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawFocal {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCompareOne {
    variable: String,
    focal: RawFocal,
    reference: String,
    #[serde(default)]
    adjust: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawContrast {
    name: String,
    variable: String,
    coefficients: BTreeMap<String, f64>,
}

impl RawCompare {
    /// One comparison per focal value; errors for a focal value equal to the reference.
    pub(super) fn check(&self) -> Result<Vec<CompareSpec>, String> {
        let all: Vec<&RawCompareOne> = match self {
            Self::One(c) => vec![c],
            Self::Many(v) => v.iter().collect(),
        };
        let mut out = Vec::new();
        for c in all {
            let focal = match &c.focal {
                RawFocal::One(f) => vec![f.clone()],
                RawFocal::Many(f) => f.clone(),
            };
            for (i, a) in c.adjust.iter().enumerate() {
                if a.trim().is_empty() {
                    return Err("[output] compare: adjust lists a blank variable name".to_owned());
                }
                if *a == c.variable {
                    return Err(format!(
                        "[output] compare: adjust lists {a:?}, the variable being compared; list the covariates to account for, e.g. adjust = [\"age_band\", \"sex\"]"
                    ));
                }
                if c.adjust[..i].contains(a) {
                    return Err(format!("[output] compare: adjust lists {a:?} twice"));
                }
            }
            for f in focal {
                if f == c.reference {
                    return Err(
                        "[output] compare: focal and reference must be different values".to_owned(),
                    );
                }
                out.push(CompareSpec {
                    variable: c.variable.clone(),
                    focal: f,
                    reference: c.reference.clone(),
                    adjust: c.adjust.clone(),
                });
            }
        }
        Ok(out)
    }
}

impl RawContrast {
    pub(super) fn check(&self) -> Result<ContrastSpec, String> {
        if self.coefficients.is_empty() || self.coefficients.values().all(|c| *c == 0.0) {
            return Err(format!(
                "[[output.contrast]] {:?}: give coefficients, e.g. {{ a = 1, b = -0.5, c = -0.5 }}",
                self.name
            ));
        }
        if self.coefficients.values().any(|c| !c.is_finite()) {
            return Err(format!(
                "[[output.contrast]] {:?}: coefficients must be numbers",
                self.name
            ));
        }
        Ok(ContrastSpec {
            name: self.name.clone(),
            variable: self.variable.clone(),
            coefficients: self.coefficients.clone(),
        })
    }
}
