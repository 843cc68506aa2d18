//! Checks a plan's evidence against what the organisation holds before the plan is saved: a
//! named dataset must be the organisation's and measure the indicator, and the unit of the
//! baseline and target must be the unit the evidence gives (a 0–10 mean cannot judge a
//! percentage target). The web form, the plan file import and the API all save through
//! [`App::evidence_problems`], so the rule is the same everywhere.

use tessera_framework::{Catalogue, IndicatorKind};
use tessera_plan::{OutcomeIndicator, Plan, PlanProblem, SourceKind, Unit, UnitKind, implied_unit};
use tessera_stats::EstimandKind;
use tessera_stats::mapping::DatasetMapping;
use tessera_store::{DatasetId, OrgId, prelude::*};

use crate::{App, AppResult};

/// The units the plan's participants' answers can give for an indicator: yes/no answers give
/// a percentage; numbers give a mean; a plan's own indicator may be either.
pub fn participant_units(catalogue: &Catalogue, reference: &str) -> Vec<UnitKind> {
    match catalogue.indicator(reference).map(|i| i.kind) {
        Some(IndicatorKind::Proportion) => vec![UnitKind::Percentage],
        Some(_) => vec![UnitKind::Mean],
        None => vec![UnitKind::Percentage, UnitKind::Mean],
    }
}

/// The unit a dataset measure's estimates are in.
pub fn measure_unit(kind: EstimandKind) -> UnitKind {
    match kind {
        EstimandKind::Proportion => UnitKind::Percentage,
        EstimandKind::Mean => UnitKind::Mean,
        EstimandKind::Total => UnitKind::Count,
    }
}

/// The problem of a unit unlike the evidence's, at the indicator's `unit`.
fn mismatch(path: &str, unit: &Unit, evidence: UnitKind, source: SourceKind) -> PlanProblem {
    PlanProblem::at(
        format!("{path}.unit"),
        tessera_l10n::ta(
            "plans-problem-unit-mismatch",
            &[
                ("unit", unit.text().into()),
                ("evidence", evidence.text().into()),
                ("source", source.text().into()),
            ],
        ),
    )
}

impl App {
    /// What is wrong with the evidence of a plan's indicators in this organisation; empty when
    /// the plan can be saved.
    pub async fn evidence_problems(&self, org: OrgId, plan: &Plan) -> AppResult<Vec<PlanProblem>> {
        let mut out = Vec::new();
        for (i, outcome) in plan.outcomes.iter().enumerate() {
            for (j, ind) in outcome.indicators.iter().enumerate() {
                let path = format!("$.outcomes[{i}].indicators[{j}]");
                self.indicator_evidence(org, &path, ind, &mut out).await?;
            }
        }
        Ok(out)
    }

    async fn indicator_evidence(
        &self,
        org: OrgId,
        path: &str,
        ind: &OutcomeIndicator,
        out: &mut Vec<PlanProblem>,
    ) -> AppResult<()> {
        let Some(evidence) = &ind.evidence else {
            return Ok(());
        };
        let catalogue = self.catalogue_for(org).await?;
        let unit = implied_unit(ind, &catalogue);
        for (k, id) in evidence.context.iter().enumerate() {
            if self.store().dataset(org, DatasetId(*id)).await?.is_none() {
                out.push(no_dataset(&format!("{path}.evidence.context[{k}]"), *id));
            }
        }
        match evidence.source {
            SourceKind::Participants => {
                let allowed = participant_units(&catalogue, &ind.indicator);
                if let Some(u) = unit
                    && !allowed.contains(&u.kind)
                {
                    out.push(mismatch(path, &u, allowed[0], evidence.source));
                }
            }
            SourceKind::Dataset => {
                let Some(id) = evidence.dataset else {
                    return Ok(());
                };
                let Some(record) = self.store().dataset(org, DatasetId(id)).await? else {
                    out.push(no_dataset(&format!("{path}.evidence.dataset"), id));
                    return Ok(());
                };
                let mapping = serde_json::from_value::<DatasetMapping>(record.mapping).ok();
                let measure = mapping.as_ref().and_then(|m| {
                    m.measures.iter().find(|m| match &evidence.measure {
                        Some(id) => &m.id == id,
                        None => m.indicator.as_deref() == Some(ind.indicator.as_str()),
                    })
                });
                let Some(measure) = measure else {
                    out.push(PlanProblem::at(
                        format!("{path}.evidence.measure"),
                        tessera_l10n::ta(
                            "plans-problem-no-such-measure",
                            &[
                                ("dataset", record.summary.name.as_str().into()),
                                (
                                    "measure",
                                    evidence.measure.as_deref().unwrap_or("none").into(),
                                ),
                            ],
                        ),
                    ));
                    return Ok(());
                };
                let given = measure_unit(measure.kind);
                if let Some(u) = unit
                    && u.kind != given
                {
                    out.push(mismatch(path, &u, given, evidence.source));
                }
            }
            SourceKind::Context => {}
        }
        Ok(())
    }
}

fn no_dataset(path: &str, id: i64) -> PlanProblem {
    PlanProblem::at(
        path,
        tessera_l10n::ta("plans-problem-no-such-dataset", &[("dataset", id.into())]),
    )
}
