//! A measure's analysis variable, and warnings about codes that occur in no row.

use tessera_data::{ColumnValues, Dataset, MISSING_CODE};

use super::{ReportError, column};
use crate::estimate::EstimandKind;
use crate::spec::MeasureSpec;
use crate::warning::{CodeRole, Warning};

/// How many of the values that do occur a warning lists.
const PRESENT_LISTED: usize = 20;

/// The analysis variable of a measure: 0/1 for proportions, the value for means and totals,
/// NaN where the row is not in the base (blank, declared missing or an excluded code).
pub fn analysis_variable(measure: &MeasureSpec, data: &Dataset) -> Result<Vec<f64>, ReportError> {
    let Some(name) = &measure.variable else {
        return Ok(vec![1.0; data.n_rows]);
    };
    let field = format!("measure {:?}.variable", measure.id);
    let col = column(data, name, &field)?;
    match (&col.values, measure.kind) {
        (ColumnValues::Text { codes, levels }, EstimandKind::Proportion) => {
            let per_level: Vec<f64> = levels
                .iter()
                .map(|l| {
                    if measure.exclude.iter().any(|e| e == l) {
                        f64::NAN
                    } else if measure.success.iter().any(|s| s == l) {
                        1.0
                    } else {
                        0.0
                    }
                })
                .collect();
            Ok(codes
                .iter()
                .map(|&c| {
                    if c == MISSING_CODE {
                        f64::NAN
                    } else {
                        per_level[c as usize]
                    }
                })
                .collect())
        }
        (ColumnValues::Numeric(values), EstimandKind::Proportion) => {
            let parse = |codes: &[String]| -> Vec<f64> {
                codes
                    .iter()
                    .filter_map(|c| c.trim().parse::<f64>().ok())
                    .collect()
            };
            let (success, exclude) = (parse(&measure.success), parse(&measure.exclude));
            Ok(values
                .iter()
                .map(|&v| {
                    if v.is_nan() || exclude.contains(&v) {
                        f64::NAN
                    } else if success.contains(&v) {
                        1.0
                    } else {
                        0.0
                    }
                })
                .collect())
        }
        (ColumnValues::Numeric(values), _) => {
            let exclude: Vec<f64> = measure
                .exclude
                .iter()
                .filter_map(|c| c.trim().parse::<f64>().ok())
                .collect();
            Ok(values
                .iter()
                .map(|&v| if exclude.contains(&v) { f64::NAN } else { v })
                .collect())
        }
        (ColumnValues::Text { codes, levels }, _) => {
            // Text with only excluded codes besides numbers is fine: e.g. 0..10 plus "dont_know".
            let per_level: Result<Vec<f64>, usize> = levels
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    if measure.exclude.iter().any(|e| e == l) {
                        Ok(f64::NAN)
                    } else {
                        l.trim().parse::<f64>().map_err(|_| i)
                    }
                })
                .collect();
            match per_level {
                Ok(per_level) => Ok(codes
                    .iter()
                    .map(|&c| {
                        if c == MISSING_CODE {
                            f64::NAN
                        } else {
                            per_level[c as usize]
                        }
                    })
                    .collect()),
                Err(level) => {
                    let row = codes.iter().position(|&c| c as usize == level).unwrap_or(0);
                    Err(ReportError::NotNumeric {
                        field,
                        name: name.clone(),
                        row: row + 1,
                        value: levels[level].clone(),
                    })
                }
            }
        }
    }
}

/// The distinct values that occur in a column (not blank), as text, sorted.
pub(crate) fn present_values(data: &Dataset, name: &str) -> Vec<String> {
    let Some(col) = data.column(name) else {
        return Vec::new();
    };
    let mut out: Vec<String> = match &col.values {
        ColumnValues::Text { codes, levels } => {
            let mut used = vec![false; levels.len()];
            for &c in codes {
                if let Some(u) = used.get_mut(c as usize) {
                    *u = true;
                }
            }
            levels
                .iter()
                .zip(used)
                .filter(|(_, u)| *u)
                .map(|(l, _)| l.clone())
                .collect()
        }
        ColumnValues::Numeric(values) => {
            let mut v: Vec<f64> = values.iter().copied().filter(|x| !x.is_nan()).collect();
            v.sort_by(f64::total_cmp);
            v.dedup();
            v.into_iter().map(tessera_data::format_number).collect()
        }
    };
    out.sort();
    out
}

/// Whether a code written in a spec matches a value as text or as a number.
fn matches(code: &str, value: &str) -> bool {
    code == value
        || matches!(
            (code.trim().parse::<f64>(), value.parse::<f64>()),
            (Ok(a), Ok(b)) if a == b
        )
}

/// Warnings for a measure's success codes that occur in no row (issue 12, item 17): a typing
/// error such as `"Yess"` would otherwise silently give p = 0. Excluded codes that occur in no
/// row are normal (nobody said "don't know") and are not warned about.
pub(crate) fn code_warnings(measure: &MeasureSpec, present: &[String]) -> Vec<Warning> {
    let Some(variable) = &measure.variable else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (role, codes) in [(CodeRole::Success, &measure.success)] {
        for code in codes {
            if !present.iter().any(|v| matches(code, v)) {
                out.push(Warning::CodeNotInData {
                    measure: measure.id.clone(),
                    variable: variable.clone(),
                    role,
                    code: code.clone(),
                    present: present.iter().take(PRESENT_LISTED).cloned().collect(),
                    more_present: present.len().saturating_sub(PRESENT_LISTED),
                });
            }
        }
    }
    out
}
