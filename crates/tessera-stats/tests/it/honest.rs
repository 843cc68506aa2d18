//! Issue 12, items 12–18: every figure the engine reports is honest and says why when it is
//! not `ok`. Each test here failed before its fix.

use tessera_data::{Column, Dataset};
use tessera_stats::report::{self, RunOptions};
use tessera_stats::{
    Breakdown, CiMethod, Design, DesignSpec, EstimandKind, EstimateSpec, NOT_STATED, Reason,
    ReportError, StatsError, Status, Verdict, Warning,
};

/// A small stratified, clustered survey: 2 strata × 3 PSUs × 6 rows.
fn survey() -> Vec<Column> {
    let n = 36;
    let stratum: Vec<Option<String>> = (0..n)
        .map(|k| Some(if k < 18 { "north" } else { "south" }.to_owned()))
        .collect();
    let psu: Vec<f64> = (0..n).map(|k| f64::from((k / 6) % 3 + 1)).collect();
    let weight: Vec<f64> = (0..n).map(|k| 1.0 + f64::from(k % 5)).collect();
    let group: Vec<Option<&str>> = (0..n)
        .map(|k| Some(if k % 2 == 0 { "newcomer" } else { "settled" }))
        .collect();
    let answer: Vec<Option<&str>> = (0..n)
        .map(|k| Some(if k % 3 == 0 { "No" } else { "Yes" }))
        .collect();
    vec![
        Column::text("stratum", &stratum),
        Column::numeric("psu", psu),
        Column::numeric("w", weight),
        Column::text("group", &group),
        Column::text("answer", &answer),
    ]
}

fn dataset(columns: Vec<Column>) -> Dataset {
    Dataset::from_columns(columns).expect("equal lengths")
}

const DESIGN: &str = "[design]\nweight = \"w\"\nstrata = \"stratum\"\npsu = \"psu\"\n\n";

fn spec(text: &str) -> EstimateSpec {
    EstimateSpec::parse(text, "spec.toml").expect("a valid spec")
}

#[test]
fn wilson_on_a_design_with_strata_and_psus_is_refused_with_the_measure_line() {
    let text = format!(
        "{DESIGN}[[measure]]\nid = \"yes\"\nkind = \"proportion\"\nvariable = \"answer\"\nsuccess = [\"Yes\"]\nci = \"wilson\"\n"
    );
    let errors = EstimateSpec::parse(&text, "spec.toml").expect_err("refused");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, Some(6));
    assert!(
        errors[0].message.contains("ignores the survey design"),
        "{}",
        errors[0]
    );
    assert!(
        errors[0]
            .message
            .contains("[design] weight, [design] strata, [design] psu"),
        "{}",
        errors[0]
    );

    // The library refuses too: a caller cannot get an undersized interval by another road.
    let strata = [1u32, 1, 2, 2];
    let psu = [1u32, 2, 1, 2];
    let d = Design::new(
        4,
        &DesignSpec {
            strata: Some(&strata),
            psu: Some(&psu),
            ..DesignSpec::default()
        },
    )
    .expect("design");
    let b = Breakdown::new(
        &d,
        EstimandKind::Proportion,
        &[1.0, 0.0, 1.0, 1.0],
        &[0; 4],
        1,
    )
    .expect("breakdown");
    let err = b
        .estimates(CiMethod::Wilson, &tessera_stats::Thresholds::default())
        .expect_err("refused");
    assert_eq!(err, StatsError::IntervalIgnoresDesign { method: "wilson" });
    // Without a design it is prop.test's interval, as before.
    let srs = Design::simple_random_sample(4).expect("srs");
    let b = Breakdown::new(
        &srs,
        EstimandKind::Proportion,
        &[1.0, 0.0, 1.0, 1.0],
        &[0; 4],
        1,
    )
    .expect("breakdown");
    assert!(
        b.estimates(
            CiMethod::Wilson,
            &tessera_stats::Thresholds {
                min_cell: 1,
                ..Default::default()
            }
        )
        .is_ok()
    );
}

#[test]
fn blank_stratum_codes_are_refused_naming_the_rows_or_left_out_when_asked() {
    let mut columns = survey();
    let mut stratum: Vec<Option<String>> = (0..36)
        .map(|k| Some(if k < 18 { "north" } else { "south" }.to_owned()))
        .collect();
    stratum[4] = None;
    stratum[30] = None;
    columns[0] = Column::text("stratum", &stratum);
    let data = dataset(columns);
    let s = spec(&format!(
        "{DESIGN}[[measure]]\nid = \"yes\"\nkind = \"proportion\"\nvariable = \"answer\"\nsuccess = [\"Yes\"]\n"
    ));
    let err = report::run(&s, &data, |_, _| {}).expect_err("refused");
    assert_eq!(
        err,
        ReportError::BlankDesignValues {
            field: "[design] strata".into(),
            name: "stratum".into(),
            rows: vec![5, 31],
            count: 2,
        }
    );
    let text = err.to_string();
    assert!(text.contains("row 5, row 31"), "{text}");
    assert!(text.contains("missing values in strata/id"), "{text}");

    let options = RunOptions {
        skip_bad_rows: true,
        ..RunOptions::default()
    };
    let r = report::run_with(&s, &data, &options, |_, _| {}).expect("rows left out");
    assert_eq!(r.estimates[0].n, Some(34));
    assert!(r.warnings.contains(&Warning::RowsLeftOut {
        field: "[design] strata".into(),
        column: "stratum".into(),
        rows: 2,
    }));
}

#[test]
fn design_errors_name_strata_and_psus_as_they_are_in_the_file() {
    // PSU 1 appears in both strata, and nest = false.
    let data = dataset(survey());
    let s = spec(
        "[design]\nweight = \"w\"\nstrata = \"stratum\"\npsu = \"psu\"\nnest = false\n\n[[measure]]\nid = \"yes\"\nkind = \"proportion\"\nvariable = \"answer\"\nsuccess = [\"Yes\"]\n",
    );
    let err = report::run(&s, &data, |_, _| {}).expect_err("not nested");
    let text = err.to_string();
    assert!(
        text.contains("PSU \"1\" appears in strata \"north\" and \"south\""),
        "{text}"
    );

    // A lonely PSU under `fail` names the stratum's code, not its index.
    let mut columns = survey();
    let psu: Vec<f64> = (0..36)
        .map(|k| {
            if k >= 18 {
                7.0
            } else {
                f64::from((k / 6) % 3 + 1)
            }
        })
        .collect();
    columns[1] = Column::numeric("psu", psu);
    let s = spec(
        "[design]\nweight = \"w\"\nstrata = \"stratum\"\npsu = \"psu\"\nlonely_psu = \"fail\"\n\n[[measure]]\nid = \"yes\"\nkind = \"proportion\"\nvariable = \"answer\"\nsuccess = [\"Yes\"]\n",
    );
    let err = report::run(&s, &dataset(columns), |_, _| {}).expect_err("lonely");
    assert!(
        err.to_string()
            .contains("stratum \"south\" has only one PSU"),
        "{err}"
    );
}

#[test]
fn a_gap_with_one_side_at_zero_or_one_is_flagged_and_never_likely_real() {
    // Newcomers all say Yes (p = 1); settled residents are mixed.
    let mut columns = survey();
    let answer: Vec<Option<&str>> = (0..36)
        .map(|k| {
            Some(if k % 2 == 0 || k % 3 != 0 {
                "Yes"
            } else {
                "No"
            })
        })
        .collect();
    columns[4] = Column::text("answer", &answer);
    let s = spec(&format!(
        "{DESIGN}[[measure]]\nid = \"yes\"\nkind = \"proportion\"\nvariable = \"answer\"\nsuccess = [\"Yes\"]\n\n[output]\nby = [[\"group\"]]\ncompare = {{ variable = \"group\", focal = \"newcomer\", reference = \"settled\" }}\nmin_cell = 1\nunreliable_n = 1\n"
    ));
    let r = report::run(&s, &dataset(columns), |_, _| {}).expect("runs");
    let gap = &r.comparisons[0];
    assert_eq!(gap.estimate_focal, Some(1.0));
    assert_eq!(gap.status, Status::Unreliable);
    assert!(gap.reasons.contains(&Reason::BoundaryProportion), "{gap:?}");
    assert_eq!(gap.verdict(), Verdict::NoVerdict);
}

#[test]
fn every_status_that_is_not_ok_carries_its_reasons_in_the_rows() {
    let data = dataset(survey());
    let s = spec(&format!(
        "{DESIGN}[[measure]]\nid = \"yes\"\nkind = \"proportion\"\nvariable = \"answer\"\nsuccess = [\"Yes\"]\n\n[output]\nby = [[\"group\"], [\"stratum\", \"group\"]]\ncompare = {{ variable = \"group\", focal = \"newcomer\", reference = \"settled\" }}\nmin_cell = 10\nunreliable_n = 30\n"
    ));
    let r = report::run(&s, &data, |_, _| {}).expect("runs");
    for row in &r.estimates {
        assert_eq!(row.status == Status::Ok, row.reasons.is_empty(), "{row:?}");
    }
    for row in &r.comparisons {
        assert_eq!(row.status == Status::Ok, row.reasons.is_empty(), "{row:?}");
    }
    // 18 per group: published, but fewer than 30 → small sample.
    let newcomers = &r.estimates[0];
    assert_eq!(newcomers.status, Status::Unreliable);
    assert!(newcomers.reasons.contains(&Reason::SmallSample));
    // 9 per stratum × group: suppressed as a small cell, and its gap as a component.
    let small = &r.estimates[2];
    assert_eq!(small.reasons, [Reason::SmallCell]);
    assert_eq!(small.reason(), "small_cell");
    assert_eq!(r.comparisons[1].reasons, [Reason::ComponentSuppressed]);
    // The JSON form carries them as codes.
    let json = serde_json::to_value(newcomers).expect("json");
    assert_eq!(json["reasons"][0], "small_sample");
}

#[test]
fn a_success_code_that_occurs_in_no_row_is_warned_about_with_the_values_there_are() {
    let data = dataset(survey());
    let s = spec(
        "[[measure]]\nid = \"typo\"\nkind = \"proportion\"\nvariable = \"answer\"\nsuccess = [\"Yess\"]\n",
    );
    let r = report::run(&s, &data, |_, _| {}).expect("runs");
    assert_eq!(r.estimates[0].estimate, Some(0.0));
    assert_eq!(r.warnings.len(), 1);
    let w = &r.warnings[0];
    assert!(matches!(
        w,
        Warning::CodeNotInData { measure, code, present, .. }
            if measure == "typo" && code == "Yess" && present == &["No".to_owned(), "Yes".to_owned()]
    ));
    assert!(w.to_string().contains("\"Yess\" occurs in no row"), "{w}");

    // Numeric codes match numbers however they are written.
    let numbers = dataset(vec![Column::numeric("q", vec![1.0, 2.0, 1.0, 3.0])]);
    let ok = spec(
        "[[measure]]\nid = \"q\"\nkind = \"proportion\"\nvariable = \"q\"\nsuccess = [1, \"2\"]\n",
    );
    assert!(
        report::run(&ok, &numbers, |_, _| {})
            .expect("runs")
            .warnings
            .is_empty()
    );
}

#[test]
fn blank_breakdown_values_form_a_not_stated_level_and_are_counted() {
    let mut columns = survey();
    let group: Vec<Option<&str>> = (0..36)
        .map(|k| match k % 4 {
            0 => None,
            1 => Some("settled"),
            _ => Some("newcomer"),
        })
        .collect();
    columns[3] = Column::text("group", &group);
    let s = spec(&format!(
        "{DESIGN}[[measure]]\nid = \"yes\"\nkind = \"proportion\"\nvariable = \"answer\"\nsuccess = [\"Yes\"]\n\n[output]\nby = [[\"group\"]]\nmin_cell = 1\n"
    ));
    let r = report::run(&s, &dataset(columns), |_, _| {}).expect("runs");
    let levels: Vec<&str> = r.estimates.iter().map(|e| e.by[0].1.as_str()).collect();
    assert_eq!(levels, ["newcomer", "settled", NOT_STATED]);
    let n: u64 = r.estimates.iter().filter_map(|e| e.n).sum();
    assert_eq!(n, 36, "no row drops out of the breakdown");
    assert_eq!(r.estimates[2].n, Some(9));
    assert!(r.warnings.contains(&Warning::NotStated {
        variable: "group".into(),
        rows: 9
    }));
}

#[test]
fn blank_waves_are_left_out_of_the_trend_and_counted() {
    let mut columns = survey();
    let wave: Vec<f64> = (0..36)
        .map(|k| match k % 9 {
            0 => f64::NAN,
            1..=4 => 2023.0,
            _ => 2024.0,
        })
        .collect();
    columns.push(Column::numeric("wave", wave));
    let s = spec(&format!(
        "{DESIGN}[[measure]]\nid = \"yes\"\nkind = \"proportion\"\nvariable = \"answer\"\nsuccess = [\"Yes\"]\n\n[output]\nby = [[\"wave\", \"group\"]]\ncompare = {{ variable = \"group\", focal = \"newcomer\", reference = \"settled\" }}\ntrend = \"wave\"\nmin_cell = 1\n"
    ));
    let r = report::run(&s, &dataset(columns), |_, _| {}).expect("runs");
    assert!(r.estimates.iter().all(|e| e.by[0].1 != NOT_STATED));
    assert_eq!(r.gap_changes.len(), 1);
    assert_eq!(
        (
            r.gap_changes[0].earlier.as_str(),
            r.gap_changes[0].later.as_str()
        ),
        ("2023", "2024")
    );
    assert!(r.warnings.contains(&Warning::TrendBlank {
        variable: "wave".into(),
        rows: 4
    }));
}

#[test]
fn counts_are_rounded_for_publication_by_one_rule() {
    let data = dataset(survey());
    let s = spec(
        "[[measure]]\nid = \"yes\"\nkind = \"proportion\"\nvariable = \"answer\"\nsuccess = [\"Yes\"]\n",
    );
    let r = report::run(&s, &data, |_, _| {}).expect("runs");
    assert_eq!(r.estimates[0].n, Some(36));
    assert_eq!(r.estimates[0].n_rounded(), Some(40));
    assert_eq!(tessera_stats::disclosure::round_count(4), 10);
}
