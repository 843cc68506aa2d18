//! Trimming weights to bounds, as R's `trimWeights()` (survey 4.1-1): weights outside
//! [lower, upper] are set to the bound, and the weight trimmed off is shared equally among the
//! rows that were inside, so the total is kept (Lumley 2010, §7.5). With `strict`, this is
//! repeated until no weight is outside (sharing can push weights over a bound). The variance
//! keeps the calibration's residuals, as R does: trimmed weights are no longer calibrated.

use super::WeightingError;

/// At most this many rounds of strict trimming.
const MAX_ROUNDS: usize = 1000;

/// Trims `w` in place; returns how many rows were outside the bounds in the first round.
pub(crate) fn trim(
    w: &mut [f64],
    lower: f64,
    upper: f64,
    strict: bool,
) -> Result<usize, WeightingError> {
    let mut first = None;
    for _ in 0..MAX_ROUNDS {
        let outside: Vec<bool> = w.iter().map(|&x| x < lower || x > upper).collect();
        let n_out = outside.iter().filter(|o| **o).count();
        first.get_or_insert(n_out);
        if n_out == 0 {
            return Ok(first.unwrap_or(0));
        }
        let mut trimmings = 0.0;
        for x in w.iter_mut() {
            let new = x.min(upper).max(lower);
            trimmings += *x - new;
            *x = new;
        }
        let inside = w.len() - n_out;
        if inside > 0 {
            #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
            let share = trimmings / inside as f64;
            for (x, o) in w.iter_mut().zip(&outside) {
                if !o {
                    *x += share;
                }
            }
        }
        if !strict {
            return Ok(n_out);
        }
    }
    Err(WeightingError::InvalidOption(format!(
        "strict trimming to [{lower}, {upper}] did not settle after {MAX_ROUNDS} rounds: the bounds cannot hold the total weight"
    )))
}
