//! `/plans/{id}/edit/target-group/{n|new}`: who the work is for, on either side.

use tessera_app::AppResult;
use tessera_app::plans::edit::target_group::{self, TargetGroupForm};
use tessera_app::plans::edit::{Applied, missing};
use tessera_plan::{Plan, Side};

use super::input::{Reader, Values, choices, code_text};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, heading, index, index_text, t};
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
            heading("target-group", g.is_some(), &[]),
            &t("plans-form-target-group-prompt"),
            vec![
                Field::text(
                    "name",
                    &t("plans-form-target-group-name"),
                    v.one("name", g.map(|g| g.name.clone()).unwrap_or_default()),
                )
                .hint(&t("plans-form-target-group-name-hint")),
                Field::radios(
                    "side",
                    &t("plans-form-target-group-side"),
                    v.one("side", code_text(g.map(|g| g.side))),
                    choices::<Side>(),
                ),
            ],
            &t("plans-form-target-group-submit"),
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<TargetGroupForm, FormErrors> {
        let mut r = Reader::new(sent);
        let name = r.required("name", &t("plans-form-target-group-name-error"));
        let side = r.choice::<Side>("side", &t("plans-form-target-group-side-error"));
        r.finish(side.map(|side| TargetGroupForm { name, side }))
    }

    fn apply(&self, _ctx: &Ctx<'_>, plan: &mut Plan, form: TargetGroupForm) -> Applied {
        target_group::apply(plan, self.0, form)
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        target_group::remove(plan, self.0.ok_or_else(missing)?)
    }

    fn remove_label(&self, _plan: &Plan) -> Option<String> {
        self.0.map(|_| t("plans-form-target-group-remove"))
    }
}
