//! The guide's two planning exercises, kept with the plan: choosing domains (one per domain
//! type, Facilitators and Social Connections first, then the Rights and Responsibilities the work
//! highlights) and writing the usual "forward" plan before the theory of change worked backwards,
//! to see what changes.
//!
//! Both are optional parts of the plan file; plans written before them read as they were.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use tessera_framework::DomainRef;

use crate::model::Plan;
use crate::validate::PlanProblem;

/// The domain types of the first exercise, in the order the guide advises: Facilitators and
/// Social Connections first, then the Markers and Means the work bears on.
pub const DOMAIN_EXERCISE_TYPES: [&str; 3] = [
    "ioi-2019/facilitators",
    "ioi-2019/social-connections",
    "ioi-2019/markers-and-means",
];

/// The domain whose indicators the exercise's last step chooses from (the Foundation type's one
/// domain).
pub const RIGHTS_DOMAIN: &str = "ioi-2019/rights-and-responsibilities";

/// The first exercise: the domain of each type that matters most to the work.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainExercise {
    /// One domain per domain type, in the order chosen.
    #[serde(default)]
    pub picks: Vec<DomainPick>,
    /// The rights and responsibilities the work highlights: indicators of
    /// [`RIGHTS_DOMAIN`], as references (`ioi-2019/rig-…`).
    #[serde(default)]
    pub rights: Vec<String>,
    /// The rights and responsibilities in the person's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rights_note: Option<String>,
}

/// The domain chosen for one domain type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainPick {
    /// The domain type, `<pack>/<type>` (`ioi-2019/facilitators`).
    pub domain_type: String,
    /// The domain chosen, `<pack>/<domain>`.
    pub domain: String,
    /// Why it matters most, in the person's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

/// Where the first exercise has got to: the next step to take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DomainExerciseStep {
    /// Choosing the domain of a type ([`DOMAIN_EXERCISE_TYPES`]`[i]`).
    Type(usize),
    /// Writing down the rights and responsibilities the work highlights.
    Rights,
    /// Every step is done.
    Done,
}

impl DomainExercise {
    /// The pick for a domain type, if made.
    pub fn pick(&self, domain_type: &str) -> Option<&DomainPick> {
        self.picks.iter().find(|p| p.domain_type == domain_type)
    }

    /// Whether the rights step has an answer.
    pub fn has_rights(&self) -> bool {
        !self.rights.is_empty() || self.rights_note.is_some()
    }

    /// The first step not yet answered, in the guide's order.
    pub fn next_step(&self) -> DomainExerciseStep {
        match DOMAIN_EXERCISE_TYPES
            .iter()
            .position(|t| self.pick(t).is_none())
        {
            Some(i) => DomainExerciseStep::Type(i),
            None if !self.has_rights() => DomainExerciseStep::Rights,
            None => DomainExerciseStep::Done,
        }
    }

    /// The domains chosen, in the guide's order of their types, then any other picks.
    pub fn domains(&self) -> Vec<String> {
        let mut out: Vec<String> = DOMAIN_EXERCISE_TYPES
            .iter()
            .filter_map(|t| self.pick(t).map(|p| p.domain.clone()))
            .collect();
        for p in &self.picks {
            if !out.contains(&p.domain) {
                out.push(p.domain.clone());
            }
        }
        if self.has_rights() && !out.iter().any(|d| d == RIGHTS_DOMAIN) {
            out.push(RIGHTS_DOMAIN.to_owned());
        }
        out
    }
}

/// The second exercise's first part: the plan as the organisation would usually write it, from
/// the activities forwards to the goal.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForwardPlan {
    /// The integration problem as first seen.
    #[serde(default)]
    pub problem: String,
    /// The domain that seemed most relevant, `<pack>/<domain>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// What the work would do.
    #[serde(default)]
    pub activities: Vec<String>,
    /// What it would produce.
    #[serde(default)]
    pub outputs: Vec<String>,
    /// The outcomes it would bring about.
    #[serde(default)]
    pub outcomes: Vec<String>,
    /// The indicator that would show it, in the person's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// The long-term difference it would make.
    #[serde(default)]
    pub goal: String,
    /// After comparing: how the plan worked backwards differs, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reflection: Option<String>,
}

/// How one part of the plan changed between the forward plan and the plan worked backwards.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListChange {
    /// In both, as the plan worked backwards words them.
    pub kept: Vec<String>,
    /// Only in the plan worked backwards.
    pub added: Vec<String>,
    /// Only in the forward plan.
    pub dropped: Vec<String>,
}

impl ListChange {
    /// Whether the two lists hold the same items.
    pub fn unchanged(&self) -> bool {
        self.added.is_empty() && self.dropped.is_empty()
    }
}

/// Words compared without case, spacing or final punctuation ("Weekly café." is "weekly café").
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', '!', ';', ':', ','])
        .to_lowercase()
}

/// Compares the items of one part: the same item is the same words, whatever their case,
/// spacing or final full stop. Blank items are ignored; each list keeps its order.
pub fn compare_lists(forward: &[String], backward: &[String]) -> ListChange {
    let f: BTreeSet<String> = forward.iter().map(|s| normalise(s)).collect();
    let b: BTreeSet<String> = backward.iter().map(|s| normalise(s)).collect();
    let mut change = ListChange::default();
    let mut seen = BTreeSet::new();
    for item in backward {
        let n = normalise(item);
        if n.is_empty() || !seen.insert(n.clone()) {
            continue;
        }
        if f.contains(&n) {
            change.kept.push(item.clone());
        } else {
            change.added.push(item.clone());
        }
    }
    let mut seen = BTreeSet::new();
    for item in forward {
        let n = normalise(item);
        if !n.is_empty() && !b.contains(&n) && seen.insert(n) {
            change.dropped.push(item.clone());
        }
    }
    change
}

/// Structural problems of the exercises: references that are not references, a type chosen
/// twice, blank answers that should have been left out.
pub(crate) fn problems(plan: &Plan) -> Vec<PlanProblem> {
    let mut out = Vec::new();
    let blank = |path: String, what: &str| {
        PlanProblem::at(
            path,
            tessera_l10n::t(&format!("plans-problem-blank-{what}")),
        )
    };
    let reference = |path: String, text: &str| {
        DomainRef::parse(text).err().map(|e| {
            PlanProblem::at(
                path,
                tessera_l10n::ta(
                    "plans-problem-bad-domain",
                    &[("error", e.to_string().into())],
                ),
            )
        })
    };
    if let Some(e) = &plan.domain_exercise {
        let mut types = BTreeSet::new();
        for (i, p) in e.picks.iter().enumerate() {
            let path = format!("$.domain_exercise.picks[{i}]");
            out.extend(reference(format!("{path}.domain_type"), &p.domain_type));
            out.extend(reference(format!("{path}.domain"), &p.domain));
            if !types.insert(p.domain_type.as_str()) {
                out.push(PlanProblem::at(
                    format!("{path}.domain_type"),
                    tessera_l10n::ta(
                        "plans-problem-type-twice",
                        &[("type", p.domain_type.as_str().into())],
                    ),
                ));
            }
            if p.why.as_deref().is_some_and(|w| w.trim().is_empty()) {
                out.push(blank(format!("{path}.why"), "domain-reason"));
            }
        }
        for (i, r) in e.rights.iter().enumerate() {
            if !r.contains('/') {
                out.push(PlanProblem::at(
                    format!("$.domain_exercise.rights[{i}]"),
                    tessera_l10n::ta(
                        "plans-problem-not-an-indicator-reference",
                        &[("reference", r.as_str().into())],
                    ),
                ));
            }
        }
    }
    if let Some(f) = &plan.forward_plan {
        if let Some(d) = &f.domain {
            out.extend(reference("$.forward_plan.domain".to_owned(), d));
        }
        for (list, items) in [
            ("activities", &f.activities),
            ("outputs", &f.outputs),
            ("outcomes", &f.outcomes),
        ] {
            for (i, item) in items.iter().enumerate() {
                if item.trim().is_empty() {
                    out.push(blank(format!("$.forward_plan.{list}[{i}]"), "forward-step"));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_exercise_goes_facilitators_then_social_connections_then_markers_then_rights() {
        let mut e = DomainExercise::default();
        assert_eq!(e.next_step(), DomainExerciseStep::Type(0));
        assert_eq!(DOMAIN_EXERCISE_TYPES[0], "ioi-2019/facilitators");
        assert_eq!(DOMAIN_EXERCISE_TYPES[1], "ioi-2019/social-connections");
        for (t, d) in [
            ("ioi-2019/social-connections", "ioi-2019/social-bridges"),
            (
                "ioi-2019/facilitators",
                "ioi-2019/language-and-communication",
            ),
        ] {
            e.picks.push(DomainPick {
                domain_type: t.into(),
                domain: d.into(),
                why: None,
            });
        }
        assert_eq!(e.next_step(), DomainExerciseStep::Type(2));
        e.picks.push(DomainPick {
            domain_type: "ioi-2019/markers-and-means".into(),
            domain: "ioi-2019/work".into(),
            why: Some("Few jobs".into()),
        });
        assert_eq!(e.next_step(), DomainExerciseStep::Rights);
        e.rights_note = Some("Knowing how to use services".into());
        assert_eq!(e.next_step(), DomainExerciseStep::Done);
        assert_eq!(
            e.domains(),
            [
                "ioi-2019/language-and-communication",
                "ioi-2019/social-bridges",
                "ioi-2019/work",
                RIGHTS_DOMAIN
            ]
        );
    }

    #[test]
    fn comparing_ignores_case_spacing_and_a_final_full_stop_and_keeps_each_order() {
        let change = compare_lists(
            &strings(&["ESOL classes", "Childcare ", "", "esol classes"]),
            &strings(&[
                "Weekly café sessions",
                "ESOL  classes.",
                "Volunteers trained",
            ]),
        );
        assert_eq!(change.kept, ["ESOL  classes."]);
        assert_eq!(change.added, ["Weekly café sessions", "Volunteers trained"]);
        assert_eq!(change.dropped, ["Childcare "]);
        assert!(!change.unchanged());
        assert!(compare_lists(&strings(&["A"]), &strings(&["a."])).unchanged());
    }

    #[test]
    fn old_plan_files_without_the_exercises_still_read_and_new_ones_round_trip() {
        let old = Plan::from_json(crate::examples::LANGUAGE_CAFE).expect("valid");
        assert_eq!(old.domain_exercise, None);
        assert_eq!(old.forward_plan, None);
        assert!(!old.to_json().contains("forward_plan"));
        let mut plan = old.clone();
        plan.domain_exercise = Some(DomainExercise {
            picks: vec![DomainPick {
                domain_type: "ioi-2019/facilitators".into(),
                domain: "ioi-2019/language-and-communication".into(),
                why: Some("English opens every other door".into()),
            }],
            rights: vec!["ioi-2019/rig-know-rights".into()],
            rights_note: None,
        });
        plan.forward_plan = Some(ForwardPlan {
            problem: "Isolated women".into(),
            activities: strings(&["ESOL classes with childcare"]),
            outputs: strings(&["More attendance"]),
            outcomes: strings(&["More chances to speak English"]),
            goal: "Stronger English".into(),
            ..ForwardPlan::default()
        });
        let again = Plan::from_json(&plan.to_json()).expect("valid");
        assert_eq!(again, plan);
    }

    #[test]
    fn a_type_chosen_twice_and_blank_answers_are_problems() {
        let mut plan = Plan::from_json(crate::examples::LANGUAGE_CAFE).expect("valid");
        let pick = DomainPick {
            domain_type: "ioi-2019/facilitators".into(),
            domain: "ioi-2019/safety".into(),
            why: Some(" ".into()),
        };
        plan.domain_exercise = Some(DomainExercise {
            picks: vec![pick.clone(), pick],
            rights: vec!["nonsense".into()],
            rights_note: None,
        });
        plan.forward_plan = Some(ForwardPlan {
            activities: strings(&["Classes", " "]),
            domain: Some("not a domain".into()),
            ..ForwardPlan::default()
        });
        let paths: Vec<String> = plan
            .validate()
            .expect_err("invalid")
            .into_iter()
            .map(|p| p.path)
            .collect();
        assert_eq!(
            paths,
            [
                "$.domain_exercise.picks[0].why",
                "$.domain_exercise.picks[1].domain_type",
                "$.domain_exercise.picks[1].why",
                "$.domain_exercise.rights[0]",
                "$.forward_plan.domain",
                "$.forward_plan.activities[1]",
            ]
        );
    }
}
