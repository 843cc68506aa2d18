//! A first look at a file before it is read: sheets, the first rows as text, the header row.
//!
//! The import page shows this so a person can pick the sheet and the row that names the columns
//! (a sheet often has a title and a blank row above the header).

use std::io::Read;
use std::path::Path;

use ::csv::{ByteRecord, ReaderBuilder};

use crate::delimited::sniff_delimiter;
use crate::encoding::{self, TextEncoding};
use crate::error::ReadError;
use crate::limits::{self, Limit};
use crate::line_limit::LineLimited;
use crate::model::Format;
use crate::options::ReadOptions;
use crate::workbook::Book;

/// Rows shown in a preview.
pub const PREVIEW_ROWS: usize = 12;

/// Columns shown in a preview; wider files are cut at the right.
pub const PREVIEW_COLUMNS: usize = 60;

/// Rows looked at to find the header (a header needs data rows below it).
const SCAN_ROWS: usize = 24;

/// Bytes of a text file looked at: enough for [`SCAN_ROWS`] ordinary lines.
const HEAD_BYTES: usize = 1 << 20;

/// What [`preview`] found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Preview {
    /// The workbook's sheet names, in order (empty for other formats).
    pub sheets: Vec<String>,
    /// The sheet previewed (workbooks).
    pub sheet: Option<String>,
    /// The first rows as text, from row 1 (line 1 of a text file, row 1 of a sheet); an empty
    /// row is an empty vector. Cells are cut after [`PREVIEW_COLUMNS`].
    pub rows: Vec<Vec<String>>,
    /// The detected header row (1-based, as [`ReadOptions::header_row`] takes it), when one
    /// looks like a header.
    pub header_row: Option<usize>,
    /// The text encoding (text files).
    pub encoding: Option<TextEncoding>,
    /// The delimiter (text files).
    pub delimiter: Option<u8>,
}

/// Previews a file on disk, picking the format from its extension.
pub fn preview_path(path: impl AsRef<Path>, options: &ReadOptions) -> Result<Preview, ReadError> {
    let path = path.as_ref();
    let file = path.display().to_string();
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_owned();
    let format = Format::from_extension(&extension).ok_or_else(|| ReadError::UnknownFormat {
        file: file.clone(),
        extension: extension.clone(),
    })?;
    let io_error = |source| ReadError::Io {
        file: file.clone(),
        source,
    };
    let len = std::fs::metadata(path).map_err(io_error)?.len();
    limits::check(
        &file,
        Limit::FileBytes,
        options.limits.file_bytes(format),
        len,
        || None,
    )?;
    let mut options = options.clone();
    options.name.get_or_insert(file.clone());
    if options.delimiter.is_none() && extension.eq_ignore_ascii_case("tsv") {
        options.delimiter = Some(b'\t');
    }
    if format == Format::Csv {
        // Only the head is shown; the encoding is detected over the whole file, streamed.
        let encoding = match options.encoding {
            Some(e) => e,
            None => std::fs::File::open(path)
                .and_then(encoding::detect_encoding_in)
                .map_err(io_error)?,
        };
        let mut head = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(HEAD_BYTES as u64).read_to_end(&mut head))
            .map_err(io_error)?;
        return preview_text(&head, encoding, &file, &options);
    }
    let bytes = std::fs::read(path).map_err(io_error)?;
    preview(&bytes, format, &options)
}

/// Previews file contents: the sheet names, the first rows as text and the detected header row.
///
/// Workbooks show [`ReadOptions::sheet`] (or the first sheet); `.sav` and `.dta` files show
/// their variable names and first cases (their header is always row 1).
pub fn preview(bytes: &[u8], format: Format, options: &ReadOptions) -> Result<Preview, ReadError> {
    let file = options
        .name
        .clone()
        .unwrap_or_else(|| "uploaded file".to_owned());
    limits::check(
        &file,
        Limit::FileBytes,
        options.limits.file_bytes(format),
        bytes.len() as u64,
        || None,
    )?;
    match format {
        Format::Csv => {
            let encoding = options
                .encoding
                .unwrap_or_else(|| encoding::detect_encoding(bytes));
            preview_text(
                &bytes[..bytes.len().min(HEAD_BYTES)],
                encoding,
                &file,
                options,
            )
        }
        Format::Xlsx => preview_workbook(bytes, &file, options),
        Format::Sav | Format::Dta => {
            let o = crate::read::read_bytes(bytes, format, options)?;
            let d = &o.dataset;
            let mut rows = vec![
                d.columns
                    .iter()
                    .take(PREVIEW_COLUMNS)
                    .map(|c| c.name.clone())
                    .collect::<Vec<_>>(),
            ];
            for i in 0..d.n_rows.min(PREVIEW_ROWS - 1) {
                rows.push(
                    d.columns
                        .iter()
                        .take(PREVIEW_COLUMNS)
                        .map(|c| c.text_at(i).map(|s| s.into_owned()).unwrap_or_default())
                        .collect(),
                );
            }
            Ok(Preview {
                rows,
                header_row: Some(1),
                ..Preview::default()
            })
        }
    }
}

/// Previews the head of a text file already known to be in `encoding`.
fn preview_text(
    head: &[u8],
    encoding: TextEncoding,
    file: &str,
    options: &ReadOptions,
) -> Result<Preview, ReadError> {
    let text = if encoding == TextEncoding::Utf8 {
        head[encoding::bom_len(head, encoding)..].to_vec()
    } else {
        encoding::to_utf8(head, encoding)
    };
    if memchr::memchr(0, &text).is_some() {
        return Err(ReadError::NotText {
            file: file.to_owned(),
        });
    }
    let delimiter = options.delimiter.unwrap_or_else(|| sniff_delimiter(&text));
    let limited = LineLimited::new(&text[..], options.limits.line_bytes, delimiter, 1);
    let mut reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(limited);
    let mut record = ByteRecord::new();
    let mut grid: Vec<Vec<String>> = Vec::new();
    // The head may end part way through a row (an error): what came before is the preview.
    while let Ok(true) = reader.read_byte_record(&mut record) {
        let line = record.position().map_or(1, |p| {
            let at = (p.byte() as usize).min(text.len());
            crate::delimited::first_line_of(p.line(), &text[at..])
        }) as usize;
        if line > SCAN_ROWS {
            break;
        }
        while grid.len() + 1 < line {
            grid.push(Vec::new());
        }
        grid.push(
            record
                .iter()
                .take(PREVIEW_COLUMNS)
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .collect(),
        );
    }
    let header_row = detect_header_row(&grid);
    grid.truncate(PREVIEW_ROWS);
    Ok(Preview {
        rows: grid,
        header_row,
        encoding: Some(encoding),
        delimiter: Some(delimiter),
        ..Preview::default()
    })
}

fn preview_workbook(bytes: &[u8], file: &str, options: &ReadOptions) -> Result<Preview, ReadError> {
    let mut book = Book::open(bytes, file, &options.limits)?;
    let sheets = book.sheet_names();
    let sheet = book.pick_sheet(options.sheet.as_deref())?;
    let mut grid: Vec<Vec<String>> = Vec::new();
    book.for_each_cell(&sheet, &mut |row, col, value| {
        let (row, col) = (row as usize, col as usize);
        if row >= SCAN_ROWS {
            return Ok(false);
        }
        if col < PREVIEW_COLUMNS {
            if grid.len() <= row {
                grid.resize(row + 1, Vec::new());
            }
            let cells = &mut grid[row];
            if cells.len() <= col {
                cells.resize(col + 1, String::new());
            }
            cells[col] = value.text();
        }
        Ok(true)
    })?;
    let header_row = detect_header_row(&grid);
    grid.truncate(PREVIEW_ROWS);
    Ok(Preview {
        sheets,
        sheet: Some(sheet),
        rows: grid,
        header_row,
        ..Preview::default()
    })
}

/// The first row (1-based) that looks like a header: at least three quarters as many non-empty
/// cells as the widest row below it (and two, unless the data have one column), mostly text rather than numbers, all distinct, and followed by a row
/// with data. A title ("Residents' survey 2025") has one cell, so it is passed over.
pub fn detect_header_row(rows: &[Vec<String>]) -> Option<usize> {
    let filled = |row: &[String]| row.iter().filter(|c| !c.trim().is_empty()).count();
    let first_non_empty = rows.iter().position(|r| filled(r) > 0)?;
    for (i, row) in rows.iter().enumerate() {
        let n = filled(row);
        if n == 0 {
            continue;
        }
        let below = &rows[i + 1..];
        let widest_below = below.iter().map(|r| filled(r)).max().unwrap_or(0);
        if widest_below == 0 {
            break;
        }
        let cells: Vec<&str> = row
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .collect();
        let texts = cells.iter().filter(|c| c.parse::<f64>().is_err()).count();
        let mut distinct = cells.clone();
        distinct.sort_unstable();
        distinct.dedup();
        let wide_enough = 4 * n >= 3 * widest_below && (n >= 2 || widest_below == 1);
        if wide_enough && 5 * texts >= 4 * n && distinct.len() == n {
            return Some(i + 1);
        }
    }
    Some(first_non_empty + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn a_title_and_a_blank_row_above_the_header_are_passed_over() {
        let rows = grid(&[
            &["Residents' survey 2025"],
            &[],
            &["id", "area", "answer"],
            &["1", "Abbey", "Yes"],
            &["2", "Castle", "No"],
        ]);
        assert_eq!(detect_header_row(&rows), Some(3));
    }

    #[test]
    fn a_plain_table_has_its_header_in_row_one() {
        let rows = grid(&[&["id", "answer"], &["1", "Yes"]]);
        assert_eq!(detect_header_row(&rows), Some(1));
    }

    #[test]
    fn a_table_of_numbers_only_falls_back_to_the_first_non_empty_row() {
        let rows = grid(&[&[], &["1", "2"], &["3", "4"]]);
        assert_eq!(detect_header_row(&rows), Some(2));
    }
}
