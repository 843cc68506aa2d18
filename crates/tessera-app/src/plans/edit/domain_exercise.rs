//! The guide's first exercise: choosing the domain of each type that matters most to the work,
//! Facilitators and Social Connections first, then Markers and Means, then the Rights and
//! Responsibilities the work highlights. Each answer is kept in the plan as it is given, so the
//! person can leave the exercise at any step and come back to it.

use tessera_framework::{Catalogue, DomainRef};
use tessera_plan::{DomainExercise, DomainPick, Plan, RIGHTS_DOMAIN};

use super::{Applied, Edit, FieldProblem, commit, missing};
use crate::AppResult;

/// The answers of one step choosing a domain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickForm {
    /// The domain chosen, `<pack>/<domain>`.
    pub domain: String,
    /// Why it matters most, in the person's words.
    pub why: Option<String>,
}

/// The answers of the rights and responsibilities step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RightsForm {
    /// Indicators of the Rights and Responsibilities domain, as references.
    pub rights: Vec<String>,
    /// The rights and responsibilities in the person's words.
    pub note: Option<String>,
}

/// Whether `domain` is a domain of the type `domain_type` (both `<pack>/<id>`).
pub fn is_of_type(catalogue: &Catalogue, domain_type: &str, domain: &str) -> bool {
    let (Ok(d), Some((type_pack, type_id))) =
        (DomainRef::parse(domain), domain_type.split_once('/'))
    else {
        return false;
    };
    d.pack.as_str() == type_pack
        && catalogue
            .domain(d.pack.as_str(), d.domain.as_str())
            .and_then(|found| found.domain_type.as_ref())
            .is_some_and(|t| t.as_str() == type_id)
}

/// Records the domain chosen for `domain_type`, replacing an earlier choice for it.
pub fn pick(plan: &mut Plan, catalogue: &Catalogue, domain_type: &str, form: PickForm) -> Applied {
    if !tessera_plan::DOMAIN_EXERCISE_TYPES.contains(&domain_type) {
        return Err(missing());
    }
    let mut problems = Vec::new();
    if !is_of_type(catalogue, domain_type, &form.domain) {
        problems.push(FieldProblem::new(
            "domain",
            tessera_l10n::t("plans-error-domain-not-of-type"),
        ));
    }
    let mut next = plan.clone();
    let exercise = next
        .domain_exercise
        .get_or_insert_with(DomainExercise::default);
    let pick = DomainPick {
        domain_type: domain_type.to_owned(),
        domain: form.domain,
        why: form.why,
    };
    match exercise
        .picks
        .iter_mut()
        .find(|p| p.domain_type == domain_type)
    {
        Some(p) => *p = pick,
        None => exercise.picks.push(pick),
    }
    let edit = Edit::new("chose a domain in the domain exercise");
    Ok(commit(plan, next, problems, edit))
}

/// Records the rights and responsibilities the work highlights.
pub fn rights(plan: &mut Plan, catalogue: &Catalogue, form: RightsForm) -> Applied {
    let mut problems = Vec::new();
    let (pack, domain) = RIGHTS_DOMAIN.split_once('/').unwrap_or_default();
    let known: Vec<String> = catalogue
        .indicators_in_domain(pack, domain)
        .iter()
        .map(|i| i.qualified_id())
        .collect();
    if let Some(bad) = form.rights.iter().find(|r| !known.contains(r)) {
        problems.push(FieldProblem::new(
            "rights",
            tessera_l10n::ta(
                "plans-error-not-a-rights-indicator",
                &[("indicator", bad.as_str().into())],
            ),
        ));
    }
    if form.rights.is_empty() && form.note.is_none() {
        problems.push(FieldProblem::new(
            "rights",
            tessera_l10n::t("plans-error-no-rights"),
        ));
    }
    let mut next = plan.clone();
    let exercise = next
        .domain_exercise
        .get_or_insert_with(DomainExercise::default);
    exercise.rights = form.rights;
    exercise.rights_note = form.note;
    let edit = Edit::new("wrote down the rights and responsibilities in the domain exercise");
    Ok(commit(plan, next, problems, edit))
}

/// Adds the domains chosen in the exercise to the domains the plan works in.
pub fn use_domains(plan: &mut Plan) -> Applied {
    let chosen = plan
        .domain_exercise
        .as_ref()
        .map(DomainExercise::domains)
        .unwrap_or_default();
    if chosen.is_empty() {
        return Ok(Err(vec![FieldProblem::new(
            "$",
            tessera_l10n::t("plans-error-no-domains-chosen"),
        )]));
    }
    let mut next = plan.clone();
    for d in chosen {
        if !next.domains.contains(&d) {
            next.domains.push(d);
        }
    }
    let edit = Edit::new("added the domains of the domain exercise to the plan");
    Ok(commit(plan, next, Vec::new(), edit))
}

/// Forgets the exercise's answers, to start it again.
pub fn remove(plan: &mut Plan) -> AppResult<String> {
    if plan.domain_exercise.take().is_none() {
        return Err(missing());
    }
    Ok("cleared the domain exercise".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plans::edit::tests::cafe;

    fn catalogue() -> Catalogue {
        Catalogue::shipped().expect("the shipped packs load")
    }

    fn form(domain: &str) -> PickForm {
        PickForm {
            domain: domain.to_owned(),
            why: Some("It is where the women start".to_owned()),
        }
    }

    #[test]
    fn each_step_keeps_its_answer_and_a_later_answer_replaces_it() {
        let c = catalogue();
        let mut plan = cafe();
        pick(
            &mut plan,
            &c,
            "ioi-2019/facilitators",
            form("ioi-2019/language-and-communication"),
        )
        .expect("a step")
        .expect("valid");
        let edit = pick(
            &mut plan,
            &c,
            "ioi-2019/facilitators",
            form("ioi-2019/safety"),
        )
        .expect("a step")
        .expect("valid");
        assert_eq!(edit.summary, "chose a domain in the domain exercise");
        let e = plan.domain_exercise.as_ref().expect("kept");
        assert_eq!(e.picks.len(), 1);
        assert_eq!(e.picks[0].domain, "ioi-2019/safety");
        assert_eq!(e.next_step(), tessera_plan::DomainExerciseStep::Type(1));
    }

    #[test]
    fn a_domain_of_another_type_is_refused_and_changes_nothing() {
        let c = catalogue();
        let mut plan = cafe();
        let before = plan.clone();
        let problems = pick(
            &mut plan,
            &c,
            "ioi-2019/facilitators",
            form("ioi-2019/social-bridges"),
        )
        .expect("a step")
        .expect_err("social bridges is a social connection");
        assert_eq!(problems[0].field, "domain");
        assert_eq!(plan, before);
        assert!(matches!(
            pick(&mut plan, &c, "ioi-2019/nonsense", form("ioi-2019/work")),
            Err(crate::AppError::NotFound(_))
        ));
    }

    #[test]
    fn rights_come_from_the_rights_domain_and_the_chosen_domains_join_the_plan() {
        let c = catalogue();
        let mut plan = cafe();
        let right = c
            .indicators_in_domain("ioi-2019", "rights-and-responsibilities")
            .first()
            .map(|i| i.qualified_id())
            .expect("the domain has indicators");
        let problems = rights(
            &mut plan,
            &c,
            RightsForm {
                rights: vec!["ioi-2019/bri-simple-conversation".to_owned()],
                note: None,
            },
        )
        .expect("a step")
        .expect_err("not a rights indicator");
        assert_eq!(problems[0].field, "rights");
        rights(
            &mut plan,
            &c,
            RightsForm {
                rights: vec![right.clone()],
                note: None,
            },
        )
        .expect("a step")
        .expect("valid");
        pick(
            &mut plan,
            &c,
            "ioi-2019/social-connections",
            form("ioi-2019/social-bridges"),
        )
        .expect("a step")
        .expect("valid");
        plan.domains = vec!["ioi-2019/social-bridges".to_owned()];
        use_domains(&mut plan).expect("a step").expect("valid");
        assert_eq!(
            plan.domains,
            [
                "ioi-2019/social-bridges",
                "ioi-2019/rights-and-responsibilities"
            ]
        );
        assert_eq!(
            remove(&mut plan).expect("cleared"),
            "cleared the domain exercise"
        );
        assert!(remove(&mut plan).is_err());
    }
}
