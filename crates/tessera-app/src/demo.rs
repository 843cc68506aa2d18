//! Demo data for `serve --demo`: the demo organisation and a synthetic residents' survey of a
//! fictional town over three waves, already mapped, made by Tessera's own generator; and the
//! practitioners' guide's two worked examples as plans.

use tessera_data::synthetic::{SyntheticOptions, generate, generate_csv};
use tessera_stats::mapping::{DatasetMapping, GroupDefinition, MappedMeasure};
use tessera_stats::spec::DesignColumns;
use tessera_stats::{CiMethod, EstimandKind, LonelyPsu, Thresholds};
use tessera_store::{AnyStore, NewDataset, NewOrganisation, NewPlan, Organisation, prelude::*};

/// The demo organisation's short name and display name.
pub const DEMO_ORG: (&str, &str) = ("demo", "Demo Town Council");

/// The demo organisation's owner, whose sign-in `serve --demo` prints.
pub const DEMO_OWNER: &str = "owner@demo.example";

/// Creates the demo owner if needed and gives them a new random password, which it returns:
/// each `serve --demo` prints fresh sign-in details, and no fixed password ever works.
pub async fn demo_owner(
    store: &AnyStore,
    org: &Organisation,
) -> Result<String, tessera_store::StoreError> {
    use tessera_store::credentials::{generate_password, hash_password};
    let password = generate_password();
    let hash = hash_password(&password)?;
    match store.user_credentials(DEMO_OWNER).await? {
        Some(c) => store.set_password(c.user.id, &hash, "system").await?,
        None => {
            let user = store
                .create_user(
                    tessera_store::NewUser {
                        email: DEMO_OWNER.to_owned(),
                        name: "Demo Owner".to_owned(),
                        password_hash: hash,
                        is_admin: true,
                    },
                    "system",
                )
                .await?;
            store
                .set_membership(org.id, user.id, tessera_store::Role::Owner, "system")
                .await?;
        }
    }
    Ok(password)
}

/// Name of the demo dataset.
pub const DEMO_DATASET: &str = "Kestrel Bay residents' survey 2023–2025";

/// Creates the demo organisation and its dataset unless they exist.
pub async fn seed(store: &AnyStore) -> Result<Organisation, tessera_store::StoreError> {
    let org = match store.organisation_by_slug(DEMO_ORG.0).await? {
        Some(org) => org,
        None => {
            let new = NewOrganisation::parse(DEMO_ORG.0, DEMO_ORG.1)?;
            store.create_organisation(new, "system").await?
        }
    };
    if store.datasets(org.id).await?.is_empty() {
        let options = SyntheticOptions::default();
        let data = generate(&options);
        let waves = vec!["2023".to_owned(), "2024".to_owned(), "2025".to_owned()];
        store
            .create_dataset(NewDataset {
                org: org.id,
                name: DEMO_DATASET.to_owned(),
                parent: None,
                source_name: "kestrel-bay-residents-survey.csv".to_owned(),
                source_format: "csv".to_owned(),
                original: generate_csv(&options).into_bytes(),
                data,
                excluded_rows: Vec::new(),
                waves,
                mapping: serde_json::to_value(mapping())
                    .map_err(|e| tessera_store::StoreError::Corrupt(e.to_string()))?,
                created_by: "system".to_owned(),
            })
            .await?;
    }
    seed_plans(store, &org).await?;
    Ok(org)
}

/// Adds the guide's two worked examples as plans of `org`, unless it has plans already.
///
/// Both measure indicators the demo survey also measures (neighbours to ask for help, friends
/// from different backgrounds), so their progress shows against real estimates.
pub async fn seed_plans(
    store: &AnyStore,
    org: &Organisation,
) -> Result<(), tessera_store::StoreError> {
    if !store.plans(org.id).await?.is_empty() {
        return Ok(());
    }
    // The town-wide survey is shown beside the plans as context, never as their evidence:
    // it describes everyone in the town, not the people the work reaches.
    let survey: Vec<i64> = store
        .datasets(org.id)
        .await?
        .iter()
        .filter(|d| d.name == DEMO_DATASET)
        .map(|d| d.id.0)
        .collect();
    let surveyed: Vec<String> = mapping()
        .measures
        .iter()
        .filter_map(|m| m.indicator.clone())
        .collect();
    for text in [
        tessera_plan::examples::LANGUAGE_CAFE,
        tessera_plan::examples::FRIENDSHIP_CLUB,
    ] {
        let mut plan = tessera_plan::Plan::from_json(text).map_err(|problems| {
            tessera_store::StoreError::Corrupt(format!(
                "a shipped example plan is not valid: {}",
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            ))
        })?;
        if plan.title == CAFE {
            add_trust(&mut plan);
        }
        for outcome in &mut plan.outcomes {
            for ind in &mut outcome.indicators {
                if let Some(e) = &mut ind.evidence
                    && surveyed.contains(&ind.indicator)
                {
                    e.context = survey.clone();
                }
            }
        }
        store
            .create_plan(NewPlan {
                org: org.id,
                title: plan.title.clone(),
                document: serde_json::to_value(&plan)
                    .map_err(|e| tessera_store::StoreError::Corrupt(e.to_string()))?,
                created_by: "system".to_owned(),
            })
            .await?;
    }
    Ok(())
}

/// The demo café plan's title.
const CAFE: &str = "Language and friendship café";

/// The café's own 0–10 trust question, answered by the women at intake and at follow-ups.
pub const CAFE_TRUST: &str = "local/trust-people-locally";

/// Adds the café's own trust indicator: a mean on a 0–10 scale, judged against a target on
/// the same scale from the women's own answers.
fn add_trust(plan: &mut tessera_plan::Plan) {
    use tessera_plan::{
        BaselineSource, Direction, IndicatorEvidence, LocalIndicator, OutcomeIndicator, Unit,
    };
    plan.local_indicators.push(LocalIndicator {
        id: "trust-people-locally".to_owned(),
        name: "How far the women feel they can trust people in the neighbourhood, from 0 (not at all) to 10 (completely)".to_owned(),
        domain: Some("ioi-2019/social-bridges".to_owned()),
    });
    if let Some(o) = plan.outcomes.iter_mut().find(|o| o.id == "know-neighbours") {
        o.indicators.push(OutcomeIndicator {
            indicator: CAFE_TRUST.to_owned(),
            baseline: Some(4.5),
            baseline_source: Some(BaselineSource::Local),
            baseline_note: Some("Intake conversations, July–August 2025".to_owned()),
            target: Some(6.0),
            target_date: tessera_plan::parse_date("2026-07-31").ok(),
            direction: Direction::Up,
            groups: vec!["women-learning-english".to_owned()],
            unit: Some(Unit::mean(0.0, 10.0)),
            evidence: Some(IndicatorEvidence::participants()),
        });
    }
    for e in &mut plan.evaluation {
        if e.outcome == "know-neighbours" && !e.indicators.is_empty() {
            e.indicators.push(CAFE_TRUST.to_owned());
        }
    }
}

/// A small deterministic generator (SplitMix64, Steele, Lea and Flood 2014), so the demo's
/// participants and answers are the same on every start.
struct Demo(u64);

impl Demo {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform number in [0, 1).
    fn uniform(&mut self) -> f64 {
        #[expect(clippy::cast_precision_loss, reason = "53 random bits")]
        let x = (self.next() >> 11) as f64;
        x / (1_u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.uniform() < p
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let n = u64::try_from(items.len()).unwrap_or(1).max(1);
        items[usize::try_from(self.next() % n).unwrap_or(0)]
    }

    fn code(&mut self) -> String {
        let mut code = String::from(tessera_store::CODE_PREFIX);
        for _ in 0..tessera_store::CODE_LENGTH {
            let n = u64::try_from(tessera_store::CODE_ALPHABET.len()).unwrap_or(1);
            let i = usize::try_from(self.next() % n).unwrap_or(0);
            code.push(char::from(tessera_store::CODE_ALPHABET[i]));
        }
        code
    }
}

/// One group of demo participants: who they are and how their yes/no answers move.
struct Cohort<'a> {
    side: &'a str,
    target_group: &'a str,
    size: usize,
    genders: &'a [&'a str],
    /// Per indicator: the share answering yes at the baseline and at each follow-up.
    shares: &'a [(&'a str, [f64; 3])],
    /// Per 0–10 indicator: the mean answer at the baseline and at each follow-up.
    scales: &'a [(&'a str, [f64; 3])],
}

/// One person's 0–10 answers at the baseline and the two follow-ups, around `means`: each
/// person starts somewhere near the first mean and moves with the group, give or take a point.
fn scale_answers(rng: &mut Demo, means: [f64; 3]) -> [f64; 3] {
    let clamp = |x: f64| x.round().clamp(0.0, 10.0);
    let first = clamp(means[0] + (rng.uniform() - 0.5) * 6.0);
    let mut out = [first, 0.0, 0.0];
    for k in 1..3 {
        let step = means[k] - means[k - 1] + (rng.uniform() - 0.5) * 3.0;
        out[k] = clamp(out[k - 1] + step);
    }
    out
}

/// A follow-up yes/no answer: people who said yes mostly still do; enough of those who said
/// no now say yes for the share to reach `target`.
fn follow_up_answer(rng: &mut Demo, before: f64, share_before: f64, target: f64) -> f64 {
    const STAY: f64 = 0.85;
    let gain = ((target - STAY * share_before) / (1.0 - share_before)).clamp(0.0, 1.0);
    let yes = if before == 1.0 {
        rng.chance(STAY)
    } else {
        rng.chance(gain)
    };
    if yes { 1.0 } else { 0.0 }
}

/// Adds participants to the demo plans, unless the organisation has some: consent at intake,
/// answers at the baseline and two follow-ups with some people lost along the way, one
/// withdrawal, and each plan's monthly output log. Always the same (a fixed seed).
///
/// Separate from [`seed`] because it writes some 900 audit entries (one per participant,
/// consent, measurement and log entry), which would bury the demo's own few: `serve --demo`
/// calls both.
pub async fn seed_participants(
    store: &AnyStore,
    org: &Organisation,
) -> Result<(), tessera_store::StoreError> {
    if !store.participants(org.id, None).await?.is_empty() {
        return Ok(());
    }
    let plans = store.plans(org.id).await?;
    let find = |title: &str| plans.iter().find(|p| p.title == title);
    let cafe: &[(&str, [f64; 3])] = &[
        ("ioi-2019/lan-practice-outside-class", [0.15, 0.45, 0.62]),
        ("ioi-2019/bri-simple-conversation", [0.25, 0.38, 0.55]),
        ("ioi-2019/bri-ask-neighbours-for-help", [0.20, 0.30, 0.46]),
    ];
    let cafe_residents: &[(&str, [f64; 3])] = &[
        ("ioi-2019/lan-practice-outside-class", [0.30, 0.70, 0.80]),
        ("ioi-2019/bri-ask-neighbours-for-help", [0.55, 0.60, 0.70]),
    ];
    let club_new: &[(&str, [f64; 3])] = &[
        ("ioi-2019/bri-friends-different", [0.30, 0.42, 0.52]),
        ("ioi-2019/bri-ask-neighbours-for-help", [0.35, 0.45, 0.55]),
        ("ioi-2019/sta-neighbours-trusted", [0.28, 0.36, 0.42]),
        ("ioi-2019/bon-lonely", [0.32, 0.24, 0.18]),
        ("ioi-2019/rig-know-rights", [0.35, 0.48, 0.58]),
    ];
    let club_settled: &[(&str, [f64; 3])] = &[
        ("ioi-2019/bri-friends-different", [0.35, 0.40, 0.46]),
        ("ioi-2019/bri-ask-neighbours-for-help", [0.45, 0.50, 0.56]),
        ("ioi-2019/sta-neighbours-trusted", [0.32, 0.35, 0.40]),
        ("ioi-2019/bon-lonely", [0.22, 0.18, 0.15]),
    ];
    let mut rng = Demo(20_261_206);
    // A generator of its own for the 0–10 answers, so the yes/no answers stay as they were.
    let mut scale_rng = Demo(7_070_707);
    let mut codes = std::collections::HashSet::new();
    for (title, cohorts, follow_ups, withdrawal) in [
        (
            CAFE,
            vec![
                Cohort {
                    side: "newcomers",
                    target_group: "women-learning-english",
                    size: 40,
                    genders: &["woman"],
                    shares: cafe,
                    scales: &[(CAFE_TRUST, [4.5, 5.2, 6.1])],
                },
                Cohort {
                    side: "receiving_community",
                    target_group: "local-residents",
                    size: 15,
                    genders: &["woman", "woman", "man"],
                    shares: cafe_residents,
                    scales: &[],
                },
            ],
            ["Mid-point survey and review of session notes", "End survey"],
            Some("2026-02-10"),
        ),
        (
            "Friendship club",
            vec![
                Cohort {
                    side: "newcomers",
                    target_group: "new-members",
                    size: 70,
                    genders: &["woman", "man", "man", "woman", "another"],
                    shares: club_new,
                    scales: &[],
                },
                Cohort {
                    side: "receiving_community",
                    target_group: "long-standing-members",
                    size: 60,
                    genders: &["woman", "man", "woman", "not-said"],
                    shares: club_settled,
                    scales: &[],
                },
            ],
            ["Six-month questionnaire", "Twelve-month questionnaire"],
            None,
        ),
    ] {
        let Some(record) = find(title) else { continue };
        let Ok(plan) = serde_json::from_value::<tessera_plan::Plan>(record.document.clone()) else {
            continue;
        };
        let points = crate::participants::points::plan_points(&plan);
        let baseline = &points[0];
        let Some(baseline_date) = baseline.date else {
            continue;
        };
        let follow: Vec<_> = follow_ups
            .iter()
            .filter_map(|label| points.iter().find(|p| p.label == *label))
            .collect();
        let mut people = Vec::new();
        let mut consents = Vec::new();
        let mut measurements = Vec::new();
        let mut withdrawn = None;
        for cohort in &cohorts {
            for _ in 0..cohort.size {
                let code = loop {
                    let c = rng.code();
                    if codes.insert(c.clone()) {
                        break c;
                    }
                };
                let age = rng.pick(&[
                    "18-24", "25-34", "25-34", "35-49", "35-49", "50-64", "65-plus",
                ]);
                let gender = rng.pick(cohort.genders);
                people.push(tessera_store::NewParticipant {
                    code: Some(code.clone()),
                    reference: None,
                    side: cohort.side.to_owned(),
                    attributes: [
                        ("age_band".to_owned(), age.to_owned()),
                        ("gender".to_owned(), gender.to_owned()),
                    ]
                    .into(),
                    plans: vec![tessera_store::PlanMembership {
                        plan: record.id,
                        target_group: Some(cohort.target_group.to_owned()),
                    }],
                });
                let method = rng.pick(&["paper", "paper", "verbal_witnessed", "online"]);
                consents.push((
                    code.clone(),
                    tessera_store::NewConsent {
                        taking_part: true,
                        data_use: true,
                        stories: rng.chance(0.4),
                        sharing: true,
                        lawful_basis: "consent".to_owned(),
                        given_on: tessera_plan::format_date(baseline_date),
                        method: method.to_owned(),
                        witness: (method == "verbal_witnessed")
                            .then(|| "Project coordinator".to_owned()),
                        notes: String::new(),
                    },
                ));
                // Answers: the baseline, then each follow-up while the person is still there
                // (about 1 in 12 lost by the first follow-up, 1 in 6 more by the second).
                let mut answers: Vec<f64> = cohort
                    .shares
                    .iter()
                    .map(|(_, s)| if rng.chance(s[0]) { 1.0 } else { 0.0 })
                    .collect();
                let mut at = vec![(baseline.key.clone(), baseline_date, answers.clone())];
                let mut still_there = true;
                for (k, point) in follow.iter().enumerate() {
                    still_there = still_there && rng.chance(if k == 0 { 0.92 } else { 0.9 });
                    let Some(date) = point.date else { continue };
                    answers = cohort
                        .shares
                        .iter()
                        .zip(&answers)
                        .map(|((_, s), before)| follow_up_answer(&mut rng, *before, s[k], s[k + 1]))
                        .collect();
                    if still_there {
                        at.push((point.key.clone(), date, answers.clone()));
                    }
                }
                // One woman at the café withdraws after the mid-point survey.
                if withdrawal.is_some() && withdrawn.is_none() && at.len() == 3 {
                    at.truncate(2);
                    withdrawn = Some(code.clone());
                }
                let scaled: Vec<(&str, [f64; 3])> = cohort
                    .scales
                    .iter()
                    .map(|(i, means)| (*i, scale_answers(&mut scale_rng, *means)))
                    .collect();
                // `at` holds the baseline, then each follow-up in order until the person left.
                for (k, (point, date, values)) in at.into_iter().enumerate() {
                    let mut answers: std::collections::BTreeMap<String, f64> = cohort
                        .shares
                        .iter()
                        .map(|(i, _)| (*i).to_owned())
                        .zip(values)
                        .collect();
                    for (i, v) in &scaled {
                        answers.insert((*i).to_owned(), v[k]);
                    }
                    measurements.push(tessera_store::NewMeasurement {
                        code: code.clone(),
                        plan: record.id,
                        point,
                        measured_on: tessera_plan::format_date(date),
                        answers,
                    });
                }
            }
        }
        store.create_participants(org.id, people, "system").await?;
        let made = store.record_consents(org.id, consents, "system").await?;
        store
            .save_measurements(org.id, measurements, "system", "demo")
            .await?;
        if let (Some(code), Some(on)) = (withdrawn, withdrawal)
            && let Some(c) = made.iter().find(|c| c.code == code)
        {
            store
                .withdraw_consent(org.id, &code, c.id, on, "system")
                .await?;
        }
        if let Some(output) = plan.outputs.first() {
            seed_output_log(store, org, record.id, &output.id, &mut rng).await?;
        }
    }
    // The café's stories rest on these participants' consent records (issue 17).
    crate::stories::demo::seed_stories(store, org).await?;
    // Its evaluation, published to everyone in the library of what works.
    crate::library::demo::publish_demo_entry(store, org).await?;
    Ok(())
}

/// Monthly output log entries from September 2025 to July 2026 and a target per month.
async fn seed_output_log(
    store: &AnyStore,
    org: &Organisation,
    plan: tessera_store::PlanId,
    output: &str,
    rng: &mut Demo,
) -> Result<(), tessera_store::StoreError> {
    store
        .set_output_target(
            org.id,
            plan,
            output,
            "sessions",
            Some(("month", 8)),
            "system",
        )
        .await?;
    store
        .set_output_target(
            org.id,
            plan,
            output,
            "attendances",
            Some(("month", 120)),
            "system",
        )
        .await?;
    for (year, month) in (9..=12)
        .map(|m| (2025, m))
        .chain((1..=7).map(|m| (2026, m)))
    {
        let sessions = 6 + i64::try_from(rng.next() % 3).unwrap_or(0);
        let mut rows = Vec::new();
        for side in ["newcomers", "receiving_community"] {
            for gender in ["woman", "man"] {
                for age in ["18-24", "25-34", "35-49", "50-64"] {
                    let base = if side == "newcomers" { 6 } else { 3 };
                    let count = base + rng.next() % 6;
                    let count = if gender == "man" { count / 3 } else { count };
                    if count > 0 {
                        rows.push(serde_json::json!({
                            "side": side, "gender": gender, "age_band": age, "count": count
                        }));
                    }
                }
            }
        }
        let last_day = match month {
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        store
            .create_output_log(
                org.id,
                tessera_store::NewOutputLog {
                    plan,
                    output: output.to_owned(),
                    period_start: format!("{year}-{month:02}-01"),
                    period_end: format!("{year}-{month:02}-{last_day}"),
                    sessions,
                    attendance: serde_json::Value::Array(rows),
                    notes: String::new(),
                },
                "system",
            )
            .await?;
    }
    Ok(())
}

/// How the demo survey is mapped: its design, the two-way lens and its measures.
pub fn mapping() -> DatasetMapping {
    let proportion = |id: &str,
                      indicator: &str,
                      label: &str,
                      variable: &str,
                      success: &[&str],
                      exclude: &[&str]| MappedMeasure {
        id: id.to_owned(),
        indicator: Some(format!("ioi-2019/{indicator}")),
        label: label.to_owned(),
        kind: EstimandKind::Proportion,
        variable: Some(variable.to_owned()),
        success: success.iter().map(|s| (*s).to_owned()).collect(),
        exclude: exclude.iter().map(|s| (*s).to_owned()).collect(),
        ci: CiMethod::Logit,
    };
    let mean = |id: &str, indicator: &str, label: &str, variable: &str| MappedMeasure {
        id: id.to_owned(),
        indicator: Some(format!("ioi-2019/{indicator}")),
        label: label.to_owned(),
        kind: EstimandKind::Mean,
        variable: Some(variable.to_owned()),
        success: Vec::new(),
        exclude: Vec::new(),
        ci: CiMethod::WaldT,
    };
    DatasetMapping {
        design: Some(DesignColumns {
            weight: "weight".to_owned(),
            strata: "stratum".to_owned(),
            psu: "psu".to_owned(),
            fpc: String::new(),
            nest: true,
            lonely_psu: LonelyPsu::Adjust,
        }),
        wave: Some("wave".to_owned()),
        area: Some("ward".to_owned()),
        group: GroupDefinition::born_abroad_recently(
            "country_of_birth",
            &["UK"],
            "years_in_uk",
            5.0,
        ),
        breakdowns: [
            "gender",
            "age_band",
            "immigration_status",
            "first_language_english",
            "disability",
        ]
        .map(str::to_owned)
        .to_vec(),
        measures: vec![
            proportion(
                "employed",
                "work-in-paid-work",
                "In paid work (of those in the labour force)",
                "employed",
                &["yes"],
                &["NA"],
            ),
            proportion(
                "registered_gp",
                "hea-gp-registered",
                "Registered with a GP",
                "registered_gp",
                &["yes"],
                &[],
            ),
            proportion(
                "volunteered",
                "bri-formal-volunteering",
                "Volunteered in the last year",
                "volunteered_last_year",
                &["yes"],
                &[],
            ),
            proportion(
                "belong",
                "bon-belong-neighbourhood",
                "Belong to the neighbourhood very or fairly strongly",
                "belong_neighbourhood",
                &["1", "2"],
                &[],
            ),
            proportion(
                "get_on_well",
                "bri-get-on-well",
                "Agree people from different backgrounds get on well here",
                "getting_on_well",
                &["1", "2"],
                &[],
            ),
            proportion(
                "ask_neighbour",
                "bri-ask-neighbours-for-help",
                "Could ask a neighbour for help",
                "can_ask_neighbour_for_help",
                &["yes"],
                &[],
            ),
            proportion(
                "friends_different",
                "bri-friends-different",
                "Have friends from different backgrounds",
                "friends_different_background",
                &["yes"],
                &[],
            ),
            mean(
                "conversation_english",
                "lan-english-proficiency",
                "Ability to hold a conversation in English (1–5)",
                "conversation_english",
            ),
            proportion(
                "digital_confident",
                "dig-essential-skills",
                "Confident using the internet",
                "digital_confident",
                &["yes"],
                &[],
            ),
            proportion(
                "harassment",
                "saf-harassment",
                "Experienced harassment in the last year",
                "experienced_harassment",
                &["yes"],
                &[],
            ),
            mean(
                "trust_police",
                "saf-police-confidence",
                "Trust in the police (0–10)",
                "trust_police",
            ),
        ],
        thresholds: Thresholds::default(),
        value_labels: Default::default(),
    }
}
