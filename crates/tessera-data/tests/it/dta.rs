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

/// Found by fuzzing (`fuzz/regressions/tessera-data/dta-zero-variables-oom.dta`): a binary
/// (release 116) file declaring lengths far beyond its 192 bytes made the `dta` crate allocate
/// and zero a buffer of that size (13 s, over 1 GB resident) before finding the file too short.
#[test]
fn lengths_declared_beyond_the_end_of_an_old_dta_file_are_refused_at_once() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/regressions/tessera-data/dta-zero-variables-oom.dta");
    let start = std::time::Instant::now();
    let err = read_path(&path, &ReadOptions::default()).expect_err("refused");
    assert!(start.elapsed().as_secs_f64() < 1.0, "{:?}", start.elapsed());
    assert!(
        err.to_string().contains("more than the rest of the file"),
        "{err}"
    );
}

#[test]
fn dta_files_of_stata_8_to_12_releases_113_to_115_are_read_with_their_labels() {
    for release in [113, 114, 115] {
        let o = read_path(
            fixture(&format!("real/old_{release}.dta")),
            &ReadOptions::default(),
        )
        .expect("readable");
        assert_eq!(o.dataset.n_rows, 3, "{release}");
        assert_eq!(
            o.dataset.codebook.value_label("belong", "2"),
            Some("Fairly strongly"),
            "{release}"
        );
        assert_eq!(
            texts(&o, "area"),
            [
                Some("Abbey".into()),
                Some("Castle".into()),
                Some("Harbour".into())
            ]
        );
    }
}

/// Found by fuzzing (`fuzz/regressions/tessera-data/dta-hang.dta`): a file with no variables
/// declaring 546 million observations kept the reader "reading" empty records for minutes.
#[test]
fn a_dta_file_without_variables_is_refused_at_once() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/regressions/tessera-data/dta-hang.dta");
    let start = std::time::Instant::now();
    let err = read_path(&path, &ReadOptions::default()).expect_err("refused");
    assert!(start.elapsed().as_secs_f64() < 1.0, "{:?}", start.elapsed());
    assert!(
        err.to_string().contains("rows of data") || err.to_string().contains("no variables"),
        "{err}"
    );
}
