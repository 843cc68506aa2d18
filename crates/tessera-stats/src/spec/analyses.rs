//! The spec's analyses beyond measures (issue 16): quantiles (`[[quantile]]`), ratios
//! (`[[ratio]]`) and tests of association (`[[association]]`), each estimated in every cell of
//! every breakdown of `[output] by`.

use serde::Deserialize;

/// Quantiles of a numeric variable with Woodruff intervals (R `svyquantile`).
#[derive(Debug, Clone, PartialEq)]
pub struct QuantileSpec {
    /// Its id in the output.
    pub id: String,
    /// The numeric variable.
    pub variable: String,
    /// The probabilities (0.5 = the median).
    pub probabilities: Vec<f64>,
}

/// A ratio of two totals (R `svyratio`).
#[derive(Debug, Clone, PartialEq)]
pub struct RatioSpec {
    /// Its id in the output.
    pub id: String,
    /// The numerator variable.
    pub numerator: String,
    /// The denominator variable.
    pub denominator: String,
}

/// The Rao–Scott test of association of two categorical variables (R `svychisq`).
#[derive(Debug, Clone, PartialEq)]
pub struct AssociationSpec {
    /// Its id in the output.
    pub id: String,
    /// The table's row variable.
    pub rows: String,
    /// The table's column variable.
    pub columns: String,
}

/// Every analysis of a spec beyond its measures.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Analyses {
    /// `[[quantile]]`.
    pub quantiles: Vec<QuantileSpec>,
    /// `[[ratio]]`.
    pub ratios: Vec<RatioSpec>,
    /// `[[association]]`.
    pub associations: Vec<AssociationSpec>,
}

impl Analyses {
    /// Whether there is none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.quantiles.is_empty() && self.ratios.is_empty() && self.associations.is_empty()
    }

    /// The variables they read.
    pub(super) fn variables(&self) -> impl Iterator<Item = &str> {
        self.quantiles
            .iter()
            .map(|q| q.variable.as_str())
            .chain(
                self.ratios
                    .iter()
                    .flat_map(|r| [r.numerator.as_str(), r.denominator.as_str()]),
            )
            .chain(
                self.associations
                    .iter()
                    .flat_map(|a| [a.rows.as_str(), a.columns.as_str()]),
            )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuantile {
    id: String,
    variable: String,
    #[serde(default)]
    probabilities: Option<Vec<f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRatio {
    id: String,
    numerator: String,
    denominator: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAssociation {
    id: String,
    rows: String,
    columns: String,
}

impl RawQuantile {
    pub(super) fn check(&self) -> Result<QuantileSpec, String> {
        let probabilities = self.probabilities.clone().unwrap_or_else(|| vec![0.5]);
        if probabilities.is_empty() {
            return Err(format!(
                "[[quantile]] {:?}: give probabilities, e.g. [0.25, 0.5, 0.75]",
                self.id
            ));
        }
        if let Some(p) = probabilities.iter().find(|p| !(0.0..=1.0).contains(*p)) {
            return Err(format!(
                "[[quantile]] {:?}: probability {p} is not between 0 and 1 (0.5 is the median)",
                self.id
            ));
        }
        Ok(QuantileSpec {
            id: self.id.clone(),
            variable: self.variable.clone(),
            probabilities,
        })
    }
}

impl RawRatio {
    pub(super) fn check(&self) -> RatioSpec {
        RatioSpec {
            id: self.id.clone(),
            numerator: self.numerator.clone(),
            denominator: self.denominator.clone(),
        }
    }
}

impl RawAssociation {
    pub(super) fn check(&self) -> Result<AssociationSpec, String> {
        if self.rows == self.columns {
            return Err(format!(
                "[[association]] {:?}: rows and columns must be two different variables",
                self.id
            ));
        }
        Ok(AssociationSpec {
            id: self.id.clone(),
            rows: self.rows.clone(),
            columns: self.columns.clone(),
        })
    }
}
