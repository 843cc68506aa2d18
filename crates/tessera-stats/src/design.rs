//! Survey designs: weights, strata, first-stage clusters (PSUs), fpc and the lonely-PSU rule.
//!
//! A [`Design`] is built once per data set. It turns the user's stratum and PSU codes into dense
//! indices, so that estimation loops over rows only index arrays (no hashing per row). PSUs are
//! numbered contiguously within each stratum, which lets the variance of any linearised statistic
//! be computed stratum by stratum (Lumley 2010, §2.2 and appendix C).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use serde::Serialize;

use crate::error::StatsError;

/// What to do with a stratum that holds a single PSU (R `options(survey.lonely.psu=)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum LonelyPsu {
    /// survey 4.1-1 `"adjust"`: the stratum contributes t_h1² (uncentred, scale 1). For means and
    /// proportions this equals centring at the grand mean, because Σz = 0.
    #[default]
    Adjust,
    /// `"remove"`: the stratum contributes nothing to the variance.
    Remove,
    /// `"certainty"`: the PSU was sampled with certainty and contributes nothing at this stage.
    Certainty,
    /// `"fail"`: building the design is an error.
    Fail,
    /// `"average"`: the stratum is left out and the variance of the other strata is scaled up
    /// by (strata present)/(strata left), i.e. it gets the average of the others.
    Average,
}

/// The raw description of a design, borrowed from the caller's columns.
///
/// Mirrors `svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, fpc = ~fpc, nest = )`.
/// Missing pieces mean: no weights → all 1; no strata → one stratum; no PSUs → each row is its own
/// PSU (`ids = ~1`).
#[derive(Debug, Clone, Copy)]
pub struct DesignSpec<'a> {
    /// Sampling weights, each finite and > 0.
    pub weights: Option<&'a [f64]>,
    /// Stratum codes.
    pub strata: Option<&'a [u32]>,
    /// First-stage cluster (PSU) codes.
    pub psu: Option<&'a [u32]>,
    /// Per-row finite population correction: the population number of PSUs in the row's stratum,
    /// or the sampling fraction if ≤ 1 (as `svydesign` reads `fpc`). Constant within a stratum.
    pub fpc: Option<&'a [f64]>,
    /// `nest = TRUE`: a PSU is the pair (stratum, psu code). With `false`, the code alone
    /// identifies the PSU and must not repeat across strata.
    pub nest: bool,
    /// The lonely-PSU policy.
    pub lonely_psu: LonelyPsu,
    /// The text of each stratum code as it is in the data (`strata_labels[code]`), so that
    /// messages name strata as people know them; without it the codes are shown as numbers.
    pub strata_labels: Option<&'a [String]>,
    /// The text of each PSU code as it is in the data (`psu_labels[code]`).
    pub psu_labels: Option<&'a [String]>,
    /// R's `options(survey.adjust.domain.lonely = TRUE)`: a stratum where only one PSU holds
    /// rows of the domain (but the design has more) is treated by the lonely-PSU policy
    /// (`adjust`: uncentred; `average`: left out) instead of normally with zero-padded PSUs.
    pub adjust_domain_lonely: bool,
}

impl Default for DesignSpec<'_> {
    fn default() -> Self {
        Self {
            weights: None,
            strata: None,
            psu: None,
            fpc: None,
            nest: true,
            lonely_psu: LonelyPsu::Adjust,
            strata_labels: None,
            psu_labels: None,
            adjust_domain_lonely: false,
        }
    }
}

/// The text of a code: its label when the caller gave labels, else the number.
fn label_of(labels: Option<&[String]>, code: u32) -> String {
    labels
        .and_then(|l| l.get(code as usize))
        .cloned()
        .unwrap_or_else(|| code.to_string())
}

/// One stratum of a built design.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stratum {
    /// The user's stratum code (0 when the design has no strata).
    pub code: u32,
    /// The stratum as it is in the data (the code's label, or the code as a number).
    pub label: String,
    /// Number of PSUs n_h in the full design.
    pub n_psu: usize,
    /// Index of its first PSU in the dense PSU numbering (clustered designs).
    pub(crate) psu_start: usize,
    /// The factor (1 − f_h) applied to the stratum's variance (1 without fpc).
    pub fpc_factor: f64,
}

/// A validated survey design over `n_rows` rows.
#[derive(Debug, Clone)]
pub struct Design {
    pub(crate) weights: Vec<f64>,
    /// Dense stratum index of each row.
    pub(crate) row_stratum: Vec<u32>,
    /// Dense PSU index of each row; empty when every row is its own PSU.
    pub(crate) row_psu: Vec<u32>,
    pub(crate) strata: Vec<Stratum>,
    pub(crate) n_psu: usize,
    pub(crate) lonely_psu: LonelyPsu,
    /// No weights, strata, clusters or fpc: a simple random sample with equal weights.
    pub(crate) simple: bool,
    /// R's `survey.adjust.domain.lonely`.
    pub(crate) adjust_domain_lonely: bool,
    /// Replicate weights: when present, variances come from them, not from strata and PSUs.
    pub(crate) replicates: Option<std::sync::Arc<crate::replicate::Replicates>>,
    /// Calibration of the weights: influence values are replaced by its residuals.
    pub(crate) calibration: Option<std::sync::Arc<crate::calibration::CalibratedDesign>>,
}

/// Multiplicative hashing for integer keys (design construction only).
#[derive(Default)]
pub(crate) struct IntHasher(u64);

impl Hasher for IntHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.write_u64(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub(crate) type IntMap<K, V> = HashMap<K, V, BuildHasherDefault<IntHasher>>;

fn check_len(column: &'static str, expected: usize, found: usize) -> Result<(), StatsError> {
    if expected == found {
        Ok(())
    } else {
        Err(StatsError::LengthMismatch {
            column,
            expected,
            found,
        })
    }
}

impl Design {
    /// Builds and validates a design over `n_rows` rows.
    ///
    /// # Errors
    /// Length mismatches, non-positive or non-finite weights, invalid fpc, PSUs not nested in
    /// strata when `nest` is false, and lonely PSUs under [`LonelyPsu::Fail`]; each error names the
    /// row (1-based) or code involved.
    pub fn new(n_rows: usize, spec: &DesignSpec<'_>) -> Result<Self, StatsError> {
        if n_rows == 0 {
            return Err(StatsError::EmptyDesign);
        }
        let weights = match spec.weights {
            Some(w) => {
                check_len("weights", n_rows, w.len())?;
                if let Some((i, &v)) = w
                    .iter()
                    .enumerate()
                    .find(|(_, v)| !(v.is_finite() && **v > 0.0))
                {
                    return Err(StatsError::InvalidWeight {
                        row: i + 1,
                        value: v,
                    });
                }
                w.to_vec()
            }
            None => vec![1.0; n_rows],
        };
        if let Some(s) = spec.strata {
            check_len("strata", n_rows, s.len())?;
        }
        if let Some(p) = spec.psu {
            check_len("psu", n_rows, p.len())?;
        }
        if let Some(f) = spec.fpc {
            check_len("fpc", n_rows, f.len())?;
        }

        // Dense strata, numbered in order of sorted code.
        let (row_stratum, strata_codes) = match spec.strata {
            Some(codes) => {
                let mut seen: IntMap<u32, u32> = IntMap::default();
                for &c in codes {
                    let next = u32::try_from(seen.len()).unwrap_or(u32::MAX);
                    seen.entry(c).or_insert(next);
                }
                let mut sorted: Vec<u32> = seen.keys().copied().collect();
                sorted.sort_unstable();
                let mut to_dense: IntMap<u32, u32> = IntMap::default();
                for (i, &c) in sorted.iter().enumerate() {
                    to_dense.insert(c, u32::try_from(i).unwrap_or(u32::MAX));
                }
                let mut row_stratum = Vec::with_capacity(n_rows);
                let mut last = (u32::MAX, 0u32);
                for &c in codes {
                    if c != last.0 || row_stratum.is_empty() {
                        last = (c, to_dense.get(&c).copied().unwrap_or(0));
                    }
                    row_stratum.push(last.1);
                }
                (row_stratum, sorted)
            }
            None => (vec![0; n_rows], vec![0]),
        };
        let n_strata = strata_codes.len();

        let mut strata: Vec<Stratum> = strata_codes
            .iter()
            .map(|&code| Stratum {
                code,
                label: label_of(spec.strata_labels, code),
                n_psu: 0,
                psu_start: 0,
                fpc_factor: 1.0,
            })
            .collect();

        let (row_psu, n_psu) = match spec.psu {
            Some(psu) => {
                // Provisional ids in order of first appearance, then renumbered contiguously
                // within strata.
                let mut ids: IntMap<u64, u32> = IntMap::default();
                let mut keys: Vec<(u32, u32, u64)> = Vec::new(); // (stratum, code, key)
                let mut prov = Vec::with_capacity(n_rows);
                for (k, (&p, &h)) in psu.iter().zip(&row_stratum).enumerate() {
                    let key = if spec.nest {
                        (u64::from(h) << 32) | u64::from(p)
                    } else {
                        u64::from(p)
                    };
                    let next = u32::try_from(keys.len()).unwrap_or(u32::MAX);
                    let id = *ids.entry(key).or_insert(next);
                    if id == next {
                        keys.push((h, p, key));
                    } else if !spec.nest && keys[id as usize].0 != h {
                        let stratum =
                            |dense: u32| label_of(spec.strata_labels, strata_codes[dense as usize]);
                        return Err(StatsError::NotNested {
                            psu: label_of(spec.psu_labels, p),
                            first_stratum: stratum(keys[id as usize].0),
                            second_stratum: stratum(row_stratum[k]),
                        });
                    }
                    prov.push(id);
                }
                let mut order: Vec<u32> =
                    (0..u32::try_from(keys.len()).unwrap_or(u32::MAX)).collect();
                order.sort_unstable_by_key(|&i| (keys[i as usize].0, keys[i as usize].1));
                let mut remap = vec![0u32; keys.len()];
                for (dense, &p) in order.iter().enumerate() {
                    remap[p as usize] = u32::try_from(dense).unwrap_or(u32::MAX);
                    let h = keys[p as usize].0 as usize;
                    if strata[h].n_psu == 0 {
                        strata[h].psu_start = dense;
                    }
                    strata[h].n_psu += 1;
                }
                for id in &mut prov {
                    *id = remap[*id as usize];
                }
                (prov, keys.len())
            }
            None => {
                for &h in &row_stratum {
                    strata[h as usize].n_psu += 1;
                }
                (Vec::new(), n_rows)
            }
        };

        if let Some(fpc) = spec.fpc {
            let mut value: Vec<Option<(usize, f64)>> = vec![None; n_strata];
            for (k, (&f, &h)) in fpc.iter().zip(&row_stratum).enumerate() {
                if !(f.is_finite() && f > 0.0) {
                    return Err(StatsError::InvalidFpc {
                        row: k + 1,
                        value: f,
                        reason: "expected a positive population size or a sampling fraction in (0, 1]",
                    });
                }
                match value[h as usize] {
                    None => value[h as usize] = Some((k, f)),
                    Some((_, v)) if v != f => {
                        return Err(StatsError::InvalidFpc {
                            row: k + 1,
                            value: f,
                            reason: "fpc must be constant within a stratum",
                        });
                    }
                    Some(_) => {}
                }
            }
            for (h, s) in strata.iter_mut().enumerate() {
                if let Some((row, f)) = value[h] {
                    // survey: values ≤ 1 are sampling fractions, larger ones population sizes.
                    #[expect(clippy::cast_precision_loss, reason = "PSU counts are far below 2^52")]
                    let frac = if f <= 1.0 { f } else { s.n_psu as f64 / f };
                    if frac > 1.0 {
                        return Err(StatsError::InvalidFpc {
                            row: row + 1,
                            value: f,
                            reason: "population size is smaller than the number of sampled PSUs",
                        });
                    }
                    s.fpc_factor = 1.0 - frac;
                }
            }
        }

        if spec.lonely_psu == LonelyPsu::Fail
            && let Some(s) = strata.iter().find(|s| s.n_psu == 1)
        {
            return Err(StatsError::LonelyPsu {
                stratum: s.label.clone(),
            });
        }

        Ok(Self {
            weights,
            row_stratum,
            row_psu,
            strata,
            n_psu,
            lonely_psu: spec.lonely_psu,
            simple: spec.weights.is_none()
                && spec.strata.is_none()
                && spec.psu.is_none()
                && spec.fpc.is_none(),
            adjust_domain_lonely: spec.adjust_domain_lonely,
            replicates: None,
            calibration: None,
        })
    }

    /// An equal-weight simple random sample (`svydesign(ids = ~1)`, no weights) of `n_rows` rows.
    ///
    /// # Errors
    /// [`StatsError::EmptyDesign`] when `n_rows` is 0.
    pub fn simple_random_sample(n_rows: usize) -> Result<Self, StatsError> {
        Self::new(n_rows, &DesignSpec::default())
    }

    /// Number of rows.
    #[must_use]
    pub fn n_rows(&self) -> usize {
        self.weights.len()
    }

    /// Number of PSUs in the full design.
    #[must_use]
    pub fn n_psu(&self) -> usize {
        self.n_psu
    }

    /// The strata of the design, in order of their codes.
    #[must_use]
    pub fn strata(&self) -> &[Stratum] {
        &self.strata
    }

    /// The weights (all 1 when none were given).
    #[must_use]
    pub fn weights(&self) -> &[f64] {
        &self.weights
    }

    /// Design degrees of freedom, `degf()`: number of PSUs minus number of strata; for a
    /// replicate-weight design, the rank of the replicate weights minus 1 (as R).
    #[must_use]
    pub fn degrees_of_freedom(&self) -> usize {
        match &self.replicates {
            Some(r) => r.degrees_of_freedom(),
            None => self.n_psu - self.strata.len(),
        }
    }

    /// The lonely-PSU policy.
    #[must_use]
    pub fn lonely_psu(&self) -> LonelyPsu {
        self.lonely_psu
    }

    /// Whether the weights were calibrated (post-stratified, raked or calibrated), so that
    /// variances use the calibration's residuals.
    #[must_use]
    pub fn is_calibrated(&self) -> bool {
        self.calibration.is_some()
    }

    /// The same design with calibrated weights and the calibration's steps for the variance.
    pub(crate) fn with_calibration(
        &self,
        weights: Vec<f64>,
        cal: crate::calibration::Calibration,
    ) -> Result<Design, StatsError> {
        check_len("weights", self.n_rows(), weights.len())?;
        if let Some((i, &v)) = weights
            .iter()
            .enumerate()
            .find(|(_, v)| !(v.is_finite() && **v > 0.0))
        {
            return Err(StatsError::InvalidWeight {
                row: i + 1,
                value: v,
            });
        }
        let parts = crate::calibration::CalibratedDesign::new(cal, &self.row_psu, self.n_psu);
        let mut out = self.clone();
        out.weights = weights;
        out.simple = false;
        out.calibration = Some(std::sync::Arc::new(parts));
        Ok(out)
    }

    /// Whether variances come from replicate weights.
    #[must_use]
    pub fn has_replicates(&self) -> bool {
        self.replicates.is_some()
    }

    /// Dense stratum index of each row (0-based, in order of the strata's codes).
    #[must_use]
    pub fn row_strata(&self) -> &[u32] {
        &self.row_stratum
    }

    /// Dense PSU index of each row, numbered contiguously within strata (`strata()[h]`'s PSUs
    /// are a contiguous block); `None` when every row is its own PSU.
    #[must_use]
    pub fn row_psus(&self) -> Option<&[u32]> {
        (!self.row_psu.is_empty()).then_some(self.row_psu.as_slice())
    }

    /// True for an equal-weight simple random sample: no weights, strata, clusters or fpc.
    #[must_use]
    pub fn is_simple(&self) -> bool {
        self.simple
    }

    /// True when each row is its own PSU (no cluster column).
    pub(crate) fn row_is_psu(&self) -> bool {
        self.row_psu.is_empty()
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests unwrap known-good values")]
mod tests {
    use super::*;

    #[test]
    fn a_non_positive_weight_is_reported_with_its_row_number() {
        let w = [1.0, 2.0, 0.0];
        let err = Design::new(
            3,
            &DesignSpec {
                weights: Some(&w),
                ..DesignSpec::default()
            },
        )
        .unwrap_err();
        assert_eq!(err, StatsError::InvalidWeight { row: 3, value: 0.0 });
    }

    #[test]
    fn psus_are_counted_per_stratum_with_nesting() {
        let strata = [1, 1, 2, 2, 2];
        let psu = [1, 2, 1, 1, 2];
        let d = Design::new(
            5,
            &DesignSpec {
                strata: Some(&strata),
                psu: Some(&psu),
                ..DesignSpec::default()
            },
        )
        .expect("a valid design");
        assert_eq!(d.n_psu(), 4);
        assert_eq!(d.degrees_of_freedom(), 2);
    }

    #[test]
    fn psu_codes_repeated_across_strata_without_nesting_are_an_error() {
        let strata = [1, 1, 2, 2];
        let psu = [1, 2, 1, 3];
        let err = Design::new(
            4,
            &DesignSpec {
                strata: Some(&strata),
                psu: Some(&psu),
                nest: false,
                ..DesignSpec::default()
            },
        )
        .unwrap_err();
        assert_eq!(
            err,
            StatsError::NotNested {
                psu: "1".into(),
                first_stratum: "1".into(),
                second_stratum: "2".into()
            }
        );
    }

    #[test]
    fn a_lonely_psu_fails_the_design_under_the_fail_policy() {
        let strata = [1, 1, 2];
        let psu = [1, 2, 1];
        let err = Design::new(
            3,
            &DesignSpec {
                strata: Some(&strata),
                psu: Some(&psu),
                lonely_psu: LonelyPsu::Fail,
                ..DesignSpec::default()
            },
        )
        .unwrap_err();
        assert_eq!(
            err,
            StatsError::LonelyPsu {
                stratum: "2".into()
            }
        );
    }

    #[test]
    fn an_fpc_above_one_is_a_population_size() {
        let strata = [1, 1, 1, 1];
        let psu = [1, 2, 3, 4];
        let fpc = [10.0; 4];
        let d = Design::new(
            4,
            &DesignSpec {
                strata: Some(&strata),
                psu: Some(&psu),
                fpc: Some(&fpc),
                ..DesignSpec::default()
            },
        )
        .expect("a valid design");
        assert!((d.strata()[0].fpc_factor - 0.6).abs() < 1e-15);
    }
}
