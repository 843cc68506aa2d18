//! `/plans/{id}/edit/goal`: the long-term goal.

use tessera_app::plans::edit::Applied;
use tessera_app::plans::edit::goal::{self, GoalForm};
use tessera_plan::Plan;

use super::input::{Reader, Values};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, t};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// The guide's question for the goal, in the page's language.
pub(crate) fn goal_prompt() -> String {
    t("plans-form-goal-prompt")
}

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
            t("plans-goal-heading"),
            &goal_prompt(),
            vec![Field::textarea(
                "goal",
                &t("plans-goal-heading"),
                v.one("goal", ctx.plan.goal.clone()),
            )],
            &t("plans-form-goal-submit"),
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<GoalForm, FormErrors> {
        let mut r = Reader::new(sent);
        let goal = r.required("goal", &t("plans-form-goal-error"));
        r.finish(Some(GoalForm { goal }))
    }

    fn apply(&self, _ctx: &Ctx<'_>, plan: &mut Plan, form: GoalForm) -> Applied {
        goal::apply(plan, form)
    }
}
