//! `tessera weight` and `tessera estimate --weighting` end to end: the demo survey in a data
//! folder weighted to census margins and kept; margins that cannot be used refused with a clear
//! message, nothing kept and the dataset's weights untouched.

use std::path::{Path, PathBuf};

use tessera_store::prelude::*;
use tessera_store::{AnyStore, DatasetId};

use crate::support::{read_csv, stderr, stdout, tessera};

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// The census margins the application's end-to-end check against R uses.
fn margins() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tessera-app/src/weighting/reference/kestrel-margins.csv"),
    )
    .expect("margins")
}

struct Folder {
    dir: tempfile::TempDir,
    dataset: DatasetId,
}

impl Folder {
    /// A data folder holding the demo organisation and its survey.
    fn demo() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let dataset = runtime().block_on(async {
            let store = self::open(dir.path()).await;
            let org = tessera_app::demo::seed(&store).await.expect("demo");
            store.datasets(org.id).await.expect("datasets")[0].id
        });
        Self { dir, dataset }
    }

    fn data_dir(&self) -> String {
        self.dir.path().display().to_string()
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).expect("written");
        path
    }

    fn weight(&self, margins: &str, extra: &[&str]) -> std::process::Output {
        let file = self.write("margins.csv", margins);
        let dataset = self.dataset.to_string();
        let data_dir = self.data_dir();
        let mut args = vec![
            "weight",
            "--org",
            "demo",
            "--dataset",
            &dataset,
            "--margins",
            file.to_str().expect("path"),
            "--name",
            "census-2021",
            "--data-dir",
            &data_dir,
        ];
        args.extend_from_slice(extra);
        tessera(&args)
    }

    /// The demo survey's own weights (bits) and the weightings kept.
    fn state(&self) -> (Vec<u64>, usize) {
        runtime().block_on(async {
            let store = open(self.dir.path()).await;
            let org = store
                .organisation_by_slug("demo")
                .await
                .expect("read")
                .expect("demo");
            let data = store
                .dataset_data(org.id, self.dataset)
                .await
                .expect("read")
                .expect("dataset");
            let weight = data.column("weight").expect("weight");
            let bits = (0..data.n_rows)
                .map(|r| weight.number_at(r).unwrap_or(f64::NAN).to_bits())
                .collect();
            let kept = store
                .weightings(org.id, self.dataset)
                .await
                .expect("read")
                .len();
            (bits, kept)
        })
    }
}

async fn open(dir: &Path) -> AnyStore {
    let store = AnyStore::open_path(&dir.join("tessera.sqlite"))
        .await
        .expect("open");
    store.migrate().await.expect("migrate");
    store
}

#[test]
fn weight_keeps_a_named_weighting_prints_its_report_lists_and_deletes_it() {
    let folder = Folder::demo();
    let (before, _) = folder.state();
    let out = folder.weight(
        &margins(),
        &["--max-iterations", "100", "--epsilon", "1e-12"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Kept the weighting “census-2021” (rake)"),
        "{text}"
    );
    assert!(text.contains("Kish design effect"), "{text}");
    // Achieved margins against their targets: Quayside's target is met.
    let quayside = text
        .lines()
        .find(|l| l.contains("Quayside"))
        .expect("a line for Quayside");
    assert!(
        quayside.contains("7100.0") && quayside.ends_with("7100.0"),
        "{quayside}"
    );
    let (after, kept) = folder.state();
    assert_eq!(kept, 1);
    assert_eq!(before, after, "the dataset's own weights are untouched");

    let dataset = folder.dataset.to_string();
    let data_dir = folder.data_dir();
    let base = [
        "--org",
        "demo",
        "--dataset",
        &dataset,
        "--data-dir",
        &data_dir,
    ];
    let list = tessera(&[&["weight", "--list"][..], &base[..]].concat());
    assert!(list.status.success(), "{}", stderr(&list));
    assert!(stdout(&list).contains("census-2021"), "{}", stdout(&list));

    let again = folder.weight(&margins(), &[]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already has a weighting"),
        "{}",
        stderr(&again)
    );

    let delete = tessera(
        &[
            &["weight", "--delete", "--name", "census-2021"][..],
            &base[..],
        ]
        .concat(),
    );
    assert!(delete.status.success(), "{}", stderr(&delete));
    assert_eq!(folder.state().1, 0);
}

fn refused(margins: &str, extra: &[&str]) -> String {
    let folder = Folder::demo();
    let (before, _) = folder.state();
    let out = folder.weight(margins, extra);
    assert!(!out.status.success(), "{}", stdout(&out));
    let message = stderr(&out);
    assert!(message.contains("Nothing was kept"), "{message}");
    let (after, kept) = folder.state();
    assert_eq!(kept, 0, "nothing is kept");
    assert_eq!(before, after, "the dataset's own weights are untouched");
    message
}

#[test]
fn weight_refuses_margins_that_miss_a_category_of_the_data() {
    let margins: String = margins()
        .lines()
        .filter(|l| !l.contains("Quayside"))
        .map(|l| format!("{l}\n"))
        .collect::<String>()
        .replace("Harbourside,,8200", "Harbourside,,15300");
    let message = refused(&margins, &[]);
    assert!(
        message.contains("no population count for “Quayside”"),
        "{message}"
    );
}

#[test]
fn weight_refuses_margins_that_cannot_all_be_met() {
    let message = refused(&margins().replace("65+,10200", "65+,11200"), &[]);
    assert!(message.contains("cannot all be met"), "{message}");
    assert!(message.contains("61,000"), "{message}");
}

#[test]
fn weight_refuses_raking_that_does_not_converge() {
    let message = refused(&margins(), &["--max-iterations", "1", "--epsilon", "1e-12"]);
    assert!(message.contains("did not settle after 1"), "{message}");
}

const SPEC: &str = r#"
[design]
weight = "weight"
strata = "stratum"
psu = "psu"
lonely_psu = "adjust"

[[measure]]
id = "gp"
kind = "proportion"
variable = "registered_gp"
success = ["yes"]

[output]
by = [["ward"]]
min_cell = 1
"#;

#[test]
fn estimate_under_a_weighting_names_it_on_every_row_and_meets_the_margins() {
    let folder = Folder::demo();
    let data = folder.write(
        "kestrel.csv",
        &tessera_data::synthetic::generate_csv(&Default::default()),
    );
    let spec = folder.write("spec.toml", SPEC);
    let margins = folder.write("margins.csv", &margins());
    let out_path = folder.dir.path().join("out.csv");
    let out = tessera(&[
        "estimate",
        "--data",
        data.to_str().expect("path"),
        "--spec",
        spec.to_str().expect("path"),
        "--weighting",
        "census-2021",
        "--margins",
        margins.to_str().expect("path"),
        "--out",
        out_path.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = read_csv(&out_path);
    assert_eq!(rows.len(), 8, "a row per ward");
    for row in &rows {
        assert_eq!(row["weighting"], "census-2021");
    }
    // Under the weighting, each ward's weighted count is its census count.
    let quayside = rows
        .iter()
        .find(|r| r["ward"] == "Quayside")
        .expect("Quayside");
    let count: f64 = quayside["sum_weights"].parse().expect("a number");
    assert!((count - 7100.0).abs() < 0.01, "{count}");
}

#[test]
fn estimate_under_a_weighting_with_a_filter_that_selects_nobody_says_so() {
    let folder = Folder::demo();
    let data = folder.write(
        "kestrel.csv",
        &tessera_data::synthetic::generate_csv(&Default::default()),
    );
    let spec = folder.write(
        "spec.toml",
        &format!("{SPEC}\n[[filter]]\nvariable = \"ward\"\nin = [\"Atlantis\"]\n"),
    );
    let margins = folder.write("margins.csv", &margins());
    let out = tessera(&[
        "estimate",
        "--data",
        data.to_str().expect("path"),
        "--spec",
        spec.to_str().expect("path"),
        "--weighting",
        "census-2021",
        "--margins",
        margins.to_str().expect("path"),
    ]);
    assert!(!out.status.success());
    let message = stderr(&out);
    assert!(message.contains("selects nobody"), "{message}");
}

#[test]
fn estimate_under_margins_that_miss_a_category_estimates_nothing() {
    let folder = Folder::demo();
    let data = folder.write(
        "kestrel.csv",
        &tessera_data::synthetic::generate_csv(&Default::default()),
    );
    let spec = folder.write("spec.toml", SPEC);
    let margins: String = margins()
        .lines()
        .filter(|l| !l.contains("Quayside"))
        .map(|l| format!("{l}\n"))
        .collect::<String>()
        .replace("Harbourside,,8200", "Harbourside,,15300");
    let margins = folder.write("margins.csv", &margins);
    let out = tessera(&[
        "estimate",
        "--data",
        data.to_str().expect("path"),
        "--spec",
        spec.to_str().expect("path"),
        "--weighting",
        "census-2021",
        "--margins",
        margins.to_str().expect("path"),
    ]);
    assert!(!out.status.success());
    let message = stderr(&out);
    assert!(message.contains("“Quayside”"), "{message}");
    assert!(message.contains("Nothing was estimated"), "{message}");
}
