//! The combined view of a period across partners: outputs summed and indicators pooled where
//! partners measure the same indicator the same way, with small-cell suppression that holds
//! across partners (`tessera_stats::pooling`, `tessera_stats::disclosure`; see
//! `docs/disclosure.md`).
//!
//! Three tables are published, each protected on its own: attendance by side (partners ×
//! newcomers, receiving community, not recorded), sessions (partners × one column), and for
//! each pooled indicator the people behind it (partners × yes/no for a proportion, partners ×
//! people for a mean). They do not share margins: attendances, sessions and the people followed
//! up for an indicator are different counts, so no table's hidden cell can be solved from
//! another's totals.
//!
//! Only submitted and accepted reports enter the view; a returned report does not.
//!
//! A proportion's counts are rebuilt from the partner's figure: yes = round(p × n), exact for
//! the plan's own participants (p is their share). For a mean, the standard error is taken from
//! the reported interval, (high − low) / (2 × 1.96): partners report the interval of their
//! paired follow-up, so the pooled interval of a mean is approximate (it says so on the page).

use serde::Serialize;
use tessera_stats::Thresholds;
use tessera_stats::disclosure::{Line, Position, ProtectionRule, PublishedTable};
use tessera_stats::pooling::{
    CombinedView, PartnerEstimate, PoolWeighting, PooledKind, combined_view, sum_counts,
};
use tessera_store::{OrgId, PartnerLinkId, PartnerReportId, ReportingPeriod, prelude::*};

use super::reports::decode;
use super::snapshot::{ATTENDANCE_SIDES, ReportSnapshot, SnapshotFigure};
use super::{not_found, parse_period_id};
use crate::{App, AppError, AppResult};

/// z for a 95% interval, to turn a reported interval back into a standard error.
const Z95: f64 = 1.959_963_984_540_054;

/// One partner in the combined view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CombinedPartner {
    /// Its report.
    pub report: PartnerReportId,
    /// Its link.
    pub link: PartnerLinkId,
    /// The partner's name.
    pub name: String,
    /// `submitted` or `accepted`.
    pub status: String,
}

/// One indicator pooled over the partners that report it the same way.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CombinedIndicator {
    /// The indicator reference.
    pub indicator: String,
    /// Its name (as the first partner reporting it names it).
    pub indicator_name: String,
    /// The side.
    pub side: String,
    /// Proportion or mean.
    pub kind: PooledKind,
    /// The unit.
    pub unit: tessera_plan::Unit,
    /// Positions in [`CombinedPeriod::partners`] of the partners pooled, in the view's order.
    pub partners: Vec<usize>,
    /// The pooled figure, each partner's figure where it may be shown, and the people table.
    pub view: CombinedView,
}

impl CombinedIndicator {
    /// Whether figures are percentages.
    pub fn percent(&self) -> bool {
        self.kind == PooledKind::Proportion
    }

    /// The figure of the partner at `partner` (a position in [`CombinedPeriod::partners`]) as
    /// published, in the unit (percent for a proportion); `None` where hidden or not reported.
    pub fn partner_value(&self, partner: usize) -> Option<f64> {
        let at = self.partners.iter().position(|p| *p == partner)?;
        let e = self.view.partner_figures.get(at).copied().flatten()?;
        Some(if self.percent() {
            e.value * 100.0
        } else {
            e.value
        })
    }
}

/// A partner's figure that is not pooled (a count or rate, or a figure whose number of people is
/// not known), shown as the partner's own result pages show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnpooledFigure {
    /// Position in [`CombinedPeriod::partners`].
    pub partner: usize,
    /// The figure.
    pub figure: SnapshotFigure,
}

/// The combined view of one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CombinedPeriod {
    /// The period.
    pub period: ReportingPeriod,
    /// The partners whose reports are in, in the order of their links.
    pub partners: Vec<CombinedPartner>,
    /// Attendance: partners × [`ATTENDANCE_SIDES`], protected.
    pub attendance: PublishedTable,
    /// Sessions: partners × one column, protected.
    pub sessions: PublishedTable,
    /// Indicators pooled.
    pub indicators: Vec<CombinedIndicator>,
    /// Figures not pooled.
    pub unpooled: Vec<UnpooledFigure>,
    /// The rule applied.
    pub rule: ProtectionRule,
}

fn cell(table: &PublishedTable, row: Line, column: Line) -> Option<u64> {
    table.get(Position { row, column })
}

impl CombinedPeriod {
    /// A partner's attendance by side as published, then its total.
    pub fn attendance_row(&self, partner: usize) -> Vec<Option<u64>> {
        (0..ATTENDANCE_SIDES.len())
            .map(Line::Item)
            .chain([Line::Total])
            .map(|c| cell(&self.attendance, Line::Item(partner), c))
            .collect()
    }

    /// Attendance over all partners by side as published, then the grand total.
    pub fn attendance_total(&self) -> Vec<Option<u64>> {
        (0..ATTENDANCE_SIDES.len())
            .map(Line::Item)
            .chain([Line::Total])
            .map(|c| cell(&self.attendance, Line::Total, c))
            .collect()
    }

    /// A partner's sessions as published.
    pub fn sessions_of(&self, partner: usize) -> Option<u64> {
        cell(&self.sessions, Line::Item(partner), Line::Item(0))
    }

    /// Sessions over all partners as published.
    pub fn sessions_total(&self) -> Option<u64> {
        cell(&self.sessions, Line::Total, Line::Item(0))
    }

    /// A partner's snapshot as the commissioner may read it: figures hidden in the combined
    /// view are hidden here too (so the two pages together give nothing away), outputs as the
    /// combined tables publish them (see [`super::reports::ReportView`]).
    pub fn partner_snapshot(
        &self,
        report: PartnerReportId,
        snapshot: &ReportSnapshot,
    ) -> ReportSnapshot {
        let mut out = snapshot.clone();
        let Some(at) = self.partners.iter().position(|p| p.report == report) else {
            // Not in the view (returned): nothing of its figures is shown.
            out.progress.iter_mut().for_each(hide);
            out.outputs = Default::default();
            return out;
        };
        for figure in &mut out.progress {
            let pooled = self.indicators.iter().find(|i| {
                i.partners.contains(&at) && i.indicator == figure.indicator && i.side == figure.side
            });
            match pooled {
                Some(ind) => match ind.partner_value(at) {
                    Some(_) => {}
                    None => hide(figure),
                },
                None if figure.n.is_some() && figure.kind.is_some() => hide(figure),
                None => {}
            }
            // The number of people behind a pooled figure is in the people table only.
            figure.n = None;
        }
        out.outputs = Default::default();
        out
    }
}

fn hide(f: &mut SnapshotFigure) {
    f.value = None;
    f.ci_low = None;
    f.ci_high = None;
    f.n = None;
    f.status = Some("suppressed".to_owned());
}

/// The partner estimate behind a pooled figure; `None` if it cannot be pooled.
pub fn estimate_of(f: &SnapshotFigure) -> Option<PartnerEstimate> {
    let (kind, value, n) = (f.kind?, f.value?, f.n?);
    match kind {
        PooledKind::Proportion => {
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                clippy::cast_precision_loss,
                reason = "0 ≤ p · n ≤ n, counts < 2^52"
            )]
            let yes = ((value / 100.0).clamp(0.0, 1.0) * n as f64).round() as u64;
            Some(PartnerEstimate::proportion(yes.min(n), n))
        }
        PooledKind::Mean => {
            let se = match (f.ci_low, f.ci_high) {
                (Some(l), Some(h)) if h >= l => (h - l) / (2.0 * Z95),
                _ => 0.0,
            };
            Some(PartnerEstimate { value, se, n })
        }
    }
}

/// Builds the combined view from the reports in (pure, so tests can give it snapshots).
///
/// # Errors
/// A table too large to protect, or figures the pooling refuses.
pub fn combine(
    period: ReportingPeriod,
    reports: &[(CombinedPartner, ReportSnapshot)],
    rule: &ProtectionRule,
    th: &Thresholds,
) -> AppResult<CombinedPeriod> {
    let names: Vec<String> = reports.iter().map(|(p, _)| p.name.clone()).collect();
    let empty = reports.is_empty();
    let attendance = if empty {
        PublishedTable {
            rows: Vec::new(),
            columns: Vec::new(),
            cells: Vec::new(),
        }
    } else {
        sum_counts(
            names.clone(),
            ATTENDANCE_SIDES.iter().map(|s| column_name(s)).collect(),
            &reports
                .iter()
                .map(|(_, s)| {
                    let mut row = s.outputs.attendance_by_side.clone();
                    row.resize(ATTENDANCE_SIDES.len(), 0);
                    row
                })
                .collect::<Vec<_>>(),
            rule,
        )
        .map_err(AppError::internal)?
    };
    let sessions = if empty {
        attendance.clone()
    } else {
        sum_counts(
            names.clone(),
            vec!["sessions".to_owned()],
            &reports
                .iter()
                .map(|(_, s)| vec![s.outputs.sessions])
                .collect::<Vec<_>>(),
            rule,
        )
        .map_err(AppError::internal)?
    };
    // Group poolable figures by what they measure, in the order first met.
    let mut groups: Vec<(SnapshotFigure, Vec<(usize, PartnerEstimate)>)> = Vec::new();
    let mut unpooled = Vec::new();
    for (i, (_, snapshot)) in reports.iter().enumerate() {
        for f in &snapshot.progress {
            match estimate_of(f) {
                Some(e) => match groups.iter_mut().find(|(g, _)| g.same_measure(f)) {
                    // A partner reporting the same measure twice (two outcomes) counts once.
                    Some((_, members)) if members.iter().any(|(p, _)| *p == i) => {}
                    Some((_, members)) => members.push((i, e)),
                    None => groups.push((f.clone(), vec![(i, e)])),
                },
                None if f.kind.is_some() && f.n.is_some() => {}
                None => unpooled.push(UnpooledFigure {
                    partner: i,
                    figure: f.clone(),
                }),
            }
        }
    }
    let mut indicators = Vec::new();
    for (first, members) in groups {
        let kind = first
            .kind
            .ok_or_else(|| AppError::internal("a pooled figure without a kind"))?;
        let view = combined_view(
            members.iter().map(|(p, _)| names[*p].clone()).collect(),
            &members.iter().map(|(_, e)| *e).collect::<Vec<_>>(),
            kind,
            PoolWeighting::SampleSize,
            th,
            rule,
        )
        .map_err(AppError::internal)?;
        indicators.push(CombinedIndicator {
            indicator: first.indicator,
            indicator_name: first.indicator_name,
            side: first.side,
            kind,
            unit: first.unit,
            partners: members.iter().map(|(p, _)| *p).collect(),
            view,
        });
    }
    Ok(CombinedPeriod {
        period,
        partners: reports.iter().map(|(p, _)| p.clone()).collect(),
        attendance,
        sessions,
        indicators,
        unpooled,
        rule: *rule,
    })
}

/// The name of an attendance column (`not_recorded` for the empty side).
fn column_name(side: &str) -> String {
    if side.is_empty() {
        "not_recorded".to_owned()
    } else {
        side.to_owned()
    }
}

impl App {
    /// The combined view of a period for its commissioner: the submitted and accepted reports
    /// pooled, small counts hidden across partners. Partners get "not found".
    pub async fn combined_view(&self, org: OrgId, period: &str) -> AppResult<CombinedPeriod> {
        let id = parse_period_id(period)?;
        let period = self
            .store()
            .reporting_period(org, id)
            .await?
            .filter(|p| p.org == org)
            .ok_or_else(not_found)?;
        let links = self.store().partner_links(org).await?;
        let mut reports = self
            .store()
            .period_reports(org, period.id)
            .await?
            .into_iter()
            .filter(|r| r.status == "submitted" || r.status == "accepted")
            .collect::<Vec<_>>();
        reports.sort_by_key(|r| r.link);
        let mut input = Vec::new();
        for r in reports {
            let Some(link) = links.iter().find(|l| l.id == r.link) else {
                continue;
            };
            input.push((
                CombinedPartner {
                    report: r.id,
                    link: r.link,
                    name: link.partner_name.clone(),
                    status: r.status.clone(),
                },
                decode(&r)?,
            ));
        }
        combine(
            period,
            &input,
            &ProtectionRule::default(),
            &Thresholds::default(),
        )
    }
}
