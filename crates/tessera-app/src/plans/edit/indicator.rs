//! The indicators of an intermediate outcome, with their baselines and targets.

use tessera_plan::{
    BaselineSource, Date, Direction, IndicatorEvidence, OutcomeIndicator, Plan, Unit,
};

use super::{Applied, Edit, FieldProblem, changed_or_added, commit, missing, put};
use crate::AppResult;

/// The answers of an outcome indicator's form.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorForm {
    /// A catalogue indicator `<pack>/<id>` or the plan's own `local/<id>`.
    pub indicator: String,
    /// Who it is measured for: target-group ids or the sides' codes.
    pub groups: Vec<String>,
    /// Which way is better.
    pub direction: Direction,
    /// The value now, before the work.
    pub baseline: Option<f64>,
    /// Where the baseline comes from.
    pub baseline_source: Option<BaselineSource>,
    /// A note on the baseline.
    pub baseline_note: Option<String>,
    /// The value hoped for.
    pub target: Option<f64>,
    /// When the target should be reached.
    pub target_date: Option<Date>,
    /// What the baseline and target are measured in.
    pub unit: Option<Unit>,
    /// Where the figures that judge it come from.
    pub evidence: Option<IndicatorEvidence>,
}

/// The problem with a target on the wrong side of its baseline for the way that is better.
pub fn target_problem(
    baseline: Option<f64>,
    target: Option<f64>,
    direction: Option<Direction>,
) -> Option<FieldProblem> {
    let (Some(b), Some(t), Some(d)) = (baseline, target, direction) else {
        return None;
    };
    let wrong = match d {
        Direction::Up => t < b,
        Direction::Down => t > b,
    };
    wrong.then(|| {
        FieldProblem::new(
            "target",
            tessera_l10n::ta(
                "plans-error-target-wrong-side",
                &[
                    ("target", t.into()),
                    ("baseline", b.into()),
                    ("direction", d.code().into()),
                ],
            ),
        )
    })
}

/// Changes indicator `at` of outcome `outcome`, or adds one when `at` is `None`.
pub fn apply(plan: &mut Plan, outcome: &str, at: Option<usize>, form: IndicatorForm) -> Applied {
    let problems: Vec<FieldProblem> =
        target_problem(form.baseline, form.target, Some(form.direction))
            .into_iter()
            .collect();
    let mut next = plan.clone();
    let o = next
        .outcomes
        .iter_mut()
        .find(|o| o.id == outcome)
        .ok_or_else(missing)?;
    let indicator = OutcomeIndicator {
        indicator: form.indicator,
        baseline: form.baseline,
        baseline_source: form.baseline_source,
        baseline_note: form.baseline_note,
        target: form.target,
        target_date: form.target_date,
        direction: form.direction,
        groups: form.groups,
        unit: form.unit,
        evidence: form.evidence,
    };
    put(&mut o.indicators, at, indicator)?;
    let edit = Edit::new(changed_or_added(at.is_some(), "an indicator"));
    Ok(commit(plan, next, problems, edit))
}

/// Removes indicator `at` of outcome `outcome`; the outcome's evaluation plan stops naming it
/// unless the outcome has it twice.
pub fn remove(plan: &mut Plan, outcome: &str, at: usize) -> AppResult<String> {
    let o = plan
        .outcomes
        .iter_mut()
        .find(|o| o.id == outcome)
        .ok_or_else(missing)?;
    if at >= o.indicators.len() {
        return Err(missing());
    }
    o.indicators.remove(at);
    let left: Vec<String> = o.indicators.iter().map(|i| i.indicator.clone()).collect();
    for e in &mut plan.evaluation {
        if e.outcome == outcome {
            e.indicators.retain(|r| left.contains(r));
        }
    }
    Ok("removed an indicator".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_must_lie_on_the_better_side_of_its_baseline() {
        let up = target_problem(Some(50.0), Some(40.0), Some(Direction::Up)).expect("wrong");
        assert_eq!(
            up.message,
            "The target 40 is below the baseline 50 but higher is better; change the target or which way is better"
        );
        assert!(target_problem(Some(50.0), Some(40.0), Some(Direction::Down)).is_none());
        assert!(target_problem(Some(50.0), Some(50.0), Some(Direction::Up)).is_none());
        assert!(target_problem(None, Some(40.0), Some(Direction::Up)).is_none());
        let down = target_problem(Some(1.5), Some(2.0), Some(Direction::Down)).expect("wrong");
        assert!(
            down.message
                .starts_with("The target 2 is above the baseline 1.5 but lower")
        );
    }
}
