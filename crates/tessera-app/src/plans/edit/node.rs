//! The steps of a theory of change: intermediate outcomes, outputs and activities, each with
//! the steps it leads to.

use tessera_plan::{Activity, Link, NodeKind, NodeRef, Outcome, Output, Plan};

use super::{Applied, Edit, FieldProblem, commit, missing, new_id, with_article};
use crate::AppResult;

/// The answers of an outcome's, output's or activity's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeForm {
    /// The step, in plain words.
    pub text: String,
    /// The resources an activity needs (ignored for outcomes and outputs).
    pub resources: Vec<String>,
    /// The ids of the steps it leads to; its links become exactly these.
    pub next: Vec<String>,
}

/// The English words for a kind of step inside a sentence ("intermediate outcome"), for the
/// audit log's summaries.
pub fn noun(kind: NodeKind) -> String {
    kind.label().to_lowercase()
}

/// The steps a step of `kind` may lead to (the goal first, then in plan order), leaving out the
/// step itself (`own`).
pub fn next_choices<'p>(plan: &'p Plan, kind: NodeKind, own: Option<&str>) -> Vec<NodeRef<'p>> {
    plan.nodes()
        .into_iter()
        .filter(|n| kind.may_link_to(n.kind()) && Some(n.id()) != own)
        .collect()
}

/// The problem with `next` if it names a step a step of `kind` cannot lead to.
pub fn next_problem(
    plan: &Plan,
    kind: NodeKind,
    own: Option<&str>,
    next: &[String],
) -> Option<FieldProblem> {
    let choices = next_choices(plan, kind, own);
    next.iter()
        .find(|id| !choices.iter().any(|n| n.id() == id.as_str()))
        .map(|bad| {
            FieldProblem::new(
                "next",
                tessera_l10n::ta(
                    "plans-error-not-a-next-step",
                    &[("step", bad.as_str().into()), ("kind", kind.code().into())],
                ),
            )
        })
}

/// Changes the step of `kind` with id `id`, or adds one (with an id made from its text) when
/// `id` is `None`; then makes its links lead to exactly `form.next`, keeping the assumptions of
/// links that stay.
pub fn apply(plan: &mut Plan, kind: NodeKind, id: Option<&str>, form: NodeForm) -> Applied {
    if kind == NodeKind::Goal || id.is_some_and(|id| plan.node(id).is_none_or(|n| n.kind() != kind))
    {
        return Err(missing());
    }
    let problems: Vec<FieldProblem> = next_problem(plan, kind, id, &form.next)
        .into_iter()
        .collect();
    let mut next = plan.clone();
    let node_id = match id {
        Some(id) => id.to_owned(),
        None => new_id(
            &form.text,
            kind.code(),
            next.nodes().into_iter().map(NodeRef::id),
        ),
    };
    let text = form.text;
    match (kind, id) {
        (NodeKind::Outcome, Some(id)) => {
            if let Some(o) = next.outcomes.iter_mut().find(|o| o.id == id) {
                o.text = text;
            }
        }
        (NodeKind::Outcome, None) => next.outcomes.push(Outcome {
            id: node_id.clone(),
            text,
            indicators: Vec::new(),
        }),
        (NodeKind::Output, Some(id)) => {
            if let Some(o) = next.outputs.iter_mut().find(|o| o.id == id) {
                o.text = text;
            }
        }
        (NodeKind::Output, None) => next.outputs.push(Output {
            id: node_id.clone(),
            text,
        }),
        (_, Some(id)) => {
            if let Some(a) = next.activities.iter_mut().find(|a| a.id == id) {
                a.text = text;
                a.resources = form.resources;
            }
        }
        (_, None) => next.activities.push(Activity {
            id: node_id.clone(),
            text,
            resources: form.resources,
        }),
    }
    set_next(&mut next, &node_id, &form.next);
    let what = with_article(&noun(kind));
    let edit = match id {
        Some(_) => Edit::new(format!("changed {what}")),
        None => Edit::added(format!("added {what}"), node_id),
    };
    Ok(commit(plan, next, problems, edit))
}

/// Removes the step of `kind` with id `id`, with its links and its evaluation plan.
pub fn remove(plan: &mut Plan, kind: NodeKind, id: &str) -> AppResult<String> {
    if kind == NodeKind::Goal || plan.node(id).is_none_or(|n| n.kind() != kind) {
        return Err(missing());
    }
    plan.outcomes.retain(|o| o.id != id);
    plan.outputs.retain(|o| o.id != id);
    plan.activities.retain(|a| a.id != id);
    plan.links.retain(|l| l.from != id && l.to != id);
    plan.evaluation.retain(|e| e.outcome != id);
    Ok("removed a step of the theory of change".to_owned())
}

/// Replaces the links leaving `id` with links to `next`, keeping the assumptions of links that
/// stay.
fn set_next(plan: &mut Plan, id: &str, next: &[String]) {
    plan.links.retain(|l| l.from != id || next.contains(&l.to));
    for to in next {
        if !plan.links.iter().any(|l| l.from == id && l.to == *to) {
            plan.links.push(Link {
                from: id.to_owned(),
                to: to.clone(),
                assumptions: Vec::new(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AppError;
    use crate::plans::edit::tests::cafe;

    fn form(text: &str, next: &[&str]) -> NodeForm {
        NodeForm {
            text: text.to_owned(),
            resources: vec!["Kitchen".to_owned()],
            next: next.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    #[test]
    fn a_new_outcome_gets_an_id_and_links_to_what_it_leads_to() {
        let mut plan = cafe();
        let edit = apply(
            &mut plan,
            NodeKind::Outcome,
            None,
            form(
                "Women and residents share meals",
                &["goal", "know-neighbours"],
            ),
        )
        .expect("found")
        .expect("valid");
        assert_eq!(edit.summary, "added an intermediate outcome");
        let id = edit.added.expect("an id");
        assert_eq!(id, "women-and-residents-share-meals");
        let to: Vec<&str> = plan
            .links
            .iter()
            .filter(|l| l.from == id)
            .map(|l| l.to.as_str())
            .collect();
        assert_eq!(to, ["goal", "know-neighbours"]);
    }

    #[test]
    fn changing_what_a_step_leads_to_keeps_the_assumptions_of_links_that_stay() {
        let mut plan = cafe();
        let before = plan
            .links
            .iter()
            .filter(|l| l.from == "talk-regularly")
            .count();
        assert_eq!(before, 2);
        apply(
            &mut plan,
            NodeKind::Outcome,
            Some("talk-regularly"),
            form("Participants talk every week", &["goal"]),
        )
        .expect("found")
        .expect("valid");
        let left: Vec<&Link> = plan
            .links
            .iter()
            .filter(|l| l.from == "talk-regularly")
            .collect();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].to, "goal");
        assert_eq!(left[0].assumptions.len(), 1);
    }

    #[test]
    fn a_step_cannot_lead_where_the_causal_chain_does_not_go() {
        let mut plan = cafe();
        let before = plan.clone();
        let problems = apply(
            &mut plan,
            NodeKind::Output,
            None,
            form("Sessions held", &["goal"]),
        )
        .expect("found")
        .expect_err("an output cannot lead to the goal");
        assert_eq!(
            problems,
            [FieldProblem::new(
                "next",
                "“goal” is not a step this output can lead to; choose from the list"
            )]
        );
        assert_eq!(plan, before);
    }

    #[test]
    fn a_step_of_another_kind_is_not_found() {
        let mut plan = cafe();
        let err = apply(
            &mut plan,
            NodeKind::Output,
            Some("talk-regularly"),
            form("x", &[]),
        );
        assert!(matches!(err, Err(AppError::NotFound(_))));
        assert!(matches!(
            remove(&mut plan, NodeKind::Activity, "talk-regularly"),
            Err(AppError::NotFound(_))
        ));
        assert_eq!(
            remove(&mut plan, NodeKind::Outcome, "know-neighbours").expect("removed"),
            "removed a step of the theory of change"
        );
        assert!(plan.links.iter().all(|l| l.to != "know-neighbours"));
        assert!(plan.evaluation_for("know-neighbours").is_none());
    }
}
