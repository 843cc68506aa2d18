//! The dataset mapping a questionnaire's answers get: one measure per bank rule, the two-way
//! lens from the background questions, breakdowns and area. Answers collected with a bank
//! questionnaire need no mapping step.

use tessera_stats::mapping::{
    Condition, DatasetMapping, GroupDefinition, GroupRule, MappedMeasure, Side,
};
use tessera_stats::{CiMethod, EstimandKind, Thresholds};

use crate::questionnaire::Questionnaire;
use crate::rule::RuleMeasure;

/// Variable of the background question on country of birth.
pub const COUNTRY_OF_BIRTH: &str = "country_of_birth";
/// Its code for the United Kingdom.
pub const BORN_IN_UK: &str = "uk";
/// Variable of the background question on the year of arrival in the UK.
pub const YEAR_ARRIVED: &str = "year_arrived";
/// Variable of the background question on the area.
pub const AREA: &str = "area";
/// Background questions used as breakdowns when the questionnaire asks them.
pub const BREAKDOWNS: &[&str] = &["age_band", "gender", "main_language", "immigration_status"];

impl Questionnaire {
    /// The mapping of this questionnaire's answers. Newcomers are people born outside the UK
    /// who arrived in `reference_year − newcomer_years` or later; the receiving community is
    /// people born in the UK and people who arrived before that. Answers carry no design
    /// (simple random sampling) until the organisation adds weights.
    pub fn mapping(&self, reference_year: i32, newcomer_years: i32) -> DatasetMapping {
        let has = |name: &str| self.questions().any(|q| q.name.as_str() == name);
        let mut rules = Vec::new();
        if has(COUNTRY_OF_BIRTH) {
            let uk = vec![BORN_IN_UK.to_owned()];
            if has(YEAR_ARRIVED) {
                let since = f64::from(reference_year - newcomer_years);
                rules.push(GroupRule {
                    side: Side::Newcomers,
                    conditions: vec![
                        Condition::NotIn {
                            variable: COUNTRY_OF_BIRTH.to_owned(),
                            values: with_missing(&uk),
                        },
                        Condition::AtLeast {
                            variable: YEAR_ARRIVED.to_owned(),
                            value: since,
                        },
                    ],
                });
                rules.push(GroupRule {
                    side: Side::ReceivingCommunity,
                    conditions: vec![Condition::Below {
                        variable: YEAR_ARRIVED.to_owned(),
                        value: since,
                    }],
                });
            }
            rules.push(GroupRule {
                side: Side::ReceivingCommunity,
                conditions: vec![Condition::In {
                    variable: COUNTRY_OF_BIRTH.to_owned(),
                    values: uk,
                }],
            });
        }
        let mut measures = Vec::new();
        for q in self.questions() {
            for (i, rule) in q.rules.iter().enumerate() {
                let id = if i == 0 {
                    q.name.as_str().to_owned()
                } else {
                    format!("{}_{}", q.name, i + 1)
                };
                let label = q
                    .label
                    .for_reader(&crate::lang::Lang::english())
                    .map(|(t, _)| t.to_owned())
                    .unwrap_or_default();
                let (kind, success, ci) = match &rule.measure {
                    RuleMeasure::Proportion { success, .. } => (
                        EstimandKind::Proportion,
                        success.iter().map(|c| c.as_str().to_owned()).collect(),
                        CiMethod::Logit,
                    ),
                    RuleMeasure::Mean { .. } => (EstimandKind::Mean, Vec::new(), CiMethod::WaldT),
                };
                measures.push(MappedMeasure {
                    id,
                    indicator: Some(rule.indicator.clone()),
                    label,
                    kind,
                    variable: Some(q.name.as_str().to_owned()),
                    success,
                    exclude: rule
                        .measure
                        .exclude()
                        .iter()
                        .map(|c| c.as_str().to_owned())
                        .collect(),
                    ci,
                });
            }
        }
        DatasetMapping {
            design: None,
            wave: None,
            area: has(AREA).then(|| AREA.to_owned()),
            group: GroupDefinition { rules },
            breakdowns: BREAKDOWNS
                .iter()
                .filter(|b| has(b))
                .map(|b| (*b).to_owned())
                .collect(),
            measures,
            thresholds: Thresholds::default(),
            value_labels: Default::default(),
        }
    }
}

/// The codes plus "prefer not to say": someone who did not say where they were born is on
/// neither side.
fn with_missing(codes: &[String]) -> Vec<String> {
    let mut v = codes.to_vec();
    v.push("prefer_not".to_owned());
    v
}
