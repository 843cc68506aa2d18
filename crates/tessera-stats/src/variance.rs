//! The general variance primitive: the design-based covariance matrix of estimated totals of
//! per-row influence values, for linearisation designs (strata, PSUs, fpc, lonely-PSU rules,
//! calibration) and replicate-weight designs alike.
//!
//! Every estimator that is a smooth function of weighted totals can be written as
//! θ̂ − θ ≈ Σ_k z_k, with z_k the row's *influence value* (already multiplied by its weight;
//! zero outside the domain). Its variance is then the variance of an estimated total, which
//! the design gives (Lumley 2010, §2.2 and appendix C; Binder 1983):
//!
//! V = Σ_h s_h Σ_i (t_hi − t̄_h)(t_hi − t̄_h)ᵀ,  t_hi = Σ_{k∈(h,i)} z_k,  s_h = (1 − f_h) n_h/(n_h − 1),
//!
//! with survey 4.1-1's rules for strata with one PSU (`onestrat`: a lonely PSU is uncentred under `adjust`, left out under `average`). A design
//! with replicate weights instead re-computes the estimator with each replicate's weights, as
//! R's `svrepdesign` methods do ([`Statistic::estimate`]), and V = scale Σ_r rscale_r (θ̂_r − θ̄)(θ̂_r − θ̄)ᵀ
//! (`svrVar`).
//!
//! New estimators (quantiles, ratios, regression, Rao–Scott) implement [`Statistic`] and call
//! [`Design::covariance`]. The breakdown estimates (`Breakdown`) use a specialised fast path of
//! the same formulas, accumulating PSU totals for all cells in one pass.

use crate::design::{Design, LonelyPsu};
use crate::error::StatsError;

/// How one stratum enters the variance (survey 4.1-1 `onestrat`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Centring {
    /// Σ (t_i − t̄)(t_i − t̄)ᵀ over the stratum's n_h PSUs, t̄ over all n_h (zero-padded).
    Centred,
    /// Σ t_i t_iᵀ: a lonely PSU under `adjust` (survey 4.1-1 does not centre it).
    Uncentred,
    /// Left out, and the other strata scaled up: a lonely PSU under `average`.
    Excluded,
    /// A census stratum (sampling fraction 1): contributes exactly 0.
    Zero,
}

/// The rule for a stratum with `n_psu` PSUs in the full design, `present_psu` of which hold
/// rows of the domain, and sampling-fraction factor `fpc_factor` = 1 − f_h.
pub(crate) fn stratum_rule(
    n_psu: usize,
    present_psu: usize,
    fpc_factor: f64,
    lonely: LonelyPsu,
    adjust_domain_lonely: bool,
) -> Centring {
    if fpc_factor < 1e-7 {
        return Centring::Zero;
    }
    // R: a lonely PSU (n_h = 1), or with survey.adjust.domain.lonely a stratum where the domain
    // reaches one PSU only, is handled by the policy; otherwise the stratum is centred.
    let lonely_here = n_psu <= 1 || (present_psu == 1 && adjust_domain_lonely);
    if !lonely_here {
        return Centring::Centred;
    }
    match lonely {
        LonelyPsu::Adjust => Centring::Uncentred,
        LonelyPsu::Average => Centring::Excluded,
        // Centring a single PSU gives 0: `remove` and `certainty` in survey 4.1-1.
        LonelyPsu::Remove | LonelyPsu::Certainty | LonelyPsu::Fail => Centring::Centred,
    }
}

/// The factor s_h: (1 − f_h) n_h/(n_h − 1), or (1 − f_h) for a single PSU.
pub(crate) fn stratum_scale(n_psu: usize, fpc_factor: f64) -> f64 {
    if n_psu > 1 {
        #[expect(clippy::cast_precision_loss, reason = "PSU counts < 2^52")]
        let n = n_psu as f64;
        fpc_factor * n / (n - 1.0)
    } else {
        fpc_factor
    }
}

/// Adds strata's contributions, then scales for strata left out under `average`
/// (R `onestage`: sum × strata present / strata kept).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct StrataSum {
    present: usize,
    kept: usize,
}

impl StrataSum {
    /// Records one stratum that holds domain rows; returns whether its contribution counts.
    pub(crate) fn stratum(&mut self, centring: Centring) -> bool {
        self.present += 1;
        let kept = centring != Centring::Excluded;
        self.kept += usize::from(kept);
        kept
    }

    /// The factor applied to the summed contributions (NaN when every stratum was left out).
    pub(crate) fn factor(&self) -> f64 {
        if self.kept == self.present {
            1.0
        } else if self.kept == 0 {
            f64::NAN
        } else {
            #[expect(clippy::cast_precision_loss, reason = "stratum counts < 2^52")]
            let f = self.present as f64 / self.kept as f64;
            f
        }
    }
}

/// An estimator a design can give a variance for: its value under any weights (for replicate
/// designs) and its per-row influence values (for linearisation designs).
pub trait Statistic {
    /// How many numbers it estimates.
    fn dim(&self) -> usize;

    /// The estimates with these per-row weights (the full-sample weights, or a replicate's).
    /// A row with weight 0 is out of the sample.
    fn estimate(&self, weights: &[f64]) -> Vec<f64>;

    /// Influence values at the full-sample `weights` and `estimate`: one vector of n values per
    /// statistic, each already multiplied by the row's weight, so that θ̂ − θ ≈ Σ_k z_k
    /// (R's `attr(, "influence")`).
    fn influence(&self, weights: &[f64], estimate: &[f64]) -> Vec<Vec<f64>>;
}

/// Estimates with their design-based covariance matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct Covariance {
    /// The estimates.
    pub estimate: Vec<f64>,
    /// The p × p covariance matrix, row-major.
    pub matrix: Vec<f64>,
    /// Degrees of freedom for t quantiles (`degf` of the domain, or of the design).
    pub df: f64,
}

impl Covariance {
    /// The number of statistics.
    #[must_use]
    pub fn dim(&self) -> usize {
        self.estimate.len()
    }

    /// Covariance of statistics `i` and `j`.
    #[must_use]
    pub fn get(&self, i: usize, j: usize) -> f64 {
        self.matrix[i * self.dim() + j]
    }

    /// Standard error of statistic `i`.
    #[must_use]
    pub fn se(&self, i: usize) -> f64 {
        self.get(i, i).max(0.0).sqrt()
    }

    /// The linear contrast Σ c_i θ_i and its variance cᵀVc (R `svycontrast`).
    #[must_use]
    pub fn contrast(&self, c: &[f64]) -> (f64, f64) {
        let p = self.dim();
        let value = c.iter().zip(&self.estimate).map(|(a, b)| a * b).sum();
        let mut v = 0.0;
        for i in 0..p {
            for j in 0..p {
                v += c[i] * c[j] * self.get(i, j);
            }
        }
        (value, v)
    }
}

fn check_columns(design: &Design, z: &[Vec<f64>]) -> Result<(), StatsError> {
    match z.iter().find(|c| c.len() != design.n_rows()) {
        Some(c) => Err(StatsError::LengthMismatch {
            column: "influence",
            expected: design.n_rows(),
            found: c.len(),
        }),
        None => Ok(()),
    }
}

impl Design {
    /// The design-based covariance matrix of the estimated totals Σ_k z_k of the influence
    /// columns `z` (p columns of n rows), with the domain's rows for the lonely-PSU rules
    /// (`None`: the whole sample).
    ///
    /// Replicate designs take the
    /// totals Σ_k (w_rk/w_k) z_k under each replicate (exact for totals; for other statistics use
    /// [`Design::covariance`], which re-estimates).
    ///
    /// # Errors
    /// A column of the wrong length.
    pub fn total_covariance(
        &self,
        z: &[Vec<f64>],
        domain: Option<&[bool]>,
    ) -> Result<Vec<f64>, StatsError> {
        check_columns(self, z)?;
        if let Some(reps) = &self.replicates {
            let p = z.len();
            let totals: Vec<f64> = z.iter().map(|c| c.iter().sum()).collect();
            let thetas = reps.linear_replicates(z);
            return Ok(reps.variance_matrix(&thetas, &totals, p));
        }
        match &self.calibration {
            // R keeps every row of a calibrated design in a domain's subset (with weight 0
            // outside it), so each stratum and PSU counts as present.
            Some(c) => {
                let residuals: Vec<Vec<f64>> = z.iter().map(|col| c.cal.residuals(col)).collect();
                Ok(self.taylor_covariance(&residuals, None))
            }
            None => Ok(self.taylor_covariance(z, domain)),
        }
    }

    /// The estimates of a statistic and their covariance matrix: by linearisation (its
    /// influence values) or, with replicate weights, by re-estimating under each replicate.
    /// `domain` (the rows the statistic is about) gives the degrees of freedom and the
    /// domain-lonely rule; `None` means the whole sample.
    ///
    /// # Errors
    /// Influence columns of the wrong length or number.
    pub fn covariance<S: Statistic + ?Sized>(
        &self,
        stat: &S,
        domain: Option<&[bool]>,
    ) -> Result<Covariance, StatsError> {
        let estimate = stat.estimate(&self.weights);
        let p = stat.dim();
        let df = self.degrees_of_freedom_within(domain);
        if let Some(reps) = &self.replicates {
            let thetas: Vec<Vec<f64>> = (0..reps.n_replicates())
                .map(|r| stat.estimate(&reps.replicate_weights(&self.weights, r)))
                .collect();
            let matrix = reps.variance_matrix(&thetas, &estimate, p);
            return Ok(Covariance {
                estimate,
                matrix,
                df,
            });
        }
        let z = stat.influence(&self.weights, &estimate);
        if z.len() != p {
            return Err(StatsError::LengthMismatch {
                column: "influence columns",
                expected: p,
                found: z.len(),
            });
        }
        let matrix = self.total_covariance(&z, domain)?;
        Ok(Covariance {
            estimate,
            matrix,
            df,
        })
    }

    /// `degf()` of the design restricted to the domain's rows: distinct PSUs minus distinct
    /// strata among them, or for replicate weights their rank minus 1.
    #[must_use]
    pub fn degrees_of_freedom_within(&self, domain: Option<&[bool]>) -> f64 {
        let Some(domain) = domain else {
            #[expect(clippy::cast_precision_loss, reason = "PSU counts < 2^52")]
            let df = self.degrees_of_freedom() as f64;
            return df;
        };
        if let Some(reps) = &self.replicates {
            return reps.rank_within(&self.weights, domain) - 1.0;
        }
        let mut psu_seen = vec![false; self.n_psu];
        let mut stratum_seen = vec![false; self.strata.len()];
        let (mut psus, mut strata) = (0usize, 0usize);
        for (k, &inside) in domain.iter().enumerate() {
            if !inside {
                continue;
            }
            let h = self.row_stratum[k] as usize;
            if !stratum_seen[h] {
                stratum_seen[h] = true;
                strata += 1;
            }
            if self.row_psu.is_empty() {
                psus += 1;
            } else {
                let i = self.row_psu[k] as usize;
                if !psu_seen[i] {
                    psu_seen[i] = true;
                    psus += 1;
                }
            }
        }
        #[expect(clippy::cast_precision_loss, reason = "PSU counts < 2^52")]
        let df = psus as f64 - strata as f64;
        df
    }

    /// Linearisation covariance of the totals of `z` (already residualised).
    #[expect(
        clippy::needless_range_loop,
        reason = "the row index k reads the same row of several columns and of the design"
    )]
    fn taylor_covariance(&self, z: &[Vec<f64>], domain: Option<&[bool]>) -> Vec<f64> {
        let p = z.len();
        let mut out = vec![0.0; p * p];
        let in_domain = |k: usize| domain.is_none_or(|d| d[k]);
        let mut sum = StrataSum::default();
        if self.row_psu.is_empty() {
            // Each row its own PSU: per stratum Σz, Σzzᵀ and the domain's row count.
            let n_strata = self.strata.len();
            let mut s1 = vec![0.0; n_strata * p];
            let mut s2 = vec![0.0; n_strata * p * p];
            let mut present = vec![0usize; n_strata];
            for k in 0..self.n_rows() {
                let h = self.row_stratum[k] as usize;
                present[h] += usize::from(in_domain(k));
                for a in 0..p {
                    let za = z[a][k];
                    s1[h * p + a] += za;
                    for b in 0..p {
                        s2[(h * p + a) * p + b] += za * z[b][k];
                    }
                }
            }
            for (h, s) in self.strata.iter().enumerate() {
                if present[h] == 0 && domain.is_some() {
                    continue;
                }
                let rule = stratum_rule(
                    s.n_psu,
                    present[h],
                    s.fpc_factor,
                    self.lonely_psu,
                    self.adjust_domain_lonely,
                );
                if !sum.stratum(rule) || rule == Centring::Zero {
                    continue;
                }
                let scale = stratum_scale(s.n_psu, s.fpc_factor);
                #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
                let nh = s.n_psu as f64;
                for a in 0..p {
                    for b in 0..p {
                        let mut v = s2[(h * p + a) * p + b];
                        if rule == Centring::Centred {
                            v -= s1[h * p + a] * s1[h * p + b] / nh;
                        }
                        out[a * p + b] += scale * v;
                    }
                }
            }
        } else {
            let n_psu = self.n_psu;
            let mut t = vec![0.0; n_psu * p];
            let mut seen = vec![false; n_psu];
            for k in 0..self.n_rows() {
                let i = self.row_psu[k] as usize;
                seen[i] |= in_domain(k);
                for a in 0..p {
                    t[i * p + a] += z[a][k];
                }
            }
            for s in &self.strata {
                let range = s.psu_start..s.psu_start + s.n_psu;
                let present = range.clone().filter(|&i| seen[i]).count();
                if present == 0 && domain.is_some() {
                    continue;
                }
                let rule = stratum_rule(
                    s.n_psu,
                    present,
                    s.fpc_factor,
                    self.lonely_psu,
                    self.adjust_domain_lonely,
                );
                if !sum.stratum(rule) || rule == Centring::Zero {
                    continue;
                }
                let scale = stratum_scale(s.n_psu, s.fpc_factor);
                #[expect(clippy::cast_precision_loss, reason = "PSU counts < 2^52")]
                let nh = s.n_psu as f64;
                let mut mean = vec![0.0; p];
                if rule == Centring::Centred {
                    for i in range.clone() {
                        for a in 0..p {
                            mean[a] += t[i * p + a] / nh;
                        }
                    }
                }
                for i in range {
                    for a in 0..p {
                        let da = t[i * p + a] - mean[a];
                        for b in 0..p {
                            out[a * p + b] += scale * da * (t[i * p + b] - mean[b]);
                        }
                    }
                }
            }
        }
        let factor = sum.factor();
        if factor != 1.0 {
            for v in &mut out {
                *v *= factor;
            }
        }
        out
    }
}

/// Domain means of several variables: θ_j = Σ_{k∈d} w_k y_jk / Σ_{k∈d} w_k over the rows of the
/// domain where y_j is not NaN (R `svymean` on `subset(design, domain)`, one variable at a
/// time). A worked example of [`Statistic`], and the reference the fast path is tested against.
#[derive(Debug, Clone)]
pub struct DomainMeans<'a> {
    /// The variables.
    pub y: Vec<&'a [f64]>,
    /// The domain's rows (`None`: all rows).
    pub domain: Option<&'a [bool]>,
}

impl DomainMeans<'_> {
    fn valid(&self, j: usize, k: usize) -> bool {
        self.domain.is_none_or(|d| d[k]) && !self.y[j][k].is_nan()
    }
}

impl Statistic for DomainMeans<'_> {
    fn dim(&self) -> usize {
        self.y.len()
    }

    fn estimate(&self, weights: &[f64]) -> Vec<f64> {
        (0..self.y.len())
            .map(|j| {
                let (mut sw, mut swy) = (0.0, 0.0);
                for (k, &w) in weights.iter().enumerate() {
                    if self.valid(j, k) {
                        sw += w;
                        swy += w * self.y[j][k];
                    }
                }
                swy / sw
            })
            .collect()
    }

    fn influence(&self, weights: &[f64], estimate: &[f64]) -> Vec<Vec<f64>> {
        (0..self.y.len())
            .map(|j| {
                let total: f64 = (0..weights.len())
                    .filter(|&k| self.valid(j, k))
                    .map(|k| weights[k])
                    .sum();
                (0..weights.len())
                    .map(|k| {
                        if self.valid(j, k) {
                            weights[k] * (self.y[j][k] - estimate[j]) / total
                        } else {
                            0.0
                        }
                    })
                    .collect()
            })
            .collect()
    }
}

/// Domain totals of several variables: θ_j = Σ_{k∈d} w_k y_jk (NaN counts as 0), as R
/// `svytotal`.
#[derive(Debug, Clone)]
pub struct DomainTotals<'a> {
    /// The variables.
    pub y: Vec<&'a [f64]>,
    /// The domain's rows (`None`: all rows).
    pub domain: Option<&'a [bool]>,
}

impl DomainTotals<'_> {
    fn value(&self, j: usize, k: usize) -> f64 {
        let v = self.y[j][k];
        if self.domain.is_none_or(|d| d[k]) && !v.is_nan() {
            v
        } else {
            0.0
        }
    }
}

impl Statistic for DomainTotals<'_> {
    fn dim(&self) -> usize {
        self.y.len()
    }

    fn estimate(&self, weights: &[f64]) -> Vec<f64> {
        (0..self.y.len())
            .map(|j| {
                weights
                    .iter()
                    .enumerate()
                    .map(|(k, &w)| w * self.value(j, k))
                    .sum()
            })
            .collect()
    }

    fn influence(&self, weights: &[f64], _estimate: &[f64]) -> Vec<Vec<f64>> {
        (0..self.y.len())
            .map(|j| {
                weights
                    .iter()
                    .enumerate()
                    .map(|(k, &w)| w * self.value(j, k))
                    .collect()
            })
            .collect()
    }
}
