//! The principle checks a pack's principles may ask for.
//!
//! A plan is judged against the principles of the packs it uses. Each principle names, in its
//! `checks` list, the checks that test a plan against it; the checks themselves are implemented
//! by the planner (`tessera-plan`), which must implement exactly this list. Keeping the list here
//! lets the pack loader report a misspelt check id with its file and line.

/// Every check id a principle may list, with what the check asks of a plan.
pub const PRINCIPLE_CHECKS: &[(&str, &str)] = &[
    (
        "several-domains",
        "the plan's indicators measure more than one domain",
    ),
    (
        "several-domain-types",
        "the plan's indicators measure more than one domain and more than one domain type",
    ),
    (
        "social-connections-indicator",
        "at least one indicator measures relationships (IOI Social Connections)",
    ),
    (
        "not-only-own-service-domain",
        "the indicators reach beyond the one domain the plan's own service works in",
    ),
    (
        "receiving-community-measured",
        "at least one indicator is measured for the receiving community",
    ),
    (
        "stakeholders-of-all-three-kinds",
        "stakeholders include newcomers, the receiving community and institutions",
    ),
    (
        "stakeholders-involved-in-design",
        "each of the three kinds of stakeholder has someone involved from the design stage",
    ),
    (
        "partners-from-several-sectors",
        "institutional partners come from at least two sectors (public, voluntary, business, funders)",
    ),
    (
        "local-leadership",
        "a public body, such as the council, takes part from the design stage",
    ),
    (
        "theory-of-change-connected",
        "every activity, output and outcome leads to the goal",
    ),
    (
        "outcomes-have-indicators",
        "every intermediate outcome has an indicator",
    ),
    (
        "indicators-recognised",
        "every indicator is in the catalogue or defined in the plan",
    ),
    (
        "indicators-have-baseline-and-target",
        "every indicator has a baseline and a target",
    ),
    (
        "targets-from-local-baseline",
        "every target is set against a baseline measured locally",
    ),
    (
        "links-have-assumptions",
        "every link from an output upwards states its assumptions",
    ),
    ("assumptions-have-evidence", "every assumption has evidence"),
    (
        "assumptions-holding",
        "no assumption has been challenged by the evidence",
    ),
    (
        "learns-from-elsewhere",
        "the plan draws on published research or practice from elsewhere",
    ),
    (
        "evaluation-plan-before-start",
        "an evaluation plan is in place before the work starts",
    ),
    (
        "evaluation-during-the-work",
        "data are collected during the work, not only at the end",
    ),
];

/// Whether `id` is a check a principle may list.
pub fn is_principle_check(id: &str) -> bool {
    PRINCIPLE_CHECKS.iter().any(|(c, _)| *c == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_ids_are_unique_slugs() {
        let mut seen = std::collections::BTreeSet::new();
        for (id, what) in PRINCIPLE_CHECKS {
            assert!(crate::check_slug(id).is_ok(), "{id}");
            assert!(!what.is_empty());
            assert!(seen.insert(*id), "{id} twice");
        }
        assert!(is_principle_check("several-domains"));
        assert!(!is_principle_check("several-domain"));
    }
}
