//! The people and organisations with a part in the plan.

use tessera_plan::{Plan, Stage, Stakeholder, StakeholderKind};

use super::{Applied, Edit, changed_or_added, commit, missing, new_id, take};
use crate::AppResult;

/// The answers of a stakeholder's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StakeholderForm {
    /// Who they are.
    pub name: String,
    /// Which kind of stakeholder they are.
    pub kind: StakeholderKind,
    /// What they do in the plan.
    pub role: String,
    /// When they are first involved.
    pub involved_from: Stage,
}

/// Changes the stakeholder at `at`, or adds one (with an id made from its name) when `at` is
/// `None`.
pub fn apply(plan: &mut Plan, at: Option<usize>, form: StakeholderForm) -> Applied {
    let mut next = plan.clone();
    let mut edit = Edit::new(changed_or_added(at.is_some(), "a stakeholder"));
    match at {
        Some(i) => {
            let s = next.stakeholders.get_mut(i).ok_or_else(missing)?;
            s.name = form.name;
            s.kind = form.kind;
            s.role = form.role;
            s.involved_from = form.involved_from;
        }
        None => {
            let id = new_id(
                &form.name,
                "stakeholder",
                next.stakeholders.iter().map(|s| s.id.as_str()),
            );
            next.stakeholders.push(Stakeholder {
                id: id.clone(),
                name: form.name,
                kind: form.kind,
                role: form.role,
                involved_from: form.involved_from,
            });
            edit.added = Some(id);
        }
    }
    Ok(commit(plan, next, Vec::new(), edit))
}

/// Removes the stakeholder at `at`; evaluation plans they were responsible for no longer name
/// anyone.
pub fn remove(plan: &mut Plan, at: usize) -> AppResult<String> {
    let removed = take(&mut plan.stakeholders, at)?;
    for e in &mut plan.evaluation {
        if e.responsible.as_deref() == Some(removed.id.as_str()) {
            e.responsible = None;
        }
    }
    Ok("removed a stakeholder".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plans::edit::tests::cafe;

    #[test]
    fn removing_a_stakeholder_leaves_their_evaluation_plans_without_anyone_responsible() {
        let mut plan = cafe();
        let council = plan
            .stakeholders
            .iter()
            .position(|s| s.id == "council")
            .expect("the council");
        assert_eq!(
            remove(&mut plan, council).expect("removed"),
            "removed a stakeholder"
        );
        assert!(plan.evaluation.iter().all(|e| e.responsible.is_none()));
    }
}
