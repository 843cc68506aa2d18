//! The evaluation plan of an intermediate outcome: methods, samples, timing, analysis and who
//! is responsible.

use tessera_plan::{Collection, Date, Method, OutcomeEvaluation, Plan, Sample};

use super::{Applied, Edit, commit, missing};
use crate::AppResult;

/// The answers of an outcome's evaluation form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvaluationForm {
    /// How data will be collected.
    pub methods: Vec<Method>,
    /// From whom.
    pub samples: Vec<Sample>,
    /// When the baseline is collected.
    pub baseline_date: Option<Date>,
    /// The baseline timing in words.
    pub baseline_note: Option<String>,
    /// Dated collections during and at the end of the work.
    pub collections: Vec<Collection>,
    /// How often data are gathered, in words.
    pub frequency: Option<String>,
    /// How the data will be analysed.
    pub analysis: Option<String>,
    /// The id of the stakeholder responsible.
    pub responsible: Option<String>,
}

/// Writes (or rewrites) the evaluation plan of outcome `outcome`, keeping which of its
/// indicators it collects.
pub fn apply(plan: &mut Plan, outcome: &str, form: EvaluationForm) -> Applied {
    if plan.outcome(outcome).is_none() {
        return Err(missing());
    }
    let mut next = plan.clone();
    let evaluation = OutcomeEvaluation {
        outcome: outcome.to_owned(),
        indicators: next
            .evaluation_for(outcome)
            .map(|e| e.indicators.clone())
            .unwrap_or_default(),
        methods: form.methods,
        samples: form.samples,
        baseline_date: form.baseline_date,
        baseline_note: form.baseline_note,
        collections: form.collections,
        frequency: form.frequency,
        analysis: form.analysis,
        responsible: form.responsible,
    };
    match next.evaluation.iter_mut().find(|e| e.outcome == outcome) {
        Some(e) => *e = evaluation,
        None => next.evaluation.push(evaluation),
    }
    let edit = Edit::new("wrote the evaluation plan for an outcome");
    Ok(commit(plan, next, Vec::new(), edit))
}

/// Removes the evaluation plan of outcome `outcome`.
pub fn remove(plan: &mut Plan, outcome: &str) -> AppResult<String> {
    let before = plan.evaluation.len();
    plan.evaluation.retain(|e| e.outcome != outcome);
    if plan.evaluation.len() == before {
        return Err(missing());
    }
    Ok("removed an evaluation plan".to_owned())
}

#[cfg(test)]
mod tests {
    use tessera_plan::{MethodKind, Sample, SampleKind};

    use super::*;
    use crate::AppError;
    use crate::plans::edit::tests::cafe;

    fn form() -> EvaluationForm {
        EvaluationForm {
            methods: vec![Method {
                kind: MethodKind::FocusGroup,
                detail: None,
            }],
            samples: vec![Sample {
                kind: SampleKind::WiderCommunity,
                description: "Neighbours".to_owned(),
                intended_size: Some(25),
            }],
            baseline_date: None,
            baseline_note: None,
            collections: Vec::new(),
            frequency: None,
            analysis: None,
            responsible: Some("council".to_owned()),
        }
    }

    #[test]
    fn rewriting_an_evaluation_plan_keeps_which_indicators_it_collects() {
        let mut plan = cafe();
        plan.evaluation[0].indicators = vec!["ioi-2019/bri-simple-conversation".to_owned()];
        let edit = apply(&mut plan, "talk-regularly", form())
            .expect("found")
            .expect("valid");
        assert_eq!(edit.summary, "wrote the evaluation plan for an outcome");
        let e = plan.evaluation_for("talk-regularly").expect("written");
        assert_eq!(e.indicators, ["ioi-2019/bri-simple-conversation"]);
        assert_eq!(e.methods[0].kind, MethodKind::FocusGroup);
        assert_eq!(e.samples.len(), 1);
    }

    #[test]
    fn an_evaluation_plan_naming_nobody_responsible_in_the_plan_is_refused() {
        let mut plan = cafe();
        let before = plan.clone();
        let bad = EvaluationForm {
            responsible: Some("nobody".to_owned()),
            ..form()
        };
        let problems = apply(&mut plan, "talk-regularly", bad)
            .expect("found")
            .expect_err("invalid");
        assert!(problems[0].message.contains("$.evaluation[0].responsible"));
        assert_eq!(plan, before);
        assert!(matches!(
            apply(&mut plan, "nowhere", form()),
            Err(AppError::NotFound(_))
        ));
        assert_eq!(
            remove(&mut plan, "know-neighbours").expect("removed"),
            "removed an evaluation plan"
        );
        assert!(remove(&mut plan, "know-neighbours").is_err());
    }
}
