//! Margins typed into a page as tables: for each margin, its variables and one line per
//! category with the values and the population count. The same structure a margins CSV gives
//! (`tessera_stats::weighting::margins_from_csv`), built from what people type or paste from a
//! spreadsheet.

use tessera_l10n::ta;
use tessera_stats::weighting::{Margin, MarginCell, Targets};

use crate::AppError;

/// One margin as typed: its variables and its table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedMargin {
    /// The variables, separated by commas: `ward`, or `age_band, sex` for a crossed margin.
    pub variables: String,
    /// One line per category: the value of each variable, then the population count, separated
    /// by tabs (as pasted from a spreadsheet) or commas: `16-24, female, 5400`.
    pub cells: String,
}

impl TypedMargin {
    /// Whether nothing was typed for this margin (a spare row of the form).
    pub fn is_blank(&self) -> bool {
        self.variables.trim().is_empty() && self.cells.trim().is_empty()
    }
}

/// A population count as typed: digits with optional spaces, underscores or (when the line is
/// split by tabs) thousands commas; a number of 0 or more.
fn parse_target(text: &str, tabbed: bool) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && !(tabbed && *c == ','))
        .collect();
    cleaned
        .parse::<f64>()
        .ok()
        .filter(|t| t.is_finite() && *t >= 0.0)
}

/// Builds margins from typed tables, skipping blank ones. Every message names the margin (its
/// number on the page) and the line.
///
/// # Errors
/// No margin at all; a margin without variables or without lines; a line with the wrong number
/// of values, a count that is not a number of 0 or more, or a category given twice.
pub fn margins_from_typed(typed: &[TypedMargin]) -> Result<Vec<Margin>, AppError> {
    let mut margins = Vec::new();
    for (index, margin) in typed.iter().enumerate() {
        if margin.is_blank() {
            continue;
        }
        let number = index + 1;
        let variables: Vec<String> = margin
            .variables
            .split(',')
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect();
        if variables.is_empty() {
            return Err(AppError::Invalid(ta(
                "weighting-typed-no-variables",
                &[("margin", number.into())],
            )));
        }
        let mut cells: Vec<MarginCell> = Vec::new();
        for (line_index, line) in margin.cells.lines().enumerate() {
            let line_number = line_index + 1;
            if line.trim().is_empty() {
                continue;
            }
            let tabbed = line.contains('\t');
            let parts: Vec<&str> = line
                .split(if tabbed { '\t' } else { ',' })
                .map(str::trim)
                .collect();
            if parts.len() != variables.len() + 1 {
                return Err(AppError::Invalid(ta(
                    "weighting-typed-wrong-count",
                    &[
                        ("margin", number.into()),
                        ("line", line_number.into()),
                        ("expected", (variables.len() + 1).into()),
                        ("found", parts.len().into()),
                    ],
                )));
            }
            let (values, target) = parts.split_at(variables.len());
            let target_text = target.first().copied().unwrap_or_default();
            let Some(target) = parse_target(target_text, tabbed) else {
                return Err(AppError::Invalid(ta(
                    "weighting-typed-bad-target",
                    &[
                        ("margin", number.into()),
                        ("line", line_number.into()),
                        ("value", target_text.into()),
                    ],
                )));
            };
            let values: Vec<String> = values.iter().map(|v| (*v).to_owned()).collect();
            if cells.iter().any(|c| c.values == values) {
                return Err(AppError::Invalid(ta(
                    "weighting-typed-twice",
                    &[
                        ("margin", number.into()),
                        ("line", line_number.into()),
                        ("value", values.join(" × ").into()),
                    ],
                )));
            }
            cells.push(MarginCell { values, target });
        }
        if cells.is_empty() {
            return Err(AppError::Invalid(ta(
                "weighting-typed-no-cells",
                &[("margin", number.into())],
            )));
        }
        margins.push(Margin {
            name: variables.join(" × "),
            variables,
            targets: Targets::Counts(cells),
        });
    }
    if margins.is_empty() {
        return Err(AppError::Invalid(tessera_l10n::t("weighting-typed-none")));
    }
    Ok(margins)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(variables: &str, cells: &str) -> TypedMargin {
        TypedMargin {
            variables: variables.to_owned(),
            cells: cells.to_owned(),
        }
    }

    #[test]
    fn typed_tables_become_margins_with_crossed_variables_and_pasted_tabs() {
        let margins = margins_from_typed(&[
            typed("age_band, sex", "16-24, female, 5400\n16-24, male, 5600\n"),
            TypedMargin::default(),
            typed("ward", "Abbey\t22,100\nBrookside\t19 800"),
        ])
        .expect("valid");
        assert_eq!(margins.len(), 2);
        assert_eq!(margins[0].name, "age_band × sex");
        assert_eq!(margins[0].variables, ["age_band", "sex"]);
        assert_eq!(margins[0].total(), 11000.0);
        assert_eq!(
            margins[1].targets,
            Targets::Counts(vec![
                MarginCell {
                    values: vec!["Abbey".into()],
                    target: 22100.0
                },
                MarginCell {
                    values: vec!["Brookside".into()],
                    target: 19800.0
                },
            ])
        );
    }

    #[test]
    fn typed_tables_with_mistakes_say_which_margin_and_line() {
        let message = |t: &[TypedMargin]| match margins_from_typed(t) {
            Err(AppError::Invalid(m)) => m,
            other => panic!("expected a message, got {other:?}"),
        };
        let m = message(&[typed("ward", "Abbey, 10\nBrookside, lots")]);
        assert!(m.contains("line 2") && m.contains("lots"), "{m}");
        let m = message(&[typed("age, sex", "16-24, 10")]);
        assert!(m.contains("Margin 1") && m.contains('3'), "{m}");
        let m = message(&[typed("ward", "Abbey, 10\nAbbey, 12")]);
        assert!(m.contains("Abbey") && m.contains("line 2"), "{m}");
        let m = message(&[TypedMargin::default()]);
        assert!(!m.is_empty());
        let m = message(&[typed("", "Abbey, 10")]);
        assert!(m.contains("Margin 1"), "{m}");
    }
}
