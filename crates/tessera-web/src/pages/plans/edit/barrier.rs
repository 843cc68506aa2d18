//! `/plans/{id}/edit/barrier/{n|new}`: what stands in the way of integration here.

use tessera_app::AppResult;
use tessera_app::plans::edit::barrier::{self, BarrierForm};
use tessera_app::plans::edit::{Applied, missing};
use tessera_plan::Plan;

use super::input::{Reader, Values, optional_domains};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, change_or_add, index, index_text};
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
            format!("{} a barrier", change_or_add(b.is_some())),
            "What stands in the way of integration here?",
            vec![
                Field::textarea(
                    "text",
                    "The barrier",
                    v.one("text", b.map(|b| b.text.clone()).unwrap_or_default()),
                ),
                Field::select(
                    "domain",
                    "The domain it belongs to",
                    v.one(
                        "domain",
                        b.and_then(|b| b.domain.clone()).unwrap_or_default(),
                    ),
                    optional_domains(ctx.catalogue),
                ),
            ],
            "Save the barrier",
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<BarrierForm, FormErrors> {
        let mut r = Reader::new(sent);
        let text = r.required("text", "Describe the barrier");
        let domain = r.optional_text("domain");
        r.finish(Some(BarrierForm { text, domain }))
    }

    fn apply(&self, plan: &mut Plan, form: BarrierForm) -> Applied {
        barrier::apply(plan, self.0, form)
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        barrier::remove(plan, self.0.ok_or_else(missing)?)
    }

    fn remove_label(&self, _plan: &Plan) -> Option<&'static str> {
        self.0.map(|_| "Remove this barrier")
    }
}
