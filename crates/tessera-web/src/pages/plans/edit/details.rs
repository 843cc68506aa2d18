//! `/plans/{id}/edit/details`: title, kind, problem, start date and domains.

use tessera_app::plans::edit::Applied;
use tessera_app::plans::edit::details::{self, DetailsForm};
use tessera_plan::{Plan, PlanKind};

use super::input::{Reader, Values, choices, date_text, ioi_domains};
use super::{AnyPart, Ctx, EditPart, Spec, boxed};
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
            "Plan details",
            "",
            vec![
                Field::text("title", "Title", v.one("title", plan.title.clone()))
                    .hint("A short name people will recognise."),
                Field::radios(
                    "kind",
                    "Is this plan for one intervention or a strategy?",
                    v.one("kind", plan.kind.code()),
                    choices::<PlanKind>(),
                ),
                Field::textarea("problem", "The integration problem", v.one("problem", plan.problem.clone()))
                    .hint("What is happening now that the work responds to, and for whom?"),
                Field::date("start_date", "When does the work start?", v.one("start_date", date_text(plan.start_date)))
                    .hint("Write the date as year-month-day, for example 2025-09-01. Leave blank if not yet known."),
                Field::checkboxes("domains", "Which domains of the framework does the work aim at?", v.many("domains", plan.domains.clone()), ioi_domains(ctx.catalogue))
                    .hint("The guide suggests starting from one domain in each domain type."),
            ],
            "Save details",
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<DetailsForm, FormErrors> {
        let mut r = Reader::new(sent);
        let title = r.required("title", "Enter a title for the plan");
        let kind = r.choice::<PlanKind>(
            "kind",
            "Choose whether the plan is for one intervention or a strategy",
        );
        let start_date = r.date("start_date", "The start date");
        let form = kind.map(|kind| DetailsForm {
            title,
            kind,
            problem: r.text("problem").to_owned(),
            start_date,
            domains: r.all("domains"),
        });
        r.finish(form)
    }

    fn apply(&self, plan: &mut Plan, form: DetailsForm) -> Applied {
        details::apply(plan, form)
    }
}
