//! A plan's "Participants and change" page: for each indicator and side, how the plan's own
//! participants moved from the baseline to each follow-up, in tables and in plain words, with
//! the organisation's small numbers shown and marked ([`Audience::Owner`]); the plan's
//! participants; and the export of its answers.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tessera_app::participants::change::{GroupChange, IndicatorChange, PlanChange, PointFigures};
use tessera_app::participants::side_label;
use tessera_l10n::{Arg, number, percent, signed, t, ta};
use tessera_stats::change::{Audience, Change, ChangeReason, IndicatorKind, Published};

use super::{plan_crumbs, standing_tag};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

/// One follow-up point's figures for one group, written out.
pub(crate) struct RowView {
    pub point: String,
    pub n_baseline: String,
    pub followed: String,
    pub lost: String,
    pub levels: String,
    pub change: String,
    pub interval: String,
    pub improved: String,
    pub same: String,
    pub worsened: String,
    pub sentence: String,
    pub verdict: String,
    pub status: String,
    pub status_tag: &'static str,
    pub notes: Vec<String>,
    pub shown: bool,
}

/// One group (a side, or a side and a breakdown value).
pub(crate) struct GroupView {
    pub heading: String,
    pub baseline: String,
    pub rows: Vec<RowView>,
}

/// One indicator.
pub(crate) struct IndicatorView {
    pub name: String,
    pub lang: String,
    pub outcome: String,
    pub how: String,
    pub groups: Vec<GroupView>,
}

/// A participant of the plan, as listed.
pub(crate) struct MemberView {
    pub code: String,
    pub side: String,
    pub group: String,
    pub standing: String,
    pub standing_tag: &'static str,
}

#[derive(Template)]
#[template(path = "participants/change.html")]
pub(crate) struct ChangePage {
    crumbs: Vec<(String, String)>,
    id: String,
    title: String,
    summary: String,
    confidence: String,
    min_cell: u64,
    /// (key, name) of the fields it can be broken down by.
    breakdowns: Vec<(String, String)>,
    by: String,
    indicators: Vec<IndicatorView>,
    members: Vec<MemberView>,
    has_follow_ups: bool,
}

#[derive(Deserialize, Default)]
pub(crate) struct ChangeQuery {
    #[serde(default)]
    by: String,
}

fn reason_words(reason: &ChangeReason) -> String {
    let code = serde_json::to_value(reason)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    t(&format!("participants-reason-{code}"))
}

fn status_of<T>(p: &Published<T>) -> (String, &'static str, Vec<String>) {
    let notes: Vec<String> = p.reasons().iter().map(reason_words).collect();
    match p {
        Published::Ok { .. } => (t("participants-status-ok"), "govuk-tag--green", notes),
        Published::Unreliable { .. } => (
            t("participants-status-unreliable"),
            "govuk-tag--yellow",
            notes,
        ),
        Published::Suppressed { .. } => (
            t("participants-status-suppressed"),
            "govuk-tag--grey",
            notes,
        ),
    }
}

fn count(n: u64) -> String {
    #[expect(clippy::cast_precision_loss, reason = "counts of people")]
    number(n as f64, 0)
}

/// A level (a share or a mean) for the indicator's kind.
fn level(kind: IndicatorKind, x: f64) -> String {
    match kind {
        IndicatorKind::YesNo => percent(x, 0),
        IndicatorKind::Scale => number(x, 1),
    }
}

/// A change (percentage points or a difference of means).
fn difference(kind: IndicatorKind, x: f64) -> String {
    match kind {
        IndicatorKind::YesNo => ta(
            "participants-change-points",
            &[("value", signed(x * 100.0, 0).into())],
        ),
        IndicatorKind::Scale => signed(x, 2),
    }
}

fn bound(kind: IndicatorKind, x: f64) -> String {
    match kind {
        IndicatorKind::YesNo => signed(x * 100.0, 0),
        IndicatorKind::Scale => signed(x, 2),
    }
}

fn row(kind: IndicatorKind, point: String, f: &PointFigures, confidence: &str) -> RowView {
    let (status, status_tag, mut notes) = status_of(&f.change);
    let (fu_status, _, fu_notes) = status_of(&f.follow_up);
    let _ = fu_status;
    for n in fu_notes {
        if !notes.contains(&n) {
            notes.push(n);
        }
    }
    let mut view = RowView {
        point: point.clone(),
        n_baseline: String::new(),
        followed: String::new(),
        lost: String::new(),
        levels: String::new(),
        change: String::new(),
        interval: String::new(),
        improved: String::new(),
        same: String::new(),
        worsened: String::new(),
        sentence: String::new(),
        verdict: String::new(),
        status,
        status_tag,
        notes,
        shown: false,
    };
    if let Some(fu) = f.follow_up.figures() {
        view.n_baseline = count(fu.n_baseline);
        view.followed = count(fu.n_followed_up);
        view.lost = ta(
            "participants-change-lost",
            &[
                ("count", count(fu.attrition).into()),
                ("share", percent(fu.attrition_share, 0).into()),
            ],
        );
    }
    let Some(change) = f.change.figures() else {
        return view;
    };
    view.shown = true;
    let share = |s: &tessera_stats::change::Share| {
        ta(
            "participants-change-share",
            &[
                ("count", count(s.count).into()),
                ("share", percent(s.share, 0).into()),
            ],
        )
    };
    let d = change.directions();
    view.improved = share(&d.improved);
    view.same = share(&d.same);
    view.worsened = share(&d.worsened);
    let (n, before, after) = match change {
        Change::Scale(m) => (m.n, m.mean_baseline, m.mean_follow_up),
        Change::YesNo(p) => (p.n, p.baseline, p.follow_up),
    };
    view.levels = format!("{} → {}", level(kind, before), level(kind, after));
    view.change = difference(kind, change.value());
    let key = match kind {
        IndicatorKind::YesNo => "participants-sentence-yes-no",
        IndicatorKind::Scale => "participants-sentence-scale",
    };
    #[expect(clippy::cast_precision_loss, reason = "counts of people")]
    let people = Arg::Number(n as f64);
    view.sentence = ta(
        key,
        &[
            ("n", people),
            ("point", point.into()),
            ("before", level(kind, before).into()),
            ("after", level(kind, after).into()),
            ("change", difference(kind, change.value()).into()),
        ],
    );
    if let Some(ci) = change.ci() {
        view.interval = ta(
            "participants-change-interval",
            &[
                ("low", bound(kind, ci.low).into()),
                ("high", bound(kind, ci.high).into()),
            ],
        );
        view.verdict = ta(
            if ci.low > 0.0 || ci.high < 0.0 {
                "participants-verdict-real"
            } else {
                "participants-verdict-chance"
            },
            &[("confidence", confidence.into())],
        );
    }
    view
}

fn group_view(
    kind: IndicatorKind,
    change: &PlanChange,
    g: &GroupChange,
    confidence: &str,
) -> GroupView {
    let mut heading = side_label(g.side);
    if let (Some(value), Some(b)) = (&g.value, &change.breakdown) {
        let words = b
            .values
            .iter()
            .find(|(c, _)| c == value)
            .map_or_else(|| value.clone(), |(_, w)| w.clone());
        heading = format!("{heading} · {}: {words}", b.label);
    }
    let baseline = match g.baseline.figures() {
        Some(b) => ta(
            match kind {
                IndicatorKind::YesNo => "participants-baseline-yes-no",
                IndicatorKind::Scale => "participants-baseline-scale",
            },
            &[
                ("count", count(b.n).into()),
                ("value", level(kind, b.value).into()),
            ],
        ),
        None => {
            let (_, _, notes) = status_of(&g.baseline);
            ta(
                "participants-baseline-hidden",
                &[("reason", notes.join(" ").into())],
            )
        }
    };
    GroupView {
        heading,
        baseline,
        rows: g
            .follow_ups
            .iter()
            .map(|f| {
                let point = change
                    .point(&f.point)
                    .map_or_else(|| f.point.clone(), |p| p.label.clone());
                row(kind, point, f, confidence)
            })
            .collect(),
    }
}

fn indicator_view(change: &PlanChange, i: &IndicatorChange, confidence: &str) -> IndicatorView {
    let how = match (i.kind, i.indicator.direction) {
        (IndicatorKind::YesNo, tessera_plan::Direction::Up) => "participants-how-yes-no-up",
        (IndicatorKind::YesNo, tessera_plan::Direction::Down) => "participants-how-yes-no-down",
        (IndicatorKind::Scale, tessera_plan::Direction::Up) => "participants-how-scale-up",
        (IndicatorKind::Scale, tessera_plan::Direction::Down) => "participants-how-scale-down",
    };
    IndicatorView {
        name: i.indicator.name.clone(),
        lang: i.indicator.name_lang.clone(),
        outcome: i.indicator.outcome.clone(),
        how: t(how),
        groups: i
            .groups
            .iter()
            .map(|g| group_view(i.kind, change, g, confidence))
            .collect(),
    }
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
    Query(query): Query<ChangeQuery>,
) -> Result<Html<String>, PageError> {
    let app = state.app();
    let fields = app.participant_fields(org.id).await?;
    let by = fields
        .iter()
        .find(|f| f.key == query.by.trim())
        .map(|f| f.key.clone());
    let change = app
        .plan_change(org.id, &id, Audience::Owner, by.as_deref())
        .await?;
    let context = app.plan_context(org.id, &id).await?;
    let members = app.register(org.id, Some(context.id)).await?;
    let confidence = percent(change.confidence, 0);
    let page = ChangePage {
        crumbs: plan_crumbs(context.id, &context.plan.title, &[]),
        id: context.id.to_string(),
        title: context.plan.title.clone(),
        summary: ta(
            "participants-change-summary",
            &[
                ("count", change.participants.into()),
                ("used", change.included.into()),
                ("withdrawn", change.withdrawn.into()),
            ],
        ),
        confidence: confidence.clone(),
        min_cell: change.min_cell,
        breakdowns: fields
            .iter()
            .map(|f| (f.key.clone(), f.label.clone()))
            .collect(),
        by: by.unwrap_or_default(),
        has_follow_ups: change.points.len() > 1,
        indicators: change
            .indicators
            .iter()
            .map(|i| indicator_view(&change, i, &confidence))
            .collect(),
        members: members
            .into_iter()
            .map(|r| {
                let group = r
                    .participant
                    .plans
                    .iter()
                    .find(|m| m.plan == context.id)
                    .and_then(|m| m.target_group.as_ref())
                    .and_then(|g| context.plan.target_groups.iter().find(|t| &t.id == g))
                    .map(|g| g.name.clone())
                    .unwrap_or_default();
                MemberView {
                    standing: r.standing.label(),
                    standing_tag: standing_tag(r.standing.code()),
                    side: side_label(r.side),
                    group,
                    code: r.participant.code,
                }
            })
            .collect(),
    };
    Ok(Html(page.render()?))
}

/// `GET /plans/{id}/participants/measurements.csv`: the plan's answers, keyed by code.
pub(crate) async fn export_csv(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let bytes = state.app().measurements_csv(org.id, &id).await?;
    let id = tessera_app::plans::parse_id(&id)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"plan-{id}-answers.csv\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
