//! `/api/v1/questionnaires…`: the organisation's questionnaires (list, build from indicators or
//! a plan, read with their content in the documented JSON form) and each one's XLSForm.
//! Documented in `docs/api.md` and `docs/questionnaires.md`. The response types are here, apart
//! from the pages' views, so a page change cannot change the API.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use tessera_app::AppError;
use tessera_app::questionnaires::{Created, Loaded};
use tessera_store::PlanId;

use crate::AppState;
use crate::http::error::ApiError;
use crate::http::extractors::{ApiEditor, ApiMember};

/// Links from a questionnaire.
#[derive(Debug, Serialize)]
pub struct QuestionnaireLinks {
    /// This resource.
    #[serde(rename = "self")]
    pub this: String,
    /// The builder page.
    pub html: String,
    /// The XLSForm file.
    pub xlsform: String,
}

/// A questionnaire as listed.
#[derive(Debug, Serialize)]
pub struct QuestionnaireSummary {
    /// Its id.
    pub id: i64,
    /// Its title in its first language.
    pub title: String,
    /// The current version.
    pub version: i64,
    /// Whether the current version has answers (so the next change makes a new version).
    pub answered: bool,
    /// The plan it was built for, if any.
    pub plan: Option<i64>,
    /// Language codes offered, the default first.
    pub languages: Vec<String>,
    /// How many questions it asks.
    pub questions: usize,
    /// The indicators its bank rules measure (`<pack>/<indicator>`), once each.
    pub indicators: Vec<String>,
    /// When it was created (RFC 3339).
    pub created_at: String,
    /// When it last changed (RFC 3339).
    pub updated_at: String,
    /// Links.
    pub links: QuestionnaireLinks,
}

/// `GET /api/v1/questionnaires`.
#[derive(Debug, Serialize)]
pub struct QuestionnaireList {
    /// Most recently changed first.
    pub questionnaires: Vec<QuestionnaireSummary>,
}

/// An indicator the new questionnaire does not ask about.
#[derive(Debug, Serialize)]
pub struct NotCovered {
    /// `<pack>/<indicator>`.
    pub indicator: String,
    /// Why, from the question bank (English), if it says.
    pub reason: Option<String>,
}

/// `POST /api/v1/questionnaires`: what was built.
#[derive(Debug, Serialize)]
pub struct QuestionnaireCreated {
    /// The questionnaire.
    pub questionnaire: QuestionnaireSummary,
    /// Indicators asked for that no question measures.
    pub not_covered: Vec<NotCovered>,
}

/// `GET /api/v1/questionnaires/{id}`: the summary and the whole content.
#[derive(Debug, Serialize)]
pub struct QuestionnaireDetail {
    /// The summary.
    #[serde(flatten)]
    pub summary: QuestionnaireSummary,
    /// The questionnaire in the documented JSON form (docs/questionnaires.md).
    pub content: serde_json::Value,
}

/// The body of `POST /api/v1/questionnaires`: indicators, or a plan, or both (the plan's
/// indicators then come first).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateQuestionnaire {
    /// `<pack>/<indicator>` keys.
    #[serde(default)]
    pub indicators: Vec<String>,
    /// One of the organisation's plans: its indicators are asked about and the questionnaire
    /// is tied to it.
    #[serde(default)]
    pub plan: Option<i64>,
    /// The title (the plan's, or the bank's default, otherwise).
    #[serde(default)]
    pub title: Option<String>,
}

fn summary(loaded: &Loaded) -> QuestionnaireSummary {
    let q = &loaded.questionnaire;
    let id = loaded.record.id.0;
    let mut indicators: Vec<String> = Vec::new();
    for question in q.questions() {
        for r in &question.rules {
            if !indicators.contains(&r.indicator) {
                indicators.push(r.indicator.clone());
            }
        }
    }
    QuestionnaireSummary {
        id,
        title: loaded.record.title.clone(),
        version: loaded.record.version,
        answered: loaded.record.answered,
        plan: loaded.record.plan.map(|p| p.0),
        languages: q.languages.iter().map(|l| l.code().to_owned()).collect(),
        questions: q.items.len(),
        indicators,
        created_at: loaded.record.created_at.clone(),
        updated_at: loaded.record.updated_at.clone(),
        links: QuestionnaireLinks {
            this: format!("/api/v1/questionnaires/{id}"),
            html: format!("/questionnaires/{id}"),
            xlsform: format!("/api/v1/questionnaires/{id}/xlsform"),
        },
    }
}

/// `GET /api/v1/questionnaires`.
pub(crate) async fn list(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
) -> Result<Json<QuestionnaireList>, ApiError> {
    let all = state.app().questionnaire_list(org.id).await?;
    Ok(Json(QuestionnaireList {
        questionnaires: all.iter().map(summary).collect(),
    }))
}

/// `POST /api/v1/questionnaires` (editors and owners).
pub(crate) async fn create(
    State(state): State<AppState>,
    editor: ApiEditor,
    body: Bytes,
) -> Result<Response, ApiError> {
    let input: CreateQuestionnaire = serde_json::from_slice(&body).map_err(|e| {
        ApiError::with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            tessera_l10n::ta(
                "questionnaires-api-bad-body",
                &[("reason", e.to_string().into())],
            ),
        )
    })?;
    let actor = editor.actor();
    let mut indicators = Vec::new();
    let mut plan = None;
    if let Some(p) = input.plan {
        let (record, document) = state.app().plan(editor.0.id, &p.to_string()).await?;
        indicators = tessera_app::questionnaires::plan_indicators(&document);
        plan = Some(PlanId(record.id.0));
    }
    for i in input.indicators {
        if !indicators.contains(&i) {
            indicators.push(i);
        }
    }
    if indicators.is_empty() {
        return Err(ApiError::with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            tessera_l10n::t("questionnaires-api-nothing"),
        ));
    }
    let title = match (&input.title, plan) {
        (Some(t), _) => Some(t.clone()),
        (None, Some(p)) => Some(state.app().plan(editor.0.id, &p.to_string()).await?.1.title),
        (None, None) => None,
    };
    let Created {
        record,
        not_covered,
    } = state
        .app()
        .create_questionnaire_from_indicators(&actor, title.as_deref(), &indicators, plan)
        .await
        .map_err(|e| match e {
            AppError::Invalid(m) => ApiError::with_status(StatusCode::UNPROCESSABLE_ENTITY, m),
            other => other.into(),
        })?;
    let loaded = state
        .app()
        .questionnaire(editor.0.id, &record.id.to_string())
        .await?;
    Ok((
        StatusCode::CREATED,
        [(
            header::LOCATION,
            format!("/api/v1/questionnaires/{}", record.id),
        )],
        Json(QuestionnaireCreated {
            questionnaire: summary(&loaded),
            not_covered: not_covered
                .into_iter()
                .map(|(indicator, reason)| NotCovered { indicator, reason })
                .collect(),
        }),
    )
        .into_response())
}

/// `GET /api/v1/questionnaires/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path(id): Path<String>,
) -> Result<Json<QuestionnaireDetail>, ApiError> {
    let loaded = state.app().questionnaire(org.id, &id).await?;
    Ok(Json(QuestionnaireDetail {
        summary: summary(&loaded),
        content: loaded.record.content.clone(),
    }))
}

/// `GET /api/v1/questionnaires/{id}/xlsform`: the XLSForm workbook.
pub(crate) async fn xlsform(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let (name, bytes) = state.app().questionnaire_xlsform(org.id, &id).await?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
