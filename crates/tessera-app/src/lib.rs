#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

pub mod accounts;
mod actor;
pub mod assessments;
pub mod audit;
pub mod catalogue;
pub mod datasets;
pub mod demo;
mod error;
pub mod estimates;
pub mod export;
pub mod import;
mod maintenance;
pub mod packs;
pub mod participants;
pub mod plans;
pub mod references;
pub mod results;
mod settings;
pub mod sharing;

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
    catalogue: Catalogue,
    store: AnyStore,
    settings: Settings,
    jobs: estimates::Jobs,
    reports: estimates::ReportCache,
    read_cache: import::ReadCache,
}

impl App {
    /// An application over a loaded catalogue and an open (migrated) store.
    pub fn new(catalogue: Catalogue, store: AnyStore, settings: Settings) -> Self {
        Self {
            inner: Arc::new(Inner {
                catalogue,
                store,
                settings,
                jobs: estimates::Jobs::default(),
                reports: estimates::ReportCache::default(),
                read_cache: import::ReadCache::default(),
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

    pub(crate) fn reports(&self) -> &estimates::ReportCache {
        &self.inner.reports
    }

    pub(crate) fn read_cache(&self) -> &import::ReadCache {
        &self.inner.read_cache
    }
}
