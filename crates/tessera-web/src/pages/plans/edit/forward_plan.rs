//! `/plans/{id}/edit/forward-plan/{plan|reflection}`: the guide's second exercise — the usual
//! plan written forwards (`plan`), and after comparing it with the plan worked backwards, what
//! changed and why (`reflection`).

use tessera_app::AppResult;
use tessera_app::plans::edit::forward_plan::{self, ForwardForm};
use tessera_app::plans::edit::{Applied, Edit};
use tessera_plan::Plan;
use tessera_store::PlanId;

use super::input::{Reader, Values, optional_domains};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, t};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// The forward plan, or the reflection on it.
pub(crate) struct ForwardPart {
    reflection: bool,
}

impl ForwardPart {
    /// The forward plan's form.
    pub(crate) fn plan() -> Self {
        Self { reflection: false }
    }

    /// The reflection's form.
    pub(crate) fn reflection() -> Self {
        Self { reflection: true }
    }

    pub(crate) fn at(item: Option<&str>) -> Option<Box<dyn AnyPart>> {
        match item? {
            "plan" => Some(boxed(Self::plan())),
            "reflection" => Some(boxed(Self::reflection())),
            _ => None,
        }
    }
}

/// What a submitted form says.
pub(crate) enum Answer {
    Plan(ForwardForm),
    Reflection(Option<String>),
}

impl EditPart for ForwardPart {
    type Form = Answer;

    fn path(&self) -> String {
        let item = if self.reflection {
            "reflection"
        } else {
            "plan"
        };
        format!("forward-plan/{item}")
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        let v = Values(ctx.sent);
        let f = ctx.plan.forward_plan.clone().unwrap_or_default();
        if self.reflection {
            return Ok(Spec::new(
                t("plans-exercise-compare-reflection-heading"),
                &t("plans-exercise-compare-reflection-prompt"),
                vec![
                    Field::textarea(
                        "reflection",
                        &t("plans-exercise-compare-reflection"),
                        v.one("reflection", f.reflection.unwrap_or_default()),
                    )
                    .hint(&t("plans-exercise-compare-reflection-hint")),
                ],
                &t("plans-exercise-compare-reflection-submit"),
            ));
        }
        let lines = |items: &[String]| items.join("\n");
        Ok(Spec::new(
            t("plans-exercise-forward-heading"),
            &t("plans-exercise-forward-prompt"),
            vec![
                Field::textarea(
                    "problem",
                    &t("plans-exercise-forward-problem"),
                    v.one("problem", f.problem.clone()),
                ),
                Field::select(
                    "domain",
                    &t("plans-exercise-forward-domain"),
                    v.one("domain", f.domain.clone().unwrap_or_default()),
                    optional_domains(ctx.catalogue),
                ),
                Field::textarea(
                    "activities",
                    &t("plans-exercise-forward-activities"),
                    v.one("activities", lines(&f.activities)),
                )
                .hint(&t("plans-exercise-forward-lines-hint")),
                Field::textarea(
                    "outputs",
                    &t("plans-exercise-forward-outputs"),
                    v.one("outputs", lines(&f.outputs)),
                )
                .hint(&t("plans-exercise-forward-lines-hint")),
                Field::textarea(
                    "outcomes",
                    &t("plans-exercise-forward-outcomes"),
                    v.one("outcomes", lines(&f.outcomes)),
                )
                .hint(&t("plans-exercise-forward-lines-hint")),
                Field::text(
                    "indicator",
                    &t("plans-exercise-forward-indicator"),
                    v.one("indicator", f.indicator.clone().unwrap_or_default()),
                ),
                Field::textarea(
                    "goal",
                    &t("plans-exercise-forward-goal"),
                    v.one("goal", f.goal.clone()),
                ),
            ],
            &t("plans-exercise-forward-submit"),
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<Answer, FormErrors> {
        let r = Reader::new(sent);
        let answer = if self.reflection {
            Answer::Reflection(r.optional_text("reflection"))
        } else {
            Answer::Plan(ForwardForm {
                problem: r.text("problem").to_owned(),
                domain: r.optional_text("domain"),
                activities: r.lines("activities"),
                outputs: r.lines("outputs"),
                outcomes: r.lines("outcomes"),
                indicator: r.optional_text("indicator"),
                goal: r.text("goal").to_owned(),
            })
        };
        r.finish(Some(answer))
    }

    fn apply(&self, _ctx: &Ctx<'_>, plan: &mut Plan, form: Answer) -> Applied {
        match form {
            Answer::Plan(form) => forward_plan::apply(plan, form),
            Answer::Reflection(text) => forward_plan::reflect(plan, text),
        }
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        forward_plan::remove(plan)
    }

    fn remove_label(&self, plan: &Plan) -> Option<String> {
        (!self.reflection && plan.forward_plan.is_some())
            .then(|| t("plans-exercise-forward-remove"))
    }

    fn after(&self, _edit: &Edit, id: PlanId, _back: String) -> String {
        format!("/plans/{id}/steps/compare")
    }
}
