//! The in-memory shape of a survey file: columns of values plus a codebook.

use std::borrow::Cow;
use std::path::PathBuf;

use crate::number::format_number;

/// Code stored in [`ColumnValues::Text`] for a blank or missing cell.
pub const MISSING_CODE: u32 = u32::MAX;

/// A survey file read into memory: one column per variable plus the codebook.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dataset {
    /// Number of data rows (respondents); every column holds this many values.
    pub n_rows: usize,
    /// Columns in file order.
    pub columns: Vec<Column>,
    /// Labels, value labels and declared missing values, one entry per column, in column order.
    pub codebook: Codebook,
    /// Where the data came from.
    pub source: SourceInfo,
}

/// One variable's values.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The variable name (for SPSS, the long name).
    pub name: String,
    /// The values, numeric or dictionary-encoded text.
    pub values: ColumnValues,
}

/// The values of one column.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnValues {
    /// Numbers; `f64::NAN` marks a blank or missing cell.
    Numeric(Vec<f64>),
    /// Dictionary-encoded text.
    Text {
        /// One code per row indexing `levels`; [`MISSING_CODE`] (`u32::MAX`) marks blank or missing.
        codes: Vec<u32>,
        /// Distinct values in first-seen order.
        levels: Vec<String>,
    },
}

/// The codebook: what each variable means.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Codebook {
    /// One entry per column, in column order.
    pub variables: Vec<Variable>,
}

/// Codebook entry for one variable.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Variable {
    /// The variable name, equal to its column's name.
    pub name: String,
    /// The question or description, when the file or codebook gives one.
    pub label: Option<String>,
    /// Whether the column holds numbers or text.
    pub kind: VariableKind,
    /// Labels for codes, in file order: `("1", "Definitely agree")`.
    pub value_labels: Vec<(String, String)>,
    /// Values declared missing; they are already missing in the column's values.
    pub missing: MissingSpec,
    /// Level of measurement, when the file or codebook declares one.
    pub measure: Option<Measure>,
}

/// Whether a variable holds numbers or text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VariableKind {
    /// Stored as [`ColumnValues::Numeric`].
    Numeric,
    /// Stored as [`ColumnValues::Text`].
    Text,
}

/// Level of measurement, as SPSS records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Unordered categories.
    Nominal,
    /// Ordered categories.
    Ordinal,
    /// Interval or ratio numbers.
    Scale,
}

impl Measure {
    /// Parses `"nominal"`, `"ordinal"` or `"scale"` (any case).
    pub fn parse(text: &str) -> Option<Measure> {
        match text.trim().to_ascii_lowercase().as_str() {
            "nominal" => Some(Measure::Nominal),
            "ordinal" => Some(Measure::Ordinal),
            "scale" => Some(Measure::Scale),
            _ => None,
        }
    }
}

/// Values declared missing for a variable (SPSS user-missing, codebook `missing`).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MissingSpec {
    /// Discrete missing codes written as text (`"-9"`, `"dont_know"`).
    pub codes: Vec<String>,
    /// An inclusive numeric range of missing values, `(low, high)`.
    pub range: Option<(f64, f64)>,
}

impl MissingSpec {
    /// Returns true when nothing is declared missing.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty() && self.range.is_none()
    }

    /// Returns true when the number is a declared missing value.
    pub fn contains_number(&self, value: f64) -> bool {
        if let Some((low, high)) = self.range
            && value >= low
            && value <= high
        {
            return true;
        }
        self.codes
            .iter()
            .any(|code| code.trim().parse::<f64>().is_ok_and(|c| c == value))
    }

    /// Returns true when the text is a declared missing code.
    pub fn contains_text(&self, value: &str) -> bool {
        let value = value.trim();
        self.codes.iter().any(|code| code.trim() == value)
            || self
                .range
                .is_some_and(|_| value.parse::<f64>().is_ok_and(|v| self.contains_number(v)))
    }
}

/// File formats this crate reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Format {
    /// Delimited text (`.csv`, `.tsv`, `.txt`).
    #[default]
    Csv,
    /// Excel workbook (`.xlsx`; calamine also opens `.xls`, `.xlsb` and `.ods`).
    Xlsx,
    /// SPSS system file (`.sav`).
    Sav,
    /// Stata data file (`.dta`).
    Dta,
}

impl Format {
    /// Picks the format from a file extension (`csv`, `tsv`, `txt`, `xlsx`, `xls`, `xlsb`, `ods`, `sav`, `dta`).
    pub fn from_extension(extension: &str) -> Option<Format> {
        match extension.to_ascii_lowercase().as_str() {
            "csv" | "tsv" | "txt" | "tab" => Some(Format::Csv),
            "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => Some(Format::Xlsx),
            "sav" | "zsav" => Some(Format::Sav),
            "dta" => Some(Format::Dta),
            _ => None,
        }
    }

    /// A short human name for messages.
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Xlsx => "Excel",
            Format::Sav => "SPSS .sav",
            Format::Dta => "Stata .dta",
        }
    }
}

/// Where a dataset came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceInfo {
    /// The path read, when read from disk.
    pub path: Option<PathBuf>,
    /// The file name used in messages (the path, or the upload's name).
    pub name: String,
    /// The file format.
    pub format: Format,
    /// The delimiter used, for CSV.
    pub delimiter: Option<u8>,
    /// The sheet read, for workbooks.
    pub sheet: Option<String>,
    /// The file label (SPSS) or dataset label (Stata).
    pub file_label: Option<String>,
    /// The character encoding the file declared, when it declared one.
    pub encoding: Option<String>,
    /// Physical line (CSV) or sheet row (workbook) of each data row, when known.
    pub lines: Option<LineMap>,
}

/// Maps 0-based row indexes to physical line numbers compactly.
///
/// Rows usually sit on consecutive lines, so only the rows where that breaks
/// (a quoted field spanning lines, a skipped blank line) are stored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineMap {
    /// `(row index, line)` wherever the line is not the previous row's line plus one.
    breaks: Vec<(usize, u64)>,
    next_row: usize,
}

impl LineMap {
    /// Records the line of the next row; rows must be pushed in order.
    pub fn push(&mut self, line: u64) {
        let row = self.next_row;
        if self.line_of(row) != Some(line) {
            self.breaks.push((row, line));
        }
        self.next_row += 1;
    }

    /// The physical line (1-based) of the row at `index` (0-based).
    pub fn line_of(&self, index: usize) -> Option<u64> {
        let at = self.breaks.partition_point(|&(row, _)| row <= index);
        let (row, line) = *self.breaks.get(at.checked_sub(1)?)?;
        Some(line + (index - row) as u64)
    }
}

impl Dataset {
    /// Builds a dataset from columns, with a codebook that only names them.
    ///
    /// Returns `None` if the columns differ in length.
    pub fn from_columns(columns: Vec<Column>) -> Option<Dataset> {
        let n_rows = columns.first().map_or(0, Column::len);
        if columns.iter().any(|c| c.len() != n_rows) {
            return None;
        }
        let variables = columns
            .iter()
            .map(|c| Variable::new(c.name.clone(), c.kind()))
            .collect();
        Some(Dataset {
            n_rows,
            columns,
            codebook: Codebook { variables },
            source: SourceInfo::default(),
        })
    }

    /// The column with this name, if any.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// The physical line of the row at `index`, when the source records it.
    pub fn line_of_row(&self, index: usize) -> Option<u64> {
        self.source.lines.as_ref().and_then(|m| m.line_of(index))
    }

    /// A copy without the rows at the given 0-based indexes (e.g. [`crate::ReadOutcome::rows_with_problems`]).
    ///
    /// Indexes out of range are ignored. Text levels are kept as they are, so codes stay
    /// comparable with the original dataset.
    pub fn without_rows(&self, indexes: &[usize]) -> Dataset {
        let mut keep = vec![true; self.n_rows];
        for &i in indexes {
            if let Some(k) = keep.get_mut(i) {
                *k = false;
            }
        }
        let columns = self
            .columns
            .iter()
            .map(|c| Column {
                name: c.name.clone(),
                values: match &c.values {
                    ColumnValues::Numeric(v) => ColumnValues::Numeric(
                        v.iter()
                            .zip(&keep)
                            .filter(|(_, k)| **k)
                            .map(|(x, _)| *x)
                            .collect(),
                    ),
                    ColumnValues::Text { codes, levels } => ColumnValues::Text {
                        codes: codes
                            .iter()
                            .zip(&keep)
                            .filter(|(_, k)| **k)
                            .map(|(x, _)| *x)
                            .collect(),
                        levels: levels.clone(),
                    },
                },
            })
            .collect();
        let mut source = self.source.clone();
        if let Some(old) = &self.source.lines {
            let mut map = LineMap::default();
            for (i, _) in keep.iter().enumerate().filter(|(_, k)| **k) {
                map.push(old.line_of(i).unwrap_or(0));
            }
            source.lines = Some(map);
        }
        Dataset {
            n_rows: keep.iter().filter(|k| **k).count(),
            columns,
            codebook: self.codebook.clone(),
            source,
        }
    }
}

impl Column {
    /// A numeric column; use `f64::NAN` for missing values.
    pub fn numeric(name: impl Into<String>, values: Vec<f64>) -> Column {
        Column {
            name: name.into(),
            values: ColumnValues::Numeric(values),
        }
    }

    /// A text column from optional strings (`None` = missing), dictionary-encoded in first-seen order.
    pub fn text<S: AsRef<str>>(name: impl Into<String>, values: &[Option<S>]) -> Column {
        let mut levels: Vec<String> = Vec::new();
        let mut index = std::collections::HashMap::new();
        let codes = values
            .iter()
            .map(|v| match v {
                None => MISSING_CODE,
                Some(s) => *index.entry(s.as_ref().to_owned()).or_insert_with(|| {
                    levels.push(s.as_ref().to_owned());
                    (levels.len() - 1) as u32
                }),
            })
            .collect();
        Column {
            name: name.into(),
            values: ColumnValues::Text { codes, levels },
        }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        match &self.values {
            ColumnValues::Numeric(v) => v.len(),
            ColumnValues::Text { codes, .. } => codes.len(),
        }
    }

    /// Returns true when the column has no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Numeric or text.
    pub fn kind(&self) -> VariableKind {
        match &self.values {
            ColumnValues::Numeric(_) => VariableKind::Numeric,
            ColumnValues::Text { .. } => VariableKind::Text,
        }
    }

    /// The value at a 0-based row index as text; `None` when missing or out of range.
    ///
    /// Whole numbers print without a trailing `.0`, so the code `"1"` matches the number 1.
    pub fn text_at(&self, row: usize) -> Option<Cow<'_, str>> {
        match &self.values {
            ColumnValues::Numeric(v) => {
                let x = *v.get(row)?;
                (!x.is_nan()).then(|| Cow::Owned(format_number(x)))
            }
            ColumnValues::Text { codes, levels } => {
                let code = *codes.get(row)?;
                levels.get(code as usize).map(|s| Cow::Borrowed(s.as_str()))
            }
        }
    }

    /// The number at a 0-based row index; `None` when missing, out of range, or text that is not a number.
    pub fn number_at(&self, row: usize) -> Option<f64> {
        match &self.values {
            ColumnValues::Numeric(v) => v.get(row).copied().filter(|x| !x.is_nan()),
            ColumnValues::Text { .. } => self.text_at(row)?.trim().parse().ok(),
        }
    }

    /// Returns true when the value at a 0-based row index is blank or missing (or out of range).
    pub fn is_missing(&self, row: usize) -> bool {
        match &self.values {
            ColumnValues::Numeric(v) => v.get(row).is_none_or(|x| x.is_nan()),
            ColumnValues::Text { codes, .. } => codes.get(row).is_none_or(|&c| c == MISSING_CODE),
        }
    }
}

impl Codebook {
    /// The entry for a variable name, if any.
    pub fn variable(&self, name: &str) -> Option<&Variable> {
        self.variables.iter().find(|v| v.name == name)
    }

    /// The label of a code of a variable, if the codebook has one.
    pub fn value_label(&self, variable: &str, code: &str) -> Option<&str> {
        self.variable(variable)?
            .value_labels
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, l)| l.as_str())
    }
}

impl Variable {
    /// An entry with a name and kind only.
    pub fn new(name: impl Into<String>, kind: VariableKind) -> Variable {
        Variable {
            name: name.into(),
            label: None,
            kind,
            value_labels: Vec::new(),
            missing: MissingSpec::default(),
            measure: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_map_stores_only_breaks() {
        let mut m = LineMap::default();
        for line in [2, 3, 4, 7, 8, 10] {
            m.push(line);
        }
        assert_eq!(m.breaks.len(), 3);
        let lines: Vec<_> = (0..6).map(|i| m.line_of(i)).collect();
        assert_eq!(lines, [2, 3, 4, 7, 8, 10].map(Some));
    }

    #[test]
    fn text_at_prints_whole_numbers_without_decimals() {
        let c = Column::numeric("x", vec![1.0, 2.5, f64::NAN, -3.0]);
        assert_eq!(c.text_at(0).as_deref(), Some("1"));
        assert_eq!(c.text_at(1).as_deref(), Some("2.5"));
        assert_eq!(c.text_at(2), None);
        assert!(c.is_missing(2));
        assert_eq!(c.text_at(3).as_deref(), Some("-3"));
    }

    #[test]
    fn without_rows_drops_rows_and_keeps_levels() {
        let d = Dataset::from_columns(vec![
            Column::numeric("n", vec![1.0, 2.0, 3.0]),
            Column::text("t", &[Some("a"), Some("b"), None]),
        ])
        .expect("equal lengths");
        let e = d.without_rows(&[1, 99]);
        assert_eq!(e.n_rows, 2);
        assert_eq!(e.columns[0].values, ColumnValues::Numeric(vec![1.0, 3.0]));
        assert_eq!(e.columns[1].text_at(0).as_deref(), Some("a"));
        assert!(e.columns[1].is_missing(1));
    }
}
