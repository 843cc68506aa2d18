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
