//! The rule that turns a question's answers into an indicator's measure.

use serde::{Deserialize, Serialize};

use crate::name::ChoiceCode;

/// How one question's answers measure one indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorRule {
    /// The indicator: `<pack>/<indicator>`, e.g. `ioi-2019/bri-get-on-well`.
    pub indicator: String,
    /// The measure.
    #[serde(flatten)]
    pub measure: RuleMeasure,
}

/// The measure a rule gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RuleMeasure {
    /// The share of answers that are one of `success`, among answers that are not one of
    /// `exclude` (skipped questions are never in the base). A choice question only.
    Proportion {
        /// Codes counted as success.
        success: Vec<ChoiceCode>,
        /// Codes left out of the base ("don't know", "does not apply", or answers outside the
        /// indicator's denominator).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        exclude: Vec<ChoiceCode>,
    },
    /// The mean of the numbers answered, on a scale from `min` to `max`, leaving out `exclude`.
    /// A number or scale question, or a single choice whose kept codes are numbers.
    Mean {
        /// The scale's lowest point.
        min: f64,
        /// The scale's highest point.
        max: f64,
        /// Codes left out.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        exclude: Vec<ChoiceCode>,
    },
}

impl RuleMeasure {
    /// The codes left out of the base.
    pub fn exclude(&self) -> &[ChoiceCode] {
        match self {
            Self::Proportion { exclude, .. } | Self::Mean { exclude, .. } => exclude,
        }
    }
}
