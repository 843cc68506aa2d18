//! Problems with individual rows or values, collected all at once.

use std::collections::BTreeMap;
use std::fmt;

use crate::model::Dataset;

/// What kind of problem a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProblemKind {
    /// A value in a column that must be numeric is not a number.
    UnparseableNumber,
    /// A weight is zero or negative.
    NonPositiveWeight,
    /// A weight is blank or missing.
    MissingWeight,
    /// A code is not among the column's value labels or allowed codes.
    UnknownCode,
    /// A CSV row has a different number of fields from the header.
    RaggedRow,
    /// Text that is not valid UTF-8 (or the declared encoding); it was read with replacement characters.
    InvalidUtf8,
    /// A column name is repeated; the later column was renamed.
    DuplicateColumn,
    /// A column the checks or codebook name is not in the file (for a codebook, the line is the codebook's).
    UnknownVariable,
    /// A spreadsheet cell holds an error such as `#DIV/0!`; it was read as missing.
    CellError,
    /// The file ends part way through a row; the partial row was dropped.
    TruncatedData,
    /// Something in the file's dictionary was malformed but could be skipped.
    MalformedMetadata,
}

impl ProblemKind {
    /// A short human name, as used in summaries.
    pub fn name(self) -> &'static str {
        match self {
            ProblemKind::UnparseableNumber => "not a number",
            ProblemKind::NonPositiveWeight => "weight not above 0",
            ProblemKind::MissingWeight => "missing weight",
            ProblemKind::UnknownCode => "unknown code",
            ProblemKind::RaggedRow => "wrong number of fields",
            ProblemKind::InvalidUtf8 => "invalid text encoding",
            ProblemKind::DuplicateColumn => "duplicate column name",
            ProblemKind::UnknownVariable => "unknown variable",
            ProblemKind::CellError => "spreadsheet error cell",
            ProblemKind::TruncatedData => "truncated data",
            ProblemKind::MalformedMetadata => "malformed metadata",
        }
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One problem with a row or value.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// What kind of problem.
    pub kind: ProblemKind,
    /// The 1-based data row (the first row after the header is row 1), when the problem is in a row.
    pub row: Option<usize>,
    /// The physical line in a CSV file or the row number in a sheet (1-based); for
    /// codebook problems, the line in the codebook file.
    pub line: Option<u64>,
    /// The column (variable) concerned.
    pub column: Option<String>,
    /// The offending value as found.
    pub value: Option<String>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl Problem {
    /// A problem with a message only; add location with the `at_*` methods.
    pub fn new(kind: ProblemKind, message: impl Into<String>) -> Problem {
        Problem {
            kind,
            row: None,
            line: None,
            column: None,
            value: None,
            message: message.into(),
        }
    }

    /// Sets the row from a 0-based index, and the line from the dataset's line map.
    pub fn at_index(mut self, index: usize, dataset: &Dataset) -> Problem {
        self.row = Some(index + 1);
        self.line = dataset.line_of_row(index);
        self
    }

    /// Sets the 1-based row and optional line.
    pub fn at_row(mut self, row: usize, line: Option<u64>) -> Problem {
        self.row = Some(row);
        self.line = line;
        self
    }

    /// Sets the column.
    pub fn in_column(mut self, column: impl Into<String>) -> Problem {
        self.column = Some(column.into());
        self
    }

    /// Sets the offending value.
    pub fn with_value(mut self, value: impl Into<String>) -> Problem {
        self.value = Some(value.into());
        self
    }

    /// The 0-based row index, for indexing columns or [`Dataset::without_rows`].
    pub fn row_index(&self) -> Option<usize> {
        self.row.and_then(|r| r.checked_sub(1))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut wrote = false;
        if let Some(row) = self.row {
            write!(f, "row {row}")?;
            if let Some(line) = self.line {
                write!(f, " (line {line})")?;
            }
            wrote = true;
        } else if let Some(line) = self.line {
            write!(f, "line {line}")?;
            wrote = true;
        }
        if let Some(column) = &self.column {
            write!(f, "{}column {column}", if wrote { ", " } else { "" })?;
            wrote = true;
        }
        if let Some(value) = &self.value {
            write!(f, "{}value {value:?}", if wrote { ", " } else { "" })?;
            wrote = true;
        }
        if wrote {
            f.write_str(": ")?;
        }
        f.write_str(&self.message)
    }
}

/// A list of problems with counting and bounded display.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// Counts by kind, in kind order.
    pub fn summary(&self) -> BTreeMap<ProblemKind, usize> {
        let mut counts = BTreeMap::new();
        for p in &self.0 {
            *counts.entry(p.kind).or_insert(0) += 1;
        }
        counts
    }

    /// The distinct 0-based row indexes with a problem, sorted.
    pub fn row_indexes(&self) -> Vec<usize> {
        rows_of(&self.0)
    }

    /// Displays at most `limit` problems, one per line, then "… and K more".
    pub fn display(&self, limit: usize) -> DisplayProblems<'_> {
        DisplayProblems {
            problems: &self.0,
            limit,
        }
    }
}

impl From<Vec<Problem>> for Problems {
    fn from(problems: Vec<Problem>) -> Problems {
        Problems(problems)
    }
}

impl std::ops::Deref for Problems {
    type Target = Vec<Problem>;
    fn deref(&self) -> &Vec<Problem> {
        &self.0
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.display(20).fmt(f)
    }
}

/// Display adapter returned by [`Problems::display`].
pub struct DisplayProblems<'a> {
    problems: &'a [Problem],
    limit: usize,
}

impl fmt::Display for DisplayProblems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in self.problems.iter().take(self.limit) {
            writeln!(f, "{p}")?;
        }
        let more = self.problems.len().saturating_sub(self.limit);
        if more > 0 {
            writeln!(f, "… and {more} more")?;
        }
        Ok(())
    }
}

/// The distinct 0-based row indexes of problems, sorted.
pub(crate) fn rows_of(problems: &[Problem]) -> Vec<usize> {
    let mut rows: Vec<usize> = problems.iter().filter_map(Problem::row_index).collect();
    rows.sort_unstable();
    rows.dedup();
    rows
}

/// What reading a file produced: the data plus every problem found while reading.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadOutcome {
    /// The data, including rows that have problems.
    pub dataset: Dataset,
    /// Problems found while reading, in file order.
    pub problems: Vec<Problem>,
    /// Distinct 0-based indexes of rows with problems, sorted; pass to [`Dataset::without_rows`].
    pub rows_with_problems: Vec<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_stops_at_the_limit_and_says_how_many_more() {
        let problems = Problems(
            (1..=5)
                .map(|r| {
                    Problem::new(ProblemKind::RaggedRow, "expected 3 fields, found 2")
                        .at_row(r, Some(r as u64 + 1))
                })
                .collect(),
        );
        let text = problems.display(2).to_string();
        assert_eq!(
            text,
            "row 1 (line 2): expected 3 fields, found 2\nrow 2 (line 3): expected 3 fields, found 2\n… and 3 more\n"
        );
        assert_eq!(problems.summary().get(&ProblemKind::RaggedRow), Some(&5));
    }
}
