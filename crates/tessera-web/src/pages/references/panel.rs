//! The reference-values block of the indicator and measure pages: the organisation's
//! reference values for one indicator, and, where the page has the organisation's own estimates
//! (the measure page's overall line), where each reference lies against each side's interval.
//! A page includes `references/_panel.html` and gives it an `Option<ReferencePanel>` named
//! `references` (`None` for someone who is not signed in to an organisation).

use tessera_app::Actor;
use tessera_app::references::{Position, ReferenceView};

use tessera_store::prelude::*;

use crate::AppState;
use crate::http::error::PageError;
use crate::ui::results::CellView;

/// One reference value with, where there are estimates, where it lies against each side's.
pub(crate) struct PanelRow {
    pub view: ReferenceView,
    pub newcomers: Option<String>,
    pub receiving: Option<String>,
}

/// The block a page shows.
pub(crate) struct ReferencePanel {
    /// The indicator (`pack/indicator`), for the link to record another.
    pub indicator: String,
    pub rows: Vec<PanelRow>,
    /// Whether the page has the organisation's estimates to set the values against.
    pub with_estimates: bool,
    /// Where the organisation's own estimates for the indicator are, when the page has none:
    /// (address of a measure's results, dataset and measure name).
    pub measures: Vec<(String, String)>,
}

fn position(value: f64, cell: &CellView) -> Option<String> {
    let (low, high) = (cell.ci_low?, cell.ci_high?);
    (value.is_finite() && cell.estimate.is_some()).then(|| Position::of(value, low, high).words())
}

impl ReferencePanel {
    /// The organisation's reference values for `indicator`, set against `estimates`
    /// (newcomers, receiving community) when the page has them.
    pub(crate) async fn load(
        state: &AppState,
        actor: &Actor,
        indicator: &str,
        estimates: Option<(&CellView, &CellView)>,
    ) -> Result<Self, PageError> {
        let rows = state
            .app()
            .reference_values(actor, Some(indicator))
            .await?
            .into_iter()
            .map(|view| PanelRow {
                newcomers: estimates.and_then(|(n, _)| position(view.value, n)),
                receiving: estimates.and_then(|(_, r)| position(view.value, r)),
                view,
            })
            .collect();
        Ok(Self {
            indicator: indicator.to_owned(),
            rows,
            with_estimates: estimates.is_some(),
            measures: Vec::new(),
        })
    }

    /// The block for the indicator page: the reference values of the principal's organisation
    /// and links to its measures of the indicator, whose pages show its estimates beside them;
    /// `None` for someone not in an organisation.
    pub(crate) async fn for_principal(
        state: &AppState,
        principal: &crate::http::auth::Principal,
        indicator: &str,
    ) -> Result<Option<Self>, PageError> {
        let Some((org, role)) = principal.org.clone() else {
            return Ok(None);
        };
        let actor = Actor {
            org,
            role,
            name: principal.actor.clone(),
            user: principal.user_id(),
        };
        let mut panel = Self::load(state, &actor, indicator, None).await?;
        let store = state.app().store();
        for summary in store.datasets(actor.org.id).await? {
            let Some(record) = store.dataset(actor.org.id, summary.id).await? else {
                continue;
            };
            let measures = record.mapping["measures"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            for m in measures {
                if m["indicator"].as_str() == Some(indicator)
                    && let Some(id) = m["id"].as_str()
                {
                    let label = m["label"].as_str().unwrap_or(id);
                    panel.measures.push((
                        format!("/datasets/{}/measures/{id}", summary.id),
                        format!("{} – {label}", summary.name),
                    ));
                }
            }
        }
        Ok(Some(panel))
    }
}
