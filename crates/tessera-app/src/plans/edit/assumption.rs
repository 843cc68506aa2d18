//! The assumptions a link rests on, with their evidence.

use tessera_plan::{Assumption, AssumptionStatus, Evidence, Plan};

use super::{Applied, Edit, changed_or_added, commit, missing, put, take};
use crate::AppResult;

/// The answers of an assumption's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssumptionForm {
    /// What has to be true for the link to hold.
    pub text: String,
    /// Whether monitoring so far bears it out.
    pub status: AssumptionStatus,
    /// What supports it.
    pub evidence: Vec<Evidence>,
}

/// Changes assumption `at` of link `link`, or adds one when `at` is `None`.
pub fn apply(plan: &mut Plan, link: usize, at: Option<usize>, form: AssumptionForm) -> Applied {
    let mut next = plan.clone();
    let assumptions = &mut next.links.get_mut(link).ok_or_else(missing)?.assumptions;
    let assumption = Assumption {
        text: form.text,
        evidence: form.evidence,
        status: form.status,
    };
    put(assumptions, at, assumption)?;
    let edit = Edit::new(changed_or_added(at.is_some(), "an assumption"));
    Ok(commit(plan, next, Vec::new(), edit))
}

/// Removes assumption `at` of link `link`.
pub fn remove(plan: &mut Plan, link: usize, at: usize) -> AppResult<String> {
    let link = plan.links.get_mut(link).ok_or_else(missing)?;
    take(&mut link.assumptions, at)?;
    Ok("removed an assumption".to_owned())
}

#[cfg(test)]
mod tests {
    use tessera_plan::{EvidenceKind, EvidenceStrength};

    use super::*;
    use crate::AppError;
    use crate::plans::edit::tests::cafe;

    #[test]
    fn assumptions_are_added_changed_and_removed_on_their_link_only() {
        let mut plan = cafe();
        let form = AssumptionForm {
            text: "Meals bring people together".to_owned(),
            status: AssumptionStatus::Holding,
            evidence: vec![Evidence {
                kind: EvidenceKind::Research,
                source: "A study".to_owned(),
                strength: EvidenceStrength::Strong,
            }],
        };
        let edit = apply(&mut plan, 5, None, form.clone())
            .expect("found")
            .expect("valid");
        assert_eq!(edit.summary, "added an assumption");
        assert_eq!(plan.links[5].assumptions.len(), 2);
        let edit = apply(&mut plan, 5, Some(1), form.clone())
            .expect("found")
            .expect("valid");
        assert_eq!(edit.summary, "changed an assumption");
        assert!(matches!(
            apply(&mut plan, 5, Some(7), form.clone()),
            Err(AppError::NotFound(_))
        ));
        assert!(matches!(
            apply(&mut plan, 99, None, form),
            Err(AppError::NotFound(_))
        ));
        assert_eq!(
            remove(&mut plan, 5, 1).expect("removed"),
            "removed an assumption"
        );
        assert_eq!(plan.links[5].assumptions.len(), 1);
        assert!(remove(&mut plan, 5, 1).is_err());
    }
}
