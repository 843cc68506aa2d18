//! The spec's `[[derive]]` (derived variables: recodes, bands, sums of items, "any of") and
//! `[[filter]]` (the subpopulation the figures describe) tables.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::mapping::Condition;

/// A variable computed from others before anything is estimated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DerivedVariable {
    /// The new variable's name (it must not be a column of the data).
    pub name: String,
    /// How it is computed.
    pub rule: DeriveRule,
}

/// How a derived variable is computed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeriveRule {
    /// New values for old ones; values not listed become `other` (or stay as they are);
    /// blanks stay blank.
    Recode {
        /// The source variable.
        from: String,
        /// Old value → new value.
        map: BTreeMap<String, String>,
        /// The value for anything not in `map`; `None` keeps it.
        other: Option<String>,
    },
    /// Bands of a number (R `cut(right = FALSE)`): band i holds `breaks[i] ≤ x < breaks[i+1]`,
    /// the last band everything from the last break up; below the first break is blank.
    Bands {
        /// The numeric source variable.
        from: String,
        /// Increasing breaks.
        breaks: Vec<f64>,
        /// One label per band (as many as breaks).
        labels: Vec<String>,
    },
    /// The sum of numeric items; blank when any item is blank.
    Sum {
        /// The items.
        items: Vec<String>,
    },
    /// 1 when any of the variables has one of the values, 0 when none has (and at least one
    /// is answered), blank when all are blank.
    AnyOf {
        /// The variables.
        variables: Vec<String>,
        /// The values that count.
        values: Vec<String>,
    },
}

impl DerivedVariable {
    /// The variables it reads.
    #[must_use]
    pub fn sources(&self) -> Vec<&str> {
        match &self.rule {
            DeriveRule::Recode { from, .. } | DeriveRule::Bands { from, .. } => vec![from],
            DeriveRule::Sum { items } => items.iter().map(String::as_str).collect(),
            DeriveRule::AnyOf { variables, .. } => variables.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDerive {
    name: String,
    from: Option<String>,
    recode: Option<BTreeMap<String, toml::Value>>,
    other: Option<toml::Value>,
    bands: Option<Vec<f64>>,
    labels: Option<Vec<String>>,
    sum: Option<Vec<String>>,
    any_of: Option<Vec<String>>,
    values: Option<Vec<toml::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFilter {
    variable: String,
    #[serde(rename = "in")]
    within: Option<Vec<toml::Value>>,
    not_in: Option<Vec<toml::Value>>,
    below: Option<f64>,
    at_least: Option<f64>,
}

/// The text of a value written as a string or a number.
fn text(v: &toml::Value) -> Option<String> {
    super::code_text(v)
}

/// Default band labels: `16-24` … `65+` for whole-number breaks, otherwise `a to under b` …
/// `c or more`.
fn band_labels(breaks: &[f64]) -> Vec<String> {
    let whole = breaks.iter().all(|b| b.fract() == 0.0);
    let fmt = tessera_data::format_number;
    (0..breaks.len())
        .map(|i| match (breaks.get(i + 1), whole) {
            (Some(next), true) => format!("{}-{}", fmt(breaks[i]), fmt(next - 1.0)),
            (Some(next), false) => format!("{} to under {}", fmt(breaks[i]), fmt(*next)),
            (None, true) => format!("{}+", fmt(breaks[i])),
            (None, false) => format!("{} or more", fmt(breaks[i])),
        })
        .collect()
}

impl RawDerive {
    pub(super) fn check(&self) -> Result<DerivedVariable, String> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err("[[derive]] needs a name".to_owned());
        }
        let kinds = [
            self.recode.is_some(),
            self.bands.is_some(),
            self.sum.is_some(),
            self.any_of.is_some(),
        ]
        .iter()
        .filter(|x| **x)
        .count();
        if kinds != 1 {
            return Err(format!(
                "[[derive]] {name:?}: give exactly one of recode = {{ old = \"new\" }}, bands = [breaks], sum = [items] or any_of = [variables]"
            ));
        }
        let from = || {
            self.from
                .clone()
                .filter(|f| !f.trim().is_empty())
                .ok_or_else(|| {
                    format!("[[derive]] {name:?}: recode and bands need from = \"<variable>\"")
                })
        };
        let rule = if let Some(map) = &self.recode {
            let mut out = BTreeMap::new();
            for (k, v) in map {
                let v = text(v).ok_or_else(|| {
                    format!("[[derive]] {name:?}: recode values must be strings or numbers")
                })?;
                out.insert(k.clone(), v);
            }
            DeriveRule::Recode {
                from: from()?,
                map: out,
                other: self.other.as_ref().and_then(text),
            }
        } else if let Some(breaks) = &self.bands {
            if breaks.is_empty() || breaks.windows(2).any(|w| w[0] >= w[1]) {
                return Err(format!(
                    "[[derive]] {name:?}: bands must be increasing numbers, e.g. bands = [16, 25, 35, 50, 65]"
                ));
            }
            let labels = match &self.labels {
                Some(l) if l.len() != breaks.len() => {
                    return Err(format!(
                        "[[derive]] {name:?}: {} labels for {} bands (one per break: the last band is open)",
                        l.len(),
                        breaks.len()
                    ));
                }
                Some(l) => l.clone(),
                None => band_labels(breaks),
            };
            DeriveRule::Bands {
                from: from()?,
                breaks: breaks.clone(),
                labels,
            }
        } else if let Some(items) = &self.sum {
            if items.is_empty() {
                return Err(format!("[[derive]] {name:?}: sum needs items"));
            }
            DeriveRule::Sum {
                items: items.clone(),
            }
        } else {
            let variables = self.any_of.clone().unwrap_or_default();
            let values: Vec<String> = self.values.iter().flatten().filter_map(text).collect();
            if variables.is_empty() || values.is_empty() {
                return Err(format!(
                    "[[derive]] {name:?}: any_of needs variables and values = [\"yes\"]"
                ));
            }
            DeriveRule::AnyOf { variables, values }
        };
        Ok(DerivedVariable {
            name: name.to_owned(),
            rule,
        })
    }
}

impl RawFilter {
    pub(super) fn check(&self) -> Result<Condition, String> {
        let variable = self.variable.clone();
        let list = |v: &Vec<toml::Value>| v.iter().filter_map(text).collect::<Vec<_>>();
        match (&self.within, &self.not_in, self.below, self.at_least) {
            (Some(v), None, None, None) => Ok(Condition::In {
                variable,
                values: list(v),
            }),
            (None, Some(v), None, None) => Ok(Condition::NotIn {
                variable,
                values: list(v),
            }),
            (None, None, Some(value), None) => Ok(Condition::Below { variable, value }),
            (None, None, None, Some(value)) => Ok(Condition::AtLeast { variable, value }),
            _ => Err(format!(
                "[[filter]] on {variable:?}: give exactly one of in = [values], not_in = [values], below = number, at_least = number (use several [[filter]] tables for several conditions)"
            )),
        }
    }
}
