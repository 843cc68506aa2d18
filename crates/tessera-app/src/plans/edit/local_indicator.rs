//! Indicators a plan writes for itself when none in the catalogue fits.

use tessera_plan::{LocalIndicator, Plan};

use super::{Applied, Edit, commit, missing, new_id};

/// The answers of a local indicator's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalIndicatorForm {
    /// The indicator's wording.
    pub name: String,
    /// The framework domain it measures, written `<pack>/<domain>`, if any.
    pub domain: Option<String>,
}

/// Adds a local indicator, written for outcome `outcome`, with an id made from its wording
/// ([`Edit::added`]; the plan refers to it as `local/<id>`). It measures nothing until it is
/// added to the outcome with a baseline and target.
pub fn apply(plan: &mut Plan, outcome: &str, form: LocalIndicatorForm) -> Applied {
    if plan.outcome(outcome).is_none() {
        return Err(missing());
    }
    let mut next = plan.clone();
    let id = new_id(
        &form.name,
        "indicator",
        next.local_indicators.iter().map(|l| l.id.as_str()),
    );
    next.local_indicators.push(LocalIndicator {
        id: id.clone(),
        name: form.name,
        domain: form.domain,
    });
    let edit = Edit::added("added a local indicator", id);
    Ok(commit(plan, next, Vec::new(), edit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plans::edit::tests::cafe;

    #[test]
    fn a_local_indicator_gets_an_id_from_its_wording_for_the_outcome_to_use() {
        let mut plan = cafe();
        let form = LocalIndicatorForm {
            name: "Share who greet a neighbour".to_owned(),
            domain: Some("ioi-2019/social-bridges".to_owned()),
        };
        let edit = apply(&mut plan, "know-neighbours", form.clone())
            .expect("found")
            .expect("valid");
        assert_eq!(edit.summary, "added a local indicator");
        assert_eq!(edit.added.as_deref(), Some("share-who-greet-a-neighbour"));
        assert!(
            plan.local_indicator("local/share-who-greet-a-neighbour")
                .is_some()
        );
        let again = apply(&mut plan, "know-neighbours", form)
            .expect("found")
            .expect("valid");
        assert_eq!(
            again.added.as_deref(),
            Some("share-who-greet-a-neighbour-2")
        );
        assert!(
            apply(
                &mut plan,
                "nowhere",
                LocalIndicatorForm {
                    name: "x".to_owned(),
                    domain: None,
                }
            )
            .is_err()
        );
    }
}
