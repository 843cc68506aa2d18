//! Editing a plan one part at a time.
//!
//! Each part of a plan (its details, goal, target groups, outcomes, outputs and activities,
//! links, assumptions, barriers, stakeholders, outcome indicators, local indicators and
//! evaluation plans) has a module here with its form, the typed answers to the part's questions
//! as whoever asked read them (the web's pages, the command line), and the functions that apply
//! it to a plan or remove the item. A change is made to a copy of the plan, which replaces the
//! plan only when the copy is still valid, so a refused change leaves the plan as it was. Every
//! change says in a few words what it did, for the audit log.
//!
//! Problems with what was asked come back as [`FieldProblem`]s, each naming the form field it
//! concerns; an item that is not in the plan is [`AppError::NotFound`], a removal that would
//! leave the plan inconsistent is [`AppError::Invalid`].

pub mod assumption;
pub mod barrier;
pub mod details;
pub mod domain_exercise;
pub mod evaluation;
pub mod forward_plan;
pub mod goal;
pub mod indicator;
pub mod link;
pub mod local_indicator;
pub mod node;
pub mod stakeholder;
pub mod target_group;

use tessera_plan::{Plan, PlanProblem};

use crate::{AppError, AppResult};

/// A change made to a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// What was done, in a few words for the audit log ("added a barrier").
    pub summary: String,
    /// The id given to a new item that has one (a node, a target group, a stakeholder, a local
    /// indicator).
    pub added: Option<String>,
}

impl Edit {
    fn new(summary: impl Into<String>) -> Self {
        Self {
            summary: summary.into(),
            added: None,
        }
    }

    fn added(summary: impl Into<String>, id: String) -> Self {
        Self {
            summary: summary.into(),
            added: Some(id),
        }
    }
}

/// Something wrong with a form, tied to the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// The form field's name; `$` for the plan as a whole.
    pub field: String,
    /// What is wrong and what to do, for the person who filled the form in.
    pub message: String,
}

impl FieldProblem {
    /// A problem with the field `field`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// What applying a form gives: the change, or the problems that stopped it (the plan unchanged).
pub type Applied = AppResult<Result<Edit, Vec<FieldProblem>>>;

/// The problems that make a plan invalid, as problems of the whole form (`$`), each with its
/// JSON path so nothing is hidden.
///
/// A problem with an indicator's baseline, target, unit or evidence is put on that field of the
/// indicator's form (`target`, `unit`, `unit_min`, `evidence_dataset`…), with its own message.
pub fn plan_problems(problems: Vec<PlanProblem>) -> Vec<FieldProblem> {
    problems
        .into_iter()
        .map(|p| {
            if let Some(field) = indicator_field(&p.path) {
                return FieldProblem::new(field, p.message);
            }
            FieldProblem::new(
                "$",
                tessera_l10n::ta(
                    "plans-error-would-be-invalid",
                    &[("problem", p.to_string().into())],
                ),
            )
        })
        .collect()
}

/// The indicator form's field a problem's path names: `$.outcomes[0].indicators[1].unit.min`
/// is `unit_min`.
fn indicator_field(path: &str) -> Option<String> {
    let rest = path.strip_prefix("$.outcomes[")?;
    let (_, rest) = rest.split_once("].indicators[")?;
    let (_, field) = rest.split_once("].")?;
    let field = match field {
        "baseline" | "target" | "unit" => field.to_owned(),
        "unit.min" => "unit_min".to_owned(),
        "unit.max" => "unit_max".to_owned(),
        "evidence.source" => "source".to_owned(),
        "evidence.dataset" | "evidence.measure" => "evidence_dataset".to_owned(),
        "evidence.filter" => "filter_variable".to_owned(),
        f if f.starts_with("evidence.context") => "context".to_owned(),
        _ => return None,
    };
    Some(field)
}

/// The answer for an item the plan does not have.
pub fn missing() -> AppError {
    AppError::NotFound(tessera_l10n::t("plans-error-no-item"))
}

/// `noun` with "a" or "an" before it, as English spells it before the noun's first letter: for
/// the audit log's summaries, which are kept in English (pages' words come from the messages).
pub fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {noun}")
}

/// The audit log's words for a change: "changed a barrier" or "added a barrier".
fn changed_or_added(changed: bool, what: &str) -> String {
    format!("{} {what}", if changed { "changed" } else { "added" })
}

/// Replaces `plan` with `next` if `next` is valid and nothing else was found wrong; otherwise
/// leaves `plan` as it was and gives every problem.
fn commit(
    plan: &mut Plan,
    next: Plan,
    mut problems: Vec<FieldProblem>,
    edit: Edit,
) -> Result<Edit, Vec<FieldProblem>> {
    if !problems.is_empty() {
        return Err(problems);
    }
    if let Err(invalid) = next.validate() {
        problems.extend(plan_problems(invalid));
        return Err(problems);
    }
    *plan = next;
    Ok(edit)
}

/// Puts `item` at position `at`, or adds it at the end when `at` is `None`; a position the list
/// does not have is "not found".
fn put<T>(list: &mut Vec<T>, at: Option<usize>, item: T) -> AppResult<()> {
    match at {
        Some(i) => *list.get_mut(i).ok_or_else(missing)? = item,
        None => list.push(item),
    }
    Ok(())
}

/// Removes the item at `at`, or "not found".
fn take<T>(list: &mut Vec<T>, at: usize) -> AppResult<T> {
    if at < list.len() {
        Ok(list.remove(at))
    } else {
        Err(missing())
    }
}

/// A new id for an item with text `text`, unique among `taken` (see [`tessera_plan::new_id`]).
fn new_id<'a>(text: &str, prefix: &str, taken: impl Iterator<Item = &'a str>) -> String {
    let taken: Vec<&str> = taken.collect();
    tessera_plan::new_id(text, prefix, &taken)
}

#[cfg(test)]
pub(crate) mod tests {
    use tessera_plan::Plan;

    /// The language café plan from the practitioners' guide.
    pub(crate) fn cafe() -> Plan {
        Plan::from_json(tessera_plan::examples::LANGUAGE_CAFE).expect("the example is valid")
    }

    #[test]
    fn articles_follow_the_first_letter() {
        assert_eq!(super::with_article("output"), "an output");
        assert_eq!(super::with_article("goal"), "a goal");
    }
}
