//! The JSON API's response types, version 1 (documented in `docs/api.md`). They are built from
//! the application layer's results, never from page views, so a change to a page cannot change
//! the API; every endpoint's response is under a snapshot test.

use serde::Serialize;
use tessera_app::plans::progress::{ChangeFigures, NotJudged, ProgressRow};
use tessera_app::results::{Cell, Gap, Line, Trend};
use tessera_plan::{DatasetFilter, ProgressStatus, Side, SourceKind, Unit};
use tessera_stats::{EstimandKind, Status};
use tessera_store::DatasetSummary;

/// A dataset as listed.
#[derive(Debug, Serialize)]
pub struct Dataset {
    pub id: i64,
    pub org: i64,
    pub name: String,
    pub version: i64,
    pub parent: Option<i64>,
    pub source_name: String,
    pub source_format: String,
    pub n_rows: i64,
    pub n_columns: i64,
    pub n_excluded: usize,
    pub waves: Vec<String>,
    pub size_bytes: i64,
    pub retain_until: Option<String>,
    pub created_by: String,
    pub created_at: String,
}

impl From<&DatasetSummary> for Dataset {
    fn from(d: &DatasetSummary) -> Self {
        Self {
            id: d.id.0,
            org: d.org.0,
            name: d.name.clone(),
            version: d.version,
            parent: d.parent.map(|p| p.0),
            source_name: d.source_name.clone(),
            source_format: d.source_format.clone(),
            n_rows: d.n_rows,
            n_columns: d.n_columns,
            n_excluded: d.n_excluded,
            waves: d.waves.clone(),
            size_bytes: d.size_bytes,
            retain_until: d.retain_until.clone(),
            created_by: d.created_by.clone(),
            created_at: d.created_at.clone(),
        }
    }
}

/// `GET /api/v1/datasets`.
#[derive(Debug, Serialize)]
pub struct DatasetList {
    pub datasets: Vec<Dataset>,
}

/// One variable of a dataset's codebook.
#[derive(Debug, Serialize)]
pub struct Variable {
    pub name: String,
    pub label: Option<String>,
    pub kind: tessera_data::VariableKind,
    pub value_labels: Vec<(String, String)>,
}

/// Links from a dataset.
#[derive(Debug, Serialize)]
pub struct DatasetLinks {
    pub profile: String,
    pub original: String,
}

/// `GET /api/v1/datasets/{id}`.
#[derive(Debug, Serialize)]
pub struct DatasetDetail {
    pub dataset: Dataset,
    pub mapping: tessera_stats::mapping::DatasetMapping,
    pub variables: Vec<Variable>,
    pub links: DatasetLinks,
}

/// One side's estimate in one cell.
#[derive(Debug, Serialize)]
pub struct CellFigures {
    pub estimate: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub n_rounded: Option<u64>,
    pub status: Status,
}

impl From<&Cell> for CellFigures {
    fn from(c: &Cell) -> Self {
        Self {
            estimate: c.estimate,
            ci_low: c.ci_low,
            ci_high: c.ci_high,
            n_rounded: c.n_rounded,
            status: c.status,
        }
    }
}

/// The gap newcomers − receiving community in one cell.
#[derive(Debug, Serialize)]
pub struct GapFigures {
    pub difference: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub ratio: Option<f64>,
    pub status: Status,
    pub likely_real: Option<bool>,
}

impl From<&Gap> for GapFigures {
    fn from(g: &Gap) -> Self {
        Self {
            difference: g.difference,
            ci_low: g.ci_low,
            ci_high: g.ci_high,
            ratio: g.ratio,
            status: g.status,
            likely_real: g.likely_real,
        }
    }
}

/// One line of results: the breakdown values, both sides, the rows on neither side, the gap.
#[derive(Debug, Serialize)]
pub struct ResultLine {
    pub cell: Vec<(String, String)>,
    pub newcomers: CellFigures,
    pub receiving_community: CellFigures,
    pub other: Option<CellFigures>,
    pub gap: GapFigures,
}

impl From<&Line> for ResultLine {
    fn from(l: &Line) -> Self {
        Self {
            cell: l.cell.clone(),
            newcomers: (&l.newcomers).into(),
            receiving_community: (&l.receiving_community).into(),
            other: l.other.as_ref().map(Into::into),
            gap: (&l.gap).into(),
        }
    }
}

/// Lines, converted.
pub fn lines(lines: &[Line]) -> Vec<ResultLine> {
    lines.iter().map(Into::into).collect()
}

/// Whether the gap changed between the first and last wave.
#[derive(Debug, Serialize)]
pub struct GapChange {
    pub earlier: String,
    pub later: String,
    pub gap_earlier: Option<f64>,
    pub gap_later: Option<f64>,
    pub change: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub closing: Option<bool>,
    pub significant: Option<bool>,
    pub status: Status,
}

impl From<&Trend> for GapChange {
    fn from(t: &Trend) -> Self {
        Self {
            earlier: t.earlier.clone(),
            later: t.later.clone(),
            gap_earlier: t.gap_earlier,
            gap_later: t.gap_later,
            change: t.change,
            ci_low: t.ci_low,
            ci_high: t.ci_high,
            closing: t.closing,
            significant: t.significant,
            status: t.status,
        }
    }
}

/// The sides compared.
#[derive(Debug, Serialize)]
pub struct Groups {
    pub focal: &'static str,
    pub reference: &'static str,
    pub other: &'static str,
}

/// The disclosure rule the figures follow.
#[derive(Debug, Serialize)]
pub struct SuppressionRule {
    pub min_cell: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unreliable_n: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unreliable_cv: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
    pub counts_rounded_to: u64,
}

/// One measure on the profile.
#[derive(Debug, Serialize)]
pub struct ProfileMeasure {
    pub id: String,
    pub label: String,
    pub indicator: Option<String>,
    pub kind: EstimandKind,
    pub overall: Vec<ResultLine>,
    pub by_wave: Vec<ResultLine>,
    pub gap_change: Option<GapChange>,
}

/// `GET /api/v1/datasets/{id}/profile`.
#[derive(Debug, Serialize)]
pub struct Profile {
    pub dataset: i64,
    pub groups: Groups,
    pub suppression_rule: SuppressionRule,
    pub measures: Vec<ProfileMeasure>,
}

/// A measure, named.
#[derive(Debug, Serialize)]
pub struct MeasureRef {
    pub id: String,
    pub label: String,
    pub indicator: Option<String>,
    pub kind: EstimandKind,
}

/// `GET /api/v1/datasets/{id}/measures/{measure}`.
#[derive(Debug, Serialize)]
pub struct MeasureDetail {
    pub dataset: i64,
    pub measure: MeasureRef,
    pub by: Option<String>,
    pub breakdowns: Vec<String>,
    pub overall: Vec<ResultLine>,
    pub by_wave: Vec<ResultLine>,
    pub split: Vec<ResultLine>,
    pub gap_change: Option<GapChange>,
    pub suppression_rule: SuppressionRule,
}

/// `202 Accepted` while estimates are computed.
#[derive(Debug, Serialize)]
pub struct Computing {
    pub status: &'static str,
    pub detail: &'static str,
    pub seconds: u64,
}

/// One plan indicator, for one side, against the evidence it names (or a context dataset).
#[derive(Debug, Serialize)]
pub struct Progress {
    pub outcome: String,
    pub outcome_text: String,
    pub indicator: String,
    pub indicator_name: String,
    pub side: Side,
    pub side_label: &'static str,
    /// `participants`, `dataset` or `context`.
    pub evidence: SourceKind,
    /// The dataset's name, or "The plan's participants".
    pub source_name: String,
    pub dataset: Option<i64>,
    pub measure: Option<String>,
    pub measure_label: Option<String>,
    /// The rows of the people reached, for a filtered dataset.
    pub filter: Option<DatasetFilter>,
    /// The wave or collection point of the latest figure.
    pub period: Option<String>,
    /// What the estimate and interval are in: `{"kind": "percentage"}` (0–100),
    /// `{"kind": "mean", "min": 0, "max": 10}`, `count` or `rate`.
    pub unit: Unit,
    /// What the baseline and target are in (stated, or implied by the catalogue indicator).
    pub target_unit: Option<Unit>,
    pub computing: bool,
    pub estimate: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub estimate_status: Option<Status>,
    /// The plan's stated baseline.
    pub baseline: Option<f64>,
    /// The baseline the evidence gives, from before (or at) the start.
    pub evidence_baseline: Option<f64>,
    pub baseline_period: Option<String>,
    pub target: Option<f64>,
    pub target_date: Option<String>,
    /// The change for the same people from the baseline (participants only).
    pub change: Option<ChangeFigures>,
    /// `on_track`, `off_track`, `cant_tell_yet`, or null when not judged.
    pub status: Option<ProgressStatus>,
    pub status_label: &'static str,
    /// Why there is no status: `context`, `before_start`, `no_start_date`, `no_period`,
    /// `unit_mismatch`.
    pub not_judged: Option<NotJudged>,
    pub explanation: String,
}

impl From<ProgressRow> for Progress {
    fn from(r: ProgressRow) -> Self {
        Self {
            side_label: match r.side {
                Side::Newcomers => "Newcomers",
                Side::ReceivingCommunity => "Receiving community",
            },
            status_label: if r.computing {
                "estimates are being computed"
            } else {
                match (r.status, r.not_judged) {
                    (Some(s), _) => s.label(),
                    (None, Some(NotJudged::Context)) => "context only, not judged",
                    (None, Some(NotJudged::BeforeStart)) => "before the plan started, not judged",
                    (None, Some(NotJudged::NoStartDate)) => "no start date, not judged",
                    (None, Some(NotJudged::NoPeriod)) => "collection date unknown, not judged",
                    (None, Some(NotJudged::UnitMismatch)) => "units differ, not judged",
                    (None, None) => "not judged",
                }
            },
            target_date: r.target_date.map(tessera_plan::format_date),
            dataset: r.dataset.map(|d| d.0),
            outcome: r.outcome,
            outcome_text: r.outcome_text,
            indicator: r.indicator,
            indicator_name: r.indicator_name,
            side: r.side,
            evidence: r.source,
            source_name: r.source_name,
            measure: r.measure,
            measure_label: r.measure_label,
            filter: r.filter,
            period: r.period,
            unit: r.unit,
            target_unit: r.target_unit,
            computing: r.computing,
            estimate: r.estimate,
            ci_low: r.ci_low,
            ci_high: r.ci_high,
            estimate_status: r.estimate_status,
            baseline: r.baseline,
            evidence_baseline: r.evidence_baseline,
            baseline_period: r.baseline_period,
            target: r.target,
            change: r.change,
            status: r.status,
            not_judged: r.not_judged,
            explanation: r.explanation,
        }
    }
}

/// `GET /api/v1/plans/{id}/progress`.
#[derive(Debug, Serialize)]
pub struct PlanProgress {
    pub plan: i64,
    pub units: &'static str,
    pub computing: bool,
    /// Each indicator and side, judged from the evidence it names.
    pub progress: Vec<Progress>,
    /// Datasets of a wider population shown beside the plan: never judged.
    pub context: Vec<Progress>,
}

/// A plan a participant belongs to.
#[derive(Debug, Serialize)]
pub struct PlanMembershipOut {
    pub plan: i64,
    pub target_group: Option<String>,
}

/// What a participant's consent allows now.
#[derive(Debug, Serialize)]
pub struct ConsentStanding {
    /// `active`, `withdrawn` or `no_consent`.
    pub status: &'static str,
    pub withdrawn_on: Option<String>,
}

/// Links from a participant.
#[derive(Debug, Serialize)]
pub struct ParticipantLinks {
    #[serde(rename = "self")]
    pub self_link: String,
    pub html: String,
    pub consents: String,
    pub measurements: String,
}

/// A participant of the register. Names and contact details are never part of it.
#[derive(Debug, Serialize)]
pub struct ParticipantOut {
    pub code: String,
    pub reference: Option<String>,
    pub side: String,
    pub plans: Vec<PlanMembershipOut>,
    pub fields: std::collections::BTreeMap<String, String>,
    pub consent: ConsentStanding,
    pub created_at: String,
    pub updated_at: String,
    pub links: ParticipantLinks,
}

impl From<&tessera_app::participants::register::Registered> for ParticipantOut {
    fn from(r: &tessera_app::participants::register::Registered) -> Self {
        use tessera_app::participants::consent::Standing;
        let p = &r.participant;
        let base = format!("/api/v1/participants/{}", p.code);
        Self {
            code: p.code.clone(),
            reference: p.reference.clone(),
            side: p.side.clone(),
            plans: p
                .plans
                .iter()
                .map(|m| PlanMembershipOut {
                    plan: m.plan.0,
                    target_group: m.target_group.clone(),
                })
                .collect(),
            fields: p.attributes.clone(),
            consent: ConsentStanding {
                status: r.standing.code(),
                withdrawn_on: match &r.standing {
                    Standing::Withdrawn { on } => Some(on.clone()),
                    _ => None,
                },
            },
            created_at: p.created_at.clone(),
            updated_at: p.updated_at.clone(),
            links: ParticipantLinks {
                html: format!("/participants/{}", p.code),
                consents: format!("{base}/consents"),
                measurements: format!("{base}/measurements"),
                self_link: base,
            },
        }
    }
}

/// `GET /api/v1/participants`.
#[derive(Debug, Serialize)]
pub struct ParticipantList {
    pub participants: Vec<ParticipantOut>,
}

/// `DELETE /api/v1/participants/{code}`: what erasure removed (counts only).
#[derive(Debug, Serialize)]
pub struct ErasedOut {
    pub erased: String,
    pub measurements: u64,
    pub consents: u64,
    pub contact_details: bool,
    pub plans: u64,
    pub stories: u64,
}

/// A consent record.
#[derive(Debug, Serialize)]
pub struct ConsentOut {
    pub id: i64,
    pub taking_part: bool,
    pub data_use: bool,
    pub stories: bool,
    pub sharing: bool,
    pub lawful_basis: String,
    pub given_on: String,
    pub method: String,
    pub witness: Option<String>,
    pub notes: String,
    pub recorded_by: String,
    pub withdrawn_on: Option<String>,
    pub withdrawn_by: Option<String>,
}

impl From<&tessera_store::Consent> for ConsentOut {
    fn from(c: &tessera_store::Consent) -> Self {
        Self {
            id: c.id.0,
            taking_part: c.taking_part,
            data_use: c.data_use,
            stories: c.stories,
            sharing: c.sharing,
            lawful_basis: c.lawful_basis.clone(),
            given_on: c.given_on.clone(),
            method: c.method.clone(),
            witness: c.witness.clone(),
            notes: c.notes.clone(),
            recorded_by: c.recorded_by.clone(),
            withdrawn_on: c.withdrawn_on.clone(),
            withdrawn_by: c.withdrawn_by.clone(),
        }
    }
}

/// `GET /api/v1/participants/{code}/consents`.
#[derive(Debug, Serialize)]
pub struct ConsentList {
    pub participant: String,
    pub consents: Vec<ConsentOut>,
}

/// A participant's answers at one collection point of one plan.
#[derive(Debug, Serialize)]
pub struct MeasurementOut {
    pub plan: i64,
    pub point: String,
    pub measured_on: String,
    /// Indicator reference → value (1 / 0 for yes / no).
    pub answers: std::collections::BTreeMap<String, f64>,
    pub created_at: String,
    pub updated_at: String,
}

impl From<&tessera_store::Measurement> for MeasurementOut {
    fn from(m: &tessera_store::Measurement) -> Self {
        Self {
            plan: m.plan.0,
            point: m.point.clone(),
            measured_on: m.measured_on.clone(),
            answers: m.answers.clone(),
            created_at: m.created_at.clone(),
            updated_at: m.updated_at.clone(),
        }
    }
}

/// `GET /api/v1/participants/{code}/measurements`.
#[derive(Debug, Serialize)]
pub struct MeasurementList {
    pub participant: String,
    pub measurements: Vec<MeasurementOut>,
}

/// A collection point of a plan.
#[derive(Debug, Serialize)]
pub struct PointOut {
    /// The key measurements record.
    pub id: String,
    pub label: String,
    pub date: Option<String>,
}

/// The breakdown of a plan's change estimates.
#[derive(Debug, Serialize)]
pub struct BreakdownOut {
    pub field: String,
    pub label: String,
    /// (code, words); the code `""` is "not recorded".
    pub values: Vec<(String, String)>,
}

/// One follow-up point against the baseline.
#[derive(Debug, Serialize)]
pub struct FollowUpOut {
    pub point: String,
    pub follow_up: tessera_stats::change::Published<tessera_stats::change::FollowUp>,
    pub change: tessera_stats::change::Published<tessera_stats::change::Change>,
}

/// One side (× breakdown value) of one indicator.
#[derive(Debug, Serialize)]
pub struct GroupOut {
    pub side: Side,
    pub value: Option<String>,
    pub baseline: tessera_stats::change::Published<tessera_stats::change::Baseline>,
    pub follow_ups: Vec<FollowUpOut>,
}

/// One indicator's change estimates.
#[derive(Debug, Serialize)]
pub struct IndicatorChangeOut {
    pub indicator: String,
    pub name: String,
    /// `yes_no` (paired proportions) or `scale` (paired means).
    pub kind: tessera_stats::change::IndicatorKind,
    /// `up` (higher is better) or `down`.
    pub direction: &'static str,
    pub groups: Vec<GroupOut>,
}

/// `GET /api/v1/plans/{id}/change`.
#[derive(Debug, Serialize)]
pub struct PlanChangeOut {
    pub plan: i64,
    /// `owner` (small numbers shown, marked) or `others` (suppressed).
    pub audience: tessera_stats::change::Audience,
    pub confidence: f64,
    pub min_cell: u64,
    pub unreliable_n: u64,
    pub max_attrition: f64,
    pub points: Vec<PointOut>,
    pub breakdown: Option<BreakdownOut>,
    pub participants: usize,
    pub included: usize,
    pub withdrawn: usize,
    pub indicators: Vec<IndicatorChangeOut>,
}

impl From<tessera_app::participants::change::PlanChange> for PlanChangeOut {
    fn from(c: tessera_app::participants::change::PlanChange) -> Self {
        Self {
            plan: c.plan.0,
            audience: c.audience,
            confidence: c.confidence,
            min_cell: c.min_cell,
            unreliable_n: c.unreliable_n,
            max_attrition: c.max_attrition,
            points: c
                .points
                .iter()
                .map(|p| PointOut {
                    id: p.key.clone(),
                    label: p.label.clone(),
                    date: p.date.map(tessera_plan::format_date),
                })
                .collect(),
            breakdown: c.breakdown.map(|b| BreakdownOut {
                field: b.field,
                label: b.label,
                values: b.values,
            }),
            participants: c.participants,
            included: c.included,
            withdrawn: c.withdrawn,
            indicators: c
                .indicators
                .into_iter()
                .map(|i| IndicatorChangeOut {
                    indicator: i.indicator.reference,
                    name: i.indicator.name,
                    kind: i.kind,
                    direction: i.indicator.direction.code(),
                    groups: i
                        .groups
                        .into_iter()
                        .map(|g| GroupOut {
                            side: g.side,
                            value: g.value,
                            baseline: g.baseline,
                            follow_ups: g
                                .follow_ups
                                .into_iter()
                                .map(|f| FollowUpOut {
                                    point: f.point,
                                    follow_up: f.follow_up,
                                    change: f.change,
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}
