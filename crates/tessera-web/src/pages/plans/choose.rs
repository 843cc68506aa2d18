//! Choosing an indicator for an outcome from inside the plan: search the catalogue or browse
//! by domain; each result has an "Add to this outcome" button that opens the indicator's
//! baseline-and-target form. A local indicator can be written when none fits.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use serde::Deserialize;
use tessera_framework::Indicator;
use tessera_store::PlanId;

use super::{plan_crumbs, safe_back};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use crate::pages::frameworks::{IndicatorRow, kind_label};

#[derive(Debug, Default, Deserialize)]
pub(crate) struct ChooseQuery {
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub domain: Option<String>,
    #[serde(default)]
    pub back: Option<String>,
}

pub(crate) struct Choice {
    pub reference: String,
    pub row: IndicatorRow,
    pub kind: &'static str,
    pub already: bool,
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
    pub domain_name: String,
    pub domains: Vec<(String, String, String)>,
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
    let o = plan.outcome(&outcome).ok_or_else(|| {
        PageError::not_found(
            "This plan has no such intermediate outcome; it may have been removed.",
        )
    })?;
    let catalogue = state.catalogue();
    let query = q.q.clone().unwrap_or_default().trim().to_owned();
    let domain = q.domain.clone().unwrap_or_default();
    let mut found: Vec<&Indicator> = Vec::new();
    let mut domain_name = String::new();
    if !query.is_empty() {
        for hit in catalogue.search(&query) {
            if let Some(ind) = hit.indicator() {
                let reference = format!("{}/{ind}", hit.pack());
                if let Some(i) = catalogue.indicator(&reference)
                    && !found.iter().any(|f| f.qualified_id() == reference)
                {
                    found.push(i);
                }
            }
            if found.len() >= 30 {
                break;
            }
        }
    } else if let Some((pack, d)) = domain.split_once('/') {
        found = catalogue.indicators_in_domain(pack, d);
        domain_name = catalogue
            .domain(pack, d)
            .map(|d| d.name.clone())
            .unwrap_or_default();
    }
    let present: Vec<&str> = o.indicators.iter().map(|i| i.indicator.as_str()).collect();
    let results = found
        .into_iter()
        .map(|i| Choice {
            reference: i.qualified_id(),
            already: present.contains(&i.qualified_id().as_str()),
            kind: kind_label(i.kind),
            row: IndicatorRow::new(catalogue, i),
        })
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
                        d.name.clone(),
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
