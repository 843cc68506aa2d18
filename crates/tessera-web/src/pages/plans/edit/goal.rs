//! `/plans/{id}/edit/goal`: the long-term goal.

use tessera_app::plans::edit::Applied;
use tessera_app::plans::edit::goal::{self, GoalForm};
use tessera_plan::Plan;

use super::input::{Reader, Values};
use super::{AnyPart, Ctx, EditPart, Spec, boxed};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// The guide's question for the goal.
pub(crate) const GOAL_PROMPT: &str = "What long-term change do you want to see? Describe the \
     world as it will be when the work has succeeded.";

/// The plan's long-term goal.
pub(crate) struct GoalPart;

impl GoalPart {
    pub(crate) fn at(item: Option<&str>) -> Option<Box<dyn AnyPart>> {
        item.is_none().then(|| boxed(GoalPart))
    }
}

impl EditPart for GoalPart {
    type Form = GoalForm;

    fn path(&self) -> String {
        "goal".to_owned()
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        let v = Values(ctx.sent);
        Ok(Spec::new(
            "Long-term goal",
            GOAL_PROMPT,
            vec![Field::textarea(
                "goal",
                "Long-term goal",
                v.one("goal", ctx.plan.goal.clone()),
            )],
            "Save the goal",
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<GoalForm, FormErrors> {
        let mut r = Reader::new(sent);
        let goal = r.required(
            "goal",
            "Enter the long-term goal: the change you want to see",
        );
        r.finish(Some(GoalForm { goal }))
    }

    fn apply(&self, plan: &mut Plan, form: GoalForm) -> Applied {
        goal::apply(plan, form)
    }
}
