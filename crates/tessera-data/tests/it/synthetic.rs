use tessera_data::{ColumnValues, ReadOptions, VariableKind, read_path};

use crate::{fixture, texts};

#[test]
fn the_synthetic_survey_reads_with_the_documented_types_and_codes() {
    let o = read_path(fixture("synthetic_small.csv"), &ReadOptions::default()).expect("readable");
    assert!(o.problems.is_empty());
    let d = &o.dataset;
    assert_eq!((d.n_rows, d.columns.len()), (2000, 20));
    for numeric in [
        "respondent_id",
        "wave",
        "stratum",
        "psu",
        "weight",
        "years_in_uk",
        "trust_police",
    ] {
        assert_eq!(
            d.column(numeric).map(|c| c.kind()),
            Some(VariableKind::Numeric),
            "{numeric}"
        );
    }
    for text in ["area", "group", "getting_on_well", "employed"] {
        assert_eq!(
            d.column(text).map(|c| c.kind()),
            Some(VariableKind::Text),
            "{text}"
        );
    }
    // Row 1: 1,2022,Harbour,8,16,148.7836,settled,,uk_born,…,1,2,yes,NA,…
    assert_eq!(
        d.column("weight").and_then(|c| c.number_at(0)),
        Some(148.7836)
    );
    assert!(d.column("years_in_uk").is_some_and(|c| c.is_missing(0)));
    assert_eq!(texts(&o, "employed")[0].as_deref(), Some("NA"));
    assert_eq!(texts(&o, "getting_on_well")[0].as_deref(), Some("1"));
    let ColumnValues::Text { levels, .. } = &d.column("getting_on_well").expect("column").values
    else {
        panic!("text expected")
    };
    let mut sorted = levels.clone();
    sorted.sort();
    assert_eq!(sorted, ["1", "2", "3", "4", "dont_know"]);
}

#[test]
fn reading_only_some_columns_gives_the_same_values_in_file_order() {
    let full =
        read_path(fixture("synthetic_small.csv"), &ReadOptions::default()).expect("readable");
    let options = ReadOptions {
        columns: Some(vec!["weight".into(), "area".into(), "trust_police".into()]),
        ..ReadOptions::default()
    };
    let some = read_path(fixture("synthetic_small.csv"), &options).expect("readable");
    let names: Vec<&str> = some
        .dataset
        .columns
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, ["area", "weight", "trust_police"]);
    assert_eq!(some.dataset.codebook.variables.len(), 3);
    assert_eq!(some.dataset.n_rows, full.dataset.n_rows);
    for name in names {
        let (a, b) = (
            full.dataset.column(name).expect("full"),
            some.dataset.column(name).expect("some"),
        );
        for row in 0..a.len() {
            assert_eq!(a.text_at(row), b.text_at(row), "{name} row {row}");
        }
    }
    // Asking for a column the file lacks reads everything, so messages can list every column.
    let unknown = ReadOptions {
        columns: Some(vec!["weight".into(), "nope".into()]),
        ..ReadOptions::default()
    };
    let all = read_path(fixture("synthetic_small.csv"), &unknown).expect("readable");
    assert_eq!(all.dataset.columns.len(), 20);
}
