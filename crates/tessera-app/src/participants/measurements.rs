//! Measurements: a participant's answers to a plan's indicators at one collection point,
//! entered in a form or sent through the API (files go through [`super::import`]); the plan's
//! indicators as participants answer them; and the export of a plan's answers.
//!
//! What an answer is follows the indicator: a catalogue indicator that is a share of people is
//! answered yes or no (stored 1 or 0), any other catalogue indicator with a number; a plan's own
//! (local) indicator with a number, and its change is read as yes/no when every answer is 0 or
//! 1, as a scale otherwise.

use std::collections::BTreeMap;

use serde::Serialize;
use tessera_framework::{Catalogue, IndicatorKind as CatalogueKind};
use tessera_l10n::{t, ta};
use tessera_plan::{Direction, Plan, Side};
use tessera_store::{Measurement, NewMeasurement, OrgId, PlanId, Role, prelude::*};

use super::consent::{display_date, standing};
use super::points::{CollectionPoint, find_point};
use super::{Checked, Problem, bad_date, parse_code, parse_date, side_label, today};
use crate::{Actor, App, AppError, AppResult};

/// How an indicator is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    /// Yes (1) or no (0).
    YesNo,
    /// A number on a scale.
    Scale,
    /// A number, read as yes/no when every answer is 0 or 1 (a plan's own indicator).
    Number,
}

/// One of a plan's indicators, as its participants answer it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanIndicator {
    /// `<pack>/<id>` or `local/<id>`.
    pub reference: String,
    /// Its name in the request's language where there is a translation.
    pub name: String,
    /// The language `name` is in (`en` when there is no translation yet).
    pub name_lang: String,
    /// How it is answered.
    pub kind: AnswerKind,
    /// Which way is better (from the plan's first listing of it).
    pub direction: Direction,
    /// The sides the plan measures it for.
    pub sides: Vec<Side>,
    /// The outcome it first belongs to.
    pub outcome: String,
}

/// Every distinct indicator of a plan's outcomes, in plan order.
pub fn plan_indicators(plan: &Plan, catalogue: &Catalogue) -> Vec<PlanIndicator> {
    let lang = tessera_l10n::current();
    let mut out: Vec<PlanIndicator> = Vec::new();
    for (outcome, ind) in plan.outcome_indicators() {
        let mut sides = plan.sides_of(ind);
        if sides.is_empty() {
            sides = vec![Side::Newcomers, Side::ReceivingCommunity];
        }
        if let Some(known) = out.iter_mut().find(|i| i.reference == ind.indicator) {
            for s in sides {
                if !known.sides.contains(&s) {
                    known.sides.push(s);
                }
            }
            known.sides.sort();
            continue;
        }
        let (name, name_lang, kind) = match plan.local_indicator(&ind.indicator) {
            Some(local) => (local.name.clone(), "en".to_owned(), AnswerKind::Number),
            None => match catalogue.indicator(&ind.indicator) {
                Some(i) => {
                    let l = i.localised_name(lang.code());
                    let kind = if i.kind == CatalogueKind::Proportion {
                        AnswerKind::YesNo
                    } else {
                        AnswerKind::Scale
                    };
                    (l.text.to_owned(), l.lang.to_owned(), kind)
                }
                None => (ind.indicator.clone(), "en".to_owned(), AnswerKind::Number),
            },
        };
        out.push(PlanIndicator {
            reference: ind.indicator.clone(),
            name,
            name_lang,
            kind,
            direction: ind.direction,
            sides,
            outcome: outcome.text.clone(),
        });
    }
    out
}

/// The indicator a text names: its reference, or its id without the pack (`bri-get-on-well`).
pub fn find_indicator<'a>(
    indicators: &'a [PlanIndicator],
    text: &str,
) -> Option<&'a PlanIndicator> {
    let text = text.trim();
    indicators.iter().find(|i| i.reference == text).or_else(|| {
        indicators
            .iter()
            .find(|i| i.reference.rsplit('/').next() == Some(text))
    })
}

/// Words read as yes (1) or no (0), in English and Welsh, any case.
const YES: [&str; 6] = ["1", "yes", "y", "true", "ie", "do"];
const NO: [&str; 5] = ["0", "no", "n", "false", "na"];

/// Reads one answer; blank is "not answered". The error is a message for the person.
pub fn parse_answer(kind: AnswerKind, text: &str) -> Result<Option<f64>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let lower = text.to_lowercase();
    let yes_no = if YES.contains(&lower.as_str()) {
        Some(1.0)
    } else if NO.contains(&lower.as_str()) {
        Some(0.0)
    } else {
        None
    };
    match kind {
        AnswerKind::YesNo => yes_no.map(Some).ok_or_else(|| {
            ta(
                "participants-error-answer-yes-no",
                &[("value", text.into())],
            )
        }),
        AnswerKind::Scale | AnswerKind::Number => match text.parse::<f64>() {
            Ok(x) if x.is_finite() => Ok(Some(x)),
            _ => yes_no
                .filter(|_| kind == AnswerKind::Number)
                .map(Some)
                .ok_or_else(|| {
                    ta(
                        "participants-error-answer-number",
                        &[("value", text.into())],
                    )
                }),
        },
    }
}

/// What a measurement form (or the API) sent, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct MeasurementInput {
    /// The plan's id.
    #[serde(default)]
    pub plan: String,
    /// The collection point: its key or its name.
    #[serde(default)]
    pub point: String,
    /// When the answers were given.
    #[serde(default)]
    pub measured_on: String,
    /// Indicator reference → answer as written.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
}

/// A plan as measurements need it: its id, document, indicators and points.
#[derive(Debug, Clone)]
pub struct PlanContext {
    /// Its id.
    pub id: PlanId,
    /// The plan.
    pub plan: Plan,
    /// Its indicators.
    pub indicators: Vec<PlanIndicator>,
    /// Its collection points.
    pub points: Vec<CollectionPoint>,
}

/// The answers of a measurement checked against the plan's indicators; `field_of` names the
/// field (or column) of an indicator in problems.
pub fn check_answers(
    indicators: &[PlanIndicator],
    answers: &BTreeMap<String, String>,
    field_of: impl Fn(&str) -> String,
) -> Checked<BTreeMap<String, f64>> {
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    for (reference, text) in answers {
        let Some(indicator) = find_indicator(indicators, reference) else {
            problems.push(Problem::new(
                field_of(reference),
                ta(
                    "participants-error-indicator",
                    &[("indicator", reference.as_str().into())],
                ),
            ));
            continue;
        };
        match parse_answer(indicator.kind, text) {
            Ok(Some(v)) => {
                out.insert(indicator.reference.clone(), v);
            }
            Ok(None) => {}
            Err(message) => problems.push(Problem::new(field_of(reference), message)),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

impl App {
    /// A plan of the organisation with its indicators and collection points, or "not found".
    pub async fn plan_context(&self, org: OrgId, id: &str) -> AppResult<PlanContext> {
        let (record, plan) = self.plan(org, id).await?;
        let indicators = plan_indicators(&plan, self.catalogue());
        let points = self.collection_points(org, record.id, &plan).await?;
        Ok(PlanContext {
            id: record.id,
            plan,
            indicators,
            points,
        })
    }

    /// A participant's measurements, by plan then date; "not found" for an unknown code.
    pub async fn participant_measurements(
        &self,
        org: OrgId,
        code: &str,
    ) -> AppResult<Vec<Measurement>> {
        let found = self.participant(org, code).await?;
        Ok(self
            .store()
            .participant_measurements(org, &found.participant.code)
            .await?)
    }

    /// Saves a participant's answers at one collection point of one of their plans (editors
    /// and owners), replacing earlier answers at that point. Refused while their consent does
    /// not allow collecting and using their answers (none recorded, or withdrawn), and for a
    /// date before the consent or in the future.
    pub async fn save_measurement(
        &self,
        actor: &Actor,
        code: &str,
        input: &MeasurementInput,
        source: &str,
    ) -> AppResult<Checked<Measurement>> {
        let code = parse_code(code)?;
        let found = self.participant(actor.org.id, &code).await?;
        actor.require(Role::Editor)?;
        let context = match self.plan_context(actor.org.id, &input.plan).await {
            Ok(c) => c,
            Err(AppError::NotFound(_)) => {
                return Ok(Err(vec![Problem::new(
                    "plan",
                    ta(
                        "participants-error-plan",
                        &[("plan", input.plan.trim().into())],
                    ),
                )]));
            }
            Err(e) => return Err(e),
        };
        let mut problems = Vec::new();
        if !found.participant.plans.iter().any(|m| m.plan == context.id) {
            problems.push(Problem::new(
                "plan",
                ta(
                    "participants-error-not-in-plan",
                    &[
                        ("code", code.as_str().into()),
                        ("plan", context.plan.title.clone().into()),
                    ],
                ),
            ));
        }
        let consents = self.store().consents(actor.org.id, &code).await?;
        if let Some(p) = consent_problem(&code, &consents) {
            problems.push(Problem::new("code", p));
        }
        let point = find_point(&context.points, &input.point);
        if point.is_none() {
            problems.push(Problem::new(
                "point",
                ta(
                    "participants-error-point",
                    &[("point", input.point.trim().into())],
                ),
            ));
        }
        match parse_date(&input.measured_on) {
            None => problems.push(bad_date("measured_on", &input.measured_on)),
            Some(d) => {
                if let Some(p) = date_problem(d, &consents) {
                    problems.push(Problem::new("measured_on", p));
                }
            }
        }
        let answers = match check_answers(&context.indicators, &input.answers, |r| {
            format!("answer-{r}")
        }) {
            Ok(a) => a,
            Err(p) => {
                problems.extend(p);
                BTreeMap::new()
            }
        };
        if problems.is_empty() && answers.is_empty() {
            problems.push(Problem::new("answers", t("participants-error-no-answers")));
        }
        let (Some(point), Some(date), true) =
            (point, parse_date(&input.measured_on), problems.is_empty())
        else {
            return Ok(Err(problems));
        };
        let key = point.key.clone();
        self.store()
            .save_measurements(
                actor.org.id,
                vec![NewMeasurement {
                    code: code.clone(),
                    plan: context.id,
                    point: key.clone(),
                    measured_on: tessera_plan::format_date(date),
                    answers,
                }],
                &actor.name,
                source,
            )
            .await?;
        let saved = self
            .store()
            .participant_measurements(actor.org.id, &code)
            .await?
            .into_iter()
            .find(|m| m.plan == context.id && m.point == key)
            .ok_or_else(|| AppError::internal("a saved measurement could not be read back"))?;
        Ok(Ok(saved))
    }

    /// A plan's answers as CSV, one row per participant and collection point, keyed by code:
    /// side, descriptive fields, point, date and one column per indicator. Names, contact
    /// details and the organisation's own references are never in it, nor anyone whose consent
    /// no longer allows the use of their answers.
    pub async fn measurements_csv(&self, org: OrgId, id: &str) -> AppResult<Vec<u8>> {
        let context = self.plan_context(org, id).await?;
        let register = self.register(org, Some(context.id)).await?;
        let fields = self.participant_fields(org).await?;
        let measurements = self.store().plan_measurements(org, context.id).await?;
        let mut header: Vec<String> = ["code", "side"].map(str::to_owned).to_vec();
        header.extend(fields.iter().map(|f| f.key.clone()));
        header.extend(["point", "point_label", "measured_on"].map(str::to_owned));
        header.extend(context.indicators.iter().map(|i| i.reference.clone()));
        let usable: std::collections::HashMap<_, _> = register
            .iter()
            .filter(|r| r.standing.allows_use())
            .map(|r| (r.participant.id, r))
            .collect();
        let points = super::points::with_recorded(
            context.points.clone(),
            measurements.iter().map(|m| m.point.as_str()),
        );
        let mut rows = Vec::new();
        for m in &measurements {
            let Some(r) = usable.get(&m.participant) else {
                continue;
            };
            let mut row = vec![r.participant.code.clone(), r.participant.side.clone()];
            row.extend(fields.iter().map(|f| {
                r.participant
                    .attributes
                    .get(&f.key)
                    .cloned()
                    .unwrap_or_default()
            }));
            row.push(m.point.clone());
            row.push(
                points
                    .iter()
                    .find(|p| p.key == m.point)
                    .map_or_else(|| m.point.clone(), |p| p.label.clone()),
            );
            row.push(m.measured_on.clone());
            row.extend(context.indicators.iter().map(|i| {
                m.answers
                    .get(&i.reference)
                    .map(|v| tessera_data::format_number(*v))
                    .unwrap_or_default()
            }));
            rows.push(row);
        }
        crate::export::csv(&header, &rows)
    }
}

/// Why a participant's consent does not allow a measurement now, if it does not.
pub(crate) fn consent_problem(code: &str, consents: &[tessera_store::Consent]) -> Option<String> {
    match standing(consents) {
        super::consent::Standing::Active => None,
        super::consent::Standing::Withdrawn { on } => Some(ta(
            "participants-error-withdrawn",
            &[("code", code.into()), ("date", display_date(&on).into())],
        )),
        super::consent::Standing::NoConsent => Some(ta(
            "participants-error-no-consent",
            &[("code", code.into())],
        )),
    }
}

/// Why a measurement date is refused: in the future, or before any current consent was given.
pub(crate) fn date_problem(
    date: time::Date,
    consents: &[tessera_store::Consent],
) -> Option<String> {
    if date > today() {
        return Some(t("participants-error-date-future"));
    }
    let earliest = consents
        .iter()
        .filter(|c| c.withdrawn_on.is_none() && c.taking_part && c.data_use)
        .filter_map(|c| parse_date(&c.given_on))
        .min()?;
    (date < earliest).then(|| {
        ta(
            "participants-error-before-consent",
            &[("date", tessera_l10n::date(earliest).into())],
        )
    })
}

/// The words for a side, for exports and pages.
pub fn side_words(code: &str) -> String {
    super::parse_side(code).map_or_else(|| code.to_owned(), side_label)
}

/// An answer written for a page: yes / no, or the number.
pub fn answer_text(kind: AnswerKind, value: f64) -> String {
    match kind {
        AnswerKind::YesNo if value == 1.0 => t("participants-answer-yes"),
        AnswerKind::YesNo if value == 0.0 => t("participants-answer-no"),
        _ => tessera_l10n::number(value, if value.fract() == 0.0 { 0 } else { 2 }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_follow_the_indicators_kind() {
        assert_eq!(parse_answer(AnswerKind::YesNo, " Yes "), Ok(Some(1.0)));
        assert_eq!(parse_answer(AnswerKind::YesNo, "na"), Ok(Some(0.0)));
        assert_eq!(parse_answer(AnswerKind::YesNo, ""), Ok(None));
        assert!(parse_answer(AnswerKind::YesNo, "2").is_err());
        assert_eq!(parse_answer(AnswerKind::Scale, "7.5"), Ok(Some(7.5)));
        assert!(parse_answer(AnswerKind::Scale, "yes").is_err());
        assert!(parse_answer(AnswerKind::Scale, "inf").is_err());
        assert_eq!(parse_answer(AnswerKind::Number, "no"), Ok(Some(0.0)));
    }

    #[test]
    fn the_cafes_indicators_are_answered_yes_or_no_for_their_sides() {
        let plan = Plan::from_json(tessera_plan::examples::LANGUAGE_CAFE).expect("valid");
        let catalogue = Catalogue::shipped().expect("packs");
        let indicators = plan_indicators(&plan, &catalogue);
        assert_eq!(indicators.len(), 3, "an indicator listed twice is one");
        assert!(indicators.iter().all(|i| i.kind == AnswerKind::YesNo));
        assert_eq!(
            indicators[0].sides,
            [Side::Newcomers, Side::ReceivingCommunity]
        );
        assert_eq!(indicators[1].sides, [Side::Newcomers]);
        assert_eq!(
            find_indicator(&indicators, "bri-simple-conversation").map(|i| i.reference.as_str()),
            Some("ioi-2019/bri-simple-conversation")
        );
    }
}
