//! `tessera import` end to end: the reference CSV and a mapping file in, a dataset in the
//! database out.

use std::path::Path;

use tessera_store::prelude::*;
use tessera_store::{AnyStore, NewOrganisation};

use crate::support::{reference, stderr, stdout, tessera};

const MAPPING: &str = r#"
wave = "wave"
area = "area"
breakdowns = ["gender", "age_band"]

[design]
weight = "weight"
strata = "stratum"
psu = "psu"

[[group.rules]]
side = "newcomers"
conditions = [{ test = "in", variable = "group", values = ["newcomer"] }]

[[group.rules]]
side = "receiving_community"
conditions = [{ test = "in", variable = "group", values = ["settled"] }]

[[measures]]
id = "getting_on_well"
indicator = "ioi-2019/bri-get-on-well"
label = "Agree people from different backgrounds get on well"
kind = "proportion"
variable = "getting_on_well"
success = ["1", "2"]
exclude = ["dont_know"]
ci = "logit"
"#;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// A data folder with a migrated database holding the organisation `test`.
fn data_dir_with_org(dir: &Path) -> AnyStore {
    runtime().block_on(async {
        let store = AnyStore::open_path(&dir.join("tessera.sqlite"))
            .await
            .expect("open");
        store.migrate().await.expect("migrate");
        let org = NewOrganisation::parse("test", "Test Council").expect("valid");
        store.create_organisation(org, "test").await.expect("org");
        store
    })
}

#[test]
fn import_saves_the_reference_csv_with_its_mapping_and_prints_the_new_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(data_dir_with_org(dir.path()));
    let mapping = dir.path().join("mapping.toml");
    std::fs::write(&mapping, MAPPING).expect("write");
    let data = reference("synthetic_small.csv");
    let out = tessera(&[
        "import",
        "--org",
        "test",
        "--data",
        data.to_str().expect("path"),
        "--mapping",
        mapping.to_str().expect("path"),
        "--name",
        "Residents survey",
        "--data-dir",
        dir.path().to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "Saved dataset 1 “Residents survey” for test: 2000 row(s) kept, 0 left out."
        ),
        "{text}"
    );
    runtime().block_on(async {
        let store = AnyStore::open_path(&dir.path().join("tessera.sqlite"))
            .await
            .expect("open");
        let org = store
            .organisation_by_slug("test")
            .await
            .expect("read")
            .expect("there");
        let datasets = store.datasets(org.id).await.expect("list");
        assert_eq!(datasets.len(), 1);
        assert_eq!(datasets[0].n_rows, 2000);
        assert_eq!(datasets[0].waves, ["2022", "2023", "2024"]);
        assert_eq!(datasets[0].created_by, "cli");
        let original = store
            .dataset_original(org.id, datasets[0].id)
            .await
            .expect("read");
        assert_eq!(original, Some(std::fs::read(&data).expect("read")));
    });
}

#[test]
fn import_stops_at_bad_rows_unless_told_to_skip_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(data_dir_with_org(dir.path()));
    let mapping = dir.path().join("mapping.toml");
    std::fs::write(&mapping, MAPPING).expect("write");
    let text = std::fs::read_to_string(reference("synthetic_small.csv")).expect("read");
    let mut lines: Vec<String> = text.lines().take(11).map(str::to_owned).collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    let weight = header.iter().position(|h| *h == "weight").expect("weight");
    let mut fields: Vec<String> = lines[2].split(',').map(str::to_owned).collect();
    fields[weight] = "0".to_owned();
    lines[2] = fields.join(",");
    let data = dir.path().join("faulty.csv");
    std::fs::write(&data, lines.join("\n") + "\n").expect("write");
    let args = |skip: bool| {
        let mut a = vec![
            "import".to_owned(),
            "--org".into(),
            "test".into(),
            "--data".into(),
            data.display().to_string(),
            "--mapping".into(),
            mapping.display().to_string(),
            "--data-dir".into(),
            dir.path().display().to_string(),
        ];
        if skip {
            a.push("--skip-bad-rows".into());
        }
        a
    };
    let run = |skip: bool| {
        let a = args(skip);
        let refs: Vec<&str> = a.iter().map(String::as_str).collect();
        tessera(&refs)
    };
    let out = run(false);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains(
            "row 2 (line 3), column weight, value \"0\": the weight must be greater than 0"
        ),
        "{err}"
    );
    assert!(err.contains("Nothing was saved"), "{err}");

    let out = run(true);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("9 row(s) kept, 1 left out."),
        "{}",
        stdout(&out)
    );
}

#[test]
fn import_names_an_organisation_that_does_not_exist() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(data_dir_with_org(dir.path()));
    let mapping = dir.path().join("mapping.toml");
    std::fs::write(&mapping, MAPPING).expect("write");
    let data = reference("synthetic_small.csv");
    let out = tessera(&[
        "import",
        "--org",
        "nobody",
        "--data",
        data.to_str().expect("path"),
        "--mapping",
        mapping.to_str().expect("path"),
        "--data-dir",
        dir.path().to_str().expect("path"),
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("there is no organisation \"nobody\"; the organisations are: test"),
        "{}",
        stderr(&out)
    );
}
