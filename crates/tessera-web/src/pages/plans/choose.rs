//! Choosing an indicator for an outcome from inside the plan: search the catalogue's indicators
//! or browse them by domain; each result has an "Add to this outcome" button that opens the
//! indicator's baseline-and-target form. A local indicator can be written when none fits.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use serde::Deserialize;
use tessera_framework::{Catalogue, Indicator, IndicatorKind, SearchOptions};
use tessera_store::PlanId;

use super::{Named, domain_named, plan_crumbs, safe_back};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;

/// The most results a search shows.
const MAX_RESULTS: usize = 30;

#[derive(Debug, Default, Deserialize)]
pub(crate) struct ChooseQuery {
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub domain: Option<String>,
    #[serde(default)]
    pub back: Option<String>,
}

/// An indicator offered for the outcome.
pub(crate) struct Choice {
    pub reference: String,
    pub href: String,
    pub name: Named,
    pub domain: Named,
    pub pack: Named,
    pub kind: String,
    pub already: bool,
}

impl Choice {
    fn new(catalogue: &Catalogue, i: &Indicator, present: &[&str]) -> Self {
        let lang = tessera_l10n::current().code();
        let reference = i.qualified_id();
        Self {
            href: format!("/frameworks/{}/indicators/{}", i.pack, i.id),
            name: Named::from_localised(i.localised_name(lang)),
            domain: domain_named(catalogue, &format!("{}/{}", i.pack, i.domain)),
            pack: catalogue.pack(i.pack.as_str()).map_or_else(
                || Named::plain(i.pack.as_str()),
                |p| Named::from_localised(p.localised_name(lang)),
            ),
            kind: kind_text(i.kind),
            already: present.contains(&reference.as_str()),
            reference,
        }
    }
}

/// What an indicator counts, in the page's language.
fn kind_text(kind: IndicatorKind) -> String {
    tessera_l10n::t(match kind {
        IndicatorKind::Proportion => "plans-indicator-kind-proportion",
        IndicatorKind::Mean => "plans-indicator-kind-mean",
        IndicatorKind::Rate => "plans-indicator-kind-rate",
        IndicatorKind::Count => "plans-indicator-kind-count",
    })
}

#[derive(Template)]
#[template(path = "plans/choose.html")]
pub(crate) struct ChoosePage {
    pub id: PlanId,
    pub title: String,
    pub outcome_id: String,
    pub outcome_text: String,
    pub query: String,
    pub domain: String,
    pub domain_name: Named,
    pub domains: Vec<(String, Named, String)>,
    pub results: Vec<Choice>,
    pub searched: bool,
    pub back: String,
    pub crumbs: Vec<(String, String)>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path((id, outcome)): Path<(String, String)>,
    Query(q): Query<ChooseQuery>,
) -> Result<Html<String>, PageError> {
    let (record, plan) = super::load(&state, org.id, &id).await?;
    let o = plan
        .outcome(&outcome)
        .ok_or_else(|| PageError::not_found(tessera_l10n::t("plans-error-no-outcome")))?;
    let catalogue = state.app().catalogue_for(org.id).await?;
    let catalogue = &*catalogue;
    let query = q.q.clone().unwrap_or_default().trim().to_owned();
    let domain = q.domain.clone().unwrap_or_default();
    let mut found: Vec<&Indicator> = Vec::new();
    let mut domain_name = Named::plain("");
    if !query.is_empty() {
        // Indicators only: an outcome is measured by indicators, not by domains.
        let options = SearchOptions {
            indicators_only: true,
            limit: Some(MAX_RESULTS),
            ..SearchOptions::default()
        };
        for hit in catalogue.search_with(&query, &options) {
            if let Some(ind) = hit.indicator() {
                let reference = format!("{}/{ind}", hit.pack());
                if let Some(i) = catalogue.indicator(&reference)
                    && !found.iter().any(|f| f.qualified_id() == reference)
                {
                    found.push(i);
                }
            }
        }
    } else if let Some((pack, d)) = domain.split_once('/') {
        found = catalogue.indicators_in_domain(pack, d);
        domain_name = domain_named(catalogue, &domain);
    }
    let present: Vec<&str> = o.indicators.iter().map(|i| i.indicator.as_str()).collect();
    let results = found
        .into_iter()
        .map(|i| Choice::new(catalogue, i, &present))
        .collect();
    let domains = catalogue
        .pack("ioi-2019")
        .map(|p| {
            p.domains
                .iter()
                .map(|d| {
                    let r = format!("ioi-2019/{}", d.id);
                    (
                        r.clone(),
                        domain_named(catalogue, &r),
                        format!(
                            "/plans/{}/outcomes/{}/indicators?domain={}",
                            record.id, o.id, r
                        ),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let page = ChoosePage {
        id: record.id,
        title: plan.title.clone(),
        outcome_id: o.id.clone(),
        outcome_text: o.text.clone(),
        searched: !query.is_empty() || !domain.is_empty(),
        query,
        domain,
        domain_name,
        domains,
        results,
        back: safe_back(q.back.as_deref().unwrap_or_default(), record.id),
        crumbs: plan_crumbs(record.id, &plan),
    };
    Ok(Html(page.render()?))
}
