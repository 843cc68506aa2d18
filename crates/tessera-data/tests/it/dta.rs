use tessera_data::{ReadOptions, VariableKind, read_path};

use crate::{fixture, texts};

#[test]
fn a_dta_keeps_value_labels_and_reads_stata_missing_values_as_missing() {
    let o = read_path(fixture("survey.dta"), &ReadOptions::default()).expect("readable .dta");
    assert!(o.problems.is_empty(), "{:?}", o.problems);
    let d = &o.dataset;
    assert_eq!(d.n_rows, 6);
    let g = d.codebook.variable("getting_on_well").expect("variable");
    assert_eq!(g.kind, VariableKind::Numeric);
    assert_eq!(
        g.label.as_deref(),
        Some("People from different backgrounds get on well together")
    );
    assert_eq!(
        d.codebook.value_label("getting_on_well", "2"),
        Some("Tend to agree")
    );
    // .a and .b are Stata extended missing values.
    assert_eq!(
        texts(&o, "getting_on_well"),
        [
            Some("1".into()),
            Some("2".into()),
            None,
            Some("4".into()),
            None,
            Some("3".into())
        ]
    );
    assert!(d.column("trust_police").is_some_and(|c| c.is_missing(1)));
    assert_eq!(d.column("weight").and_then(|c| c.number_at(1)), Some(0.75));
    assert_eq!(texts(&o, "employed")[2].as_deref(), Some("NA"));
    assert_eq!(texts(&o, "area")[3], None);
    assert_eq!(d.source.file_label.as_deref(), Some("Tessera test survey"));
}
