//! Rendered parts of the pages read most, kept for a few seconds (issue 10: the profile page
//! under load). The measure cards of a dataset's profile are the bulk of its page and the same
//! for every member who sees them in one language; the rest of the page (who is signed in, the
//! form token, the owner's actions) is rendered on every request around them.
//!
//! A part is kept under the viewing organisation, the dataset, the language, whether its cards
//! link to the measure pages, and the decoded report it was drawn from (the kept value holds
//! that report, so its address cannot be reused while the part is kept). It goes when the store
//! writes or after [`tessera_app::recent::TTL`], like the application's own recent answers.

use std::sync::Arc;

use tessera_app::recent::Recent;
use tessera_stats::Report;
use tessera_store::{DatasetId, OrgId};

/// What a profile's measure cards are kept under.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct ProfileKey {
    pub org: OrgId,
    pub dataset: DatasetId,
    pub lang: &'static str,
    pub linked: bool,
    /// The address of the report drawn from.
    pub report: usize,
}

impl ProfileKey {
    pub(crate) fn new(org: OrgId, dataset: DatasetId, linked: bool, report: &Arc<Report>) -> Self {
        Self {
            org,
            dataset,
            lang: tessera_l10n::current().code(),
            linked,
            report: Arc::as_ptr(report) as usize,
        }
    }
}

/// A profile's measure cards, rendered.
#[derive(Clone)]
pub(crate) struct ProfileCards {
    /// Keeps the report the key points at alive.
    _report: Arc<Report>,
    pub html: Arc<str>,
    pub n_types: usize,
    pub n_domains: usize,
}

impl ProfileCards {
    pub(crate) fn new(
        report: &Arc<Report>,
        html: String,
        n_types: usize,
        n_domains: usize,
    ) -> Self {
        Self {
            _report: Arc::clone(report),
            html: html.into(),
            n_types,
            n_domains,
        }
    }
}

/// Every kind of kept part.
#[derive(Default)]
pub(crate) struct Fragments {
    pub profiles: Recent<ProfileKey, ProfileCards>,
}
