//! `/plans/{id}/edit/details`: title, kind, problem, start date and domains.

use tessera_app::plans::edit::Applied;
use tessera_app::plans::edit::details::{self, DetailsForm};
use tessera_plan::{Plan, PlanKind};

use super::input::{Reader, Values, choices, date_text, ioi_domains};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, t};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// The plan's details.
pub(crate) struct DetailsPart;

impl DetailsPart {
    pub(crate) fn at(item: Option<&str>) -> Option<Box<dyn AnyPart>> {
        item.is_none().then(|| boxed(DetailsPart))
    }
}

impl EditPart for DetailsPart {
    type Form = DetailsForm;

    fn path(&self) -> String {
        "details".to_owned()
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        let v = Values(ctx.sent);
        let plan = ctx.plan;
        Ok(Spec::new(
            t("plans-form-details-heading"),
            "",
            vec![
                Field::text(
                    "title",
                    &t("plans-form-details-title"),
                    v.one("title", plan.title.clone()),
                )
                .hint(&t("plans-form-details-title-hint")),
                Field::radios(
                    "kind",
                    &t("plans-form-kind"),
                    v.one("kind", plan.kind.code()),
                    choices::<PlanKind>(),
                ),
                Field::textarea(
                    "problem",
                    &t("plans-form-details-problem"),
                    v.one("problem", plan.problem.clone()),
                )
                .hint(&t("plans-form-details-problem-hint")),
                Field::date(
                    "start_date",
                    &t("plans-form-details-start-date"),
                    v.one("start_date", date_text(plan.start_date)),
                )
                .hint(&t("plans-form-details-start-date-hint")),
                Field::checkboxes(
                    "domains",
                    &t("plans-form-details-domains"),
                    v.many("domains", plan.domains.clone()),
                    ioi_domains(ctx.catalogue),
                )
                .hint(&t("plans-form-details-domains-hint")),
            ],
            &t("plans-form-details-submit"),
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<DetailsForm, FormErrors> {
        let mut r = Reader::new(sent);
        let title = r.required("title", &t("plans-form-details-title-error"));
        let kind = r.choice::<PlanKind>("kind", &t("plans-form-kind-error"));
        let start_date = r.date("start_date", &t("plans-form-start-date-what"));
        let form = kind.map(|kind| DetailsForm {
            title,
            kind,
            problem: r.text("problem").to_owned(),
            start_date,
            domains: r.all("domains"),
        });
        r.finish(form)
    }

    fn apply(&self, _ctx: &Ctx<'_>, plan: &mut Plan, form: DetailsForm) -> Applied {
        details::apply(plan, form)
    }
}
