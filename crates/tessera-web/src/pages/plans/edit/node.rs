//! `/plans/{id}/edit/{outcome|output|activity}/{id|new}`: a step of the theory of change and
//! the steps it leads to.

use tessera_app::AppResult;
use tessera_app::plans::edit::node::{self, NodeForm, next_choices, next_problem, noun};
use tessera_app::plans::edit::{Applied, missing, with_article};
use tessera_plan::{GOAL_ID, NodeKind, Plan};

use super::input::{Reader, Values};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, change_or_add};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// The guide's question for intermediate outcomes.
pub(crate) const OUTCOME_PROMPT: &str = "What short-term changes in behaviour or circumstances \
     would lead to the long-term goal? Write each as a change that has happened.";
/// The guide's question for outputs.
pub(crate) const OUTPUT_PROMPT: &str = "What will the work produce that can be counted: sessions held, people reached, materials made?";
/// The guide's question for activities.
pub(crate) const ACTIVITY_PROMPT: &str = "What will you do to produce those outputs, and with \
     what resources: money, staff, volunteers, places, materials?";

/// An intermediate outcome, output or activity: the one with an id, or a new one.
pub(crate) struct NodePart {
    kind: NodeKind,
    id: Option<String>,
}

impl NodePart {
    /// A new step of `kind` (never the goal, which has a form of its own).
    pub(crate) fn new_of(kind: NodeKind) -> Self {
        Self { kind, id: None }
    }

    pub(crate) fn at(kind: NodeKind, item: Option<&str>) -> Option<Box<dyn AnyPart>> {
        let item = item?;
        let id = (item != "new").then(|| item.to_owned());
        Some(boxed(Self { kind, id }))
    }

    /// The guide's question, what the "leads to" checkboxes ask, and their hint.
    fn words(&self) -> (&'static str, &'static str, &'static str) {
        match self.kind {
            NodeKind::Outcome => (
                OUTCOME_PROMPT,
                "What does it lead to?",
                "The goal, or another intermediate outcome that it helps bring about.",
            ),
            NodeKind::Output => (
                OUTPUT_PROMPT,
                "Which intermediate outcomes does it lead to?",
                "Choose every outcome this output helps bring about.",
            ),
            _ => (
                ACTIVITY_PROMPT,
                "Which outputs does it produce?",
                "Choose every output this activity produces.",
            ),
        }
    }
}

impl EditPart for NodePart {
    type Form = NodeForm;

    fn path(&self) -> String {
        format!(
            "{}/{}",
            self.kind.code(),
            self.id.as_deref().unwrap_or("new")
        )
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        let v = Values(ctx.sent);
        let plan = ctx.plan;
        let id = self.id.as_deref();
        let node = match id {
            Some(id) => Some(
                plan.node(id)
                    .filter(|n| n.kind() == self.kind)
                    .ok_or_else(|| ctx.missing())?,
            ),
            None => None,
        };
        let current_next: Vec<String> = match id {
            Some(id) => plan
                .links
                .iter()
                .filter(|l| l.from == id)
                .map(|l| l.to.clone())
                .collect(),
            None if self.kind == NodeKind::Outcome => vec![GOAL_ID.to_owned()],
            None => Vec::new(),
        };
        let (prompt, next_label, next_hint) = self.words();
        let label = noun(self.kind);
        let mut fields = vec![Field::textarea(
            "text",
            &format!("The {label}"),
            v.one(
                "text",
                node.map(|n| n.text().to_owned()).unwrap_or_default(),
            ),
        )];
        if self.kind == NodeKind::Activity {
            let resources = id
                .and_then(|id| plan.activities.iter().find(|a| a.id == id))
                .map(|a| a.resources.join("\n"))
                .unwrap_or_default();
            fields.push(
                Field::textarea("resources", "Resources", v.one("resources", resources))
                    .hint("One per line: funds, staff, volunteers, places, equipment, materials."),
            );
        }
        let next: Vec<(String, String)> = next_choices(plan, self.kind, id)
            .into_iter()
            .map(|n| {
                (
                    n.id().to_owned(),
                    format!("{}: {}", n.kind().label(), n.text()),
                )
            })
            .collect();
        if !next.is_empty() {
            fields.push(
                Field::checkboxes("next", next_label, v.many("next", current_next), next)
                    .hint(next_hint),
            );
        }
        Ok(Spec::new(
            format!("{} {}", change_or_add(node.is_some()), with_article(&label)),
            prompt,
            fields,
            &format!("Save the {label}"),
        ))
    }

    fn parse(&self, ctx: &Ctx<'_>, sent: &Fields) -> Result<NodeForm, FormErrors> {
        let mut r = Reader::new(sent);
        let text = r.required("text", &format!("Describe the {}", noun(self.kind)));
        let next = r.all("next");
        if let Some(p) = next_problem(ctx.plan, self.kind, self.id.as_deref(), &next) {
            r.push(p.field, p.message);
        }
        let resources = r.lines("resources");
        r.finish(Some(NodeForm {
            text,
            resources,
            next,
        }))
    }

    fn apply(&self, plan: &mut Plan, form: NodeForm) -> Applied {
        node::apply(plan, self.kind, self.id.as_deref(), form)
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        node::remove(plan, self.kind, self.id.as_deref().ok_or_else(missing)?)
    }

    fn remove_label(&self, _plan: &Plan) -> Option<&'static str> {
        self.id.as_ref().map(|_| match self.kind {
            NodeKind::Outcome => "Remove this outcome",
            NodeKind::Output => "Remove this output",
            _ => "Remove this activity",
        })
    }
}
