//! The town: its waves, wards, immigration routes, countries, ages and address clusters.

use super::rng::{Rng, exp};

pub(super) const WAVES: [u16; 3] = [2023, 2024, 2025];

pub(super) struct Ward {
    pub(super) name: &'static str,
    /// Number of PSUs (address clusters) sampled in every wave.
    pub(super) psus: usize,
    /// Share of each wave's sample; small wards are oversampled, as area surveys do.
    pub(super) share: f64,
    /// Adult (16+) population, which the weights gross up to.
    pub(super) population: f64,
    /// Logit of the chance that a respondent is a newcomer, before PSU clustering.
    pub(super) newcomer_logit: f64,
    /// Chance that a respondent who is not a newcomer was born in the UK.
    pub(super) uk_born: f64,
    /// Shift in the logit of agreeing that people get on well.
    pub(super) cohesion: f64,
    /// Shift in trust in the police (0–10 scale).
    pub(super) trust: f64,
    /// Shift in the latent sense of belonging.
    pub(super) belonging: f64,
    /// Shift in the logit of experiencing harassment.
    pub(super) harassment: f64,
}

pub(super) const WARDS: [Ward; 8] = [
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
pub(super) const TINY_WARD: usize = 6;
/// Fernlea's newcomers per wave: absolute, so suppression (fewer than 10) shows at any size.
pub(super) const TINY_NEWCOMERS: [usize; 3] = [4, 6, 9];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Status {
    Refugee,
    AsylumSeeker,
    Work,
    Family,
    Study,
    EuSettled,
    UkBorn,
}

impl Status {
    pub(super) fn code(self) -> &'static str {
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

pub(super) const NEWCOMER_STATUS: [(Status, f64); 6] = [
    (Status::Refugee, 0.18),
    (Status::AsylumSeeker, 0.12),
    (Status::Work, 0.30),
    (Status::Family, 0.18),
    (Status::Study, 0.14),
    (Status::EuSettled, 0.08),
];

pub(super) const SETTLED_MIGRANT_STATUS: [(Status, f64); 6] = [
    (Status::Refugee, 0.12),
    (Status::AsylumSeeker, 0.01),
    (Status::Work, 0.30),
    (Status::Family, 0.27),
    (Status::Study, 0.04),
    (Status::EuSettled, 0.26),
];

/// Country of birth by immigration route, and the chance English is the first language there.
pub(super) fn countries(status: Status) -> &'static [(&'static str, f64)] {
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

pub(super) fn english_first_chance(country: &str) -> f64 {
    match country {
        "UK" => 0.95,
        "Nigeria" => 0.55,
        "Philippines" => 0.20,
        "India" => 0.15,
        "Pakistan" => 0.08,
        _ => 0.03,
    }
}

pub(super) const GENDERS: [(&str, f64); 4] = [
    ("female", 0.505),
    ("male", 0.475),
    ("other", 0.008),
    ("prefer_not", 0.012),
];

pub(super) const AGE_BANDS: [&str; 5] = ["16-24", "25-34", "35-49", "50-64", "65+"];
pub(super) const AGE_NEWCOMER: [(usize, f64); 5] =
    [(0, 0.22), (1, 0.36), (2, 0.28), (3, 0.10), (4, 0.04)];
pub(super) const AGE_SETTLED_MIGRANT: [(usize, f64); 5] =
    [(0, 0.06), (1, 0.16), (2, 0.32), (3, 0.26), (4, 0.20)];
pub(super) const AGE_UK_BORN: [(usize, f64); 5] =
    [(0, 0.13), (1, 0.15), (2, 0.23), (3, 0.25), (4, 0.24)];
pub(super) const NEWCOMER_YEARS: [(u32, f64); 5] =
    [(0, 0.16), (1, 0.22), (2, 0.22), (3, 0.21), (4, 0.19)];

/// Fixed effects of one PSU, shared by all waves.
pub(super) struct Psu {
    /// Relative sample take within the ward.
    pub(super) size: f64,
    /// Non-response adjustment factor of the weight.
    pub(super) nonresponse: f64,
    pub(super) newcomer: f64,
    pub(super) cohesion: f64,
    pub(super) trust: f64,
    pub(super) belonging: f64,
    pub(super) help: f64,
}

impl Psu {
    pub(super) fn draw(rng: &mut Rng) -> Psu {
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
