use std::io::Write;

use tessera_data::{
    ColumnValues, Format, ProblemKind, ReadError, ReadOptions, VariableKind, read_bytes, read_path,
};

use crate::{read_csv, read_csv_with, texts};

#[test]
fn a_utf8_bom_is_not_part_of_the_first_column_name() {
    let o = read_csv("\u{feff}id,name\n1,Zoë\n");
    assert_eq!(o.dataset.columns[0].name, "id");
    assert_eq!(texts(&o, "name"), [Some("Zoë".to_owned())]);
}

#[test]
fn semicolon_files_are_sniffed_and_decimal_commas_stay_text() {
    let o = read_csv("id;score;area\n1;2,5;Abbey\n2;3;Castle\n");
    assert_eq!(o.dataset.source.delimiter, Some(b';'));
    assert_eq!(
        o.dataset.column("id").map(|c| c.kind()),
        Some(VariableKind::Numeric)
    );
    assert_eq!(
        texts(&o, "score"),
        [Some("2,5".to_owned()), Some("3".to_owned())]
    );
}

#[test]
fn tab_and_pipe_delimiters_are_sniffed_or_taken_from_options() {
    assert_eq!(read_csv("a\tb\n1\t2\n").dataset.columns.len(), 2);
    assert_eq!(read_csv("a|b|c\n1|2|3\n").dataset.columns.len(), 3);
    let options = ReadOptions {
        delimiter: Some(b';'),
        ..ReadOptions::default()
    };
    let o = read_csv_with("a,b;c\n1,2;3\n", &options);
    assert_eq!(o.dataset.columns[0].name, "a,b");
}

#[test]
fn quoted_fields_keep_embedded_delimiters_newlines_and_quotes() {
    let o = read_csv(
        "id,comment,n\n1,\"Hello, world\",5\n2,\"two\nlines\",6\n3,\"say \"\"hi\"\"\",7\n",
    );
    assert_eq!(
        texts(&o, "comment"),
        [
            Some("Hello, world".into()),
            Some("two\nlines".into()),
            Some("say \"hi\"".into())
        ]
    );
    assert_eq!(
        o.dataset.column("n").and_then(|c| c.number_at(2)),
        Some(7.0)
    );
    // Row 3 starts on line 5 because row 2 spans lines 3 and 4.
    assert_eq!(o.dataset.line_of_row(2), Some(5));
}

#[test]
fn na_is_a_category_unless_the_options_say_it_is_missing() {
    let text = "employed,n\nyes,1\nNA,NA\nno,2\n";
    let o = read_csv(text);
    assert_eq!(texts(&o, "employed")[1].as_deref(), Some("NA"));
    assert_eq!(
        o.dataset.column("n").map(|c| c.kind()),
        Some(VariableKind::Text)
    );
    let options = ReadOptions {
        missing_tokens: vec!["NA".into()],
        ..ReadOptions::default()
    };
    let o = read_csv_with(text, &options);
    assert!(
        o.dataset
            .column("employed")
            .is_some_and(|c| c.is_missing(1))
    );
    assert_eq!(
        o.dataset.column("n").map(|c| c.kind()),
        Some(VariableKind::Numeric)
    );
}

#[test]
fn blanks_and_whitespace_are_missing_in_numeric_and_text_columns() {
    let o = read_csv("x,y\n1,a\n  ,\n3, b \n");
    let x = o.dataset.column("x").expect("x");
    assert!(matches!(x.values, ColumnValues::Numeric(_)));
    assert!(x.is_missing(1));
    assert_eq!(texts(&o, "y"), [Some("a".into()), None, Some("b".into())]);
}

#[test]
fn a_column_turning_text_keeps_earlier_numbers_as_written() {
    let o = read_csv("code\n01\n1.50\n7\ndont_know\n");
    assert_eq!(
        texts(&o, "code"),
        [
            Some("01".into()),
            Some("1.50".into()),
            Some("7".into()),
            Some("dont_know".into())
        ]
    );
    let ColumnValues::Text { levels, .. } = &o.dataset.columns[0].values else {
        panic!("text expected")
    };
    assert_eq!(levels, &["01", "1.50", "7", "dont_know"]);
}

#[test]
fn ragged_rows_are_reported_with_row_and_line_and_reading_goes_on() {
    let o = read_csv("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n");
    assert_eq!(o.dataset.n_rows, 4);
    let ragged: Vec<_> = o
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::RaggedRow)
        .collect();
    assert_eq!(ragged.len(), 2);
    assert_eq!((ragged[0].row, ragged[0].line), (Some(2), Some(3)));
    assert_eq!((ragged[1].row, ragged[1].line), (Some(3), Some(4)));
    assert_eq!(o.rows_with_problems, [1, 2]);
    assert!(o.dataset.column("c").is_some_and(|c| c.is_missing(1)));
    let clean = o.dataset.without_rows(&o.rows_with_problems);
    assert_eq!(clean.n_rows, 2);
    assert_eq!(clean.line_of_row(1), Some(5));
}

#[test]
fn repeated_and_blank_column_names_are_made_unique() {
    let o = read_csv("a,a,\n1,2,3\n");
    let names: Vec<_> = o.dataset.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["a", "a_2", "column_3"]);
    assert_eq!(o.problems[0].kind, ProblemKind::DuplicateColumn);
}

#[test]
fn invalid_utf8_in_a_file_said_to_be_utf8_is_read_with_replacement_and_reported() {
    let bytes = b"name\nok\ncaf\xe9\n";
    let options = ReadOptions {
        encoding: Some(tessera_data::TextEncoding::Utf8),
        ..ReadOptions::default()
    };
    let o = read_bytes(bytes, Format::Csv, &options).expect("readable");
    assert_eq!(o.problems.len(), 1);
    assert_eq!(o.problems[0].kind, ProblemKind::InvalidUtf8);
    assert_eq!(o.problems[0].row, Some(2));
    assert_eq!(texts(&o, "name")[1].as_deref(), Some("caf\u{fffd}"));
}

#[test]
fn an_empty_file_is_an_error_that_says_what_to_do() {
    let err = read_bytes(b"", Format::Csv, &ReadOptions::default()).expect_err("empty");
    assert!(matches!(err, ReadError::NoHeader { .. }));
    assert!(err.to_string().contains("first row must name the columns"));
}

#[test]
fn a_missing_file_and_an_unknown_extension_are_errors_naming_the_file() {
    let err = read_path("/nonexistent/survey.csv", &ReadOptions::default()).expect_err("missing");
    assert!(err.to_string().contains("/nonexistent/survey.csv"), "{err}");
    let err = read_path("/tmp/survey.json", &ReadOptions::default()).expect_err("unknown");
    assert!(matches!(err, ReadError::UnknownFormat { .. }));
}

/// Writes a CSV big enough to be read in two halves on two threads.
fn write_large_csv(rows: usize) -> (tempfile::TempDir, std::path::PathBuf, Vec<String>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("large.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
    writeln!(f, "id,code,late,note,pad").expect("write");
    let mut late = Vec::with_capacity(rows);
    for i in 0..rows {
        // `late` is numeric with non-canonical spellings until a word near the end.
        let l = if i == rows - 3 {
            "word".to_owned()
        } else {
            format!("{}.50", i % 7)
        };
        let note = if i % 100_000 == 1 {
            "\"multi\nline, quoted\""
        } else {
            "plain"
        };
        let code = if i % 3 == 0 { "dont_know" } else { "1" };
        writeln!(f, "{i},{code},{l},{note},{}", "x".repeat(40)).expect("write");
        late.push(l);
    }
    f.flush().expect("flush");
    (dir, path, late)
}

#[test]
fn a_large_file_read_in_parallel_matches_its_contents_row_for_row() {
    let rows = 250_000;
    let (_dir, path, late) = write_large_csv(rows);
    let o = read_path(&path, &ReadOptions::default()).expect("readable");
    assert!(
        o.problems.is_empty(),
        "{:?}",
        &o.problems[..o.problems.len().min(3)]
    );
    assert_eq!(o.dataset.n_rows, rows);
    let id = o.dataset.column("id").expect("id");
    assert!((0..rows).all(|i| id.number_at(i) == Some(i as f64)));
    let late_col = o.dataset.column("late").expect("late");
    assert!((0..rows).all(|i| late_col.text_at(i).as_deref() == Some(late[i].as_str())));
    let ColumnValues::Text { levels, .. } = &late_col.values else {
        panic!("text expected")
    };
    assert_eq!(levels[..3], ["0.50", "1.50", "2.50"]);
    let note = o.dataset.column("note").expect("note");
    assert_eq!(
        note.text_at(200_001).as_deref(),
        Some("multi\nline, quoted")
    );
    // Every earlier multi-line note pushes later rows one line down.
    assert_eq!(o.dataset.line_of_row(rows - 1), Some(rows as u64 + 1 + 3));
    let bytes = std::fs::read(&path).expect("read");
    let from_memory = read_bytes(&bytes, Format::Csv, &ReadOptions::default()).expect("readable");
    assert_eq!(from_memory.dataset.columns, o.dataset.columns);
}

#[test]
fn rows_of_a_file_with_windows_line_ends_are_numbered_by_their_real_lines() {
    let o = read_csv("a,b\r\n1,2\r\n3,4\r\n");
    assert_eq!(o.dataset.line_of_row(0), Some(2));
    assert_eq!(o.dataset.line_of_row(1), Some(3));
}
