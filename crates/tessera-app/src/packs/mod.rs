//! Organisations' own framework packs (issue 18): uploaded through the web as a zip or as
//! several TOML files, checked by the same loader as the shipped packs
//! ([`tessera_framework::load_pack_upload`] within [`UploadLimits`]) and against the packs the
//! organisation can already see (ids unique, crosswalks to loaded domains), kept with the
//! organisation and seen only by it and by the organisations it shares a pack with.
//!
//! The shared [`Catalogue`] holds the shipped packs only and is never changed by a request.
//! [`App::catalogue_for`] gives one organisation's view: the shipped catalogue itself when it
//! sees no packs of its own, else a copy with its visible packs added. Pages, search and the
//! planner that should see an organisation's packs ask for that view instead of
//! [`App::catalogue`]. A stored pack is loaded again each time (so a pack a newer loader refuses
//! is listed with its problems rather than used); building the view costs a copy of the
//! catalogue and its search index, which is why it is only made for organisations with packs.

use std::sync::Arc;

use serde::Serialize;
use tessera_framework::{
    Catalogue, Pack, PackErrors, Problem, UploadLimits, UploadedFile, load_pack_upload, read_zip,
};
use tessera_l10n::{t, ta};
use tessera_store::{NewOrgPack, OrgId, OrgPack, OrgPackId, Role, prelude::*};

use crate::{Actor, App, AppError, AppResult};

/// An organisation's pack (its own or shared with it), loaded again from its files.
#[derive(Debug, Clone, Serialize)]
pub struct OrgPackView {
    /// As kept (its files included).
    pub record: OrgPack,
    /// Whether it belongs to the organisation asking (else another shared it).
    pub own: bool,
    /// The pack, when its files still load.
    #[serde(skip)]
    pub pack: Option<Pack>,
    /// What stops it loading (empty when it loads).
    pub problems: Vec<Problem>,
}

fn not_found() -> AppError {
    AppError::NotFound(t("packs-error-not-found"))
}

fn problem(file: &str, message: String) -> Problem {
    Problem {
        file: file.to_owned(),
        line: None,
        item: None,
        field: None,
        message,
    }
}

/// The files of an upload: a single `.zip` is unpacked within the limits; otherwise every file
/// sent is taken as a pack file.
pub fn upload_files(
    sent: Vec<UploadedFile>,
    limits: &UploadLimits,
) -> Result<Vec<UploadedFile>, Vec<Problem>> {
    let sent: Vec<UploadedFile> = sent.into_iter().filter(|f| !f.name.is_empty()).collect();
    if sent.is_empty() {
        return Err(vec![problem("", t("packs-error-no-files"))]);
    }
    if sent.len() == 1 && sent[0].name.to_ascii_lowercase().ends_with(".zip") {
        return read_zip(&sent[0].bytes, limits).map_err(|e| e.problems);
    }
    Ok(sent)
}

/// Loads a stored pack's files.
fn load_stored(record: &OrgPack, limits: &UploadLimits) -> Result<Pack, PackErrors> {
    let files: Vec<UploadedFile> = record
        .files
        .iter()
        .map(|(name, text)| UploadedFile {
            name: name.clone(),
            bytes: text.clone().into_bytes(),
        })
        .collect();
    load_pack_upload(&files, limits)
}

impl App {
    /// Limits on an uploaded pack.
    pub fn pack_limits(&self) -> UploadLimits {
        UploadLimits::default()
    }

    /// The packs the organisation can see: its own, then those shared with it, each loaded
    /// again and checked against the shipped packs.
    pub async fn org_packs(&self, org: OrgId) -> AppResult<Vec<OrgPackView>> {
        let limits = self.pack_limits();
        let mut views = Vec::new();
        for record in self.store().visible_packs(org).await? {
            let (pack, problems) = match load_stored(&record, &limits) {
                Ok(pack) => {
                    let mut check = self.catalogue().clone();
                    match check.add_pack(pack.clone()) {
                        Ok(()) => (Some(pack), Vec::new()),
                        Err(e) => (None, e.problems),
                    }
                }
                Err(e) => (None, e.problems),
            };
            views.push(OrgPackView {
                own: record.org == org,
                record,
                pack,
                problems,
            });
        }
        Ok(views)
    }

    /// The catalogue as `org` sees it: the shipped packs and the packs of its own or shared
    /// with it that load (a pack whose id another visible pack already has is left out).
    ///
    /// Kept for a few seconds like the other answers read on every request ([`crate::recent`]):
    /// any write this process makes, an upload or a share included, retires it.
    pub async fn catalogue_for(&self, org: OrgId) -> AppResult<Arc<Catalogue>> {
        let recent = &self.inner.recent.catalogues;
        let generation = self.store().generation();
        if let Some(kept) = recent.get(&org, generation) {
            return Ok(kept);
        }
        let usable: Vec<Pack> = self
            .org_packs(org)
            .await?
            .into_iter()
            .filter_map(|v| v.pack)
            .collect();
        let view = if usable.is_empty() {
            Arc::clone(&self.inner.catalogue)
        } else {
            let mut catalogue = self.catalogue().clone();
            for pack in usable {
                // A pack shared by another organisation may clash with one of the
                // organisation's own: the first (its own, listed first) wins and the other is
                // left out.
                let _ = catalogue.add_pack(pack);
            }
            Arc::new(catalogue)
        };
        recent.put(org, generation, Arc::clone(&view));
        Ok(view)
    }

    /// The catalogue for whoever asks: an organisation's view when there is one (see
    /// [`App::catalogue_for`]), else the shipped packs.
    pub async fn catalogue_seen_by(&self, org: Option<OrgId>) -> AppResult<Arc<Catalogue>> {
        match org {
            Some(org) => self.catalogue_for(org).await,
            None => Ok(Arc::clone(&self.inner.catalogue)),
        }
    }

    /// Checks and keeps an uploaded pack (editors and owners), replacing the organisation's
    /// earlier upload with the same id; every problem is listed with its file and line.
    pub async fn upload_pack(
        &self,
        actor: &Actor,
        sent: Vec<UploadedFile>,
    ) -> AppResult<Result<OrgPack, Vec<Problem>>> {
        actor.require(Role::Editor)?;
        let limits = self.pack_limits();
        let files = match upload_files(sent, &limits) {
            Ok(f) => f,
            Err(p) => return Ok(Err(p)),
        };
        let pack = match load_pack_upload(&files, &limits) {
            Ok(p) => p,
            Err(e) => return Ok(Err(e.problems)),
        };
        // Checked against the shipped packs and every other pack the organisation sees, so
        // its id is new to it and its crosswalks name domains it can reach.
        let mut check = self.catalogue().clone();
        for other in self.org_packs(actor.org.id).await? {
            if other.record.pack_id == pack.id.as_str() && other.own {
                continue;
            }
            if let Some(p) = other.pack {
                let _ = check.add_pack(p);
            }
        }
        if let Err(e) = check.add_pack(pack.clone()) {
            return Ok(Err(e.problems));
        }
        // Only what the loader read is kept: TOML files, as text.
        let kept: Vec<(String, String)> = files
            .into_iter()
            .filter(|f| f.name.to_ascii_lowercase().ends_with(".toml"))
            .filter_map(|f| Some((f.name, String::from_utf8(f.bytes).ok()?)))
            .collect();
        let record = self
            .store()
            .save_org_pack(
                actor.org.id,
                NewOrgPack {
                    pack_id: pack.id.as_str().to_owned(),
                    name: pack.name.clone(),
                    files: kept,
                },
                &actor.name,
            )
            .await?;
        Ok(Ok(record))
    }

    /// One of the packs the organisation sees, by its row id.
    pub async fn org_pack(&self, org: OrgId, id: &str) -> AppResult<OrgPackView> {
        let id = id.trim().parse::<i64>().map_err(|_| not_found())?;
        self.org_packs(org)
            .await?
            .into_iter()
            .find(|v| v.record.id.0 == id)
            .ok_or_else(not_found)
    }

    /// Deletes one of the organisation's own packs (editors and owners).
    pub async fn delete_org_pack(&self, actor: &Actor, id: &str) -> AppResult<()> {
        let view = self.org_pack(actor.org.id, id).await?;
        actor.require(Role::Editor)?;
        if !view.own {
            return Err(not_found());
        }
        if self
            .store()
            .delete_org_pack(actor.org.id, view.record.id, &actor.name)
            .await?
        {
            Ok(())
        } else {
            Err(not_found())
        }
    }

    /// Shares one of the organisation's own packs with the organisation whose short name is
    /// `slug`, or stops sharing it (owners).
    pub async fn share_org_pack(
        &self,
        actor: &Actor,
        id: &str,
        slug: &str,
        share: bool,
    ) -> AppResult<Result<(), String>> {
        let view = self.org_pack(actor.org.id, id).await?;
        actor.require(Role::Owner)?;
        if !view.own {
            return Err(not_found());
        }
        let Some(target) = self.store().organisation_by_slug(slug.trim()).await? else {
            return Ok(Err(ta(
                "packs-error-no-organisation",
                &[("slug", slug.trim().into())],
            )));
        };
        if target.id == actor.org.id {
            return Ok(Err(t("packs-error-share-self")));
        }
        self.store()
            .share_org_pack(
                actor.org.id,
                OrgPackId(view.record.id.0),
                target.id,
                share,
                &actor.name,
            )
            .await?;
        Ok(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tessera_store::NewOrganisation;

    const PACK: &str = r#"
id = "our-local"
name = "Our local indicators"
publisher = "Riverside Partnership"
summary = "Indicators our partnership agreed."
licence = "CC BY 4.0"
attribution = "Riverside Partnership."
"#;

    const DOMAINS: &str = r#"
[[domain]]
id = "welcome"
name = "Welcome"
summary = "How welcome newcomers feel."
crosswalk = [{ to = "ioi-2019/social-bridges", strength = "partial" }]
"#;

    const INDICATORS: &str = r#"
[[indicator]]
id = "feel-welcome"
domain = "welcome"
name = "Share who feel welcome in the area"
origin = "starter"
kind = "proportion"
numerator = "Residents who feel welcome"
denominator = "Residents asked"
"#;

    fn pack_files(id: &str) -> Vec<UploadedFile> {
        vec![
            file("pack.toml", &PACK.replace("our-local", id)),
            file("domains.toml", DOMAINS),
            file("indicators/welcome.toml", INDICATORS),
        ]
    }

    async fn app() -> (App, Actor, Actor) {
        let store = tessera_store::testing::fresh().await.expect("database");
        let a = store
            .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "t")
            .await
            .expect("org");
        let b = store
            .create_organisation(NewOrganisation::parse("b", "B").expect("valid"), "t")
            .await
            .expect("org");
        let app = App::new(
            Catalogue::shipped().expect("packs"),
            store,
            crate::Settings::new(std::env::temp_dir()),
        );
        (app, Actor::command_line(a), Actor::command_line(b))
    }

    fn file(name: &str, text: &str) -> UploadedFile {
        UploadedFile {
            name: name.to_owned(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[tokio::test]
    async fn a_pack_with_a_shipped_id_is_refused_and_nothing_is_kept() {
        let (app, a, _) = app().await;
        let problems = app
            .upload_pack(&a, pack_files("ioi-2019"))
            .await
            .expect("checked")
            .expect_err("the id is taken");
        assert!(
            problems.iter().any(|p| p.message.contains("ioi-2019")),
            "{problems:?}"
        );
        assert!(app.org_packs(a.org.id).await.expect("read").is_empty());
    }

    #[tokio::test]
    async fn an_uploaded_pack_is_seen_by_its_organisation_and_those_it_shares_with_only() {
        let (app, a, b) = app().await;
        let kept = app
            .upload_pack(&a, {
                let mut files = pack_files("our-local");
                files.push(file("README.md", "notes"));
                files
            })
            .await
            .expect("checked");
        let kept = match kept {
            Ok(k) => k,
            Err(problems) => panic!("{problems:?}"),
        };
        assert_eq!(kept.files.len(), 3, "only pack files are kept");
        let seen = app.catalogue_for(a.org.id).await.expect("catalogue");
        assert!(seen.pack("our-local").is_some());
        assert!(!std::ptr::eq(&*seen, app.catalogue()), "a view of its own");
        let other = app.catalogue_for(b.org.id).await.expect("catalogue");
        assert!(other.pack("our-local").is_none());
        assert!(
            std::ptr::eq(&*other, app.catalogue()),
            "no copy without packs"
        );
        assert!(
            app.catalogue().pack("our-local").is_none(),
            "the shared catalogue is unchanged"
        );
        let id = kept.id.to_string();
        assert_eq!(
            app.share_org_pack(&a, &id, "a", true)
                .await
                .expect("checked"),
            Err("A pack is already seen by the organisation that uploaded it.".to_owned())
        );
        app.share_org_pack(&a, &id, "b", true)
            .await
            .expect("checked")
            .expect("shared");
        let shared = app.org_packs(b.org.id).await.expect("read");
        assert_eq!(shared.len(), 1);
        assert!(!shared[0].own);
        assert!(
            app.catalogue_for(b.org.id)
                .await
                .expect("catalogue")
                .pack("our-local")
                .is_some()
        );
        assert!(matches!(
            app.delete_org_pack(&b, &id).await,
            Err(AppError::NotFound(_))
        ));
        app.delete_org_pack(&a, &id).await.expect("deleted");
        assert!(app.org_packs(b.org.id).await.expect("read").is_empty());
    }
}
