//! Limits every reader enforces before it allocates, whatever a file claims about itself.
//!
//! The numbers and the reasons for them are in `docs/limits.md`; keep the two in step.

use crate::error::ReadError;
use crate::model::Format;

/// Upper bounds on what one file may make a reader hold; [`ReadLimits::default`] suits surveys.
///
/// Readers count what they really read (bytes decompressed, fields, cells) and check counts a
/// file declares (cases, variables, string widths, label counts) against these limits and against
/// the file's real length before reserving memory for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadLimits {
    /// Largest CSV/TSV file, in bytes.
    pub csv_file_bytes: u64,
    /// Largest workbook file (compressed), in bytes.
    pub xlsx_file_bytes: u64,
    /// Largest SPSS `.sav` file, in bytes.
    pub sav_file_bytes: u64,
    /// Largest Stata `.dta` file, in bytes.
    pub dta_file_bytes: u64,
    /// Most bytes a workbook may decompress to, all of its parts together (counted while
    /// inflating, never taken from the sizes the archive declares).
    pub decompressed_bytes: u64,
    /// Most parts (files) inside a workbook archive.
    pub zip_entries: u64,
    /// Most sheets in a workbook.
    pub sheets: u64,
    /// Most shared strings in a workbook.
    pub shared_strings: u64,
    /// Most columns (variables).
    pub columns: u64,
    /// Most data rows (cases).
    pub rows: u64,
    /// Most cells: rows × columns of the data read.
    pub cells: u64,
    /// Longest single value (a field, a cell, a string variable), in bytes.
    pub field_bytes: u64,
    /// Longest line of a text file, in bytes.
    pub line_bytes: u64,
    /// Most value labels in one file, all variables together.
    pub value_labels: u64,
}

impl Default for ReadLimits {
    fn default() -> ReadLimits {
        ReadLimits {
            csv_file_bytes: 4 << 30,
            xlsx_file_bytes: 200 << 20,
            sav_file_bytes: 2 << 30,
            dta_file_bytes: 2 << 30,
            decompressed_bytes: 256 << 20,
            zip_entries: 10_000,
            sheets: 1_000,
            shared_strings: 2_000_000,
            columns: 16_384,
            rows: 20_000_000,
            cells: 200_000_000,
            field_bytes: 128 << 10,
            line_bytes: 4 << 20,
            value_labels: 1_000_000,
        }
    }
}

impl ReadLimits {
    /// No limits at all: only for trusted files in tests and benchmarks.
    pub fn unlimited() -> ReadLimits {
        ReadLimits {
            csv_file_bytes: u64::MAX,
            xlsx_file_bytes: u64::MAX,
            sav_file_bytes: u64::MAX,
            dta_file_bytes: u64::MAX,
            decompressed_bytes: u64::MAX,
            zip_entries: u64::MAX,
            sheets: u64::MAX,
            shared_strings: u64::MAX,
            columns: u64::MAX,
            rows: u64::MAX,
            cells: u64::MAX,
            field_bytes: u64::MAX,
            line_bytes: u64::MAX,
            value_labels: u64::MAX,
        }
    }

    /// The largest file of this format, in bytes.
    pub fn file_bytes(&self, format: Format) -> u64 {
        match format {
            Format::Csv => self.csv_file_bytes,
            Format::Xlsx => self.xlsx_file_bytes,
            Format::Sav => self.sav_file_bytes,
            Format::Dta => self.dta_file_bytes,
        }
    }

    /// The value of one limit.
    pub fn get(&self, limit: Limit, format: Format) -> u64 {
        match limit {
            Limit::FileBytes => self.file_bytes(format),
            Limit::DecompressedBytes => self.decompressed_bytes,
            Limit::ZipEntries => self.zip_entries,
            Limit::Sheets => self.sheets,
            Limit::SharedStrings => self.shared_strings,
            Limit::Columns => self.columns,
            Limit::Rows => self.rows,
            Limit::Cells => self.cells,
            Limit::FieldBytes => self.field_bytes,
            Limit::LineBytes => self.line_bytes,
            Limit::ValueLabels => self.value_labels,
        }
    }
}

/// One of the [`ReadLimits`], named in a [`ReadError::LimitExceeded`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Limit {
    /// [`ReadLimits::file_bytes`].
    FileBytes,
    /// [`ReadLimits::decompressed_bytes`].
    DecompressedBytes,
    /// [`ReadLimits::zip_entries`].
    ZipEntries,
    /// [`ReadLimits::sheets`].
    Sheets,
    /// [`ReadLimits::shared_strings`].
    SharedStrings,
    /// [`ReadLimits::columns`].
    Columns,
    /// [`ReadLimits::rows`].
    Rows,
    /// [`ReadLimits::cells`].
    Cells,
    /// [`ReadLimits::field_bytes`].
    FieldBytes,
    /// [`ReadLimits::line_bytes`].
    LineBytes,
    /// [`ReadLimits::value_labels`].
    ValueLabels,
}

impl Limit {
    /// What is counted, in plain words ("columns", "bytes in one value").
    pub fn what(self) -> &'static str {
        match self {
            Limit::FileBytes => "bytes",
            Limit::DecompressedBytes => "bytes once decompressed",
            Limit::ZipEntries => "parts inside the workbook archive",
            Limit::Sheets => "sheets",
            Limit::SharedStrings => "shared strings",
            Limit::Columns => "columns",
            Limit::Rows => "rows of data",
            Limit::Cells => "cells (rows × columns)",
            Limit::FieldBytes => "bytes in one value",
            Limit::LineBytes => "bytes in one line",
            Limit::ValueLabels => "value labels",
        }
    }

    /// What a person can do about it.
    pub fn advice(self) -> &'static str {
        match self {
            Limit::FileBytes | Limit::Rows | Limit::Cells => {
                "Split the data into smaller files (for example one per wave), or keep only the columns you need."
            }
            Limit::DecompressedBytes | Limit::ZipEntries | Limit::SharedStrings => {
                "Open the workbook in Excel or LibreOffice, keep only the sheet with the data, and save it as CSV."
            }
            Limit::Sheets => {
                "Save the sheet with the data on its own, as a new workbook or as CSV."
            }
            Limit::Columns => {
                "Keep only the columns you need, or check that the delimiter and the header row are right."
            }
            Limit::FieldBytes => "Shorten the long free-text values, or leave that column out.",
            Limit::LineBytes => {
                "Check that the file is a table with one row per line: the line ends may be missing, or a quote may be left open."
            }
            Limit::ValueLabels => {
                "Remove value labels you do not need in SPSS or Stata, or save the data as CSV with a codebook."
            }
        }
    }
}

/// The refusal for `found` exceeding `limit`, whose value is `max`.
pub(crate) fn exceeded(
    file: &str,
    limit: Limit,
    max: u64,
    found: Option<u64>,
    place: Option<String>,
) -> ReadError {
    ReadError::LimitExceeded {
        file: file.to_owned(),
        limit,
        max,
        found,
        place,
    }
}

/// Checks `found` against `max`; `Err` names the limit.
pub(crate) fn check(
    file: &str,
    limit: Limit,
    max: u64,
    found: u64,
    place: impl FnOnce() -> Option<String>,
) -> Result<(), ReadError> {
    if found > max {
        Err(exceeded(file, limit, max, Some(found), place()))
    } else {
        Ok(())
    }
}

/// Formats a count with thousands separators for messages (`16384` → `16,384`).
pub(crate) fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_written_with_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(16_384), "16,384");
        assert_eq!(thousands(1_048_576), "1,048,576");
    }

    #[test]
    fn a_refusal_names_the_limit_its_value_and_what_to_do() {
        let e = exceeded(
            "wide.csv",
            Limit::Columns,
            16_384,
            Some(100_000),
            Some("the header row".into()),
        );
        let text = e.to_string();
        assert!(text.contains("wide.csv"), "{text}");
        assert!(text.contains("100,000 columns"), "{text}");
        assert!(text.contains("16,384"), "{text}");
        assert!(text.contains("Keep only the columns"), "{text}");
    }
}
