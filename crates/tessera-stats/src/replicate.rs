//! Replicate-weight designs, as R's `svrepdesign()` and `as.svrepdesign()` (survey 4.1-1):
//! jackknife (JK1, JKn), balanced repeated replication (BRR), Fay's BRR, bootstrap, or
//! replicate weights with a given scale.
//!
//! The variance of an estimator is computed from its values under each replicate's weights,
//! V = scale Σ_r rscale_r (θ̂_r − θ̄)(θ̂_r − θ̄)ᵀ, with θ̄ the mean of the replicates (or θ̂ itself
//! with `mse`), as `svrVar` (Wolter 2007, *Introduction to Variance Estimation*, ch. 3–5;
//! Lumley 2010, §2.8). The degrees of freedom are the rank of the replicate weights minus 1
//! (R `degf.svyrep.design`, QR with tolerance 1e-5).
//!
//! Storage: a row's replicate weights are its full-sample weight times a *pattern* of factors,
//! a_rk = w_k·f_{p(k),r}. Rows of one PSU share a pattern, so a survey with 200,000 rows in 160
//! PSUs stores 160 patterns, and a cell's replicate estimates come from per-pattern sums.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::design::{Design, LonelyPsu};
use crate::error::StatsError;

/// How replicate weights were made (R `svrepdesign(type = )`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplicateKind {
    /// Delete-one-PSU jackknife, unstratified: scale (R−1)/R.
    Jk1,
    /// Stratified jackknife: each replicate deletes one PSU of one stratum; `rscales` give
    /// (n_h − 1)/n_h per replicate.
    Jkn,
    /// Balanced repeated replication (half-samples): scale 1/R.
    Brr,
    /// Fay's modified BRR with factor `rho`: scale 1/(R (1 − ρ)²).
    Fay,
    /// Bootstrap: scale 1/(R − 1) unless given.
    Bootstrap,
    /// Any other scheme, with the scale and per-replicate scales given (default 1).
    Other,
}

impl ReplicateKind {
    fn name(self) -> &'static str {
        match self {
            Self::Jk1 => "JK1",
            Self::Jkn => "JKn",
            Self::Brr => "BRR",
            Self::Fay => "Fay",
            Self::Bootstrap => "bootstrap",
            Self::Other => "other",
        }
    }
}

/// A replicate-weight design as supplied with a dataset (R `svrepdesign`).
#[derive(Debug, Clone, Copy)]
pub struct ReplicateSpec<'a> {
    /// The scheme.
    pub kind: ReplicateKind,
    /// Full-sample weights (`weights =`); all 1 when absent.
    pub weights: Option<&'a [f64]>,
    /// One column per replicate.
    pub replicates: &'a [&'a [f64]],
    /// `combined.weights = TRUE` (the default): the replicate columns already include the
    /// sampling weights; `false`: they are factors to multiply the sampling weights by.
    pub combined_weights: bool,
    /// The overall scale; defaults as R (ignored with an error for BRR and Fay, whose scale is fixed).
    pub scale: Option<f64>,
    /// Per-replicate scales; default 1 (JKn with combined weights must give them).
    pub rscales: Option<&'a [f64]>,
    /// Fay's ρ (required for [`ReplicateKind::Fay`]).
    pub rho: Option<f64>,
    /// Centre the squared deviations at the full-sample estimate (`mse = TRUE`) instead of the
    /// mean of the replicates.
    pub mse: bool,
}

/// Replicate weights stored as patterns of factors (see the module documentation).
#[derive(Debug, Clone)]
pub(crate) struct Replicates {
    kind: ReplicateKind,
    n_rep: usize,
    /// factor[p · n_rep + r] = a_rk / w_k for the rows of pattern p.
    factor: Vec<f64>,
    row_pattern: Vec<u32>,
    n_patterns: usize,
    scale: f64,
    rscales: Vec<f64>,
    mse: bool,
    degf: usize,
}

/// How replicate deviations are scaled and centred.
struct Scales {
    scale: f64,
    rscales: Vec<f64>,
    mse: bool,
}

/// Relative precision at which two rows' factors count as one pattern (only the grouping
/// depends on it: the factors kept are the first row's, exact to the last bit).
const PATTERN_BITS_DROPPED: u32 = 20;

impl Replicates {
    /// Groups rows by their pattern of factors.
    fn from_factors(
        kind: ReplicateKind,
        n_rep: usize,
        factor_of: impl Fn(usize, usize) -> f64,
        scales: Scales,
        weights: &[f64],
    ) -> Self {
        let n_rows = weights.len();
        let Scales {
            scale,
            rscales,
            mse,
        } = scales;
        let mut index: HashMap<Vec<u64>, u32> = HashMap::new();
        let mut factor = Vec::new();
        let mut row_pattern = Vec::with_capacity(n_rows);
        let mut key = Vec::with_capacity(n_rep);
        let mut row = Vec::with_capacity(n_rep);
        for k in 0..n_rows {
            key.clear();
            row.clear();
            for r in 0..n_rep {
                let f = factor_of(k, r);
                row.push(f);
                let bits = if f == 0.0 { 0 } else { f.to_bits() };
                key.push(bits >> PATTERN_BITS_DROPPED);
            }
            let next = u32::try_from(index.len()).unwrap_or(u32::MAX);
            let id = *index.entry(key.clone()).or_insert_with(|| {
                factor.extend_from_slice(&row);
                next
            });
            row_pattern.push(id);
        }
        let mut reps = Self {
            kind,
            n_rep,
            factor,
            row_pattern,
            n_patterns: index.len(),
            scale,
            rscales,
            mse,
            degf: 0,
        };
        let all = vec![true; n_rows];
        let rank = reps.rank_within(weights, &all);
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a rank"
        )]
        let degf = (rank - 1.0).max(0.0) as usize;
        reps.degf = degf;
        reps
    }

    /// The scheme.
    pub(crate) fn kind(&self) -> ReplicateKind {
        self.kind
    }

    /// Number of replicates.
    pub(crate) fn n_replicates(&self) -> usize {
        self.n_rep
    }

    /// Number of distinct patterns of factors.
    pub(crate) fn n_patterns(&self) -> usize {
        self.n_patterns
    }

    /// The pattern of each row.
    pub(crate) fn row_pattern(&self) -> &[u32] {
        &self.row_pattern
    }

    /// The factor of pattern `p` in replicate `r`.
    pub(crate) fn factor(&self, p: usize, r: usize) -> f64 {
        self.factor[p * self.n_rep + r]
    }

    /// `degf()` of the whole design.
    pub(crate) fn degrees_of_freedom(&self) -> usize {
        self.degf
    }

    /// Replicate `r`'s weights.
    pub(crate) fn replicate_weights(&self, weights: &[f64], r: usize) -> Vec<f64> {
        weights
            .iter()
            .zip(&self.row_pattern)
            .map(|(w, &p)| w * self.factor(p as usize, r))
            .collect()
    }

    /// The totals Σ_k a_rk/w_k · z_k of influence columns under each replicate: `[r][j]`.
    pub(crate) fn linear_replicates(&self, z: &[Vec<f64>]) -> Vec<Vec<f64>> {
        let p = z.len();
        let mut by_pattern = vec![0.0; self.n_patterns * p];
        for (k, &pat) in self.row_pattern.iter().enumerate() {
            for (j, col) in z.iter().enumerate() {
                by_pattern[pat as usize * p + j] += col[k];
            }
        }
        (0..self.n_rep)
            .map(|r| {
                (0..p)
                    .map(|j| {
                        (0..self.n_patterns)
                            .map(|q| self.factor(q, r) * by_pattern[q * p + j])
                            .sum()
                    })
                    .collect()
            })
            .collect()
    }

    /// `svrVar`: the p × p covariance from replicate estimates `thetas[r][j]` and the
    /// full-sample `estimate`. Replicates with an undefined estimate (e.g. a domain with no
    /// rows in that replicate) are dropped with their scales, as R's `na.omit`.
    pub(crate) fn variance_matrix(
        &self,
        thetas: &[Vec<f64>],
        estimate: &[f64],
        p: usize,
    ) -> Vec<f64> {
        let kept: Vec<usize> = (0..thetas.len())
            .filter(|&r| thetas[r].iter().all(|v| v.is_finite()))
            .collect();
        if kept.is_empty() {
            return vec![f64::NAN; p * p];
        }
        let centre: Vec<f64> = if self.mse {
            estimate.to_vec()
        } else {
            let used: Vec<usize> = kept
                .iter()
                .copied()
                .filter(|&r| self.rscales[r] > 0.0)
                .collect();
            #[expect(clippy::cast_precision_loss, reason = "replicate counts < 2^52")]
            let n = used.len() as f64;
            (0..p)
                .map(|j| used.iter().map(|&r| thetas[r][j]).sum::<f64>() / n)
                .collect()
        };
        let mut v = vec![0.0; p * p];
        for &r in &kept {
            let s = self.rscales[r];
            for a in 0..p {
                let da = thetas[r][a] - centre[a];
                for b in 0..p {
                    v[a * p + b] += s * da * (thetas[r][b] - centre[b]);
                }
            }
        }
        for x in &mut v {
            *x *= self.scale;
        }
        v
    }

    /// The variance of one statistic from its replicate values.
    pub(crate) fn variance(&self, thetas: &[f64], estimate: f64) -> f64 {
        let rows: Vec<Vec<f64>> = thetas.iter().map(|&t| vec![t]).collect();
        self.variance_matrix(&rows, &[estimate], 1)[0]
    }

    /// Rank of the analysis weights of the domain's rows (R: `qr(weights(design[domain, ],
    /// "analysis"), tol = 1e-5)$rank`).
    pub(crate) fn rank_within(&self, weights: &[f64], domain: &[bool]) -> f64 {
        let mut sw2 = vec![0.0; self.n_patterns];
        for (k, &inside) in domain.iter().enumerate() {
            if inside {
                sw2[self.row_pattern[k] as usize] += weights[k] * weights[k];
            }
        }
        self.rank_of_patterns(&sw2)
    }

    /// Rank of the matrix whose rows are the patterns present (Σw² > 0), each scaled by
    /// √Σw²: it has the same Gram matrix as the analysis weights of those rows, so the same
    /// QR and the same rank decisions.
    pub(crate) fn rank_of_patterns(&self, sw2: &[f64]) -> f64 {
        let rows: Vec<usize> = (0..self.n_patterns).filter(|&p| sw2[p] > 0.0).collect();
        let m = rows.len();
        let mut x = vec![0.0; m * self.n_rep];
        for (i, &p) in rows.iter().enumerate() {
            let s = sw2[p].sqrt();
            for r in 0..self.n_rep {
                x[r * m + i] = s * self.factor(p, r);
            }
        }
        #[expect(clippy::cast_precision_loss, reason = "a rank")]
        let rank = qr_rank(&mut x, m, self.n_rep, 1e-5) as f64;
        rank
    }
}

/// Numerical rank by R's LINPACK `dqrdc2` (Householder QR with limited column pivoting: a
/// column whose remaining norm falls below `tol` times its original norm moves to the end).
/// `x` is n × p, column-major, and is overwritten.
fn qr_rank(x: &mut [f64], n: usize, p: usize, tol: f64) -> usize {
    if n == 0 || p == 0 {
        return 0;
    }
    let col = |j: usize| j * n;
    let norm = |x: &[f64], j: usize, from: usize| -> f64 {
        x[col(j) + from..col(j) + n]
            .iter()
            .map(|v| v * v)
            .sum::<f64>()
            .sqrt()
    };
    let mut qraux: Vec<f64> = (0..p).map(|j| norm(x, j, 0)).collect();
    let mut work1 = qraux.clone();
    let mut work2: Vec<f64> = qraux
        .iter()
        .map(|&v| if v == 0.0 { 1.0 } else { v })
        .collect();
    let lup = n.min(p);
    let mut k = p + 1;
    for l in 0..lup {
        // Cycle negligible columns to the end (1-based l+1 < k in the Fortran).
        while l + 1 < k && qraux[l] < work2[l] * tol {
            for i in 0..n {
                let t = x[col(l) + i];
                for j in l + 1..p {
                    x[col(j - 1) + i] = x[col(j) + i];
                }
                x[col(p - 1) + i] = t;
            }
            let (q, w1, w2) = (qraux[l], work1[l], work2[l]);
            for j in l + 1..p {
                qraux[j - 1] = qraux[j];
                work1[j - 1] = work1[j];
                work2[j - 1] = work2[j];
            }
            qraux[p - 1] = q;
            work1[p - 1] = w1;
            work2[p - 1] = w2;
            k -= 1;
        }
        if l + 1 == n {
            break;
        }
        let mut nrmxl = norm(x, l, l);
        if nrmxl == 0.0 {
            continue;
        }
        if x[col(l) + l] != 0.0 {
            nrmxl = nrmxl.copysign(x[col(l) + l]);
        }
        for i in l..n {
            x[col(l) + i] /= nrmxl;
        }
        x[col(l) + l] += 1.0;
        for j in l + 1..p {
            let dot: f64 = (l..n).map(|i| x[col(l) + i] * x[col(j) + i]).sum();
            let t = -dot / x[col(l) + l];
            for i in l..n {
                x[col(j) + i] += t * x[col(l) + i];
            }
            if qraux[j] == 0.0 {
                continue;
            }
            let tt = (1.0 - (x[col(j) + l].abs() / qraux[j]).powi(2)).max(0.0);
            if tt.abs() < 1e-6 {
                qraux[j] = norm(x, j, l + 1);
                work1[j] = qraux[j];
            } else {
                qraux[j] *= tt.sqrt();
            }
        }
        qraux[l] = x[col(l) + l];
        x[col(l) + l] = -nrmxl;
    }
    (k - 1).min(n)
}

impl Design {
    /// The replicate scheme, when variances come from replicate weights.
    #[must_use]
    pub fn replicate_kind(&self) -> Option<ReplicateKind> {
        self.replicates.as_deref().map(Replicates::kind)
    }

    /// The number of replicates (0 for a design with strata and PSUs).
    #[must_use]
    pub fn n_replicates(&self) -> usize {
        self.replicates
            .as_deref()
            .map_or(0, Replicates::n_replicates)
    }

    /// A design with replicate weights (R `svrepdesign`), over `n_rows` rows.
    ///
    /// # Errors
    /// No replicate columns, a column of the wrong length, a negative or non-finite replicate
    /// weight or full-sample weight, a missing ρ for Fay or `rscales` for JKn with combined
    /// weights, a scale given for BRR or Fay (whose scale is fixed), or `rscales` of the wrong
    /// length.
    pub fn replicate(n_rows: usize, spec: &ReplicateSpec<'_>) -> Result<Design, StatsError> {
        let n_rep = spec.replicates.len();
        if n_rep == 0 {
            return Err(StatsError::InvalidReplicates(
                "no replicate weight columns were given".to_owned(),
            ));
        }
        let weights: Vec<f64> = match spec.weights {
            Some(w) => w.to_vec(),
            None => vec![1.0; n_rows],
        };
        let mut base = Design::new(
            n_rows,
            &crate::design::DesignSpec {
                weights: Some(&weights),
                ..crate::design::DesignSpec::default()
            },
        )?;
        for (r, col) in spec.replicates.iter().enumerate() {
            if col.len() != n_rows {
                return Err(StatsError::LengthMismatch {
                    column: "replicate weights",
                    expected: n_rows,
                    found: col.len(),
                });
            }
            if let Some((k, &v)) = col
                .iter()
                .enumerate()
                .find(|(_, v)| !(v.is_finite() && **v >= 0.0))
            {
                return Err(StatsError::InvalidReplicateWeight {
                    replicate: r + 1,
                    row: k + 1,
                    value: v,
                });
            }
        }
        #[expect(clippy::cast_precision_loss, reason = "replicate counts < 2^52")]
        let nr = n_rep as f64;
        let fixed_scale = |kind: ReplicateKind| -> Result<(), StatsError> {
            if spec.scale.is_some() {
                return Err(StatsError::InvalidReplicates(format!(
                    "{} replicate weights have a fixed scale; leave scale out",
                    kind.name()
                )));
            }
            Ok(())
        };
        let max_of = |r: usize| spec.replicates[r].iter().copied().fold(0.0, f64::max);
        let mut rscales: Option<Vec<f64>> = spec.rscales.map(<[f64]>::to_vec);
        let scale = match spec.kind {
            ReplicateKind::Brr => {
                fixed_scale(spec.kind)?;
                1.0 / nr
            }
            ReplicateKind::Fay => {
                fixed_scale(spec.kind)?;
                let rho = spec.rho.ok_or_else(|| {
                    StatsError::InvalidReplicates("Fay's method needs rho, e.g. rho = 0.5".into())
                })?;
                if !(0.0..1.0).contains(&rho) {
                    return Err(StatsError::InvalidReplicates(format!(
                        "rho must be at least 0 and below 1, not {rho}"
                    )));
                }
                1.0 / (nr * (1.0 - rho) * (1.0 - rho))
            }
            ReplicateKind::Bootstrap => spec.scale.unwrap_or(1.0 / (nr - 1.0)),
            // R guesses the number of PSUs from the number of replicates (combined weights) or
            // the scale from the first replicate's largest factor n/(n − 1).
            ReplicateKind::Jk1 => spec.scale.unwrap_or_else(|| {
                if spec.combined_weights {
                    (nr - 1.0) / nr
                } else {
                    1.0 / max_of(0)
                }
            }),
            ReplicateKind::Jkn => {
                if rscales.is_none() {
                    if spec.combined_weights {
                        return Err(StatsError::InvalidReplicates(
                            "JKn replicate weights that include the sampling weights need rscales, (n_h − 1)/n_h for each replicate".into(),
                        ));
                    }
                    rscales = Some((0..n_rep).map(|r| 1.0 / max_of(r)).collect());
                }
                spec.scale.unwrap_or(1.0)
            }
            ReplicateKind::Other => spec.scale.unwrap_or(1.0),
        };
        let rscales = rscales.unwrap_or_else(|| vec![1.0; n_rep]);
        if rscales.len() != n_rep {
            return Err(StatsError::InvalidReplicates(format!(
                "rscales has {} values but there are {n_rep} replicates",
                rscales.len()
            )));
        }
        if !(scale.is_finite() && scale > 0.0) || rscales.iter().any(|s| !s.is_finite() || *s < 0.0)
        {
            return Err(StatsError::InvalidReplicates(
                "the scale must be a positive number and rscales numbers of 0 or more".into(),
            ));
        }
        let reps = Replicates::from_factors(
            spec.kind,
            n_rep,
            |k, r| {
                let a = spec.replicates[r][k];
                if spec.combined_weights {
                    a / weights[k]
                } else {
                    a
                }
            },
            Scales {
                scale,
                rscales,
                mse: spec.mse,
            },
            &weights,
        );
        base.simple = false;
        base.replicates = Some(std::sync::Arc::new(reps));
        Ok(base)
    }

    /// Jackknife replicate weights made from this design's strata and PSUs (R
    /// `as.svrepdesign(type = "JK1" | "JKn")`): JK1 for a design without strata, JKn with them.
    /// The finite population correction enters the replicate scales; lonely PSUs follow the
    /// design's policy as `jknweights` does.
    ///
    /// # Errors
    /// JK1 asked for a stratified design; a replicate design; a lonely PSU under `fail`; every
    /// stratum sampled completely.
    pub fn to_jackknife(&self, kind: ReplicateKind) -> Result<Design, StatsError> {
        if self.replicates.is_some() {
            return Err(StatsError::InvalidReplicates(
                "the design already has replicate weights".into(),
            ));
        }
        let n_strata = self.strata.len();
        let psu_of = |k: usize| -> usize {
            if self.row_psu.is_empty() {
                k
            } else {
                self.row_psu[k] as usize
            }
        };
        // PSU → first row, and PSUs of each stratum in dense order.
        let n_psu = self.n_psu;
        let mut psu_stratum = vec![0usize; n_psu];
        for k in 0..self.n_rows() {
            psu_stratum[psu_of(k)] = self.row_stratum[k] as usize;
        }
        // Columns: for each kept replicate, a factor per PSU.
        let mut columns: Vec<Vec<f64>> = Vec::new();
        let mut rscales: Vec<f64> = Vec::new();
        let mut scale = 1.0;
        match kind {
            ReplicateKind::Jk1 => {
                if n_strata > 1 {
                    return Err(StatsError::InvalidReplicates(
                        "JK1 is for designs without strata; use JKn".into(),
                    ));
                }
                #[expect(clippy::cast_precision_loss, reason = "PSU counts < 2^52")]
                let n = n_psu as f64;
                let f = self.strata[0].fpc_factor;
                for i in 0..n_psu {
                    let mut c = vec![n / (n - 1.0); n_psu];
                    c[i] = 0.0;
                    columns.push(c);
                    rscales.push(1.0);
                }
                scale = f * (n - 1.0) / n;
            }
            ReplicateKind::Jkn => {
                #[expect(clippy::cast_precision_loss, reason = "stratum counts < 2^52")]
                let ns = n_strata as f64;
                for (h, s) in self.strata.iter().enumerate() {
                    let psus: Vec<usize> = (0..n_psu).filter(|&i| psu_stratum[i] == h).collect();
                    let nh = psus.len();
                    if s.fpc_factor == 0.0 {
                        continue;
                    }
                    if nh == 1 {
                        match self.lonely_psu {
                            LonelyPsu::Fail => {
                                return Err(StatsError::LonelyPsu {
                                    stratum: s.label.clone(),
                                });
                            }
                            LonelyPsu::Adjust => {
                                let c: Vec<f64> = (0..n_psu)
                                    .map(|i| {
                                        if psu_stratum[i] == h {
                                            0.0
                                        } else {
                                            ns / (ns - 1.0)
                                        }
                                    })
                                    .collect();
                                columns.push(c);
                                rscales.push((ns - 1.0) / ns);
                            }
                            LonelyPsu::Remove | LonelyPsu::Certainty | LonelyPsu::Average => {}
                        }
                        continue;
                    }
                    #[expect(clippy::cast_precision_loss, reason = "PSU counts < 2^52")]
                    let n = nh as f64;
                    for &i in &psus {
                        let mut c = vec![1.0; n_psu];
                        for &j in &psus {
                            c[j] = if j == i { 0.0 } else { n / (n - 1.0) };
                        }
                        columns.push(c);
                        rscales.push(s.fpc_factor * (n - 1.0) / n);
                    }
                }
                if columns.is_empty() {
                    return Err(StatsError::InvalidReplicates(
                        "every stratum was sampled completely: there is no sampling variance"
                            .into(),
                    ));
                }
                if columns.len() < n_psu && self.lonely_psu == LonelyPsu::Average {
                    #[expect(clippy::cast_precision_loss, reason = "PSU counts < 2^52")]
                    let f = n_psu as f64 / columns.len() as f64;
                    scale *= f;
                }
            }
            other => {
                return Err(StatsError::InvalidReplicates(format!(
                    "replicate weights of type {} cannot be made from the design here; supply them as columns",
                    other.name()
                )));
            }
        }
        let n_rep = columns.len();
        let reps = Replicates::from_factors(
            kind,
            n_rep,
            |k, r| columns[r][psu_of(k)],
            Scales {
                scale,
                rscales,
                mse: false,
            },
            &self.weights,
        );
        let mut out = self.clone();
        out.simple = false;
        out.replicates = Some(std::sync::Arc::new(reps));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rank_of_a_jackknife_is_the_number_of_psus() {
        // Rows 3 × 3 PSUs; JK1 factors 1.5 except 0 for the deleted PSU: rank 3.
        let n = 3;
        let mut x = Vec::new();
        for r in 0..n {
            for i in 0..n {
                x.push(if i == r { 0.0 } else { 1.5 });
            }
        }
        assert_eq!(qr_rank(&mut x, n, n, 1e-5), 3);
        // Two equal columns: rank 1.
        let mut y = vec![1.0, 2.0, 3.0, 1.0, 2.0, 3.0];
        assert_eq!(qr_rank(&mut y, 3, 2, 1e-5), 1);
    }
}
