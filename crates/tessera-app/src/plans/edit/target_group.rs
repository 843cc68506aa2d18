//! The groups a plan is for, on both sides of integration.

use tessera_plan::{Plan, Side, TargetGroup};

use super::{Applied, Edit, changed_or_added, commit, missing, new_id};
use crate::{AppError, AppResult};

/// The answers of a target group's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetGroupForm {
    /// Who they are.
    pub name: String,
    /// Which side of integration they are on.
    pub side: Side,
}

/// Changes the target group at `at`, or adds one (with an id made from its name) when `at` is
/// `None`.
pub fn apply(plan: &mut Plan, at: Option<usize>, form: TargetGroupForm) -> Applied {
    let mut next = plan.clone();
    let mut edit = Edit::new(changed_or_added(at.is_some(), "a target group"));
    match at {
        Some(i) => {
            let group = next.target_groups.get_mut(i).ok_or_else(missing)?;
            group.name = form.name;
            group.side = form.side;
        }
        None => {
            let id = new_id(
                &form.name,
                "group",
                next.target_groups.iter().map(|g| g.id.as_str()),
            );
            next.target_groups.push(TargetGroup {
                id: id.clone(),
                name: form.name,
                side: form.side,
            });
            edit.added = Some(id);
        }
    }
    Ok(commit(plan, next, Vec::new(), edit))
}

/// Removes the target group at `at`, unless an indicator is measured for it.
pub fn remove(plan: &mut Plan, at: usize) -> AppResult<String> {
    let group = plan.target_groups.get(at).ok_or_else(missing)?;
    if plan
        .outcome_indicators()
        .any(|(_, i)| i.groups.contains(&group.id))
    {
        return Err(AppError::Invalid(tessera_l10n::ta(
            "plans-error-group-in-use",
            &[("group", group.name.as_str().into())],
        )));
    }
    plan.target_groups.remove(at);
    Ok("removed a target group".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plans::edit::tests::cafe;

    #[test]
    fn a_new_group_gets_an_id_from_its_name_that_no_side_word_can_take() {
        let mut plan = cafe();
        let form = TargetGroupForm {
            name: "Both".to_owned(),
            side: Side::Newcomers,
        };
        let edit = apply(&mut plan, None, form).expect("found").expect("valid");
        assert_eq!(edit.summary, "added a target group");
        assert_eq!(edit.added.as_deref(), Some("group-both"));
        assert_eq!(plan.target_groups[2].id, "group-both");
    }

    #[test]
    fn a_group_that_indicators_measure_is_not_removed() {
        let mut plan = cafe();
        let err = remove(&mut plan, 0).expect_err("used");
        assert!(matches!(err, AppError::Invalid(m) if m.contains("is used by indicators")));
        assert_eq!(plan.target_groups.len(), 2);
        assert!(matches!(remove(&mut plan, 9), Err(AppError::NotFound(_))));
    }
}
