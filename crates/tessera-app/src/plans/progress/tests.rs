//! Progress end to end over a real store with the demo data: evidence from participants, a
//! filtered dataset, context, start dates and units.

use tessera_data::synthetic::{SyntheticOptions, generate, generate_csv};
use tessera_framework::Catalogue;
use tessera_plan::{
    DatasetFilter, IndicatorEvidence, Plan, ProgressStatus, Side, SourceKind, Unit, UnitKind,
};
use tessera_store::{
    AnyStore, NewDataset, NewOrganisation, NewPlan, OrgId, PlanRecord, prelude::*,
};

use super::{NotJudged, PlanProgress, ProgressRow};
use crate::{App, Settings};

const ASK: &str = "ioi-2019/bri-ask-neighbours-for-help";

fn app(store: AnyStore) -> App {
    App::new(
        Catalogue::shipped().expect("packs"),
        store,
        Settings::new(std::env::temp_dir()),
    )
}

/// The demo organisation with its survey, plans and participants.
async fn demo() -> (App, OrgId) {
    let store = tessera_store::testing::fresh().await.expect("database");
    let org = crate::demo::seed(&store).await.expect("demo");
    crate::demo::seed_participants(&store, &org)
        .await
        .expect("participants");
    (app(store), org.id)
}

async fn plan_titled(app: &App, org: OrgId, title: &str) -> (PlanRecord, Plan) {
    let record = app
        .store()
        .plans(org)
        .await
        .expect("plans")
        .into_iter()
        .find(|p| p.title == title)
        .expect("the plan");
    let plan = serde_json::from_value(record.document.clone()).expect("a plan");
    (record, plan)
}

/// Progress once every dataset's estimates are computed.
async fn settled(app: &App, org: OrgId, record: &PlanRecord, plan: &Plan) -> PlanProgress {
    for _ in 0..400 {
        let p = app.progress(org, record, plan).await.expect("progress");
        if !p.computing() {
            return p;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the estimates were still being computed");
}

fn find<'a>(rows: &'a [ProgressRow], indicator: &str, side: Side) -> &'a ProgressRow {
    rows.iter()
        .find(|r| r.indicator == indicator && r.side == side)
        .unwrap_or_else(|| panic!("a row for {indicator} ({side:?}) in {rows:#?}"))
}

#[tokio::test]
async fn the_cafes_progress_comes_from_its_participants_and_the_town_survey_is_only_context() {
    let (app, org) = demo().await;
    let (record, plan) = plan_titled(&app, org, "Language and friendship café").await;
    let progress = settled(&app, org, &record, &plan).await;

    let women = find(&progress.rows, ASK, Side::Newcomers);
    assert_eq!(women.source, SourceKind::Participants);
    assert_eq!(women.dataset, None);
    assert_eq!(women.unit, Unit::PERCENTAGE);
    assert_eq!(
        women.baseline,
        Some(20.0),
        "the stated baseline from intake"
    );
    assert_eq!(women.period.as_deref(), Some("End survey"));
    let change = women.change.as_ref().expect("change from baseline");
    assert_eq!(change.point_label, "End survey");
    assert_eq!(change.n_baseline, 39, "40 women, one withdrew");
    assert!(change.n_followed_up < change.n_baseline, "{change:?}");
    assert_eq!(
        change.attrition,
        change.n_baseline - change.n_followed_up,
        "{change:?}"
    );
    let (low, high) = (
        change.ci_low.expect("an interval"),
        change.ci_high.expect("an interval"),
    );
    let estimate = change.estimate.expect("a change");
    assert!(low < estimate && estimate < high, "{change:?}");
    // The level is the same people's baseline plus their change, in percentages.
    let base = change.baseline.expect("their baseline");
    assert!((women.estimate.expect("level") - (base + estimate)).abs() < 1e-9);
    assert!((women.ci_low.expect("low") - (base + low)).abs() < 1e-9);
    assert!(women.status.is_some(), "judged after the start");
    assert_eq!(women.not_judged, None);

    // The town survey: only context, with its figure and no status.
    assert!(
        progress.rows.iter().all(|r| r.dataset.is_none()),
        "no judged row comes from a dataset"
    );
    let town = find(&progress.context, ASK, Side::Newcomers);
    assert_eq!(town.source, SourceKind::Context);
    assert_eq!(town.source_name, "Kestrel Bay residents' survey 2023–2025");
    assert!(town.estimate.is_some());
    assert_eq!(town.status, None);
    assert_eq!(town.not_judged, Some(NotJudged::Context));
}

#[tokio::test]
async fn the_cafes_0_to_10_trust_is_judged_on_its_own_scale() {
    let (app, org) = demo().await;
    let (record, plan) = plan_titled(&app, org, "Language and friendship café").await;
    let progress = settled(&app, org, &record, &plan).await;
    let trust = find(&progress.rows, crate::demo::CAFE_TRUST, Side::Newcomers);
    assert_eq!(trust.unit, Unit::mean(0.0, 10.0));
    assert_eq!(trust.target_unit, Some(Unit::mean(0.0, 10.0)));
    assert_eq!(trust.target, Some(6.0));
    let estimate = trust.estimate.expect("a mean");
    assert!((0.0..=10.0).contains(&estimate), "{estimate}");
    assert!(trust.status.is_some(), "{trust:#?}");
    assert!(
        trust
            .change
            .as_ref()
            .and_then(|c| c.estimate)
            .is_some_and(|c| c > 0.0)
    );
}

/// The café with one indicator's evidence replaced, saved as a new plan of `org`.
async fn cafe_with(
    app: &App,
    org: OrgId,
    start: &str,
    evidence: IndicatorEvidence,
    unit: Option<Unit>,
) -> (PlanRecord, Plan) {
    let mut plan = Plan::from_json(tessera_plan::examples::LANGUAGE_CAFE).expect("valid");
    plan.start_date = tessera_plan::parse_date(start).ok();
    let ind = plan.outcomes[1]
        .indicators
        .iter_mut()
        .find(|i| i.indicator == ASK)
        .expect("ask neighbours");
    ind.evidence = Some(evidence);
    ind.unit = unit;
    let record = app
        .store()
        .create_plan(NewPlan {
            org,
            title: "Café, judged from the survey".to_owned(),
            document: serde_json::to_value(&plan).expect("json"),
            created_by: "test".to_owned(),
        })
        .await
        .expect("create");
    (record, plan)
}

#[tokio::test]
async fn a_dataset_collected_before_the_plans_start_is_never_judged() {
    let (app, org) = demo().await;
    let survey = app.store().datasets(org).await.expect("datasets")[0].id.0;
    // Waves 2023, 2024 and 2025, all before a plan starting in 2026.
    let (record, plan) = cafe_with(
        &app,
        org,
        "2026-01-05",
        IndicatorEvidence::dataset(survey, None),
        None,
    )
    .await;
    let progress = settled(&app, org, &record, &plan).await;
    let row = find(&progress.rows, ASK, Side::Newcomers);
    assert_eq!(row.source, SourceKind::Dataset);
    assert_eq!(row.period.as_deref(), Some("2025"));
    assert!(row.estimate.is_some(), "the figure is shown");
    assert_eq!(row.status, None);
    assert_eq!(row.not_judged, Some(NotJudged::BeforeStart));
    assert_eq!(
        row.explanation,
        "Collected before the plan started: a baseline, not progress, so it is not judged against the target."
    );

    // Starting in June 2024: the 2023 wave is the baseline, 2025 is judged, 2024 (partly
    // before the start) is neither.
    let (record, plan) = cafe_with(
        &app,
        org,
        "2024-06-01",
        IndicatorEvidence::dataset(survey, None),
        None,
    )
    .await;
    let progress = settled(&app, org, &record, &plan).await;
    let row = find(&progress.rows, ASK, Side::Newcomers);
    assert_eq!(row.period.as_deref(), Some("2025"));
    assert_eq!(row.baseline_period.as_deref(), Some("2023"));
    assert!(row.evidence_baseline.is_some());
    assert!(row.status.is_some());
}

#[tokio::test]
async fn a_filter_selects_the_people_reached_and_changes_the_figure() {
    let (app, org) = demo().await;
    let survey = app.store().datasets(org).await.expect("datasets")[0].id.0;
    let filter = DatasetFilter {
        variable: "gender".to_owned(),
        value: "female".to_owned(),
    };
    let (all_record, all_plan) = cafe_with(
        &app,
        org,
        "2024-06-01",
        IndicatorEvidence::dataset(survey, None),
        None,
    )
    .await;
    let all = settled(&app, org, &all_record, &all_plan).await;
    let (record, plan) = cafe_with(
        &app,
        org,
        "2024-06-01",
        IndicatorEvidence::dataset(survey, Some(filter.clone())),
        None,
    )
    .await;
    let women = settled(&app, org, &record, &plan).await;
    let everyone = find(&all.rows, ASK, Side::Newcomers);
    let filtered = find(&women.rows, ASK, Side::Newcomers);
    assert_eq!(filtered.filter.as_ref(), Some(&filter));
    assert!(filtered.estimate.is_some(), "{filtered:#?}");
    assert_ne!(filtered.estimate, everyone.estimate);
    // A narrower group has a wider interval.
    let width = |r: &ProgressRow| r.ci_high.unwrap_or(0.0) - r.ci_low.unwrap_or(0.0);
    assert!(width(filtered) > width(everyone));
}

#[tokio::test]
async fn a_mean_target_against_percentage_evidence_cannot_be_saved() {
    let (app, org) = demo().await;
    let survey = app.store().datasets(org).await.expect("datasets")[0].id.0;
    let (_, mut plan) = cafe_with(
        &app,
        org,
        "2025-09-01",
        IndicatorEvidence::dataset(survey, None),
        Some(Unit::mean(0.0, 10.0)),
    )
    .await;
    let ask = plan.outcomes[1]
        .indicators
        .iter_mut()
        .find(|i| i.indicator == ASK)
        .expect("ask");
    ask.baseline = Some(6.0);
    ask.target = Some(7.0);
    let problems = app.evidence_problems(org, &plan).await.expect("checked");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "$.outcomes[1].indicators[0].unit");
    assert_eq!(
        problems[0].message,
        "The baseline and target are written as “Mean on a scale of 0 to 10” but the evidence (A dataset of the people reached) gives “Percentage”: change the unit to the evidence's, or choose other evidence."
    );
    let welsh = tessera_l10n::scope(tessera_l10n::Lang::Cy, app.evidence_problems(org, &plan))
        .await
        .expect("checked");
    assert!(
        welsh[0].message.starts_with("Mae'r llinell sylfaen"),
        "{}",
        welsh[0].message
    );
    // A participants' yes/no indicator cannot take a mean either.
    let ask = &mut plan.outcomes[1].indicators[0];
    ask.evidence = Some(IndicatorEvidence::participants());
    let problems = app.evidence_problems(org, &plan).await.expect("checked");
    assert_eq!(problems[0].path, "$.outcomes[1].indicators[0].unit");
    // In the evidence's unit, it can.
    let ask = &mut plan.outcomes[1].indicators[0];
    ask.unit = Some(Unit::of(UnitKind::Percentage));
    ask.baseline = Some(20.0);
    ask.target = Some(45.0);
    assert!(
        app.evidence_problems(org, &plan)
            .await
            .expect("checked")
            .is_empty()
    );
}

#[tokio::test]
async fn an_unrelated_upload_adds_no_row_to_a_plan() {
    let store = tessera_store::testing::fresh().await.expect("database");
    let org = store
        .create_organisation(
            NewOrganisation::parse("kite", "Kite Trust").expect("valid"),
            "test",
        )
        .await
        .expect("org");
    let app = app(store);
    // A plan written before evidence sources existed: no unit, no evidence.
    let mut old: serde_json::Value =
        serde_json::from_str(tessera_plan::examples::LANGUAGE_CAFE).expect("json");
    for o in old["outcomes"].as_array_mut().expect("outcomes") {
        for i in o["indicators"].as_array_mut().expect("indicators") {
            let i = i.as_object_mut().expect("an indicator");
            i.remove("unit");
            i.remove("evidence");
        }
    }
    let plan: Plan = serde_json::from_value(old.clone()).expect("an old plan loads");
    let new_plan = |title: &str| NewPlan {
        org: org.id,
        title: title.to_owned(),
        document: old.clone(),
        created_by: "test".to_owned(),
    };
    let before = app
        .store()
        .create_plan(new_plan("Before"))
        .await
        .expect("plan");
    // The uploaded survey measures the plan's indicator, but describes the whole town.
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    let options = SyntheticOptions::default();
    app.store()
        .create_dataset(NewDataset {
            org: org.id,
            name: "Town survey".to_owned(),
            parent: None,
            source_name: "town.csv".to_owned(),
            source_format: "csv".to_owned(),
            original: generate_csv(&options).into_bytes(),
            data: generate(&options),
            excluded_rows: Vec::new(),
            waves: vec!["2023".into(), "2024".into(), "2025".into()],
            mapping: serde_json::to_value(crate::demo::mapping()).expect("json"),
            created_by: "test".to_owned(),
        })
        .await
        .expect("upload");
    let progress = settled(&app, org.id, &before, &plan).await;
    assert!(progress.is_empty(), "{progress:#?}");

    // A plan created after the upload (as old plans were, when datasets were matched by
    // indicator) shows it as context only: never judged.
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    let after = app
        .store()
        .create_plan(new_plan("After"))
        .await
        .expect("plan");
    let progress = settled(&app, org.id, &after, &plan).await;
    assert!(progress.rows.is_empty());
    assert!(!progress.context.is_empty());
    assert!(
        progress
            .context
            .iter()
            .all(|r| r.status.is_none() && r.not_judged == Some(NotJudged::Context))
    );
    assert!(
        progress
            .context
            .iter()
            .all(|r| r.status != Some(ProgressStatus::OnTrack))
    );
}
