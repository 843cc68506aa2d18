//! A plan's details: title, kind, problem, start date and the framework domains it aims at.

use tessera_plan::{Date, Plan, PlanKind};

use super::{Applied, Edit, commit};

/// The answers of the details form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetailsForm {
    /// A short name for the plan.
    pub title: String,
    /// One intervention or a strategy.
    pub kind: PlanKind,
    /// The integration problem the work responds to.
    pub problem: String,
    /// When the work starts, if known.
    pub start_date: Option<Date>,
    /// The framework domains the work aims at, written `<pack>/<domain>`.
    pub domains: Vec<String>,
}

/// Replaces the plan's details.
pub fn apply(plan: &mut Plan, form: DetailsForm) -> Applied {
    let mut next = plan.clone();
    next.title = form.title;
    next.kind = form.kind;
    next.problem = form.problem;
    next.start_date = form.start_date;
    next.domains = form.domains;
    Ok(commit(
        plan,
        next,
        Vec::new(),
        Edit::new("changed the plan's details"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plans::edit::tests::cafe;

    #[test]
    fn details_are_replaced_and_a_bad_domain_changes_nothing() {
        let mut plan = cafe();
        let form = DetailsForm {
            title: "Café".to_owned(),
            kind: PlanKind::Strategy,
            problem: "Few chances to talk".to_owned(),
            start_date: None,
            domains: vec!["ioi-2019/social-bridges".to_owned()],
        };
        let edit = apply(&mut plan, form.clone())
            .expect("found")
            .expect("valid");
        assert_eq!(edit.summary, "changed the plan's details");
        assert_eq!(
            (plan.title.as_str(), plan.kind),
            ("Café", PlanKind::Strategy)
        );
        assert_eq!(plan.start_date, None);

        let before = plan.clone();
        let bad = DetailsForm {
            domains: vec!["not a domain".to_owned()],
            ..form
        };
        let problems = apply(&mut plan, bad).expect("found").expect_err("invalid");
        assert_eq!(problems[0].field, "$");
        assert!(
            problems[0]
                .message
                .starts_with("The plan would not be valid: $.domains[0]")
        );
        assert_eq!(plan, before);
    }
}
