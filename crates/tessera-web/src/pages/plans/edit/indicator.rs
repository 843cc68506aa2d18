//! `/plans/{id}/edit/indicator/{outcome}.{n|new}`: an indicator of an intermediate outcome,
//! with who it is measured for, its baseline and its target.

use tessera_app::AppResult;
use tessera_app::plans::edit::indicator::{self, IndicatorForm, target_problem};
use tessera_app::plans::edit::{Applied, missing};
use tessera_app::plans::{indicator_name, is_percentage};
use tessera_plan::{
    BOTH_SIDES, BaselineSource, DatasetFilter, Direction, IndicatorEvidence, Plan, Side,
    SourceKind, Unit, UnitKind, unit_of_kind,
};
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

/// The evidence the form names: its source, the dataset and filter for a dataset, and the
/// datasets shown as context; none when the form does not ask (an older form).
fn evidence_of(r: &mut Reader<'_>) -> Option<IndicatorEvidence> {
    let source = r.optional_choice::<SourceKind>("source")?;
    let context: Vec<i64> = r
        .all("context")
        .iter()
        .filter_map(|c| c.trim().parse().ok())
        .collect();
    if source != SourceKind::Dataset {
        return Some(
            IndicatorEvidence {
                source,
                ..IndicatorEvidence::participants()
            }
            .with_context(context),
        );
    }
    let dataset = r.text("evidence_dataset").trim().parse::<i64>().ok();
    if dataset.is_none() {
        r.push("evidence_dataset", t("plans-form-indicator-dataset-error"));
    }
    let variable = r.text("filter_variable").trim().to_owned();
    let value = r.text("filter_value").trim().to_owned();
    let filter = match (variable.is_empty(), value.is_empty()) {
        (true, true) => None,
        (false, false) => Some(DatasetFilter { variable, value }),
        _ => {
            r.push("filter_variable", t("plans-problem-filter-blank"));
            None
        }
    };
    Some(
        IndicatorEvidence {
            source,
            dataset,
            filter,
            ..IndicatorEvidence::participants()
        }
        .with_context(context),
    )
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
        let unit = ind.and_then(|i| i.unit).or_else(|| {
            ctx.catalogue
                .indicator(&reference)
                .map(|i| Unit::of(unit_of_kind(i.kind)))
        });
        let evidence = ind.and_then(|i| i.evidence.clone());
        let source = match (ind, &evidence) {
            (_, Some(e)) => e.source,
            // An indicator saved before evidence sources existed is context only.
            (Some(_), None) => SourceKind::Context,
            (None, None) => SourceKind::Participants,
        };
        let dataset_choices: Vec<(String, String)> =
            std::iter::once((String::new(), t("plans-form-indicator-dataset-none")))
                .chain(
                    ctx.datasets
                        .iter()
                        .map(|(id, name)| (id.to_string(), name.clone())),
                )
                .collect();
        let context_choices: Vec<(String, String)> = ctx
            .datasets
            .iter()
            .map(|(id, name)| (id.to_string(), name.clone()))
            .collect();
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
                Field::radios(
                    "unit",
                    &t("plans-form-indicator-unit"),
                    v.one("unit", code_text(unit.map(|u| u.kind))),
                    choices::<UnitKind>(),
                ),
                Field::number(
                    "unit_min",
                    &t("plans-form-indicator-unit-min"),
                    v.one("unit_min", number_text(unit.and_then(|u| u.min))),
                )
                .hint(&t("plans-form-indicator-unit-scale-hint")),
                Field::number(
                    "unit_max",
                    &t("plans-form-indicator-unit-max"),
                    v.one("unit_max", number_text(unit.and_then(|u| u.max))),
                ),
                Field::radios(
                    "source",
                    &t("plans-form-indicator-source"),
                    v.one("source", source.code()),
                    choices::<SourceKind>(),
                )
                .hint(&t("plans-form-indicator-source-hint")),
                Field::select(
                    "evidence_dataset",
                    &t("plans-form-indicator-dataset"),
                    v.one(
                        "evidence_dataset",
                        evidence
                            .as_ref()
                            .and_then(|e| e.dataset)
                            .map(|d| d.to_string())
                            .unwrap_or_default(),
                    ),
                    dataset_choices,
                ),
                Field::text(
                    "filter_variable",
                    &t("plans-form-indicator-filter-variable"),
                    v.one(
                        "filter_variable",
                        evidence
                            .as_ref()
                            .and_then(|e| e.filter.as_ref())
                            .map(|f| f.variable.clone())
                            .unwrap_or_default(),
                    ),
                )
                .hint(&t("plans-form-indicator-filter-variable-hint")),
                Field::text(
                    "filter_value",
                    &t("plans-form-indicator-filter-value"),
                    v.one(
                        "filter_value",
                        evidence
                            .as_ref()
                            .and_then(|e| e.filter.as_ref())
                            .map(|f| f.value.clone())
                            .unwrap_or_default(),
                    ),
                )
                .hint(&t("plans-form-indicator-filter-value-hint")),
                Field::checkboxes(
                    "context",
                    &t("plans-form-indicator-context"),
                    v.many(
                        "context",
                        match (&evidence, ind) {
                            (Some(e), _) => e.context.iter().map(ToString::to_string).collect(),
                            // Written before evidence sources: the datasets it showed as context.
                            (None, Some(_)) => ctx
                                .old_context
                                .iter()
                                .filter(|(_, refs)| refs.contains(&reference))
                                .map(|(id, _)| id.to_string())
                                .collect(),
                            (None, None) => Vec::new(),
                        },
                    ),
                    context_choices,
                )
                .hint(&t("plans-form-indicator-context-hint")),
            ],
            &t("plans-form-indicator-submit"),
        ))
    }

    fn parse(&self, ctx: &Ctx<'_>, sent: &Fields) -> Result<IndicatorForm, FormErrors> {
        let mut r = Reader::new(sent);
        let reference = r.required("indicator", &t("plans-form-indicator-error"));
        let unit_kind = r.optional_choice::<UnitKind>("unit");
        let percent = match unit_kind {
            Some(k) => k == UnitKind::Percentage,
            None => is_percentage(ctx.catalogue, &reference),
        };
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
        let unit_min = r.number("unit_min", &t("plans-form-indicator-unit-min-what"), false);
        let unit_max = r.number("unit_max", &t("plans-form-indicator-unit-max-what"), false);
        let unit = unit_kind.map(|kind| match kind {
            UnitKind::Mean => Unit {
                kind,
                min: unit_min,
                max: unit_max,
            },
            _ => Unit::of(kind),
        });
        if let Some(u) = unit {
            if u.kind == UnitKind::Mean && !matches!((u.min, u.max), (Some(l), Some(h)) if l < h) {
                r.push("unit_max", t("plans-problem-unit-no-scale"));
            }
            for (field, value) in [("baseline", baseline), ("target", target)] {
                if let Some(message) = value.and_then(|v| tessera_plan::outside_unit(&u, v))
                    && u.kind != UnitKind::Percentage
                {
                    r.push(field, message);
                }
            }
        }
        let evidence = evidence_of(&mut r);
        let form = direction.map(|direction| IndicatorForm {
            indicator: reference,
            groups,
            direction,
            baseline,
            baseline_source,
            baseline_note: r.optional_text("baseline_note"),
            target,
            target_date,
            unit,
            evidence,
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
