//! Step 2: the mapping — design, wave and area, group definition, breakdowns and measures —
//! pre-filled from the file and its column names. One page of numbered sections; it works
//! without JavaScript (an "update the lists of values" button re-shows the page when a group
//! column changes).

use std::collections::BTreeMap;
use std::sync::Arc;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_framework::{Catalogue, Indicator, IndicatorKind};
use tessera_stats::mapping::{Condition, DatasetMapping, GroupDefinition, MappedMeasure, Side};
use tessera_stats::spec::DesignColumns;
use tessera_stats::{CiMethod, EstimandKind, Thresholds};

use super::columns::{self, ColumnInfo};
use tessera_app::import::{ImportError, PendingImport};

use super::{FieldError, crumbs, pending};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;

/// The pack whose indicators the measure lists offer (plus local indicators).
const PACK: &str = "ioi-2019";
/// Search scores at or above this make an indicator suggestion worth pre-selecting. Set by
/// looking at the scores column names of the reference survey get (right matches score 13–37,
/// wrong ones under 8).
const SUGGEST_SCORE: f64 = 10.0;

/// The mapping form's values, as sent or as pre-filled.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct MappingForm {
    pub weight: String,
    pub strata: String,
    pub psu: String,
    pub fpc: String,
    pub wave: String,
    pub area: String,
    /// `column` or `born_abroad`.
    pub preset: String,
    pub group_column: String,
    pub newcomer_values: Vec<String>,
    pub receiving_values: Vec<String>,
    pub birth_column: String,
    pub home_values: Vec<String>,
    pub years_column: String,
    pub years: String,
    pub breakdowns: Vec<String>,
    /// By column index.
    pub measures: BTreeMap<usize, MeasureForm>,
}

/// One measure row of the form.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct MeasureForm {
    pub include: bool,
    pub indicator: String,
    /// `proportion` or `mean`.
    pub kind: String,
    pub success: Vec<String>,
    pub exclude: Vec<String>,
    pub label: String,
}

/// Columns offered as measures: categorical or numeric, not ids, not the design, wave, area
/// or group columns guessed from their names.
fn candidates(columns: &[ColumnInfo]) -> Vec<&ColumnInfo> {
    let roles: Vec<&str> = [
        columns::guess_weight(columns),
        columns::guess_strata(columns),
        columns::guess_psu(columns),
        columns::guess_fpc(columns),
        columns::guess_wave(columns),
        columns::guess_area(columns),
        columns::guess_group(columns),
    ]
    .into_iter()
    .flatten()
    .map(|c| c.name.as_str())
    .collect();
    columns
        .iter()
        .filter(|c| !columns::looks_like_id(&c.name) && !roles.contains(&c.name.as_str()))
        .filter(|c| c.categorical() || c.numeric)
        .collect()
}

/// The indicator a column most likely measures, found by searching the catalogue with its
/// label and name.
fn suggest<'c>(catalogue: &'c Catalogue, column: &ColumnInfo) -> Option<&'c Indicator> {
    let query = format!(
        "{} {}",
        column.label.as_deref().unwrap_or_default(),
        column.name.replace(['_', '.', '-'], " ")
    );
    catalogue
        .search(&query)
        .into_iter()
        .filter(|h| h.score >= SUGGEST_SCORE)
        .filter(|h| h.pack().as_str() == PACK || h.pack().as_str() == "local")
        .find_map(|h| {
            let id = h.indicator()?;
            catalogue.indicator(&format!("{}/{id}", h.pack()))
        })
}

fn default_measure(catalogue: &Catalogue, column: &ColumnInfo, taken: bool) -> MeasureForm {
    let indicator = suggest(catalogue, column);
    let codes = column.codes();
    let mean = !column.categorical()
        || (column.numeric
            && (indicator.is_some_and(|i| i.kind == IndicatorKind::Mean)
                || (column.value_labels.is_empty()
                    && codes.len() > 5
                    && indicator.is_none_or(|i| i.kind != IndicatorKind::Proportion))));
    let exclude: Vec<String> = codes
        .iter()
        .filter(|c| columns::looks_excluded(column, c))
        .cloned()
        .collect();
    let success: Vec<String> = if mean {
        Vec::new()
    } else {
        codes
            .iter()
            .filter(|c| columns::looks_positive(column, c))
            .cloned()
            .collect()
    };
    // Pre-tick only rows that would be accepted as they stand, and that are not breakdowns.
    let include = indicator.is_some() && !taken && (mean || !success.is_empty());
    MeasureForm {
        include,
        indicator: indicator.map(Indicator::qualified_id).unwrap_or_default(),
        kind: if mean { "mean" } else { "proportion" }.to_owned(),
        success,
        exclude,
        label: column.measure_label(),
    }
}

fn name_of(c: Option<&ColumnInfo>) -> String {
    c.map(|c| c.name.clone()).unwrap_or_default()
}

/// The form as guessed from the file alone.
pub(crate) fn guessed(columns: &[ColumnInfo], catalogue: &Catalogue) -> MappingForm {
    let group = columns::guess_group(columns);
    let birth = columns::guess_birth(columns);
    let years = columns::guess_years(columns);
    let preset = if group.is_none() && birth.is_some() && years.is_some() {
        "born_abroad"
    } else {
        "column"
    };
    let group_column = group.or_else(|| columns.iter().find(|c| c.categorical()));
    let side_values = |side: bool| -> Vec<String> {
        group_column
            .map(|c| {
                c.codes()
                    .into_iter()
                    .filter(|v| columns::newcomer_side(c, v) == Some(side))
                    .collect()
            })
            .unwrap_or_default()
    };
    let home_values = birth
        .map(|c| {
            c.codes()
                .into_iter()
                .filter(|v| columns::looks_home(c, v))
                .collect()
        })
        .unwrap_or_default();
    let breakdowns: Vec<String> = columns
        .iter()
        .filter(|c| c.categorical() && columns::looks_like_breakdown(&c.name))
        .map(|c| c.name.clone())
        .collect();
    let measures = candidates(columns)
        .into_iter()
        .map(|c| {
            let taken = breakdowns.contains(&c.name)
                || columns::looks_like_breakdown(&c.name)
                || Some(&c.name) == birth.map(|b| &b.name)
                || Some(&c.name) == years.map(|y| &y.name);
            (c.index, default_measure(catalogue, c, taken))
        })
        .collect();
    MappingForm {
        weight: name_of(columns::guess_weight(columns)),
        strata: name_of(columns::guess_strata(columns)),
        psu: name_of(columns::guess_psu(columns)),
        fpc: name_of(columns::guess_fpc(columns)),
        wave: name_of(columns::guess_wave(columns)),
        area: name_of(columns::guess_area(columns)),
        preset: preset.to_owned(),
        group_column: name_of(group_column),
        newcomer_values: side_values(true),
        receiving_values: side_values(false),
        birth_column: name_of(birth),
        home_values,
        years_column: name_of(years),
        years: "10".to_owned(),
        breakdowns,
        measures,
    }
}

/// The form showing a mapping chosen before (going back from the report, or a new version),
/// over what is guessed for anything it does not say.
pub(crate) fn from_mapping(
    mapping: &DatasetMapping,
    columns: &[ColumnInfo],
    catalogue: &Catalogue,
) -> MappingForm {
    let mut form = guessed(columns, catalogue);
    let known = |name: &str| columns.iter().any(|c| c.name == name);
    let keep = |name: &str| {
        if known(name) {
            name.to_owned()
        } else {
            String::new()
        }
    };
    let design = mapping.design.clone();
    form.weight = design.as_ref().map(|d| keep(&d.weight)).unwrap_or_default();
    form.strata = design.as_ref().map(|d| keep(&d.strata)).unwrap_or_default();
    form.psu = design.as_ref().map(|d| keep(&d.psu)).unwrap_or_default();
    form.fpc = design.as_ref().map(|d| keep(&d.fpc)).unwrap_or_default();
    form.wave = mapping.wave.as_deref().map(keep).unwrap_or_default();
    form.area = mapping.area.as_deref().map(keep).unwrap_or_default();
    form.breakdowns = mapping
        .breakdowns
        .iter()
        .filter(|b| known(b))
        .cloned()
        .collect();
    match mapping.group.rules.as_slice() {
        [a, b]
            if a.side == Side::Newcomers
                && b.side == Side::ReceivingCommunity
                && a.conditions.len() == 1
                && b.conditions.len() == 1 =>
        {
            if let (
                Condition::In { variable, values },
                Condition::In {
                    variable: v2,
                    values: receiving,
                },
            ) = (&a.conditions[0], &b.conditions[0])
                && variable == v2
                && known(variable)
            {
                form.preset = "column".to_owned();
                form.group_column = variable.clone();
                form.newcomer_values = values.clone();
                form.receiving_values = receiving.clone();
            }
        }
        [a, _, _] if a.side == Side::Newcomers && a.conditions.len() == 2 => {
            if let (
                Condition::NotIn { variable, values },
                Condition::Below {
                    variable: years,
                    value,
                },
            ) = (&a.conditions[0], &a.conditions[1])
                && known(variable)
                && known(years)
            {
                form.preset = "born_abroad".to_owned();
                form.birth_column = variable.clone();
                form.home_values = values.clone();
                form.years_column = years.clone();
                form.years = tessera_data::format_number(*value);
            }
        }
        _ => {}
    }
    for m in form.measures.values_mut() {
        m.include = false;
    }
    for measure in &mapping.measures {
        let Some(column) = measure
            .variable
            .as_deref()
            .and_then(|v| columns.iter().find(|c| c.name == v))
        else {
            continue;
        };
        form.measures.insert(
            column.index,
            MeasureForm {
                include: true,
                indicator: measure.indicator.clone().unwrap_or_default(),
                kind: match measure.kind {
                    EstimandKind::Mean | EstimandKind::Total => "mean",
                    EstimandKind::Proportion => "proportion",
                }
                .to_owned(),
                success: measure.success.clone(),
                exclude: measure.exclude.clone(),
                label: measure.label.clone(),
            },
        );
    }
    form
}

/// Reads the posted form; returns it and whether the person asked only to update the lists.
pub(crate) fn parse(body: &[u8]) -> (MappingForm, bool) {
    let mut form = MappingForm::default();
    let mut refresh = false;
    for (key, value) in form_urlencoded::parse(body) {
        let value = value.trim().to_owned();
        match key.as_ref() {
            "weight" => form.weight = value,
            "strata" => form.strata = value,
            "psu" => form.psu = value,
            "fpc" => form.fpc = value,
            "wave" => form.wave = value,
            "area" => form.area = value,
            "preset" => form.preset = value,
            "group_column" => form.group_column = value,
            "newcomer_value" => form.newcomer_values.push(value),
            "receiving_value" => form.receiving_values.push(value),
            "birth_column" => form.birth_column = value,
            "home_value" => form.home_values.push(value),
            "years_column" => form.years_column = value,
            "years" => form.years = value,
            "breakdown" => form.breakdowns.push(value),
            "action" => refresh = value == "refresh",
            other => {
                let Some((index, field)) = other
                    .strip_prefix('m')
                    .and_then(|rest| rest.split_once('-'))
                    .and_then(|(i, f)| Some((i.parse::<usize>().ok()?, f)))
                else {
                    continue;
                };
                let m = form.measures.entry(index).or_default();
                match field {
                    "include" => m.include = true,
                    "indicator" => m.indicator = value,
                    "kind" => m.kind = value,
                    "success" => m.success.push(value),
                    "exclude" => m.exclude.push(value),
                    "label" => m.label = value,
                    _ => {}
                }
            }
        }
    }
    (form, refresh)
}

/// A measure id from a column name: lower case letters, digits and `_`.
fn measure_id(name: &str, taken: &[String]) -> String {
    let mut id: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if id.is_empty() {
        id = "measure".to_owned();
    }
    let base = id.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}_{n}");
        n += 1;
    }
    id
}

/// Checks the form against the file; the mapping, or every error with the field it concerns.
pub(crate) fn validate(
    form: &MappingForm,
    columns: &[ColumnInfo],
    catalogue: &Catalogue,
) -> Result<DatasetMapping, Vec<FieldError>> {
    let mut errors = Vec::new();
    let column = |name: &str| columns.iter().find(|c| c.name == name);
    // Single-column choices: each must be a column of the file, and no column may play two roles.
    let mut roles: Vec<(&str, &str, &str)> = Vec::new();
    for (id, what, value) in [
        ("weight", "the weight", &form.weight),
        ("strata", "the strata", &form.strata),
        ("psu", "the clusters", &form.psu),
        ("fpc", "the finite population correction", &form.fpc),
        ("wave", "the wave", &form.wave),
        ("area", "the area", &form.area),
    ] {
        if value.is_empty() {
            continue;
        }
        if column(value).is_none() {
            errors.push(FieldError::new(
                id,
                format!("Choose {what} from the list: “{value}” is not a column of this file"),
            ));
        } else {
            roles.push((id, what, value));
        }
    }
    if let Some(weight) = column(&form.weight)
        && !weight.numeric
    {
        errors.push(FieldError::new(
            "weight",
            format!(
                "The weight column “{}” holds text, not numbers. Choose a column of numbers, or “None”",
                weight.name
            ),
        ));
    }
    let born = form.preset == "born_abroad";
    let group_columns: Vec<(&str, &str, &String)> = if born {
        vec![
            ("birth_column", "the country of birth", &form.birth_column),
            (
                "years_column",
                "the years in the country",
                &form.years_column,
            ),
        ]
    } else {
        vec![("group_column", "the group", &form.group_column)]
    };
    for (id, what, value) in &group_columns {
        if value.is_empty() {
            errors.push(FieldError::new(
                *id,
                format!("Choose the column that holds {what}"),
            ));
        } else if column(value).is_none() {
            errors.push(FieldError::new(
                *id,
                format!("Choose {what} from the list: “{value}” is not a column of this file"),
            ));
        } else {
            roles.push((id, what, value));
        }
    }
    for (i, (id, what, value)) in roles.iter().enumerate() {
        if let Some((_, first, _)) = roles[..i].iter().find(|(_, _, v)| v == value) {
            errors.push(FieldError::new(
                *id,
                format!(
                    "“{value}” is already chosen as {first}; it cannot also be {what}. Choose a different column for one of them"
                ),
            ));
        }
    }
    let group = if born {
        if form.home_values.is_empty() {
            errors.push(FieldError::new(
                "home_value",
                "Select the values of the country-of-birth column that mean born in this country",
            ));
        }
        let years = form
            .years
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|y| *y > 0.0 && y.is_finite());
        if years.is_none() {
            errors.push(FieldError::new(
                "years",
                "Enter the number of years, for example 10, as a number above 0",
            ));
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
                    "Select at least one value that means newcomer (if the values shown are for another column, select “Update the lists of values” first)",
                ));
            }
            if form.receiving_values.is_empty() {
                errors.push(FieldError::new(
                    "receiving_value",
                    "Select at least one value that means receiving community",
                ));
            }
            if let Some(both) = form
                .newcomer_values
                .iter()
                .find(|v| form.receiving_values.contains(v))
            {
                errors.push(FieldError::new(
                    "receiving_value",
                    format!("“{both}” is selected for both newcomers and the receiving community. Select it for one only"),
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
                format!("“{b}” is not a column of this file. Select breakdowns from the list"),
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
                format!(
                    "“{}” is part of the design or the group definition, so it cannot also be a measure. Untick it",
                    col.name
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
                    format!(
                        "“{}” has values that are not numbers ({}), so it has no average. Choose “Proportion”, or tick those values under “Leave out”",
                        col.name,
                        non_numbers.iter().take(3).map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                ));
            }
        }
        if kind == EstimandKind::Proportion {
            if m.success.is_empty() {
                errors.push(FieldError::new(
                    format!("{prefix}-success"),
                    format!(
                        "Select the answers to “{}” that count towards the proportion",
                        col.name
                    ),
                ));
            }
            if let Some(both) = m.success.iter().find(|s| m.exclude.contains(s)) {
                errors.push(FieldError::new(
                    format!("{prefix}-success"),
                    format!(
                        "“{}”: the answer {} is ticked both to count and to leave out. Untick one",
                        col.name,
                        col.show_code(both)
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
                format!("“{}”: choose an indicator from the list", col.name),
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
            "Select at least one measure: tick “Use this column as a measure” for each question to analyse",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
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
    })
}

// ---- the page ----

/// An option of a select, or a checkbox.
pub(crate) struct Choice {
    value: String,
    text: String,
    selected: bool,
}

/// One select of column names.
pub(crate) struct SelectField {
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    /// The text of the empty option.
    none: &'static str,
    options: Vec<Choice>,
    error: Option<String>,
}

/// A group of checkboxes (newcomer or receiving values; success or excluded codes).
pub(crate) struct CheckboxGroup {
    id: String,
    legend: &'static str,
    boxes: Vec<Choice>,
    error: Option<String>,
}

pub(crate) struct MeasureRow {
    /// `m{column index}`: the prefix of the row's field names and ids.
    prefix: String,
    include_error: Option<String>,
    indicator_error: Option<String>,
    kind_error: Option<String>,
    name: String,
    question: Option<String>,
    about: String,
    include: bool,
    indicator: String,
    mean: bool,
    code_groups: Vec<CheckboxGroup>,
    label: String,
}

pub(crate) struct IndicatorOption {
    key: String,
    name: String,
}

pub(crate) struct IndicatorGroup {
    label: String,
    options: Vec<IndicatorOption>,
}

#[derive(Template)]
#[template(path = "datasets/import/mapping.html")]
pub(crate) struct MappingPage {
    crumbs: Vec<(String, String)>,
    errors: Vec<FieldError>,
    token: String,
    name: String,
    file_name: String,
    n_rows: usize,
    n_columns: usize,
    design: Vec<SelectField>,
    place: Vec<SelectField>,
    born: bool,
    group_column: SelectField,
    group_values: Vec<CheckboxGroup>,
    group_more: bool,
    born_columns: Vec<SelectField>,
    home_values: CheckboxGroup,
    years: String,
    years_error: Option<String>,
    breakdowns: CheckboxGroup,
    measures: Vec<MeasureRow>,
    indicator_groups: Vec<IndicatorGroup>,
}

fn error_for(errors: &[FieldError], id: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.id == id)
        .map(|e| e.message.clone())
}

fn choices<'c>(columns: impl Iterator<Item = &'c ColumnInfo>, current: &str) -> Vec<Choice> {
    columns
        .map(|c| Choice {
            value: c.name.clone(),
            text: c.display(),
            selected: c.name == current,
        })
        .collect()
}

fn indicator_groups(catalogue: &Catalogue) -> Vec<IndicatorGroup> {
    let mut groups = Vec::new();
    if let Some(pack) = catalogue.pack(PACK) {
        for domain in &pack.domains {
            let mut options: Vec<&Indicator> = pack
                .indicators
                .iter()
                .filter(|i| i.domain == domain.id)
                .collect();
            options.sort_by_key(|i| i.origin);
            if options.is_empty() {
                continue;
            }
            groups.push(IndicatorGroup {
                label: match domain.number {
                    Some(n) => format!("{n}. {}", domain.name),
                    None => domain.name.clone(),
                },
                options: options
                    .into_iter()
                    .map(|i| IndicatorOption {
                        key: i.qualified_id(),
                        name: i.name.clone(),
                    })
                    .collect(),
            });
        }
    }
    let local = catalogue.local_indicators();
    if !local.is_empty() {
        groups.push(IndicatorGroup {
            label: "Local indicators".to_owned(),
            options: local
                .iter()
                .map(|i| IndicatorOption {
                    key: i.qualified_id(),
                    name: i.name.clone(),
                })
                .collect(),
        });
    }
    groups
}

fn about(column: &ColumnInfo) -> String {
    if column.categorical() {
        format!("{} different answers", column.codes().len())
    } else {
        let numbers: Vec<f64> = column
            .values
            .iter()
            .filter_map(|v| v.parse().ok())
            .collect();
        let low = numbers.iter().copied().fold(f64::INFINITY, f64::min);
        let high = numbers.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        if numbers.is_empty() {
            "many different values".to_owned()
        } else if column.more {
            "numbers, many different values".to_owned()
        } else {
            format!(
                "numbers from {} to {}",
                tessera_data::format_number(low),
                tessera_data::format_number(high)
            )
        }
    }
}

pub(crate) fn page(
    token: &str,
    pending: &PendingImport,
    columns: &[ColumnInfo],
    form: &MappingForm,
    errors: Vec<FieldError>,
    catalogue: &Catalogue,
) -> MappingPage {
    let all = || columns.iter();
    let select = |id: &'static str,
                  label: &'static str,
                  hint: &'static str,
                  none: &'static str,
                  options: Vec<Choice>| SelectField {
        id,
        label,
        hint,
        none,
        options,
        error: error_for(&errors, id),
    };
    let boxes = |id: String, legend: &'static str, boxes: Vec<Choice>| CheckboxGroup {
        error: error_for(&errors, &id),
        id,
        legend,
        boxes,
    };
    let values = |c: Option<&ColumnInfo>, chosen: &[String]| -> Vec<Choice> {
        c.map(|c| {
            c.codes()
                .into_iter()
                .map(|v| Choice {
                    text: c.show_code(&v),
                    selected: chosen.contains(&v),
                    value: v,
                })
                .collect()
        })
        .unwrap_or_default()
    };
    let group = columns.iter().find(|c| c.name == form.group_column);
    let birth = columns.iter().find(|c| c.name == form.birth_column);
    let measures = candidates(columns)
        .into_iter()
        .map(|c| {
            let m = form.measures.get(&c.index).cloned().unwrap_or_default();
            let prefix = format!("m{}", c.index);
            let code_groups = if c.categorical() {
                vec![
                    boxes(
                        format!("{prefix}-success"),
                        "Answers that count",
                        values(Some(c), &m.success),
                    ),
                    boxes(
                        format!("{prefix}-exclude"),
                        "Answers to leave out",
                        values(Some(c), &m.exclude),
                    ),
                ]
            } else {
                Vec::new()
            };
            MeasureRow {
                include_error: error_for(&errors, &format!("{prefix}-include")),
                indicator_error: error_for(&errors, &format!("{prefix}-indicator")),
                kind_error: error_for(&errors, &format!("{prefix}-kind")),
                prefix,
                name: c.name.clone(),
                question: c.label.clone(),
                about: about(c),
                include: m.include,
                indicator: m.indicator.clone(),
                mean: m.kind == "mean",
                code_groups,
                label: if m.label.is_empty() {
                    c.measure_label()
                } else {
                    m.label.clone()
                },
            }
        })
        .collect();
    let simple = "None — simple random sample";
    MappingPage {
        crumbs: crumbs(&[]),
        token: token.to_owned(),
        name: pending.name.clone(),
        file_name: pending.file_name.clone(),
        n_rows: pending.outcome.dataset.n_rows,
        n_columns: columns.len(),
        design: vec![
            select(
                "weight",
                "Weight",
                "Each row’s survey weight: a number above 0.",
                simple,
                choices(
                    all().filter(|c| c.numeric || c.name == form.weight),
                    &form.weight,
                ),
            ),
            select(
                "strata",
                "Strata",
                "The stratum each row was sampled in.",
                simple,
                choices(all(), &form.strata),
            ),
            select(
                "psu",
                "Clusters (primary sampling units)",
                "The first-stage cluster each row was sampled in, for example a postcode sector.",
                simple,
                choices(all(), &form.psu),
            ),
            select(
                "fpc",
                "Finite population correction",
                "The population size of each stratum, or the sampling fraction.",
                simple,
                choices(all().filter(|c| c.numeric || c.name == form.fpc), &form.fpc),
            ),
        ],
        place: vec![
            select(
                "wave",
                "Wave (period)",
                "The year, round or period each row belongs to, so results can be followed over time.",
                "None",
                choices(all(), &form.wave),
            ),
            select(
                "area",
                "Area",
                "The ward, district or neighbourhood, so results can be compared between places.",
                "None",
                choices(all(), &form.area),
            ),
        ],
        born: form.preset == "born_abroad",
        group_column: select(
            "group_column",
            "Column",
            "",
            "Choose a column",
            choices(
                all().filter(|c| !c.more || c.name == form.group_column),
                &form.group_column,
            ),
        ),
        group_values: if group.is_some() {
            vec![
                boxes(
                    "newcomer_value".to_owned(),
                    "Values meaning newcomer",
                    values(group, &form.newcomer_values),
                ),
                boxes(
                    "receiving_value".to_owned(),
                    "Values meaning receiving community",
                    values(group, &form.receiving_values),
                ),
            ]
        } else {
            Vec::new()
        },
        group_more: group.is_some_and(|c| c.more),
        born_columns: vec![
            select(
                "birth_column",
                "Country of birth column",
                "",
                "Choose a column",
                choices(all(), &form.birth_column),
            ),
            select(
                "years_column",
                "Years in the country column",
                "",
                "Choose a column",
                choices(
                    all().filter(|c| c.numeric || c.name == form.years_column),
                    &form.years_column,
                ),
            ),
        ],
        home_values: boxes(
            "home_value".to_owned(),
            "Values meaning born in this country",
            values(birth, &form.home_values),
        ),
        years: form.years.clone(),
        years_error: error_for(&errors, "years"),
        breakdowns: boxes(
            "breakdown".to_owned(),
            "Which columns should results be split by?",
            all()
                .filter(|c| c.categorical() || form.breakdowns.contains(&c.name))
                .map(|c| Choice {
                    value: c.name.clone(),
                    text: c.display(),
                    selected: form.breakdowns.contains(&c.name),
                })
                .collect(),
        ),
        measures,
        indicator_groups: indicator_groups(catalogue),
        errors,
    }
}

/// Describes the upload's columns off the async threads (a large file takes a moment).
async fn describe(pending: &PendingImport) -> Result<Vec<ColumnInfo>, PageError> {
    let outcome = Arc::clone(&pending.outcome);
    tokio::task::spawn_blocking(move || columns::describe(&outcome.dataset))
        .await
        .map_err(PageError::internal)
}

pub(crate) async fn show(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(token): Path<String>,
) -> Result<Html<String>, PageError> {
    let pending = pending(&state, org.id, &token).await?;
    let columns = describe(&pending).await?;
    let catalogue = state.catalogue();
    let form = match &pending.mapping {
        Some(mapping) => from_mapping(mapping, &columns, catalogue),
        None => guessed(&columns, catalogue),
    };
    Ok(Html(
        page(&token, &pending, &columns, &form, Vec::new(), catalogue).render()?,
    ))
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let pending = pending(&state, org.id, &token).await?;
    let columns = describe(&pending).await?;
    let catalogue = state.catalogue();
    let (form, refresh) = parse(&body);
    if refresh {
        let html = page(&token, &pending, &columns, &form, Vec::new(), catalogue).render()?;
        return Ok(Html(html).into_response());
    }
    let mapping = match validate(&form, &columns, catalogue) {
        Ok(m) => m,
        Err(errors) => {
            let html = page(&token, &pending, &columns, &form, errors, catalogue).render()?;
            return Ok((StatusCode::BAD_REQUEST, Html(html)).into_response());
        }
    };
    match state
        .app()
        .check_import(&who.in_org(&org), &token, mapping)
        .await
    {
        Ok(_) => {}
        Err(ImportError::Mapping(e)) => {
            let errors = vec![FieldError::new(
                "weight",
                format!("The mapping does not fit the file: {e}"),
            )];
            let html = page(&token, &pending, &columns, &form, errors, catalogue).render()?;
            return Ok((StatusCode::BAD_REQUEST, Html(html)).into_response());
        }
        Err(ImportError::App(e)) => return Err(e.into()),
        Err(e) => return Err(PageError::internal(e)),
    }
    Ok(Redirect::to(&format!("/datasets/imports/{token}/report")).into_response())
}
