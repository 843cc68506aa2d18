//! The combined view of a period across partners: attendance and sessions summed, indicators
//! pooled where partners measure them the same way, small counts hidden across partners.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use tessera_stats::published::Published;

use super::report::{attendance_headers, count_text, figure_text};
use super::{crumbs, day};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

/// One row of a table: a name and its cells.
pub(crate) struct Row {
    pub name: String,
    pub cells: Vec<String>,
}

/// One pooled indicator.
pub(crate) struct IndicatorBlock {
    pub id: String,
    pub name: String,
    pub side: String,
    pub rows: Vec<Row>,
    pub pooled: String,
    /// The pooled figure's interval, people and status in words.
    pub detail: String,
}

/// A figure that is not pooled.
pub(crate) struct Unpooled {
    pub partner: String,
    pub indicator: String,
    pub side: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "partners/combined.html")]
pub(crate) struct CombinedPage {
    crumbs: Vec<(String, String)>,
    label: String,
    dates: String,
    partners: usize,
    headers: Vec<String>,
    attendance: Vec<Row>,
    attendance_total: Row,
    indicators: Vec<IndicatorBlock>,
    unpooled: Vec<Unpooled>,
    threshold: u64,
}

/// `GET /partners/periods/{id}` (the commissioner).
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let view = state.app().combined_view(org.id, &id).await?;
    let (_, plan) = state
        .app()
        .plan(org.id, &view.period.plan.to_string())
        .await?;
    let side =
        |code: &str| tessera_plan::Side::parse(code).map_or_else(|| code.to_owned(), |s| s.text());
    let attendance = view
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| Row {
            name: p.name.clone(),
            cells: std::iter::once(count_text(view.sessions_of(i)))
                .chain(view.attendance_row(i).into_iter().map(count_text))
                .collect(),
        })
        .collect();
    let attendance_total = Row {
        name: tessera_l10n::t("partners-all-partners"),
        cells: std::iter::once(count_text(view.sessions_total()))
            .chain(view.attendance_total().into_iter().map(count_text))
            .collect(),
    };
    let indicators = view
        .indicators
        .iter()
        .enumerate()
        .map(|(n, ind)| {
            let percent = ind.percent();
            let rows = ind
                .partners
                .iter()
                .map(|p| Row {
                    name: view.partners[*p].name.clone(),
                    cells: vec![figure_text(ind.partner_value(*p), percent)],
                })
                .collect();
            let scale = if percent { 100.0 } else { 1.0 };
            let (pooled, interval, people) = match ind.view.pooled.figures() {
                Some(f) => (
                    figure_text(Some(f.value * scale), percent),
                    f.ci.map(|ci| {
                        tessera_l10n::ta(
                            "partners-interval",
                            &[
                                ("low", figure_text(Some(ci.low * scale), percent).into()),
                                ("high", figure_text(Some(ci.high * scale), percent).into()),
                            ],
                        )
                    })
                    .unwrap_or_default(),
                    tessera_l10n::number(f.n as f64, 0),
                ),
                None => (
                    tessera_l10n::t("partners-hidden"),
                    String::new(),
                    tessera_l10n::t("partners-hidden"),
                ),
            };
            let status = match &ind.view.pooled {
                Published::Ok { .. } => tessera_l10n::t("partners-figure-status-ok"),
                Published::Unreliable { .. } => {
                    tessera_l10n::t("partners-figure-status-unreliable")
                }
                Published::Suppressed { .. } => tessera_l10n::t("partners-pooled-hidden"),
            };
            IndicatorBlock {
                id: format!("indicator-{}", n + 1),
                name: ind.indicator_name.clone(),
                side: side(&ind.side),
                rows,
                pooled,
                detail: if ind.view.pooled.figures().is_none() {
                    status
                } else {
                    tessera_l10n::ta(
                        "partners-pooled-detail",
                        &[
                            ("interval", interval.into()),
                            ("people", people.into()),
                            ("status", status.into()),
                        ],
                    )
                },
            }
        })
        .collect();
    let unpooled = view
        .unpooled
        .iter()
        .map(|u| Unpooled {
            partner: view.partners[u.partner].name.clone(),
            indicator: u.figure.indicator_name.clone(),
            side: side(&u.figure.side),
            value: figure_text(
                u.figure.value,
                u.figure.unit.kind == tessera_plan::UnitKind::Percentage,
            ),
        })
        .collect();
    let page = CombinedPage {
        crumbs: crumbs(&[
            (
                format!("/partners/plans/{}", view.period.plan),
                plan.title.clone(),
            ),
            (
                format!("/partners/periods/{}", view.period.id),
                view.period.label.clone(),
            ),
        ]),
        label: view.period.label.clone(),
        dates: tessera_l10n::ta(
            "partners-period-dates",
            &[
                ("start", day(&view.period.period_start).into()),
                ("end", day(&view.period.period_end).into()),
            ],
        ),
        partners: view.partners.len(),
        headers: std::iter::once(tessera_l10n::t("partners-field-sessions"))
            .chain(attendance_headers())
            .collect(),
        attendance,
        attendance_total,
        indicators,
        unpooled,
        threshold: view.rule.threshold,
    };
    Ok(Html(page.render()?))
}
