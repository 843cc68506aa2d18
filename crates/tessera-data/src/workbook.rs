//! Opening workbooks and streaming their cells, within the limits.
//!
//! calamine's `worksheet_range` sizes a dense grid from the sheet's extent, which for `.xlsx` can
//! come from a `<dimension>` claim: `A1:XFD1048576` backed by two cells asked for 512 GiB. Sheets
//! of `.xlsx` and `.xlsb` files are therefore read with calamine's cell readers, one cell at a
//! time, so memory follows the cells that are really there. `.xls` and `.ods` have no cell reader
//! in calamine; their grids are sized from the cells calamine found, and the archive (`.ods`) is
//! checked by [`crate::zip_guard`] first.

use std::io::Cursor;

use calamine::{Data, DataRef, Reader, Sheets, open_workbook_auto_from_rs};

use crate::error::ReadError;
use crate::limits::{self, Limit, ReadLimits};
use crate::zip_guard;

/// A non-empty cell's value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum CellValue {
    /// A number, or a date or time as an Excel serial number.
    Number(f64),
    /// Text (booleans as `TRUE`/`FALSE`, ISO dates and durations as written).
    Text(String),
    /// A spreadsheet error such as `#DIV/0!`.
    Error(String),
}

impl CellValue {
    /// The value as text, as a person sees it in the sheet.
    pub(crate) fn text(&self) -> String {
        match self {
            CellValue::Number(x) => crate::number::format_number(*x),
            CellValue::Text(s) | CellValue::Error(s) => s.clone(),
        }
    }

    fn from_ref(cell: DataRef<'_>) -> Option<CellValue> {
        Some(match cell {
            DataRef::Int(i) => CellValue::Number(i as f64),
            DataRef::Float(x) => CellValue::Number(x),
            DataRef::DateTime(d) => CellValue::Number(d.as_f64()),
            DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
                CellValue::Text(s)
            }
            DataRef::SharedString(s) => CellValue::Text(s.to_owned()),
            DataRef::Bool(b) => CellValue::Text(if b { "TRUE" } else { "FALSE" }.to_owned()),
            DataRef::Error(e) => CellValue::Error(e.to_string()),
            DataRef::Empty => return None,
        })
    }

    fn from_data(cell: &Data) -> Option<CellValue> {
        Some(match cell {
            Data::Int(i) => CellValue::Number(*i as f64),
            Data::Float(x) => CellValue::Number(*x),
            Data::DateTime(d) => CellValue::Number(d.as_f64()),
            Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => {
                CellValue::Text(s.clone())
            }
            Data::Bool(b) => CellValue::Text(if *b { "TRUE" } else { "FALSE" }.to_owned()),
            Data::Error(e) => CellValue::Error(e.to_string()),
            Data::Empty => return None,
        })
    }
}

/// An open workbook.
pub(crate) struct Book<'a> {
    sheets: Sheets<Cursor<&'a [u8]>>,
    file: String,
}

impl<'a> Book<'a> {
    /// Checks the archive against the limits, then opens it.
    pub(crate) fn open(
        bytes: &'a [u8],
        file: &str,
        limits: &ReadLimits,
    ) -> Result<Self, ReadError> {
        zip_guard::check(bytes, file, limits)?;
        let sheets =
            open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| ReadError::Workbook {
                file: file.to_owned(),
                message: e.to_string(),
            })?;
        let book = Book {
            sheets,
            file: file.to_owned(),
        };
        limits::check(
            file,
            Limit::Sheets,
            limits.sheets,
            book.sheet_names().len() as u64,
            || None,
        )?;
        Ok(book)
    }

    /// The sheet names, in workbook order.
    pub(crate) fn sheet_names(&self) -> Vec<String> {
        self.sheets.sheet_names()
    }

    /// The sheet asked for, or the first; an error lists the sheets.
    pub(crate) fn pick_sheet(&self, wanted: Option<&str>) -> Result<String, ReadError> {
        let names = self.sheet_names();
        match wanted {
            Some(name) => {
                names
                    .iter()
                    .find(|s| *s == name)
                    .cloned()
                    .ok_or_else(|| ReadError::SheetNotFound {
                        file: self.file.clone(),
                        sheet: name.to_owned(),
                        available: names.join(", "),
                    })
            }
            None => names.first().cloned().ok_or_else(|| ReadError::NoHeader {
                file: self.file.clone(),
            }),
        }
    }

    fn error(&self, e: impl std::fmt::Display) -> ReadError {
        ReadError::Workbook {
            file: self.file.clone(),
            message: e.to_string(),
        }
    }

    /// Calls `f(row, column, value)` (0-based sheet positions) for each non-empty cell of the
    /// sheet, in file order (row by row for files Excel writes), until `f` returns `Ok(false)`.
    pub(crate) fn for_each_cell(
        &mut self,
        sheet: &str,
        f: &mut dyn FnMut(u32, u32, CellValue) -> Result<bool, ReadError>,
    ) -> Result<(), ReadError> {
        match &mut self.sheets {
            Sheets::Xlsx(x) => {
                let mut cells = x
                    .worksheet_cells_reader(sheet)
                    .map_err(|e| workbook_error(&self.file, e))?;
                while let Some(cell) = cells
                    .next_cell()
                    .map_err(|e| workbook_error(&self.file, e))?
                {
                    let (row, col) = cell.get_position();
                    if let Some(v) = CellValue::from_ref(cell.get_value().clone())
                        && !f(row, col, v)?
                    {
                        break;
                    }
                }
                Ok(())
            }
            Sheets::Xlsb(x) => {
                let mut cells = x
                    .worksheet_cells_reader(sheet)
                    .map_err(|e| workbook_error(&self.file, e))?;
                while let Some(cell) = cells
                    .next_cell()
                    .map_err(|e| workbook_error(&self.file, e))?
                {
                    let (row, col) = cell.get_position();
                    if let Some(v) = CellValue::from_ref(cell.get_value().clone())
                        && !f(row, col, v)?
                    {
                        break;
                    }
                }
                Ok(())
            }
            Sheets::Xls(_) | Sheets::Ods(_) => {
                let range = self
                    .sheets
                    .worksheet_range(sheet)
                    .map_err(|e| self.error(e))?;
                let (r0, c0) = range.start().unwrap_or((0, 0));
                for (r, c, cell) in range.used_cells() {
                    if let Some(v) = CellValue::from_data(cell)
                        && !f(r0 + r as u32, c0 + c as u32, v)?
                    {
                        break;
                    }
                }
                Ok(())
            }
        }
    }
}

fn workbook_error(file: &str, e: impl std::fmt::Display) -> ReadError {
    ReadError::Workbook {
        file: file.to_owned(),
        message: e.to_string(),
    }
}
