//! Each limit with a file at it (read) and a file just over it (refused, naming the limit).

use tessera_data::{Format, Limit, ReadError, ReadLimits, ReadOptions, read_bytes};

fn with(limits: ReadLimits) -> ReadOptions {
    ReadOptions {
        limits,
        ..ReadOptions::default()
    }
}

fn refused(bytes: &[u8], format: Format, limits: ReadLimits) -> (Limit, u64, String) {
    match read_bytes(bytes, format, &with(limits)) {
        Err(e @ ReadError::LimitExceeded { limit, max, .. }) => (limit, max, e.to_string()),
        Err(e) => panic!("refused for another reason: {e}"),
        Ok(o) => panic!("accepted {} rows", o.dataset.n_rows),
    }
}

fn read(bytes: &[u8], format: Format, limits: ReadLimits) -> tessera_data::ReadOutcome {
    read_bytes(bytes, format, &with(limits)).expect("within the limits")
}

#[test]
fn csv_columns_at_the_limit_are_read_and_one_more_is_refused() {
    let limits = ReadLimits {
        columns: 3,
        ..ReadLimits::default()
    };
    assert_eq!(
        read(b"a,b,c\n1,2,3\n", Format::Csv, limits)
            .dataset
            .columns
            .len(),
        3
    );
    let (limit, max, text) = refused(b"a,b,c,d\n1,2,3,4\n", Format::Csv, limits);
    assert_eq!((limit, max), (Limit::Columns, 3));
    assert!(text.contains("has 4 columns"), "{text}");
    assert!(text.contains("header row (line 1)"), "{text}");
}

#[test]
fn csv_rows_at_the_limit_are_read_and_one_more_is_refused() {
    let limits = ReadLimits {
        rows: 2,
        ..ReadLimits::default()
    };
    assert_eq!(read(b"a\n1\n2\n", Format::Csv, limits).dataset.n_rows, 2);
    let (limit, max, text) = refused(b"a\n1\n2\n3\n", Format::Csv, limits);
    assert_eq!((limit, max), (Limit::Rows, 2));
    assert!(text.contains("line 4"), "{text}");
}

#[test]
fn csv_cells_at_the_limit_are_read_and_one_row_more_is_refused() {
    let limits = ReadLimits {
        cells: 4,
        ..ReadLimits::default()
    };
    assert_eq!(
        read(b"a,b\n1,2\n3,4\n", Format::Csv, limits).dataset.n_rows,
        2
    );
    let (limit, max, _) = refused(b"a,b\n1,2\n3,4\n5,6\n", Format::Csv, limits);
    assert_eq!((limit, max), (Limit::Cells, 4));
}

#[test]
fn csv_field_bytes_at_the_limit_are_read_and_one_more_is_refused() {
    let limits = ReadLimits {
        field_bytes: 5,
        ..ReadLimits::default()
    };
    assert_eq!(
        read(b"a,b\nabcde,1\n", Format::Csv, limits).dataset.n_rows,
        1
    );
    let (limit, max, text) = refused(b"a,b\nabcdef,1\n", Format::Csv, limits);
    assert_eq!((limit, max), (Limit::FieldBytes, 5));
    assert!(text.contains("line 2, field 1"), "{text}");
}

#[test]
fn csv_line_bytes_at_the_limit_are_read_and_one_more_is_refused() {
    let limits = ReadLimits {
        line_bytes: 7,
        ..ReadLimits::default()
    };
    assert_eq!(
        read(b"a,b\n123,567\n", Format::Csv, limits).dataset.n_rows,
        1
    );
    let (limit, max, text) = refused(b"a,b\n123,5678\n", Format::Csv, limits);
    assert_eq!((limit, max), (Limit::LineBytes, 7));
    assert!(text.contains("line 2"), "{text}");
    // An unclosed quote swallowing the rest of the file is named as the likely cause.
    let (limit, _, text) = refused(b"a,b\n\"1,2\n3,4\n5,6\n", Format::Csv, limits);
    assert_eq!(limit, Limit::LineBytes);
    assert!(text.contains("never closes"), "{text}");
}

#[test]
fn csv_file_bytes_at_the_limit_are_read_and_one_more_is_refused() {
    let limits = ReadLimits {
        csv_file_bytes: 6,
        ..ReadLimits::default()
    };
    assert_eq!(read(b"a\n1\n2\n", Format::Csv, limits).dataset.n_rows, 2);
    let (limit, max, _) = refused(b"a\n1\n22\n", Format::Csv, limits);
    assert_eq!((limit, max), (Limit::FileBytes, 6));
}

#[test]
fn a_header_only_csv_is_refused_as_having_no_rows_of_data() {
    let err =
        read_bytes(b"id,answer\n", Format::Csv, &ReadOptions::default()).expect_err("no data");
    assert!(matches!(err, ReadError::NoData { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("has column names but no rows of data"),
        "{err}"
    );
}

#[test]
fn the_default_limits_read_a_two_thousand_row_survey() {
    let o = tessera_data::read_path(
        crate::fixture("synthetic_small.csv"),
        &ReadOptions::default(),
    )
    .expect("readable");
    assert_eq!(o.dataset.n_rows, 2000);
}

/// A workbook written by rust_xlsxwriter: a header row and data rows of text and numbers.
fn workbook(header: &[&str], rows: &[&[&str]], sheets: usize) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    for s in 0..sheets {
        let ws = wb.add_worksheet();
        ws.set_name(format!("Sheet{}", s + 1)).expect("sheet name");
        for (c, h) in header.iter().enumerate() {
            ws.write_string(0, c as u16, *h).expect("write");
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                match v.parse::<f64>() {
                    Ok(x) => ws.write_number(r as u32 + 1, c as u16, x),
                    Err(_) => ws.write_string(r as u32 + 1, c as u16, *v),
                }
                .expect("write");
            }
        }
    }
    wb.save_to_buffer().expect("workbook")
}

/// `(parts, decompressed bytes)` of a workbook, counted by the zip crate.
fn archive_sizes(bytes: &[u8]) -> (u64, u64) {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut total = 0;
    for i in 0..z.len() {
        total += std::io::copy(&mut z.by_index(i).expect("entry"), &mut std::io::sink())
            .expect("inflate");
    }
    (z.len() as u64, total)
}

fn xlsx_at_and_over(bytes: &[u8], at: ReadLimits, over: ReadLimits, limit: Limit) -> String {
    assert!(read(bytes, Format::Xlsx, at).dataset.n_rows > 0);
    let (found, _, text) = refused(bytes, Format::Xlsx, over);
    assert_eq!(found, limit, "{text}");
    text
}

#[test]
fn xlsx_columns_rows_and_cells_at_the_limit_are_read_and_one_more_is_refused() {
    let bytes = workbook(&["a", "b", "c"], &[&["1", "2", "3"], &["4", "5", "6"]], 1);
    let d = ReadLimits::default();
    let text = xlsx_at_and_over(
        &bytes,
        ReadLimits { columns: 3, ..d },
        ReadLimits { columns: 2, ..d },
        Limit::Columns,
    );
    assert!(text.contains("header row of sheet \"Sheet1\""), "{text}");
    let text = xlsx_at_and_over(
        &bytes,
        ReadLimits { rows: 2, ..d },
        ReadLimits { rows: 1, ..d },
        Limit::Rows,
    );
    assert!(text.contains("row 3"), "{text}");
    xlsx_at_and_over(
        &bytes,
        ReadLimits { cells: 6, ..d },
        ReadLimits { cells: 5, ..d },
        Limit::Cells,
    );
}

#[test]
fn xlsx_field_bytes_sheets_and_shared_strings_at_the_limit_are_read_and_one_more_is_refused() {
    let bytes = workbook(&["a", "b"], &[&["abcde", "x"]], 2);
    let d = ReadLimits::default();
    let text = xlsx_at_and_over(
        &bytes,
        ReadLimits {
            field_bytes: 5,
            ..d
        },
        ReadLimits {
            field_bytes: 4,
            ..d
        },
        Limit::FieldBytes,
    );
    assert!(text.contains("cell A2"), "{text}");
    xlsx_at_and_over(
        &bytes,
        ReadLimits { sheets: 2, ..d },
        ReadLimits { sheets: 1, ..d },
        Limit::Sheets,
    );
    // "a", "b", "abcde", "x".
    xlsx_at_and_over(
        &bytes,
        ReadLimits {
            shared_strings: 4,
            ..d
        },
        ReadLimits {
            shared_strings: 3,
            ..d
        },
        Limit::SharedStrings,
    );
}

#[test]
fn xlsx_file_bytes_parts_and_decompressed_bytes_at_the_limit_are_read_and_one_more_is_refused() {
    let bytes = workbook(&["a"], &[&["1"]], 1);
    let (parts, inflated) = archive_sizes(&bytes);
    let d = ReadLimits::default();
    let len = bytes.len() as u64;
    xlsx_at_and_over(
        &bytes,
        ReadLimits {
            xlsx_file_bytes: len,
            ..d
        },
        ReadLimits {
            xlsx_file_bytes: len - 1,
            ..d
        },
        Limit::FileBytes,
    );
    xlsx_at_and_over(
        &bytes,
        ReadLimits {
            zip_entries: parts,
            ..d
        },
        ReadLimits {
            zip_entries: parts - 1,
            ..d
        },
        Limit::ZipEntries,
    );
    xlsx_at_and_over(
        &bytes,
        ReadLimits {
            decompressed_bytes: inflated,
            ..d
        },
        ReadLimits {
            decompressed_bytes: inflated - 1,
            ..d
        },
        Limit::DecompressedBytes,
    );
}

#[test]
fn a_sheet_with_only_a_header_is_refused_as_having_no_rows_of_data() {
    let bytes = workbook(&["id", "answer"], &[], 1);
    let err = read_bytes(&bytes, Format::Xlsx, &ReadOptions::default()).expect_err("no data");
    assert!(matches!(err, ReadError::NoData { .. }), "{err}");
    assert!(err.to_string().contains("no rows of data"), "{err}");
    assert!(err.to_string().contains("\"Sheet1\""), "{err}");
}

#[test]
fn far_away_cells_cost_memory_for_the_table_they_make_not_for_the_dimension_claimed() {
    // Data in A1 and C5: the table is 3 columns by 4 data rows, rows 2–4 empty.
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "a").expect("write");
    ws.write_number(4, 2, 7.0).expect("write");
    let bytes = wb.save_to_buffer().expect("workbook");
    let o = read(&bytes, Format::Xlsx, ReadLimits::default());
    assert_eq!(o.dataset.n_rows, 4);
    let names: Vec<_> = o.dataset.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["a", "column_2", "column_3"]);
    assert_eq!(
        o.dataset.column("column_3").and_then(|c| c.number_at(3)),
        Some(7.0)
    );
    assert_eq!(o.dataset.line_of_row(3), Some(5));
}

fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(crate::fixture(name)).expect("fixture")
}

/// Reads `bytes` with `set(limits, at)` and refuses them with `set(limits, at - 1)`.
fn at_and_over(
    bytes: &[u8],
    format: Format,
    at: u64,
    set: fn(&mut ReadLimits, u64),
    limit: Limit,
) -> String {
    let mut limits = ReadLimits::default();
    set(&mut limits, at);
    assert!(read(bytes, format, limits).dataset.n_rows > 0);
    set(&mut limits, at - 1);
    let (found, max, text) = refused(bytes, format, limits);
    assert_eq!((found, max), (limit, at - 1), "{text}");
    text
}

#[test]
fn sav_limits_each_read_a_file_at_the_limit_and_refuse_it_one_below() {
    let sav = fixture_bytes("survey.sav");
    let f = Format::Sav;
    at_and_over(&sav, f, 8, |l, v| l.columns = v, Limit::Columns);
    at_and_over(&sav, f, 6, |l, v| l.rows = v, Limit::Rows);
    at_and_over(&sav, f, 48, |l, v| l.cells = v, Limit::Cells);
    // getting_on_well has 5 labels, employed 3.
    at_and_over(&sav, f, 8, |l, v| l.value_labels = v, Limit::ValueLabels);
    // comment is a 300-byte string variable.
    let text = at_and_over(&sav, f, 300, |l, v| l.field_bytes = v, Limit::FieldBytes);
    assert!(text.contains("the string variable comment"), "{text}");
    let len = sav.len() as u64;
    at_and_over(&sav, f, len, |l, v| l.sav_file_bytes = v, Limit::FileBytes);
}

#[test]
fn dta_limits_each_read_a_file_at_the_limit_and_refuse_it_one_below() {
    let dta = fixture_bytes("survey.dta");
    let f = Format::Dta;
    at_and_over(&dta, f, 7, |l, v| l.columns = v, Limit::Columns);
    at_and_over(&dta, f, 6, |l, v| l.rows = v, Limit::Rows);
    at_and_over(&dta, f, 42, |l, v| l.cells = v, Limit::Cells);
    at_and_over(&dta, f, 4, |l, v| l.value_labels = v, Limit::ValueLabels);
    let len = dta.len() as u64;
    at_and_over(&dta, f, len, |l, v| l.dta_file_bytes = v, Limit::FileBytes);
}

/// A `.sav` file header (176 bytes) followed by `records` and `data`, little-endian.
fn sav_file(ncases: i32, records: &[u8], data: &[u8]) -> Vec<u8> {
    let mut b = b"$FL2".to_vec();
    b.extend_from_slice(&[b' '; 60]);
    for v in [2i32, 0, 0, 0, ncases] {
        b.extend_from_slice(&v.to_le_bytes());
    }
    b.extend_from_slice(&100f64.to_le_bytes());
    b.extend_from_slice(&[b' '; 9 + 8 + 64 + 3]);
    assert_eq!(b.len(), 176);
    b.extend_from_slice(records);
    b.extend_from_slice(data);
    b
}

#[test]
fn a_sav_file_without_variables_is_refused_rather_than_read_forever() {
    let mut end = 999i32.to_le_bytes().to_vec();
    end.extend_from_slice(&0i32.to_le_bytes());
    let bytes = sav_file(-1, &end, &[0u8; 64]);
    let err = read_bytes(&bytes, Format::Sav, &ReadOptions::default()).expect_err("refused");
    assert!(err.to_string().contains("defines no variables"), "{err}");
}

#[test]
fn a_sav_value_label_count_beyond_the_file_is_refused_before_reserving_memory() {
    let mut rec = Vec::new();
    // One numeric variable named X.
    for v in [2i32, 0, 0, 0, 0x0005_0802, 0x0005_0802] {
        rec.extend_from_slice(&v.to_le_bytes());
    }
    rec.extend_from_slice(b"X       ");
    // A value label record claiming 100 million labels.
    rec.extend_from_slice(&3i32.to_le_bytes());
    rec.extend_from_slice(&100_000_000i32.to_le_bytes());
    let bytes = sav_file(1, &rec, &[0u8; 64]);
    let limits = ReadLimits {
        value_labels: u64::MAX,
        ..ReadLimits::default()
    };
    let err = read_bytes(&bytes, Format::Sav, &with(limits)).expect_err("refused");
    assert!(
        err.to_string()
            .contains("more than the rest of the file can hold"),
        "{err}"
    );
    let err = read_bytes(&bytes, Format::Sav, &ReadOptions::default()).expect_err("refused");
    assert!(
        matches!(
            err,
            ReadError::LimitExceeded {
                limit: Limit::ValueLabels,
                ..
            }
        ),
        "{err}"
    );
}
