//! The barriers self-assessment: how much each of the six areas where practitioners met
//! barriers to using the Indicators of Integration framework weighs on the organisation, with
//! its own notes on how it might plan around them, and Tessera's suggestions.
//!
//! The six areas are those the IOM UK practitioners' guide to the framework lists (leadership
//! and coordination; priority setting; resources, including time; commitment to evaluation;
//! monitoring and data collection; in-house understanding of the framework) — the guide's
//! worksheet asks for "your notes" against each. Names, descriptions and suggestions are
//! Tessera's own words; they cover the data, skills, partners and time an organisation needs.
//! Suggestions link to the parts of Tessera that help: the framework pages and their toolkit
//! data sources, reference values, imports, and the planner's steps.

use tessera_l10n::t;

use super::{Group, Item, Link};

/// The top of the scale: 0 not a challenge, 1 some challenge, 2 a major challenge.
pub const TOP: u8 = 2;

/// The six areas, in the guide's order.
pub const AREAS: [&str; 6] = [
    "leadership-coordination",
    "priority-setting",
    "resources-time",
    "evaluation-commitment",
    "monitoring-data",
    "understanding-framework",
];

/// Where a suggestion leads: a fixed page, or a step of the organisation's latest plan (the
/// planner's "new plan" page when it has none).
enum Target {
    Page(&'static str, &'static str),
    Step(&'static str, &'static str),
}

use Target::{Page, Step};

/// Each area's suggestions: (message key suffix, links).
fn suggestions(area: &str) -> &'static [(&'static str, &'static [Target])] {
    match area {
        "leadership-coordination" => &[
            (
                "share",
                &[Page("/frameworks/ioi-2019", "assessments-link-framework")],
            ),
            (
                "stakeholders",
                &[Step("stakeholders", "assessments-link-step-stakeholders")],
            ),
        ],
        "priority-setting" => &[
            (
                "backwards",
                &[Step("outcomes", "assessments-link-step-outcomes")],
            ),
            (
                "domains",
                &[Step("domains", "assessments-link-step-domains")],
            ),
        ],
        "resources-time" => &[
            (
                "together",
                &[Step("activities", "assessments-link-step-activities")],
            ),
            (
                "existing-data",
                &[Page("/datasets/new", "assessments-link-import")],
            ),
        ],
        "evaluation-commitment" => &[
            (
                "plan-early",
                &[Step("evaluation", "assessments-link-step-evaluation")],
            ),
            (
                "baseline",
                &[Step("indicators", "assessments-link-step-indicators")],
            ),
        ],
        "monitoring-data" => &[
            (
                "toolkit",
                &[Page("/frameworks/ioi-2019", "assessments-link-toolkit")],
            ),
            (
                "reference",
                &[Page("/reference-values", "assessments-link-reference")],
            ),
            (
                "import",
                &[Page("/datasets/new", "assessments-link-import")],
            ),
        ],
        "understanding-framework" => &[
            (
                "read",
                &[
                    Page("/frameworks/ioi-2019", "assessments-link-framework"),
                    Page("/search", "assessments-link-search"),
                ],
            ),
            (
                "exercise",
                &[Step("domains", "assessments-link-step-domains")],
            ),
        ],
        _ => &[],
    }
}

/// The six areas, with suggestions whose planner links go to the steps of `plan` (the
/// organisation's latest plan), or to a new plan when there is none.
pub fn items_for(plan: Option<i64>) -> Vec<Item> {
    AREAS
        .iter()
        .enumerate()
        .map(|(n, area)| Item {
            id: format!("barrier:{area}"),
            group: Group::Barrier,
            number: n + 1,
            name: t(&format!("assessments-barrier-{area}")),
            name_lang: tessera_l10n::current().code().to_owned(),
            summary: t(&format!("assessments-barrier-{area}-summary")),
            summary_lang: tessera_l10n::current().code().to_owned(),
            guidance: t(&format!("assessments-barrier-{area}-examples")),
            suggestions: suggestions(area)
                .iter()
                .map(|(key, targets)| {
                    let links = targets
                        .iter()
                        .map(|target| match target {
                            Page(href, text) => Link {
                                href: (*href).to_owned(),
                                text: t(text),
                            },
                            Step(step, text) => Link {
                                href: match plan {
                                    Some(id) => format!("/plans/{id}/steps/{step}"),
                                    None => "/plans/new".to_owned(),
                                },
                                text: match plan {
                                    Some(_) => t(text),
                                    None => t("assessments-link-new-plan"),
                                },
                            },
                        })
                        .collect();
                    (t(&format!("assessments-barrier-{area}-{key}")), links)
                })
                .collect(),
        })
        .collect()
}

/// The six areas, with planner links to a new plan.
pub fn items() -> Vec<Item> {
    items_for(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tessera_l10n::{Lang, has};

    #[test]
    fn every_area_has_a_name_a_summary_examples_and_suggestions_in_both_languages() {
        for area in AREAS {
            let mut keys = vec![
                format!("assessments-barrier-{area}"),
                format!("assessments-barrier-{area}-summary"),
                format!("assessments-barrier-{area}-examples"),
            ];
            assert!(!suggestions(area).is_empty(), "{area} has no suggestions");
            for (key, targets) in suggestions(area) {
                keys.push(format!("assessments-barrier-{area}-{key}"));
                for target in *targets {
                    keys.push(
                        match target {
                            Page(_, k) | Step(_, k) => *k,
                        }
                        .to_owned(),
                    );
                }
            }
            for key in keys {
                for lang in Lang::ALL {
                    assert!(has(lang, &key), "{key} is missing in {}", lang.code());
                }
            }
        }
    }

    #[test]
    fn planner_suggestions_lead_to_the_latest_plans_steps_or_to_a_new_plan() {
        let with_plan = items_for(Some(7));
        let monitoring = &with_plan[4];
        assert_eq!(monitoring.id, "barrier:monitoring-data");
        assert_eq!(monitoring.suggestions[0].1[0].href, "/frameworks/ioi-2019");
        let evaluation = &with_plan[3];
        assert_eq!(
            evaluation.suggestions[0].1[0].href,
            "/plans/7/steps/evaluation"
        );
        assert_eq!(items_for(None)[3].suggestions[0].1[0].href, "/plans/new");
    }
}
