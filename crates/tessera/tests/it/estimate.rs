//! `tessera estimate` end to end: CSV and spec in, figures out, compared with R `survey` 4.1-1
//! reference outputs (`../shared/reference/estimation/ref`, copied into tessera-stats' fixtures).

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use crate::support::{read_csv, reference, stderr, stdout, tessera};

/// Every measure the spec language can express for the reference workload, publishing every
/// cell (min_cell = 1) so that each R figure has a counterpart.
const DESIGN_SPEC: &str = r#"
[design]
weight = "weight"
strata = "stratum"
psu = "psu"
lonely_psu = "adjust"

[[measure]]
id = "agree_logit"
kind = "proportion"
variable = "getting_on_well"
success = ["1", "2"]
exclude = ["dont_know"]
ci = "logit"

[[measure]]
id = "agree_beta"
kind = "proportion"
variable = "getting_on_well"
success = [1, 2]
exclude = ["dont_know"]
ci = "beta"

[[measure]]
id = "agree_wald"
kind = "proportion"
variable = "getting_on_well"
success = ["1", "2"]
exclude = ["dont_know"]
ci = "wald"

[[measure]]
id = "trust"
kind = "mean"
variable = "trust_police"

[[measure]]
id = "people"
kind = "total"

[output]
by = [["wave", "group"], ["wave", "group", "area"]]
compare = { variable = "group", focal = "newcomer", reference = "settled" }
min_cell = 1
"#;

const SRS_SPEC: &str = r#"
[[measure]]
id = "agree_wilson"
kind = "proportion"
variable = "getting_on_well"
success = ["1", "2"]
exclude = ["dont_know"]
ci = "wilson"

[[measure]]
id = "trust"
kind = "mean"
variable = "trust_police"

[output]
by = [["wave", "group"], ["wave", "group", "area"]]
min_cell = 1
"#;

fn run_json(data: &Path, spec: &str) -> Value {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec_path = dir.path().join("spec.toml");
    std::fs::write(&spec_path, spec).expect("write spec");
    let out = tessera(&[
        "estimate",
        "--data",
        data.to_str().expect("utf-8 path"),
        "--spec",
        spec_path.to_str().expect("utf-8 path"),
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("JSON output")
}

type Key = (String, String, String);

fn key_of(row: &Value) -> Key {
    let s = |f: &str| row[f].as_str().unwrap_or("ALL").to_owned();
    (s("wave"), s("group"), s("area"))
}

fn rows_of<'a>(report: &'a Value, table: &str, measure: &str) -> HashMap<Key, &'a Value> {
    report[table]
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| r["measure"] == measure)
        .map(|r| (key_of(r), r))
        .collect()
}

fn ref_key(row: &HashMap<String, String>) -> Key {
    let g = row
        .get("group")
        .cloned()
        .unwrap_or_else(|| "ALL".to_owned());
    (row["wave"].clone(), g, row["area"].clone())
}

/// A finite R figure, or `None` for NA/NaN/Inf.
fn r_value(row: &HashMap<String, String>, column: &str) -> Option<f64> {
    row[column].parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Compares `ours` with R's figure to a relative tolerance; returns whether it was compared.
fn close(ours: &Value, r: Option<f64>, tol: f64, what: &str) -> bool {
    let Some(r) = r else { return false };
    let ours = ours
        .as_f64()
        .unwrap_or_else(|| panic!("{what}: no figure where R has {r}"));
    let err = (ours - r).abs();
    assert!(
        err <= tol * r.abs() + 1e-14,
        "{what}: ours {ours} vs R {r} (relative error {:e})",
        err / r.abs().max(1e-300)
    );
    true
}

/// Every number in the report is finite (no NaN or infinity reaches the output).
fn assert_all_finite(report: &Value) {
    for table in ["estimates", "comparisons"] {
        for row in report[table].as_array().expect("rows") {
            for (k, v) in row.as_object().expect("object") {
                if let Some(x) = v.as_f64() {
                    assert!(x.is_finite(), "{table} {k} = {x} in {row}");
                }
            }
        }
    }
}

fn check_design(prefix: &str, data: &str) {
    let report = run_json(&reference(data), DESIGN_SPEC);
    assert_all_finite(&report);
    let mut compared = 0usize;

    let prop = read_csv(&reference(&format!("{prefix}_design_prop.csv")));
    let (logit, beta, wald) = (
        rows_of(&report, "estimates", "agree_logit"),
        rows_of(&report, "estimates", "agree_beta"),
        rows_of(&report, "estimates", "agree_wald"),
    );
    for r in &prop {
        let k = ref_key(r);
        let what = format!("{prefix} prop {k:?}");
        let (l, b, w) = (logit[&k], beta[&k], wald[&k]);
        if r_value(r, "p").is_none() {
            // R has no valid response here: the cell must be suppressed, without figures.
            assert_eq!(l["status"], "suppressed", "{what}");
            assert!(l["estimate"].is_null(), "{what}");
            continue;
        }
        compared += usize::from(close(&l["estimate"], r_value(r, "p"), 1e-12, &what));
        assert_eq!(l["n"].as_f64(), r_value(r, "n_valid"), "{what} n");
        close(&l["sum_weights"], r_value(r, "sumw_valid"), 1e-12, &what);
        let p = r_value(r, "p").unwrap_or(0.0);
        let degenerate = p == 0.0 || p == 1.0 || r_value(r, "df_domain").is_none_or(|d| d <= 0.0);
        if degenerate {
            // Documented policy: an exact Clopper-Pearson interval on the counts, never NaN.
            assert_eq!(l["ci_method"], "clopper_pearson", "{what}");
            assert_ne!(l["status"], "ok", "{what}");
            continue;
        }
        compared += usize::from(close(&l["se"], r_value(r, "se"), 1e-10, &what));
        compared += usize::from(close(&l["deff"], r_value(r, "deff"), 1e-10, &what));
        compared += usize::from(close(&l["df"], r_value(r, "df_domain"), 0.0, &what));
        compared += usize::from(close(&l["ci_low"], r_value(r, "logit_lo"), 1e-7, &what));
        compared += usize::from(close(&l["ci_high"], r_value(r, "logit_hi"), 1e-7, &what));
        compared += usize::from(close(&b["ci_low"], r_value(r, "beta_lo"), 1e-9, &what));
        compared += usize::from(close(&b["ci_high"], r_value(r, "beta_hi"), 1e-9, &what));
        compared += usize::from(close(&w["ci_low"], r_value(r, "wald_t_lo"), 1e-9, &what));
        compared += usize::from(close(&w["ci_high"], r_value(r, "wald_t_hi"), 1e-9, &what));
    }

    let mean = read_csv(&reference(&format!("{prefix}_design_mean.csv")));
    let trust = rows_of(&report, "estimates", "trust");
    for r in &mean {
        let k = ref_key(r);
        let what = format!("{prefix} mean {k:?}");
        let t = trust[&k];
        if r_value(r, "mean").is_none() {
            assert!(t["estimate"].is_null(), "{what}");
            continue;
        }
        compared += usize::from(close(&t["estimate"], r_value(r, "mean"), 1e-12, &what));
        if r_value(r, "df_domain").is_some_and(|d| d > 0.0) && t["se"].is_number() {
            compared += usize::from(close(&t["se"], r_value(r, "se"), 1e-10, &what));
            compared += usize::from(close(&t["deff"], r_value(r, "deff"), 1e-10, &what));
            compared += usize::from(close(&t["ci_low"], r_value(r, "wald_t_lo"), 1e-9, &what));
            compared += usize::from(close(&t["ci_high"], r_value(r, "wald_t_hi"), 1e-9, &what));
        }
    }

    let total = read_csv(&reference(&format!("{prefix}_design_total.csv")));
    let people = rows_of(&report, "estimates", "people");
    for r in &total {
        let k = ref_key(r);
        let what = format!("{prefix} total {k:?}");
        let t = people[&k];
        compared += usize::from(close(&t["estimate"], r_value(r, "total"), 1e-12, &what));
        if t["se"].is_number() {
            compared += usize::from(close(&t["se"], r_value(r, "se"), 1e-10, &what));
        }
    }

    let diff = read_csv(&reference(&format!("{prefix}_design_diff.csv")));
    let gaps = rows_of(&report, "comparisons", "agree_wald");
    for r in &diff {
        let k = (r["wave"].clone(), "ALL".to_owned(), r["area"].clone());
        let what = format!("{prefix} diff {k:?}");
        let g = gaps[&k];
        if r_value(r, "diff").is_none() {
            assert_eq!(g["status"], "suppressed", "{what}");
            assert!(g["difference"].is_null(), "{what}");
            continue;
        }
        compared += usize::from(close(&g["difference"], r_value(r, "diff"), 1e-12, &what));
        compared += usize::from(close(
            &g["estimate_focal"],
            r_value(r, "p_newcomer"),
            1e-12,
            &what,
        ));
        if g["se"].is_number() {
            compared += usize::from(close(&g["se"], r_value(r, "se"), 1e-10, &what));
            compared += usize::from(close(&g["ci_low"], r_value(r, "wald_t_lo"), 1e-9, &what));
            compared += usize::from(close(&g["ci_high"], r_value(r, "wald_t_hi"), 1e-9, &what));
        }
    }
    assert!(compared > 800, "only {compared} figures compared");
}

fn check_srs(prefix: &str, data: &str) {
    let report = run_json(&reference(data), SRS_SPEC);
    assert_all_finite(&report);
    let prop = read_csv(&reference(&format!("{prefix}_srs_prop.csv")));
    let wilson = rows_of(&report, "estimates", "agree_wilson");
    let mut compared = 0usize;
    for r in &prop {
        let k = ref_key(r);
        let what = format!("{prefix} srs prop {k:?}");
        let w = wilson[&k];
        if r_value(r, "p").is_none() {
            assert!(w["estimate"].is_null(), "{what}");
            continue;
        }
        compared += usize::from(close(&w["estimate"], r_value(r, "p"), 1e-12, &what));
        compared += usize::from(close(&w["ci_low"], r_value(r, "wilson_lo"), 1e-9, &what));
        compared += usize::from(close(&w["ci_high"], r_value(r, "wilson_hi"), 1e-9, &what));
        if w["se"].is_number() {
            compared += usize::from(close(&w["se"], r_value(r, "se_svy_srs"), 1e-10, &what));
        }
    }
    let mean = read_csv(&reference(&format!("{prefix}_srs_mean.csv")));
    let trust = rows_of(&report, "estimates", "trust");
    for r in &mean {
        let k = ref_key(r);
        if let Some(m) = r_value(r, "mean") {
            compared += usize::from(close(
                &trust[&k]["estimate"],
                Some(m),
                1e-12,
                &format!("{k:?}"),
            ));
        }
    }
    assert!(compared > 250, "only {compared} figures compared");
}

#[test]
fn estimates_from_the_small_reference_csv_equal_r_survey() {
    check_design("small", "synthetic_small.csv");
    check_srs("small", "synthetic_small.csv");
}

#[test]
fn estimates_with_a_lonely_psu_stratum_equal_r_survey_with_adjust() {
    check_design("small_lonely", "synthetic_small_lonely.csv");
}

#[test]
fn suppressed_cells_carry_no_numbers_in_csv_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("spec.toml");
    std::fs::write(&spec, DESIGN_SPEC.replace("min_cell = 1", "min_cell = 10")).expect("write");
    let out_path = dir.path().join("results.csv");
    let out = tessera(&[
        "estimate",
        "--data",
        reference("synthetic_small.csv").to_str().expect("path"),
        "--spec",
        spec.to_str().expect("path"),
        "--out",
        out_path.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let estimates = read_csv(&out_path);
    let comparisons = read_csv(&dir.path().join("results.comparisons.csv"));
    let mut suppressed = 0;
    for row in estimates.iter().chain(&comparisons) {
        if row["status"] == "suppressed" {
            suppressed += 1;
            for (column, value) in row {
                let allowed = [
                    "measure",
                    "wave",
                    "group",
                    "area",
                    "focal",
                    "reference",
                    "status",
                ];
                assert!(
                    allowed.contains(&column.as_str()) || value.is_empty(),
                    "suppressed row carries {column} = {value}: {row:?}"
                );
            }
        } else {
            let n: u64 = row.get("n").map_or(10, |n| n.parse().expect("n"));
            assert!(n >= 10, "{row:?}");
        }
    }
    assert!(
        suppressed >= 5,
        "the small file has forced tiny cells; found {suppressed}"
    );
    // Greenhill newcomers are 3, 4 and 2 people: never published.
    assert!(
        estimates
            .iter()
            .filter(|r| r["area"] == "Greenhill" && r["group"] == "newcomer")
            .all(|r| r["status"] == "suppressed")
    );
}

#[test]
fn a_spec_with_mistakes_lists_each_with_its_line_and_estimates_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("spec.toml");
    std::fs::write(
        &spec,
        "[[measure]]\nid = \"a\"\nkind = \"median\"\nvariable = \"x\"\n\n[[measure]]\nid = \"b\"\nkind = \"proportion\"\nvariable = \"getting_on_well\"\n",
    )
    .expect("write");
    let out = tessera(&[
        "estimate",
        "--data",
        reference("synthetic_small.csv").to_str().expect("path"),
        "--spec",
        spec.to_str().expect("path"),
    ]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("spec.toml:1:") && err.contains("median"),
        "{err}"
    );
    assert!(
        err.contains("spec.toml:6:") && err.contains("success codes"),
        "{err}"
    );
    assert!(stdout(&out).is_empty());
}

#[test]
fn an_unknown_variable_is_named_with_the_variables_there_are() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("spec.toml");
    std::fs::write(
        &spec,
        "[[measure]]\nid = \"t\"\nkind = \"mean\"\nvariable = \"trust_polise\"\n",
    )
    .expect("write");
    let out = tessera(&[
        "estimate",
        "--data",
        reference("synthetic_small.csv").to_str().expect("path"),
        "--spec",
        spec.to_str().expect("path"),
    ]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("trust_polise") && err.contains("trust_police"),
        "{err}"
    );
}

#[test]
fn bad_weights_stop_the_run_unless_bad_rows_are_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("d.csv");
    let mut text = String::from("weight,group,x\n");
    for i in 0..40 {
        let w = match i {
            3 => "-2",
            7 => "0",
            _ => "1.5",
        };
        let g = if i % 2 == 0 { "newcomer" } else { "settled" };
        text.push_str(&format!("{w},{g},{}\n", i % 5));
    }
    std::fs::write(&data, &text).expect("write data");
    let spec = dir.path().join("spec.toml");
    std::fs::write(
        &spec,
        "[design]\nweight = \"weight\"\n[[measure]]\nid = \"x\"\nkind = \"mean\"\nvariable = \"x\"\n[output]\nby = [[\"group\"]]\nmin_cell = 5\n",
    )
    .expect("write spec");
    let args = |skip: bool| {
        let mut a = vec![
            "estimate".to_owned(),
            "--data".to_owned(),
            data.display().to_string(),
            "--spec".to_owned(),
            spec.display().to_string(),
        ];
        if skip {
            a.push("--skip-bad-rows".to_owned());
        }
        a
    };
    let stop = tessera(&args(false).iter().map(String::as_str).collect::<Vec<_>>());
    assert!(!stop.status.success());
    let err = stderr(&stop);
    assert!(err.contains("row 4") && err.contains("row 8"), "{err}");
    assert!(err.contains("weight"), "{err}");
    let go_on = tessera(&args(true).iter().map(String::as_str).collect::<Vec<_>>());
    assert!(go_on.status.success(), "{}", stderr(&go_on));
    let text = stdout(&go_on);
    let rows: Vec<&str> = text.lines().skip(1).collect();
    let n: Vec<&str> = rows
        .iter()
        .map(|r| r.split(',').nth(2).expect("n"))
        .collect();
    // Rows 4 (weight -2) and 8 (weight 0) are both in the settled group.
    assert_eq!(n, ["20", "18"], "{rows:?}");
}

#[test]
fn two_specs_run_over_one_reading_give_the_rows_of_both() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (design, srs) = (dir.path().join("design.toml"), dir.path().join("srs.toml"));
    std::fs::write(&design, DESIGN_SPEC).expect("write");
    std::fs::write(
        &srs,
        SRS_SPEC.replace("id = \"trust\"", "id = \"trust_srs\""),
    )
    .expect("write");
    let data = reference("synthetic_small.csv");
    let both = run_json_args(
        &[
            "--spec",
            design.to_str().expect("p"),
            "--spec",
            srs.to_str().expect("p"),
        ],
        &data,
    );
    let one = run_json(&data, DESIGN_SPEC);
    let other = run_json(
        &data,
        &SRS_SPEC.replace("id = \"trust\"", "id = \"trust_srs\""),
    );
    let count = |v: &Value, t: &str| v[t].as_array().expect("rows").len();
    assert_eq!(
        count(&both, "estimates"),
        count(&one, "estimates") + count(&other, "estimates")
    );
    assert_eq!(both["estimates"][0], one["estimates"][0]);
    // The same measure id in two specs is refused.
    let clash = tessera(&[
        "estimate",
        "--data",
        data.to_str().expect("p"),
        "--spec",
        design.to_str().expect("p"),
        "--spec",
        design.to_str().expect("p"),
    ]);
    assert!(!clash.status.success());
    assert!(
        stderr(&clash).contains("more than one spec"),
        "{}",
        stderr(&clash)
    );
}

fn run_json_args(spec_args: &[&str], data: &Path) -> Value {
    let mut args = vec![
        "estimate",
        "--data",
        data.to_str().expect("utf-8 path"),
        "--format",
        "json",
    ];
    args.extend_from_slice(spec_args);
    let out = tessera(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("JSON output")
}

#[test]
fn estimate_csv_output_never_has_a_cell_a_spreadsheet_would_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("formulas.csv");
    let mut text = String::from("group,area,answer\n");
    let areas = [
        "=HYPERLINK(\"x\")",
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)",
        "-2+3+cmd",
    ];
    for i in 0..400 {
        let group = if i % 2 == 0 { "newcomer" } else { "settled" };
        let area = areas[i % 4].replace('"', "\"\"");
        text.push_str(&format!("{group},\"{area}\",{}\n", i % 3));
    }
    std::fs::write(&data, text).expect("write data");
    let spec = dir.path().join("spec.toml");
    std::fs::write(
        &spec,
        r#"
[[measure]]
id = "yes"
kind = "proportion"
variable = "answer"
success = ["1"]

[output]
by = [["group", "area"]]
compare = { variable = "group", focal = "newcomer", reference = "settled" }
"#,
    )
    .expect("write spec");
    let out = tessera(&[
        "estimate",
        "--data",
        data.to_str().expect("path"),
        "--spec",
        spec.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("cmd"), "the areas are in the output: {text}");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    for record in reader.records() {
        for cell in record.expect("record").iter() {
            let runnable =
                cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell.parse::<f64>().is_err();
            assert!(!runnable, "{cell:?}");
        }
    }
}

/// The spec of `tessera-stats/tests/it/models.rs`: a school-wide target (proportion) and the
/// API score (mean) of elementary against middle schools, adjusted for bands of free meals
/// and English learners.
const ADJUSTED_SPEC: &str = r#"
[design]
weight = "pw"
psu = "dnum"
fpc = "fpc"

[[derive]]
name = "mband"
from = "meals"
bands = [0, 34, 67]
labels = ["low", "mid", "high"]

[[derive]]
name = "eband"
from = "ell"
bands = [0, 25]
labels = ["low", "high"]

[[measure]]
id = "target"
kind = "proportion"
variable = "sch.wide"
success = ["Yes"]

[[measure]]
id = "api"
kind = "mean"
variable = "api00"

[output]
by = [["stype"]]
compare = { variable = "stype", focal = "E", reference = "M", adjust = ["mband", "eband"] }
min_cell = 1
"#;

#[test]
fn adjusted_gaps_come_out_in_json_csv_and_the_table_equal_to_r() {
    let stats = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tessera-stats/tests/reference");
    let data = stats.join("data/apiclus1.csv");
    let r: HashMap<(String, String), f64> = read_csv(&stats.join("out/models.csv"))
        .into_iter()
        .filter(|row| row["design"] == "apiclus1" && row["analysis"] == "spec_adjusted")
        .map(|row| {
            (
                (row["key"].clone(), row["stat"].clone()),
                row["value"].parse().expect("number"),
            )
        })
        .collect();
    let report = run_json(&data, ADJUSTED_SPEC);
    let rows = report["adjusted_gaps"].as_array().expect("adjusted_gaps");
    assert_eq!(rows.len(), 2);
    for (measure, key) in [
        ("target", "schwide quasibinomial"),
        ("api", "api00 gaussian"),
    ] {
        let row = rows
            .iter()
            .find(|x| x["measure"] == measure)
            .expect("row of the measure");
        assert_eq!(row["stype"], "ALL");
        for (field, stat) in [
            ("difference", "gap"),
            ("se", "se"),
            ("ci_low", "lo"),
            ("ci_high", "hi"),
        ] {
            let want = r[&(key.to_owned(), stat.to_owned())];
            let got = row[field].as_f64().expect("a number");
            assert!(
                (got - want).abs() <= 1e-9 * want.abs(),
                "{measure} {field}: {got} against R {want}"
            );
        }
    }
    // CSV: a sibling file of adjusted gaps beside the comparisons.
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("spec.toml");
    std::fs::write(&spec, ADJUSTED_SPEC).expect("write spec");
    let out_path = dir.path().join("results.csv");
    let out = tessera(&[
        "estimate",
        "--data",
        data.to_str().expect("path"),
        "--spec",
        spec.to_str().expect("path"),
        "--format",
        "csv",
        "--out",
        out_path.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let adjusted = read_csv(&dir.path().join("results.adjusted-gaps.csv"));
    assert_eq!(adjusted.len(), 2);
    assert_eq!(adjusted[0]["adjusted_for"], "mband+eband");
    assert_eq!(adjusted[0]["method"], "logistic_margins");
    assert_eq!(adjusted[1]["method"], "linear");
    // The table shows them too.
    let table = tessera(&[
        "estimate",
        "--data",
        data.to_str().expect("path"),
        "--spec",
        spec.to_str().expect("path"),
    ]);
    assert!(table.status.success(), "{}", stderr(&table));
    assert!(
        stdout(&table).contains("logistic_margins"),
        "{}",
        stdout(&table)
    );
}

#[test]
fn quantiles_ratios_and_associations_come_out_in_json_and_csv() {
    let stats = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tessera-stats/tests/reference");
    let data = stats.join("data/apiclus1.csv");
    let spec = r#"
[design]
weight = "pw"
psu = "dnum"
fpc = "fpc"

[[quantile]]
id = "api"
variable = "api00"

[[ratio]]
id = "tested"
numerator = "api.stu"
denominator = "enroll"

[[association]]
id = "awards"
rows = "stype"
columns = "awards"

[output]
min_cell = 1
"#;
    let r: HashMap<(String, String), f64> = read_csv(&stats.join("out/models.csv"))
        .into_iter()
        .filter(|row| row["design"] == "apiclus1")
        .map(|row| {
            (
                (row["key"].clone(), row["stat"].clone()),
                row["value"].parse().unwrap_or(f64::NAN),
            )
        })
        .collect();
    let report = run_json(&data, spec);
    let median = report["quantiles"][0]["estimate"].as_f64().expect("median");
    assert_eq!(
        median,
        r[&("api00 ALL 0.5".to_owned(), "quantile".to_owned())]
    );
    let ratio = report["ratios"][0]["estimate"].as_f64().expect("ratio");
    let want = r[&("api.stu/enroll ALL".to_owned(), "ratio".to_owned())];
    assert!((ratio - want).abs() < 1e-12 * want);
    let p = report["associations"][0]["p_value"].as_f64().expect("p");
    let want = r[&("stype+awards".to_owned(), "F_p".to_owned())];
    assert!((p - want).abs() < 1e-9 * want, "{p} against R {want}");
}
