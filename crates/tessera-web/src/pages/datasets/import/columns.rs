//! What the mapping page knows about each column: its values, labels and likely role, guessed
//! from the file's own description, from column names (whole words of them, so `awards` is
//! not a ward) and from their shape (an identifier is unique per row; a cluster repeats; a
//! weight is a positive number; population sizes follow the strata).

use std::collections::HashSet;

use tessera_data::{ColumnValues, Dataset, Variable, VariableKind};

/// At most this many distinct values make a column categorical (a measure with codes, or a
/// breakdown).
pub(crate) const MAX_CATEGORIES: usize = 12;
/// At most this many values are offered as checkboxes for a group rule.
const MAX_LISTED: usize = 60;

/// One column as the mapping page sees it.
#[derive(Debug, Clone)]
pub(crate) struct ColumnInfo {
    /// Position in the file.
    pub index: usize,
    /// The column name.
    pub name: String,
    /// The variable label, if the file or codebook gives one.
    pub label: Option<String>,
    /// Whether the values are numbers.
    pub numeric: bool,
    /// Distinct values present (as text), in natural order; at most [`MAX_LISTED`].
    pub values: Vec<String>,
    /// Whether there are more distinct values than listed.
    pub more: bool,
    /// Labels of codes, from the file or codebook.
    pub value_labels: Vec<(String, String)>,
    /// Codes declared missing.
    pub missing: tessera_data::MissingSpec,
    /// Rows with a value.
    pub n_present: usize,
    /// Distinct values present (all of them, not only those listed).
    pub n_distinct: usize,
    /// The smallest number, for numeric columns.
    pub min: Option<f64>,
    /// The largest number, for numeric columns.
    pub max: Option<f64>,
    /// Whether every number is whole.
    pub integers: bool,
}

impl ColumnInfo {
    /// Few enough distinct values to treat as categories.
    pub(crate) fn categorical(&self) -> bool {
        !self.more && self.codes().len() <= MAX_CATEGORIES
    }

    /// The codes to offer: values present, plus labelled codes not declared missing.
    pub(crate) fn codes(&self) -> Vec<String> {
        let mut codes = self.values.clone();
        for (code, _) in &self.value_labels {
            if !codes.contains(code) && !self.missing.contains_text(code) {
                codes.push(code.clone());
            }
        }
        sort_codes(&mut codes);
        codes
    }

    /// The label of a code, if any.
    pub(crate) fn label_of(&self, code: &str) -> Option<&str> {
        self.value_labels
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, l)| l.as_str())
    }

    /// "1 — Definitely agree", or the code alone.
    pub(crate) fn show_code(&self, code: &str) -> String {
        match self.label_of(code) {
            Some(label) if label != code => format!("{code} — {label}"),
            _ => code.to_owned(),
        }
    }

    /// "getting_on_well — People from different backgrounds…", or the name alone.
    pub(crate) fn display(&self) -> String {
        match &self.label {
            Some(label) if label != &self.name => format!("{} — {label}", self.name),
            _ => self.name.clone(),
        }
    }

    /// A label for a measure on this column: the variable label, or the name made readable.
    pub(crate) fn measure_label(&self) -> String {
        match &self.label {
            Some(label) if !label.trim().is_empty() => label.trim().to_owned(),
            _ => {
                let words = self.name.replace(['_', '.', '-'], " ");
                let mut chars = words.trim().chars();
                match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => self.name.clone(),
                }
            }
        }
    }
}

/// Counts, range and wholeness of a column's values.
struct Shape {
    n_present: usize,
    n_distinct: usize,
    min: Option<f64>,
    max: Option<f64>,
    integers: bool,
}

fn shape(values: &ColumnValues) -> Shape {
    match values {
        ColumnValues::Text { codes, .. } => {
            let present: Vec<u32> = codes
                .iter()
                .copied()
                .filter(|c| *c != tessera_data::MISSING_CODE)
                .collect();
            let distinct: HashSet<u32> = present.iter().copied().collect();
            Shape {
                n_present: present.len(),
                n_distinct: distinct.len(),
                min: None,
                max: None,
                integers: false,
            }
        }
        ColumnValues::Numeric(numbers) => {
            let mut distinct: HashSet<u64> = HashSet::new();
            let (mut min, mut max) = (f64::INFINITY, f64::NEG_INFINITY);
            let mut n = 0;
            let mut integers = true;
            for x in numbers.iter().filter(|x| !x.is_nan()) {
                n += 1;
                distinct.insert(if *x == 0.0 { 0 } else { x.to_bits() });
                min = min.min(*x);
                max = max.max(*x);
                integers &= x.fract() == 0.0;
            }
            Shape {
                n_present: n,
                n_distinct: distinct.len(),
                min: (n > 0).then_some(min),
                max: (n > 0).then_some(max),
                integers: integers && n > 0,
            }
        }
    }
}

/// Describes every column of a dataset.
pub(crate) fn describe(data: &Dataset) -> Vec<ColumnInfo> {
    data.columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let variable: Option<&Variable> = data.codebook.variables.get(index);
            let (mut values, more) = distinct(&column.values);
            sort_codes(&mut values);
            let shape = shape(&column.values);
            ColumnInfo {
                index,
                name: column.name.clone(),
                label: variable.and_then(|v| v.label.clone()),
                numeric: column.kind() == VariableKind::Numeric,
                values,
                more,
                value_labels: variable.map(|v| v.value_labels.clone()).unwrap_or_default(),
                missing: variable.map(|v| v.missing.clone()).unwrap_or_default(),
                n_present: shape.n_present,
                n_distinct: shape.n_distinct,
                min: shape.min,
                max: shape.max,
                integers: shape.integers,
            }
        })
        .collect()
}

fn distinct(values: &ColumnValues) -> (Vec<String>, bool) {
    match values {
        ColumnValues::Text { codes, levels } => {
            // Levels are distinct but may include values only in rows now missing; count used ones.
            let mut used = vec![false; levels.len()];
            for &c in codes {
                if let Some(u) = used.get_mut(c as usize) {
                    *u = true;
                }
            }
            let present: Vec<String> = levels
                .iter()
                .zip(&used)
                .filter(|(_, u)| **u)
                .map(|(l, _)| l.clone())
                .collect();
            let more = present.len() > MAX_LISTED;
            (present.into_iter().take(MAX_LISTED).collect(), more)
        }
        ColumnValues::Numeric(numbers) => {
            let mut seen: Vec<f64> = Vec::new();
            for &x in numbers {
                if x.is_nan() || seen.contains(&x) {
                    continue;
                }
                if seen.len() == MAX_LISTED {
                    return (
                        seen.iter()
                            .map(|x| tessera_data::format_number(*x))
                            .collect(),
                        true,
                    );
                }
                seen.push(x);
            }
            (
                seen.iter()
                    .map(|x| tessera_data::format_number(*x))
                    .collect(),
                false,
            )
        }
    }
}

/// Sorts codes naturally: numbers by value first, then text alphabetically.
pub(crate) fn sort_codes(codes: &mut [String]) {
    codes.sort_by(
        |a, b| match (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
            (Ok(x), Ok(y)) => x.total_cmp(&y),
            (Ok(_), Err(_)) => std::cmp::Ordering::Less,
            (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
            (Err(_), Err(_)) => a.to_lowercase().cmp(&b.to_lowercase()),
        },
    );
}

fn lower(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The words of a column name: split at anything not a letter or digit and where a lower
/// case letter meets an upper case one (`yearsInUK` → `years`, `in`, `uk`), lower-cased.
pub(crate) fn words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in name.trim().chars() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_lowercase();
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The first column whose lower-case name is one of `exact`, else the first with one of
/// `word` among the words of its name; only columns that `fits`.
pub(crate) fn guess<'c>(
    columns: &'c [ColumnInfo],
    exact: &[&str],
    word: &[&str],
    fits: impl Fn(&ColumnInfo) -> bool,
) -> Option<&'c ColumnInfo> {
    columns
        .iter()
        .filter(|c| fits(c))
        .find(|c| exact.contains(&lower(&c.name).as_str()))
        .or_else(|| {
            columns
                .iter()
                .filter(|c| fits(c))
                .find(|c| words(&c.name).iter().any(|w| word.contains(&w.as_str())))
        })
}

impl ColumnInfo {
    /// Two answers that read as yes and no (`Yes`/`No`, `Y`/`N`, `true`/`false`).
    pub(crate) fn yes_no(&self) -> bool {
        let codes: Vec<String> = self.codes().iter().map(|c| judged(self, c)).collect();
        codes.len() == 2
            && codes
                .iter()
                .all(|c| matches!(c.as_str(), "yes" | "no" | "y" | "n" | "true" | "false"))
    }

    /// Every present value differs from the others: a row identifier, not something to
    /// average or split by (for numbers, only whole numbers named like a code or too large
    /// to be a score — measurements can be all different in a small sample).
    pub(crate) fn unique(&self) -> bool {
        self.n_present >= 10
            && self.n_distinct == self.n_present
            && (!self.numeric
                || (self.integers
                    && (looks_like_code(&self.name) || self.max.is_some_and(|m| m >= 100_000.0))))
    }

    /// Rows per distinct value, on average.
    fn rows_per_value(&self) -> f64 {
        if self.n_distinct == 0 {
            0.0
        } else {
            self.n_present as f64 / self.n_distinct as f64
        }
    }
}

pub(crate) fn guess_weight(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &[
            "weight",
            "wt",
            "wgt",
            "w",
            "pw",
            "weights",
            "wght",
            "pweight",
            "final_weight",
            "weight_final",
            "finalwt",
        ],
        &["weight", "weights", "wgt", "wt", "wght", "pweight"],
        // Numbers, even with a bad value or two: the check reports those rows.
        |c| c.numeric,
    )
}

pub(crate) fn guess_strata(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &[
            "stratum",
            "strata",
            "strat",
            "stype",
            "strata_id",
            "stratum_id",
        ],
        &["stratum", "strata", "strat"],
        |c| c.n_distinct >= 2 && !c.unique(),
    )
}

/// A cluster repeats: on average at least two rows share each one.
pub(crate) fn guess_psu(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &[
            "psu",
            "cluster",
            "clusters",
            "psu_id",
            "cluster_id",
            "dnum",
            "ssu",
            "clus",
        ],
        &["psu", "cluster", "clusters"],
        |c| c.n_distinct >= 2 && c.rows_per_value() >= 2.0 && !c.unique(),
    )
}

/// Population sizes (or sampling fractions): numbers.
pub(crate) fn guess_fpc(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &["fpc", "fpc1", "popsize", "pop_size", "population_size"],
        &["fpc"],
        |c| c.numeric,
    )
}

pub(crate) fn guess_wave(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &["wave", "year", "period", "round", "sweep", "survey_year"],
        &["wave", "year", "sweep"],
        |c| c.categorical() && !c.yes_no(),
    )
}

/// An area has several values and is never a yes/no answer (issue 12: `awards` was taken
/// for a ward).
pub(crate) fn guess_area(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &[
            "area",
            "ward",
            "district",
            "la",
            "lad",
            "local_authority",
            "borough",
            "neighbourhood",
            "neighborhood",
            "region",
            "locality",
        ],
        &[
            "ward",
            "district",
            "area",
            "borough",
            "neighbourhood",
            "locality",
        ],
        |c| c.n_distinct >= 2 && !c.yes_no() && !c.unique(),
    )
}

pub(crate) fn guess_group(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &["group", "newcomer", "migrant", "newcomers", "two_way_group"],
        &["newcomer", "newcomers"],
        ColumnInfo::categorical,
    )
}

pub(crate) fn guess_birth(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &[
            "country_of_birth",
            "cob",
            "born",
            "birth_country",
            "born_uk",
            "born_abroad",
        ],
        &["birth", "born"],
        |_| true,
    )
}

pub(crate) fn guess_years(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &[
            "years_in_uk",
            "years_in_country",
            "length_of_residence",
            "years_uk",
            "yrs_in_uk",
        ],
        &[],
        |c| c.numeric,
    )
    .or_else(|| {
        columns.iter().filter(|c| c.numeric).find(|c| {
            let n = lower(&c.name);
            n.contains("years_in") || n.contains("length_of_residence") || n.contains("yrs_in")
        })
    })
}

/// Whether a column name looks like a usual breakdown.
pub(crate) fn looks_like_breakdown(name: &str) -> bool {
    let n = lower(name);
    [
        "gender",
        "sex",
        "age_band",
        "age_group",
        "ageband",
        "agegroup",
        "years_in",
        "length_of_residence",
        "immigration",
        "migration_status",
        "migrant_status",
        "first_language",
        "language",
        "disab",
        "ethnic",
        "religion",
    ]
    .iter()
    .any(|p| n.contains(p))
}

/// Whether a column name looks like a row id.
pub(crate) fn looks_like_id(name: &str) -> bool {
    let n = lower(name);
    let w = words(name);
    n == "id"
        || n == "cds"
        || n == "serial"
        || n == "caseid"
        || n.starts_with("respondent")
        || w.last().is_some_and(|l| l == "id")
        || w.first().is_some_and(|f| f == "id")
}

/// Whether a column name reads as a code or number of something (`snum`, `dnum`,
/// `school_code`, `area_no`): labels of things, never averaged.
pub(crate) fn looks_like_code(name: &str) -> bool {
    let n = lower(name);
    let w = words(name);
    looks_like_id(name)
        || (n.len() <= 6 && n.ends_with("num"))
        || w.last()
            .is_some_and(|l| matches!(l.as_str(), "code" | "no" | "num" | "number"))
}

fn has_word(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// The text judged for a code: its label if it has one, else the code.
fn judged(column: &ColumnInfo, code: &str) -> String {
    column.label_of(code).unwrap_or(code).trim().to_lowercase()
}

/// Whether a code reads as a non-answer to leave out of the base.
pub(crate) fn looks_excluded(column: &ColumnInfo, code: &str) -> bool {
    let t = judged(column, code).replace('’', "'");
    matches!(
        t.as_str(),
        "na" | "n/a" | "dk" | "dont_know" | "refused" | "prefer_not"
    ) || has_word(
        &t,
        &[
            "don't know",
            "dont know",
            "do not know",
            "dont_know",
            "refus",
            "prefer not",
            "prefer_not",
            "not applicable",
            "no answer",
            "not asked",
        ],
    )
}

/// Whether a code reads as a positive answer (success).
pub(crate) fn looks_positive(column: &ColumnInfo, code: &str) -> bool {
    if looks_excluded(column, code) {
        return false;
    }
    let t = judged(column, code);
    let negative = t == "no"
        || t.starts_with("no ")
        || has_word(
            &t,
            &[
                "disagree",
                "not ",
                "dis",
                "unemployed",
                "never",
                "poor",
                "bad",
                "unsatisf",
                "neither",
            ],
        );
    let positive = matches!(t.as_str(), "yes" | "y" | "true" | "agree")
        || has_word(
            &t,
            &[
                "agree",
                "very",
                "fairly",
                "good",
                "satisfied",
                "employed",
                "yes",
                "strongly",
                "definitely",
                "excellent",
            ],
        );
    positive && !negative
}

/// Whether a value marks newcomers (`Some(true)`), the receiving community (`Some(false)`), or
/// neither.
pub(crate) fn newcomer_side(column: &ColumnInfo, code: &str) -> Option<bool> {
    let t = judged(column, code);
    if t.starts_with("non") || t.starts_with("not ") || t == "no" {
        return Some(false);
    }
    if has_word(
        &t,
        &[
            "newcomer",
            "migrant",
            "refugee",
            "asylum",
            "recent",
            "immigrant",
            "abroad",
        ],
    ) || t == "yes"
        || t == "new"
    {
        return Some(true);
    }
    if has_word(
        &t,
        &[
            "settled",
            "receiving",
            "host",
            "established",
            "resident",
            "long-standing",
            "born in",
            "uk",
        ],
    ) {
        return Some(false);
    }
    None
}

/// Whether a country-of-birth value is the home country.
pub(crate) fn looks_home(column: &ColumnInfo, code: &str) -> bool {
    let t = judged(column, code);
    matches!(
        t.as_str(),
        "uk" | "gb"
            | "united kingdom"
            | "great britain"
            | "britain"
            | "england"
            | "scotland"
            | "wales"
            | "northern ireland"
            | "uk_born"
            | "born in the uk"
            | "yes"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(values: &[&str], labels: &[(&str, &str)]) -> ColumnInfo {
        ColumnInfo {
            index: 0,
            name: "q".into(),
            label: None,
            numeric: false,
            values: values.iter().map(|v| (*v).to_owned()).collect(),
            more: false,
            value_labels: labels
                .iter()
                .map(|(c, l)| ((*c).to_owned(), (*l).to_owned()))
                .collect(),
            missing: Default::default(),
            n_present: values.len(),
            n_distinct: values.len(),
            min: None,
            max: None,
            integers: false,
        }
    }

    #[test]
    fn names_are_matched_by_whole_words_so_awards_is_not_a_ward() {
        assert_eq!(words("awards"), ["awards"]);
        assert_eq!(words("yearsInUK"), ["years", "in", "uk"]);
        assert_eq!(words("home_ward-2"), ["home", "ward", "2"]);
        let mut awards = column(&["Yes", "No"], &[]);
        awards.name = "awards".into();
        let mut ward = column(&["Abbey", "Castle", "Harbour"], &[]);
        ward.name = "home_ward".into();
        let both = vec![awards.clone(), ward];
        assert_eq!(
            guess_area(&both).map(|c| c.name.as_str()),
            Some("home_ward")
        );
        let yes_no_area = {
            let mut a = column(&["Yes", "No"], &[]);
            a.name = "area".into();
            a
        };
        assert!(guess_area(&[awards, yes_no_area]).is_none());
    }

    #[test]
    fn identifiers_and_codes_are_recognised_by_name_and_shape() {
        assert!(looks_like_id("cds") && looks_like_id("respondent_id") && looks_like_id("ID"));
        assert!(
            looks_like_code("snum") && looks_like_code("dnum") && looks_like_code("school_code")
        );
        assert!(!looks_like_code("api00") && !looks_like_code("enroll"));
        let mut snum = column(&[], &[]);
        snum.name = "snum".into();
        snum.numeric = true;
        snum.integers = true;
        snum.n_present = 200;
        snum.n_distinct = 200;
        assert!(snum.unique());
        let mut score = snum.clone();
        score.name = "api00".into();
        score.max = Some(940.0);
        assert!(
            !score.unique(),
            "a score that happens to differ in every row is not an id"
        );
    }

    #[test]
    fn positive_labels_are_success_and_negative_ones_are_not() {
        let c = column(
            &["1", "2", "3", "4", "9"],
            &[
                ("1", "Definitely agree"),
                ("2", "Tend to agree"),
                ("3", "Tend to disagree"),
                ("4", "Definitely disagree"),
                ("9", "Don't know"),
            ],
        );
        let success: Vec<_> = c
            .codes()
            .into_iter()
            .filter(|k| looks_positive(&c, k))
            .collect();
        assert_eq!(success, ["1", "2"]);
        let excluded: Vec<_> = c
            .codes()
            .into_iter()
            .filter(|k| looks_excluded(&c, k))
            .collect();
        assert_eq!(excluded, ["9"]);
    }

    #[test]
    fn yes_no_codes_without_labels_are_judged_by_the_code() {
        let c = column(&["yes", "no", "NA"], &[]);
        assert!(looks_positive(&c, "yes"));
        assert!(!looks_positive(&c, "no"));
        assert!(looks_excluded(&c, "NA"));
    }

    #[test]
    fn group_values_are_sorted_into_sides() {
        let c = column(&["newcomer", "settled", "non-migrant"], &[]);
        assert_eq!(newcomer_side(&c, "newcomer"), Some(true));
        assert_eq!(newcomer_side(&c, "settled"), Some(false));
        assert_eq!(newcomer_side(&c, "non-migrant"), Some(false));
    }

    #[test]
    fn codes_sort_numbers_first_by_value() {
        let mut codes = vec!["10".to_owned(), "dont_know".into(), "2".into(), "1".into()];
        sort_codes(&mut codes);
        assert_eq!(codes, ["1", "2", "10", "dont_know"]);
    }
}
