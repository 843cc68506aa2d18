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
    for text in [
        tessera_plan::examples::LANGUAGE_CAFE,
        tessera_plan::examples::FRIENDSHIP_CLUB,
    ] {
        let plan = tessera_plan::Plan::from_json(text).map_err(|problems| {
            tessera_store::StoreError::Corrupt(format!(
                "a shipped example plan is not valid: {}",
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            ))
        })?;
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
