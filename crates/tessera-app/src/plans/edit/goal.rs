//! A plan's long-term goal.

use tessera_plan::Plan;

use super::{Applied, Edit, commit};

/// The answer of the goal form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalForm {
    /// The long-term change the plan aims for.
    pub goal: String,
}

/// Replaces the plan's goal.
pub fn apply(plan: &mut Plan, form: GoalForm) -> Applied {
    let mut next = plan.clone();
    next.goal = form.goal;
    Ok(commit(
        plan,
        next,
        Vec::new(),
        Edit::new("changed the goal"),
    ))
}
