//! Drawing respondents: who they are and how they answer.

use super::SyntheticOptions;
use super::rng::{Rng, exp, expit, split};
use super::town::{
    AGE_NEWCOMER, AGE_SETTLED_MIGRANT, AGE_UK_BORN, GENDERS, NEWCOMER_STATUS, NEWCOMER_YEARS, Psu,
    SETTLED_MIGRANT_STATUS, Status, TINY_NEWCOMERS, TINY_WARD, WARDS, WAVES, countries,
    english_first_chance,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Origin {
    UkBorn,
    SettledMigrant,
    Newcomer,
}

/// Answer to "people from different backgrounds get on well".
#[derive(Debug, Clone, Copy)]
pub(super) enum GetOn {
    Code(u8),
    DontKnow,
    Blank,
}

pub(super) struct Respondent {
    pub(super) wave: u16,
    pub(super) ward: usize,
    pub(super) psu: usize,
    pub(super) weight: f64,
    pub(super) country: &'static str,
    pub(super) years_in_uk: Option<u32>,
    pub(super) status: Status,
    pub(super) gender: &'static str,
    pub(super) age: usize,
    pub(super) english_first: bool,
    pub(super) disability: bool,
    pub(super) getting_on_well: GetOn,
    pub(super) belong: Option<u8>,
    pub(super) ask_help: bool,
    pub(super) friends_different: bool,
    pub(super) employed: &'static str,
    pub(super) esol: bool,
    pub(super) conversation: u8,
    pub(super) trust_police: Option<u8>,
    pub(super) harassment: bool,
    pub(super) gp: bool,
    pub(super) volunteered: bool,
    pub(super) digital: bool,
}

/// Where a respondent is drawn: wave, ward and PSU.
pub(super) struct Place<'a> {
    pub(super) wave: u16,
    /// Wave index 0, 1, 2: drives the trends.
    pub(super) t: usize,
    pub(super) ward: usize,
    pub(super) psu: usize,
    pub(super) effects: &'a Psu,
    /// Ward population over the ward's sample size this wave.
    pub(super) base_weight: f64,
}

pub(super) fn respondents(options: &SyntheticOptions) -> Vec<Respondent> {
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
pub(super) fn allocate(n: usize, psus: &[Psu]) -> Vec<usize> {
    let sizes: Vec<f64> = psus.iter().map(|p| p.size).collect();
    if n < psus.len() {
        return split(n, &sizes);
    }
    split(n - psus.len(), &sizes)
        .into_iter()
        .map(|c| c + 1)
        .collect()
}

pub(super) fn draw(rng: &mut Rng, place: &Place<'_>, newcomer: bool) -> Respondent {
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
