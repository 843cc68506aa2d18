//! Post-stratification and raking, as R's `postStratify()` and `rake()` (survey 4.1-1):
//! raking post-stratifies to each margin in turn until the weighted joint table of all margin
//! variables changes by less than ε between passes (Deming & Stephan 1940; Lumley 2010, §7.3).

use super::{Fitted, WeightingError};
use crate::calibration::{Basis, Calibration};

/// How many times survey 4.1-1 sweeps the margins when it forms the residuals of a raking
/// (`svyrecvar`: `for (iterations in 1:10)`).
const RESIDUAL_SWEEPS: usize = 10;

/// One post-stratification step: w ← w · N_c / Ŵ_c. Returns the new weights.
fn post_stratify_step(w: &[f64], cat: &[u32], targets: &[f64]) -> Vec<f64> {
    let mut freq = vec![0.0; targets.len()];
    for (&c, &wk) in cat.iter().zip(w) {
        freq[c as usize] += wk;
    }
    let reweight: Vec<f64> = targets.iter().zip(&freq).map(|(t, f)| t / f).collect();
    cat.iter()
        .zip(w)
        .map(|(&c, &wk)| wk * reweight[c as usize])
        .collect()
}

/// Post-stratification to one margin (R `postStratify`); its variance step centres the
/// influence values within post-strata, weighted by the old weights (`svyrecvar`).
pub(crate) fn post_stratify(w0: &[f64], cat: &[u32], targets: &[f64]) -> Fitted {
    let w = post_stratify_step(w0, cat, targets);
    let mut old_sum = vec![0.0; targets.len()];
    for (&c, &wk) in cat.iter().zip(w0) {
        old_sum[c as usize] += wk;
    }
    let basis = Basis::Categories {
        cat: cat.to_vec(),
        u: w.clone(),
        v: w0.iter().zip(&w).map(|(o, n)| o / n).collect(),
        m: old_sum.iter().map(|s| 1.0 / s).collect(),
    };
    Fitted {
        weights: w,
        calibration: Calibration::new(vec![basis], vec![0]),
        iterations: 1,
    }
}

/// Raking over several margins (R `rake`): `epsilon` below 1 is relative to the sum of the
/// starting weights, otherwise an absolute change in the joint table.
pub(crate) fn rake(
    w0: &[f64],
    margins: &[(&[u32], &[f64])],
    max_iterations: u32,
    epsilon: f64,
) -> Result<Fitted, WeightingError> {
    let n = w0.len();
    let eps = if epsilon < 1.0 {
        epsilon * w0.iter().sum::<f64>()
    } else {
        epsilon
    };
    // The joint table of every margin's category, as one key per row.
    let mut key = vec![0usize; n];
    let mut radix = 1usize;
    for (cat, targets) in margins {
        for (k, &c) in key.iter_mut().zip(cat.iter()) {
            *k += radix * c as usize;
        }
        radix = radix.saturating_mul(targets.len());
    }
    let mut ids: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    let joint: Vec<usize> = key
        .iter()
        .map(|k| {
            let next = ids.len();
            *ids.entry(*k).or_insert(next)
        })
        .collect();
    let table = |w: &[f64]| -> Vec<f64> {
        let mut t = vec![0.0; ids.len()];
        for (&j, &wk) in joint.iter().zip(w) {
            t[j] += wk;
        }
        t
    };
    let mut w = w0.to_vec();
    let mut old = table(&w);
    let mut after: Vec<Vec<f64>> = Vec::new();
    let mut iter = 0u32;
    let mut delta = f64::INFINITY;
    while iter < max_iterations {
        after.clear();
        for (cat, targets) in margins {
            w = post_stratify_step(&w, cat, targets);
            after.push(w.clone());
        }
        let new = table(&w);
        delta = old
            .iter()
            .zip(&new)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        if delta < eps {
            let bases = margins
                .iter()
                .zip(&after)
                .map(|((cat, targets), psw)| {
                    let mut count = vec![0.0; targets.len()];
                    for &c in cat.iter() {
                        count[c as usize] += 1.0;
                    }
                    Basis::Categories {
                        cat: cat.to_vec(),
                        u: psw.clone(),
                        v: psw.iter().map(|x| 1.0 / x).collect(),
                        m: count.iter().map(|c| 1.0 / c).collect(),
                    }
                })
                .collect();
            let steps = (0..RESIDUAL_SWEEPS)
                .flat_map(|_| 0..margins.len())
                .collect();
            return Ok(Fitted {
                weights: w,
                calibration: Calibration::new(bases, steps),
                iterations: iter + 1,
            });
        }
        old = new;
        iter += 1;
    }
    Err(WeightingError::NotConverged {
        method: "raking",
        iterations: max_iterations,
        achieved: delta / w0.iter().sum::<f64>(),
    })
}
