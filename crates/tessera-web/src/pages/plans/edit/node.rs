//! `/plans/{id}/edit/{outcome|output|activity}/{id|new}`: a step of the theory of change and
//! the steps it leads to.

use tessera_app::AppResult;
use tessera_app::plans::edit::node::{self, NodeForm, next_choices, next_problem};
use tessera_app::plans::edit::{Applied, missing};
use tessera_plan::{GOAL_ID, NodeKind, Plan};

use super::input::{Reader, Values};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, heading, t};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// The guide's question for a kind of step, in the page's language.
pub(crate) fn prompt(kind: NodeKind) -> String {
    t(&format!("plans-form-{}-prompt", kind.code()))
}

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

    /// A message of this kind of step: `plans-form-<kind>-<what>`.
    fn words(&self, what: &str) -> String {
        t(&format!("plans-form-{}-{what}", self.kind.code()))
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
        let mut fields = vec![Field::textarea(
            "text",
            &self.words("text"),
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
                Field::textarea(
                    "resources",
                    &t("plans-form-activity-resources"),
                    v.one("resources", resources),
                )
                .hint(&t("plans-form-activity-resources-hint")),
            );
        }
        let next: Vec<(String, String)> = next_choices(plan, self.kind, id)
            .into_iter()
            .map(|n| {
                (
                    n.id().to_owned(),
                    format!("{}: {}", n.kind().text(), n.text()),
                )
            })
            .collect();
        if !next.is_empty() {
            fields.push(
                Field::checkboxes(
                    "next",
                    &self.words("next"),
                    v.many("next", current_next),
                    next,
                )
                .hint(&self.words("next-hint")),
            );
        }
        Ok(Spec::new(
            heading(self.kind.code(), node.is_some(), &[]),
            &prompt(self.kind),
            fields,
            &self.words("submit"),
        ))
    }

    fn parse(&self, ctx: &Ctx<'_>, sent: &Fields) -> Result<NodeForm, FormErrors> {
        let mut r = Reader::new(sent);
        let text = r.required("text", &self.words("error"));
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

    fn apply(&self, _ctx: &Ctx<'_>, plan: &mut Plan, form: NodeForm) -> Applied {
        node::apply(plan, self.kind, self.id.as_deref(), form)
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        node::remove(plan, self.kind, self.id.as_deref().ok_or_else(missing)?)
    }

    fn remove_label(&self, _plan: &Plan) -> Option<String> {
        self.id.as_ref().map(|_| self.words("remove"))
    }
}
