//! Datasets' results on pages, in exports and in the API, with the demo data.

use axum::http::{StatusCode, header};
use serde_json::Value;
use tessera_store::NewOrganisation;
use tessera_store::prelude::*;

use crate::support::TestApp;

#[tokio::test]
async fn the_demo_profile_shows_every_measure_grouped_by_domain_type() {
    let app = TestApp::demo().await;
    let reply = app.get_computed("/datasets/1").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let types = reply.texts("main h2.govuk-heading-l");
    assert_eq!(
        types,
        ["Markers and Means", "Social Connections", "Facilitators"]
    );
    assert_eq!(reply.texts(".tessera-measure").len(), 11);
    let readings = reply.texts(".tessera-measure > p.govuk-body");
    assert!(
        readings
            .iter()
            .any(|r| r.contains("the gap is likely real")),
        "{readings:?}"
    );
    assert!(
        readings.iter().any(|r| r.starts_with("Over time:")),
        "{readings:?}"
    );
}

#[tokio::test]
async fn a_measure_page_splits_by_any_breakdown_with_a_chart_and_a_table() {
    let app = TestApp::demo().await;
    for by in ["ward", "gender", "age_band", "immigration_status"] {
        let reply = app
            .get_computed(&format!("/datasets/1/measures/get_on_well?by={by}"))
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{by}");
        assert_eq!(
            reply.texts("#split-chart-title").len(),
            1,
            "{by}: chart has a title"
        );
        assert_eq!(
            reply.texts("#split-chart-desc").len(),
            1,
            "{by}: chart has a description"
        );
        assert!(reply.texts("#results-table tbody tr").len() >= 2, "{by}");
        assert_eq!(
            reply.texts("#trend-chart-title").len(),
            1,
            "{by}: the waves chart"
        );
    }
    let bad = app.get("/datasets/1/measures/get_on_well?by=nope").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        app.get("/datasets/1/measures/nope").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_tiny_cells_of_the_demo_are_suppressed_in_the_page_and_the_api() {
    let app = TestApp::demo().await;
    // Fernlea has 4, 6 and 9 newcomers in its three waves: every one of those cells is too small.
    let api = app
        .get_computed("/api/v1/datasets/1/measures/get_on_well?by=ward")
        .await
        .json();
    let by_ward = api["split"].as_array().expect("split");
    assert_eq!(by_ward.len(), 8);
    let page = app
        .get_computed("/datasets/1/measures/get_on_well?by=ward")
        .await;
    assert!(
        page.texts("#results-table td")
            .iter()
            .all(|t| !t.contains("NaN"))
    );
    let profile = app.get_computed("/api/v1/datasets/1/profile").await;
    assert_no_small_cells(&profile.json());
}

/// Walks a JSON document: every object with a `status` of `suppressed` has no figures, and
/// every published cell rests on at least `min_cell` responses.
fn assert_no_small_cells(v: &Value) {
    match v {
        Value::Object(map) => {
            if map.get("status").and_then(Value::as_str) == Some("suppressed") {
                for key in [
                    "estimate",
                    "ci_low",
                    "ci_high",
                    "n_rounded",
                    "difference",
                    "ratio",
                ] {
                    assert!(
                        map.get(key).is_none_or(Value::is_null),
                        "suppressed cell carries {key}: {v}"
                    );
                }
            }
            map.values().for_each(assert_no_small_cells);
        }
        Value::Array(items) => items.iter().for_each(assert_no_small_cells),
        _ => {}
    }
}

#[tokio::test]
async fn no_breakdown_of_the_demo_leaks_a_small_cell() {
    let app = TestApp::demo().await;
    let record = app.get("/api/v1/datasets/1").await.json();
    let measures: Vec<String> = record["mapping"]["measures"]
        .as_array()
        .expect("measures")
        .iter()
        .map(|m| m["id"].as_str().expect("id").to_owned())
        .collect();
    let mut suppressed = 0;
    for m in &measures {
        for by in [
            "",
            "ward",
            "gender",
            "age_band",
            "immigration_status",
            "first_language_english",
            "disability",
        ] {
            let uri = format!("/api/v1/datasets/1/measures/{m}?by={by}");
            let body = app.get_computed(&uri).await.json();
            assert_no_small_cells(&body);
            suppressed += body.to_string().matches("\"suppressed\"").count();
        }
    }
    assert!(
        suppressed > 0,
        "the demo has tiny cells, so something must be suppressed"
    );
}

#[tokio::test]
async fn a_dataset_of_many_small_cells_leaks_none_of_them() {
    let app = TestApp::demo().await;
    let org = app
        .store()
        .organisation_by_slug("demo")
        .await
        .expect("read")
        .expect("demo");
    // 240 respondents over 3 waves, 8 wards and 5 breakdowns: most cells are tiny.
    let options = tessera_data::synthetic::SyntheticOptions {
        seed: 11,
        rows: 240,
    };
    let saved = app
        .store()
        .create_dataset(tessera_store::NewDataset {
            org: org.id,
            name: "Small".into(),
            parent: None,
            source_name: "small.csv".into(),
            source_format: "csv".into(),
            original: tessera_data::synthetic::generate_csv(&options).into_bytes(),
            data: tessera_data::synthetic::generate(&options),
            excluded_rows: Vec::new(),
            waves: vec!["2023".into(), "2024".into(), "2025".into()],
            mapping: serde_json::to_value(tessera_app::demo::mapping()).expect("json"),
            created_by: "test".into(),
        })
        .await
        .expect("save");
    let mut suppressed = 0;
    for m in tessera_app::demo::mapping().measures {
        for by in [
            "",
            "ward",
            "gender",
            "age_band",
            "immigration_status",
            "first_language_english",
            "disability",
        ] {
            let body = app
                .get_computed(&format!(
                    "/api/v1/datasets/{}/measures/{}?by={by}",
                    saved.id, m.id
                ))
                .await
                .json();
            assert_no_small_cells(&body);
            suppressed += body.to_string().matches("\"suppressed\"").count();
            let csv = app
                .get(&format!(
                    "/datasets/{}/measures/{}/export.csv?by={by}",
                    saved.id, m.id
                ))
                .await;
            assert_eq!(csv.status, StatusCode::OK);
            let page = app
                .get(&format!("/datasets/{}/measures/{}?by={by}", saved.id, m.id))
                .await;
            assert!(!page.body.contains("NaN"));
        }
    }
    assert!(suppressed > 100, "only {suppressed} suppressed cells");
    let profile = app
        .get_computed(&format!("/api/v1/datasets/{}/profile", saved.id))
        .await;
    assert_no_small_cells(&profile.json());
}

#[tokio::test]
async fn exports_carry_the_status_and_the_suppression_rule_and_no_small_cells() {
    let app = TestApp::demo().await;
    let _ = app
        .get_computed("/datasets/1/measures/get_on_well?by=immigration_status")
        .await;
    let csv = app
        .get("/datasets/1/measures/get_on_well/export.csv?by=immigration_status")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.header(header::CONTENT_DISPOSITION)
            .is_some_and(|d| d.contains("get_on_well-by-immigration_status.csv"))
    );
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let headers = reader.headers().expect("headers").clone();
    assert!(headers.iter().any(|h| h == "newcomers_status"));
    assert!(headers.iter().any(|h| h == "suppression_rule"));
    let mut rows = 0;
    for record in reader.records() {
        let record = record.expect("row");
        rows += 1;
        let field = |name: &str| {
            record
                .get(headers.iter().position(|h| h == name).expect("column"))
                .expect("field")
        };
        for g in ["newcomers", "receiving_community"] {
            if field(&format!("{g}_status")) == "suppressed" {
                assert_eq!(field(&format!("{g}_estimate")), "");
                assert_eq!(field(&format!("{g}_n_rounded")), "");
            }
        }
        assert!(field("suppression_rule").contains("fewer than 10"));
    }
    assert!(rows > 5);
    let xlsx = app
        .get("/datasets/1/measures/get_on_well/export.xlsx?by=immigration_status")
        .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert!(
        xlsx.body_bytes().starts_with(b"PK"),
        "an XLSX file is a zip archive"
    );
}

#[tokio::test]
async fn another_organisations_dataset_is_not_found() {
    let app = TestApp::demo().await;
    // A second organisation whose dataset the demo organisation must not see.
    let other = app
        .store()
        .create_organisation(
            NewOrganisation::parse("other", "Other").expect("valid"),
            "test",
        )
        .await
        .expect("org");
    let mut new = tessera_store::NewDataset {
        org: other.id,
        name: "Theirs".to_owned(),
        parent: None,
        source_name: "x.csv".to_owned(),
        source_format: "csv".to_owned(),
        original: b"a\n1\n".to_vec(),
        data: tessera_data::Dataset::from_columns(vec![tessera_data::Column::numeric(
            "a",
            vec![1.0],
        )])
        .expect("data"),
        excluded_rows: Vec::new(),
        waves: Vec::new(),
        mapping: serde_json::to_value(tessera_app::demo::mapping()).expect("json"),
        created_by: "test".to_owned(),
    };
    new.name = "Theirs".to_owned();
    let theirs = app.store().create_dataset(new).await.expect("save");
    for uri in [
        format!("/datasets/{}", theirs.id),
        format!("/datasets/{}/original", theirs.id),
        format!("/datasets/{}/measures/get_on_well", theirs.id),
        format!("/datasets/{}/measures/get_on_well/export.csv", theirs.id),
        format!("/api/v1/datasets/{}", theirs.id),
        format!("/api/v1/datasets/{}/profile", theirs.id),
        "/datasets/999".to_owned(),
        "/datasets/abc".to_owned(),
        "/datasets/-1".to_owned(),
    ] {
        assert_eq!(app.get(&uri).await.status, StatusCode::NOT_FOUND, "{uri}");
    }
    let list = app.get("/api/v1/datasets").await.json();
    assert_eq!(list["datasets"].as_array().expect("list").len(), 1);
}

#[tokio::test]
async fn the_original_file_downloads_unchanged() {
    let app = TestApp::demo().await;
    let reply = app.get("/datasets/1/original").await;
    assert_eq!(reply.status, StatusCode::OK);
    let org = app
        .store()
        .organisation_by_slug("demo")
        .await
        .expect("read")
        .expect("demo");
    let stored = app
        .store()
        .dataset_original(org.id, tessera_store::DatasetId(1))
        .await
        .expect("read")
        .expect("original");
    assert_eq!(reply.body_bytes(), stored.as_slice());
    assert!(reply.body.starts_with("respondent_id,"));
}

#[tokio::test]
async fn the_dataset_list_shows_size_waves_and_who_imported_it() {
    let app = TestApp::demo().await;
    let reply = app.get("/datasets").await;
    assert_eq!(reply.status, StatusCode::OK);
    let row = reply.texts("main table tbody tr").join(" ");
    assert!(row.contains("Kestrel Bay"), "{row}");
    assert!(row.contains("2023, 2024, 2025"), "{row}");
    assert!(row.contains("3000"), "{row}");
    assert!(row.contains("by system"), "{row}");
}

/// The reference survey, mapped as an analyst would: its design, the `group` column as the
/// two-way lens, and agreement that people get on well as the measure.
fn reference_mapping() -> tessera_stats::mapping::DatasetMapping {
    use tessera_stats::mapping::{DatasetMapping, GroupDefinition, MappedMeasure};
    DatasetMapping {
        design: Some(tessera_stats::spec::DesignColumns {
            weight: "weight".into(),
            strata: "stratum".into(),
            psu: "psu".into(),
            fpc: String::new(),
            nest: true,
            lonely_psu: tessera_stats::LonelyPsu::Adjust,
        }),
        wave: Some("wave".into()),
        area: Some("area".into()),
        group: GroupDefinition::from_column("group", &["newcomer"], &["settled"]),
        breakdowns: vec!["gender".into()],
        measures: vec![MappedMeasure {
            id: "agree".into(),
            indicator: Some("ioi-2019/bri-get-on-well".into()),
            label: "Agree people get on well".into(),
            kind: tessera_stats::EstimandKind::Proportion,
            variable: Some("getting_on_well".into()),
            success: vec!["1".into(), "2".into()],
            exclude: vec!["dont_know".into()],
            ci: tessera_stats::CiMethod::Logit,
        }],
        thresholds: tessera_stats::Thresholds::default(),
        value_labels: Default::default(),
    }
}

#[tokio::test]
async fn the_profile_of_the_reference_survey_equals_r_survey() {
    let app = TestApp::demo().await;
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tessera-stats/tests/fixtures/synthetic_small.csv"
    );
    let outcome =
        tessera_data::read_path(path, &tessera_data::ReadOptions::default()).expect("read");
    let org = app
        .store()
        .organisation_by_slug("demo")
        .await
        .expect("read")
        .expect("demo");
    let saved = app
        .store()
        .create_dataset(tessera_store::NewDataset {
            org: org.id,
            name: "Reference".into(),
            parent: None,
            source_name: "synthetic_small.csv".into(),
            source_format: "csv".into(),
            original: std::fs::read(path).expect("bytes"),
            data: outcome.dataset,
            excluded_rows: Vec::new(),
            waves: vec!["2022".into(), "2023".into(), "2024".into()],
            mapping: serde_json::to_value(reference_mapping()).expect("json"),
            created_by: "test".into(),
        })
        .await
        .expect("save");
    let profile = app
        .get_computed(&format!("/api/v1/datasets/{}/profile", saved.id))
        .await
        .json();
    let waves = profile["measures"][0]["by_wave"].as_array().expect("waves");
    assert_eq!(waves.len(), 3);
    // R survey 4.1-1: svyciprop(method = "logit") by wave x group (ref/small_design_prop.csv).
    let reference = csv::Reader::from_path(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tessera-stats/tests/fixtures/small_design_prop.csv"
    ))
    .expect("reference")
    .into_deserialize::<std::collections::HashMap<String, String>>()
    .map(|r| r.expect("row"))
    .filter(|r| r["level"] == "wave_group")
    .collect::<Vec<_>>();
    let mut compared = 0;
    for line in waves {
        let wave = line["cell"][0][1].as_str().expect("wave");
        for (group, side) in [
            ("newcomer", "newcomers"),
            ("settled", "receiving_community"),
        ] {
            let r = reference
                .iter()
                .find(|r| r["wave"] == wave && r["group"] == group)
                .expect("reference row");
            let cell = &line[side];
            for (ours, theirs, tol) in [
                ("estimate", "p", 1e-12),
                ("ci_low", "logit_lo", 1e-7),
                ("ci_high", "logit_hi", 1e-7),
            ] {
                let a = cell[ours].as_f64().expect("figure");
                let b: f64 = r[theirs].parse().expect("number");
                assert!(
                    (a - b).abs() <= tol * b.abs(),
                    "{wave} {group} {ours}: {a} vs R {b}"
                );
                compared += 1;
            }
        }
    }
    assert_eq!(compared, 18);
    // The page shows the same figure, rounded: 2024 newcomers 72% (R: 0.7157).
    let page = app.get_computed(&format!("/datasets/{}", saved.id)).await;
    let table = page.texts(".tessera-measure table tbody tr").join(" | ");
    assert!(table.contains("2024 72% 86%"), "{table}");
}

/// A small dataset of organisation `org`, correcting `parent` if given.
async fn small_dataset(
    app: &TestApp,
    org: tessera_store::OrgId,
    parent: Option<tessera_store::DatasetId>,
) -> tessera_store::DatasetSummary {
    app.store()
        .create_dataset(tessera_store::NewDataset {
            org,
            name: "Theirs".to_owned(),
            parent,
            source_name: "x.csv".to_owned(),
            source_format: "csv".to_owned(),
            original: b"a\n1\n".to_vec(),
            data: tessera_data::Dataset::from_columns(vec![tessera_data::Column::numeric(
                "a",
                vec![1.0],
            )])
            .expect("data"),
            excluded_rows: Vec::new(),
            waves: Vec::new(),
            mapping: serde_json::to_value(tessera_app::demo::mapping()).expect("json"),
            created_by: "test".to_owned(),
        })
        .await
        .expect("save")
}

#[tokio::test]
async fn deleting_a_dataset_from_its_profile_removes_it_its_original_and_its_estimates() {
    let app = TestApp::demo().await;
    let org = app
        .store()
        .organisation_by_slug("demo")
        .await
        .expect("read")
        .expect("demo");
    let id = tessera_store::DatasetId(1);
    let profile = app.get_computed("/datasets/1").await;
    assert_eq!(profile.status, StatusCode::OK);
    assert_eq!(
        profile.texts("a[href='/datasets/1/delete']"),
        ["Delete this dataset"]
    );
    let cached = app.store().backup(std::io::sink()).await.expect("count");
    assert!(cached.rows_of("estimate_cache") > 0);
    let correction = small_dataset(&app, org.id, Some(id)).await;

    let confirm = app.get("/datasets/1/delete").await;
    assert_eq!(confirm.status, StatusCode::OK);
    let goes = confirm.texts("#what-goes > li").join(" ");
    assert!(goes.contains("kestrel-bay-residents-survey.csv"), "{goes}");
    assert!(goes.contains("every estimate computed from it"), "{goes}");
    assert_eq!(
        confirm.texts("#later-versions li"),
        [format!(
            "version 2, x.csv (1 response, imported {})",
            tessera_l10n::date(
                time::OffsetDateTime::parse(
                    &correction.created_at,
                    &time::format_description::well_known::Rfc3339
                )
                .expect("a time")
                .date()
            )
        )]
    );
    assert_eq!(
        confirm.texts("form[action='/datasets/1/delete'] button"),
        ["Delete these 2 versions"]
    );

    let done = app.post_form("/datasets/1/delete", &[]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(done.header(header::LOCATION), Some("/datasets"));
    for d in [id, correction.id] {
        assert!(
            app.store()
                .dataset(org.id, d)
                .await
                .expect("read")
                .is_none()
        );
        assert!(
            app.store()
                .dataset_original(org.id, d)
                .await
                .expect("read")
                .is_none()
        );
    }
    let left = app.store().backup(std::io::sink()).await.expect("count");
    assert_eq!(left.rows_of("estimate_cache"), 0);
    assert_eq!(left.rows_of("dataset_column"), 0);
    assert_eq!(app.get("/datasets/1").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get("/datasets/1/delete").await.status,
        StatusCode::NOT_FOUND
    );
    let events = app.store().audit_events(org.id, 2).await.expect("events");
    assert_eq!(events[0].action, "delete");
    assert_eq!(events[0].object, "dataset:1");
    assert_eq!(events[0].actor, "owner@demo.example");
    assert_eq!(
        events[0].detail["before"]["name"],
        tessera_app::demo::DEMO_DATASET
    );
    assert_eq!(events[1].object, format!("dataset:{}", correction.id));
}

#[tokio::test]
async fn the_api_deletes_a_dataset_with_204_and_another_organisations_with_404() {
    let app = TestApp::demo().await;
    let demo = app
        .store()
        .organisation_by_slug("demo")
        .await
        .expect("read")
        .expect("demo");
    let other = app
        .store()
        .create_organisation(
            NewOrganisation::parse("other", "Other").expect("valid"),
            "test",
        )
        .await
        .expect("org");
    let theirs = small_dataset(&app, other.id, None).await;
    for uri in [
        format!("/api/v1/datasets/{}", theirs.id),
        "/api/v1/datasets/999".to_owned(),
        "/api/v1/datasets/abc".to_owned(),
    ] {
        let reply = app.send_json("DELETE", &uri, "").await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(reply.json()["errors"][0]["detail"].is_string(), "{uri}");
    }
    for uri in [
        format!("/datasets/{}/delete", theirs.id),
        "/datasets/abc/delete".to_owned(),
    ] {
        assert_eq!(app.get(&uri).await.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(
            app.post_form(&uri, &[]).await.status,
            StatusCode::NOT_FOUND,
            "{uri}"
        );
    }
    assert!(
        app.store()
            .dataset(other.id, theirs.id)
            .await
            .expect("read")
            .is_some()
    );

    let reply = app.send_json("DELETE", "/api/v1/datasets/1", "").await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    assert!(
        app.store()
            .dataset(demo.id, tessera_store::DatasetId(1))
            .await
            .expect("read")
            .is_none()
    );
    assert!(
        app.get("/api/v1/datasets").await.json()["datasets"]
            .as_array()
            .expect("list")
            .is_empty()
    );
    let events = app.store().audit_events(demo.id, 1).await.expect("events");
    assert_eq!(
        (events[0].action.as_str(), events[0].object.as_str()),
        ("delete", "dataset:1")
    );
    let again = app.send_json("DELETE", "/api/v1/datasets/1", "").await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
}
