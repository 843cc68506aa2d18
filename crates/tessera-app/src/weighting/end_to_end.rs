//! A dataset in the store, weighted and estimated through the application, against R: the
//! demo survey raked to `reference/kestrel-margins.csv` gives the profile's figures R's
//! `rake()` and `svyby()` give (`reference/profile.R`, its output `reference/profile.csv`);
//! and margins that cannot be used leave the dataset as it was.

use std::time::Duration;

use tessera_stats::mapping::DatasetMapping;
use tessera_stats::weighting::margins_from_csv;
use tessera_stats::{Weighting, WeightingMethod, WeightingOptions};
use tessera_store::{DatasetId, prelude::*};

use crate::estimates::Computed;
use crate::{Actor, App, AppError};

const MARGINS: &str = include_str!("reference/kestrel-margins.csv");
const FROM_R: &str = include_str!("reference/profile.csv");

async fn demo() -> (App, Actor, DatasetId, DatasetMapping) {
    let store = tessera_store::testing::fresh().await.expect("database");
    let org = crate::demo::seed(&store).await.expect("demo");
    let dataset = store
        .datasets(org.id)
        .await
        .expect("datasets")
        .into_iter()
        .find(|d| d.name == crate::demo::DEMO_DATASET)
        .expect("the demo survey")
        .id;
    let app = App::new(
        tessera_framework::Catalogue::shipped().expect("packs"),
        store,
        crate::Settings::new(std::env::temp_dir()),
    );
    let mapping = app
        .dataset_shared(org.id, dataset)
        .await
        .expect("dataset")
        .1
        .clone();
    (app, Actor::command_line(org), dataset, mapping)
}

fn census(margins: &str) -> Weighting {
    Weighting {
        name: "census-2021".to_owned(),
        method: WeightingMethod::Rake,
        margins: margins_from_csv(margins, "kestrel-margins.csv").expect("margins"),
        // R's rake() run to convergence in profile.R (maxit = 100, epsilon = 1e-12).
        options: WeightingOptions {
            max_iterations: Some(100),
            epsilon: Some(1e-12),
            ..WeightingOptions::default()
        },
    }
}

async fn ready(
    app: &App,
    actor: &Actor,
    dataset: DatasetId,
    mapping: &DatasetMapping,
    weighting: Option<&super::KeptWeighting>,
) -> std::sync::Arc<tessera_stats::Report> {
    for _ in 0..400 {
        match app
            .profile_report_under(actor.org.id, dataset, mapping, weighting)
            .await
            .expect("report")
        {
            Computed::Ready(report, _) => return report,
            Computed::Running(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
    panic!("the profile was not computed in 20 seconds");
}

async fn weights_of(app: &App, actor: &Actor, dataset: DatasetId) -> Vec<u64> {
    let data = app
        .store()
        .dataset_data(actor.org.id, dataset)
        .await
        .expect("read")
        .expect("dataset");
    let column = data.column("weight").expect("a weight column");
    (0..data.n_rows)
        .map(|r| column.number_at(r).unwrap_or(f64::NAN).to_bits())
        .collect()
}

#[test]
#[ignore = "writes the demo survey for reference/profile.R; run by hand"]
fn writes_the_demo_survey() {
    let path = std::env::var("TESSERA_DEMO_CSV").expect("TESSERA_DEMO_CSV names the file");
    let csv = tessera_data::synthetic::generate_csv(&Default::default());
    std::fs::write(path, csv).expect("written");
}

#[tokio::test]
async fn the_profile_under_a_weighting_equals_r_rake_on_the_same_data() {
    let (app, actor, dataset, mapping) = demo().await;
    let kept = app
        .create_weighting(&actor, dataset, census(MARGINS))
        .await
        .expect("weighted");
    assert!(kept.report.worst_relative_miss < 1e-9);
    let report = ready(&app, &actor, dataset, &mapping, Some(&kept)).await;
    let own = ready(&app, &actor, dataset, &mapping, None).await;
    let mut compared = 0;
    let mut worst: f64 = 0.0;
    for line in FROM_R.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let (measure, group, wave) = (f[0], f[1], f[2]);
        let r_estimate: f64 = f[3].parse().expect("a number");
        let r_se: f64 = f[4].parse().expect("a number");
        let find = |report: &tessera_stats::Report| {
            report
                .estimates
                .iter()
                .find(|row| {
                    row.measure == measure
                        && row.category.is_none()
                        && row.by
                            == [
                                ("tessera_group".to_owned(), group.to_owned()),
                                ("wave".to_owned(), wave.to_owned()),
                            ]
                })
                .cloned()
                .unwrap_or_else(|| panic!("no row for {measure} {group} {wave}"))
        };
        let row = find(&report);
        assert_eq!(row.weighting.as_deref(), Some("census-2021"));
        let estimate = row.estimate.expect("an estimate");
        let se = row.se.expect("a standard error");
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1e-300);
        worst = worst
            .max((estimate - r_estimate).abs() / r_estimate.abs())
            .max((se - r_se).abs() / r_se.abs());
        assert!(
            close(estimate, r_estimate),
            "{measure} {group} {wave}: {estimate} against R's {r_estimate}"
        );
        assert!(
            close(se, r_se),
            "{measure} {group} {wave}: SE {se} against R's {r_se}"
        );
        // The weighting changes the figures: the dataset's own weights give others.
        let before = find(&own);
        assert_eq!(before.weighting, None);
        assert!(
            before.estimate != row.estimate,
            "{measure} {group} {wave} did not change"
        );
        compared += 1;
    }
    assert!(compared >= 24, "only {compared} figures compared");
    eprintln!("{compared} estimates with their SEs equal R's; worst relative difference {worst:e}");
    // The kept weights are the ones the figures use: they add up to the margins' total.
    let weights = app
        .weighting_weights(actor.org.id, dataset, "census-2021")
        .await
        .expect("weights");
    let total: f64 = weights.iter().sum();
    assert!((total - 60_000.0).abs() < 1e-6, "{total}");
}

async fn refused(margins: &str, options: WeightingOptions) -> String {
    let (app, actor, dataset, _) = demo().await;
    let before = weights_of(&app, &actor, dataset).await;
    let mut weighting = census(margins);
    weighting.options = options;
    let outcome = app.create_weighting(&actor, dataset, weighting).await;
    let Err(AppError::Invalid(message)) = outcome else {
        panic!("expected a refusal, got {outcome:?}");
    };
    assert!(
        app.weightings(actor.org.id, dataset)
            .await
            .expect("list")
            .is_empty(),
        "nothing is kept"
    );
    assert_eq!(
        weights_of(&app, &actor, dataset).await,
        before,
        "the dataset's own weights are untouched"
    );
    message
}

#[tokio::test]
async fn margins_missing_a_category_in_the_data_are_refused_naming_it() {
    let margins: String = MARGINS
        .lines()
        .filter(|l| !l.contains("Quayside"))
        .map(|l| format!("{l}\n"))
        .collect::<String>()
        .replace("Harbourside,,8200", "Harbourside,,15300");
    let message = refused(&margins, WeightingOptions::default()).await;
    assert!(message.contains("Quayside"), "{message}");
    assert!(message.contains("do not cover"), "{message}");
}

#[tokio::test]
async fn margins_that_cannot_all_be_met_are_refused_with_both_totals() {
    let margins = MARGINS.replace("65+,10200", "65+,11200");
    let message = refused(&margins, WeightingOptions::default()).await;
    assert!(message.contains("cannot all be met"), "{message}");
    assert!(
        message.contains("60,000") && message.contains("61,000"),
        "{message}"
    );
}

#[tokio::test]
async fn raking_that_does_not_converge_is_refused() {
    let options = WeightingOptions {
        max_iterations: Some(1),
        epsilon: Some(1e-12),
        ..WeightingOptions::default()
    };
    let message = refused(MARGINS, options).await;
    assert!(message.contains("did not settle after 1"), "{message}");
}

#[tokio::test]
async fn a_second_weighting_of_the_same_name_is_refused_and_deleting_frees_it() {
    let (app, actor, dataset, _) = demo().await;
    app.create_weighting(&actor, dataset, census(MARGINS))
        .await
        .expect("first");
    let again = app.create_weighting(&actor, dataset, census(MARGINS)).await;
    assert!(matches!(again, Err(AppError::Invalid(m)) if m.contains("census-2021")));
    app.delete_weighting(&actor, dataset, "census-2021")
        .await
        .expect("deleted");
    assert!(matches!(
        app.delete_weighting(&actor, dataset, "census-2021").await,
        Err(AppError::NotFound(_))
    ));
    app.create_weighting(&actor, dataset, census(MARGINS))
        .await
        .expect("made again");
}

#[tokio::test]
async fn viewers_and_analysts_cannot_make_or_delete_weightings() {
    let (app, mut actor, dataset, _) = demo().await;
    actor.role = tessera_store::Role::Analyst;
    assert!(matches!(
        app.create_weighting(&actor, dataset, census(MARGINS)).await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        app.delete_weighting(&actor, dataset, "census-2021").await,
        Err(AppError::Forbidden(_))
    ));
}
