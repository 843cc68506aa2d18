//! `/plans/{id}/edit/assumption/{link}.{n|new}`: what has to be true for a link to hold, with
//! the evidence that it is.

use tessera_app::AppResult;
use tessera_app::plans::edit::assumption::{self, AssumptionForm};
use tessera_app::plans::edit::{Applied, missing};
use tessera_plan::{AssumptionStatus, Evidence, EvidenceKind, EvidenceStrength, Plan};

use super::input::{Reader, Values, choices, choices_with_blank, code_text};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, heading, index, index_text, t};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// The guide's question for assumptions, in the page's language.
pub(crate) fn assumption_prompt() -> String {
    t("plans-form-assumption-prompt")
}

/// An assumption of the link at a position: the one at a position, or a new one.
pub(crate) struct AssumptionPart {
    link: usize,
    at: Option<usize>,
}

impl AssumptionPart {
    pub(crate) fn at(item: Option<&str>) -> Option<Box<dyn AnyPart>> {
        let (link, at) = item?.split_once('.')?;
        Some(boxed(Self {
            link: link.parse().ok()?,
            at: index(at)?,
        }))
    }
}

impl EditPart for AssumptionPart {
    type Form = AssumptionForm;

    fn path(&self) -> String {
        format!("assumption/{}.{}", self.link, index_text(self.at))
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        let v = Values(ctx.sent);
        let plan = ctx.plan;
        let link = plan.links.get(self.link).ok_or_else(|| ctx.missing())?;
        let a = match self.at {
            Some(j) => Some(link.assumptions.get(j).ok_or_else(|| ctx.missing())?),
            None => None,
        };
        let text_of = |id: &str| {
            plan.node(id)
                .map(|n| n.text().to_owned())
                .unwrap_or_default()
        };
        let (from, to) = (text_of(&link.from), text_of(&link.to));
        let mut fields = vec![
            Field::textarea(
                "text",
                &t("plans-form-assumption-text"),
                v.one("text", a.map(|a| a.text.clone()).unwrap_or_default()),
            ),
            Field::radios(
                "status",
                &t("plans-form-assumption-status"),
                v.one("status", a.map(|a| a.status).unwrap_or_default().code()),
                choices::<AssumptionStatus>(),
            ),
        ];
        let existing = a.map(|a| a.evidence.clone()).unwrap_or_default();
        let rows = existing.len() + 2;
        fields.push(Field::hidden("rows", rows.to_string()));
        for k in 0..rows {
            let e = existing.get(k);
            let source = format!("evidence-{k}-source");
            let kind = format!("evidence-{k}-kind");
            let strength = format!("evidence-{k}-strength");
            fields.push(Field::heading(&tessera_l10n::ta(
                "plans-form-evidence-heading",
                &[("number", (k + 1).into())],
            )));
            fields.push(
                Field::text(
                    &source,
                    &t("plans-form-evidence-source"),
                    v.one(&source, e.map(|e| e.source.clone()).unwrap_or_default()),
                )
                .hint(&t("plans-form-evidence-source-hint")),
            );
            fields.push(Field::select(
                &kind,
                &t("plans-form-evidence-kind"),
                v.one(&kind, code_text(e.map(|e| e.kind))),
                choices_with_blank::<EvidenceKind>(&t("plans-form-evidence-kind-blank")),
            ));
            fields.push(Field::select(
                &strength,
                &t("plans-form-evidence-strength"),
                v.one(&strength, code_text(e.map(|e| e.strength))),
                choices_with_blank::<EvidenceStrength>(&t("plans-form-evidence-strength-blank")),
            ));
        }
        Ok(Spec::new(
            heading(
                "assumption",
                a.is_some(),
                &[("from", from.into()), ("to", to.into())],
            ),
            &assumption_prompt(),
            fields,
            &t("plans-form-assumption-submit"),
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<AssumptionForm, FormErrors> {
        let mut r = Reader::new(sent);
        let text = r.required("text", &t("plans-form-assumption-error"));
        let status = r
            .optional_choice::<AssumptionStatus>("status")
            .unwrap_or_default();
        let mut evidence = Vec::new();
        for k in 0..r.rows() {
            let source = r.text(&format!("evidence-{k}-source"));
            if source.is_empty() {
                continue;
            }
            let n = k + 1;
            let kind = r.choice::<EvidenceKind>(
                &format!("evidence-{k}-kind"),
                &tessera_l10n::ta("plans-form-evidence-kind-error", &[("number", n.into())]),
            );
            let strength = r.choice::<EvidenceStrength>(
                &format!("evidence-{k}-strength"),
                &tessera_l10n::ta(
                    "plans-form-evidence-strength-error",
                    &[("number", n.into())],
                ),
            );
            if let (Some(kind), Some(strength)) = (kind, strength) {
                evidence.push(Evidence {
                    kind,
                    source: source.to_owned(),
                    strength,
                });
            }
        }
        r.finish(Some(AssumptionForm {
            text,
            status,
            evidence,
        }))
    }

    fn apply(&self, _ctx: &Ctx<'_>, plan: &mut Plan, form: AssumptionForm) -> Applied {
        assumption::apply(plan, self.link, self.at, form)
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        assumption::remove(plan, self.link, self.at.ok_or_else(missing)?)
    }

    fn remove_label(&self, _plan: &Plan) -> Option<String> {
        self.at.map(|_| t("plans-form-assumption-remove"))
    }
}
