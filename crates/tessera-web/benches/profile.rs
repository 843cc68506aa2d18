//! How fast the integration profile is for a 200,000-row dataset: the first computation (from
//! the first request until the estimates are cached) and rendering the page once they are.
//!
//! Run with `cargo bench -p tessera-web --bench profile` (release build). The dataset is made
//! by Tessera's own generator, mapped as the demo dataset: 11 measures, design-based, with
//! waves. Figures go to `docs/benchmarks.md`.

use std::time::{Duration, Instant};

use axum::body::{Body, to_bytes};
use axum::http::Request;
use tessera_data::synthetic::{SyntheticOptions, generate};
use tessera_framework::Catalogue;
use tessera_store::prelude::*;
use tessera_store::{AnyStore, NewDataset, NewOrganisation};
use tessera_web::{AppState, app};
use tower::ServiceExt;

const ROWS: usize = 200_000;
const RENDERS: usize = 30;

async fn get(state: &AppState, uri: &str) -> (u16, String) {
    let request = Request::get(uri).body(Body::empty()).expect("request");
    let response = app(state.clone())
        .oneshot(request)
        .await
        .expect("infallible");
    let status = response.status().as_u16();
    let body = to_bytes(response.into_body(), 64 << 20)
        .await
        .expect("body");
    (status, String::from_utf8_lossy(&body).into_owned())
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = AnyStore::open_path(&dir.path().join("bench.sqlite"))
            .await
            .expect("store");
        store.migrate().await.expect("migrate");
        let org = store
            .create_organisation(
                NewOrganisation::parse("demo", "Bench").expect("valid"),
                "bench",
            )
            .await
            .expect("org");
        let data = generate(&SyntheticOptions {
            seed: 7,
            rows: ROWS,
        });
        store
            .create_dataset(NewDataset {
                org: org.id,
                name: "Bench survey".to_owned(),
                parent: None,
                source_name: "bench.csv".to_owned(),
                source_format: "csv".to_owned(),
                original: Vec::new(),
                data,
                excluded_rows: Vec::new(),
                waves: vec!["2023".into(), "2024".into(), "2025".into()],
                mapping: serde_json::to_value(tessera_app::demo::mapping()).expect("json"),
                created_by: "bench".to_owned(),
            })
            .await
            .expect("dataset");
        let catalogue = Catalogue::shipped().expect("packs");
        let mut settings = tessera_app::Settings::new(dir.path().to_path_buf());
        settings.demo = true;
        let state = AppState::new(tessera_app::App::new(catalogue, store, settings));

        // First computation: request the profile until it is no longer "computing".
        let started = Instant::now();
        let mut first_response = None;
        loop {
            let t = Instant::now();
            let (status, body) = get(&state, "/datasets/1").await;
            first_response.get_or_insert(t.elapsed());
            assert_eq!(status, 200);
            if !body.contains("Computing estimates") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let first = started.elapsed();

        let mut renders = Vec::new();
        let mut api = Vec::new();
        for _ in 0..RENDERS {
            let t = Instant::now();
            let (status, body) = get(&state, "/datasets/1").await;
            renders.push(t.elapsed());
            assert!(status == 200 && body.contains("tessera-measure"));
            let t = Instant::now();
            let (status, _) = get(&state, "/api/v1/datasets/1/profile").await;
            api.push(t.elapsed());
            assert_eq!(status, 200);
        }
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!("rows: {ROWS}, measures: 11, breakdowns: group, wave x group");
        println!(
            "first response: {:.0} ms (the page waits at most 1.5 s for the computation)",
            ms(first_response.unwrap_or_default())
        );
        println!(
            "first computation (first request until the profile shows): {:.0} ms",
            ms(first)
        );
        println!(
            "cached profile page: median {:.1} ms, max {:.1} ms over {RENDERS} renders",
            ms(median(renders.clone())),
            ms(renders.iter().copied().max().unwrap_or_default())
        );
        println!(
            "cached profile API: median {:.1} ms over {RENDERS} requests",
            ms(median(api))
        );
    });
}
