//! The stories block of the indicator, domain and measure pages: the organisation's own
//! stories about the indicator or domain the page shows, beside the numbers they speak to.
//! A page includes `stories/_beside.html` and gives it an `Option<StoriesBeside>` named
//! `beside` (`None` for someone who is not signed in to an organisation).

use tessera_store::OrgId;

use super::{Labeller, StoryCard};
use crate::AppState;
use crate::http::error::PageError;

/// Stories shown at most; the link leads to all of them.
const SHOWN: usize = 5;

/// What the page shows.
pub(crate) struct StoriesBeside {
    /// `indicator` or `domain`.
    pub kind: &'static str,
    pub cards: Vec<StoryCard>,
    /// How many there are in all.
    pub total: usize,
    /// The story list filtered to this tag.
    pub href: String,
}

impl StoriesBeside {
    /// The organisation's stories about `value` (`pack/indicator` or `pack/domain`).
    pub(crate) async fn load(
        state: &AppState,
        org: OrgId,
        kind: &'static str,
        value: &str,
    ) -> Result<Self, PageError> {
        let stories = state.app().stories_about(org, kind, value).await?;
        let plans = state.app().org_plans(org).await?;
        let catalogue = state.app().catalogue_for(org).await?;
        let labeller = Labeller {
            plans: &plans,
            catalogue: &catalogue,
            lang: crate::http::auth::page().lang_code(),
        };
        Ok(Self {
            kind,
            total: stories.len(),
            cards: stories
                .iter()
                .take(SHOWN)
                .map(|s| labeller.card(s))
                .collect(),
            href: format!(
                "/stories?tag={}",
                form_urlencoded::byte_serialize(format!("{kind}:{value}").as_bytes())
                    .collect::<String>()
            ),
        })
    }

    /// The block for whoever asks: `None` unless they act for an organisation.
    pub(crate) async fn for_principal(
        state: &AppState,
        principal: Option<&crate::http::auth::Principal>,
        kind: &'static str,
        value: &str,
    ) -> Result<Option<Self>, PageError> {
        match principal.and_then(|p| p.org.as_ref()) {
            Some((org, _)) => Ok(Some(Self::load(state, org.id, kind, value).await?)),
            None => Ok(None),
        }
    }
}
