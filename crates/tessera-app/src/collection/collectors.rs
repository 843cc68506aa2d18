//! Collectors: the user names and passwords ODK Collect signs in with (HTTP Basic over HTTPS)
//! to fetch an organisation's forms and send answers.

use tessera_l10n::t;
use tessera_store::credentials::{generate_password, verify_nothing, verify_password};
use tessera_store::{Collector, CollectorId, NewCollector, Organisation, Role, prelude::*};

use crate::questionnaires::parse_id;
use crate::{Actor, App, AppError, AppResult};

/// A collector just added, with its password (shown once, never stored).
#[derive(Debug, Clone)]
pub struct NewCollectorPassword {
    /// The collector.
    pub collector: Collector,
    /// The password to type into ODK Collect.
    pub password: String,
}

impl App {
    /// Adds a collector for one questionnaire (or, with an empty id, all of the organisation's)
    /// with a generated password (owners).
    pub async fn add_collector(
        &self,
        actor: &Actor,
        name: &str,
        questionnaire: &str,
    ) -> AppResult<NewCollectorPassword> {
        actor.require(Role::Owner)?;
        let questionnaire = match questionnaire.trim() {
            "" => None,
            id => Some(parse_id(id)?),
        };
        let password = generate_password();
        let collector = self
            .store()
            .create_collector(NewCollector {
                org: actor.org.id,
                questionnaire,
                name: name.to_owned(),
                password: password.clone(),
                created_by: actor.name.clone(),
            })
            .await
            .map_err(|e| match e {
                tessera_store::StoreError::Invalid { .. } => {
                    AppError::Invalid(t("collect-error-collector-name"))
                }
                tessera_store::StoreError::Conflict { .. } => {
                    AppError::Invalid(t("collect-error-collector-taken"))
                }
                other => other.into(),
            })?;
        Ok(NewCollectorPassword {
            collector,
            password,
        })
    }

    /// The organisation's collectors (analysts and above see who collects).
    pub async fn collector_list(&self, actor: &Actor) -> AppResult<Vec<Collector>> {
        actor.require(Role::Analyst)?;
        Ok(self.store().collectors(actor.org.id).await?)
    }

    /// Revokes a collector (owners).
    pub async fn revoke_collector(&self, actor: &Actor, id: &str) -> AppResult<()> {
        actor.require(Role::Owner)?;
        let id = id
            .parse::<i64>()
            .ok()
            .map(CollectorId)
            .ok_or_else(|| AppError::NotFound(t("collect-error-no-collector")))?;
        if self
            .store()
            .revoke_collector(actor.org.id, id, &actor.name)
            .await?
        {
            Ok(())
        } else {
            Err(AppError::NotFound(t("collect-error-no-collector")))
        }
    }

    /// The organisation (by its slug) and its collector, if `name` and `password` are a
    /// collector's that is not revoked; otherwise "unauthorised", taking as long whether or
    /// not the name exists. The organisation is "not found" only when there is none.
    pub async fn authenticate_collector(
        &self,
        org_slug: &str,
        name: &str,
        password: &str,
    ) -> AppResult<(Organisation, Collector)> {
        let org = self
            .store()
            .organisation_by_slug(org_slug)
            .await?
            .ok_or_else(|| AppError::NotFound(t("respond-error-no-link")))?;
        let found = self.store().collector_by_name(org.id, name).await?;
        let Some(collector) = found else {
            verify_nothing(password);
            return Err(AppError::Unauthorized(t("collect-error-unauthorised")));
        };
        let hash = collector.password_hash.clone();
        let password = password.to_owned();
        // Argon2 takes tens of milliseconds of CPU: off the async workers.
        let ok = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
            .await
            .map_err(AppError::internal)?;
        if !ok || collector.revoked_at.is_some() {
            return Err(AppError::Unauthorized(t("collect-error-unauthorised")));
        }
        Ok((org, collector))
    }
}
