#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

pub mod accounts;
mod actor;
pub mod adjusted;
pub mod assessments;
pub mod audit;
pub mod catalogue;
pub mod collection;
pub mod datasets;
pub mod demo;
mod error;
pub mod estimates;
pub mod export;
pub mod import;
pub mod library;
mod maintenance;
pub mod packs;
pub mod participants;
pub mod partners;
pub mod plans;
pub mod questionnaires;
pub mod recent;
pub mod references;
pub mod reports;
pub mod results;
mod settings;
pub mod sharing;
pub mod stories;
pub mod weighting;

use std::sync::Arc;

use tessera_framework::Catalogue;
use tessera_store::AnyStore;

pub use actor::Actor;
pub use error::{AppError, AppResult};
pub use settings::{Limits, Settings};

/// The application: the framework catalogue, the store, the settings and what this process
/// keeps in memory (estimate jobs and decoded reports). Cheap to clone; shared by every request
/// and by the command line.
#[derive(Clone)]
pub struct App {
    inner: Arc<Inner>,
}

struct Inner {
    catalogue: Arc<Catalogue>,
    store: AnyStore,
    settings: Settings,
    jobs: estimates::Jobs,
    reports: estimates::ReportCache,
    read_cache: import::ReadCache,
    recent: RecentAnswers,
}

/// Answers read on nearly every request, kept for a few seconds (see [`recent`]).
#[derive(Default)]
pub(crate) struct RecentAnswers {
    /// Who a session belongs to, by the session token's hash.
    pub sessions: recent::Recent<String, accounts::SessionPrincipal>,
    /// Who an API token belongs to, by the token's hash.
    pub tokens: recent::Recent<String, accounts::TokenPrincipal>,
    /// An organisation's view of the framework packs (see [`App::catalogue_for`]).
    pub catalogues: recent::Recent<tessera_store::OrgId, Arc<Catalogue>>,
    /// A dataset's record and its decoded mapping.
    pub datasets: recent::Recent<
        (tessera_store::OrgId, tessera_store::DatasetId),
        Arc<(
            tessera_store::DatasetRecord,
            tessera_stats::mapping::DatasetMapping,
        )>,
    >,
}

impl App {
    /// An application over a loaded catalogue and an open (migrated) store.
    pub fn new(catalogue: Catalogue, store: AnyStore, settings: Settings) -> Self {
        Self {
            inner: Arc::new(Inner {
                catalogue: Arc::new(catalogue),
                store,
                settings,
                jobs: estimates::Jobs::default(),
                reports: estimates::ReportCache::default(),
                read_cache: import::ReadCache::default(),
                recent: RecentAnswers::default(),
            }),
        }
    }

    /// The framework packs and their indicators.
    pub fn catalogue(&self) -> &Catalogue {
        &self.inner.catalogue
    }

    /// The database.
    pub fn store(&self) -> &AnyStore {
        &self.inner.store
    }

    /// How this Tessera runs.
    pub fn settings(&self) -> &Settings {
        &self.inner.settings
    }

    /// Limits on what people may send.
    pub fn limits(&self) -> &Limits {
        &self.inner.settings.limits
    }

    pub(crate) fn jobs(&self) -> &estimates::Jobs {
        &self.inner.jobs
    }

    pub(crate) fn recent(&self) -> &RecentAnswers {
        &self.inner.recent
    }

    pub(crate) fn reports(&self) -> &estimates::ReportCache {
        &self.inner.reports
    }

    pub(crate) fn read_cache(&self) -> &import::ReadCache {
        &self.inner.read_cache
    }
}
