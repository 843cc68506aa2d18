//! The `.sav` writer: files read back by our reader and, when installed, by GNU PSPP's
//! `pspp-convert` (a reader nobody here wrote).

use std::process::Command;

use tessera_data::{
    Format, Measure, ReadOptions, ReadOutcome, SavKind, SavTable, SavValue, SavVariable,
    WriteError, read_bytes, write_sav,
};

use crate::texts;

fn var(name: &str, label: &str, kind: SavKind, measure: Measure) -> SavVariable {
    SavVariable {
        name: name.to_owned(),
        label: label.to_owned(),
        kind,
        value_labels: Vec::new(),
        missing: Vec::new(),
        measure,
    }
}

fn n(x: f64) -> SavValue {
    SavValue::Number(x)
}

fn t(s: &str) -> SavValue {
    SavValue::Text(s.to_owned())
}

/// A survey export as the collection pages make one: codes with labels, a "prefer not to say"
/// code declared missing, a long choice code, free text in Welsh and Arabic, a very long text.
fn survey(compressed: bool) -> SavTable {
    let long_text = format!("{}ـ{}", "a".repeat(300), "ب".repeat(200));
    let mut agree = var(
        "bridges_ask_neighbours",
        "I would feel confident asking my neighbours for help",
        SavKind::Numeric { decimals: 0 },
        Measure::Ordinal,
    );
    agree.value_labels = vec![
        (n(1.0), "Strongly agree".to_owned()),
        (n(2.0), "Agree".to_owned()),
        (n(-9.0), "Prefer not to say".to_owned()),
    ];
    agree.missing = vec![n(-9.0)];
    let mut area = var(
        "area",
        "Area",
        SavKind::String { width: 8 },
        Measure::Nominal,
    );
    area.value_labels = vec![(t("cf10"), "Butetown".to_owned())];
    area.missing = vec![t("unknown")];
    let mut lonely = var(
        "lonely",
        "How often do you feel lonely?",
        SavKind::String { width: 20 },
        Measure::Ordinal,
    );
    lonely.value_labels = vec![
        (t("often_always"), "Often or always".to_owned()),
        (t("never"), "Never".to_owned()),
    ];
    lonely.missing = vec![t("dk")];
    SavTable {
        file_label: "Tessera survey export".to_owned(),
        variables: vec![
            agree,
            var(
                "hours",
                "Hours volunteered",
                SavKind::Numeric { decimals: 2 },
                Measure::Scale,
            ),
            area,
            lonely,
            var(
                "comment",
                "Anything else?",
                SavKind::String { width: 800 },
                Measure::Nominal,
            ),
        ],
        rows: vec![
            vec![
                n(1.0),
                n(2.5),
                t("cf10"),
                t("often_always"),
                t("Diolch yn fawr"),
            ],
            vec![
                n(-9.0),
                SavValue::Blank,
                t("unknown"),
                t("dk"),
                t(&long_text),
            ],
            vec![n(2.0), n(1e9), SavValue::Blank, t("never"), SavValue::Blank],
            vec![n(200.0), n(-0.125), t("cf24"), SavValue::Blank, t("شكرا")],
        ],
        compressed,
    }
}

fn write(table: &SavTable) -> Vec<u8> {
    let mut out = Vec::new();
    write_sav(table, &mut out).expect("writes");
    out
}

fn read(bytes: &[u8]) -> ReadOutcome {
    read_bytes(bytes, Format::Sav, &ReadOptions::default()).expect("our reader reads it")
}

#[test]
fn a_written_file_reads_back_with_names_labels_value_labels_missing_values_and_text() {
    for compressed in [true, false] {
        let table = survey(compressed);
        let o = read(&write(&table));
        assert!(o.problems.is_empty(), "{:?}", o.problems);
        let d = &o.dataset;
        assert_eq!(d.n_rows, 4);
        assert_eq!(
            d.source.file_label.as_deref(),
            Some("Tessera survey export")
        );
        let names: Vec<&str> = d.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "bridges_ask_neighbours",
                "hours",
                "area",
                "lonely",
                "comment"
            ]
        );
        let numbers = |c: &str| -> Vec<Option<f64>> {
            let col = d.column(c).expect("column");
            (0..d.n_rows).map(|i| col.number_at(i)).collect()
        };
        // -9 is declared missing, so it reads as missing.
        assert_eq!(
            numbers("bridges_ask_neighbours"),
            [Some(1.0), None, Some(2.0), Some(200.0)]
        );
        assert_eq!(numbers("hours"), [Some(2.5), None, Some(1e9), Some(-0.125)]);
        assert_eq!(
            texts(&o, "area"),
            [Some("cf10".into()), None, None, Some("cf24".into())]
        );
        assert_eq!(
            texts(&o, "lonely"),
            [
                Some("often_always".into()),
                None,
                Some("never".into()),
                None
            ]
        );
        let long_text = format!("{}ـ{}", "a".repeat(300), "ب".repeat(200));
        assert_eq!(
            texts(&o, "comment"),
            [
                Some("Diolch yn fawr".into()),
                Some(long_text),
                None,
                Some("شكرا".into())
            ]
        );
        let agree = d
            .codebook
            .variable("bridges_ask_neighbours")
            .expect("variable");
        assert_eq!(
            agree.label.as_deref(),
            Some("I would feel confident asking my neighbours for help")
        );
        assert_eq!(agree.measure, Some(Measure::Ordinal));
        assert_eq!(
            agree.value_labels,
            [
                ("1".to_owned(), "Strongly agree".to_owned()),
                ("2".to_owned(), "Agree".to_owned()),
                ("-9".to_owned(), "Prefer not to say".to_owned())
            ]
        );
        assert_eq!(agree.missing.codes, ["-9"]);
        let lonely = d.codebook.variable("lonely").expect("variable");
        assert_eq!(
            lonely.value_labels,
            [
                ("often_always".to_owned(), "Often or always".to_owned()),
                ("never".to_owned(), "Never".to_owned())
            ]
        );
        assert_eq!(lonely.missing.codes, ["dk"]);
        let area = d.codebook.variable("area").expect("variable");
        assert_eq!(
            area.value_labels,
            [("cf10".to_owned(), "Butetown".to_owned())]
        );
        assert_eq!(
            d.codebook.variable("hours").and_then(|v| v.measure),
            Some(Measure::Scale)
        );
    }
}

#[test]
fn compression_makes_small_whole_numbers_and_blanks_smaller() {
    let mut table = survey(true);
    let row = table.rows[0].clone();
    table.rows = vec![row; 500];
    let compressed = write(&table).len();
    table.compressed = false;
    let plain = write(&table).len();
    assert!(compressed * 3 < plain, "{compressed} vs {plain}");
}

fn bad_variable(table: &SavTable) -> String {
    match write_sav(table, &mut Vec::new()) {
        Err(WriteError::BadVariable { variable, .. }) => variable,
        other => panic!("expected a refused variable, got {other:?}"),
    }
}

#[test]
fn tables_spss_cannot_hold_are_refused_naming_the_variable_or_row() {
    let mut dup = survey(true);
    dup.variables[1].name = "AREA".to_owned();
    assert_eq!(bad_variable(&dup), "area");
    let mut bad_name = survey(true);
    bad_name.variables[0].name = "1st".to_owned();
    assert_eq!(bad_variable(&bad_name), "1st");
    let mut four = survey(true);
    four.variables[1].missing = vec![n(1.0), n(2.0), n(3.0), n(4.0)];
    assert_eq!(bad_variable(&four), "hours");
    let mut label = survey(true);
    label.variables[0]
        .value_labels
        .push((t("x"), "X".to_owned()));
    assert_eq!(bad_variable(&label), "bridges_ask_neighbours");

    let mut short = survey(true);
    short.rows[2].pop();
    let e = write_sav(&short, &mut Vec::new()).expect_err("refused");
    assert!(matches!(e, WriteError::BadRow { row: 3, .. }), "{e}");
    let mut wide = survey(true);
    wide.rows[1][2] = t("a value wider than eight");
    let e = write_sav(&wide, &mut Vec::new()).expect_err("refused");
    assert_eq!(
        e.to_string(),
        "row 2: the value of area is not of its type or is wider than its width."
    );
    let mut typed = survey(true);
    typed.rows[0][1] = t("2.5");
    assert!(matches!(
        write_sav(&typed, &mut Vec::new()),
        Err(WriteError::BadRow { row: 1, .. })
    ));
}

/// Whether GNU PSPP's `pspp-convert` can be run. `scripts/test` installs PSPP and sets
/// `TESSERA_REQUIRE_PSPP=1`, so there a missing PSPP fails instead of skipping.
fn pspp_available() -> bool {
    let ok = Command::new("pspp-convert")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("TESSERA_REQUIRE_PSPP").is_none(),
            "TESSERA_REQUIRE_PSPP is set but pspp-convert is missing (apt-get install pspp)"
        );
        eprintln!("PSPP is not installed: skipping the check by PSPP");
    }
    ok
}

/// The file converted to CSV by PSPP, with values or (with `labels`) value labels.
fn pspp_csv(dir: &std::path::Path, sav: &[u8], labels: bool) -> String {
    let input = dir.join("t.sav");
    let output = dir.join(if labels { "labels.csv" } else { "values.csv" });
    std::fs::write(&input, sav).expect("write");
    let mut cmd = Command::new("pspp-convert");
    if labels {
        cmd.arg("--labels");
    }
    let out = cmd
        .arg(&input)
        .arg(&output)
        .output()
        .expect("pspp-convert runs");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "pspp-convert failed or warned: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(&output).expect("csv")
}

#[test]
fn pspp_reads_the_written_file_with_the_same_values_and_labels() {
    if !pspp_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let long_text = format!("{}ـ{}", "a".repeat(300), "ب".repeat(200));
    for compressed in [true, false] {
        let sav = write(&survey(compressed));
        let values = pspp_csv(dir.path(), &sav, false);
        let lines: Vec<&str> = values.lines().collect();
        assert_eq!(
            lines[0], "bridges_ask_neighbours,hours,area,lonely,comment",
            "{values}"
        );
        assert_eq!(lines[1], "1,2.5,cf10,often_always,Diolch yn fawr");
        assert_eq!(lines[2], format!("-9, ,unknown,dk,{long_text}"));
        assert_eq!(lines[3], "2,1000000000,,never,");
        assert_eq!(lines[4], "200,-0.125,cf24,,شكرا");
        assert_eq!(lines.len(), 5);
        let labelled = pspp_csv(dir.path(), &sav, true);
        let lines: Vec<&str> = labelled.lines().collect();
        assert_eq!(
            lines[1],
            "Strongly agree,2.5,Butetown,Often or always,Diolch yn fawr"
        );
        assert!(
            lines[2].starts_with("Prefer not to say, ,unknown,dk,aaa"),
            "{}",
            lines[2]
        );
        assert_eq!(lines[3], "Agree,1000000000,,Never,");

        // PSPP's own description of the dictionary: labels, measures, formats, missing values.
        let sps = dir.path().join("d.sps");
        let report = dir.path().join("d.csv");
        std::fs::write(
            &sps,
            format!(
                "GET FILE=\"{}\".\nDISPLAY DICTIONARY.\n",
                dir.path().join("t.sav").display()
            ),
        )
        .expect("write");
        let out = Command::new("pspp")
            .args(["-O", "format=csv", "-o"])
            .arg(&report)
            .arg(&sps)
            .output()
            .expect("pspp runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let dict = std::fs::read_to_string(&report).expect("report");
        for line in [
            "bridges_ask_neighbours,1,I would feel confident asking my neighbours for help,Ordinal,Input,8,Right,F8.0,F8.0,-9",
            "hours,2,Hours volunteered,Scale,Input,8,Right,F10.2,F10.2,",
            "area,3,Area,Nominal,Input,8,Left,A8,A8,\"\"\"unknown \"\"\"",
            "lonely,4,How often do you feel lonely?,Ordinal,Input,20,Left,A20,A20,\"\"\"dk      \"\"\"",
            "comment,5,Anything else?,Nominal,Input,40,Left,A800,A800,",
            "I would feel confident asking my neighbours for help,-9[a],Prefer not to say",
            "Area,cf10,Butetown",
            "How often do you feel lonely?,never,Never",
            ",often_always,Often or always",
        ] {
            assert!(
                dict.lines().any(|l| l == line),
                "PSPP does not say {line:?}:\n{dict}"
            );
        }
    }
}
