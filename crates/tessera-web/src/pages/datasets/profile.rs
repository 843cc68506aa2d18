use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use tessera_app::estimates::Computed;
use tessera_app::results;
use tessera_stats::Report;
use tessera_stats::mapping::DatasetMapping;
use tessera_store::DatasetSummary;

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;
use crate::ui::results::{Format, LineView, TrendView};

/// One measure on the profile: the latest figures, the waves, and the trend.
pub(crate) struct MeasureCard {
    pub id: String,
    pub label: String,
    pub indicator_name: String,
    pub indicator_href: String,
    pub headline: LineView,
    pub headline_label: String,
    pub waves: Vec<LineView>,
    pub trend: Option<TrendView>,
    pub href: String,
}

/// A domain with the measures in it.
pub(crate) struct DomainSection {
    pub name: String,
    pub href: String,
    pub cards: Vec<MeasureCard>,
}

/// A domain type with its domains.
pub(crate) struct TypeSection {
    pub name: String,
    pub domains: Vec<DomainSection>,
}

#[derive(Template)]
#[template(path = "datasets/profile.html")]
pub(crate) struct ProfilePage {
    /// Set when another organisation (or anyone) sees the results through a share.
    shared: Option<tessera_store::Share>,
    dataset: DatasetSummary,
    sections: Vec<TypeSection>,
    unlinked: Vec<MeasureCard>,
    n_types: usize,
    n_domains: usize,
    min_cell: u64,
    duration_ms: i64,
    crumbs: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "datasets/computing.html")]
pub(crate) struct ComputingPage {
    /// The page to reload.
    pub(crate) reload: String,
    pub(crate) dataset: DatasetSummary,
    pub(crate) seconds: u64,
    pub(crate) crumbs: Vec<(String, String)>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (record, mapping) = super::load(&state, org.id, &id).await?;
    let crumbs = vec![
        ("/".to_owned(), "Home".to_owned()),
        ("/datasets".to_owned(), "Datasets".to_owned()),
    ];
    let reload = format!("/datasets/{}", record.summary.id);
    respond(
        &state,
        org.id,
        record.summary,
        &mapping,
        crumbs,
        None,
        reload,
    )
    .await
}

/// The profile page of a dataset of organisation `org`, or the page saying it is being
/// computed (which reloads `reload`); with `shared`, as another organisation sees it.
pub(crate) async fn respond(
    state: &AppState,
    org: tessera_store::OrgId,
    dataset: DatasetSummary,
    mapping: &DatasetMapping,
    crumbs: Vec<(String, String)>,
    shared: Option<tessera_store::Share>,
    reload: String,
) -> Result<Response, PageError> {
    match state.app().profile_report(org, dataset.id, mapping).await? {
        Computed::Running(since) => {
            let page = ComputingPage {
                reload,
                dataset,
                seconds: since.as_secs(),
                crumbs,
            };
            Ok(Html(page.render()?).into_response())
        }
        Computed::Ready(report, duration_ms) => {
            let page = ProfilePage::new(
                state,
                dataset,
                mapping,
                &report,
                duration_ms,
                crumbs,
                shared,
            );
            Ok(Html(page.render()?).into_response())
        }
    }
}

impl ProfilePage {
    /// The profile of `dataset`; with `shared`, as another organisation sees it (no links to
    /// breakdowns, files or actions).
    pub(crate) fn new(
        state: &AppState,
        dataset: DatasetSummary,
        mapping: &DatasetMapping,
        report: &Report,
        duration_ms: i64,
        crumbs: Vec<(String, String)>,
        shared: Option<tessera_store::Share>,
    ) -> Self {
        let (sections, unlinked) = cards(state, mapping, report, dataset.id, shared.is_none());
        ProfilePage {
            n_types: sections.len(),
            n_domains: sections.iter().map(|s| s.domains.len()).sum(),
            min_cell: report.thresholds.min_cell,
            shared,
            dataset,
            sections,
            unlinked,
            duration_ms,
            crumbs,
        }
    }
}

/// Cards for every measure, grouped by domain type and domain in the framework's order.
pub(crate) fn cards(
    state: &AppState,
    mapping: &DatasetMapping,
    report: &Report,
    dataset: tessera_store::DatasetId,
    linked: bool,
) -> (Vec<TypeSection>, Vec<MeasureCard>) {
    let catalogue = state.catalogue();
    let waves: Vec<String> = mapping.wave.iter().cloned().collect();
    let mut placed: Vec<(results::Placement, MeasureCard)> = Vec::new();
    let mut unlinked = Vec::new();
    for m in &mapping.measures {
        let f = Format::of(m);
        let overall = LineView::all(&results::lines(report, m, &[]), f);
        let by_wave = if waves.is_empty() {
            Vec::new()
        } else {
            LineView::all(&results::lines(report, m, &waves), f)
        };
        let (headline, headline_label) = match by_wave.last() {
            Some(latest) => (latest.clone(), format!("In {}", latest.label)),
            None => match overall.first() {
                Some(all) => (all.clone(), "All responses".to_owned()),
                None => continue,
            },
        };
        let placement = results::placement(catalogue, m);
        let card = MeasureCard {
            id: m.id.clone(),
            label: m.label.clone(),
            indicator_name: placement
                .as_ref()
                .map(|p| p.indicator_name.clone())
                .unwrap_or_default(),
            indicator_href: placement
                .as_ref()
                .map(|p| p.indicator_href.clone())
                .unwrap_or_default(),
            headline,
            headline_label,
            waves: by_wave,
            trend: results::trend(report, m).map(|t| TrendView::new(&t, f)),
            href: if linked {
                format!("/datasets/{dataset}/measures/{}", m.id)
            } else {
                String::new()
            },
        };
        match placement {
            Some(p) => placed.push((p, card)),
            None => unlinked.push(card),
        }
    }
    placed.sort_by_key(|(p, _)| (p.type_order, p.domain_order));
    let mut sections: Vec<TypeSection> = Vec::new();
    for (p, card) in placed {
        if sections.last().is_none_or(|s| s.name != p.type_name) {
            sections.push(TypeSection {
                name: p.type_name.clone(),
                domains: Vec::new(),
            });
        }
        let Some(section) = sections.last_mut() else {
            continue;
        };
        if section
            .domains
            .last()
            .is_none_or(|d| d.name != p.domain_name)
        {
            section.domains.push(DomainSection {
                name: p.domain_name.clone(),
                href: p.domain_href.clone(),
                cards: Vec::new(),
            });
        }
        if let Some(domain) = section.domains.last_mut() {
            domain.cards.push(card);
        }
    }
    (sections, unlinked)
}
