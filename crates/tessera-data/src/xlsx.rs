//! Excel workbooks: one sheet, streamed cell by cell into columns.
//!
//! The header is the first non-empty row (or [`ReadOptions::header_row`]); the table spans from
//! the header's first non-empty column to the last column holding a header or a value. Rows
//! between the header and the last row with a value are rows, empty ones included, as in the
//! sheet. Every extent is checked against the limits before memory is taken for it.

use crate::delimited::dedupe_names;
use crate::error::ReadError;
use crate::infer::ColumnBuilder;
use crate::limits::{self, Limit, ReadLimits};
use crate::model::{Codebook, Column, Dataset, LineMap, SourceInfo, Variable};
use crate::options::ReadOptions;
use crate::problem::{Problem, ProblemKind};
use crate::workbook::{Book, CellValue};

/// Reads one sheet: the header row names the columns, types are inferred as for CSV.
///
/// Dates come through as Excel serial numbers; error cells (`#DIV/0!`) are missing and
/// reported.
pub(crate) fn read(
    bytes: &[u8],
    mut source: SourceInfo,
    options: &ReadOptions,
    missing_for: &dyn Fn(&str) -> Vec<Box<[u8]>>,
) -> Result<(Dataset, Vec<Problem>), ReadError> {
    let file = source.name.clone();
    let mut book = Book::open(bytes, &file, &options.limits)?;
    let sheet = book.pick_sheet(options.sheet.as_deref())?;
    // A column that turns text after numbers that cannot be printed back exactly ("01") needs
    // its earlier cells again: the sheet is read once more with such columns text from the start.
    let mut force_text: Vec<bool> = Vec::new();
    let table = loop {
        let mut table = Table::new(&file, &sheet, options, missing_for, &force_text);
        book.for_each_cell(&sheet, &mut |row, col, value| {
            table.cell(row, col, value).map(|()| true)
        })?;
        table.end_row()?;
        if table.dirty.iter().any(|d| *d) && force_text.is_empty() {
            let dirty = std::mem::take(&mut table.dirty);
            drop(table);
            force_text = dirty;
            continue;
        }
        break table.into_parts();
    };
    let Some(header) = table.header else {
        return Err(ReadError::NoHeader { file });
    };
    if table.n_rows == 0 {
        return Err(ReadError::NoData {
            file,
            sheet: Some(sheet),
        });
    }
    let mut problems = table.problems;
    let mut names = header.names;
    dedupe_names(&mut names, Some(u64::from(header.row) + 1), &mut problems);
    let mut columns = Vec::with_capacity(names.len());
    for (name, b) in names.into_iter().zip(table.builders) {
        let (values, _) = b.finish();
        columns.push(Column { name, values });
    }
    // Cell problems name columns by their final (deduplicated) names.
    for (j, p) in table.cell_errors {
        let name = columns.get(j).map(|c| c.name.clone()).unwrap_or_default();
        problems.push(p.in_column(name));
    }
    let variables = columns
        .iter()
        .map(|c| Variable::new(c.name.clone(), c.kind()))
        .collect();
    source.sheet = Some(sheet);
    source.lines = Some(table.lines);
    Ok((
        Dataset {
            n_rows: table.n_rows,
            columns,
            codebook: Codebook { variables },
            source,
        },
        problems,
    ))
}

/// What a finished [`Table`] hands back, free of its borrows.
struct Parts {
    header: Option<Header>,
    builders: Vec<ColumnBuilder>,
    n_rows: usize,
    lines: LineMap,
    problems: Vec<Problem>,
    cell_errors: Vec<(usize, Problem)>,
}

/// The header row once found.
struct Header {
    /// 0-based sheet row.
    row: u32,
    /// 0-based sheet column of the table's first column.
    offset: u32,
    names: Vec<String>,
}

/// A sheet being turned into columns, one row at a time.
struct Table<'a> {
    file: &'a str,
    sheet: &'a str,
    limits: &'a ReadLimits,
    missing_for: &'a dyn Fn(&str) -> Vec<Box<[u8]>>,
    force_text: &'a [bool],
    /// 0-based header row asked for.
    header_row: Option<u32>,
    /// Header cells while the header row is being read.
    header_cells: Vec<(u32, String)>,
    header_at: Option<u32>,
    header: Option<Header>,
    builders: Vec<ColumnBuilder>,
    /// The current data row's cells, by table column.
    row_cells: Vec<Option<CellValue>>,
    current: Option<u32>,
    /// The last data row started (0-based sheet row).
    last_row: Option<u32>,
    n_rows: usize,
    lines: LineMap,
    problems: Vec<Problem>,
    /// Spreadsheet error cells by table column, named once the names are final.
    cell_errors: Vec<(usize, Problem)>,
    dirty: Vec<bool>,
}

impl<'a> Table<'a> {
    fn into_parts(self) -> Parts {
        Parts {
            header: self.header,
            builders: self.builders,
            n_rows: self.n_rows,
            lines: self.lines,
            problems: self.problems,
            cell_errors: self.cell_errors,
        }
    }

    fn new(
        file: &'a str,
        sheet: &'a str,
        options: &'a ReadOptions,
        missing_for: &'a dyn Fn(&str) -> Vec<Box<[u8]>>,
        force_text: &'a [bool],
    ) -> Self {
        Table {
            file,
            sheet,
            limits: &options.limits,
            missing_for,
            force_text,
            header_row: options
                .header_row
                .map(|r| u32::try_from(r.saturating_sub(1)).unwrap_or(u32::MAX)),
            header_cells: Vec::new(),
            header_at: None,
            header: None,
            builders: Vec::new(),
            row_cells: Vec::new(),
            current: None,
            last_row: None,
            n_rows: 0,
            lines: LineMap::default(),
            problems: Vec::new(),
            cell_errors: Vec::new(),
            dirty: Vec::new(),
        }
    }

    fn place(&self, row: u32, col: Option<u32>) -> String {
        match col {
            Some(c) => format!(
                "sheet {:?}, cell {}{}",
                self.sheet,
                column_letters(c),
                u64::from(row) + 1
            ),
            None => format!(
                "sheet {:?}, as far as its row {},",
                self.sheet,
                u64::from(row) + 1
            ),
        }
    }

    fn cell(&mut self, row: u32, col: u32, value: CellValue) -> Result<(), ReadError> {
        let len = match &value {
            CellValue::Text(s) | CellValue::Error(s) => s.len() as u64,
            CellValue::Number(_) => 0,
        };
        limits::check(
            self.file,
            Limit::FieldBytes,
            self.limits.field_bytes,
            len,
            || Some(self.place(row, Some(col))),
        )?;
        if self.header.is_none() {
            let is_header_row = match (self.header_row, self.header_at) {
                (Some(h), _) => row == h,
                (None, Some(at)) => row == at,
                (None, None) => true,
            };
            if is_header_row {
                self.header_at = Some(row);
                limits::check(
                    self.file,
                    Limit::Columns,
                    self.limits.columns,
                    self.header_cells.len() as u64 + 1,
                    || Some(format!("the header row of sheet {:?}", self.sheet)),
                )?;
                self.header_cells.push((col, value.text()));
                return Ok(());
            }
            if self.header_row.is_some_and(|h| row < h) {
                return Ok(());
            }
            if self.header_at.is_none() {
                // The chosen header row is empty.
                return Err(ReadError::NoHeader {
                    file: self.file.to_owned(),
                });
            }
            self.finish_header()?;
        }
        let Some(header) = &self.header else {
            return Ok(());
        };
        if row <= header.row {
            return if row == header.row {
                Ok(())
            } else {
                Err(self.out_of_order(row))
            };
        }
        let Some(rel) = col.checked_sub(header.offset) else {
            let mut p = Problem::new(
                ProblemKind::MalformedMetadata,
                "the cell is left of the header's first column; it was not read",
            )
            .with_value(value.text());
            p.line = Some(u64::from(row) + 1);
            self.problems.push(p);
            return Ok(());
        };
        match self.current {
            Some(r) if r == row => {}
            Some(r) if r > row => return Err(self.out_of_order(row)),
            _ => self.start_row(row)?,
        }
        let rel = rel as usize;
        if rel >= self.builders.len() {
            self.widen(rel + 1, row)?;
        }
        self.row_cells[rel] = Some(value);
        Ok(())
    }

    fn out_of_order(&self, row: u32) -> ReadError {
        ReadError::Workbook {
            file: self.file.to_owned(),
            message: format!(
                "the rows of sheet {:?} are out of order at row {}",
                self.sheet,
                u64::from(row) + 1
            ),
        }
    }

    fn finish_header(&mut self) -> Result<(), ReadError> {
        let Some(row) = self.header_at else {
            return Ok(());
        };
        let cells = std::mem::take(&mut self.header_cells);
        let offset = cells.iter().map(|(c, _)| *c).min().unwrap_or(0);
        let width = cells.iter().map(|(c, _)| c - offset + 1).max().unwrap_or(0);
        limits::check(
            self.file,
            Limit::Columns,
            self.limits.columns,
            u64::from(width),
            || Some(format!("the header row of sheet {:?}", self.sheet)),
        )?;
        let mut names: Vec<String> = (0..width).map(|i| format!("column_{}", i + 1)).collect();
        for (c, text) in cells {
            let t = text.trim();
            if !t.is_empty() {
                names[(c - offset) as usize] = t.to_owned();
            }
        }
        self.header = Some(Header {
            row,
            offset,
            names: Vec::new(),
        });
        self.widen_with(names, row)?;
        Ok(())
    }

    /// Adds columns up to `width`, named `column_N` after their position.
    fn widen(&mut self, width: usize, row: u32) -> Result<(), ReadError> {
        let names = (self.builders.len()..width)
            .map(|i| format!("column_{}", i + 1))
            .collect();
        self.widen_with(names, row)
    }

    fn widen_with(&mut self, names: Vec<String>, row: u32) -> Result<(), ReadError> {
        let width = (self.builders.len() + names.len()) as u64;
        limits::check(
            self.file,
            Limit::Columns,
            self.limits.columns,
            width,
            || Some(self.place(row, None)),
        )?;
        // The rows read so far, plus the one being read, across the new width.
        let rows = self.n_rows as u64 + u64::from(self.current.is_some());
        limits::check(
            self.file,
            Limit::Cells,
            self.limits.cells,
            rows.saturating_mul(width),
            || Some(self.place(row, None)),
        )?;
        for name in names {
            let j = self.builders.len();
            let mut b = ColumnBuilder::new((self.missing_for)(&name), 0);
            if self.force_text.get(j).copied().unwrap_or(false) {
                b.switch_to_text(true);
            }
            for _ in 0..self.n_rows {
                b.push_missing();
            }
            self.builders.push(b);
            self.row_cells.push(None);
            self.dirty.push(false);
            if let Some(h) = &mut self.header {
                h.names.push(name);
            }
        }
        Ok(())
    }

    /// Ends the current row and starts `row`, with any empty rows between.
    fn start_row(&mut self, row: u32) -> Result<(), ReadError> {
        self.end_row()?;
        let Some(header) = &self.header else {
            return Ok(());
        };
        let previous = self.last_row.unwrap_or(header.row);
        let empty = u64::from(row - previous - 1);
        let rows = self.n_rows as u64 + empty + 1;
        let width = self.builders.len() as u64;
        limits::check(self.file, Limit::Rows, self.limits.rows, rows, || {
            Some(self.place(row, None))
        })?;
        limits::check(
            self.file,
            Limit::Cells,
            self.limits.cells,
            rows.saturating_mul(width),
            || Some(self.place(row, None)),
        )?;
        for r in previous + 1..row {
            for b in &mut self.builders {
                b.push_missing();
            }
            self.lines.push(u64::from(r) + 1);
            self.n_rows += 1;
        }
        self.current = Some(row);
        self.last_row = Some(row);
        Ok(())
    }

    /// Pushes the current row's cells into the columns.
    fn end_row(&mut self) -> Result<(), ReadError> {
        if self.header.is_none() {
            // A sheet whose only row is the header.
            return self.finish_header();
        }
        let Some(row) = self.current.take() else {
            return Ok(());
        };
        let sheet_row = u64::from(row) + 1;
        let r = self.n_rows;
        for (j, b) in self.builders.iter_mut().enumerate() {
            match self.row_cells[j].take() {
                None => b.push_missing(),
                Some(CellValue::Number(x)) => b.push_number(x),
                Some(CellValue::Error(e)) => {
                    b.push_missing();
                    let p = Problem::new(
                        ProblemKind::CellError,
                        "the cell holds a spreadsheet error; it was read as missing",
                    )
                    .at_row(r + 1, Some(sheet_row))
                    .with_value(e);
                    self.cell_errors.push((j, p));
                }
                Some(CellValue::Text(text)) => {
                    if !b.push(text.as_bytes()) {
                        let reprint = b.can_reprint();
                        b.switch_to_text(reprint);
                        if !reprint {
                            // Placeholders: the sheet is read again with this column as text.
                            self.dirty[j] = true;
                            for _ in 0..r {
                                b.push_missing();
                            }
                        }
                        b.push(text.as_bytes());
                    }
                }
            }
        }
        self.lines.push(sheet_row);
        self.n_rows += 1;
        Ok(())
    }
}

/// `A`, `B`, … `Z`, `AA`, … for a 0-based column.
pub(crate) fn column_letters(col: u32) -> String {
    let mut n = u64::from(col) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        out.push(b'A' + rem);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_in_a_spreadsheet() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(16_383), "XFD");
    }
}
