//! Derived variables and filters applied to a dataset before estimation.

use tessera_data::{Column, ColumnValues, Dataset};

use super::{ReportError, column};
use crate::mapping::Condition;
use crate::spec::{DeriveRule, DerivedVariable};

/// The dataset with the derived variables added, in order (each may use earlier ones).
pub(crate) fn with_derived(
    data: &Dataset,
    derive: &[DerivedVariable],
) -> Result<Dataset, ReportError> {
    let mut out = data.clone();
    for d in derive {
        if out.column(&d.name).is_some() {
            return Err(ReportError::DerivedExists {
                name: d.name.clone(),
            });
        }
        let field = format!("[[derive]] {:?}", d.name);
        let n = out.n_rows;
        let col = match &d.rule {
            DeriveRule::Recode { from, map, other } => {
                let src = column(&out, from, &field)?;
                let values: Vec<Option<String>> = (0..n)
                    .map(|r| {
                        src.text_at(r).map(|v| {
                            let v = v.into_owned();
                            match map.get(&v) {
                                Some(new) => new.clone(),
                                None => other.clone().unwrap_or(v),
                            }
                        })
                    })
                    .collect();
                Column::text(d.name.clone(), &values)
            }
            DeriveRule::Bands {
                from,
                breaks,
                labels,
            } => {
                let src = column(&out, from, &field)?;
                let values: Vec<Option<&str>> = (0..n)
                    .map(|r| {
                        let x = src.number_at(r)?;
                        let band = breaks.iter().rposition(|b| x >= *b)?;
                        Some(labels[band].as_str())
                    })
                    .collect();
                if let Some(r) = (0..n).find(|&r| !src.is_missing(r) && src.number_at(r).is_none())
                {
                    return Err(ReportError::NotNumeric {
                        field,
                        name: from.clone(),
                        row: r + 1,
                        value: src.text_at(r).map(|v| v.into_owned()).unwrap_or_default(),
                    });
                }
                Column::text(d.name.clone(), &values)
            }
            DeriveRule::Sum { items } => {
                let cols: Vec<&Column> = items
                    .iter()
                    .map(|i| column(&out, i, &field))
                    .collect::<Result<_, _>>()?;
                for (c, name) in cols.iter().zip(items) {
                    if let ColumnValues::Text { .. } = c.values
                        && let Some(r) =
                            (0..n).find(|&r| !c.is_missing(r) && c.number_at(r).is_none())
                    {
                        return Err(ReportError::NotNumeric {
                            field,
                            name: name.clone(),
                            row: r + 1,
                            value: c.text_at(r).map(|v| v.into_owned()).unwrap_or_default(),
                        });
                    }
                }
                let values = (0..n)
                    .map(|r| {
                        cols.iter()
                            .map(|c| c.number_at(r))
                            .sum::<Option<f64>>()
                            .unwrap_or(f64::NAN)
                    })
                    .collect();
                Column::numeric(d.name.clone(), values)
            }
            DeriveRule::AnyOf { variables, values } => {
                let cols: Vec<&Column> = variables
                    .iter()
                    .map(|v| column(&out, v, &field))
                    .collect::<Result<_, _>>()?;
                let hit = |v: &str| {
                    values.iter().any(|x| {
                        x == v
                            || matches!((x.parse::<f64>(), v.parse::<f64>()), (Ok(a), Ok(b)) if a == b)
                    })
                };
                let out_values = (0..n)
                    .map(|r| {
                        let answers: Vec<String> = cols
                            .iter()
                            .filter_map(|c| c.text_at(r).map(|v| v.into_owned()))
                            .collect();
                        if answers.is_empty() {
                            f64::NAN
                        } else {
                            f64::from(u8::from(answers.iter().any(|a| hit(a))))
                        }
                    })
                    .collect();
                Column::numeric(d.name.clone(), out_values)
            }
        };
        out.columns.push(col);
        out.codebook.variables.push(tessera_data::Variable::new(
            d.name.clone(),
            out.columns
                .last()
                .map_or(tessera_data::VariableKind::Text, Column::kind),
        ));
    }
    Ok(out)
}

/// The rows every filter condition holds for; an error when there are none.
pub(crate) fn filter_mask(
    data: &Dataset,
    filters: &[Condition],
) -> Result<Option<Vec<bool>>, ReportError> {
    if filters.is_empty() {
        return Ok(None);
    }
    let cols: Vec<(&Condition, &Column)> = filters
        .iter()
        .map(|f| column(data, f.variable(), "[[filter]]").map(|c| (f, c)))
        .collect::<Result<_, _>>()?;
    let mask: Vec<bool> = (0..data.n_rows)
        .map(|r| cols.iter().all(|(f, c)| f.holds(c, r)))
        .collect();
    if !mask.iter().any(|m| *m) {
        return Err(ReportError::EmptyFilter {
            description: filters
                .iter()
                .map(describe)
                .collect::<Vec<_>>()
                .join(" and "),
        });
    }
    Ok(Some(mask))
}

/// A filter condition in words, for messages.
fn describe(c: &Condition) -> String {
    match c {
        Condition::In { variable, values } => format!("{variable} is one of {values:?}"),
        Condition::NotIn { variable, values } => format!("{variable} is not one of {values:?}"),
        Condition::Below { variable, value } => format!("{variable} < {value}"),
        Condition::AtLeast { variable, value } => format!("{variable} ≥ {value}"),
        Condition::Blank { variable } => format!("{variable} is blank"),
    }
}
