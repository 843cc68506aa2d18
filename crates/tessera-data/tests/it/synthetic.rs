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
