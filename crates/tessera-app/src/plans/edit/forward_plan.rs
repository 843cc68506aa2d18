//! The guide's second exercise: the plan as the organisation would usually write it, from the
//! activities forwards, kept beside the theory of change worked backwards so the two can be
//! compared; and, after comparing, what changed and why.

use tessera_plan::{ForwardPlan, Plan};

use super::{Applied, Edit, FieldProblem, commit, missing};
use crate::AppResult;

/// The answers of the forward plan's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForwardForm {
    /// The integration problem as first seen.
    pub problem: String,
    /// The domain that seemed most relevant, `<pack>/<domain>`.
    pub domain: Option<String>,
    /// What the work would do, one step per item.
    pub activities: Vec<String>,
    /// What it would produce.
    pub outputs: Vec<String>,
    /// The outcomes it would bring about.
    pub outcomes: Vec<String>,
    /// The indicator that would show it.
    pub indicator: Option<String>,
    /// The long-term difference it would make.
    pub goal: String,
}

/// Records the forward plan, keeping any reflection written after comparing.
pub fn apply(plan: &mut Plan, form: ForwardForm) -> Applied {
    let mut problems = Vec::new();
    if form.activities.is_empty() && form.outputs.is_empty() && form.outcomes.is_empty() {
        problems.push(FieldProblem::new(
            "activities",
            tessera_l10n::t("plans-error-forward-empty"),
        ));
    }
    let mut next = plan.clone();
    let reflection = next.forward_plan.take().and_then(|f| f.reflection);
    next.forward_plan = Some(ForwardPlan {
        problem: form.problem,
        domain: form.domain,
        activities: form.activities,
        outputs: form.outputs,
        outcomes: form.outcomes,
        indicator: form.indicator,
        goal: form.goal,
        reflection,
    });
    let edit = Edit::new("recorded the usual forward plan");
    Ok(commit(plan, next, problems, edit))
}

/// Records, after comparing, how the plan worked backwards differs and why.
pub fn reflect(plan: &mut Plan, reflection: Option<String>) -> Applied {
    let mut next = plan.clone();
    let Some(forward) = next.forward_plan.as_mut() else {
        return Err(missing());
    };
    forward.reflection = reflection;
    let edit = Edit::new("wrote what changed between the forward and backward plans");
    Ok(commit(plan, next, Vec::new(), edit))
}

/// Forgets the forward plan.
pub fn remove(plan: &mut Plan) -> AppResult<String> {
    if plan.forward_plan.take().is_none() {
        return Err(missing());
    }
    Ok("removed the forward plan".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plans::edit::tests::cafe;

    fn form() -> ForwardForm {
        ForwardForm {
            problem: "Isolated women with little English".to_owned(),
            domain: Some("ioi-2019/language-and-communication".to_owned()),
            activities: vec!["Wraparound childcare for ESOL classes".to_owned()],
            outputs: vec!["More consistent attendance at ESOL classes".to_owned()],
            outcomes: vec!["More chances to learn and speak English".to_owned()],
            indicator: Some("Share regularly attending ESOL classes".to_owned()),
            goal: "Stronger language skills".to_owned(),
        }
    }

    #[test]
    fn the_forward_plan_is_kept_with_its_reflection_when_rewritten() {
        let mut plan = cafe();
        assert!(matches!(
            reflect(&mut plan, None),
            Err(crate::AppError::NotFound(_))
        ));
        apply(&mut plan, form()).expect("found").expect("valid");
        reflect(&mut plan, Some("We now start from friendships".to_owned()))
            .expect("found")
            .expect("valid");
        let edit = apply(&mut plan, form()).expect("found").expect("valid");
        assert_eq!(edit.summary, "recorded the usual forward plan");
        let f = plan.forward_plan.as_ref().expect("kept");
        assert_eq!(
            f.reflection.as_deref(),
            Some("We now start from friendships")
        );
        assert_eq!(f.activities.len(), 1);
    }

    #[test]
    fn a_forward_plan_without_any_step_is_refused() {
        let mut plan = cafe();
        let empty = ForwardForm {
            activities: Vec::new(),
            outputs: Vec::new(),
            outcomes: Vec::new(),
            ..form()
        };
        let problems = apply(&mut plan, empty).expect("found").expect_err("empty");
        assert_eq!(problems[0].field, "activities");
        assert_eq!(plan.forward_plan, None);
        apply(&mut plan, form()).expect("found").expect("valid");
        assert_eq!(
            remove(&mut plan).expect("removed"),
            "removed the forward plan"
        );
    }
}
