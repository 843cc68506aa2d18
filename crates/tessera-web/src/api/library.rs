//! `/api/v1/library…`: the library entries shown to the token's organisation (documented in
//! `docs/library.md`). The same snapshot as the entry's page: figures with small numbers
//! suppressed (no number at all), and stories only while their consent covers publication.

use axum::Json;
use axum::extract::{Path, Query, State};
use serde::Serialize;
use tessera_app::library::content::{EntryContent, Figure};
use tessera_app::library::filter::LibraryFilter;
use tessera_app::library::strength::{Strength, size_band, strength};
use tessera_store::LibraryEntry;

use crate::AppState;
use crate::http::error::ApiError;
use crate::http::extractors::ApiMember;

/// An entry's strength of evidence.
#[derive(Debug, Serialize)]
pub struct StrengthOut {
    /// 1 (weakest) to `top`.
    pub level: u8,
    /// The highest level.
    pub top: u8,
    /// `before_after`, `comparison` or `randomised`.
    pub design: &'static str,
    /// People the figures rest on, if stated.
    pub sample_size: Option<i64>,
    /// `small`, `medium`, `large` or `unknown`.
    pub size: &'static str,
    /// Whether there was a comparison group.
    pub comparison_group: bool,
    /// Whether any figure shows its interval.
    pub uncertainty_shown: bool,
}

impl From<Strength> for StrengthOut {
    fn from(s: Strength) -> Self {
        Self {
            level: s.level,
            top: tessera_app::library::strength::TOP_LEVEL,
            design: s.design,
            sample_size: s.sample_size,
            size: size_band(s.sample_size),
            comparison_group: s.comparison_group,
            uncertainty_shown: s.uncertainty_shown,
        }
    }
}

/// An entry in a list.
#[derive(Debug, Serialize)]
pub struct EntrySummaryOut {
    /// Its id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// The organisation that published it.
    pub organisation: String,
    /// What was done.
    pub summary: String,
    /// Region code.
    pub region: String,
    /// Kind of local authority area.
    pub authority_type: String,
    /// Domains, `<pack>/<domain>`.
    pub domains: Vec<String>,
    /// Indicator references.
    pub indicators: Vec<String>,
    /// Target groups' names.
    pub target_groups: Vec<String>,
    /// Strength of evidence.
    pub strength: StrengthOut,
    /// When its snapshot was taken (RFC 3339).
    pub published_at: String,
}

fn summary_of(e: &LibraryEntry, c: &EntryContent) -> EntrySummaryOut {
    EntrySummaryOut {
        id: e.id.0,
        title: e.title.clone(),
        organisation: e.org_name.clone(),
        summary: c.summary.clone(),
        region: e.region.clone(),
        authority_type: e.authority_type.clone(),
        domains: e.domains.clone(),
        indicators: e.indicators.clone(),
        target_groups: e.target_groups.clone(),
        strength: strength(&e.design, e.sample_size, c.shows_uncertainty()).into(),
        published_at: e.published_at.clone(),
    }
}

/// The entries found.
#[derive(Debug, Serialize)]
pub struct LibraryList {
    /// Newest first.
    pub entries: Vec<EntrySummaryOut>,
}

/// A published story.
#[derive(Debug, Serialize)]
pub struct StoryOut {
    /// `testimony`, `case_study`…
    pub kind: String,
    /// Title.
    pub title: String,
    /// Its text.
    pub text: String,
}

/// A comment and its answer.
#[derive(Debug, Serialize)]
pub struct CommentOut {
    /// Its id.
    pub id: i64,
    /// The organisation that wrote it.
    pub organisation: String,
    /// What it says.
    pub text: String,
    /// The owner's answer, if any.
    pub answer: Option<String>,
    /// Whether the owner hid it (then only the owner and its writer see it).
    pub hidden: bool,
    /// When it was written (RFC 3339).
    pub created_at: String,
}

/// One entry in full.
#[derive(Debug, Serialize)]
pub struct EntryOut {
    /// What the list shows.
    #[serde(flatten)]
    pub summary: EntrySummaryOut,
    /// The plan's goal.
    pub goal: String,
    /// Activities.
    pub activities: Vec<String>,
    /// Sides reached (`newcomers`, `receiving_community`).
    pub sides: Vec<&'static str>,
    /// Start date (`YYYY-MM-DD`).
    pub started_on: Option<String>,
    /// End date.
    pub ended_on: Option<String>,
    /// What changed; suppressed figures carry no number.
    pub figures: Vec<Figure>,
    /// The disclosure threshold applied.
    pub min_cell: u64,
    /// What did not work.
    pub not_worked: String,
    /// Lessons.
    pub lessons: String,
    /// Costs, if given.
    pub costs: Option<String>,
    /// Stories whose consent covers publication now.
    pub stories: Vec<StoryOut>,
    /// Comments the token's organisation may see.
    pub comments: Vec<CommentOut>,
    /// When it was withdrawn (seen by its owner only).
    pub withdrawn_at: Option<String>,
}

/// `GET /api/v1/library?q=&domain=&indicator=&group=&design=&region=&size=`.
pub(crate) async fn list(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Query(filter): Query<LibraryFilter>,
) -> Result<Json<LibraryList>, ApiError> {
    let found = state.app().library(org.id, &filter).await?;
    Ok(Json(LibraryList {
        entries: found.iter().map(|(e, c)| summary_of(e, c)).collect(),
    }))
}

/// `GET /api/v1/library/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path(id): Path<String>,
) -> Result<Json<EntryOut>, ApiError> {
    let view = state.app().library_entry(org.id, &id).await?;
    let (e, c) = (&view.entry, &view.content);
    Ok(Json(EntryOut {
        summary: summary_of(e, c),
        goal: c.goal.clone(),
        activities: c.activities.clone(),
        sides: c.sides.iter().map(|s| s.code()).collect(),
        started_on: c.started_on.clone(),
        ended_on: c.ended_on.clone(),
        figures: c.figures.clone(),
        min_cell: c.min_cell,
        not_worked: c.not_worked.clone(),
        lessons: c.lessons.clone(),
        costs: Some(c.costs.clone()).filter(|s| !s.is_empty()),
        stories: c
            .stories
            .iter()
            .map(|s| StoryOut {
                kind: s.kind.clone(),
                title: s.title.clone(),
                text: s.body.clone(),
            })
            .collect(),
        comments: view
            .comments
            .iter()
            .map(|k| CommentOut {
                id: k.id.0,
                organisation: k.org_name.clone(),
                text: k.body.clone(),
                answer: Some(k.answer.clone()).filter(|a| !a.is_empty()),
                hidden: k.hidden,
                created_at: k.created_at.clone(),
            })
            .collect(),
        withdrawn_at: e.withdrawn_at.clone(),
    }))
}
