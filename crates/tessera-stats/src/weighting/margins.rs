//! Population margins: what a weighting adjusts the sample to. Read from a CSV file (format in
//! `docs/weighting.md`) or given as a structure, then matched against a dataset's rows.

use serde::{Deserialize, Serialize};
use tessera_data::{Column, Dataset};

use super::WeightingError;

/// The value written in a margins file for the population total of a numeric variable.
pub const TOTAL: &str = "*";

/// One population margin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Margin {
    /// A name shown in reports, e.g. `age by sex`.
    pub name: String,
    /// The variables: one, or several for a crossed margin (age band × sex).
    pub variables: Vec<String>,
    /// The population figures.
    pub targets: Targets,
}

/// A margin's population figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Targets {
    /// The population count of each category (or combination of categories).
    Counts(Vec<MarginCell>),
    /// The population total of one numeric variable (calibration only).
    Total(f64),
}

/// The population count of one category, or combination of categories.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MarginCell {
    /// One value per variable of the margin, as written in the data.
    pub values: Vec<String>,
    /// The population count.
    pub target: f64,
}

impl Margin {
    /// A margin of one variable from (value, count) pairs.
    pub fn counts(name: &str, variable: &str, cells: &[(&str, f64)]) -> Margin {
        Margin {
            name: name.to_owned(),
            variables: vec![variable.to_owned()],
            targets: Targets::Counts(
                cells
                    .iter()
                    .map(|(v, t)| MarginCell {
                        values: vec![(*v).to_owned()],
                        target: *t,
                    })
                    .collect(),
            ),
        }
    }

    /// The sum of the margin's targets (its population total).
    #[must_use]
    pub fn total(&self) -> f64 {
        match &self.targets {
            Targets::Counts(cells) => cells.iter().map(|c| c.target).sum(),
            Targets::Total(t) => *t,
        }
    }
}

/// Reads margins from CSV text: a `margin` column naming each margin, a `target` column, and
/// one column per variable; a margin's variables are the columns filled in its rows. `*` in a
/// variable's column means the population total of that (numeric) variable.
///
/// # Errors
/// Missing `margin` or `target` columns, a target that is not a number of 0 or more, rows of one
/// margin that fill different variables, a combination given twice; each with its line.
pub fn margins_from_csv(text: &str, file: &str) -> Result<Vec<Margin>, WeightingError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bad = |line: u64, message: String| WeightingError::MarginsFile {
        file: file.to_owned(),
        line,
        message,
    };
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| bad(1, e.to_string()))?
        .iter()
        .map(str::to_owned)
        .collect();
    let col = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (Some(i_margin), Some(i_target)) = (col("margin"), col("target")) else {
        return Err(bad(
            1,
            "the first line must name the columns, with `margin` and `target` among them (e.g. margin,age_band,sex,target)".to_owned(),
        ));
    };
    let mut margins: Vec<Margin> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, csv::Position::line);
            bad(line, e.to_string())
        })?;
        let line = record.position().map_or(0, csv::Position::line);
        let name = record.get(i_margin).unwrap_or("").to_owned();
        if name.is_empty() && record.iter().all(str::is_empty) {
            continue;
        }
        if name.is_empty() {
            return Err(bad(line, "the margin column is blank".to_owned()));
        }
        let target_text = record.get(i_target).unwrap_or("");
        let target: f64 = target_text
            .replace(',', "")
            .parse()
            .ok()
            .filter(|t: &f64| t.is_finite() && *t >= 0.0)
            .ok_or_else(|| {
                bad(
                    line,
                    format!("target {target_text:?} is not a number of 0 or more"),
                )
            })?;
        let mut variables = Vec::new();
        let mut values = Vec::new();
        for (j, v) in record.iter().enumerate() {
            if j != i_margin && j != i_target && !v.is_empty() {
                variables.push(header[j].clone());
                values.push(v.to_owned());
            }
        }
        if variables.is_empty() {
            return Err(bad(
                line,
                format!("margin {name:?}: the row gives no value of any variable"),
            ));
        }
        let is_total = values.iter().any(|v| v == TOTAL);
        if is_total && values.len() != 1 {
            return Err(bad(
                line,
                format!("margin {name:?}: a total ({TOTAL}) is for one numeric variable alone"),
            ));
        }
        match margins.iter_mut().find(|m| m.name == name) {
            None => margins.push(Margin {
                name,
                variables,
                targets: if is_total {
                    Targets::Total(target)
                } else {
                    Targets::Counts(vec![MarginCell { values, target }])
                },
            }),
            Some(m) => {
                if m.variables != variables {
                    return Err(bad(
                        line,
                        format!(
                            "margin {name:?}: this row fills {} but earlier rows fill {}; every row of a margin gives the same variables",
                            variables.join(", "),
                            m.variables.join(", ")
                        ),
                    ));
                }
                match &mut m.targets {
                    Targets::Counts(cells) if !is_total => {
                        if cells.iter().any(|c| c.values == values) {
                            return Err(bad(
                                line,
                                format!("margin {name:?}: {} is given twice", values.join(" × ")),
                            ));
                        }
                        cells.push(MarginCell { values, target });
                    }
                    _ => {
                        return Err(bad(
                            line,
                            format!(
                                "margin {name:?}: a total ({TOTAL}) is one row and cannot be mixed with categories"
                            ),
                        ));
                    }
                }
            }
        }
    }
    if margins.is_empty() {
        return Err(bad(1, "the file has no margins".to_owned()));
    }
    Ok(margins)
}

/// A margin matched against a dataset.
#[derive(Debug, Clone)]
pub(crate) enum Matched {
    /// Each row's category index into `targets`.
    Counts {
        cat: Vec<u32>,
        targets: Vec<f64>,
        labels: Vec<String>,
    },
    /// The numeric variable's values.
    Total { x: Vec<f64>, target: f64 },
}

/// Whether a data value matches a margin value, as text or as the same number.
fn same(data: &str, margin: &str) -> bool {
    data == margin
        || matches!(
            (data.parse::<f64>(), margin.trim().parse::<f64>()),
            (Ok(a), Ok(b)) if a == b
        )
}

/// How many rows an error lists.
const ROWS_LISTED: usize = 10;

impl Margin {
    /// Matches the margin against the data's rows.
    pub(crate) fn matched(&self, data: &Dataset) -> Result<Matched, WeightingError> {
        let columns: Vec<&Column> = self
            .variables
            .iter()
            .map(|v| {
                data.column(v)
                    .ok_or_else(|| WeightingError::UnknownVariable {
                        margin: self.name.clone(),
                        variable: v.clone(),
                    })
            })
            .collect::<Result<_, _>>()?;
        let blank: Vec<usize> = (0..data.n_rows)
            .filter(|&r| columns.iter().any(|c| c.is_missing(r)))
            .collect();
        if !blank.is_empty() {
            return Err(WeightingError::BlankValues {
                margin: self.name.clone(),
                rows: blank.iter().take(ROWS_LISTED).map(|r| r + 1).collect(),
                count: blank.len(),
            });
        }
        match &self.targets {
            Targets::Total(target) => {
                let col = columns[0];
                let x: Vec<f64> = (0..data.n_rows)
                    .map(|r| {
                        col.number_at(r).ok_or_else(|| WeightingError::NotNumeric {
                            margin: self.name.clone(),
                            variable: self.variables[0].clone(),
                            row: r + 1,
                        })
                    })
                    .collect::<Result<_, _>>()?;
                Ok(Matched::Total { x, target: *target })
            }
            Targets::Counts(cells) => {
                // Match each distinct combination of values once, then every row.
                let mut combos: Vec<(Vec<String>, Option<u32>, Vec<usize>)> = Vec::new();
                let mut cat = Vec::with_capacity(data.n_rows);
                for r in 0..data.n_rows {
                    let values: Vec<String> = columns
                        .iter()
                        .map(|c| c.text_at(r).map(|v| v.into_owned()).unwrap_or_default())
                        .collect();
                    let slot = match combos.iter().position(|c| c.0 == values) {
                        Some(s) => s,
                        None => {
                            let found = cells.iter().position(|cell| {
                                cell.values.iter().zip(&values).all(|(m, d)| same(d, m))
                            });
                            #[expect(clippy::cast_possible_truncation, reason = "few categories")]
                            combos.push((values, found.map(|f| f as u32), Vec::new()));
                            combos.len() - 1
                        }
                    };
                    combos[slot].2.push(r);
                    cat.push(combos[slot].1.unwrap_or(u32::MAX));
                }
                if let Some((values, _, rows)) = combos.iter().find(|c| c.1.is_none()) {
                    return Err(WeightingError::MissingCategory {
                        margin: self.name.clone(),
                        value: values.join(" × "),
                        rows: rows.iter().take(ROWS_LISTED).map(|r| r + 1).collect(),
                        count: rows.len(),
                    });
                }
                let mut seen = vec![false; cells.len()];
                for &c in &cat {
                    seen[c as usize] = true;
                }
                for (cell, s) in cells.iter().zip(&seen) {
                    if !s && cell.target > 0.0 {
                        return Err(WeightingError::EmptyCategory {
                            margin: self.name.clone(),
                            value: cell.values.join(" × "),
                            target: cell.target,
                        });
                    }
                }
                if let Some(cell) = cells
                    .iter()
                    .zip(&seen)
                    .find(|(c, s)| **s && c.target == 0.0)
                {
                    return Err(WeightingError::ZeroTarget {
                        margin: self.name.clone(),
                        value: cell.0.values.join(" × "),
                    });
                }
                Ok(Matched::Counts {
                    cat,
                    targets: cells.iter().map(|c| c.target).collect(),
                    labels: cells.iter().map(|c| c.values.join(" × ")).collect(),
                })
            }
        }
    }
}
