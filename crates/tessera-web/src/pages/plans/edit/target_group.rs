//! `/plans/{id}/edit/target-group/{n|new}`: who the work is for, on either side.

use tessera_app::AppResult;
use tessera_app::plans::edit::target_group::{self, TargetGroupForm};
use tessera_app::plans::edit::{Applied, missing};
use tessera_plan::{Plan, Side};

use super::input::{Reader, Values, choices, code_text};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, change_or_add, index, index_text};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// A target group: the one at a position, or a new one.
pub(crate) struct TargetGroupPart(Option<usize>);

impl TargetGroupPart {
    pub(crate) fn at(item: Option<&str>) -> Option<Box<dyn AnyPart>> {
        Some(boxed(TargetGroupPart(index(item?)?)))
    }
}

impl EditPart for TargetGroupPart {
    type Form = TargetGroupForm;

    fn path(&self) -> String {
        format!("target-group/{}", index_text(self.0))
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        let v = Values(ctx.sent);
        let g = match self.0 {
            Some(i) => Some(ctx.plan.target_groups.get(i).ok_or_else(|| ctx.missing())?),
            None => None,
        };
        Ok(Spec::new(
            format!("{} a target group", change_or_add(g.is_some())),
            "Who is the work for? Name groups on both sides: newcomers and the receiving community.",
            vec![
                Field::text("name", "Who are they?", v.one("name", g.map(|g| g.name.clone()).unwrap_or_default()))
                    .hint("For example: recently arrived women learning English; long-standing residents of the estate."),
                Field::radios(
                    "side",
                    "Which side of integration are they on?",
                    v.one("side", code_text(g.map(|g| g.side))),
                    choices::<Side>(),
                ),
            ],
            "Save the target group",
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<TargetGroupForm, FormErrors> {
        let mut r = Reader::new(sent);
        let name = r.required("name", "Enter who the group are");
        let side = r.choice::<Side>(
            "side",
            "Choose whether the group are newcomers or the receiving community",
        );
        r.finish(side.map(|side| TargetGroupForm { name, side }))
    }

    fn apply(&self, plan: &mut Plan, form: TargetGroupForm) -> Applied {
        target_group::apply(plan, self.0, form)
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        target_group::remove(plan, self.0.ok_or_else(missing)?)
    }

    fn remove_label(&self, _plan: &Plan) -> Option<&'static str> {
        self.0.map(|_| "Remove this target group")
    }
}
