use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use tessera_app::AppError;
use tessera_app::estimates::Computed;
use tessera_app::results::{self, GroupCounts, Labels};
use tessera_l10n::{t, ta};
use tessera_stats::Report;
use tessera_stats::mapping::DatasetMapping;
use tessera_store::DatasetSummary;

use tessera_app::weighting::KeptWeighting;

use super::weighting::chooser::{Chooser, WeightingParam, choose};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;
use crate::ui::fragments::{ProfileCards, ProfileKey};
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
    /// The level of the card's heading: 4 under a domain's heading, 3 in the section of
    /// measures linked to no indicator (which has no domain headings).
    pub level: u8,
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

/// How many rows are on each side, in words, and whether some are on neither.
pub(crate) struct CountsView {
    /// "About 120 newcomers and about 340 in the receiving community."
    pub sides: String,
    /// "About 40 rows are on neither side…", when some are.
    pub other: Option<String>,
}

impl CountsView {
    pub(crate) fn new(counts: &GroupCounts, min_cell: u64) -> Self {
        let about = |n: Option<u64>| match n {
            Some(n) => ta("datasets-about-count", &[("count", n.into())]),
            None => ta("datasets-fewer-than", &[("count", min_cell.into())]),
        };
        Self {
            sides: ta(
                "datasets-rows-by-side",
                &[
                    ("newcomers", about(counts.newcomers).into()),
                    ("receiving", about(counts.receiving_community).into()),
                ],
            ),
            other: counts.has_other.then(|| {
                ta(
                    "datasets-rows-other",
                    &[("count", about(counts.other).into())],
                )
            }),
        }
    }
}

#[derive(Template)]
#[template(path = "datasets/profile.html")]
pub(crate) struct ProfilePage {
    /// Set when another organisation (or anyone) sees the results through a share.
    shared: Option<tessera_store::Share>,
    dataset: DatasetSummary,
    /// The measure cards, rendered (see [`MeasureCards`]).
    cards_html: std::sync::Arc<str>,
    n_types: usize,
    n_domains: usize,
    min_cell: u64,
    duration_ms: i64,
    crumbs: Vec<(String, String)>,
    /// Who counts as a newcomer, in one line.
    rule: String,
    counts: CountsView,
    /// The weighting chooser and which weighting the figures use (not on shared views).
    chooser: Option<super::weighting::chooser::Chooser>,
}

/// The measure cards of a profile, grouped by domain type and domain: the bulk of the page,
/// rendered once and kept for a few seconds (`ui::fragments`).
#[derive(Template)]
#[template(path = "datasets/_cards.html")]
struct MeasureCards<'a> {
    sections: &'a [TypeSection],
    unlinked: &'a [MeasureCard],
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

/// A dataset whose estimates cannot be computed under its mapping (saved before the check
/// step computed them): what went wrong and the ways out — edit the mapping, upload a
/// corrected version, delete it.
#[derive(Template)]
#[template(path = "datasets/broken.html")]
pub(crate) struct BrokenPage {
    pub(crate) dataset: DatasetSummary,
    pub(crate) problem: String,
    pub(crate) shared: bool,
    pub(crate) crumbs: Vec<(String, String)>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
    Query(param): Query<WeightingParam>,
) -> Result<Response, PageError> {
    let id = tessera_app::datasets::parse_id(&id)?;
    let shared = state.app().dataset_shared(org.id, id).await?;
    let (record, mapping) = &*shared;
    let crumbs = super::crumbs(&[]);
    let chosen = choose(
        &state,
        org.id,
        record.summary.id,
        &param,
        format!("/datasets/{}", record.summary.id),
        Vec::new(),
    )
    .await?;
    let query = chosen.1.query();
    let reload = if query.is_empty() {
        format!("/datasets/{}", record.summary.id)
    } else {
        format!("/datasets/{}?{query}", record.summary.id)
    };
    respond(
        &state,
        org.id,
        record.summary.clone(),
        mapping,
        crumbs,
        None,
        reload,
        Some(chosen),
    )
    .await
}

/// The profile page of a dataset of organisation `org`, or the page saying it is being
/// computed (which reloads `reload`); with `shared`, as another organisation sees it; with
/// `chosen`, under the chosen weighting, with the chooser.
#[expect(clippy::too_many_arguments, reason = "one page's inputs, each named")]
pub(crate) async fn respond(
    state: &AppState,
    org: tessera_store::OrgId,
    dataset: DatasetSummary,
    mapping: &DatasetMapping,
    crumbs: Vec<(String, String)>,
    shared: Option<tessera_store::Share>,
    reload: String,
    chosen: Option<(Option<KeptWeighting>, Chooser)>,
) -> Result<Response, PageError> {
    let (weighting, chooser) = match chosen {
        Some((w, c)) => (w, Some(c)),
        None => (None, None),
    };
    let computed = match state
        .app()
        .profile_report_under(org, dataset.id, mapping, weighting.as_ref())
        .await
    {
        Ok(c) => c,
        Err(AppError::Invalid(problem)) => {
            let page = BrokenPage {
                dataset,
                problem,
                shared: shared.is_some(),
                crumbs,
            };
            return Ok((StatusCode::OK, Html(page.render()?)).into_response());
        }
        Err(e) => return Err(e.into()),
    };
    match computed {
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
            let labels = state.app().labels(org, dataset.id, mapping).await?;
            let page = ProfilePage::new(
                state,
                org,
                dataset,
                mapping,
                &labels,
                &report,
                duration_ms,
                crumbs,
                shared,
                chooser,
            )?;
            Ok(Html(page.render()?).into_response())
        }
    }
}

impl ProfilePage {
    /// The profile of `dataset`; with `shared`, as another organisation sees it (no links to
    /// breakdowns, files or actions).
    #[expect(clippy::too_many_arguments, reason = "one page's inputs, each named")]
    pub(crate) fn new(
        state: &AppState,
        org: tessera_store::OrgId,
        dataset: DatasetSummary,
        mapping: &DatasetMapping,
        labels: &Labels,
        report: &std::sync::Arc<Report>,
        duration_ms: i64,
        crumbs: Vec<(String, String)>,
        shared: Option<tessera_store::Share>,
        chooser: Option<Chooser>,
    ) -> Result<Self, askama::Error> {
        let linked = shared.is_none();
        let link_query = chooser.as_ref().map(Chooser::query).unwrap_or_default();
        let key = ProfileKey::new(org, dataset.id, linked, report);
        let generation = state.store().generation();
        let kept = match state.fragments().profiles.get(&key, generation) {
            Some(kept) => kept,
            None => {
                let (sections, unlinked) = cards(
                    state,
                    mapping,
                    labels,
                    report,
                    dataset.id,
                    linked,
                    &link_query,
                );
                let html = MeasureCards {
                    sections: &sections,
                    unlinked: &unlinked,
                }
                .render()?;
                let kept = ProfileCards::new(
                    report,
                    html,
                    sections.len(),
                    sections.iter().map(|s| s.domains.len()).sum(),
                );
                state
                    .fragments()
                    .profiles
                    .put(key, generation, kept.clone());
                kept
            }
        };
        Ok(ProfilePage {
            cards_html: kept.html,
            n_types: kept.n_types,
            n_domains: kept.n_domains,
            min_cell: report.thresholds.min_cell,
            rule: results::group_rule_text(mapping, labels),
            counts: CountsView::new(&results::group_counts(report), report.thresholds.min_cell),
            shared,
            dataset,
            duration_ms,
            crumbs,
            chooser,
        })
    }
}

/// Cards for every measure, grouped by domain type and domain in the framework's order.
pub(crate) fn cards(
    state: &AppState,
    mapping: &DatasetMapping,
    labels: &Labels,
    report: &Report,
    dataset: tessera_store::DatasetId,
    linked: bool,
    link_query: &str,
) -> (Vec<TypeSection>, Vec<MeasureCard>) {
    let catalogue = state.catalogue();
    let lang = tessera_l10n::current();
    let waves: Vec<String> = mapping.wave.iter().cloned().collect();
    let mut placed: Vec<(results::Placement, MeasureCard)> = Vec::new();
    let mut unlinked = Vec::new();
    for m in &mapping.measures {
        let f = Format::of(m);
        let lines = |vars: &[String]| {
            let mut lines = results::lines(report, m, vars);
            labels.apply(&mut lines);
            LineView::all(&lines, f)
        };
        let overall = lines(&[]);
        let by_wave = if waves.is_empty() {
            Vec::new()
        } else {
            lines(&waves)
        };
        // The headline is the latest wave's, and says so; without waves, every response.
        let (headline, headline_label) = match by_wave.last() {
            Some(latest) => (
                latest.clone(),
                ta("results-in-wave", &[("wave", latest.label.as_str().into())]),
            ),
            None => match overall.first() {
                Some(all) => (all.clone(), t("results-all-responses")),
                None => continue,
            },
        };
        let placement = results::placement(catalogue, m);
        let indicator = m.indicator.as_deref().and_then(|k| catalogue.indicator(k));
        let trend = results::trend(report, m).map(|mut tr| {
            labels.apply_trend(mapping.wave.as_deref(), &mut tr);
            TrendView::new(&tr, f)
        });
        let card = MeasureCard {
            id: m.id.clone(),
            label: m.label.clone(),
            indicator_name: indicator
                .map(|i| i.name_in(lang.code()).to_owned())
                .unwrap_or_default(),
            indicator_href: placement
                .as_ref()
                .map(|p| p.indicator_href.clone())
                .unwrap_or_default(),
            headline,
            headline_label,
            waves: by_wave,
            trend,
            href: if linked && !link_query.is_empty() {
                format!("/datasets/{dataset}/measures/{}?{link_query}", m.id)
            } else if linked {
                format!("/datasets/{dataset}/measures/{}", m.id)
            } else {
                String::new()
            },
            level: 4,
        };
        match placement {
            Some(p) => placed.push((p, card)),
            None => unlinked.push(MeasureCard { level: 3, ..card }),
        }
    }
    placed.sort_by_key(|(p, _)| (p.type_order, p.domain_order));
    let mut sections: Vec<TypeSection> = Vec::new();
    for (p, card) in placed {
        let type_name = localised_type(catalogue, card_indicator(mapping, &card.id), lang)
            .unwrap_or_else(|| p.type_name.clone());
        if sections.last().is_none_or(|s| s.name != type_name) {
            sections.push(TypeSection {
                name: type_name,
                domains: Vec::new(),
            });
        }
        let Some(section) = sections.last_mut() else {
            continue;
        };
        let domain_name = localised_domain(catalogue, card_indicator(mapping, &card.id), lang)
            .unwrap_or_else(|| p.domain_name.clone());
        if section.domains.last().is_none_or(|d| d.name != domain_name) {
            section.domains.push(DomainSection {
                name: domain_name,
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

fn card_indicator<'m>(mapping: &'m DatasetMapping, measure: &str) -> Option<&'m str> {
    mapping
        .measures
        .iter()
        .find(|m| m.id == measure)
        .and_then(|m| m.indicator.as_deref())
}

/// The domain of an indicator, in the page's language (English when it has no translation).
fn localised_domain(
    catalogue: &tessera_framework::Catalogue,
    indicator: Option<&str>,
    lang: tessera_l10n::Lang,
) -> Option<String> {
    let indicator = catalogue.indicator(indicator?)?;
    let pack = catalogue.pack(indicator.pack.as_str())?;
    let domain = pack.domain(indicator.domain.as_str())?;
    Some(domain.name_in(lang.code()).to_owned())
}

/// The domain type of an indicator, in the page's language.
fn localised_type(
    catalogue: &tessera_framework::Catalogue,
    indicator: Option<&str>,
    lang: tessera_l10n::Lang,
) -> Option<String> {
    let indicator = catalogue.indicator(indicator?)?;
    let pack = catalogue.pack(indicator.pack.as_str())?;
    let domain = pack.domain(indicator.domain.as_str())?;
    let type_id = domain.domain_type.as_ref()?;
    let domain_type = pack.domain_types.iter().find(|t| &t.id == type_id)?;
    Some(domain_type.name_in(lang.code()).to_owned())
}
