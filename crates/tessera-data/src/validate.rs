//! Checks on a read dataset: weights, numeric columns and closed code lists.

use std::collections::HashSet;

use crate::model::{ColumnValues, Dataset, MISSING_CODE};
use crate::number::{format_number, parse_number, trim_bytes};
use crate::problem::{Problem, ProblemKind, Problems};

/// What [`validate`] checks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checks {
    /// The weight column: every row's weight must be a number above 0.
    pub weight: Option<String>,
    /// Columns whose every non-missing value must be a number.
    pub numeric: Vec<String>,
    /// Columns whose codes must come from a closed list.
    pub closed_codes: Vec<ClosedCodes>,
}

/// A column with a closed list of codes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClosedCodes {
    /// The column.
    pub column: String,
    /// Codes allowed besides those with value labels in the codebook (e.g. `"dont_know"`).
    pub allowed: Vec<String>,
}

/// Runs every check and returns all problems at once, ordered by row.
///
/// Missing values (blank, or declared missing) are never problems here, except a missing
/// weight. A column the checks name that is not in the dataset is an
/// [`ProblemKind::UnknownVariable`] problem.
pub fn validate(dataset: &Dataset, checks: &Checks) -> Problems {
    let mut problems = Vec::new();
    if let Some(weight) = &checks.weight {
        check_weight(dataset, weight, &mut problems);
    }
    for name in &checks.numeric {
        check_numeric(dataset, name, &mut problems);
    }
    for closed in &checks.closed_codes {
        check_codes(dataset, closed, &mut problems);
    }
    problems.sort_by_key(|p| p.row.unwrap_or(0));
    Problems(problems)
}

fn unknown_column(name: &str, purpose: &str) -> Problem {
    Problem::new(
        ProblemKind::UnknownVariable,
        format!("the data have no column named {name:?} (needed as {purpose})"),
    )
    .in_column(name)
}

fn check_weight(dataset: &Dataset, name: &str, problems: &mut Vec<Problem>) {
    let Some(column) = dataset.column(name) else {
        problems.push(unknown_column(name, "the weight"));
        return;
    };
    let judge = |value: Option<f64>| -> Option<(ProblemKind, &'static str)> {
        match value {
            None => Some((
                ProblemKind::MissingWeight,
                "the weight is missing; every row needs a weight above 0",
            )),
            Some(w) if w <= 0.0 => Some((
                ProblemKind::NonPositiveWeight,
                "the weight must be greater than 0",
            )),
            Some(_) => None,
        }
    };
    match &column.values {
        ColumnValues::Numeric(values) => {
            for (i, &w) in values.iter().enumerate() {
                if let Some((kind, message)) = judge((!w.is_nan()).then_some(w)) {
                    let mut p = Problem::new(kind, message)
                        .at_index(i, dataset)
                        .in_column(name);
                    if !w.is_nan() {
                        p = p.with_value(format_number(w));
                    }
                    problems.push(p);
                }
            }
        }
        ColumnValues::Text { codes, levels } => {
            // Judge each distinct level once.
            let verdicts: Vec<Result<Option<(ProblemKind, &str)>, ()>> = levels
                .iter()
                .map(|l| match parse_number(trim_bytes(l.as_bytes())) {
                    Some((w, _)) => Ok(judge(Some(w))),
                    None => Err(()),
                })
                .collect();
            for (i, &c) in codes.iter().enumerate() {
                if c == MISSING_CODE {
                    if let Some((kind, message)) = judge(None) {
                        problems.push(
                            Problem::new(kind, message)
                                .at_index(i, dataset)
                                .in_column(name),
                        );
                    }
                    continue;
                }
                let value = levels.get(c as usize).cloned().unwrap_or_default();
                match verdicts.get(c as usize) {
                    Some(Ok(None)) | None => {}
                    Some(Ok(Some((kind, message)))) => problems.push(
                        Problem::new(*kind, *message)
                            .at_index(i, dataset)
                            .in_column(name)
                            .with_value(value),
                    ),
                    Some(Err(())) => problems.push(
                        Problem::new(
                            ProblemKind::UnparseableNumber,
                            "the weight must be a number greater than 0",
                        )
                        .at_index(i, dataset)
                        .in_column(name)
                        .with_value(value),
                    ),
                }
            }
        }
    }
}

fn check_numeric(dataset: &Dataset, name: &str, problems: &mut Vec<Problem>) {
    let Some(column) = dataset.column(name) else {
        problems.push(unknown_column(name, "a numeric column"));
        return;
    };
    let ColumnValues::Text { codes, levels } = &column.values else {
        return;
    };
    let bad: Vec<bool> = levels
        .iter()
        .map(|l| parse_number(trim_bytes(l.as_bytes())).is_none())
        .collect();
    for (i, &c) in codes.iter().enumerate() {
        if bad.get(c as usize).copied().unwrap_or(false) {
            problems.push(
                Problem::new(ProblemKind::UnparseableNumber, "expected a number")
                    .at_index(i, dataset)
                    .in_column(name)
                    .with_value(levels[c as usize].clone()),
            );
        }
    }
}

fn check_codes(dataset: &Dataset, closed: &ClosedCodes, problems: &mut Vec<Problem>) {
    let name = closed.column.as_str();
    let Some(column) = dataset.column(name) else {
        problems.push(unknown_column(name, "a column with a closed code list"));
        return;
    };
    let mut allowed: HashSet<&str> = closed.allowed.iter().map(|s| s.trim()).collect();
    if let Some(v) = dataset.codebook.variable(name) {
        allowed.extend(v.value_labels.iter().map(|(c, _)| c.trim()));
    }
    let mut listed: Vec<&str> = allowed.iter().copied().collect();
    listed.sort_unstable();
    let message = format!(
        "code not in the list of allowed codes ({})",
        listed.join(", ")
    );
    let mut report = |i: usize, value: String| {
        problems.push(
            Problem::new(ProblemKind::UnknownCode, message.clone())
                .at_index(i, dataset)
                .in_column(name)
                .with_value(value),
        );
    };
    match &column.values {
        ColumnValues::Text { codes, levels } => {
            let ok: Vec<bool> = levels.iter().map(|l| allowed.contains(l.trim())).collect();
            for (i, &c) in codes.iter().enumerate() {
                if c != MISSING_CODE && !ok.get(c as usize).copied().unwrap_or(true) {
                    report(i, levels[c as usize].clone());
                }
            }
        }
        ColumnValues::Numeric(values) => {
            let ok: Vec<f64> = allowed
                .iter()
                .filter_map(|a| a.parse::<f64>().ok())
                .collect();
            for (i, &x) in values.iter().enumerate() {
                if !x.is_nan() && !ok.contains(&x) {
                    report(i, format_number(x));
                }
            }
        }
    }
}
