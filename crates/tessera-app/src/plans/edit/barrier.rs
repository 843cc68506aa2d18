//! What stands in the way of integration where the plan works.

use tessera_plan::{Barrier, Plan};

use super::{Applied, Edit, changed_or_added, commit, put, take};
use crate::AppResult;

/// The answers of a barrier's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarrierForm {
    /// The barrier, in plain words.
    pub text: String,
    /// The framework domain it belongs to, written `<pack>/<domain>`, if any.
    pub domain: Option<String>,
}

/// Changes the barrier at `at`, or adds one when `at` is `None`.
pub fn apply(plan: &mut Plan, at: Option<usize>, form: BarrierForm) -> Applied {
    let mut next = plan.clone();
    let barrier = Barrier {
        text: form.text,
        domain: form.domain,
    };
    put(&mut next.barriers, at, barrier)?;
    let edit = Edit::new(changed_or_added(at.is_some(), "a barrier"));
    Ok(commit(plan, next, Vec::new(), edit))
}

/// Removes the barrier at `at`.
pub fn remove(plan: &mut Plan, at: usize) -> AppResult<String> {
    take(&mut plan.barriers, at)?;
    Ok("removed a barrier".to_owned())
}
