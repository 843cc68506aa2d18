//! Files written by other programs (R's `haven`, GNU PSPP, R's `write.csv`) read correctly:
//! labels, missing values, strings and dates as numbers. See `fixtures/real/make_real.R` and
//! `fixtures/real/make_pspp.sps`.

use tessera_data::{Dataset, Measure, ReadError, ReadOptions, VariableKind, read_path};

use crate::{fixture, texts};

fn read(name: &str) -> tessera_data::ReadOutcome {
    read_path(fixture(&format!("real/{name}")), &ReadOptions::default()).expect("readable")
}

fn numbers(d: &Dataset, column: &str) -> Vec<Option<f64>> {
    let c = d.column(column).expect("column exists");
    (0..d.n_rows).map(|i| c.number_at(i)).collect()
}

#[test]
fn r_api_data_read_the_same_from_csv_sav_and_dta() {
    for name in ["apistrat", "apiclus1"] {
        let csv = read(&format!("{name}.csv")).dataset;
        let sav = read(&format!("{name}.sav")).dataset;
        let dta = read(&format!("{name}.dta")).dataset;
        let expected_rows = if name == "apistrat" { 200 } else { 183 };
        for d in [&csv, &sav, &dta] {
            assert_eq!(d.n_rows, expected_rows, "{name} {:?}", d.source.format);
            assert_eq!(d.columns.len(), 39, "{name} {:?}", d.source.format);
        }
        for column in ["api00", "api99", "pw", "fpc", "enroll", "acs_k3", "meals"] {
            // R's write.csv prints 15 significant digits; the binary files hold every bit.
            let expected = numbers(&csv, column);
            for (d, format) in [(&sav, "sav"), (&dta, "dta")] {
                let got = numbers(d, column);
                let close = got.iter().zip(&expected).all(|(a, b)| match (a, b) {
                    (Some(a), Some(b)) => (a - b).abs() <= 1e-13 * b.abs().max(1.0),
                    (None, None) => true,
                    _ => false,
                });
                assert!(
                    close && got.len() == expected.len(),
                    "{name}.{format} {column}"
                );
            }
            assert_eq!(
                numbers(&sav, column),
                numbers(&dta, column),
                "{name} {column}"
            );
        }
        assert_eq!(texts_of(&sav, "name"), texts_of(&csv, "name"), "{name}.sav");
        assert_eq!(texts_of(&dta, "name"), texts_of(&csv, "name"), "{name}.dta");
        // Factors become labelled codes in SPSS and Stata: code 1 is labelled "E".
        for d in [&sav, &dta] {
            let stype = d.codebook.variable("stype").expect("stype");
            assert_eq!(stype.kind, VariableKind::Numeric);
            assert!(
                stype.value_labels.contains(&("1".into(), "E".into())),
                "{:?}",
                stype.value_labels
            );
        }
        let csv_stype: Vec<_> = texts_of(&csv, "stype");
        let sav_stype: Vec<_> = (0..sav.n_rows)
            .map(|i| {
                let code = sav
                    .column("stype")
                    .and_then(|c| c.text_at(i))
                    .map(|s| s.into_owned());
                code.and_then(|c| sav.codebook.value_label("stype", &c).map(str::to_owned))
            })
            .collect();
        assert_eq!(
            sav_stype, csv_stype,
            "{name}: labels of the codes give the CSV's letters"
        );
    }
}

fn texts_of(d: &Dataset, column: &str) -> Vec<Option<String>> {
    let c = d.column(column).expect("column exists");
    (0..d.n_rows)
        .map(|i| c.text_at(i).map(|s| s.into_owned()))
        .collect()
}

#[test]
fn a_haven_sav_keeps_labels_user_missing_values_dates_and_text() {
    let o = read("labelled_haven.sav");
    assert!(o.problems.is_empty(), "{:?}", o.problems);
    let d = &o.dataset;
    let b = d.codebook.variable("belong").expect("belong");
    assert_eq!(
        b.label.as_deref(),
        Some("How strongly do you feel you belong to your neighbourhood?")
    );
    assert!(b.value_labels.contains(&("-9".into(), "Don't know".into())));
    assert_eq!(b.missing.codes, ["-9"]);
    assert_eq!(
        numbers(d, "belong"),
        [Some(1.0), Some(2.0), Some(3.0), None, Some(1.0), None]
    );
    // SPSS dates are seconds since 14 October 1582: 2025-03-01 is 13,960,166,400.
    assert_eq!(numbers(d, "interviewed")[0], Some(13_960_166_400.0));
    assert_eq!(
        texts(&o, "comment"),
        [
            Some("café".into()),
            Some("Don’t know".into()),
            Some("£5 bus fare".into()),
            None,
            Some("naïve".into()),
            Some("ok".into())
        ]
    );
    assert_eq!(numbers(d, "weight")[5], Some(0.75));
}

#[test]
fn a_haven_dta_keeps_labels_tagged_missing_values_and_dates() {
    let o = read("labelled_haven.dta");
    assert!(o.problems.is_empty(), "{:?}", o.problems);
    let d = &o.dataset;
    assert_eq!(
        numbers(d, "belong"),
        [Some(1.0), Some(2.0), Some(3.0), None, Some(1.0), None]
    );
    let b = d.codebook.variable("belong").expect("belong");
    assert!(
        b.value_labels.contains(&(".a".into(), "Don't know".into())),
        "{:?}",
        b.value_labels
    );
    // Stata dates are days since 1 January 1960: 2025-03-01 is 23,801.
    assert_eq!(numbers(d, "interviewed")[0], Some(23_801.0));
    assert_eq!(texts(&o, "comment")[1].as_deref(), Some("Don’t know"));
}

#[test]
fn a_zlib_compressed_sav_is_refused_with_what_to_do() {
    let err = read_path(
        fixture("real/labelled_haven_zsav.zsav"),
        &ReadOptions::default(),
    )
    .expect_err("zsav");
    assert!(matches!(err, ReadError::Unsupported { .. }), "{err}");
    assert!(err.to_string().contains("ZSAV"), "{err}");
}

#[test]
fn pspp_files_compressed_or_not_keep_labels_missing_ranges_strings_and_dates() {
    for name in ["labelled_pspp.sav", "labelled_pspp_plain.sav"] {
        let o = read(name);
        assert!(o.problems.is_empty(), "{name}: {:?}", o.problems);
        let d = &o.dataset;
        assert_eq!(
            d.source.file_label.as_deref(),
            Some("PSPP test survey"),
            "{name}"
        );
        assert_eq!(d.n_rows, 6);
        let b = d
            .codebook
            .variable("belonging_to_neighbourhood")
            .expect("long name");
        assert_eq!(b.measure, Some(Measure::Ordinal));
        assert!(b.value_labels.contains(&("-9".into(), "Don't know".into())));
        assert_eq!(
            numbers(d, "belonging_to_neighbourhood"),
            [Some(1.0), Some(2.0), None, Some(3.0), Some(1.0), Some(2.0)],
            "{name}"
        );
        let t = d.codebook.variable("trust").expect("trust");
        assert_eq!(t.missing.range, Some((98.0, 99.0)));
        assert_eq!(
            numbers(d, "trust"),
            [Some(7.0), None, Some(5.0), None, None, Some(10.0)],
            "{name}"
        );
        // 'Harbour' is a declared missing string; the rest keep their text.
        assert_eq!(
            texts(&o, "area"),
            [
                Some("Abbey".into()),
                Some("Castle".into()),
                None,
                Some("Abbey".into()),
                Some("Castle".into()),
                Some("Café Quay".into())
            ],
            "{name}"
        );
        let area = d.codebook.variable("area").expect("area");
        assert!(
            area.value_labels
                .contains(&("Abbey".into(), "Abbey ward".into()))
        );
        assert_eq!(
            numbers(d, "interviewed")[0],
            Some(13_960_166_400.0),
            "{name}"
        );
    }
}
