//! A deterministic synthetic residents' survey of Kestrel Bay, a fictional town, for demos.
//!
//! Kestrel Bay has eight wards. The survey has three annual waves (2023, 2024, 2025) with fresh
//! respondents each wave, drawn from the same fixed address clusters (PSUs) within each ward.
//! The design is stratified (stratum = ward) and clustered (`psu` numbered 1..n_h *within* each
//! ward, so PSU ids repeat across strata and must be nested in the stratum).
//!
//! Built-in patterns, so that the demo has something to say:
//!
//! - **Newcomers** (born abroad, in the UK less than five years) are about a fifth of the rows.
//! - **Gaps that differ by indicator.** Newcomers are less likely to agree that people from
//!   different backgrounds get on well, to be employed, registered with a GP, or confident
//!   online; they trust the police *more*; they volunteer about as much as everyone else.
//! - **Gaps that move.** The agreement, employment, GP-registration and digital-confidence gaps
//!   narrow from 2023 to 2025; the gap in asking a neighbour for help stays put.
//! - **Clustering.** PSU random effects in cohesion, trust, belonging, neighbourliness and
//!   newcomer concentration give real design effects.
//! - **Tiny cells.** Fernlea has exactly 4, 6 and 9 newcomers in 2023, 2024 and 2025, whatever the
//!   number of rows, so small-cell suppression shows.
//!
//! Every draw comes from a PRNG implemented here (xoshiro256** seeded by SplitMix64), and the
//! model uses only `+ - * /` and rounding, never the platform's `exp`, `ln` or `sin`, so the same seed gives bit-identical data on every platform.
//!
//! [`generate`] returns the dataset the way the readers would return it with the codebook
//! applied: `dont_know` in `getting_on_well` is declared missing in the codebook and missing in
//! the column. [`generate_csv`] writes the "original file", where `dont_know` is still spelt out.

use crate::model::{Codebook, Column, Dataset, Format, Measure, MissingSpec, SourceInfo, Variable};

/// How much synthetic data to make, and from which seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntheticOptions {
    /// Seed of the random number generator; the same seed gives the same data.
    pub seed: u64,
    /// Number of respondents, split as evenly as possible across the three waves.
    pub rows: usize,
}

impl Default for SyntheticOptions {
    fn default() -> Self {
        SyntheticOptions {
            seed: 2026,
            rows: 3000,
        }
    }
}

/// Generates the Kestrel Bay survey with a full codebook, `dont_know` already made missing.
pub fn generate(options: &SyntheticOptions) -> Dataset {
    let rows = respondents(options);
    dataset(&rows, false)
}

/// Generates the Kestrel Bay survey as the CSV text of the "original file".
///
/// Unlike [`generate`], `getting_on_well` keeps its `dont_know` answers. Reading this text with
/// the codebook of [`generate`] gives back the same values.
pub fn generate_csv(options: &SyntheticOptions) -> String {
    let rows = respondents(options);
    to_csv(&dataset(&rows, true))
}

/// Writes a dataset as comma-separated text with a header row; missing values are blank.
///
/// Numbers print as [`crate::format_number`] does (shortest text that reads back exactly, whole
/// numbers without `.0`). Fields holding a comma, a quote, a line break or surrounding spaces
/// are quoted.
pub fn to_csv(dataset: &Dataset) -> String {
    let mut out = String::new();
    let names: Vec<&str> = dataset.columns.iter().map(|c| c.name.as_str()).collect();
    push_record(&mut out, names.iter().copied());
    for row in 0..dataset.n_rows {
        let fields: Vec<String> = dataset
            .columns
            .iter()
            .map(|c| c.text_at(row).map(|s| s.into_owned()).unwrap_or_default())
            .collect();
        push_record(&mut out, fields.iter().map(String::as_str));
    }
    out
}

fn push_record<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let needs_quotes = field.contains([',', '"', '\n', '\r'])
            || field.starts_with(char::is_whitespace)
            || field.ends_with(char::is_whitespace);
        if needs_quotes {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push('\n');
}

// ---------------------------------------------------------------------------------------------
// Random numbers

/// xoshiro256** (Blackman & Vigna), seeded through SplitMix64 as its authors recommend.
struct Rng {
    s: [u64; 4],
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// A generator for one purpose (`stream`), so that changing how many draws one part of the
    /// model takes does not reshuffle the others.
    fn new(seed: u64, stream: u64) -> Rng {
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

    fn next_u64(&mut self) -> u64 {
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
    fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    fn chance(&mut self, p: f64) -> bool {
        self.uniform() < p
    }

    /// Approximately standard normal: the sum of twelve uniforms minus six (Irwin–Hall).
    ///
    /// Box–Muller would need `ln`, `sin` and `cos`, whose last bits differ between platform
    /// maths libraries; this uses additions only, and its tails (cut at ±6) do not matter here.
    fn normal(&mut self) -> f64 {
        (0..12).map(|_| self.uniform()).sum::<f64>() - 6.0
    }

    /// Uniform integer in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        ((self.uniform() * n as f64) as usize).min(n.saturating_sub(1))
    }

    /// One item of a table of `(item, weight)`; weights need not sum to 1.
    fn pick<T: Copy>(&mut self, table: &[(T, f64)]) -> T {
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
    fn shuffle<T>(&mut self, items: &mut [T]) {
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
fn exp(x: f64) -> f64 {
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
fn expit(x: f64) -> f64 {
    1.0 / (1.0 + exp(-x))
}

/// Largest-remainder split of `total` in proportion to `shares` (ties go to the earlier share).
fn split(total: usize, shares: &[f64]) -> Vec<usize> {
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

// ---------------------------------------------------------------------------------------------
// The town

const WAVES: [u16; 3] = [2023, 2024, 2025];

struct Ward {
    name: &'static str,
    /// Number of PSUs (address clusters) sampled in every wave.
    psus: usize,
    /// Share of each wave's sample; small wards are oversampled, as area surveys do.
    share: f64,
    /// Adult (16+) population, which the weights gross up to.
    population: f64,
    /// Logit of the chance that a respondent is a newcomer, before PSU clustering.
    newcomer_logit: f64,
    /// Chance that a respondent who is not a newcomer was born in the UK.
    uk_born: f64,
    /// Shift in the logit of agreeing that people get on well.
    cohesion: f64,
    /// Shift in trust in the police (0–10 scale).
    trust: f64,
    /// Shift in the latent sense of belonging.
    belonging: f64,
    /// Shift in the logit of experiencing harassment.
    harassment: f64,
}

const WARDS: [Ward; 8] = [
    Ward {
        name: "Harbourside",
        psus: 12,
        share: 0.14,
        population: 12_400.0,
        newcomer_logit: -1.15,
        uk_born: 0.80,
        cohesion: 0.0,
        trust: -0.2,
        belonging: -0.1,
        harassment: 0.1,
    },
    Ward {
        name: "Old Town",
        psus: 10,
        share: 0.12,
        population: 9_100.0,
        newcomer_logit: -1.9,
        uk_born: 0.88,
        cohesion: 0.3,
        trust: 0.3,
        belonging: 0.2,
        harassment: -0.2,
    },
    Ward {
        name: "Saltings",
        psus: 13,
        share: 0.14,
        population: 13_800.0,
        newcomer_logit: -0.95,
        uk_born: 0.72,
        cohesion: -0.25,
        trust: -0.4,
        belonging: -0.2,
        harassment: 0.3,
    },
    Ward {
        name: "Kestrel Heights",
        psus: 11,
        share: 0.12,
        population: 8_600.0,
        newcomer_logit: -2.1,
        uk_born: 0.90,
        cohesion: 0.35,
        trust: 0.4,
        belonging: 0.3,
        harassment: -0.1,
    },
    Ward {
        name: "Millbrook",
        psus: 12,
        share: 0.13,
        population: 11_200.0,
        newcomer_logit: -1.5,
        uk_born: 0.82,
        cohesion: 0.05,
        trust: 0.0,
        belonging: 0.0,
        harassment: 0.0,
    },
    Ward {
        name: "Northgate",
        psus: 9,
        share: 0.11,
        population: 7_300.0,
        newcomer_logit: -2.3,
        uk_born: 0.91,
        cohesion: 0.4,
        trust: 0.3,
        belonging: 0.25,
        harassment: -0.3,
    },
    Ward {
        name: "Fernlea",
        psus: 8,
        share: 0.10,
        population: 5_900.0,
        // Unused: Fernlea's newcomers are a fixed count (TINY_NEWCOMERS).
        newcomer_logit: -4.0,
        uk_born: 0.95,
        cohesion: 0.5,
        trust: 0.5,
        belonging: 0.35,
        harassment: 0.1,
    },
    Ward {
        name: "Quayside",
        psus: 14,
        share: 0.14,
        population: 11_700.0,
        newcomer_logit: -0.85,
        uk_born: 0.70,
        cohesion: -0.3,
        trust: -0.3,
        belonging: -0.25,
        harassment: 0.25,
    },
];

/// Index of the ward whose newcomer counts are fixed and tiny.
const TINY_WARD: usize = 6;
/// Fernlea's newcomers per wave: absolute, so suppression (fewer than 10) shows at any size.
const TINY_NEWCOMERS: [usize; 3] = [4, 6, 9];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Refugee,
    AsylumSeeker,
    Work,
    Family,
    Study,
    EuSettled,
    UkBorn,
}

impl Status {
    fn code(self) -> &'static str {
        match self {
            Status::Refugee => "refugee",
            Status::AsylumSeeker => "asylum_seeker",
            Status::Work => "work",
            Status::Family => "family",
            Status::Study => "study",
            Status::EuSettled => "eu_settled",
            Status::UkBorn => "uk_born",
        }
    }
}

const NEWCOMER_STATUS: [(Status, f64); 6] = [
    (Status::Refugee, 0.18),
    (Status::AsylumSeeker, 0.12),
    (Status::Work, 0.30),
    (Status::Family, 0.18),
    (Status::Study, 0.14),
    (Status::EuSettled, 0.08),
];

const SETTLED_MIGRANT_STATUS: [(Status, f64); 6] = [
    (Status::Refugee, 0.12),
    (Status::AsylumSeeker, 0.01),
    (Status::Work, 0.30),
    (Status::Family, 0.27),
    (Status::Study, 0.04),
    (Status::EuSettled, 0.26),
];

/// Country of birth by immigration route, and the chance English is the first language there.
fn countries(status: Status) -> &'static [(&'static str, f64)] {
    match status {
        Status::Refugee => &[
            ("Syria", 0.35),
            ("Afghanistan", 0.30),
            ("Eritrea", 0.20),
            ("Iran", 0.15),
        ],
        Status::AsylumSeeker => &[
            ("Afghanistan", 0.30),
            ("Iran", 0.25),
            ("Eritrea", 0.25),
            ("Syria", 0.20),
        ],
        Status::Work => &[
            ("India", 0.40),
            ("Nigeria", 0.25),
            ("Philippines", 0.20),
            ("Poland", 0.15),
        ],
        Status::Family => &[("Pakistan", 0.45), ("India", 0.30), ("Nigeria", 0.25)],
        Status::Study => &[("China", 0.40), ("India", 0.35), ("Nigeria", 0.25)],
        Status::EuSettled => &[("Poland", 0.45), ("Romania", 0.40), ("Portugal", 0.15)],
        Status::UkBorn => &[("UK", 1.0)],
    }
}

fn english_first_chance(country: &str) -> f64 {
    match country {
        "UK" => 0.95,
        "Nigeria" => 0.55,
        "Philippines" => 0.20,
        "India" => 0.15,
        "Pakistan" => 0.08,
        _ => 0.03,
    }
}

const GENDERS: [(&str, f64); 4] = [
    ("female", 0.505),
    ("male", 0.475),
    ("other", 0.008),
    ("prefer_not", 0.012),
];

const AGE_BANDS: [&str; 5] = ["16-24", "25-34", "35-49", "50-64", "65+"];
const AGE_NEWCOMER: [(usize, f64); 5] = [(0, 0.22), (1, 0.36), (2, 0.28), (3, 0.10), (4, 0.04)];
const AGE_SETTLED_MIGRANT: [(usize, f64); 5] =
    [(0, 0.06), (1, 0.16), (2, 0.32), (3, 0.26), (4, 0.20)];
const AGE_UK_BORN: [(usize, f64); 5] = [(0, 0.13), (1, 0.15), (2, 0.23), (3, 0.25), (4, 0.24)];
const NEWCOMER_YEARS: [(u32, f64); 5] = [(0, 0.16), (1, 0.22), (2, 0.22), (3, 0.21), (4, 0.19)];

/// Fixed effects of one PSU, shared by all waves.
struct Psu {
    /// Relative sample take within the ward.
    size: f64,
    /// Non-response adjustment factor of the weight.
    nonresponse: f64,
    newcomer: f64,
    cohesion: f64,
    trust: f64,
    belonging: f64,
    help: f64,
}

impl Psu {
    fn draw(rng: &mut Rng) -> Psu {
        Psu {
            size: exp(0.4 * rng.normal()),
            nonresponse: exp(0.15 * rng.normal()),
            newcomer: 0.5 * rng.normal(),
            cohesion: 0.35 * rng.normal(),
            trust: 0.4 * rng.normal(),
            belonging: 0.3 * rng.normal(),
            help: 0.3 * rng.normal(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    UkBorn,
    SettledMigrant,
    Newcomer,
}

/// Answer to "people from different backgrounds get on well".
#[derive(Debug, Clone, Copy)]
enum GetOn {
    Code(u8),
    DontKnow,
    Blank,
}

struct Respondent {
    wave: u16,
    ward: usize,
    psu: usize,
    weight: f64,
    country: &'static str,
    years_in_uk: Option<u32>,
    status: Status,
    gender: &'static str,
    age: usize,
    english_first: bool,
    disability: bool,
    getting_on_well: GetOn,
    belong: Option<u8>,
    ask_help: bool,
    friends_different: bool,
    employed: &'static str,
    esol: bool,
    conversation: u8,
    trust_police: Option<u8>,
    harassment: bool,
    gp: bool,
    volunteered: bool,
    digital: bool,
}

/// Where a respondent is drawn: wave, ward and PSU.
struct Place<'a> {
    wave: u16,
    /// Wave index 0, 1, 2: drives the trends.
    t: usize,
    ward: usize,
    psu: usize,
    effects: &'a Psu,
    /// Ward population over the ward's sample size this wave.
    base_weight: f64,
}

fn respondents(options: &SyntheticOptions) -> Vec<Respondent> {
    let mut design_rng = Rng::new(options.seed, 1);
    let psus: Vec<Vec<Psu>> = WARDS
        .iter()
        .map(|w| (0..w.psus).map(|_| Psu::draw(&mut design_rng)).collect())
        .collect();
    let mut rng = Rng::new(options.seed, 2);
    let shares: Vec<f64> = WARDS.iter().map(|w| w.share).collect();
    let mut out = Vec::with_capacity(options.rows);
    let per_wave = split(options.rows, &[1.0; 3]);
    for (t, (&wave, &n_wave)) in WAVES.iter().zip(&per_wave).enumerate() {
        let mut wave_rows = Vec::with_capacity(n_wave);
        for (h, (ward, &n_ward)) in WARDS.iter().zip(&split(n_wave, &shares)).enumerate() {
            let effects = &psus[h];
            let per_psu = allocate(n_ward, effects);
            let forced = (h == TINY_WARD).then(|| {
                let mut flags = vec![false; n_ward];
                let k = TINY_NEWCOMERS[t].min(n_ward);
                flags[..k].fill(true);
                rng.shuffle(&mut flags);
                flags
            });
            let base_weight = ward.population / n_ward.max(1) as f64;
            let mut k = 0;
            for (p, (&n_psu, psu)) in per_psu.iter().zip(effects).enumerate() {
                for _ in 0..n_psu {
                    let newcomer = match &forced {
                        Some(flags) => flags.get(k).copied().unwrap_or(false),
                        None => {
                            rng.chance(expit(ward.newcomer_logit + psu.newcomer + 0.05 * t as f64))
                        }
                    };
                    k += 1;
                    let place = Place {
                        wave,
                        t,
                        ward: h,
                        psu: p + 1,
                        effects: psu,
                        base_weight,
                    };
                    wave_rows.push(draw(&mut rng, &place, newcomer));
                }
            }
        }
        // Fieldwork order is not ward by ward; shuffling makes the file look like an export.
        rng.shuffle(&mut wave_rows);
        out.extend(wave_rows);
    }
    out
}

/// Respondents per PSU: one each first when there are enough, the rest by PSU size.
fn allocate(n: usize, psus: &[Psu]) -> Vec<usize> {
    let sizes: Vec<f64> = psus.iter().map(|p| p.size).collect();
    if n < psus.len() {
        return split(n, &sizes);
    }
    split(n - psus.len(), &sizes)
        .into_iter()
        .map(|c| c + 1)
        .collect()
}

fn draw(rng: &mut Rng, place: &Place<'_>, newcomer: bool) -> Respondent {
    let ward = &WARDS[place.ward];
    let psu = place.effects;
    let t = place.t as f64;

    let (origin, status, years_in_uk, age) = if newcomer {
        (
            Origin::Newcomer,
            rng.pick(&NEWCOMER_STATUS),
            Some(rng.pick(&NEWCOMER_YEARS)),
            rng.pick(&AGE_NEWCOMER),
        )
    } else if rng.chance(ward.uk_born) {
        (Origin::UkBorn, Status::UkBorn, None, rng.pick(&AGE_UK_BORN))
    } else {
        // 5..=40 years, skewed towards the shorter stays.
        let u = rng.uniform();
        let years = 5 + (36.0 * u * (1.0 + u) / 2.0) as u32;
        (
            Origin::SettledMigrant,
            rng.pick(&SETTLED_MIGRANT_STATUS),
            Some(years.min(40)),
            rng.pick(&AGE_SETTLED_MIGRANT),
        )
    };
    let is_new = f64::from(u8::from(origin == Origin::Newcomer));
    let is_settled_migrant = f64::from(u8::from(origin == Origin::SettledMigrant));
    let years = f64::from(years_in_uk.unwrap_or(0));
    let country = rng.pick(countries(status));
    let gender = rng.pick(&GENDERS);
    let young = f64::from(u8::from(age == 0));
    let older = f64::from(u8::from(age == 4));

    let english_first = rng.chance(english_first_chance(country));
    let conversation = if english_first {
        if rng.chance(0.96) { 5 } else { 4 }
    } else {
        let route = match status {
            Status::Work | Status::Study => 0.6,
            Status::EuSettled => 0.4,
            Status::AsylumSeeker => -0.4,
            // Grew up in the UK speaking another language at home: fluent in English too.
            Status::UkBorn => 1.8,
            _ => 0.0,
        };
        let latent = 2.4 + route + 0.08 * years.min(20.0) - 0.4 * f64::from(u8::from(age >= 3))
            + 0.1 * t * is_new
            + 0.9 * rng.normal();
        latent.round().clamp(1.0, 5.0) as u8
    };
    let esol = !english_first && {
        let p = match (origin, conversation) {
            (Origin::Newcomer, 0..=2) => 0.45,
            (Origin::Newcomer, 3) => 0.30,
            (Origin::Newcomer, _) => 0.10,
            (_, 0..=2) => 0.12,
            _ => 0.04,
        };
        rng.chance(p)
    };

    let disability_rate = [0.08, 0.11, 0.16, 0.24, 0.36][age];
    let disability = rng.chance(disability_rate * if newcomer { 0.7 } else { 1.0 });
    let disabled = f64::from(u8::from(disability));

    // Not in the labour force: students, retired people, carers; most asylum seekers may not work.
    let mut inactive: f64 = [0.38, 0.10, 0.08, 0.16, 0.86][age];
    if gender == "female" {
        inactive += 0.05;
    }
    if status == Status::AsylumSeeker {
        inactive = inactive.max(0.5);
    }
    let employed = if rng.chance(inactive) {
        "NA"
    } else {
        let route = match status {
            Status::UkBorn => 2.6,
            _ if origin == Origin::SettledMigrant => 2.3,
            Status::Work => 2.4,
            Status::EuSettled => 1.8,
            Status::Family => 0.5,
            Status::Study => 0.3,
            Status::Refugee => -0.3,
            Status::AsylumSeeker => -3.0,
        };
        let english = if english_first {
            0.0
        } else {
            0.25 * (f64::from(conversation) - 3.0)
        };
        let logit = route + english - 0.5 * disabled + 0.3 * t * is_new;
        if rng.chance(expit(logit)) {
            "yes"
        } else {
            "no"
        }
    };

    let other_gender = f64::from(u8::from(gender == "other"));
    let harassment = rng.chance(expit(
        -2.5 + ward.harassment
            + (1.1 - 0.15 * t) * is_new
            + 0.6 * is_settled_migrant
            + 0.5 * disabled
            + 1.0 * other_gender,
    ));
    let harassed = f64::from(u8::from(harassment));

    let low_english = !english_first && conversation <= 2;
    let getting_on_well = if rng.chance(0.015) {
        GetOn::Blank
    } else if rng.chance(if newcomer && low_english { 0.08 } else { 0.03 }) {
        GetOn::DontKnow
    } else {
        let logit = 1.7 + ward.cohesion + psu.cohesion + 0.04 * t + (-1.1 + 0.4 * t) * is_new
            - 0.2 * is_settled_migrant
            - 0.7 * harassed
            + 0.15 * older;
        if rng.chance(expit(logit)) {
            GetOn::Code(if rng.chance(0.38) { 1 } else { 2 })
        } else {
            GetOn::Code(if rng.chance(0.30) { 4 } else { 3 })
        }
    };

    let belong = if rng.chance(0.02) {
        None
    } else {
        let age_shift = [-0.2, -0.1, 0.0, 0.2, 0.4][age];
        let settled_years = if newcomer {
            0.0
        } else {
            0.01 * years.min(30.0)
        };
        let latent = 0.55
            + ward.belonging
            + psu.belonging
            + age_shift
            + settled_years
            + (-0.45 + 0.2 * t) * is_new
            - 0.5 * harassed
            + rng.normal();
        Some(match latent {
            x if x > 1.4 => 1,
            x if x > 0.3 => 2,
            x if x > -0.7 => 3,
            _ => 4,
        })
    };

    let ask_help = rng.chance(expit(1.1 + psu.help - 0.9 * is_new + 0.3 * older));
    let friends_different = rng.chance(expit(
        -0.4 + 1.2 * is_new
            + 0.8 * is_settled_migrant
            + 2.0 * expit(ward.newcomer_logit)
            + 0.4 * young
            - 0.5 * older,
    ));

    let trust_police = if rng.chance(0.03) {
        None
    } else {
        let latent =
            6.2 + ward.trust + psu.trust + 0.1 * t + 1.2 * is_new + 0.3 * is_settled_migrant
                - 1.5 * harassed
                - 0.4 * young
                + 1.9 * rng.normal();
        Some(latent.round().clamp(0.0, 10.0) as u8)
    };

    let gp = rng.chance(expit(
        3.3 + (-2.6 + 0.35 * years + 0.5 * t) * is_new - 0.3 * young,
    ));
    let volunteered = rng.chance(expit(
        -1.2 + 0.05 * is_new - 0.1 * is_settled_migrant + 0.4 * older + 0.1 * young
            - 0.2 * disabled,
    ));
    let digital = rng.chance(expit(
        [2.8, 2.6, 2.0, 1.0, -0.3][age] + (-1.4 + 0.2 * t) * is_new
            - 0.3 * f64::from(u8::from(!english_first))
            - 0.4 * disabled,
    ));

    // Design-like weight: ward grossing weight × PSU non-response × individual non-response.
    let mut individual = exp(0.12 * rng.normal());
    if newcomer {
        individual *= 1.2;
    }
    if age == 0 {
        individual *= 1.15;
    }
    if age == 4 {
        individual *= 0.88;
    }
    if gender == "male" {
        individual *= 1.06;
    }
    let weight = place.base_weight * psu.nonresponse * individual.clamp(0.5, 2.2);
    // Four decimals, as survey exports usually carry; never rounded down to zero.
    let weight = ((weight * 10_000.0).round() / 10_000.0).max(0.0001);

    Respondent {
        wave: place.wave,
        ward: place.ward,
        psu: place.psu,
        weight,
        country,
        years_in_uk,
        status,
        gender,
        age,
        english_first,
        disability,
        getting_on_well,
        belong,
        ask_help,
        friends_different,
        employed,
        esol,
        conversation,
        trust_police,
        harassment,
        gp,
        volunteered,
        digital,
    }
}

// ---------------------------------------------------------------------------------------------
// Columns and codebook

fn yes_no(value: bool) -> Option<&'static str> {
    Some(if value { "yes" } else { "no" })
}

/// The columns and codebook; `raw` keeps `dont_know` as text, as in the original file.
fn dataset(rows: &[Respondent], raw: bool) -> Dataset {
    let numeric = |name: &str, f: &dyn Fn(&Respondent) -> f64| {
        Column::numeric(name, rows.iter().map(f).collect())
    };
    let text = |name: &str, f: &dyn Fn(&Respondent) -> Option<&'static str>| {
        let values: Vec<Option<&str>> = rows.iter().map(f).collect();
        Column::text(name, &values)
    };
    let optional = |x: Option<u8>| x.map_or(f64::NAN, f64::from);

    let getting_on_well = if raw {
        text("getting_on_well", &|r| match r.getting_on_well {
            GetOn::Code(1) => Some("1"),
            GetOn::Code(2) => Some("2"),
            GetOn::Code(3) => Some("3"),
            GetOn::Code(_) => Some("4"),
            GetOn::DontKnow => Some("dont_know"),
            GetOn::Blank => None,
        })
    } else {
        numeric("getting_on_well", &|r| match r.getting_on_well {
            GetOn::Code(c) => f64::from(c),
            GetOn::DontKnow | GetOn::Blank => f64::NAN,
        })
    };

    let columns = vec![
        Column::numeric(
            "respondent_id",
            (1..=rows.len()).map(|i| i as f64).collect(),
        ),
        numeric("wave", &|r| f64::from(r.wave)),
        text("ward", &|r| Some(WARDS[r.ward].name)),
        numeric("stratum", &|r| (r.ward + 1) as f64),
        numeric("psu", &|r| r.psu as f64),
        numeric("weight", &|r| r.weight),
        text("country_of_birth", &|r| Some(r.country)),
        numeric("years_in_uk", &|r| {
            r.years_in_uk.map_or(f64::NAN, f64::from)
        }),
        text("immigration_status", &|r| Some(r.status.code())),
        text("gender", &|r| Some(r.gender)),
        text("age_band", &|r| Some(AGE_BANDS[r.age])),
        text("first_language_english", &|r| yes_no(r.english_first)),
        text("disability", &|r| yes_no(r.disability)),
        getting_on_well,
        numeric("belong_neighbourhood", &|r| optional(r.belong)),
        text("can_ask_neighbour_for_help", &|r| yes_no(r.ask_help)),
        text("friends_different_background", &|r| {
            yes_no(r.friends_different)
        }),
        text("employed", &|r| Some(r.employed)),
        text("esol_attending", &|r| yes_no(r.esol)),
        numeric("conversation_english", &|r| f64::from(r.conversation)),
        numeric("trust_police", &|r| optional(r.trust_police)),
        text("experienced_harassment", &|r| yes_no(r.harassment)),
        text("registered_gp", &|r| yes_no(r.gp)),
        text("volunteered_last_year", &|r| yes_no(r.volunteered)),
        text("digital_confident", &|r| yes_no(r.digital)),
    ];
    let variables = columns.iter().map(describe).collect();
    Dataset {
        n_rows: rows.len(),
        columns,
        codebook: Codebook { variables },
        source: SourceInfo {
            name: "kestrel-bay-residents-survey.csv".to_owned(),
            format: Format::Csv,
            delimiter: Some(b','),
            file_label: Some(
                "Kestrel Bay residents' survey, waves 2023-2025 (synthetic demo data)".to_owned(),
            ),
            ..SourceInfo::default()
        },
    }
}

const YES_NO: &[(&str, &str)] = &[("yes", "Yes"), ("no", "No")];

/// The codebook entry of a generated column.
fn describe(column: &Column) -> Variable {
    let mut v = Variable::new(column.name.clone(), column.kind());
    let (label, measure, labels): (&str, Measure, &[(&str, &str)]) = match column.name.as_str() {
        "respondent_id" => ("Respondent number", Measure::Nominal, &[]),
        "wave" => ("Survey wave (year of fieldwork)", Measure::Ordinal, &[]),
        "ward" => (
            "Ward of Kestrel Bay the respondent lives in",
            Measure::Nominal,
            &[],
        ),
        "stratum" => (
            "Sampling stratum: one per ward",
            Measure::Nominal,
            &[
                ("1", "Harbourside"),
                ("2", "Old Town"),
                ("3", "Saltings"),
                ("4", "Kestrel Heights"),
                ("5", "Millbrook"),
                ("6", "Northgate"),
                ("7", "Fernlea"),
                ("8", "Quayside"),
            ],
        ),
        "psu" => (
            "Primary sampling unit (address cluster), numbered within its stratum",
            Measure::Nominal,
            &[],
        ),
        "weight" => (
            "Survey weight, grossing each wave up to the ward's population aged 16 and over",
            Measure::Scale,
            &[],
        ),
        "country_of_birth" => ("Country the respondent was born in", Measure::Nominal, &[]),
        "years_in_uk" => (
            "Years lived in the UK (blank for people born in the UK)",
            Measure::Scale,
            &[],
        ),
        "immigration_status" => (
            "Route by which the respondent came to the UK, or born in the UK",
            Measure::Nominal,
            &[
                ("refugee", "Refugee (granted protection)"),
                ("asylum_seeker", "Asylum seeker (claim pending)"),
                ("work", "Work visa"),
                ("family", "Family visa"),
                ("study", "Student visa"),
                ("eu_settled", "EU Settlement Scheme"),
                ("uk_born", "Born in the UK"),
            ],
        ),
        "gender" => (
            "Gender",
            Measure::Nominal,
            &[
                ("female", "Female"),
                ("male", "Male"),
                ("other", "Another gender"),
                ("prefer_not", "Prefer not to say"),
            ],
        ),
        "age_band" => (
            "Age group",
            Measure::Ordinal,
            &[
                ("16-24", "16 to 24"),
                ("25-34", "25 to 34"),
                ("35-49", "35 to 49"),
                ("50-64", "50 to 64"),
                ("65+", "65 and over"),
            ],
        ),
        "first_language_english" => ("Is English your first language?", Measure::Nominal, YES_NO),
        "disability" => (
            "Do you have a long-term health condition or disability that limits your daily activities?",
            Measure::Nominal,
            YES_NO,
        ),
        "getting_on_well" => (
            "Would you agree or disagree that your local area is a place where people from different backgrounds get on well together?",
            Measure::Ordinal,
            &[
                ("1", "Definitely agree"),
                ("2", "Tend to agree"),
                ("3", "Tend to disagree"),
                ("4", "Definitely disagree"),
                ("dont_know", "Don't know"),
            ],
        ),
        "belong_neighbourhood" => (
            "How strongly do you feel you belong to your immediate neighbourhood?",
            Measure::Ordinal,
            &[
                ("1", "Very strongly"),
                ("2", "Fairly strongly"),
                ("3", "Not very strongly"),
                ("4", "Not at all strongly"),
            ],
        ),
        "can_ask_neighbour_for_help" => (
            "If you needed a favour, such as borrowing something or a lift, could you ask a neighbour?",
            Measure::Nominal,
            YES_NO,
        ),
        "friends_different_background" => (
            "Do you have friends whose ethnic or religious background is different from yours?",
            Measure::Nominal,
            YES_NO,
        ),
        "employed" => (
            "Are you currently in paid work?",
            Measure::Nominal,
            &[
                ("yes", "In paid work"),
                ("no", "Not in paid work but available for work"),
                (
                    "NA",
                    "Not in the labour force (retired, studying, caring, or not permitted to work)",
                ),
            ],
        ),
        "esol_attending" => (
            "Are you attending English for Speakers of Other Languages (ESOL) classes?",
            Measure::Nominal,
            YES_NO,
        ),
        "conversation_english" => (
            "How well can you hold a conversation in English?",
            Measure::Ordinal,
            &[
                ("1", "Not at all"),
                ("2", "Not well"),
                ("3", "Fairly well"),
                ("4", "Well"),
                ("5", "Very well"),
            ],
        ),
        "trust_police" => (
            "On a scale from 0 (no trust at all) to 10 (complete trust), how much do you trust the local police?",
            Measure::Scale,
            &[("0", "No trust at all"), ("10", "Complete trust")],
        ),
        "experienced_harassment" => (
            "In the past 12 months, have you been insulted, threatened or harassed because of your ethnicity, nationality, religion or skin colour?",
            Measure::Nominal,
            YES_NO,
        ),
        "registered_gp" => (
            "Are you registered with a GP (family doctor)?",
            Measure::Nominal,
            YES_NO,
        ),
        "volunteered_last_year" => (
            "In the past 12 months, have you given unpaid help to a group, club or organisation?",
            Measure::Nominal,
            YES_NO,
        ),
        "digital_confident" => (
            "Do you feel confident using the internet for everyday tasks such as booking appointments or paying bills?",
            Measure::Nominal,
            YES_NO,
        ),
        _ => return v,
    };
    v.label = Some(label.to_owned());
    v.measure = Some(measure);
    v.value_labels = labels
        .iter()
        .map(|&(code, text)| (code.to_owned(), text.to_owned()))
        .collect();
    if column.name == "getting_on_well" {
        v.missing = MissingSpec {
            codes: vec!["dont_know".to_owned()],
            range: None,
        };
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ColumnValues, VariableKind};
    use crate::{CodebookEntry, CodebookFile, ReadOptions, read_bytes};

    fn column<'a>(d: &'a Dataset, name: &str) -> &'a Column {
        d.column(name).expect("column exists")
    }

    /// Born abroad and in the UK less than five years.
    fn is_newcomer(d: &Dataset, row: usize) -> bool {
        column(d, "country_of_birth").text_at(row).as_deref() != Some("UK")
            && column(d, "years_in_uk")
                .number_at(row)
                .is_some_and(|y| y < 5.0)
    }

    fn rows(rows: usize) -> SyntheticOptions {
        SyntheticOptions {
            rows,
            ..SyntheticOptions::default()
        }
    }

    /// Weighted share of `yes` (or of codes 1–2) among valid answers, by wave and newcomer flag.
    fn weighted_rate(
        d: &Dataset,
        name: &str,
        wave: f64,
        newcomer: bool,
        hit: impl Fn(&str) -> Option<bool>,
    ) -> f64 {
        let (mut num, mut den) = (0.0, 0.0);
        for row in 0..d.n_rows {
            if column(d, "wave").number_at(row) != Some(wave) || is_newcomer(d, row) != newcomer {
                continue;
            }
            let Some(value) = column(d, name).text_at(row) else {
                continue;
            };
            let Some(h) = hit(&value) else { continue };
            let w = column(d, "weight").number_at(row).expect("weight");
            den += w;
            if h {
                num += w;
            }
        }
        num / den
    }

    fn agree(v: &str) -> Option<bool> {
        match v {
            "1" | "2" => Some(true),
            "3" | "4" => Some(false),
            _ => None,
        }
    }

    fn yes(v: &str) -> Option<bool> {
        match v {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        }
    }

    #[test]
    fn same_seed_gives_identical_data() {
        let o = SyntheticOptions::default();
        assert_eq!(to_csv(&generate(&o)), to_csv(&generate(&o)));
        assert_eq!(generate_csv(&o), generate_csv(&o));
        let other = SyntheticOptions { seed: 7, ..o };
        assert_ne!(generate_csv(&o), generate_csv(&other));
    }

    /// Pins the output, so a platform (or a change) that alters the data is noticed.
    ///
    /// Update the hash deliberately when the generator is changed on purpose.
    #[test]
    fn output_is_pinned() {
        let csv = generate_csv(&SyntheticOptions { seed: 1, rows: 300 });
        // FNV-1a, 64 bits.
        let hash = csv.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        });
        assert_eq!(
            hash,
            6_038_932_686_136_378_649,
            "csv starts:\n{}",
            &csv[..400]
        );
    }

    #[test]
    fn exp_matches_the_standard_library() {
        for i in -2000..=2000 {
            let x = f64::from(i) / 50.0;
            let rel = (exp(x) - x.exp()).abs() / x.exp();
            assert!(rel < 1e-15, "exp({x}): relative error {rel}");
        }
    }

    #[test]
    fn row_counts() {
        for n in [0, 1, 7, 100, 3000] {
            let d = generate(&rows(n));
            assert_eq!(d.n_rows, n);
            assert!(d.columns.iter().all(|c| c.len() == n));
            assert_eq!(d.columns.len(), 25);
            assert_eq!(generate_csv(&rows(n)).lines().count(), n + 1);
        }
        assert_eq!(generate(&SyntheticOptions::default()).n_rows, 3000);
    }

    #[test]
    fn newcomer_share_is_about_a_fifth() {
        for o in [SyntheticOptions::default(), rows(20_000)] {
            let d = generate(&o);
            let n = (0..d.n_rows).filter(|&r| is_newcomer(&d, r)).count();
            let share = n as f64 / d.n_rows as f64;
            assert!((0.18..=0.22).contains(&share), "newcomer share {share}");
        }
    }

    #[test]
    fn fernlea_has_tiny_newcomer_cells() {
        let d = generate(&SyntheticOptions::default());
        for (wave, expected) in WAVES.iter().zip(TINY_NEWCOMERS) {
            let n = (0..d.n_rows)
                .filter(|&r| {
                    column(&d, "wave").number_at(r) == Some(f64::from(*wave))
                        && column(&d, "ward").text_at(r).as_deref() == Some("Fernlea")
                        && is_newcomer(&d, r)
                })
                .count();
            assert_eq!(n, expected);
            assert!(n > 0 && n < 10);
        }
    }

    #[test]
    fn weights_are_positive_and_design_like() {
        let d = generate(&SyntheticOptions::default());
        let ColumnValues::Numeric(w) = &column(&d, "weight").values else {
            panic!("weight is numeric");
        };
        assert!(w.iter().all(|x| x.is_finite() && *x > 0.0));
        let (lo, hi) = w
            .iter()
            .fold((f64::MAX, f64::MIN), |(l, h), x| (l.min(*x), h.max(*x)));
        assert!(hi / lo > 3.0, "weights vary: {lo}..{hi}");
        // Each wave grosses up to the town's adult population (80,000), give or take.
        let total: f64 = w.iter().sum::<f64>() / 3.0;
        assert!((70_000.0..95_000.0).contains(&total), "total {total}");
    }

    #[test]
    fn codebook_is_complete() {
        let d = generate(&SyntheticOptions::default());
        assert_eq!(d.codebook.variables.len(), d.columns.len());
        for (v, c) in d.codebook.variables.iter().zip(&d.columns) {
            assert_eq!(v.name, c.name);
            assert_eq!(v.kind, c.kind());
            assert!(v.label.is_some(), "{} has a label", v.name);
        }
        let cb = &d.codebook;
        assert_eq!(
            cb.value_label("getting_on_well", "1"),
            Some("Definitely agree")
        );
        assert_eq!(
            cb.value_label("getting_on_well", "4"),
            Some("Definitely disagree")
        );
        assert_eq!(
            cb.value_label("belong_neighbourhood", "4"),
            Some("Not at all strongly")
        );
        assert_eq!(
            cb.value_label("conversation_english", "5"),
            Some("Very well")
        );
        let gow = cb.variable("getting_on_well").expect("entry");
        assert!(gow.missing.contains_text("dont_know"));
        assert_eq!(gow.kind, VariableKind::Numeric);
    }

    #[test]
    fn waves_are_exactly_three() {
        let d = generate(&SyntheticOptions::default());
        let mut waves: Vec<f64> = (0..d.n_rows)
            .filter_map(|r| column(&d, "wave").number_at(r))
            .collect();
        waves.sort_by(f64::total_cmp);
        waves.dedup();
        assert_eq!(waves, [2023.0, 2024.0, 2025.0]);
    }

    #[test]
    fn codes_stay_in_their_ranges() {
        let d = generate(&rows(6000));
        let check = |name: &str, lo: f64, hi: f64| {
            for r in 0..d.n_rows {
                if let Some(x) = column(&d, name).number_at(r) {
                    assert!((lo..=hi).contains(&x) && x.fract() == 0.0, "{name} = {x}");
                }
            }
        };
        check("getting_on_well", 1.0, 4.0);
        check("belong_neighbourhood", 1.0, 4.0);
        check("conversation_english", 1.0, 5.0);
        check("trust_police", 0.0, 10.0);
        check("years_in_uk", 0.0, 40.0);
        for r in 0..d.n_rows {
            let uk = column(&d, "country_of_birth").text_at(r).as_deref() == Some("UK");
            assert_eq!(uk, column(&d, "years_in_uk").is_missing(r));
            let english = column(&d, "first_language_english").text_at(r);
            if english.as_deref() == Some("yes") {
                assert_eq!(
                    column(&d, "esol_attending").text_at(r).as_deref(),
                    Some("no")
                );
            }
        }
        let employed = column(&d, "employed");
        let ColumnValues::Text { levels, .. } = &employed.values else {
            panic!("employed is text");
        };
        assert!(levels.iter().any(|l| l == "NA"));
    }

    #[test]
    fn gaps_differ_by_indicator_and_agreement_gap_narrows() {
        let d = generate(&rows(20_000));
        let gap = |name: &str, wave: f64, hit: &dyn Fn(&str) -> Option<bool>| {
            weighted_rate(&d, name, wave, true, hit) - weighted_rate(&d, name, wave, false, hit)
        };
        let first = gap("getting_on_well", 2023.0, &agree);
        let last = gap("getting_on_well", 2025.0, &agree);
        assert!(first < -0.10, "2023 agreement gap {first}");
        assert!(last > first + 0.05, "gap narrows: {first} -> {last}");
        assert!(gap("registered_gp", 2023.0, &yes) < -0.10);
        assert!(gap("employed", 2023.0, &yes) < -0.10);
        assert!(gap("digital_confident", 2023.0, &yes) < -0.03);
        assert!(gap("volunteered_last_year", 2024.0, &yes).abs() < 0.05);
        let trust = |newcomer: bool| {
            let (mut num, mut den) = (0.0, 0.0);
            for r in 0..d.n_rows {
                if is_newcomer(&d, r) == newcomer
                    && let Some(t) = column(&d, "trust_police").number_at(r)
                {
                    let w = column(&d, "weight").number_at(r).expect("weight");
                    num += w * t;
                    den += w;
                }
            }
            num / den
        };
        assert!(trust(true) > trust(false) + 0.4);
    }

    #[test]
    fn csv_reads_back_to_the_same_values() {
        let o = SyntheticOptions { seed: 5, rows: 900 };
        let d = generate(&o);
        let csv = generate_csv(&o);
        assert!(csv.contains(",dont_know,"));
        let entries = d
            .codebook
            .variables
            .iter()
            .enumerate()
            .map(|(i, v)| CodebookEntry {
                name: v.name.clone(),
                line: i + 1,
                label: v.label.clone(),
                value_labels: v.value_labels.clone(),
                missing: v.missing.clone(),
                measure: v.measure,
            })
            .collect();
        let options = ReadOptions {
            codebook: Some(CodebookFile {
                file: "codebook.toml".to_owned(),
                entries,
            }),
            ..ReadOptions::default()
        };
        let read = read_bytes(csv.as_bytes(), Format::Csv, &options).expect("reads");
        assert!(read.problems.is_empty(), "{:?}", read.problems);
        let back = read.dataset;
        assert_eq!(back.n_rows, d.n_rows);
        assert_eq!(back.codebook.variables, d.codebook.variables);
        for (a, b) in d.columns.iter().zip(&back.columns) {
            assert_eq!(a.name, b.name);
            assert_eq!(a.kind(), b.kind(), "{}", a.name);
            for r in 0..d.n_rows {
                assert_eq!(a.text_at(r), b.text_at(r), "{} row {r}", a.name);
            }
        }
        assert_eq!(to_csv(&back), to_csv(&d));
    }

    #[test]
    fn to_csv_quotes_when_needed() {
        let d = Dataset::from_columns(vec![
            Column::text("a,b", &[Some("x\"y"), None, Some(" pad")]),
            Column::numeric("n", vec![1.0, f64::NAN, 2.5]),
        ])
        .expect("equal lengths");
        assert_eq!(to_csv(&d), "\"a,b\",n\n\"x\"\"y\",1\n,\n\" pad\",2.5\n");
    }

    #[test]
    fn split_is_exact() {
        assert_eq!(split(10, &[1.0, 1.0, 1.0]), [4, 3, 3]);
        assert_eq!(split(0, &[1.0, 2.0]), [0, 0]);
        assert_eq!(split(5, &[]), Vec::<usize>::new());
        let parts = split(1001, &WARDS.map(|w| w.share));
        assert_eq!(parts.iter().sum::<usize>(), 1001);
    }
}
