//! The mapping page as shown: numbered sections, the chosen measures open and every other
//! column folded away (a file with 40 columns stays a short page), words for codes folded per
//! column. Used for an upload being mapped and for a saved dataset's mapping being edited.

use askama::Template;
use tessera_data::Dataset;
use tessera_framework::{Catalogue, Indicator};
use tessera_l10n::{t, ta};

use super::form::MappingForm;
use super::guess::{PACK, candidates, is_identifier};
use crate::pages::datasets::import::FieldError;
use crate::pages::datasets::import::columns::ColumnInfo;

/// An option of a select, or a checkbox.
pub(crate) struct Choice {
    pub(crate) value: String,
    pub(crate) text: String,
    pub(crate) selected: bool,
}

/// One select of column names.
pub(crate) struct SelectField {
    pub(crate) id: &'static str,
    pub(crate) label: String,
    pub(crate) hint: String,
    /// The text of the empty option.
    pub(crate) none: String,
    pub(crate) options: Vec<Choice>,
    pub(crate) error: Option<String>,
}

/// A group of checkboxes (newcomer or receiving values; success or excluded codes).
pub(crate) struct CheckboxGroup {
    pub(crate) id: String,
    pub(crate) legend: String,
    pub(crate) boxes: Vec<Choice>,
    pub(crate) error: Option<String>,
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
    /// Shown open: chosen, or with an error.
    open: bool,
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

/// One code of a column and the words typed for it.
pub(crate) struct LabelInput {
    /// The field's name and id: `vl{column}-{code index}`.
    name: String,
    code: String,
    value: String,
}

/// A column whose codes may be given words.
pub(crate) struct LabelColumn {
    name: String,
    about: String,
    open: bool,
    inputs: Vec<LabelInput>,
}

/// Where the form goes and what the page says around it.
pub(crate) struct Frame {
    pub(crate) crumbs: Vec<(String, String)>,
    /// The form's address.
    pub(crate) action: String,
    /// Above the heading: "Step 3 of 4 · name", or the dataset and its version.
    pub(crate) caption: String,
    /// The heading.
    pub(crate) heading: String,
    /// The paragraph under it.
    pub(crate) intro: String,
    /// The main button.
    pub(crate) submit: String,
    /// The link beside it: (address, text).
    pub(crate) back: (String, String),
    /// The file's name, for the title.
    pub(crate) file_name: String,
}

#[derive(Template)]
#[template(path = "datasets/import/mapping.html")]
pub(crate) struct MappingPage {
    frame: Frame,
    errors: Vec<FieldError>,
    /// An error about the whole mapping (shown at the top of the design section).
    design_error: Option<String>,
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
    chosen: Vec<MeasureRow>,
    other_questions: Vec<MeasureRow>,
    other_numbers: Vec<MeasureRow>,
    indicator_groups: Vec<IndicatorGroup>,
    label_columns: Vec<LabelColumn>,
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
    let lang = tessera_l10n::current();
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
            let name = domain.name_in(lang.code());
            groups.push(IndicatorGroup {
                label: match domain.number {
                    Some(n) => format!("{n}. {name}"),
                    None => name.to_owned(),
                },
                options: options
                    .into_iter()
                    .map(|i| IndicatorOption {
                        key: i.qualified_id(),
                        name: i.name_in(lang.code()).to_owned(),
                    })
                    .collect(),
            });
        }
    }
    let local = catalogue.local_indicators();
    if !local.is_empty() {
        groups.push(IndicatorGroup {
            label: t("import-mapping-local-indicators"),
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

/// What a column holds, in a few words.
pub(crate) fn about(column: &ColumnInfo) -> String {
    if column.categorical() {
        ta(
            "import-mapping-about-answers",
            &[("count", column.codes().len().into())],
        )
    } else {
        match (column.min, column.max) {
            _ if column.more && column.numeric => t("import-mapping-about-many-numbers"),
            (Some(low), Some(high)) => ta(
                "import-mapping-about-numbers",
                &[
                    ("low", tessera_data::format_number(low).into()),
                    ("high", tessera_data::format_number(high).into()),
                ],
            ),
            _ => t("import-mapping-about-many"),
        }
    }
}

/// Whether a column's codes are offered words: a few codes, none labelled by the file, and
/// not a plain yes/no.
fn wants_words(c: &ColumnInfo) -> bool {
    c.categorical() && c.value_labels.is_empty() && !c.yes_no() && !is_identifier(c)
}

/// The mapping page for `form` over `columns` of `data`, inside `frame`.
pub(crate) fn page(
    frame: Frame,
    columns: &[ColumnInfo],
    data: &Dataset,
    form: &MappingForm,
    errors: Vec<FieldError>,
    catalogue: &Catalogue,
) -> MappingPage {
    let all = || columns.iter();
    let select = |id: &'static str, key: &str, none: String, options: Vec<Choice>| SelectField {
        id,
        label: t(&format!("{key}-label")),
        hint: t(&format!("{key}-hint")),
        none,
        options,
        error: error_for(&errors, id),
    };
    let boxes = |id: String, legend: String, boxes: Vec<Choice>| CheckboxGroup {
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
                    text: shown_code(c, form, &v),
                    selected: chosen.contains(&v),
                    value: v,
                })
                .collect()
        })
        .unwrap_or_default()
    };
    let group = columns.iter().find(|c| c.name == form.group_column);
    let birth = columns.iter().find(|c| c.name == form.birth_column);
    // The candidates, plus any column the form has chosen as a measure.
    let mut rows: Vec<&ColumnInfo> = candidates(columns, data);
    for (index, m) in &form.measures {
        if m.include
            && let Some(c) = columns.get(*index)
            && !rows.iter().any(|r| r.index == c.index)
        {
            rows.push(c);
        }
    }
    rows.sort_by_key(|c| c.index);
    let (mut chosen, mut other_questions, mut other_numbers) = (Vec::new(), Vec::new(), Vec::new());
    for c in rows {
        let m = form.measures.get(&c.index).cloned().unwrap_or_default();
        let prefix = format!("m{}", c.index);
        let code_groups = if c.categorical() {
            vec![
                boxes(
                    format!("{prefix}-success"),
                    t("import-mapping-answers-count"),
                    values(Some(c), &m.success),
                ),
                boxes(
                    format!("{prefix}-exclude"),
                    t("import-mapping-answers-leave-out"),
                    values(Some(c), &m.exclude),
                ),
            ]
        } else {
            Vec::new()
        };
        let include_error = error_for(&errors, &format!("{prefix}-include"));
        let indicator_error = error_for(&errors, &format!("{prefix}-indicator"));
        let kind_error = error_for(&errors, &format!("{prefix}-kind"));
        let has_error = include_error.is_some()
            || indicator_error.is_some()
            || kind_error.is_some()
            || code_groups.iter().any(|g| g.error.is_some());
        let row = MeasureRow {
            include_error,
            indicator_error,
            kind_error,
            open: m.include || has_error,
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
        };
        if m.include {
            chosen.push(row);
        } else if c.categorical() {
            other_questions.push(row);
        } else {
            other_numbers.push(row);
        }
    }
    let label_columns = columns
        .iter()
        .filter(|c| wants_words(c) && c.name != form.weight && c.name != form.fpc)
        .map(|c| {
            let inputs: Vec<LabelInput> = c
                .codes()
                .into_iter()
                .enumerate()
                .map(|(k, code)| LabelInput {
                    name: format!("vl{}-{k}", c.index),
                    value: form.labels.get(&(c.index, k)).cloned().unwrap_or_default(),
                    code,
                })
                .collect();
            LabelColumn {
                name: c.display(),
                about: about(c),
                open: inputs.iter().any(|i| !i.value.is_empty()),
                inputs,
            }
        })
        .collect();
    let simple = t("import-mapping-design-none");
    let none = t("import-mapping-none");
    let choose = t("import-mapping-choose-column");
    MappingPage {
        frame,
        design_error: error_for(&errors, "design"),
        design: vec![
            select(
                "weight",
                "import-mapping-weight",
                simple.clone(),
                choices(
                    all().filter(|c| c.numeric || c.name == form.weight),
                    &form.weight,
                ),
            ),
            select(
                "strata",
                "import-mapping-strata",
                simple.clone(),
                choices(all(), &form.strata),
            ),
            select(
                "psu",
                "import-mapping-psu",
                simple.clone(),
                choices(all(), &form.psu),
            ),
            select(
                "fpc",
                "import-mapping-fpc",
                simple,
                choices(all().filter(|c| c.numeric || c.name == form.fpc), &form.fpc),
            ),
        ],
        place: vec![
            select(
                "wave",
                "import-mapping-wave",
                none.clone(),
                choices(all(), &form.wave),
            ),
            select(
                "area",
                "import-mapping-area",
                none,
                choices(all(), &form.area),
            ),
        ],
        born: form.preset == "born_abroad",
        group_column: select(
            "group_column",
            "import-mapping-group-column",
            choose.clone(),
            choices(
                all().filter(|c| !c.more || c.name == form.group_column),
                &form.group_column,
            ),
        ),
        group_values: if group.is_some() {
            vec![
                boxes(
                    "newcomer_value".to_owned(),
                    t("import-mapping-newcomer-values"),
                    values(group, &form.newcomer_values),
                ),
                boxes(
                    "receiving_value".to_owned(),
                    t("import-mapping-receiving-values"),
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
                "import-mapping-birth-column",
                choose.clone(),
                choices(all(), &form.birth_column),
            ),
            select(
                "years_column",
                "import-mapping-years-column",
                choose,
                choices(
                    all().filter(|c| c.numeric || c.name == form.years_column),
                    &form.years_column,
                ),
            ),
        ],
        home_values: boxes(
            "home_value".to_owned(),
            t("import-mapping-home-values"),
            values(birth, &form.home_values),
        ),
        years: form.years.clone(),
        years_error: error_for(&errors, "years"),
        breakdowns: boxes(
            "breakdown".to_owned(),
            t("import-mapping-breakdowns-legend"),
            all()
                .filter(|c| {
                    form.breakdowns.contains(&c.name)
                        || (c.categorical()
                            && !is_identifier(c)
                            && ![&form.weight, &form.psu, &form.fpc].contains(&&c.name))
                })
                .map(|c| Choice {
                    value: c.name.clone(),
                    text: c.display(),
                    selected: form.breakdowns.contains(&c.name),
                })
                .collect(),
        ),
        chosen,
        other_questions,
        other_numbers,
        indicator_groups: indicator_groups(catalogue),
        label_columns,
        errors,
    }
}

/// "1 — Definitely agree": a code with its label from the file, or the words typed for it.
fn shown_code(c: &ColumnInfo, form: &MappingForm, code: &str) -> String {
    let typed = c
        .codes()
        .iter()
        .position(|k| k == code)
        .and_then(|k| form.labels.get(&(c.index, k)));
    match typed {
        Some(label) if label != code => format!("{code} — {label}"),
        _ => c.show_code(code),
    }
}
