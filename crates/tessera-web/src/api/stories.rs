//! `/api/v1/stories…`: the organisation's evidence records, their consent and tags (documented
//! in `docs/api.md`). Files are not sent here; a story's page serves them to members.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use tessera_app::participants::Problem;
use tessera_app::stories::consent::scopes;
use tessera_app::stories::filter::StoryFilter;
use tessera_app::stories::input::StoryInput;
use tessera_store::Story;

use crate::AppState;
use crate::http::error::ApiError;
use crate::http::extractors::{ApiEditor, ApiMember};

/// Problems with what was sent, as `422 {"errors": [{"status", "detail", "source"}]}`.
pub(crate) fn problems(problems: Vec<Problem>) -> Response {
    let errors: Vec<serde_json::Value> = problems
        .into_iter()
        .map(|p| {
            serde_json::json!({
                "status": 422,
                "detail": p.message,
                "source": { "pointer": format!("/{}", p.field.replace('~', "~0").replace('/', "~1")) },
            })
        })
        .collect();
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(serde_json::json!({ "errors": errors })),
    )
        .into_response()
}

/// What a story's consent covers now.
#[derive(Debug, Serialize)]
pub struct ScopesOut {
    /// Use in the organisation's reports.
    pub reports: bool,
    /// Publication.
    pub publication: bool,
    /// Sharing with partners.
    pub sharing: bool,
    /// Naming the person.
    pub naming: bool,
}

/// The consent a story rests on.
#[derive(Debug, Serialize)]
pub struct StoryConsentOut {
    /// `participant_record` (a participant's consent record), `recorded_with_story`, or `none`.
    pub rests_on: &'static str,
    /// The participant's consent record's number, if it rests on one.
    pub record: Option<i64>,
    /// When the consent recorded with the story was given (`YYYY-MM-DD`).
    pub given_on: Option<String>,
    /// Whether the participant's record has been withdrawn.
    pub withdrawn: bool,
    /// What it covers now.
    pub covers: ScopesOut,
    /// Whether the story may enter a report (covers use in reports and publication).
    pub may_enter_reports: bool,
}

/// One tag.
#[derive(Debug, Serialize)]
pub struct TagOut {
    /// `outcome`, `indicator`, `domain`, `side` or `theme`.
    pub kind: String,
    /// What it names.
    pub value: String,
}

/// A story's attached photo or recording.
#[derive(Debug, Serialize)]
pub struct FileOut {
    /// Its media type.
    pub media_type: String,
    /// The name it was uploaded with.
    pub name: String,
}

/// A story.
#[derive(Debug, Serialize)]
pub struct StoryOut {
    /// Its id.
    pub id: i64,
    /// `testimony`, `case_study`, `observation`, `photo`, `audio` or `focus_group`.
    pub kind: String,
    /// Title.
    pub title: String,
    /// The quote, account, note or transcript.
    pub text: String,
    /// When (`YYYY-MM-DD`).
    pub occurred_on: Option<String>,
    /// The participant it is about, by code.
    pub participant: Option<String>,
    /// The group it is about.
    pub group: Option<String>,
    /// The consent it rests on.
    pub consent: StoryConsentOut,
    /// Whether it has been anonymised.
    pub anonymised: bool,
    /// What it speaks to.
    pub tags: Vec<TagOut>,
    /// Its photo or recording, if any.
    pub file: Option<FileOut>,
    /// When it was recorded (RFC 3339).
    pub created_at: String,
    /// When it was last changed (RFC 3339).
    pub updated_at: String,
}

impl From<&Story> for StoryOut {
    fn from(s: &Story) -> Self {
        let sc = scopes(s);
        let rests_on = match (&s.linked_consent, &s.participant, &s.consent.given_on) {
            (Some(_), _, _) => "participant_record",
            (None, None, Some(_)) => "recorded_with_story",
            _ => "none",
        };
        StoryOut {
            id: s.id.0,
            kind: s.kind.clone(),
            title: s.title.clone(),
            text: s.body.clone(),
            occurred_on: s.occurred_on.clone(),
            participant: s.participant_code.clone(),
            group: Some(s.group_label.clone()).filter(|g| !g.is_empty()),
            consent: StoryConsentOut {
                rests_on,
                record: s.linked_consent.as_ref().map(|c| c.id.0),
                given_on: s.consent.given_on.clone(),
                withdrawn: sc.withdrawn,
                covers: ScopesOut {
                    reports: sc.reports,
                    publication: sc.publication,
                    sharing: sc.sharing,
                    naming: sc.naming,
                },
                may_enter_reports: sc.allows_report(),
            },
            anonymised: s.anonymised,
            tags: s
                .tags
                .iter()
                .map(|t| TagOut {
                    kind: t.kind.clone(),
                    value: t.value.clone(),
                })
                .collect(),
            file: s.file.as_ref().map(|(name, media)| FileOut {
                media_type: media.clone(),
                name: name.clone(),
            }),
            created_at: s.created_at.clone(),
            updated_at: s.updated_at.clone(),
        }
    }
}

/// The organisation's stories.
#[derive(Debug, Serialize)]
pub struct StoryList {
    /// Newest first.
    pub stories: Vec<StoryOut>,
}

/// `GET /api/v1/stories?q=&kind=&tag=&theme=&side=&from=&to=`.
pub(crate) async fn list(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Query(filter): Query<StoryFilter>,
) -> Result<Json<StoryList>, ApiError> {
    let stories = state.app().stories(org.id, &filter).await?;
    Ok(Json(StoryList {
        stories: stories.iter().map(Into::into).collect(),
    }))
}

/// `GET /api/v1/stories/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path(id): Path<String>,
) -> Result<Json<StoryOut>, ApiError> {
    let story = state.app().story(org.id, &id).await?;
    Ok(Json(StoryOut::from(&story)))
}

/// `POST /api/v1/stories`: records a story (editors); the personal-data check's findings come
/// back as 422 problems unless `"checked": true` says they were looked at.
pub(crate) async fn create(
    State(state): State<AppState>,
    editor: ApiEditor,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    let input: StoryInput = serde_json::from_slice(&bytes).map_err(|e| {
        ApiError::bad_request(tessera_l10n::ta(
            "stories-api-body",
            &[("reason", e.to_string().into())],
        ))
    })?;
    match state
        .app()
        .record_story(&editor.actor(), &input, None)
        .await?
    {
        Ok(story) => Ok((StatusCode::CREATED, Json(StoryOut::from(&story))).into_response()),
        Err(p) => Ok(problems(p)),
    }
}
