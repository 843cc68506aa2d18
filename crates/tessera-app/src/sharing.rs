//! Sharing a plan, or a dataset's results, with another organisation or with everyone; and
//! finding what a share key opens for a viewer.
//!
//! A shared dataset shows its integration profile only: estimates with the same suppression and
//! rounding as for its owner, never rows, files or breakdown exports. Share keys are
//! unguessable; a withdrawn share (or one whose object was deleted) is simply not found.

use tessera_plan::Plan;
use tessera_stats::mapping::DatasetMapping;
use tessera_store::credentials::new_share_key;
use tessera_store::{
    DatasetRecord, NewShare, OrgId, Organisation, PlanRecord, Role, Share, ShareId, ShareKind,
    SharedObject, StoreError, prelude::*,
};

use crate::{Actor, App, AppError, AppResult};

/// What a share key opens.
pub enum SharedView {
    /// A plan.
    Plan(Share, PlanRecord, Plan),
    /// A dataset's results.
    Dataset(Share, DatasetRecord, DatasetMapping),
}

/// Why a share could not be made; each is said beside the form.
#[derive(Debug)]
pub enum ShareRefusal {
    /// No one was chosen.
    NoOneChosen,
    /// No organisation has that short name.
    UnknownOrganisation(String),
    /// It is already shared with them.
    AlreadyShared,
    /// The store refused it, saying why.
    Invalid(String),
}

/// In the language of the request being handled.
impl std::fmt::Display for ShareRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NoOneChosen => tessera_l10n::t("sharing-refusal-no-one"),
            Self::UnknownOrganisation(slug) => {
                tessera_l10n::ta("sharing-refusal-unknown", &[("slug", slug.as_str().into())])
            }
            Self::AlreadyShared => tessera_l10n::t("sharing-refusal-already"),
            // The store refuses only sharing with one's own organisation once the object is
            // found; its words are English, so they are not shown.
            Self::Invalid(_) => tessera_l10n::t("sharing-refusal-own"),
        };
        f.write_str(&text)
    }
}

/// The answer for a share key that opens nothing.
pub fn no_share() -> AppError {
    AppError::NotFound(tessera_l10n::t("sharing-nothing-here"))
}

/// Parses a share id from a path segment.
pub fn parse_share_id(text: &str) -> AppResult<ShareId> {
    text.parse::<i64>()
        .ok()
        .filter(|i| *i > 0)
        .map(ShareId)
        .ok_or_else(no_share)
}

impl App {
    /// What `object` is, for the sharing page: its kind, title and page; "not found" when it is
    /// not the organisation's.
    pub async fn describe_shared(
        &self,
        org: OrgId,
        object: SharedObject,
    ) -> AppResult<(&'static str, String, String)> {
        let store = self.store();
        Ok(match object {
            SharedObject::Plan(id) => {
                let record = store
                    .plan(org, id)
                    .await?
                    .ok_or_else(crate::plans::not_found)?;
                ("plan", record.title, format!("/plans/{id}"))
            }
            SharedObject::Dataset(id) => {
                let record = store
                    .dataset(org, id)
                    .await?
                    .ok_or_else(crate::datasets::not_found)?;
                ("dataset", record.summary.name, format!("/datasets/{id}"))
            }
        })
    }

    /// The organisation's shares of `object`, and the organisations it could share with.
    pub async fn sharing_of(
        &self,
        org: OrgId,
        object: SharedObject,
    ) -> AppResult<(Vec<Share>, Vec<Organisation>)> {
        let shares = self.store().shares_of(org, object).await?;
        let others = self
            .store()
            .organisations()
            .await?
            .into_iter()
            .filter(|o| o.id != org)
            .collect();
        Ok((shares, others))
    }

    /// Shares `object` with the organisation whose short name is `with`, or with everyone
    /// (`"everyone"`). Owners only.
    pub async fn share(
        &self,
        actor: &Actor,
        object: SharedObject,
        with: &str,
    ) -> AppResult<Result<(), ShareRefusal>> {
        actor.require(Role::Owner)?;
        // Check the object first, so another organisation's id is "not found" whatever was asked.
        self.describe_shared(actor.org.id, object).await?;
        let target = match with {
            "everyone" => None,
            "" => return Ok(Err(ShareRefusal::NoOneChosen)),
            slug => match self.store().organisation_by_slug(slug).await? {
                Some(o) => Some(o.id),
                None => return Ok(Err(ShareRefusal::UnknownOrganisation(slug.to_owned()))),
            },
        };
        let result = self
            .store()
            .create_share(NewShare {
                org: actor.org.id,
                object,
                target,
                key: new_share_key(),
                actor: actor.name.clone(),
            })
            .await;
        match result {
            Ok(_) => Ok(Ok(())),
            Err(StoreError::Conflict { .. }) => Ok(Err(ShareRefusal::AlreadyShared)),
            Err(StoreError::Invalid { message, .. }) => Ok(Err(ShareRefusal::Invalid(message))),
            Err(e) => Err(e.into()),
        }
    }

    /// One of the organisation's live shares, to confirm withdrawing it. Owners only.
    pub async fn live_share(&self, actor: &Actor, id: &str) -> AppResult<Share> {
        actor.require(Role::Owner)?;
        let id = parse_share_id(id)?;
        self.store()
            .live_share(actor.org.id, id)
            .await?
            .ok_or_else(no_share)
    }

    /// Who a live share key is for, whoever asks (see [`tessera_store::Sharing::share_audience`]):
    /// `Some(Some(org))` for one organisation, `Some(None)` for everyone, `None` for nothing.
    pub async fn share_audience(&self, key: &str) -> AppResult<Option<Option<OrgId>>> {
        Ok(self.store().share_audience(key).await?)
    }

    /// Withdraws one of the organisation's shares. Owners only.
    pub async fn withdraw_share(&self, actor: &Actor, id: &str) -> AppResult<()> {
        actor.require(Role::Owner)?;
        let id = parse_share_id(id)?;
        if !self
            .store()
            .withdraw_share(actor.org.id, id, &actor.name)
            .await?
        {
            return Err(no_share());
        }
        Ok(())
    }

    /// The shares a viewer in `org` (or anyone, without one) may open.
    pub async fn shares_with(&self, org: Option<OrgId>) -> AppResult<Vec<Share>> {
        Ok(self.store().shares_with(org).await?)
    }

    /// What share key `key` opens for a viewer in `viewer` (or signed out), if anything.
    pub async fn open_share(&self, key: &str, viewer: Option<OrgId>) -> AppResult<SharedView> {
        let share = self
            .store()
            .share_for(key, viewer)
            .await?
            .ok_or_else(no_share)?;
        let id = share.object_id.to_string();
        Ok(match share.kind {
            ShareKind::Plan => {
                let (record, plan) = self.plan(share.org, &id).await.map_err(|_| no_share())?;
                SharedView::Plan(share, record, plan)
            }
            ShareKind::Dataset => {
                let (record, mapping) =
                    self.dataset(share.org, &id).await.map_err(|_| no_share())?;
                SharedView::Dataset(share, record, mapping)
            }
        })
    }
}
