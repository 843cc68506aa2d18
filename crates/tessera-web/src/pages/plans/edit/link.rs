//! `/plans/{id}/edit/link/{n|new}`: which step leads to which.

use tessera_app::AppResult;
use tessera_app::plans::edit::link::{self, LinkForm, problems};
use tessera_app::plans::edit::{Applied, missing};
use tessera_plan::{NodeKind, NodeRef, Plan};

use super::input::{Reader, Values};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, change_or_add, index, index_text};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// A link: the one at a position, or a new one.
pub(crate) struct LinkPart(Option<usize>);

impl LinkPart {
    pub(crate) fn at(item: Option<&str>) -> Option<Box<dyn AnyPart>> {
        Some(boxed(LinkPart(index(item?)?)))
    }
}

/// Steps as select options, "Kind: text".
fn node_options<'p>(nodes: impl Iterator<Item = NodeRef<'p>>) -> Vec<(String, String)> {
    nodes
        .map(|n| {
            (
                n.id().to_owned(),
                format!("{}: {}", n.kind().label(), n.text()),
            )
        })
        .collect()
}

impl EditPart for LinkPart {
    type Form = LinkForm;

    fn path(&self) -> String {
        format!("link/{}", index_text(self.0))
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        let v = Values(ctx.sent);
        let plan = ctx.plan;
        let link = match self.0 {
            Some(i) => Some(plan.links.get(i).ok_or_else(|| ctx.missing())?),
            None => None,
        };
        let nodes = plan.nodes();
        Ok(Spec::new(
            format!("{} a link", change_or_add(link.is_some())),
            "Which step leads to which? Activities lead to outputs, outputs to intermediate outcomes, and outcomes to other outcomes or to the goal.",
            vec![
                Field::select(
                    "from",
                    "From (the earlier step)",
                    v.one("from", link.map(|l| l.from.clone()).unwrap_or_default()),
                    node_options(nodes.iter().copied().filter(|n| n.kind() != NodeKind::Goal)),
                ),
                Field::select(
                    "to",
                    "Leads to (the later step)",
                    v.one("to", link.map(|l| l.to.clone()).unwrap_or_default()),
                    node_options(
                        nodes
                            .iter()
                            .copied()
                            .filter(|n| n.kind() != NodeKind::Activity),
                    ),
                ),
            ],
            "Save the link",
        ))
    }

    fn parse(&self, ctx: &Ctx<'_>, sent: &Fields) -> Result<LinkForm, FormErrors> {
        let mut r = Reader::new(sent);
        let from = r.required("from", "Choose the step the link starts from");
        let to = r.required("to", "Choose the step it leads to");
        for p in problems(ctx.plan, self.0, &from, &to) {
            r.push(p.field, p.message);
        }
        r.finish(Some(LinkForm { from, to }))
    }

    fn apply(&self, plan: &mut Plan, form: LinkForm) -> Applied {
        link::apply(plan, self.0, form)
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        link::remove(plan, self.0.ok_or_else(missing)?)
    }

    fn remove_label(&self, _plan: &Plan) -> Option<&'static str> {
        self.0.map(|_| "Remove this link")
    }
}
