//! A dataset's mapping: which columns hold the design, the wave, the area; the group definition
//! (the two-way lens); the breakdowns; and the measures linked to indicators. From a mapping
//! Tessera derives the estimation spec and the group column.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tessera_data::{Column, ColumnValues, Dataset, MISSING_CODE};

use crate::estimate::{EstimandKind, Thresholds};
use crate::interval::CiMethod;
use crate::spec::{CompareSpec, DesignColumns, EstimateSpec, MeasureSpec, OutputSpec};

/// The name of the derived column holding each row's group.
pub const GROUP_COLUMN: &str = "tessera_group";
/// Group value of newcomers.
pub const NEWCOMERS: &str = "newcomers";
/// Group value of the receiving community.
pub const RECEIVING: &str = "receiving_community";
/// Group value of rows that match neither rule: shown, never compared.
pub const OTHER: &str = "other";

/// One of the two sides compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Newcomers: refugees, people seeking asylum, other migrants.
    Newcomers,
    /// The receiving community.
    ReceivingCommunity,
}

impl Side {
    /// The value the group column takes for this side.
    pub fn value(self) -> &'static str {
        match self {
            Side::Newcomers => NEWCOMERS,
            Side::ReceivingCommunity => RECEIVING,
        }
    }
}

/// A test on one column of a row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "test", rename_all = "snake_case")]
pub enum Condition {
    /// The value is one of these codes.
    In {
        /// Column.
        variable: String,
        /// Codes.
        values: Vec<String>,
    },
    /// The value is present and none of these codes.
    NotIn {
        /// Column.
        variable: String,
        /// Codes.
        values: Vec<String>,
    },
    /// The value is a number below `value`.
    Below {
        /// Column.
        variable: String,
        /// Threshold (exclusive).
        value: f64,
    },
    /// The value is a number at or above `value`.
    AtLeast {
        /// Column.
        variable: String,
        /// Threshold (inclusive).
        value: f64,
    },
    /// The value is blank or declared missing.
    Blank {
        /// Column.
        variable: String,
    },
}

impl Condition {
    /// The column the condition tests.
    pub fn variable(&self) -> &str {
        match self {
            Condition::In { variable, .. }
            | Condition::NotIn { variable, .. }
            | Condition::Below { variable, .. }
            | Condition::AtLeast { variable, .. }
            | Condition::Blank { variable } => variable,
        }
    }

    /// Whether the condition holds for a row of the column.
    pub(crate) fn holds(&self, column: &Column, row: usize) -> bool {
        match self {
            Condition::In { values, .. } => column
                .text_at(row)
                .is_some_and(|v| values.iter().any(|x| x == v.as_ref())),
            Condition::NotIn { values, .. } => column
                .text_at(row)
                .is_some_and(|v| !values.iter().any(|x| x == v.as_ref())),
            Condition::Below { value, .. } => column.number_at(row).is_some_and(|v| v < *value),
            Condition::AtLeast { value, .. } => column.number_at(row).is_some_and(|v| v >= *value),
            Condition::Blank { .. } => column.is_missing(row),
        }
    }
}

/// A rule: rows meeting every condition belong to `side`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupRule {
    /// The side the rows belong to.
    pub side: Side,
    /// All must hold.
    pub conditions: Vec<Condition>,
}

/// The two-way lens: rules that sort rows into newcomers and the receiving community. The first
/// rule that matches wins; rows matching none are "other/unknown": shown, never compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupDefinition {
    /// The rules, in order.
    pub rules: Vec<GroupRule>,
}

impl GroupDefinition {
    /// A column already says who is who: `newcomer_values` are newcomers, `receiving_values`
    /// the receiving community.
    pub fn from_column(
        variable: &str,
        newcomer_values: &[&str],
        receiving_values: &[&str],
    ) -> Self {
        let rule = |side, values: &[&str]| GroupRule {
            side,
            conditions: vec![Condition::In {
                variable: variable.to_owned(),
                values: values.iter().map(|v| (*v).to_owned()).collect(),
            }],
        };
        Self {
            rules: vec![
                rule(Side::Newcomers, newcomer_values),
                rule(Side::ReceivingCommunity, receiving_values),
            ],
        }
    }

    /// Born abroad and in the country fewer than `years` years are newcomers; everyone else with
    /// a known country of birth is the receiving community.
    pub fn born_abroad_recently(
        birth_variable: &str,
        home_values: &[&str],
        years_variable: &str,
        years: f64,
    ) -> Self {
        let home: Vec<String> = home_values.iter().map(|v| (*v).to_owned()).collect();
        Self {
            rules: vec![
                GroupRule {
                    side: Side::Newcomers,
                    conditions: vec![
                        Condition::NotIn {
                            variable: birth_variable.to_owned(),
                            values: home.clone(),
                        },
                        Condition::Below {
                            variable: years_variable.to_owned(),
                            value: years,
                        },
                    ],
                },
                GroupRule {
                    side: Side::ReceivingCommunity,
                    conditions: vec![Condition::In {
                        variable: birth_variable.to_owned(),
                        values: home,
                    }],
                },
                GroupRule {
                    side: Side::ReceivingCommunity,
                    conditions: vec![Condition::AtLeast {
                        variable: years_variable.to_owned(),
                        value: years,
                    }],
                },
            ],
        }
    }

    /// Sorts every row into a group: a text column [`GROUP_COLUMN`].
    pub fn derive(&self, data: &Dataset) -> Result<Column, MappingError> {
        let mut tests = Vec::new();
        for (i, rule) in self.rules.iter().enumerate() {
            let mut columns = Vec::new();
            for c in &rule.conditions {
                let column =
                    data.column(c.variable())
                        .ok_or_else(|| MappingError::UnknownVariable {
                            field: format!("group rule {}", i + 1),
                            name: c.variable().to_owned(),
                        })?;
                columns.push((c, column));
            }
            tests.push((rule.side, columns));
        }
        let levels = vec![NEWCOMERS.to_owned(), RECEIVING.to_owned(), OTHER.to_owned()];
        let codes = (0..data.n_rows)
            .map(|row| {
                let side = tests
                    .iter()
                    .find(|(_, conds)| conds.iter().all(|(c, col)| c.holds(col, row)))
                    .map(|(side, _)| *side);
                match side {
                    Some(Side::Newcomers) => 0,
                    Some(Side::ReceivingCommunity) => 1,
                    None => 2,
                }
            })
            .collect();
        Ok(Column {
            name: GROUP_COLUMN.to_owned(),
            values: ColumnValues::Text { codes, levels },
        })
    }
}

/// A measure of the dataset, linked to an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MappedMeasure {
    /// The measure's id within the dataset (a slug).
    pub id: String,
    /// The indicator it measures: `<pack>/<indicator>` or `local/<id>`.
    pub indicator: Option<String>,
    /// A short label, e.g. "Agree people from different backgrounds get on well".
    pub label: String,
    /// Proportion, mean or total.
    pub kind: EstimandKind,
    /// The column.
    pub variable: Option<String>,
    /// Codes counted as success (proportions).
    #[serde(default)]
    pub success: Vec<String>,
    /// Codes left out of the base.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Interval method.
    pub ci: CiMethod,
}

/// Everything Tessera needs to know to analyse a dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatasetMapping {
    /// The design, or none for simple random sampling.
    pub design: Option<DesignColumns>,
    /// The wave (period) column.
    pub wave: Option<String>,
    /// The area column.
    pub area: Option<String>,
    /// Who is a newcomer and who is the receiving community.
    pub group: GroupDefinition,
    /// Further breakdown columns (gender, age band, length of residence…).
    #[serde(default)]
    pub breakdowns: Vec<String>,
    /// The measures.
    pub measures: Vec<MappedMeasure>,
    /// Disclosure and reliability thresholds.
    #[serde(default)]
    pub thresholds: Thresholds,
    /// Words for the codes of columns whose file carries none (CSV, workbooks), typed during
    /// mapping: column → code → label, e.g. `stype` → `E` → "Elementary". Shown wherever the
    /// code would be; labels in the file's own codebook (SPSS, Stata) are used where this says
    /// nothing. Left out of the stored mapping when empty, so mappings without labels keep
    /// their cache keys.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub value_labels: BTreeMap<String, BTreeMap<String, String>>,
}

/// A mapping that does not fit its dataset.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MappingError {
    /// A column the mapping names is not in the data.
    #[error("{field} names the variable {name:?}, which is not in the data")]
    UnknownVariable {
        /// Where in the mapping.
        field: String,
        /// The name.
        name: String,
    },
}

impl DatasetMapping {
    /// The label typed during mapping for `code` of `column`, if any.
    pub fn value_label(&self, column: &str, code: &str) -> Option<&str> {
        self.value_labels
            .get(column)
            .and_then(|labels| labels.get(code))
            .map(String::as_str)
    }

    /// Every breakdown the profile and indicator pages use: group alone, by wave, by area, by
    /// each further breakdown, and wave × the others.
    pub fn breakdowns_for(&self, extra: Option<&str>) -> Vec<Vec<String>> {
        let g = GROUP_COLUMN.to_owned();
        let mut out = vec![vec![g.clone()]];
        if let Some(w) = &self.wave {
            out.push(vec![w.clone(), g.clone()]);
        }
        let mut others: Vec<&String> = self.area.iter().chain(&self.breakdowns).collect();
        if let Some(e) = extra {
            others.retain(|o| o.as_str() == e);
        }
        for o in others {
            out.push(vec![o.clone(), g.clone()]);
            if let Some(w) = &self.wave {
                out.push(vec![w.clone(), o.clone(), g.clone()]);
            }
        }
        out
    }

    /// The estimation spec this mapping stands for, over the given breakdowns.
    pub fn spec(&self, by: Vec<Vec<String>>) -> EstimateSpec {
        EstimateSpec {
            design: self.design.clone(),
            replicates: None,
            variance: crate::spec::VarianceOptions::default(),
            weighting: None,
            derive: Vec::new(),
            filters: Vec::new(),
            analyses: crate::spec::analyses::Analyses::default(),
            measures: self
                .measures
                .iter()
                .map(|m| MeasureSpec {
                    id: m.id.clone(),
                    kind: m.kind,
                    variable: m.variable.clone(),
                    success: m.success.clone(),
                    exclude: m.exclude.clone(),
                    ci: m.ci,
                    distribution: false,
                })
                .collect(),
            output: OutputSpec {
                by,
                compare: vec![CompareSpec {
                    variable: GROUP_COLUMN.to_owned(),
                    focal: NEWCOMERS.to_owned(),
                    reference: RECEIVING.to_owned(),
                    adjust: Vec::new(),
                }],
                pairwise: Vec::new(),
                contrasts: Vec::new(),
                trend: self.wave.clone(),
                thresholds: self.thresholds,
            },
        }
    }

    /// What to check in the data before a dataset is saved under this mapping, after making
    /// sure every column the mapping names is in `data`.
    ///
    /// The rule lives here once, for the web import and `tessera import`: the weight must be a
    /// number above 0; mean and total measures and the fpc must be numbers; a measure column
    /// whose codebook has value labels may hold only labelled codes, its success and excluded
    /// codes (an unlabelled code is more often a typing error than an answer).
    pub fn checks(&self, data: &Dataset) -> Result<tessera_data::Checks, MappingError> {
        let mut named: Vec<(String, &str)> = Vec::new();
        if let Some(d) = &self.design {
            for (field, column) in [
                ("design weight", &d.weight),
                ("design strata", &d.strata),
                ("design psu", &d.psu),
                ("design fpc", &d.fpc),
            ] {
                if !column.trim().is_empty() {
                    named.push((field.to_owned(), column));
                }
            }
        }
        named.extend(self.wave.iter().map(|w| ("wave".to_owned(), w.as_str())));
        named.extend(self.area.iter().map(|a| ("area".to_owned(), a.as_str())));
        named.extend(
            self.breakdowns
                .iter()
                .map(|b| ("breakdowns".to_owned(), b.as_str())),
        );
        for (i, rule) in self.group.rules.iter().enumerate() {
            for c in &rule.conditions {
                named.push((format!("group rule {}", i + 1), c.variable()));
            }
        }
        for m in &self.measures {
            if let Some(v) = &m.variable {
                named.push((format!("measure {:?}", m.id), v));
            }
        }
        if let Some((field, name)) = named.iter().find(|(_, n)| data.column(n).is_none()) {
            return Err(MappingError::UnknownVariable {
                field: field.clone(),
                name: (*name).to_owned(),
            });
        }
        let design = self.design.as_ref();
        let weight = design
            .map(|d| d.weight.trim())
            .filter(|w| !w.is_empty())
            .map(str::to_owned);
        let mut numeric: Vec<String> = Vec::new();
        let mut closed_codes = Vec::new();
        for m in &self.measures {
            let Some(v) = &m.variable else { continue };
            match m.kind {
                EstimandKind::Mean | EstimandKind::Total => numeric.push(v.clone()),
                EstimandKind::Proportion => {
                    let labelled = data
                        .codebook
                        .variable(v)
                        .is_some_and(|var| !var.value_labels.is_empty());
                    if labelled {
                        let allowed = m.success.iter().chain(&m.exclude).cloned();
                        match closed_codes
                            .iter_mut()
                            .find(|c: &&mut tessera_data::ClosedCodes| &c.column == v)
                        {
                            Some(c) => c.allowed.extend(allowed),
                            None => closed_codes.push(tessera_data::ClosedCodes {
                                column: v.clone(),
                                allowed: allowed.collect(),
                            }),
                        }
                    }
                }
            }
        }
        if let Some(fpc) = design.map(|d| d.fpc.trim()).filter(|f| !f.is_empty()) {
            numeric.push(fpc.to_owned());
        }
        numeric.sort();
        numeric.dedup();
        Ok(tessera_data::Checks {
            weight,
            numeric,
            closed_codes,
        })
    }

    /// The dataset with the derived group column added.
    pub fn prepare(&self, data: &Dataset) -> Result<Dataset, MappingError> {
        let mut out = data.clone();
        out.columns.retain(|c| c.name != GROUP_COLUMN);
        out.columns.push(self.group.derive(data)?);
        Ok(out)
    }
}

/// Whether a text column holds the missing code at `row` (used by callers that scan columns).
pub fn is_blank(column: &Column, row: usize) -> bool {
    match &column.values {
        ColumnValues::Numeric(v) => v[row].is_nan(),
        ColumnValues::Text { codes, .. } => codes[row] == MISSING_CODE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        Dataset::from_columns(vec![
            Column::text(
                "born",
                &[
                    Some("uk"),
                    Some("syria"),
                    Some("poland"),
                    None,
                    Some("syria"),
                ],
            ),
            Column::numeric("years", vec![f64::NAN, 2.0, 12.0, 1.0, f64::NAN]),
        ])
        .expect("same lengths")
    }

    fn groups(col: &Column) -> Vec<String> {
        (0..col.len())
            .map(|r| col.text_at(r).map(|s| s.into_owned()).unwrap_or_default())
            .collect()
    }

    #[test]
    fn born_abroad_recently_sorts_rows_and_leaves_the_unknown_as_other() {
        let def = GroupDefinition::born_abroad_recently("born", &["uk"], "years", 10.0);
        let col = def.derive(&data()).expect("derive");
        assert_eq!(
            groups(&col),
            [RECEIVING, NEWCOMERS, RECEIVING, OTHER, OTHER],
            "UK-born; 2 years; 12 years; unknown birth; years unknown"
        );
    }

    #[test]
    fn a_group_column_can_be_used_as_it_is() {
        let data = Dataset::from_columns(vec![Column::text(
            "group",
            &[Some("newcomer"), Some("settled"), Some("x")],
        )])
        .expect("data");
        let def = GroupDefinition::from_column("group", &["newcomer"], &["settled"]);
        assert_eq!(
            groups(&def.derive(&data).expect("derive")),
            [NEWCOMERS, RECEIVING, OTHER]
        );
    }

    #[test]
    fn checks_cover_the_weight_means_and_labelled_measure_columns() {
        let mut data = Dataset::from_columns(vec![
            Column::numeric("w", vec![1.0, 2.0]),
            Column::text("q", &[Some("1"), Some("dk")]),
            Column::numeric("score", vec![3.0, 4.0]),
            Column::text("group", &[Some("new"), Some("old")]),
        ])
        .expect("data");
        data.codebook.variables[1].value_labels = vec![("1".into(), "Yes".into())];
        let measure = |id: &str, kind, variable: &str| MappedMeasure {
            id: id.to_owned(),
            indicator: None,
            label: id.to_owned(),
            kind,
            variable: Some(variable.to_owned()),
            success: vec!["1".into()],
            exclude: vec!["dk".into()],
            ci: CiMethod::Logit,
        };
        let mut mapping = DatasetMapping {
            design: Some(DesignColumns {
                weight: "w".into(),
                strata: String::new(),
                psu: String::new(),
                fpc: String::new(),
                nest: true,
                lonely_psu: crate::design::LonelyPsu::Adjust,
            }),
            wave: None,
            area: None,
            group: GroupDefinition::from_column("group", &["new"], &["old"]),
            breakdowns: vec![],
            measures: vec![
                measure("q", EstimandKind::Proportion, "q"),
                measure("score", EstimandKind::Mean, "score"),
            ],
            thresholds: Thresholds::default(),
            value_labels: BTreeMap::new(),
        };
        let checks = mapping.checks(&data).expect("columns exist");
        assert_eq!(checks.weight.as_deref(), Some("w"));
        assert_eq!(checks.numeric, ["score"]);
        assert_eq!(checks.closed_codes.len(), 1);
        assert_eq!(checks.closed_codes[0].allowed, ["1", "dk"]);

        mapping.wave = Some("year".into());
        let err = mapping.checks(&data).expect_err("no year column");
        assert!(
            err.to_string().contains("wave names the variable \"year\""),
            "{err}"
        );
    }

    #[test]
    fn value_labels_typed_for_a_csv_column_are_kept_and_left_out_when_there_are_none() {
        let json = serde_json::json!({
            "group": { "rules": [] },
            "measures": [],
            "value_labels": { "stype": { "E": "Elementary", "H": "High" } },
        });
        let mapping: DatasetMapping = serde_json::from_value(json).expect("a mapping");
        assert_eq!(mapping.value_label("stype", "E"), Some("Elementary"));
        assert_eq!(mapping.value_label("stype", "M"), None);
        assert_eq!(mapping.value_label("other", "E"), None);
        let mut plain = mapping.clone();
        plain.value_labels.clear();
        let text = serde_json::to_string(&plain).expect("json");
        assert!(!text.contains("value_labels"), "{text}");
    }

    #[test]
    fn an_unknown_column_in_a_rule_is_named() {
        let def = GroupDefinition::from_column("nope", &["a"], &["b"]);
        let err = def.derive(&data()).expect_err("unknown");
        assert!(err.to_string().contains("nope"));
    }
}
