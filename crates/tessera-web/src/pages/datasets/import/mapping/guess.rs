//! The mapping form as guessed from a file (its labels, its column names and their shapes),
//! and as a mapping chosen before fills it in.

use std::collections::{HashMap, HashSet};

use tessera_data::Dataset;
use tessera_framework::{Catalogue, Indicator, IndicatorKind};
use tessera_stats::EstimandKind;
use tessera_stats::mapping::{Condition, DatasetMapping, Side};

use super::form::{MappingForm, MeasureForm};
use crate::pages::datasets::import::columns::{self, ColumnInfo};

/// The pack whose indicators the measure lists offer (plus local indicators).
pub(crate) const PACK: &str = "ioi-2019";
/// Search scores at or above this make an indicator suggestion worth pre-selecting. Set by
/// looking at the scores column names of the reference survey get (right matches score 13–37,
/// wrong ones under 8).
const SUGGEST_SCORE: f64 = 10.0;

/// The survey design columns guessed from names and shapes: weight, strata, clusters, fpc.
pub(crate) struct GuessedDesign<'c> {
    pub weight: Option<&'c ColumnInfo>,
    pub strata: Option<&'c ColumnInfo>,
    pub psu: Option<&'c ColumnInfo>,
    pub fpc: Option<&'c ColumnInfo>,
}

impl GuessedDesign<'_> {
    fn names(&self) -> Vec<&str> {
        [self.weight, self.strata, self.psu, self.fpc]
            .into_iter()
            .flatten()
            .map(|c| c.name.as_str())
            .collect()
    }
}

/// Whether the numbers of `design` differ between rows but not within a value of `by`: a
/// design column that follows a stratum (R's `apistrat`: `pw` and `fpc` follow `stype`).
fn follows(data: &Dataset, design: &str, by: &str) -> bool {
    let (Some(d), Some(b)) = (data.column(design), data.column(by)) else {
        return false;
    };
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut values = HashSet::new();
    for row in 0..data.n_rows {
        let (Some(v), Some(k)) = (d.text_at(row), b.text_at(row)) else {
            continue;
        };
        values.insert(v.to_string());
        match seen.get(k.as_ref()) {
            Some(first) if first.as_str() != v.as_ref() => return false,
            Some(_) => {}
            None => {
                seen.insert(k.into_owned(), v.into_owned());
            }
        }
    }
    values.len() > 1
}

/// Names that say "strata" outright; other names (`stype`) must also have a stratum's shape.
const STRATA_NAMES: [&str; 5] = ["stratum", "strata", "strat", "strata_id", "stratum_id"];

/// The design: by name, and the strata also by shape — when population sizes (fpc) differ
/// between rows they must be constant within strata, so the column they follow is the strata
/// (R's `apistrat`: `fpc` follows `stype`). A column merely named like a stratum (`stype`) is
/// taken only when the weight or the population sizes follow it (in R's `apiclus1` every
/// school has the same weight and population size: `stype` there is no stratum). Cluster
/// codes are not asked to nest in strata: they may repeat across strata (`nest = true`).
pub(crate) fn design<'c>(columns: &'c [ColumnInfo], data: &Dataset) -> GuessedDesign<'c> {
    let weight = columns::guess_weight(columns);
    let fpc = columns::guess_fpc(columns)
        .filter(|f| Some(f.name.as_str()) != weight.map(|w| w.name.as_str()));
    let shaped = |c: &&ColumnInfo| {
        STRATA_NAMES.contains(&c.name.trim().to_lowercase().as_str())
            || [weight, fpc]
                .into_iter()
                .flatten()
                .any(|d| follows(data, &d.name, &c.name))
    };
    let strata = columns::guess_strata(columns).filter(shaped).or_else(|| {
        let fpc = fpc?;
        let skip: Vec<&str> = weight.iter().map(|w| w.name.as_str()).collect();
        let name = tessera_app::import::column_fpc_follows(data, &fpc.name, None, &skip)?;
        columns
            .iter()
            .find(|c| c.name == name)
            .filter(|c| !c.unique() && !columns::looks_like_code(&c.name))
    });
    let psu = columns::guess_psu(columns).filter(|p| {
        Some(&p.name) != strata.map(|s| &s.name) && Some(&p.name) != fpc.map(|f| &f.name)
    });
    GuessedDesign {
        weight,
        strata,
        psu,
        fpc,
    }
}

/// Whether a column is never offered as a measure: identifiers and codes of things.
pub(crate) fn is_identifier(c: &ColumnInfo) -> bool {
    columns::looks_like_code(&c.name) || c.unique()
}

/// Columns offered as measures: categorical or numeric, not identifiers or codes, not the
/// design, wave, area or group columns guessed from the file.
pub(crate) fn candidates<'c>(columns: &'c [ColumnInfo], data: &Dataset) -> Vec<&'c ColumnInfo> {
    let design = design(columns, data);
    let mut roles: Vec<&str> = design.names();
    roles.extend(
        [
            columns::guess_wave(columns),
            columns::guess_area(columns),
            columns::guess_group(columns),
        ]
        .into_iter()
        .flatten()
        .map(|c| c.name.as_str()),
    );
    columns
        .iter()
        .filter(|c| !is_identifier(c) && !roles.contains(&c.name.as_str()))
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
pub(crate) fn guessed(
    columns: &[ColumnInfo],
    data: &Dataset,
    catalogue: &Catalogue,
) -> MappingForm {
    let design = design(columns, data);
    let design_names = design.names();
    let group = columns::guess_group(columns);
    let birth = columns::guess_birth(columns);
    let years = columns::guess_years(columns);
    let preset = if group.is_none() && birth.is_some() && years.is_some() {
        "born_abroad"
    } else {
        "column"
    };
    // Without a group column, the first column with a few answers that is not a design
    // weight, cluster or identifier (the strata may be the groups: comparing strata is a
    // normal survey analysis).
    let group_column = group.or_else(|| {
        columns.iter().find(|c| {
            c.categorical()
                && !is_identifier(c)
                && ![design.weight, design.psu, design.fpc]
                    .into_iter()
                    .flatten()
                    .any(|d| d.name == c.name)
        })
    });
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
        .filter(|c| !is_identifier(c) && !design_names.contains(&c.name.as_str()))
        .map(|c| c.name.clone())
        .collect();
    let measures = candidates(columns, data)
        .into_iter()
        .map(|c| {
            let taken = breakdowns.contains(&c.name)
                || columns::looks_like_breakdown(&c.name)
                || Some(&c.name) == birth.map(|b| &b.name)
                || Some(&c.name) == years.map(|y| &y.name)
                || Some(&c.name) == group_column.map(|g| &g.name);
            (c.index, default_measure(catalogue, c, taken))
        })
        .collect();
    MappingForm {
        weight: name_of(design.weight),
        strata: name_of(design.strata),
        psu: name_of(design.psu),
        fpc: name_of(design.fpc),
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
        labels: Default::default(),
    }
}

/// The form showing a mapping chosen before (going back from the report, a new version, or
/// a saved dataset's mapping being edited), over what is guessed for anything it does not
/// say.
pub(crate) fn from_mapping(
    mapping: &DatasetMapping,
    columns: &[ColumnInfo],
    data: &Dataset,
    catalogue: &Catalogue,
) -> MappingForm {
    let mut form = guessed(columns, data, catalogue);
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
    for (name, labels) in &mapping.value_labels {
        let Some(column) = columns.iter().find(|c| &c.name == name) else {
            continue;
        };
        for (k, code) in column.codes().iter().enumerate() {
            if let Some(label) = labels.get(code) {
                form.labels.insert((column.index, k), label.clone());
            }
        }
    }
    form
}
