//! `/plans/{id}/edit/local-indicator/{outcome}`: an indicator in the plan's own words, when
//! none in the catalogue fits; saving it goes on to its baseline and target.

use tessera_app::plans::edit::local_indicator::{self, LocalIndicatorForm};
use tessera_app::plans::edit::{Applied, Edit};
use tessera_plan::Plan;
use tessera_store::PlanId;

use super::input::{Reader, Values, optional_domains};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, t};
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
            tessera_l10n::ta(
                "plans-form-local-indicator-heading",
                &[("outcome", outcome.text.as_str().into())],
            ),
            &t("plans-form-local-indicator-prompt"),
            vec![
                Field::text(
                    "name",
                    &t("plans-form-local-indicator-name"),
                    v.one("name", ""),
                )
                .hint(&t("plans-form-local-indicator-name-hint")),
                Field::select(
                    "domain",
                    &t("plans-form-local-indicator-domain"),
                    v.one("domain", ""),
                    optional_domains(ctx.catalogue),
                ),
            ],
            &t("plans-form-continue"),
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<LocalIndicatorForm, FormErrors> {
        let mut r = Reader::new(sent);
        let name = r.required("name", &t("plans-form-local-indicator-name-error"));
        let domain = r.optional_text("domain");
        r.finish(Some(LocalIndicatorForm { name, domain }))
    }

    fn apply(&self, _ctx: &Ctx<'_>, plan: &mut Plan, form: LocalIndicatorForm) -> Applied {
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
