//! How fast the store writes and reads a dataset, and answers small queries, on SQLite (a file
//! in WAL mode) and, when `TESSERA_TEST_DATABASE_URL` is set, on PostgreSQL.
//!
//! Run with `cargo bench -p tessera-store --bench dataset_io` (release build), or under
//! `scripts/with-postgres` for both databases. The dataset is Tessera's synthetic survey of
//! 200,000 rows. This measured the choice of sqlx's `Any` driver over one implementation per
//! backend (see the store's README).

use std::time::{Duration, Instant};

use tessera_data::synthetic::{SyntheticOptions, generate};
use tessera_store::prelude::*;
use tessera_store::{AnyStore, NewDataset, NewOrganisation};

const ROWS: usize = 200_000;
const WRITES: usize = 3;
const READS: usize = 30;
const LOOKUPS: usize = 2_000;

/// The fastest and the median of some timings: the fastest is the least disturbed by other
/// work on the machine.
fn fastest_and_median(mut v: Vec<Duration>) -> (f64, f64) {
    v.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    (ms(v[0]), ms(v[v.len() / 2]))
}

async fn run(label: &str, store: AnyStore) {
    let org = store
        .create_organisation(
            NewOrganisation::parse("bench", "Bench").expect("valid"),
            "bench",
        )
        .await
        .expect("org");
    let data = generate(&SyntheticOptions {
        seed: 7,
        rows: ROWS,
    });
    let columns = data.columns.len();
    let mut writes = Vec::new();
    let mut id = None;
    for _ in 0..WRITES {
        let new = NewDataset {
            org: org.id,
            name: "Bench survey".to_owned(),
            parent: None,
            source_name: "bench.csv".to_owned(),
            source_format: "csv".to_owned(),
            original: vec![b'x'; 1 << 20],
            data: data.clone(),
            excluded_rows: Vec::new(),
            waves: Vec::new(),
            mapping: serde_json::json!({}),
            created_by: "bench".to_owned(),
        };
        let start = Instant::now();
        let saved = store.create_dataset(new).await.expect("save");
        writes.push(start.elapsed());
        id = Some(saved.id);
    }
    let id = id.expect("a dataset");
    let mut reads = Vec::new();
    for _ in 0..READS {
        let start = Instant::now();
        let back = store
            .dataset_data(org.id, id)
            .await
            .expect("read")
            .expect("found");
        reads.push(start.elapsed());
        assert_eq!(back.n_rows, ROWS);
    }
    let mut lookups = Vec::new();
    for _ in 0..LOOKUPS {
        let start = Instant::now();
        store
            .organisation(org.id)
            .await
            .expect("read")
            .expect("found");
        lookups.push(start.elapsed());
    }
    let (write_min, write_median) = fastest_and_median(writes);
    let (read_min, read_median) = fastest_and_median(reads);
    let (lookup_min, lookup_median) = fastest_and_median(lookups);
    println!(
        "{label}: {ROWS} rows x {columns} columns, fastest / median in ms: write {write_min:.0} / {write_median:.0} ({WRITES} times), read {read_min:.1} / {read_median:.1} ({READS} times), organisation by id {:.0} / {:.0} µs ({LOOKUPS} times)",
        lookup_min * 1e3,
        lookup_median * 1e3,
    );
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = AnyStore::open_path(&dir.path().join("bench.sqlite"))
            .await
            .expect("store");
        store.migrate().await.expect("migrate");
        run("sqlite (file, WAL)", store).await;
        if std::env::var(tessera_store::testing::TEST_DATABASE_URL).is_ok_and(|u| !u.is_empty()) {
            let store = tessera_store::testing::fresh().await.expect("postgres");
            run("postgres", store).await;
        }
    });
}
