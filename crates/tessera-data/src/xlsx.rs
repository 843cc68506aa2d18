//! Excel workbooks via calamine: the first sheet, or a named one.

use std::io::Cursor;

use calamine::{Data, Reader, open_workbook_auto_from_rs};

use crate::delimited::dedupe_names;
use crate::error::ReadError;
use crate::infer::ColumnBuilder;
use crate::model::{Codebook, Column, Dataset, LineMap, SourceInfo, Variable};
use crate::options::ReadOptions;
use crate::problem::{Problem, ProblemKind};

/// Reads one sheet: the first row names the columns, types are inferred as for CSV.
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
    let workbook_error = |e: calamine::Error| ReadError::Workbook {
        file: file.clone(),
        message: e.to_string(),
    };
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(workbook_error)?;
    let sheets = workbook.sheet_names();
    let sheet =
        match &options.sheet {
            Some(name) => sheets.iter().find(|s| *s == name).cloned().ok_or_else(|| {
                ReadError::SheetNotFound {
                    file: file.clone(),
                    sheet: name.clone(),
                    available: sheets.join(", "),
                }
            })?,
            None => sheets
                .first()
                .cloned()
                .ok_or_else(|| ReadError::NoHeader { file: file.clone() })?,
        };
    let range = workbook
        .worksheet_range(&sheet)
        .map_err(|e| ReadError::Workbook {
            file: file.clone(),
            message: e.to_string(),
        })?;
    let first_sheet_row = range.start().map_or(1, |(row, _)| u64::from(row) + 1);
    let mut rows = range.rows();
    let header = rows
        .next()
        .ok_or_else(|| ReadError::NoHeader { file: file.clone() })?;
    let mut problems = Vec::new();
    let mut names: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(i, cell)| match cell_text(cell) {
            Some(s) if !s.trim().is_empty() => s.trim().to_owned(),
            _ => format!("column_{}", i + 1),
        })
        .collect();
    dedupe_names(&mut names, Some(first_sheet_row), &mut problems);
    let mut builders: Vec<ColumnBuilder> = names
        .iter()
        .map(|n| ColumnBuilder::new(missing_for(n), range.height()))
        .collect();
    let data: Vec<&[Data]> = rows.collect();
    let mut lines = LineMap::default();
    for (r, row) in data.iter().enumerate() {
        let sheet_row = first_sheet_row + 1 + r as u64;
        lines.push(sheet_row);
        for (j, b) in builders.iter_mut().enumerate() {
            let cell = row.get(j).unwrap_or(&Data::Empty);
            match cell {
                Data::Int(i) => b.push_number(*i as f64),
                Data::Float(x) => b.push_number(*x),
                Data::DateTime(d) => b.push_number(d.as_f64()),
                Data::Empty => b.push_missing(),
                Data::Error(e) => {
                    b.push_missing();
                    problems.push(
                        Problem::new(
                            ProblemKind::CellError,
                            "the cell holds a spreadsheet error; it was read as missing",
                        )
                        .at_row(r + 1, Some(sheet_row))
                        .in_column(names[j].clone())
                        .with_value(e.to_string()),
                    );
                }
                other => {
                    let text = cell_text(other).unwrap_or_default();
                    if !b.push(text.as_bytes()) {
                        let reprint = b.can_reprint();
                        b.switch_to_text(reprint);
                        if !reprint {
                            for earlier in &data[..r] {
                                push_cell(b, earlier.get(j).unwrap_or(&Data::Empty));
                            }
                        }
                        b.push(text.as_bytes());
                    }
                }
            }
        }
    }
    let mut columns = Vec::with_capacity(names.len());
    for (name, b) in names.into_iter().zip(builders) {
        let (values, _) = b.finish();
        columns.push(Column { name, values });
    }
    let variables = columns
        .iter()
        .map(|c| Variable::new(c.name.clone(), c.kind()))
        .collect();
    source.sheet = Some(sheet);
    source.lines = Some(lines);
    Ok((
        Dataset {
            n_rows: data.len(),
            columns,
            codebook: Codebook { variables },
            source,
        },
        problems,
    ))
}

/// Pushes a cell into a builder that has already turned text.
fn push_cell(b: &mut ColumnBuilder, cell: &Data) {
    match cell {
        Data::Int(i) => b.push_number(*i as f64),
        Data::Float(x) => b.push_number(*x),
        Data::DateTime(d) => b.push_number(d.as_f64()),
        Data::Empty | Data::Error(_) => b.push_missing(),
        other => {
            b.push(cell_text(other).unwrap_or_default().as_bytes());
        }
    }
}

fn cell_text(cell: &Data) -> Option<String> {
    match cell {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Some(s.clone()),
        Data::Bool(b) => Some(if *b { "TRUE" } else { "FALSE" }.to_owned()),
        Data::Int(i) => Some(i.to_string()),
        Data::Float(x) => Some(crate::number::format_number(*x)),
        Data::DateTime(d) => Some(crate::number::format_number(d.as_f64())),
        Data::Error(e) => Some(e.to_string()),
        Data::Empty => None,
    }
}
