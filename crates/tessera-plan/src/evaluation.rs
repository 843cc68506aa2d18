//! The evaluation plan: how each intermediate outcome will be measured, by whom and when.

use serde::{Deserialize, Serialize};
use time::Date;

pub use crate::kinds::{MethodKind, SampleKind};
use crate::model::Plan;

/// How one intermediate outcome will be evaluated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeEvaluation {
    /// The id of the outcome evaluated.
    pub outcome: String,
    /// The outcome's indicators (their `indicator` references) this evaluation collects;
    /// empty means all of them.
    #[serde(default)]
    pub indicators: Vec<String>,
    /// How data will be collected.
    #[serde(default)]
    pub methods: Vec<Method>,
    /// From whom.
    #[serde(default)]
    pub samples: Vec<Sample>,
    /// When the baseline is (or was) collected.
    #[serde(
        default,
        with = "crate::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub baseline_date: Option<Date>,
    /// The baseline timing in words, when there is no single date ("at each woman's first visit").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline_note: Option<String>,
    /// Dated collections during and at the end of the work.
    #[serde(default)]
    pub collections: Vec<Collection>,
    /// How often data are gathered, in words ("every session", "each term").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<String>,
    /// How the data will be analysed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<String>,
    /// The id of the stakeholder responsible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<String>,
}

/// A way of collecting data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    /// The kind of method.
    pub kind: MethodKind,
    /// Details: which survey, what the feedback box asks, who runs the focus group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// A group data will be collected from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sample {
    /// Which kind of sample.
    pub kind: SampleKind,
    /// Who is in it and how they are chosen.
    #[serde(default)]
    pub description: String,
    /// How many people the plan hopes to hear from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intended_size: Option<u32>,
}

/// One dated round of data collection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Collection {
    /// When.
    #[serde(with = "crate::date")]
    pub date: Date,
    /// What is collected ("mid-point survey", "end-of-term feedback").
    pub label: String,
}

/// A planned collection on the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UpcomingCollection {
    /// When.
    #[serde(with = "crate::date")]
    pub date: Date,
    /// The id of the outcome it serves.
    pub outcome: String,
    /// The outcome's text.
    pub outcome_text: String,
    /// What is collected.
    pub label: String,
}

/// The plan's collections on or after `today`, earliest first (ties in plan order).
///
/// Baseline dates count as collections, labelled "Baseline" (in the language of the request).
pub fn upcoming_collections(plan: &Plan, today: Date) -> Vec<UpcomingCollection> {
    let mut out = Vec::new();
    for evaluation in &plan.evaluation {
        let outcome_text = plan
            .outcome(&evaluation.outcome)
            .map(|o| o.text.clone())
            .unwrap_or_default();
        let baseline = evaluation
            .baseline_date
            .map(|date| (date, tessera_l10n::t("plans-calendar-baseline")));
        let dated = evaluation
            .collections
            .iter()
            .map(|c| (c.date, c.label.clone()));
        for (date, label) in baseline.into_iter().chain(dated) {
            if date >= today {
                out.push(UpcomingCollection {
                    date,
                    outcome: evaluation.outcome.clone(),
                    outcome_text: outcome_text.clone(),
                    label,
                });
            }
        }
    }
    // A stable sort keeps plan order for collections on the same day.
    out.sort_by_key(|c| c.date);
    out
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;
    use crate::model::{Outcome, PlanKind};

    fn plan_with_two_outcomes() -> Plan {
        let mut plan = Plan::new("Café", PlanKind::Intervention, "More confidence");
        for (id, text) in [
            ("talk", "Regular conversations"),
            ("friends", "New friends"),
        ] {
            plan.outcomes.push(Outcome {
                id: id.into(),
                text: text.into(),
                indicators: vec![],
            });
        }
        plan.evaluation.push(OutcomeEvaluation {
            outcome: "talk".into(),
            indicators: vec![],
            methods: vec![],
            samples: vec![],
            baseline_date: Some(date!(2025 - 09 - 01)),
            baseline_note: None,
            collections: vec![
                Collection {
                    date: date!(2026 - 03 - 01),
                    label: "End survey".into(),
                },
                Collection {
                    date: date!(2025 - 12 - 01),
                    label: "Mid-point feedback".into(),
                },
            ],
            frequency: None,
            analysis: None,
            responsible: None,
        });
        plan.evaluation.push(OutcomeEvaluation {
            outcome: "friends".into(),
            indicators: vec![],
            methods: vec![],
            samples: vec![],
            baseline_date: None,
            baseline_note: None,
            collections: vec![Collection {
                date: date!(2025 - 12 - 01),
                label: "Friendship map".into(),
            }],
            frequency: None,
            analysis: None,
            responsible: None,
        });
        plan
    }

    #[test]
    fn upcoming_collections_are_sorted_by_date_and_skip_the_past() {
        let plan = plan_with_two_outcomes();
        let upcoming = upcoming_collections(&plan, date!(2025 - 10 - 01));
        let seen: Vec<(String, &str, &str)> = upcoming
            .iter()
            .map(|c| {
                (
                    crate::date::format_date(c.date),
                    c.outcome.as_str(),
                    c.label.as_str(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            vec![
                ("2025-12-01".to_owned(), "talk", "Mid-point feedback"),
                ("2025-12-01".to_owned(), "friends", "Friendship map"),
                ("2026-03-01".to_owned(), "talk", "End survey"),
            ]
        );
        assert_eq!(upcoming[0].outcome_text, "Regular conversations");
    }

    #[test]
    fn a_collection_due_today_is_still_upcoming_and_baselines_are_listed() {
        let plan = plan_with_two_outcomes();
        let upcoming = upcoming_collections(&plan, date!(2025 - 09 - 01));
        assert_eq!(upcoming.len(), 4);
        assert_eq!(upcoming[0].label, "Baseline");
    }
}
