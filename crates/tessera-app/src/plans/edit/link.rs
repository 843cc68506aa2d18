//! The causal links between the steps of a theory of change.

use tessera_plan::{Link, Plan};

use super::{Applied, Edit, FieldProblem, changed_or_added, commit, missing, take};
use crate::AppResult;

/// The answers of a link's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkForm {
    /// The id of the earlier step.
    pub from: String,
    /// The id of the later step.
    pub to: String,
}

/// What is wrong with a link from `from` to `to` (as the link at `at`, or a new one): a
/// direction the causal chain does not allow, or a link the plan already has. Steps the plan
/// does not have are left to the plan's validation.
pub fn problems(plan: &Plan, at: Option<usize>, from: &str, to: &str) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    if let (Some(a), Some(b)) = (plan.node(from), plan.node(to))
        && !a.kind().may_link_to(b.kind())
    {
        problems.push(FieldProblem::new(
            "to",
            tessera_l10n::ta(
                "plans-error-link-direction",
                &[
                    ("from", a.kind().code().into()),
                    ("to", b.kind().code().into()),
                ],
            ),
        ));
    }
    let duplicate = plan
        .links
        .iter()
        .enumerate()
        .any(|(k, l)| l.from == from && l.to == to && Some(k) != at);
    if duplicate && !from.is_empty() {
        problems.push(FieldProblem::new(
            "to",
            tessera_l10n::t("plans-error-link-repeated"),
        ));
    }
    problems
}

/// Changes the link at `at` (keeping its assumptions), or adds one when `at` is `None`.
pub fn apply(plan: &mut Plan, at: Option<usize>, form: LinkForm) -> Applied {
    let problems = problems(plan, at, &form.from, &form.to);
    let mut next = plan.clone();
    match at {
        Some(i) => {
            let link = next.links.get_mut(i).ok_or_else(missing)?;
            link.from = form.from;
            link.to = form.to;
        }
        None => next.links.push(Link {
            from: form.from,
            to: form.to,
            assumptions: Vec::new(),
        }),
    }
    let edit = Edit::new(changed_or_added(at.is_some(), "a link"));
    Ok(commit(plan, next, problems, edit))
}

/// Removes the link at `at`, with its assumptions.
pub fn remove(plan: &mut Plan, at: usize) -> AppResult<String> {
    take(&mut plan.links, at)?;
    Ok("removed a link".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plans::edit::tests::cafe;

    fn link(from: &str, to: &str) -> LinkForm {
        LinkForm {
            from: from.to_owned(),
            to: to.to_owned(),
        }
    }

    #[test]
    fn a_link_against_the_causal_chain_or_twice_in_the_plan_is_refused() {
        let mut plan = cafe();
        let before = plan.clone();
        let problems = apply(&mut plan, None, link("regular-interactions", "goal"))
            .expect("found")
            .expect_err("refused");
        assert_eq!(
            problems[0].message,
            "an output cannot lead to a goal: activities lead to outputs, outputs to intermediate outcomes, and outcomes to other outcomes or to the goal"
        );
        let problems = apply(
            &mut plan,
            None,
            link("cafe-sessions", "regular-interactions"),
        )
        .expect("found")
        .expect_err("refused");
        assert!(
            problems[0]
                .message
                .starts_with("That link is already in the plan")
        );
        // The link itself may be saved again unchanged.
        apply(
            &mut plan,
            Some(0),
            link("cafe-sessions", "regular-interactions"),
        )
        .expect("found")
        .expect("valid");
        assert_eq!(plan, before);
    }

    #[test]
    fn a_link_to_a_step_the_plan_lacks_is_refused_by_the_plans_validation() {
        let mut plan = cafe();
        let problems = apply(&mut plan, None, link("nowhere", "goal"))
            .expect("found")
            .expect_err("refused");
        assert_eq!(problems[0].field, "$");
        assert!(
            problems[0].message.contains("$.links[10].from"),
            "{problems:?}"
        );
        assert_eq!(remove(&mut plan, 9).expect("removed"), "removed a link");
        assert!(remove(&mut plan, 9).is_err());
    }
}
