//! The spec's `[replicates]` and `[variance]` tables: replicate-weight designs and options of
//! the variance computation.

use serde::{Deserialize, Serialize};

use crate::replicate::ReplicateKind;

/// Replicate weights named by a spec (R `svrepdesign` / `as.svrepdesign`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReplicateColumns {
    /// The scheme.
    pub kind: ReplicateKind,
    /// The replicate weight columns, in order; empty when `make` is set.
    pub columns: Vec<String>,
    /// Make jackknife replicates from the `[design]` strata and PSUs instead of reading columns
    /// (`as.svrepdesign`; JK1 or JKn only).
    pub make: bool,
    /// The columns already include the sampling weights (R `combined.weights`, default true).
    pub combined_weights: bool,
    /// Overall scale, when not the scheme's default.
    pub scale: Option<f64>,
    /// Per-replicate scales (JKn: (n_h − 1)/n_h); one value is repeated for every replicate.
    pub rscales: Option<Vec<f64>>,
    /// Fay's ρ.
    pub rho: Option<f64>,
    /// Centre at the full-sample estimate instead of the replicates' mean.
    pub mse: bool,
}

/// Options of the variance computation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct VarianceOptions {
    /// R's `survey.adjust.domain.lonely`: a stratum where only one PSU holds a cell's rows is
    /// treated by the lonely-PSU policy.
    pub adjust_domain_lonely: bool,
}

/// `columns = ["r1", "r2"]` or `columns = { prefix = "r", from = 1, to = 80 }`.
#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawColumns {
    List(Vec<String>),
    Range { prefix: String, from: u32, to: u32 },
}

/// `rscales = [0.9, 0.9]` or `rscales = 0.9`.
#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawScales {
    List(Vec<f64>),
    One(f64),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawReplicates {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    columns: Option<RawColumns>,
    #[serde(default)]
    make: bool,
    #[serde(default = "yes")]
    combined_weights: bool,
    scale: Option<f64>,
    rscales: Option<RawScales>,
    rho: Option<f64>,
    #[serde(default)]
    mse: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawVariance {
    #[serde(default)]
    adjust_domain_lonely: bool,
}

impl RawVariance {
    pub(super) fn options(&self) -> VarianceOptions {
        VarianceOptions {
            adjust_domain_lonely: self.adjust_domain_lonely,
        }
    }
}

impl RawReplicates {
    /// Checks the table; `has_clusters` says whether `[design]` names strata or PSUs.
    pub(super) fn check(&self, has_clusters: bool) -> Result<ReplicateColumns, Vec<String>> {
        let mut errors = Vec::new();
        let kind = match self.kind.as_str() {
            "jk1" => ReplicateKind::Jk1,
            "jkn" => ReplicateKind::Jkn,
            "brr" => ReplicateKind::Brr,
            "fay" => ReplicateKind::Fay,
            "bootstrap" => ReplicateKind::Bootstrap,
            "other" => ReplicateKind::Other,
            other => {
                errors.push(format!(
                    "[replicates] type {other:?} is not one of jk1, jkn, brr, fay, bootstrap, other"
                ));
                ReplicateKind::Other
            }
        };
        let columns: Vec<String> = match &self.columns {
            Some(RawColumns::List(c)) => c.clone(),
            Some(RawColumns::Range { prefix, from, to }) => {
                if from > to {
                    errors.push(format!(
                        "[replicates] columns: from = {from} is after to = {to}"
                    ));
                }
                (*from..=*to).map(|i| format!("{prefix}{i}")).collect()
            }
            None => Vec::new(),
        };
        if self.make {
            if !columns.is_empty() {
                errors
                    .push("[replicates]: give either columns or make = true, not both".to_owned());
            }
            if !matches!(kind, ReplicateKind::Jk1 | ReplicateKind::Jkn) {
                errors.push(
                    "[replicates] make = true makes jackknife replicates only: type = \"jk1\" (no strata) or \"jkn\"".to_owned(),
                );
            }
        } else {
            if columns.is_empty() {
                errors.push(
                    "[replicates] needs the replicate weight columns, e.g. columns = [\"rep1\", \"rep2\"] or columns = { prefix = \"rep\", from = 1, to = 80 }, or make = true".to_owned(),
                );
            }
            if has_clusters {
                errors.push(
                    "[replicates]: replicate weights replace strata and PSUs; leave [design] strata and psu empty (keep the weight)".to_owned(),
                );
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let n = columns.len();
        Ok(ReplicateColumns {
            kind,
            columns,
            make: self.make,
            combined_weights: self.combined_weights,
            scale: self.scale,
            rscales: self.rscales.as_ref().map(|s| match s {
                RawScales::List(v) => v.clone(),
                RawScales::One(x) => vec![*x; n.max(1)],
            }),
            rho: self.rho,
            mse: self.mse,
        })
    }
}
