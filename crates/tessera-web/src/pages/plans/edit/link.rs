//! `/plans/{id}/edit/link/{n|new}`: which step leads to which.

use tessera_app::AppResult;
use tessera_app::plans::edit::link::{self, LinkForm, problems};
use tessera_app::plans::edit::{Applied, missing};
use tessera_plan::{NodeKind, NodeRef, Plan};

use super::input::{Reader, Values};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, heading, index, index_text, t};
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
                format!("{}: {}", n.kind().text(), n.text()),
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
            heading("link", link.is_some(), &[]),
            &t("plans-form-link-prompt"),
            vec![
                Field::select(
                    "from",
                    &t("plans-form-link-from"),
                    v.one("from", link.map(|l| l.from.clone()).unwrap_or_default()),
                    node_options(nodes.iter().copied().filter(|n| n.kind() != NodeKind::Goal)),
                ),
                Field::select(
                    "to",
                    &t("plans-form-link-to"),
                    v.one("to", link.map(|l| l.to.clone()).unwrap_or_default()),
                    node_options(
                        nodes
                            .iter()
                            .copied()
                            .filter(|n| n.kind() != NodeKind::Activity),
                    ),
                ),
            ],
            &t("plans-form-link-submit"),
        ))
    }

    fn parse(&self, ctx: &Ctx<'_>, sent: &Fields) -> Result<LinkForm, FormErrors> {
        let mut r = Reader::new(sent);
        let from = r.required("from", &t("plans-form-link-from-error"));
        let to = r.required("to", &t("plans-form-link-to-error"));
        for p in problems(ctx.plan, self.0, &from, &to) {
            r.push(p.field, p.message);
        }
        r.finish(Some(LinkForm { from, to }))
    }

    fn apply(&self, _ctx: &Ctx<'_>, plan: &mut Plan, form: LinkForm) -> Applied {
        link::apply(plan, self.0, form)
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        link::remove(plan, self.0.ok_or_else(missing)?)
    }

    fn remove_label(&self, _plan: &Plan) -> Option<String> {
        self.0.map(|_| t("plans-form-link-remove"))
    }
}
