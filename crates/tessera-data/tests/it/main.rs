//! Integration tests for tessera-data: one binary, one module per concern.

mod codebook;
mod csv;
mod dta;
mod encoding;
mod hostile;
mod limits;
mod preview;
mod real;
mod sav;
mod sav_write;
mod synthetic;
mod validate;
mod xlsx;

use std::path::PathBuf;

use tessera_data::{ReadOptions, ReadOutcome};

/// Path of a committed fixture.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Reads CSV text with default options.
pub fn read_csv(text: &str) -> ReadOutcome {
    read_csv_with(text, &ReadOptions::default())
}

/// Reads CSV text with the given options.
pub fn read_csv_with(text: &str, options: &ReadOptions) -> ReadOutcome {
    tessera_data::read_bytes(text.as_bytes(), tessera_data::Format::Csv, options)
        .expect("readable CSV")
}

/// All values of a column as optional text.
pub fn texts(outcome: &ReadOutcome, column: &str) -> Vec<Option<String>> {
    let c = outcome.dataset.column(column).expect("column exists");
    (0..outcome.dataset.n_rows)
        .map(|i| c.text_at(i).map(|s| s.into_owned()))
        .collect()
}
