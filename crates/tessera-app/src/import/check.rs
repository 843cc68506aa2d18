//! The check step's last part (issue 12): build the survey design and compute the estimates
//! the dataset's profile will show, before anything is saved, so that a saved dataset always
//! shows results. A design the estimates cannot use is refused here with what to change — in
//! the commonest case (population sizes that differ between rows without strata, as R's
//! `apistrat` mapped with `pw` and `fpc` alone) with the column that would fix it.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use tessera_data::{Column, ColumnValues, Dataset};
use tessera_l10n::{Arg, t, ta};
use tessera_stats::mapping::DatasetMapping;
use tessera_stats::{Report, ReportError, StatsError};

use crate::estimates::{self, RunError};
use crate::results::profile_breakdowns;

/// The part of a mapping a problem is about, so a form can point at the field to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MappingPart {
    /// The weight column.
    Weight,
    /// The strata column.
    Strata,
    /// The cluster (PSU) column.
    Psu,
    /// The finite population correction column.
    Fpc,
    /// The group definition.
    Group,
    /// The measure with this id.
    Measure(String),
    /// The mapping as a whole.
    Mapping,
}

/// Why the estimates cannot be computed under a mapping: what to change, in words for the
/// person mapping the file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct DesignProblem {
    /// Where to change the mapping.
    pub part: MappingPart,
    /// What is wrong and what to do.
    pub message: String,
}

/// The estimates the dataset's profile shows, computed at the check.
#[derive(Debug, Clone)]
pub struct FirstEstimates {
    /// The report for the profile's breakdowns.
    pub report: Report,
    /// How long it took.
    pub duration_ms: i64,
}

/// Builds the design and computes the profile's estimates of `data` (the rows that would be
/// saved) under `mapping`. `excluded` are the 0-based file rows left out before `data`, so
/// rows are named as in the file.
pub fn first_estimates(
    data: &Dataset,
    mapping: &DatasetMapping,
    excluded: &[usize],
) -> Result<FirstEstimates, DesignProblem> {
    if data.n_rows == 0 {
        return Err(DesignProblem {
            part: MappingPart::Mapping,
            message: t("import-check-no-rows"),
        });
    }
    if let Some(problem) = fpc_problem(data, mapping) {
        return Err(problem);
    }
    let started = Instant::now();
    let report = estimates::try_run(mapping, data, profile_breakdowns(mapping))
        .map_err(|e| explain(&e, mapping, excluded))?;
    Ok(FirstEstimates {
        report,
        duration_ms: i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX),
    })
}

/// The file row (1-based, the first data row is 1) of the `kept`-th row kept (1-based), when
/// the 0-based file rows `excluded` were left out.
pub fn file_row(kept: usize, excluded: &[usize]) -> usize {
    let mut sorted = excluded.to_vec();
    sorted.sort_unstable();
    let mut row = kept.saturating_sub(1);
    for e in sorted {
        if e <= row {
            row += 1;
        } else {
            break;
        }
    }
    row + 1
}

/// The part a spec field (`[design] weight`, `measure "trust".variable`) is about.
fn part_of(field: &str) -> MappingPart {
    match field {
        "[design] weight" => MappingPart::Weight,
        "[design] strata" => MappingPart::Strata,
        "[design] psu" => MappingPart::Psu,
        "[design] fpc" => MappingPart::Fpc,
        f if f.starts_with("measure ") => {
            MappingPart::Measure(f.split('"').nth(1).map(str::to_owned).unwrap_or_default())
        }
        _ => MappingPart::Mapping,
    }
}

fn design_column(mapping: &DatasetMapping, part: &MappingPart) -> String {
    let Some(d) = &mapping.design else {
        return String::new();
    };
    match part {
        MappingPart::Weight => d.weight.clone(),
        MappingPart::Strata => d.strata.clone(),
        MappingPart::Psu => d.psu.clone(),
        MappingPart::Fpc => d.fpc.clone(),
        _ => String::new(),
    }
}

/// A failure of the estimation engine, in words, with the part of the mapping to change.
fn explain(error: &RunError, mapping: &DatasetMapping, excluded: &[usize]) -> DesignProblem {
    let row = |r: usize| Arg::Number(file_row(r, excluded) as f64);
    let number = |x: f64| Arg::Text(tessera_data::format_number(x));
    match error {
        RunError::Report(ReportError::NotNumeric {
            field,
            name,
            row: r,
            value,
        }) => DesignProblem {
            part: part_of(field),
            message: ta(
                "import-check-not-numeric",
                &[
                    ("column", name.into()),
                    ("row", row(*r)),
                    ("value", value.into()),
                ],
            ),
        },
        RunError::Report(ReportError::Design(e)) => match e {
            StatsError::InvalidWeight { row: r, value } => DesignProblem {
                part: MappingPart::Weight,
                message: ta(
                    "import-check-weight",
                    &[
                        (
                            "column",
                            design_column(mapping, &MappingPart::Weight).into(),
                        ),
                        ("row", row(*r)),
                        ("value", number(*value)),
                    ],
                ),
            },
            StatsError::InvalidFpc {
                row: r,
                value,
                reason,
            } => {
                let key = if reason.contains("smaller than") {
                    "import-check-fpc-too-small"
                } else {
                    "import-check-fpc-invalid"
                };
                DesignProblem {
                    part: MappingPart::Fpc,
                    message: ta(
                        key,
                        &[
                            ("column", design_column(mapping, &MappingPart::Fpc).into()),
                            ("row", row(*r)),
                            ("value", number(*value)),
                        ],
                    ),
                }
            }
            StatsError::NotNested { .. } | StatsError::LonelyPsu { .. } => DesignProblem {
                part: MappingPart::Psu,
                message: ta(
                    "import-check-clusters",
                    &[
                        ("column", design_column(mapping, &MappingPart::Psu).into()),
                        ("detail", e.to_string().into()),
                    ],
                ),
            },
            StatsError::EmptyDesign => DesignProblem {
                part: MappingPart::Mapping,
                message: t("import-check-no-rows"),
            },
            other => DesignProblem {
                part: MappingPart::Mapping,
                message: ta(
                    "import-check-failed",
                    &[("detail", other.to_string().into())],
                ),
            },
        },
        RunError::Mapping(e) => DesignProblem {
            part: MappingPart::Group,
            message: ta("import-check-failed", &[("detail", e.to_string().into())]),
        },
        RunError::Report(other) => DesignProblem {
            part: MappingPart::Mapping,
            message: ta(
                "import-check-failed",
                &[("detail", other.to_string().into())],
            ),
        },
    }
}

/// Columns with more distinct values than this are not offered as strata.
const MAX_STRATA: usize = 50;

/// The key of a row's value in `column` (empty for a blank).
fn key(column: &Column, row: usize) -> String {
    column
        .text_at(row)
        .map(|v| v.into_owned())
        .unwrap_or_default()
}

/// The number of distinct values of `column`, or `None` past `max`.
fn distinct_at_most(column: &Column, max: usize) -> Option<usize> {
    match &column.values {
        ColumnValues::Text { codes, .. } => {
            let set: HashSet<u32> = codes.iter().copied().collect();
            (set.len() <= max).then_some(set.len())
        }
        ColumnValues::Numeric(values) => {
            let mut set: HashSet<u64> = HashSet::new();
            for v in values {
                set.insert(v.to_bits());
                if set.len() > max {
                    return None;
                }
            }
            Some(set.len())
        }
    }
}

/// Whether `fpc` takes one value within every combination of `strata` and `candidate`.
fn constant_within(fpc: &[f64], strata: Option<&Column>, candidate: &Column) -> bool {
    let mut seen: HashMap<(String, String), u64> = HashMap::new();
    for (row, f) in fpc.iter().enumerate() {
        if f.is_nan() {
            continue;
        }
        let cell = (
            strata.map(|s| key(s, row)).unwrap_or_default(),
            key(candidate, row),
        );
        match seen.get(&cell) {
            Some(bits) if *bits != f.to_bits() => return false,
            Some(_) => {}
            None => {
                seen.insert(cell, f.to_bits());
            }
        }
    }
    true
}

/// The column (other than `skip`, the fpc and the strata) within whose values — and within
/// `strata`, if given — the population sizes in `fpc` are constant: the likely strata when
/// they vary between rows. The one with fewest values (at least two, at most 50) wins, then
/// the file's order. `None` when the fpc is constant, not numbers, or follows no column.
pub fn column_fpc_follows(
    data: &Dataset,
    fpc: &str,
    strata: Option<&str>,
    skip: &[&str],
) -> Option<String> {
    let ColumnValues::Numeric(values) = &data.column(fpc)?.values else {
        return None;
    };
    let mut present = values.iter().filter(|v| !v.is_nan());
    let first = present.next()?;
    if present.all(|v| v == first) {
        return None;
    }
    let strata_column = strata.and_then(|s| data.column(s));
    data.columns
        .iter()
        .filter(|c| {
            c.name != fpc && Some(c.name.as_str()) != strata && !skip.contains(&c.name.as_str())
        })
        .filter_map(|c| distinct_at_most(c, MAX_STRATA).map(|n| (n, c)))
        .filter(|(n, _)| *n >= 2)
        .filter(|(_, c)| constant_within(values, strata_column, c))
        .min_by_key(|(n, _)| *n)
        .map(|(_, c)| c.name.clone())
}

/// A population size (fpc) that is not the same within a stratum: R `survey` and Tessera take
/// one per stratum, so the estimates would stop. Found before estimating, to name a column
/// the sizes follow (the likely strata).
fn fpc_problem(data: &Dataset, mapping: &DatasetMapping) -> Option<DesignProblem> {
    let d = mapping.design.as_ref()?;
    let fpc_name = d.fpc.trim();
    if fpc_name.is_empty() {
        return None;
    }
    let ColumnValues::Numeric(fpc) = &data.column(fpc_name)?.values else {
        return None;
    };
    let strata_name = d.strata.trim();
    let strata = (!strata_name.is_empty())
        .then(|| data.column(strata_name))
        .flatten();
    // The first stratum with two population sizes, and the sizes in it.
    let mut first: HashMap<String, u64> = HashMap::new();
    let mut varying: Option<String> = None;
    for (row, f) in fpc.iter().enumerate() {
        if f.is_nan() {
            continue;
        }
        let stratum = strata.map(|s| key(s, row)).unwrap_or_default();
        match first.get(&stratum) {
            Some(bits) if *bits != f.to_bits() => {
                varying = Some(stratum);
                break;
            }
            Some(_) => {}
            None => {
                first.insert(stratum, f.to_bits());
            }
        }
    }
    let stratum = varying?;
    let mut values: Vec<f64> = Vec::new();
    for (row, f) in fpc.iter().enumerate() {
        let inside = strata.is_none_or(|s| key(s, row) == stratum);
        if inside && !f.is_nan() && !values.contains(f) {
            values.push(*f);
            if values.len() > 4 {
                break;
            }
        }
    }
    let shown: Vec<String> = values
        .iter()
        .take(4)
        .map(|v| tessera_data::format_number(*v))
        .collect();
    let mut shown = shown.join(", ");
    if values.len() > 4 {
        shown.push_str(", …");
    }
    let candidate = column_fpc_follows(
        data,
        fpc_name,
        (!strata_name.is_empty()).then_some(strata_name),
        &[d.weight.trim(), d.psu.trim()],
    );
    let message = match (&strata, &candidate) {
        (None, Some(c)) => ta(
            "import-check-fpc-varies-choose-strata",
            &[
                ("fpc", fpc_name.into()),
                ("values", shown.into()),
                ("candidate", c.into()),
            ],
        ),
        (None, None) => ta(
            "import-check-fpc-varies",
            &[("fpc", fpc_name.into()), ("values", shown.into())],
        ),
        (Some(_), Some(c)) => ta(
            "import-check-fpc-varies-in-stratum-candidate",
            &[
                ("fpc", fpc_name.into()),
                ("strata", strata_name.into()),
                ("stratum", stratum.into()),
                ("values", shown.into()),
                ("candidate", c.into()),
            ],
        ),
        (Some(_), None) => ta(
            "import-check-fpc-varies-in-stratum",
            &[
                ("fpc", fpc_name.into()),
                ("strata", strata_name.into()),
                ("stratum", stratum.into()),
                ("values", shown.into()),
            ],
        ),
    };
    Some(DesignProblem {
        part: if candidate.is_some() {
            MappingPart::Strata
        } else {
            MappingPart::Fpc
        },
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tessera_stats::mapping::GroupDefinition;
    use tessera_stats::spec::DesignColumns;

    fn mapping(strata: &str) -> DatasetMapping {
        let mut m: DatasetMapping = serde_json::from_value(serde_json::json!({
            "group": { "rules": [] },
            "measures": [],
        }))
        .expect("mapping");
        m.group = GroupDefinition::from_column("stype", &["H"], &["E"]);
        m.design = Some(DesignColumns {
            weight: "pw".into(),
            strata: strata.into(),
            psu: String::new(),
            fpc: "fpc".into(),
            nest: true,
            lonely_psu: Default::default(),
        });
        m
    }

    fn data() -> Dataset {
        Dataset::from_columns(vec![
            Column::text(
                "stype",
                &[
                    Some("E"),
                    Some("E"),
                    Some("H"),
                    Some("H"),
                    Some("M"),
                    Some("M"),
                ],
            ),
            Column::text(
                "awards",
                &[
                    Some("Yes"),
                    Some("No"),
                    Some("Yes"),
                    Some("No"),
                    Some("Yes"),
                    Some("No"),
                ],
            ),
            Column::numeric("pw", vec![44.2, 44.2, 15.1, 15.1, 20.4, 20.4]),
            Column::numeric("fpc", vec![4421.0, 4421.0, 755.0, 755.0, 1018.0, 1018.0]),
        ])
        .expect("data")
    }

    #[test]
    fn population_sizes_that_differ_without_strata_name_the_column_they_follow() {
        let problem = first_estimates(&data(), &mapping(""), &[]).expect_err("refused");
        assert_eq!(problem.part, MappingPart::Strata);
        assert!(problem.message.contains("“stype”"), "{}", problem.message);
        assert!(problem.message.contains("4,421") || problem.message.contains("4421"));
        // With stype as the strata the estimates are computed.
        let ok = first_estimates(&data(), &mapping("stype"), &[]).expect("computed");
        assert!(!ok.report.estimates.is_empty());
    }

    #[test]
    fn the_strata_may_also_define_the_groups() {
        let ok = first_estimates(&data(), &mapping("stype"), &[]).expect("computed");
        let groups: HashSet<&str> = ok
            .report
            .estimates
            .iter()
            .flat_map(|r| r.by.iter().map(|(_, v)| v.as_str()))
            .collect();
        assert!(groups.contains("newcomers") && groups.contains("receiving_community"));
    }

    #[test]
    fn rows_are_named_as_in_the_file_when_rows_were_left_out() {
        assert_eq!(file_row(1, &[]), 1);
        assert_eq!(file_row(1, &[0]), 2);
        assert_eq!(file_row(3, &[0, 2, 9]), 5);
        assert_eq!(file_row(2, &[5]), 2);
    }

    #[test]
    fn no_rows_left_is_refused_with_a_message() {
        let empty = data().without_rows(&[0, 1, 2, 3, 4, 5]);
        let problem = first_estimates(&empty, &mapping("stype"), &[]).expect_err("refused");
        assert_eq!(problem.part, MappingPart::Mapping);
    }
}
