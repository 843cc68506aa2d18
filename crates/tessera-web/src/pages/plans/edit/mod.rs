//! Small edit forms for every part of a plan: `/plans/{id}/edit/{what}[/{item}]`.
//!
//! Each part of a plan is a type implementing [`EditPart`], in a file of its own: the form's
//! address, the fields it shows (filled from the plan, or from what was just sent when it had
//! mistakes), how a submitted form is read into the part's typed form (`tessera_app`'s
//! `…Form`), and what applying or removing it does, which `tessera_app::plans::edit` carries
//! out. [`PARTS`] maps the address's word to the part. Every change is validated as a whole
//! plan before it is saved.

mod assumption;
mod barrier;
mod details;
mod domain_exercise;
mod evaluation;
mod forward_plan;
mod goal;
mod indicator;
mod input;
mod link;
mod local_indicator;
mod node;
mod page;
mod stakeholder;
mod target_group;

use serde::Deserialize;
use tessera_app::AppResult;
use tessera_app::plans::edit::{Applied, Edit, FieldProblem, missing};
use tessera_framework::Catalogue;
use tessera_plan::{NodeKind, Plan};
use tessera_store::PlanId;

use super::form::{Field, Fields, FormErrors};
use crate::http::error::PageError;

pub(crate) use assumption::assumption_prompt;
pub(crate) use domain_exercise::{DomainExercisePart, Step as DomainStep};
pub(crate) use forward_plan::ForwardPart;
pub(crate) use goal::goal_prompt;
pub(crate) use input::choices;
pub(crate) use node::{NodePart, prompt};
pub(crate) use page::{delete, embedded, form, form_single, remove, submit, submit_single};
pub(crate) use stakeholder::StakeholderPart;

/// Query parameters of an edit form.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct EditQuery {
    /// Where to return afterwards.
    #[serde(default)]
    pub back: Option<String>,
    /// The indicator to add (new outcome indicators).
    #[serde(default)]
    pub indicator: Option<String>,
}

/// What an edit form shows.
pub(crate) struct Spec {
    pub heading: String,
    pub prompt: String,
    pub fields: Vec<Field>,
    pub submit: String,
}

impl Spec {
    fn new(heading: impl Into<String>, prompt: &str, fields: Vec<Field>, submit: &str) -> Self {
        Self {
            heading: heading.into(),
            prompt: prompt.to_owned(),
            fields,
            submit: submit.to_owned(),
        }
    }
}

/// What a form is shown and read against.
pub(crate) struct Ctx<'a> {
    /// The plan as stored.
    pub plan: &'a Plan,
    pub catalogue: &'a Catalogue,
    /// What was sent, when the form is being shown again with its mistakes.
    pub sent: Option<&'a Fields>,
    pub query: &'a EditQuery,
    /// The organisation's datasets (id, name), for choosing an indicator's evidence.
    pub datasets: &'a [(i64, String)],
    /// For a plan written before evidence sources: the datasets (id, indicators measured) its
    /// indicators without evidence show as context.
    pub old_context: &'a [(i64, Vec<String>)],
}

impl Ctx<'_> {
    /// The answer for an item the plan does not have, when its form is asked for.
    fn missing(&self) -> PageError {
        PageError::not_found(tessera_l10n::t("plans-error-no-item"))
    }
}

/// A part of a plan with an edit form.
pub(crate) trait EditPart {
    /// The submitted form, read into typed values.
    type Form;

    /// The form's address under `/plans/{id}/edit/`.
    fn path(&self) -> String;

    /// What the form shows; a 404 when the item does not exist.
    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError>;

    /// Reads a submitted form once, with a message against each field that is missing or wrong.
    fn parse(&self, ctx: &Ctx<'_>, sent: &Fields) -> Result<Self::Form, FormErrors>;

    /// Applies a read form to the plan; on problems the plan is left as it was.
    fn apply(&self, ctx: &Ctx<'_>, plan: &mut Plan, form: Self::Form) -> Applied;

    /// Removes the item, with whatever depends on it; "not found" for parts that cannot be.
    fn remove(&self, _plan: &mut Plan) -> AppResult<String> {
        Err(missing())
    }

    /// The words of the form's Remove button, when the item can be removed.
    fn remove_label(&self, _plan: &Plan) -> Option<String> {
        None
    }

    /// Where to go after a change: back where the person came from, unless the part goes on.
    fn after(&self, _edit: &Edit, _id: PlanId, back: String) -> String {
        back
    }

    /// A page to send the person to instead of the form, if the form cannot be shown yet.
    fn instead(&self, _id: PlanId, _query: &EditQuery) -> Option<String> {
        None
    }
}

/// An [`EditPart`] with its form type hidden, as the registry hands parts out.
pub(crate) trait AnyPart: Send + Sync {
    fn path(&self) -> String;
    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError>;
    /// Reads the form and applies it: the change, the form's mistakes, or a 404.
    fn submit(
        &self,
        ctx: &Ctx<'_>,
        plan: &mut Plan,
        sent: &Fields,
    ) -> Result<Result<Edit, FormErrors>, PageError>;
    fn remove(&self, plan: &mut Plan) -> AppResult<String>;
    fn remove_label(&self, plan: &Plan) -> Option<String>;
    fn after(&self, edit: &Edit, id: PlanId, back: String) -> String;
    fn instead(&self, id: PlanId, query: &EditQuery) -> Option<String>;
}

impl<P: EditPart + Send + Sync> AnyPart for P {
    fn path(&self) -> String {
        EditPart::path(self)
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        EditPart::fields(self, ctx)
    }

    fn submit(
        &self,
        ctx: &Ctx<'_>,
        plan: &mut Plan,
        sent: &Fields,
    ) -> Result<Result<Edit, FormErrors>, PageError> {
        let form = match self.parse(ctx, sent) {
            Ok(form) => form,
            Err(errors) => return Ok(Err(errors)),
        };
        Ok(self.apply(ctx, plan, form)?.map_err(form_errors))
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        EditPart::remove(self, plan)
    }

    fn remove_label(&self, plan: &Plan) -> Option<String> {
        EditPart::remove_label(self, plan)
    }

    fn after(&self, edit: &Edit, id: PlanId, back: String) -> String {
        EditPart::after(self, edit, id, back)
    }

    fn instead(&self, id: PlanId, query: &EditQuery) -> Option<String> {
        EditPart::instead(self, id, query)
    }
}

/// Makes the part an address names from the address's item (`None` for parts without one);
/// `None` is a 404.
type MakePart = fn(Option<&str>) -> Option<Box<dyn AnyPart>>;

/// Every part of a plan with an edit form, by the word of its address.
pub(crate) const PARTS: [(&str, MakePart); 15] = [
    ("details", details::DetailsPart::at),
    ("goal", goal::GoalPart::at),
    ("target-group", target_group::TargetGroupPart::at),
    (NodeKind::Outcome.code(), |item| {
        NodePart::at(NodeKind::Outcome, item)
    }),
    (NodeKind::Output.code(), |item| {
        NodePart::at(NodeKind::Output, item)
    }),
    (NodeKind::Activity.code(), |item| {
        NodePart::at(NodeKind::Activity, item)
    }),
    ("link", link::LinkPart::at),
    ("assumption", assumption::AssumptionPart::at),
    ("barrier", barrier::BarrierPart::at),
    ("stakeholder", StakeholderPart::at),
    ("indicator", indicator::IndicatorPart::at),
    ("local-indicator", local_indicator::LocalIndicatorPart::at),
    ("evaluation", evaluation::EvaluationPart::at),
    ("domain-exercise", DomainExercisePart::at),
    ("forward-plan", ForwardPart::at),
];

/// The part an address names; `None` is a 404.
pub(crate) fn part(what: &str, item: Option<&str>) -> Option<Box<dyn AnyPart>> {
    PARTS
        .iter()
        .find(|(word, _)| *word == what)
        .and_then(|(_, make)| make(item))
}

/// An item of a list in an address: `new`, or its position.
fn index(item: &str) -> Option<Option<usize>> {
    if item == "new" {
        Some(None)
    } else {
        item.parse().ok().map(Some)
    }
}

/// A position as an address writes it: `new` for none.
fn index_text(at: Option<usize>) -> String {
    at.map_or_else(|| "new".to_owned(), |i| i.to_string())
}

/// Boxes a part for the registry.
fn boxed<P: EditPart + Send + Sync + 'static>(part: P) -> Box<dyn AnyPart> {
    Box::new(part)
}

/// The application's problems as form errors.
pub(crate) fn form_errors(problems: Vec<FieldProblem>) -> FormErrors {
    problems.into_iter().map(|p| (p.field, p.message)).collect()
}

/// The heading of a part's form: `plans-form-<part>-heading-change` when the item exists, else
/// `…-heading-add`, with `args`.
fn heading(part: &str, exists: bool, args: &[(&str, tessera_l10n::Arg)]) -> String {
    let which = if exists { "change" } else { "add" };
    tessera_l10n::ta(&format!("plans-form-{part}-heading-{which}"), args)
}

/// A message of the page's language, for labels, hints and errors of the forms.
fn t(key: &str) -> String {
    tessera_l10n::t(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_address_word_names_one_part_whose_form_lives_there() {
        for (what, item) in [
            ("details", None),
            ("goal", None),
            ("target-group", Some("new")),
            ("target-group", Some("2")),
            ("outcome", Some("talk-regularly")),
            ("output", Some("new")),
            ("activity", Some("cafe-sessions")),
            ("link", Some("5")),
            ("assumption", Some("5.new")),
            ("assumption", Some("5.0")),
            ("barrier", Some("new")),
            ("stakeholder", Some("3")),
            ("indicator", Some("talk-regularly.new")),
            ("indicator", Some("talk.regularly.1")),
            ("local-indicator", Some("talk-regularly")),
            ("evaluation", Some("talk-regularly")),
            ("domain-exercise", Some("facilitators")),
            ("domain-exercise", Some("social-connections")),
            ("domain-exercise", Some("markers-and-means")),
            ("domain-exercise", Some("rights")),
            ("domain-exercise", Some("use")),
            ("domain-exercise", Some("answers")),
            ("forward-plan", Some("plan")),
            ("forward-plan", Some("reflection")),
        ] {
            let part = part(what, item).unwrap_or_else(|| panic!("{what} {item:?}"));
            let path = match item {
                Some(item) => format!("{what}/{item}"),
                None => what.to_owned(),
            };
            assert_eq!(part.path(), path);
        }
        let mut words: Vec<&str> = PARTS.iter().map(|(w, _)| *w).collect();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), PARTS.len(), "each word once");
    }

    #[test]
    fn addresses_that_name_no_part_are_refused() {
        for (what, item) in [
            ("nonsense", None),
            ("details", Some("1")),
            ("goal", Some("new")),
            ("target-group", None),
            ("target-group", Some("x")),
            ("target-group", Some("-1")),
            ("outcome", None),
            ("assumption", Some("5")),
            ("assumption", Some("x.new")),
            ("indicator", Some("talk-regularly")),
            ("indicator", Some("talk-regularly.x")),
            ("local-indicator", None),
            ("goal", Some("goal")),
            ("domain-exercise", None),
            ("domain-exercise", Some("foundation")),
            ("forward-plan", None),
            ("forward-plan", Some("backward")),
        ] {
            assert!(part(what, item).is_none(), "{what} {item:?}");
        }
    }
}
