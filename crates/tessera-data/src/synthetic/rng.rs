//! Random numbers: a small PRNG and the arithmetic-only functions the model draws with.

/// xoshiro256** (Blackman & Vigna), seeded through SplitMix64 as its authors recommend.
pub(super) struct Rng {
    pub(super) s: [u64; 4],
}

pub(super) fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// A generator for one purpose (`stream`), so that changing how many draws one part of the
    /// model takes does not reshuffle the others.
    pub(super) fn new(seed: u64, stream: u64) -> Rng {
        let mut state = seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03);
        Rng {
            s: [
                splitmix64(&mut state),
                splitmix64(&mut state),
                splitmix64(&mut state),
                splitmix64(&mut state),
            ],
        }
    }

    pub(super) fn next_u64(&mut self) -> u64 {
        let result = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }

    /// Uniform in [0, 1) with 53 random bits.
    pub(super) fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    pub(super) fn chance(&mut self, p: f64) -> bool {
        self.uniform() < p
    }

    /// Approximately standard normal: the sum of twelve uniforms minus six (Irwin–Hall).
    ///
    /// Box–Muller would need `ln`, `sin` and `cos`, whose last bits differ between platform
    /// maths libraries; this uses additions only, and its tails (cut at ±6) do not matter here.
    pub(super) fn normal(&mut self) -> f64 {
        (0..12).map(|_| self.uniform()).sum::<f64>() - 6.0
    }

    /// Uniform integer in `0..n` (`n` > 0).
    pub(super) fn below(&mut self, n: usize) -> usize {
        ((self.uniform() * n as f64) as usize).min(n.saturating_sub(1))
    }

    /// One item of a table of `(item, weight)`; weights need not sum to 1.
    pub(super) fn pick<T: Copy>(&mut self, table: &[(T, f64)]) -> T {
        let total: f64 = table.iter().map(|(_, w)| w).sum();
        let mut u = self.uniform() * total;
        for &(item, w) in table {
            if u < w {
                return item;
            }
            u -= w;
        }
        // Rounding can leave u just above the last weight; the last item is then the right one.
        // Every table here is a non-empty constant.
        table[table.len() - 1].0
    }

    /// Fisher–Yates shuffle.
    pub(super) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// `e^x` from basic arithmetic only, so results are bit-identical on every platform.
///
/// Range reduction `x = k·ln 2 + r` with |r| ≤ ln 2 / 2, then a degree-13 Taylor polynomial
/// (truncation error below 1e-16 relative), then scaling by 2^k through the exponent bits.
pub(super) fn exp(x: f64) -> f64 {
    // ln 2 split in two (Cody & Waite; fdlibm's constants): LN2_HI has trailing zero bits, so
    // k·LN2_HI is exact and the reduction loses nothing.
    const LN2_HI: f64 = f64::from_bits(0x3FE6_2E42_FEE0_0000);
    const LN2_LO: f64 = f64::from_bits(0x3DEA_39EF_3579_3C76);
    let x = x.clamp(-700.0, 700.0);
    let k = (x / std::f64::consts::LN_2).round();
    let r = (x - k * LN2_HI) - k * LN2_LO;
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 1..=13 {
        term *= r / f64::from(n);
        sum += term;
    }
    // |k| ≤ 1010 after the clamp, so 2^k is a normal number.
    let scale = f64::from_bits(((k as i64 + 1023) as u64) << 52);
    sum * scale
}

/// The logistic function, 1 / (1 + e^-x).
pub(super) fn expit(x: f64) -> f64 {
    1.0 / (1.0 + exp(-x))
}

/// Largest-remainder split of `total` in proportion to `shares` (ties go to the earlier share).
pub(super) fn split(total: usize, shares: &[f64]) -> Vec<usize> {
    let sum: f64 = shares.iter().sum();
    if shares.is_empty() || sum <= 0.0 {
        return vec![0; shares.len()];
    }
    let raw: Vec<f64> = shares.iter().map(|s| total as f64 * s / sum).collect();
    let mut counts: Vec<usize> = raw.iter().map(|r| r.floor() as usize).collect();
    let mut left = total.saturating_sub(counts.iter().sum());
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = raw[a] - raw[a].floor();
        let rb = raw[b] - raw[b].floor();
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    for &i in order.iter().cycle() {
        if left == 0 {
            break;
        }
        counts[i] += 1;
        left -= 1;
    }
    counts
}
