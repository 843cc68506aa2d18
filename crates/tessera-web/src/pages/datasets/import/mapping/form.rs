//! The mapping form's values, as sent or as pre-filled, and reading them from a posted body.

use std::collections::BTreeMap;

/// The mapping form's values.
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
    /// Words typed for codes: by (column index, code index in the column's codes).
    pub labels: BTreeMap<(usize, usize), String>,
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

/// What the person asked for besides checking the mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Action {
    /// Check the data (the main button).
    Check,
    /// Show the page again with the lists of values of the columns now chosen.
    Refresh,
}

/// Reads the posted form; returns it and what the person asked for.
pub(crate) fn parse(body: &[u8]) -> (MappingForm, Action) {
    let mut form = MappingForm::default();
    let mut action = Action::Check;
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
            "action" => {
                if value == "refresh" {
                    action = Action::Refresh;
                }
            }
            other => {
                if let Some((column, code)) = other
                    .strip_prefix("vl")
                    .and_then(|rest| rest.split_once('-'))
                    .and_then(|(c, k)| Some((c.parse::<usize>().ok()?, k.parse::<usize>().ok()?)))
                {
                    if !value.is_empty() {
                        form.labels.insert((column, code), value);
                    }
                    continue;
                }
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
    (form, action)
}

/// A measure id from a column name: lower case letters, digits and `_`.
pub(crate) fn measure_id(name: &str, taken: &[String]) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_posted_form_is_read_with_its_measures_labels_and_action() {
        let (form, action) = parse(
            b"weight=pw&strata=stype&m3-include=yes&m3-kind=mean&m3-label=API+2000&vl1-0=Elementary&vl1-2=&action=refresh",
        );
        assert_eq!(action, Action::Refresh);
        assert_eq!(form.weight, "pw");
        assert_eq!(form.strata, "stype");
        let m = &form.measures[&3];
        assert!(m.include);
        assert_eq!(m.kind, "mean");
        assert_eq!(m.label, "API 2000");
        assert_eq!(
            form.labels.get(&(1, 0)).map(String::as_str),
            Some("Elementary")
        );
        assert!(
            !form.labels.contains_key(&(1, 2)),
            "blank labels are dropped"
        );
    }

    #[test]
    fn measure_ids_are_slugs_and_unique() {
        let taken = vec!["api_00".to_owned()];
        assert_eq!(measure_id("API 00", &taken), "api_00_2");
        assert_eq!(measure_id("q1", &taken), "q1");
    }
}
