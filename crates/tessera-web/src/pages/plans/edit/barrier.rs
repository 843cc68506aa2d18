//! `/plans/{id}/edit/barrier/{n|new}`: what stands in the way of integration here.

use tessera_app::AppResult;
use tessera_app::plans::edit::barrier::{self, BarrierForm};
use tessera_app::plans::edit::{Applied, missing};
use tessera_plan::Plan;

use super::input::{Reader, Values, optional_domains};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, heading, index, index_text, t};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// A barrier: the one at a position, or a new one.
pub(crate) struct BarrierPart(Option<usize>);

impl BarrierPart {
    pub(crate) fn at(item: Option<&str>) -> Option<Box<dyn AnyPart>> {
        Some(boxed(BarrierPart(index(item?)?)))
    }
}

impl EditPart for BarrierPart {
    type Form = BarrierForm;

    fn path(&self) -> String {
        format!("barrier/{}", index_text(self.0))
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        let v = Values(ctx.sent);
        let b = match self.0 {
            Some(i) => Some(ctx.plan.barriers.get(i).ok_or_else(|| ctx.missing())?),
            None => None,
        };
        Ok(Spec::new(
            heading("barrier", b.is_some(), &[]),
            &t("plans-form-barrier-prompt"),
            vec![
                Field::textarea(
                    "text",
                    &t("plans-form-barrier-text"),
                    v.one("text", b.map(|b| b.text.clone()).unwrap_or_default()),
                ),
                Field::select(
                    "domain",
                    &t("plans-form-barrier-domain"),
                    v.one(
                        "domain",
                        b.and_then(|b| b.domain.clone()).unwrap_or_default(),
                    ),
                    optional_domains(ctx.catalogue),
                ),
            ],
            &t("plans-form-barrier-submit"),
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<BarrierForm, FormErrors> {
        let mut r = Reader::new(sent);
        let text = r.required("text", &t("plans-form-barrier-error"));
        let domain = r.optional_text("domain");
        r.finish(Some(BarrierForm { text, domain }))
    }

    fn apply(&self, _ctx: &Ctx<'_>, plan: &mut Plan, form: BarrierForm) -> Applied {
        barrier::apply(plan, self.0, form)
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        barrier::remove(plan, self.0.ok_or_else(missing)?)
    }

    fn remove_label(&self, _plan: &Plan) -> Option<String> {
        self.0.map(|_| t("plans-form-barrier-remove"))
    }
}
