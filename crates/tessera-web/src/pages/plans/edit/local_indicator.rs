//! `/plans/{id}/edit/local-indicator/{outcome}`: an indicator in the plan's own words, when
//! none in the catalogue fits; saving it goes on to its baseline and target.

use tessera_app::plans::edit::local_indicator::{self, LocalIndicatorForm};
use tessera_app::plans::edit::{Applied, Edit};
use tessera_plan::Plan;
use tessera_store::PlanId;

use super::input::{Reader, Values, optional_domains};
use super::{AnyPart, Ctx, EditPart, Spec, boxed};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// A new local indicator, written for an outcome.
pub(crate) struct LocalIndicatorPart {
    outcome: String,
}

impl LocalIndicatorPart {
    pub(crate) fn at(item: Option<&str>) -> Option<Box<dyn AnyPart>> {
        Some(boxed(Self {
            outcome: item?.to_owned(),
        }))
    }
}

impl EditPart for LocalIndicatorPart {
    type Form = LocalIndicatorForm;

    fn path(&self) -> String {
        format!("local-indicator/{}", self.outcome)
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        let v = Values(ctx.sent);
        let outcome = ctx
            .plan
            .outcome(&self.outcome)
            .ok_or_else(|| ctx.missing())?;
        Ok(Spec::new(
            format!("Add a local indicator for “{}”", outcome.text),
            "When no indicator in the catalogue fits, write your own. Say what is counted or asked, of whom.",
            vec![
                Field::text("name", "The indicator's wording", v.one("name", ""))
                    .hint("For example: share of women attending who spoke English with a neighbour this week."),
                Field::select("domain", "The domain it measures", v.one("domain", ""), optional_domains(ctx.catalogue)),
            ],
            "Continue",
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<LocalIndicatorForm, FormErrors> {
        let mut r = Reader::new(sent);
        let name = r.required("name", "Enter the indicator's wording");
        let domain = r.optional_text("domain");
        r.finish(Some(LocalIndicatorForm { name, domain }))
    }

    fn apply(&self, plan: &mut Plan, form: LocalIndicatorForm) -> Applied {
        local_indicator::apply(plan, &self.outcome, form)
    }

    /// On to the new indicator's baseline and target, then back.
    fn after(&self, edit: &Edit, id: PlanId, back: String) -> String {
        let lid = edit.added.as_deref().unwrap_or_default();
        let back: String = form_urlencoded::byte_serialize(back.as_bytes()).collect();
        format!(
            "/plans/{id}/edit/indicator/{}.new?indicator=local%2F{lid}&back={back}",
            self.outcome
        )
    }
}
