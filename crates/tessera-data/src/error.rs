//! Fatal read errors: the file could not be read at all.

use thiserror::Error;

use crate::limits::{Limit, thousands};

/// A file that could not be read at all; each message names the file and says what to do.
///
/// Problems with individual rows or values are not errors: they come back as
/// [`crate::Problem`]s alongside the data.
#[derive(Debug, Error)]
pub enum ReadError {
    /// The file could not be opened or read.
    #[error(
        "could not read {file}: {source}. Check that the file exists and that Tessera may read it."
    )]
    Io {
        /// The file.
        file: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The extension does not name a supported format.
    #[error(
        "{file}: cannot tell the file format from the extension {extension:?}. Save the data as .csv, .tsv, .txt, .xlsx, .sav or .dta."
    )]
    UnknownFormat {
        /// The file.
        file: String,
        /// The extension found (empty if none).
        extension: String,
    },
    /// The file has no header row or no columns.
    #[error("{file}: the file is empty or has no header row. The first row must name the columns.")]
    NoHeader {
        /// The file.
        file: String,
    },
    /// The CSV parser failed (for example on an I/O error part way through).
    #[error(
        "{file}, line {line}: could not read the CSV data: {message}. Check that this is a text file with one row per line."
    )]
    Csv {
        /// The file.
        file: String,
        /// The physical line where reading stopped.
        line: u64,
        /// What went wrong.
        message: String,
    },
    /// The workbook could not be opened.
    #[error(
        "{file}: could not open the workbook: {message}. Check that it is an .xlsx file; re-save it from Excel if it is damaged."
    )]
    Workbook {
        /// The file.
        file: String,
        /// What went wrong.
        message: String,
    },
    /// The requested sheet does not exist.
    #[error("{file}: there is no sheet named {sheet:?}. The sheets are: {available}.")]
    SheetNotFound {
        /// The file.
        file: String,
        /// The sheet asked for.
        sheet: String,
        /// The sheets present, comma-separated.
        available: String,
    },
    /// The file is not a valid SPSS or Stata file, or is damaged.
    #[error(
        "{file}: not a valid {format} file: {reason}. Check the file is not damaged; re-save it from SPSS or Stata, or export it as CSV."
    )]
    Invalid {
        /// The file.
        file: String,
        /// The format expected.
        format: &'static str,
        /// What is wrong, with the byte offset when known.
        reason: String,
    },
    /// A valid file using a feature this reader does not support.
    #[error("{file}: {feature} is not supported. {remedy}")]
    Unsupported {
        /// The file.
        file: String,
        /// The unsupported feature.
        feature: String,
        /// What the user can do instead.
        remedy: String,
    },
    /// The codebook file is not valid.
    #[error(
        "codebook {file}, line {line}: {message}. See docs/data-files.md for the codebook format."
    )]
    Codebook {
        /// The codebook file.
        file: String,
        /// The line of the error (1-based; 0 if unknown).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The file goes over one of the [`crate::ReadLimits`]; nothing more was read.
    #[error("{file}: {}", limit_message(.limit, *.max, *.found, .place.as_deref()))]
    LimitExceeded {
        /// The file.
        file: String,
        /// Which limit.
        limit: Limit,
        /// The limit's value.
        max: u64,
        /// What the file has (or declares), when known; `None` when reading stopped at the limit.
        found: Option<u64>,
        /// Where in the file, when it helps ("line 3", "sheet \"Data\"", "variable q1").
        place: Option<String>,
    },
    /// A file read as text holds binary bytes (NUL), so it is not a CSV file.
    #[error(
        "{file}: this is not a text file (it contains NUL bytes); it may be a workbook or a compressed file with a .csv name. Open it in the program that made it and save it as CSV."
    )]
    NotText {
        /// The file.
        file: String,
    },
    /// The file names its columns but has no rows of data.
    #[error(
        "{file}: has column names but no rows of data. Check that you chose the right file{}, and that the data were saved in it.",
        sheet.as_ref().map(|s| format!(" and sheet ({s:?})")).unwrap_or_default()
    )]
    NoData {
        /// The file.
        file: String,
        /// The sheet, for workbooks.
        sheet: Option<String>,
    },
}

/// A table that could not be written; each message names the variable or row and says what to
/// change.
#[derive(Debug, Error)]
pub enum WriteError {
    /// Writing to the output failed.
    #[error("could not write the file: {0}. Check there is space on the disk and try again.")]
    Io(#[source] std::io::Error),
    /// A variable SPSS cannot hold as described.
    #[error("variable {variable:?}: {reason}.")]
    BadVariable {
        /// The variable's name.
        variable: String,
        /// What is wrong and what SPSS allows.
        reason: String,
    },
    /// A row whose values do not fit the variables.
    #[error("row {row}: {reason}.")]
    BadRow {
        /// The 1-based row.
        row: usize,
        /// What is wrong.
        reason: String,
    },
}

fn limit_message(limit: &Limit, max: u64, found: Option<u64>, place: Option<&str>) -> String {
    let place = place.map(|p| format!("{p} ")).unwrap_or_default();
    let what = limit.what();
    let max = thousands(max);
    let advice = limit.advice();
    match found {
        Some(n) => format!(
            "{place}has {} {what}, more than Tessera reads (at most {max} {what}). {advice}",
            thousands(n)
        ),
        None => format!("{place}has more than {max} {what}, the most Tessera reads. {advice}"),
    }
}
