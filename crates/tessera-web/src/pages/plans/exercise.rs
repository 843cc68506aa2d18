//! The guide's two planning exercises as steps of the planner (issue 18), each usable without
//! JavaScript and left at any point with its answers kept:
//!
//! - `/plans/{id}/steps/domains[?part=…]` — choosing domains: one domain per type, Facilitators
//!   and Social Connections first, then Markers and Means, then the Rights and Responsibilities
//!   the work highlights, with the guide's reasons; a summary at the end.
//! - `/plans/{id}/steps/forward` — the usual plan, written forwards from the activities.
//! - `/plans/{id}/steps/compare` — the forward plan beside the plan worked backwards, with
//!   what changed, and a place to say why.
//!
//! The forms post to the edit parts `domain-exercise/…` and `forward-plan/…`.

use askama::Template;
use serde::Deserialize;
use tessera_framework::Catalogue;
use tessera_l10n::{t, ta};
use tessera_plan::{
    DOMAIN_EXERCISE_TYPES, DomainExercise, DomainExerciseStep, ListChange, Plan, compare_lists,
};
use tessera_store::PlanId;

use super::edit::{self, DomainExercisePart, DomainStep, ForwardPart};
use super::form::FormView;
use super::{Named, domain_named, indicator_named, plan_crumbs};
use crate::http::error::PageError;

/// The query of an exercise step: which part of the domain exercise to show.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ExerciseQuery {
    /// A domain type's id, `rights` or `summary`; the first step not yet answered when absent.
    #[serde(default)]
    pub part: Option<String>,
}

/// A step of the domain exercise as the progress list shows it.
pub(crate) struct ProgressItem {
    pub word: &'static str,
    pub label: String,
    /// What was chosen, once chosen.
    pub answer: Option<Named>,
    pub current: bool,
}

/// A pick shown in the summary.
pub(crate) struct PickView {
    pub domain_type: String,
    pub domain: Named,
    pub why: String,
}

#[derive(Template)]
#[template(path = "plans/exercise_domains.html")]
pub(crate) struct DomainsPage {
    pub id: PlanId,
    pub title: String,
    pub steps: Vec<ProgressItem>,
    /// The current step's number (1–4), its heading, reason and form; `None` on the summary.
    pub step: Option<(usize, String, String, FormView)>,
    pub picks: Vec<PickView>,
    pub rights: Vec<Named>,
    pub rights_note: String,
    /// Domains chosen that the plan does not list yet.
    pub not_in_plan: Vec<Named>,
    pub use_form: Option<FormView>,
    pub crumbs: Vec<(String, String)>,
}

/// One part of the plan in the comparison.
pub(crate) struct CompareRow {
    pub part: String,
    pub forward: Vec<(String, bool)>,
    pub backward: Vec<(String, bool)>,
    pub change: String,
}

#[derive(Template)]
#[template(path = "plans/exercise_forward.html")]
pub(crate) struct ForwardPage {
    pub id: PlanId,
    pub title: String,
    pub form: FormView,
    pub crumbs: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "plans/exercise_compare.html")]
pub(crate) struct ComparePage {
    pub id: PlanId,
    pub title: String,
    pub rows: Vec<CompareRow>,
    pub has_forward: bool,
    pub problem_forward: String,
    pub problem_backward: String,
    pub reflection: Option<FormView>,
    pub crumbs: Vec<(String, String)>,
}

/// The page of an exercise step, or `None` when `step` is not one.
pub(crate) fn page(
    plan: &Plan,
    catalogue: &Catalogue,
    id: PlanId,
    step: &str,
    query: &ExerciseQuery,
) -> Result<Option<String>, PageError> {
    Ok(Some(match step {
        "domains" => domains(plan, catalogue, id, query)?.render()?,
        "forward" => ForwardPage {
            id,
            title: plan.title.clone(),
            form: edit::embedded(
                plan,
                catalogue,
                id,
                &ForwardPart::plan(),
                &format!("/plans/{id}/steps/compare"),
            )?,
            crumbs: plan_crumbs(id, plan),
        }
        .render()?,
        "compare" => compare(plan, catalogue, id)?.render()?,
        _ => return Ok(None),
    }))
}

/// The heading of a domain type in the exercise ("Facilitators").
fn type_label(word: &str) -> String {
    t(&format!("plans-exercise-domains-{word}-label"))
}

fn domains(
    plan: &Plan,
    catalogue: &Catalogue,
    id: PlanId,
    query: &ExerciseQuery,
) -> Result<DomainsPage, PageError> {
    let empty = DomainExercise::default();
    let exercise = plan.domain_exercise.as_ref().unwrap_or(&empty);
    let current = match query.part.as_deref() {
        Some("summary") => None,
        Some(part) => Some(
            DomainStep::parse(part)
                .filter(|s| matches!(s, DomainStep::Type(_) | DomainStep::Rights))
                .ok_or_else(|| PageError::not_found(t("plans-error-no-step")))?,
        ),
        None => match exercise.next_step() {
            DomainExerciseStep::Type(i) => Some(DomainStep::Type(i)),
            DomainExerciseStep::Rights => Some(DomainStep::Rights),
            DomainExerciseStep::Done => None,
        },
    };
    let mut steps: Vec<ProgressItem> = DOMAIN_EXERCISE_TYPES
        .iter()
        .enumerate()
        .map(|(i, domain_type)| {
            let step = DomainStep::Type(i);
            ProgressItem {
                word: step.word(),
                label: type_label(step.word()),
                answer: exercise
                    .pick(domain_type)
                    .map(|p| domain_named(catalogue, &p.domain)),
                current: current == Some(step),
            }
        })
        .collect();
    steps.push(ProgressItem {
        word: "rights",
        label: type_label("rights"),
        answer: exercise.has_rights().then(|| {
            Named::plain(ta(
                "plans-exercise-domains-rights-count",
                &[("count", exercise.rights.len().into())],
            ))
        }),
        current: current == Some(DomainStep::Rights),
    });
    let back = format!("/plans/{id}/steps/domains");
    let step = match current {
        Some(s) => {
            let part = DomainExercisePart(s);
            let form = edit::embedded(plan, catalogue, id, &part, &back)?;
            let number = match s {
                DomainStep::Type(i) => i + 1,
                _ => DOMAIN_EXERCISE_TYPES.len() + 1,
            };
            let word = s.word();
            Some((
                number,
                t(&format!("plans-exercise-domains-{word}-heading")),
                t(&format!("plans-exercise-domains-{word}-why")),
                form,
            ))
        }
        None => None,
    };
    let picks = DOMAIN_EXERCISE_TYPES
        .iter()
        .enumerate()
        .filter_map(|(i, domain_type)| {
            let p = exercise.pick(domain_type)?;
            Some(PickView {
                domain_type: type_label(DomainStep::Type(i).word()),
                domain: domain_named(catalogue, &p.domain),
                why: p.why.clone().unwrap_or_default(),
            })
        })
        .collect();
    let lang = tessera_l10n::current().code();
    let rights = exercise
        .rights
        .iter()
        .map(|r| {
            catalogue.indicator(r).map_or_else(
                || Named::plain(r.as_str()),
                |i| Named::from_localised(i.localised_name(lang)),
            )
        })
        .collect();
    let not_in_plan: Vec<Named> = exercise
        .domains()
        .iter()
        .filter(|d| !plan.domains.contains(d))
        .map(|d| domain_named(catalogue, d))
        .collect();
    let use_form = if current.is_none() && !not_in_plan.is_empty() {
        Some(edit::embedded(
            plan,
            catalogue,
            id,
            &DomainExercisePart(DomainStep::Use),
            &back,
        )?)
    } else {
        None
    };
    Ok(DomainsPage {
        id,
        title: plan.title.clone(),
        steps,
        step,
        picks,
        rights,
        rights_note: exercise.rights_note.clone().unwrap_or_default(),
        not_in_plan,
        use_form,
        crumbs: plan_crumbs(id, plan),
    })
}

/// The words of a change: "No change", or what is new and what was left out.
fn change_text(change: &ListChange) -> String {
    if change.unchanged() {
        return t("plans-exercise-compare-same");
    }
    ta(
        "plans-exercise-compare-changed",
        &[
            ("added", change.added.len().into()),
            ("dropped", change.dropped.len().into()),
            ("kept", change.kept.len().into()),
        ],
    )
}

/// A row comparing one part: items marked when the other plan does not have them.
fn row(
    part: &str,
    forward: &[String],
    backward: &[String],
    name: impl Fn(&str) -> String,
) -> CompareRow {
    let change = compare_lists(forward, backward);
    CompareRow {
        part: t(part),
        forward: forward
            .iter()
            .filter(|f| !f.trim().is_empty())
            .map(|f| (name(f), change.dropped.contains(f)))
            .collect(),
        backward: backward
            .iter()
            .filter(|b| !b.trim().is_empty())
            .map(|b| (name(b), change.added.contains(b)))
            .collect(),
        change: change_text(&change),
    }
}

fn compare(plan: &Plan, catalogue: &Catalogue, id: PlanId) -> Result<ComparePage, PageError> {
    let Some(f) = &plan.forward_plan else {
        return Ok(ComparePage {
            id,
            title: plan.title.clone(),
            rows: Vec::new(),
            has_forward: false,
            problem_forward: String::new(),
            problem_backward: String::new(),
            reflection: None,
            crumbs: plan_crumbs(id, plan),
        });
    };
    let texts = |items: Vec<&String>| items.into_iter().cloned().collect::<Vec<String>>();
    let same = |s: &str| s.to_owned();
    let domain = |d: &str| domain_named(catalogue, d).text;
    // An indicator measured for several groups is one indicator here.
    let mut backward_indicators: Vec<String> = Vec::new();
    for (_, i) in plan.outcome_indicators() {
        let name = indicator_named(plan, catalogue, &i.indicator).text;
        if !backward_indicators.contains(&name) {
            backward_indicators.push(name);
        }
    }
    let rows = vec![
        row(
            "plans-diagram-heading-goal",
            std::slice::from_ref(&f.goal),
            std::slice::from_ref(&plan.goal),
            same,
        ),
        row(
            "plans-diagram-heading-outcome",
            &f.outcomes,
            &texts(plan.outcomes.iter().map(|o| &o.text).collect()),
            same,
        ),
        row(
            "plans-diagram-heading-output",
            &f.outputs,
            &texts(plan.outputs.iter().map(|o| &o.text).collect()),
            same,
        ),
        row(
            "plans-diagram-heading-activity",
            &f.activities,
            &texts(plan.activities.iter().map(|a| &a.text).collect()),
            same,
        ),
        row(
            "plans-about-domains",
            &f.domain.iter().cloned().collect::<Vec<_>>(),
            &plan.domains,
            domain,
        ),
        row(
            "plans-exercise-compare-indicators",
            &f.indicator.iter().cloned().collect::<Vec<_>>(),
            &backward_indicators,
            same,
        ),
    ];
    Ok(ComparePage {
        id,
        title: plan.title.clone(),
        rows,
        has_forward: true,
        problem_forward: f.problem.clone(),
        problem_backward: plan.problem.clone(),
        reflection: Some(edit::embedded(
            plan,
            catalogue,
            id,
            &ForwardPart::reflection(),
            &format!("/plans/{id}/steps/compare"),
        )?),
        crumbs: plan_crumbs(id, plan),
    })
}
