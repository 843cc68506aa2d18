//! `/plans/{id}/edit/indicator/{outcome}.{n|new}`: an indicator of an intermediate outcome,
//! with who it is measured for, its baseline and its target.

use tessera_app::AppResult;
use tessera_app::plans::edit::indicator::{self, IndicatorForm, target_problem};
use tessera_app::plans::edit::{Applied, missing};
use tessera_app::plans::{indicator_name, is_percentage};
use tessera_plan::{BOTH_SIDES, BaselineSource, Direction, Plan, Side};
use tessera_store::PlanId;

use super::input::{Reader, Values, choices, code_text, date_text, number_text};
use super::{AnyPart, Ctx, EditPart, EditQuery, Spec, boxed, heading, index, index_text, t};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// An indicator of an outcome: the one at a position, or a new one (whose indicator comes
/// with the address, from the chooser).
pub(crate) struct IndicatorPart {
    outcome: String,
    at: Option<usize>,
}

impl IndicatorPart {
    pub(crate) fn at(item: Option<&str>) -> Option<Box<dyn AnyPart>> {
        let (outcome, at) = item?.rsplit_once('.')?;
        Some(boxed(Self {
            outcome: outcome.to_owned(),
            at: index(at)?,
        }))
    }
}

/// Who an indicator may be measured for: the plan's target groups, each side as a whole, or
/// both.
fn group_options(plan: &Plan) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = plan
        .target_groups
        .iter()
        .map(|g| {
            (
                g.id.clone(),
                format!("{} ({})", g.name, g.side.text().to_lowercase()),
            )
        })
        .collect();
    for (code, key) in [
        (
            Side::Newcomers.code(),
            "plans-form-indicator-group-newcomers",
        ),
        (
            Side::ReceivingCommunity.code(),
            "plans-form-indicator-group-receiving",
        ),
        (BOTH_SIDES, "plans-form-indicator-group-both"),
    ] {
        out.push((code.to_owned(), t(key)));
    }
    out
}

impl EditPart for IndicatorPart {
    type Form = IndicatorForm;

    fn path(&self) -> String {
        format!("indicator/{}.{}", self.outcome, index_text(self.at))
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        let v = Values(ctx.sent);
        let plan = ctx.plan;
        let outcome = plan.outcome(&self.outcome).ok_or_else(|| ctx.missing())?;
        let ind = match self.at {
            Some(j) => Some(outcome.indicators.get(j).ok_or_else(|| ctx.missing())?),
            None => None,
        };
        let reference = match ind {
            Some(i) => i.indicator.clone(),
            None => ctx
                .sent
                .map(|f| f.get("indicator").to_owned())
                .or_else(|| ctx.query.indicator.clone())
                .unwrap_or_default(),
        };
        if reference.is_empty() {
            return Err(PageError::bad_request(t(
                "plans-form-indicator-choose-first",
            )));
        }
        let name = indicator_name(plan, ctx.catalogue, &reference);
        let unit_hint = t(if is_percentage(ctx.catalogue, &reference) {
            "plans-form-indicator-unit-percent"
        } else {
            "plans-form-indicator-unit-own"
        });
        let default_groups = ind.map(|i| i.groups.clone()).unwrap_or_default();
        Ok(Spec::new(
            heading(
                "indicator",
                ind.is_some(),
                &[("outcome", outcome.text.as_str().into())],
            ),
            &tessera_l10n::ta("plans-form-indicator-prompt", &[("name", name.into())]),
            vec![
                Field::hidden("indicator", reference.clone()),
                Field::checkboxes(
                    "groups",
                    &t("plans-form-indicator-groups"),
                    v.many("groups", default_groups),
                    group_options(plan),
                )
                .hint(&t("plans-form-indicator-groups-hint")),
                Field::radios(
                    "direction",
                    &t("plans-form-indicator-direction"),
                    v.one(
                        "direction",
                        ind.map_or(Direction::Up, |i| i.direction).code(),
                    ),
                    choices::<Direction>(),
                ),
                Field::number(
                    "baseline",
                    &t("plans-form-indicator-baseline"),
                    v.one("baseline", number_text(ind.and_then(|i| i.baseline))),
                )
                .hint(&unit_hint),
                Field::radios(
                    "baseline_source",
                    &t("plans-form-indicator-baseline-source"),
                    v.one(
                        "baseline_source",
                        code_text(ind.and_then(|i| i.baseline_source)),
                    ),
                    choices::<BaselineSource>(),
                ),
                Field::text(
                    "baseline_note",
                    &t("plans-form-indicator-baseline-note"),
                    v.one(
                        "baseline_note",
                        ind.and_then(|i| i.baseline_note.clone())
                            .unwrap_or_default(),
                    ),
                )
                .hint(&t("plans-form-indicator-baseline-note-hint")),
                Field::number(
                    "target",
                    &t("plans-form-indicator-target"),
                    v.one("target", number_text(ind.and_then(|i| i.target))),
                )
                .hint(&unit_hint),
                Field::date(
                    "target_date",
                    &t("plans-form-indicator-target-date"),
                    v.one("target_date", date_text(ind.and_then(|i| i.target_date))),
                )
                .hint(&t("plans-form-indicator-target-date-hint")),
            ],
            &t("plans-form-indicator-submit"),
        ))
    }

    fn parse(&self, ctx: &Ctx<'_>, sent: &Fields) -> Result<IndicatorForm, FormErrors> {
        let mut r = Reader::new(sent);
        let reference = r.required("indicator", &t("plans-form-indicator-error"));
        let percent = is_percentage(ctx.catalogue, &reference);
        let groups = r.all("groups");
        if groups.is_empty() {
            r.push("groups", t("plans-form-indicator-groups-error"));
        }
        let direction =
            r.choice::<Direction>("direction", &t("plans-form-indicator-direction-error"));
        let baseline = r.number("baseline", &t("plans-form-baseline-what"), percent);
        let target = r.number("target", &t("plans-form-target-what"), percent);
        let target_date = r.date("target_date", &t("plans-form-target-date-what"));
        let baseline_source = r.optional_choice::<BaselineSource>("baseline_source");
        if let Some(p) = target_problem(baseline, target, direction) {
            r.push(p.field, p.message);
        }
        let form = direction.map(|direction| IndicatorForm {
            indicator: reference,
            groups,
            direction,
            baseline,
            baseline_source,
            baseline_note: r.optional_text("baseline_note"),
            target,
            target_date,
        });
        r.finish(form)
    }

    fn apply(&self, _ctx: &Ctx<'_>, plan: &mut Plan, form: IndicatorForm) -> Applied {
        indicator::apply(plan, &self.outcome, self.at, form)
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        indicator::remove(plan, &self.outcome, self.at.ok_or_else(missing)?)
    }

    fn remove_label(&self, _plan: &Plan) -> Option<String> {
        self.at.map(|_| t("plans-form-indicator-remove"))
    }

    /// A new indicator's form needs the indicator: without one, the chooser comes first.
    fn instead(&self, id: PlanId, query: &EditQuery) -> Option<String> {
        (self.at.is_none() && query.indicator.is_none())
            .then(|| format!("/plans/{id}/outcomes/{}/indicators", self.outcome))
    }
}
