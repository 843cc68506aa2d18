//! Checking the mapping form against the file: a mapping, or every error with the field it
//! concerns, in the person's language.

use std::collections::BTreeMap;

use tessera_framework::Catalogue;
use tessera_l10n::{t, ta};
use tessera_stats::mapping::{DatasetMapping, GroupDefinition, MappedMeasure};
use tessera_stats::spec::DesignColumns;
use tessera_stats::{CiMethod, EstimandKind, Thresholds};

use super::form::{MappingForm, measure_id};
use crate::pages::datasets::import::FieldError;
use crate::pages::datasets::import::columns::ColumnInfo;

/// Checks the form against the file's columns; the mapping, or every error with the field it
/// concerns.
pub(crate) fn validate(
    form: &MappingForm,
    columns: &[ColumnInfo],
    catalogue: &Catalogue,
) -> Result<DatasetMapping, Vec<FieldError>> {
    let mut errors = Vec::new();
    let column = |name: &str| columns.iter().find(|c| c.name == name);
    let not_a_column = |what: &str, value: &str| {
        ta(
            "import-mapping-error-not-a-column",
            &[("what", what.into()), ("value", value.into())],
        )
    };
    // Single-column choices: each must be a column of the file, and no column may play two
    // roles — except that the strata may also define the groups (comparing strata is a normal
    // survey analysis, and the right design for R's `apistrat`).
    let mut roles: Vec<(&str, String, &str)> = Vec::new();
    for (id, what, value) in [
        ("weight", t("import-role-weight"), &form.weight),
        ("strata", t("import-role-strata"), &form.strata),
        ("psu", t("import-role-psu"), &form.psu),
        ("fpc", t("import-role-fpc"), &form.fpc),
        ("wave", t("import-role-wave"), &form.wave),
        ("area", t("import-role-area"), &form.area),
    ] {
        if value.is_empty() {
            continue;
        }
        if column(value).is_none() {
            errors.push(FieldError::new(id, not_a_column(&what, value)));
        } else {
            roles.push((id, what, value));
        }
    }
    if let Some(weight) = column(&form.weight)
        && !weight.numeric
    {
        errors.push(FieldError::new(
            "weight",
            ta(
                "import-mapping-error-weight-text",
                &[("column", weight.name.as_str().into())],
            ),
        ));
    }
    let born = form.preset == "born_abroad";
    let group_columns: Vec<(&str, String, &String)> = if born {
        vec![
            ("birth_column", t("import-role-birth"), &form.birth_column),
            ("years_column", t("import-role-years"), &form.years_column),
        ]
    } else {
        vec![("group_column", t("import-role-group"), &form.group_column)]
    };
    for (id, what, value) in &group_columns {
        if value.is_empty() {
            errors.push(FieldError::new(
                *id,
                ta(
                    "import-mapping-error-choose-column",
                    &[("what", what.as_str().into())],
                ),
            ));
        } else if column(value).is_none() {
            errors.push(FieldError::new(*id, not_a_column(what, value)));
        } else {
            roles.push((id, what.clone(), value));
        }
    }
    for (i, (id, what, value)) in roles.iter().enumerate() {
        let clash = roles[..i].iter().find(|(other, _, v)| {
            v == value && !matches!((*other, *id), ("strata", "group_column"))
        });
        if let Some((_, first, _)) = clash {
            errors.push(FieldError::new(
                *id,
                ta(
                    "import-mapping-error-two-roles",
                    &[
                        ("value", (*value).into()),
                        ("first", first.as_str().into()),
                        ("what", what.as_str().into()),
                    ],
                ),
            ));
        }
    }
    let group = if born {
        if form.home_values.is_empty() {
            errors.push(FieldError::new(
                "home_value",
                t("import-mapping-error-home"),
            ));
        }
        let years = form
            .years
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|y| *y > 0.0 && y.is_finite());
        if years.is_none() {
            errors.push(FieldError::new("years", t("import-mapping-error-years")));
        }
        let home: Vec<&str> = form.home_values.iter().map(String::as_str).collect();
        GroupDefinition::born_abroad_recently(
            &form.birth_column,
            &home,
            &form.years_column,
            years.unwrap_or(10.0),
        )
    } else {
        if !form.group_column.is_empty() && column(&form.group_column).is_some() {
            if form.newcomer_values.is_empty() {
                errors.push(FieldError::new(
                    "newcomer_value",
                    t("import-mapping-error-newcomer-values"),
                ));
            }
            if form.receiving_values.is_empty() {
                errors.push(FieldError::new(
                    "receiving_value",
                    t("import-mapping-error-receiving-values"),
                ));
            }
            if let Some(both) = form
                .newcomer_values
                .iter()
                .find(|v| form.receiving_values.contains(v))
            {
                errors.push(FieldError::new(
                    "receiving_value",
                    ta("import-mapping-error-both-sides", &[("value", both.into())]),
                ));
            }
        }
        let newcomers: Vec<&str> = form.newcomer_values.iter().map(String::as_str).collect();
        let receiving: Vec<&str> = form.receiving_values.iter().map(String::as_str).collect();
        GroupDefinition::from_column(&form.group_column, &newcomers, &receiving)
    };
    let mut breakdowns: Vec<String> = Vec::new();
    for b in &form.breakdowns {
        if column(b).is_none() {
            errors.push(FieldError::new(
                "breakdown",
                ta("import-mapping-error-breakdown", &[("value", b.into())]),
            ));
        } else if !breakdowns.contains(b)
            && Some(b) != Some(&form.wave)
            && Some(b) != Some(&form.area)
        {
            breakdowns.push(b.clone());
        }
    }
    let design_roles = [&form.weight, &form.strata, &form.psu, &form.fpc];
    let mut measures: Vec<MappedMeasure> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for (&index, m) in form.measures.iter().filter(|(_, m)| m.include) {
        let Some(col) = columns.get(index) else {
            continue;
        };
        let prefix = format!("m{index}");
        if design_roles.contains(&&col.name)
            || group_columns.iter().any(|(_, _, v)| **v == col.name)
        {
            errors.push(FieldError::new(
                format!("{prefix}-include"),
                ta(
                    "import-mapping-error-measure-role",
                    &[("column", col.name.as_str().into())],
                ),
            ));
            continue;
        }
        let kind = match m.kind.as_str() {
            "mean" => EstimandKind::Mean,
            _ => EstimandKind::Proportion,
        };
        if kind == EstimandKind::Mean && !col.numeric {
            let non_numbers: Vec<&String> = col
                .values
                .iter()
                .filter(|v| v.trim().parse::<f64>().is_err() && !m.exclude.contains(v))
                .collect();
            if !non_numbers.is_empty() {
                errors.push(FieldError::new(
                    format!("{prefix}-kind"),
                    ta(
                        "import-mapping-error-not-numbers",
                        &[
                            ("column", col.name.as_str().into()),
                            (
                                "values",
                                non_numbers
                                    .iter()
                                    .take(3)
                                    .map(|s| s.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                                    .into(),
                            ),
                        ],
                    ),
                ));
            }
        }
        if kind == EstimandKind::Proportion {
            if m.success.is_empty() {
                errors.push(FieldError::new(
                    format!("{prefix}-success"),
                    ta(
                        "import-mapping-error-success",
                        &[("column", col.name.as_str().into())],
                    ),
                ));
            }
            if let Some(both) = m.success.iter().find(|s| m.exclude.contains(s)) {
                errors.push(FieldError::new(
                    format!("{prefix}-success"),
                    ta(
                        "import-mapping-error-success-and-exclude",
                        &[
                            ("column", col.name.as_str().into()),
                            ("code", col.show_code(both).into()),
                        ],
                    ),
                ));
            }
        }
        let indicator = (!m.indicator.is_empty()).then(|| m.indicator.clone());
        if let Some(key) = &indicator
            && catalogue.indicator(key).is_none()
        {
            errors.push(FieldError::new(
                format!("{prefix}-indicator"),
                ta(
                    "import-mapping-error-indicator",
                    &[("column", col.name.as_str().into())],
                ),
            ));
        }
        let id = measure_id(&col.name, &ids);
        ids.push(id.clone());
        let label = if m.label.is_empty() {
            col.measure_label()
        } else {
            m.label.clone()
        };
        measures.push(MappedMeasure {
            id,
            indicator,
            label,
            kind,
            variable: Some(col.name.clone()),
            success: if kind == EstimandKind::Proportion {
                m.success.clone()
            } else {
                Vec::new()
            },
            exclude: m.exclude.clone(),
            ci: if kind == EstimandKind::Proportion {
                CiMethod::Logit
            } else {
                CiMethod::WaldT
            },
        });
    }
    if measures.is_empty() && !form.measures.iter().any(|(_, m)| m.include) {
        let first = form.measures.keys().next().map(|i| format!("m{i}-include"));
        errors.push(FieldError::new(
            first.unwrap_or_else(|| "measures".to_owned()),
            t("import-mapping-error-no-measure"),
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut value_labels: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (&(index, k), label) in &form.labels {
        let Some(col) = columns.get(index) else {
            continue;
        };
        if let Some(code) = col.codes().get(k) {
            value_labels
                .entry(col.name.clone())
                .or_default()
                .insert(code.clone(), label.trim().to_owned());
        }
    }
    let opt = |v: &String| (!v.is_empty()).then(|| v.clone());
    let design = (!design_roles.iter().all(|v| v.is_empty())).then(|| DesignColumns {
        weight: form.weight.clone(),
        strata: form.strata.clone(),
        psu: form.psu.clone(),
        fpc: form.fpc.clone(),
        nest: true,
        lonely_psu: Default::default(),
    });
    Ok(DatasetMapping {
        design,
        wave: opt(&form.wave),
        area: opt(&form.area),
        group,
        breakdowns,
        measures,
        thresholds: Thresholds::default(),
        value_labels,
    })
}
