//! Links between a commissioner's strategy plan and partners' plans: invite, agree or decline,
//! end.

use serde::Serialize;
use tessera_l10n::{t, ta};
use tessera_store::{OrgId, PartnerLink, Role, StoreError, prelude::*};

use super::{not_found, parse_link_id};
use crate::participants::{Checked, Problem};
use crate::{Actor, App, AppResult};

/// The longest note an invitation may carry, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// An organisation's links, by side.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PartnerLinks {
    /// Links under the organisation's own plans (it is the commissioner).
    pub commissioned: Vec<PartnerLink>,
    /// Links it was invited into (it is the partner).
    pub reporting: Vec<PartnerLink>,
}

impl App {
    /// Every link the organisation is either side of, newest first, by side.
    pub async fn partner_links(&self, org: OrgId) -> AppResult<PartnerLinks> {
        let (commissioned, reporting) = self
            .store()
            .partner_links(org)
            .await?
            .into_iter()
            .partition(|l| l.is_commissioner(org));
        Ok(PartnerLinks {
            commissioned,
            reporting,
        })
    }

    /// One link the organisation is either side of.
    pub async fn partner_link(&self, org: OrgId, id: &str) -> AppResult<PartnerLink> {
        let id = parse_link_id(id)?;
        self.store()
            .partner_link(org, id)
            .await?
            .ok_or_else(not_found)
    }

    /// Invites the organisation with short name `partner` to report under the commissioner's
    /// plan `plan` (owners).
    pub async fn invite_partner(
        &self,
        actor: &Actor,
        plan: &str,
        partner: &str,
        note: &str,
    ) -> AppResult<Checked<PartnerLink>> {
        actor.require(Role::Owner)?;
        let (record, _) = self.plan(actor.org.id, plan).await?;
        let note = note.trim();
        let mut problems = Vec::new();
        let found = self
            .store()
            .organisation_by_slug(partner.trim().to_lowercase().as_str())
            .await?;
        match &found {
            None => problems.push(Problem::new(
                "partner",
                ta(
                    "partners-error-no-organisation",
                    &[("slug", partner.trim().to_owned().into())],
                ),
            )),
            Some(o) if o.id == actor.org.id => {
                problems.push(Problem::new("partner", t("partners-error-self")));
            }
            Some(_) => {}
        }
        if note.chars().count() > MAX_NOTE_CHARS {
            problems.push(Problem::new(
                "note",
                ta(
                    "partners-error-note-long",
                    &[("max", MAX_NOTE_CHARS.into())],
                ),
            ));
        }
        let Some(partner) = found.filter(|_| problems.is_empty()) else {
            return Ok(Err(problems));
        };
        match self
            .store()
            .invite_partner(actor.org.id, record.id, partner.id, note, &actor.name)
            .await
        {
            Ok(link) => Ok(Ok(link)),
            Err(StoreError::Conflict { .. }) => Ok(Err(vec![Problem::new(
                "partner",
                ta(
                    "partners-error-already-linked",
                    &[("partner", partner.name.into())],
                ),
            )])),
            Err(e) => Err(e.into()),
        }
    }

    /// The partner's owner agrees to an invitation with one of its plans (`Some`), or declines
    /// it (`None`).
    pub async fn answer_partner_invitation(
        &self,
        actor: &Actor,
        link: &str,
        plan: Option<&str>,
    ) -> AppResult<Checked<PartnerLink>> {
        actor.require(Role::Owner)?;
        let id = parse_link_id(link)?;
        let plan = match plan.map(str::trim) {
            Some("") => {
                return Ok(Err(vec![Problem::new(
                    "plan",
                    t("partners-error-choose-plan"),
                )]));
            }
            Some(p) => Some(self.plan(actor.org.id, p).await?.0.id),
            None => None,
        };
        self.store()
            .answer_partner_invitation(actor.org.id, id, plan, &actor.name)
            .await?
            .map(Ok)
            .ok_or_else(not_found)
    }

    /// Either side's owner ends an invited or active link.
    pub async fn end_partner_link(&self, actor: &Actor, link: &str) -> AppResult<PartnerLink> {
        actor.require(Role::Owner)?;
        let id = parse_link_id(link)?;
        self.store()
            .end_partner_link(actor.org.id, id, &actor.name)
            .await?
            .ok_or_else(not_found)
    }
}
