//! A plan's collection points: the baseline, then the dated collections its evaluation plan
//! names (one point per distinct label, in date order); or, when the evaluation names none,
//! the points the organisation named itself for the plan.
//!
//! A measurement records a point's **key**, made from its label (`mid-point-survey`), so the
//! label can be shown in any language while the key stays. A measurement whose key no longer
//! matches a point (the plan's evaluation was changed since) is still shown and used, under its
//! key, after the plan's points ([`PointOrigin::Recorded`]).

use serde::Serialize;
use tessera_l10n::{t, ta};
use tessera_plan::Plan;
use tessera_store::{OrgId, OwnPoint, PlanId, Role, prelude::*};

use super::{Checked, Problem};
use crate::{Actor, App, AppResult};

/// The key of the baseline, which every plan has.
pub const BASELINE: &str = "baseline";

/// The most collection points an organisation may name for a plan.
pub const MAX_OWN_POINTS: usize = 12;

/// Where a collection point comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PointOrigin {
    /// The baseline.
    Baseline,
    /// A dated collection of the plan's evaluation.
    Plan,
    /// A point the organisation named.
    Organisation,
    /// A key found on measurements only.
    Recorded,
}

/// A collection point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CollectionPoint {
    /// The key measurements record.
    pub key: String,
    /// Its name (the baseline's in the request's language).
    pub label: String,
    /// When it is planned, if the plan says.
    #[serde(with = "optional_date")]
    pub date: Option<time::Date>,
    /// Where it comes from.
    pub origin: PointOrigin,
}

mod optional_date {
    pub(super) fn serialize<S: serde::Serializer>(
        date: &Option<time::Date>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&tessera_plan::format_date(*d)),
            None => s.serialize_none(),
        }
    }
}

fn baseline(date: Option<time::Date>) -> CollectionPoint {
    CollectionPoint {
        key: BASELINE.to_owned(),
        label: t("participants-point-baseline"),
        date,
        origin: PointOrigin::Baseline,
    }
}

/// The baseline and the plan's own dated collections (without the organisation's points).
pub fn plan_points(plan: &Plan) -> Vec<CollectionPoint> {
    let first_baseline = plan.evaluation.iter().filter_map(|e| e.baseline_date).min();
    let mut dated: Vec<(time::Date, String)> = Vec::new();
    for e in &plan.evaluation {
        for c in &e.collections {
            let label = c.label.trim();
            match dated
                .iter_mut()
                .find(|(_, l)| l.eq_ignore_ascii_case(label))
            {
                Some((d, _)) => *d = (*d).min(c.date),
                None => dated.push((c.date, label.to_owned())),
            }
        }
    }
    // A stable sort keeps plan order for collections on the same day.
    dated.sort_by_key(|(d, _)| *d);
    let mut out = vec![baseline(first_baseline)];
    for (date, label) in dated {
        let taken: Vec<&str> = out.iter().map(|p| p.key.as_str()).collect();
        let key = tessera_plan::new_id(&label, "point", &taken);
        out.push(CollectionPoint {
            key,
            label,
            date: Some(date),
            origin: PointOrigin::Plan,
        });
    }
    out
}

/// The point a text names: its key, or its label (any case); the baseline in any language.
pub fn find_point<'a>(points: &'a [CollectionPoint], text: &str) -> Option<&'a CollectionPoint> {
    let text = text.trim();
    points
        .iter()
        .find(|p| p.key == text)
        .or_else(|| points.iter().find(|p| p.label.eq_ignore_ascii_case(text)))
        .or_else(|| {
            let baseline_words = tessera_l10n::Lang::ALL
                .map(|l| tessera_l10n::t_in(l, "participants-point-baseline", &[]).to_lowercase());
            baseline_words
                .contains(&text.to_lowercase())
                .then(|| points.iter().find(|p| p.key == BASELINE))
                .flatten()
        })
}

/// `points` with every key measurements recorded that none of them has, after them.
pub fn with_recorded<'a>(
    mut points: Vec<CollectionPoint>,
    recorded: impl IntoIterator<Item = &'a str>,
) -> Vec<CollectionPoint> {
    for key in recorded {
        if !points.iter().any(|p| p.key == key) {
            points.push(CollectionPoint {
                key: key.to_owned(),
                label: key.to_owned(),
                date: None,
                origin: PointOrigin::Recorded,
            });
        }
    }
    points
}

impl App {
    /// A plan's collection points: the baseline and the evaluation's collections, or the
    /// organisation's own points when the evaluation names none.
    pub async fn collection_points(
        &self,
        org: OrgId,
        id: PlanId,
        plan: &Plan,
    ) -> AppResult<Vec<CollectionPoint>> {
        let mut points = plan_points(plan);
        if points.len() == 1 {
            points.extend(
                self.store()
                    .own_points(org, id)
                    .await?
                    .into_iter()
                    .map(|p| CollectionPoint {
                        key: p.key,
                        label: p.label,
                        date: None,
                        origin: PointOrigin::Organisation,
                    }),
            );
        }
        Ok(points)
    }

    /// Names the organisation's own follow-up points for a plan (editors and owners), in
    /// order, one per line; they are used only while the plan's evaluation names no dated
    /// collections. Keys already in use keep their meaning: a point renamed keeps its key.
    pub async fn set_own_points(
        &self,
        actor: &Actor,
        id: PlanId,
        labels: &[String],
    ) -> AppResult<Checked<Vec<OwnPoint>>> {
        actor.require(Role::Editor)?;
        let labels: Vec<&str> = labels
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .collect();
        let mut problems = Vec::new();
        if labels.len() > MAX_OWN_POINTS {
            problems.push(Problem::new(
                "points",
                ta(
                    "participants-error-points-many",
                    &[("max", MAX_OWN_POINTS.into())],
                ),
            ));
        }
        let mut points: Vec<OwnPoint> = Vec::new();
        for label in labels.iter().take(MAX_OWN_POINTS) {
            if label.chars().count() > 80 {
                problems.push(Problem::new(
                    "points",
                    ta("participants-error-point-long", &[("max", 80_u32.into())]),
                ));
                continue;
            }
            if find_point(&[baseline(None)], label).is_some()
                || points.iter().any(|p| p.label.eq_ignore_ascii_case(label))
            {
                problems.push(Problem::new(
                    "points",
                    ta(
                        "participants-error-point-twice",
                        &[("point", (*label).into())],
                    ),
                ));
                continue;
            }
            let mut taken: Vec<&str> = points.iter().map(|p| p.key.as_str()).collect();
            taken.push(BASELINE);
            let key = tessera_plan::new_id(label, "point", &taken);
            points.push(OwnPoint {
                key,
                label: (*label).to_owned(),
            });
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        self.store()
            .set_own_points(actor.org.id, id, points.clone(), &actor.name)
            .await?;
        Ok(Ok(points))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cafes_points_are_its_baseline_and_dated_collections_in_date_order() {
        let plan = Plan::from_json(tessera_plan::examples::LANGUAGE_CAFE).expect("valid");
        let points = plan_points(&plan);
        let keys: Vec<&str> = points.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys[0], "baseline");
        assert_eq!(points.len(), 6, "{keys:?}");
        assert_eq!(
            points[0].date,
            Some(time::macros::date!(2025 - 08 - 15)),
            "the earliest baseline date"
        );
        assert!(points.windows(2).skip(1).all(|w| w[0].date <= w[1].date));
        assert_eq!(
            points[1].label,
            "Mid-point survey and review of session notes"
        );
        assert_eq!(points[1].key, "mid-point-survey-and-review-of-session");
        assert_eq!(
            find_point(&points, "end survey").map(|p| p.origin),
            Some(PointOrigin::Plan)
        );
        assert_eq!(
            find_point(&points, "Llinell sylfaen").map(|p| p.key.as_str()),
            Some("baseline")
        );
        assert!(find_point(&points, "six months").is_none());
    }

    #[test]
    fn keys_found_only_on_measurements_follow_the_plans_points() {
        let points = with_recorded(vec![baseline(None)], ["baseline", "old-exit"]);
        assert_eq!(points.len(), 2);
        assert_eq!(points[1].origin, PointOrigin::Recorded);
        assert_eq!(points[1].label, "old-exit");
    }
}
