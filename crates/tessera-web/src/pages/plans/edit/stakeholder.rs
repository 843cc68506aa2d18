//! `/plans/{id}/edit/stakeholder/{n|new}`: who takes part in the work, and from when.

use tessera_app::AppResult;
use tessera_app::plans::edit::stakeholder::{self, StakeholderForm};
use tessera_app::plans::edit::{Applied, missing};
use tessera_plan::{Plan, Stage, StakeholderKind};

use super::input::{Reader, Values, choices, code_text};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, heading, index, index_text, t};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// A stakeholder: the one at a position, or a new one.
pub(crate) struct StakeholderPart(Option<usize>);

impl StakeholderPart {
    /// A new stakeholder.
    pub(crate) fn new_one() -> Self {
        Self(None)
    }

    pub(crate) fn at(item: Option<&str>) -> Option<Box<dyn AnyPart>> {
        Some(boxed(StakeholderPart(index(item?)?)))
    }
}

impl EditPart for StakeholderPart {
    type Form = StakeholderForm;

    fn path(&self) -> String {
        format!("stakeholder/{}", index_text(self.0))
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        let v = Values(ctx.sent);
        let s = match self.0 {
            Some(i) => Some(ctx.plan.stakeholders.get(i).ok_or_else(|| ctx.missing())?),
            None => None,
        };
        Ok(Spec::new(
            heading("stakeholder", s.is_some(), &[]),
            &t("plans-form-stakeholder-prompt"),
            vec![
                Field::text(
                    "name",
                    &t("plans-form-stakeholder-name"),
                    v.one("name", s.map(|s| s.name.clone()).unwrap_or_default()),
                ),
                Field::radios(
                    "kind",
                    &t("plans-form-stakeholder-kind"),
                    v.one("kind", code_text(s.map(|s| s.kind))),
                    choices::<StakeholderKind>(),
                ),
                Field::text(
                    "role",
                    &t("plans-form-stakeholder-role"),
                    v.one("role", s.map(|s| s.role.clone()).unwrap_or_default()),
                ),
                Field::radios(
                    "involved_from",
                    &t("plans-form-stakeholder-involved"),
                    v.one("involved_from", code_text(s.map(|s| s.involved_from))),
                    choices::<Stage>(),
                ),
            ],
            &t("plans-form-stakeholder-submit"),
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<StakeholderForm, FormErrors> {
        let mut r = Reader::new(sent);
        let name = r.required("name", &t("plans-form-stakeholder-name-error"));
        let kind = r.choice::<StakeholderKind>("kind", &t("plans-form-stakeholder-kind-error"));
        let involved_from =
            r.choice::<Stage>("involved_from", &t("plans-form-stakeholder-involved-error"));
        let role = r.text("role").to_owned();
        let form = kind
            .zip(involved_from)
            .map(|(kind, involved_from)| StakeholderForm {
                name,
                kind,
                role,
                involved_from,
            });
        r.finish(form)
    }

    fn apply(&self, _ctx: &Ctx<'_>, plan: &mut Plan, form: StakeholderForm) -> Applied {
        stakeholder::apply(plan, self.0, form)
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        stakeholder::remove(plan, self.0.ok_or_else(missing)?)
    }

    fn remove_label(&self, _plan: &Plan) -> Option<String> {
        self.0.map(|_| t("plans-form-stakeholder-remove"))
    }
}
