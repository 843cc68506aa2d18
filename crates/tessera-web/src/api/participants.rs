//! `/api/v1/participants…` and `/api/v1/plans/{id}/change`: the participant register, consent
//! records and measurements, and a plan's change estimates (documented in `docs/api.md`).
//! Names and contact details are never in any answer here.

use std::collections::BTreeMap;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use tessera_app::participants::Problem;
use tessera_app::participants::consent::ConsentInput;
use tessera_app::participants::measurements::MeasurementInput;
use tessera_app::participants::register::ParticipantInput;
use tessera_stats::change::Audience;

use super::types::{
    ConsentList, ConsentOut, ErasedOut, MeasurementList, MeasurementOut, ParticipantList,
    ParticipantOut, PlanChangeOut,
};
use crate::AppState;
use crate::http::error::ApiError;
use crate::http::extractors::{ApiEditor, ApiMember, ApiOwner};

/// The JSON Pointer (RFC 6901) of the member a form field's problem concerns.
fn pointer(field: &str) -> String {
    let escape = |s: &str| s.replace('~', "~0").replace('/', "~1");
    if let Some(key) = field.strip_prefix("field-") {
        format!("/fields/{}", escape(key))
    } else if let Some(reference) = field.strip_prefix("answer-") {
        format!("/answers/{}", escape(reference))
    } else if field.starts_with("group-") {
        "/plans".to_owned()
    } else {
        format!("/{}", escape(field))
    }
}

/// Problems with what was sent, as `422 {"errors": [{"status", "detail", "source"}]}`.
fn problems(problems: Vec<Problem>) -> Response {
    let errors: Vec<serde_json::Value> = problems
        .into_iter()
        .map(|p| {
            serde_json::json!({
                "status": 422,
                "detail": p.message,
                "source": { "pointer": pointer(&p.field) },
            })
        })
        .collect();
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(serde_json::json!({ "errors": errors })),
    )
        .into_response()
}

/// A JSON body read as `T`, or a 400 that says what is wrong with it.
fn body<T: DeserializeOwned>(bytes: &Bytes) -> Result<T, ApiError> {
    serde_json::from_slice(bytes).map_err(|e| {
        ApiError::bad_request(tessera_l10n::ta(
            "participants-api-body",
            &[("reason", e.to_string().into())],
        ))
    })
}

/// A JSON value written as text, as forms send it (`true` is yes).
fn as_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::Bool(true) => "yes".to_owned(),
        serde_json::Value::Bool(false) => "no".to_owned(),
        _ => String::new(),
    }
}

/// A plan a participant belongs to, as sent.
#[derive(Debug, Deserialize)]
struct MembershipBody {
    plan: serde_json::Value,
    #[serde(default)]
    target_group: Option<String>,
}

/// A participant as sent to `POST` and `PUT`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ParticipantBody {
    #[serde(default)]
    side: String,
    #[serde(default)]
    reference: Option<String>,
    #[serde(default)]
    plans: Vec<MembershipBody>,
    #[serde(default)]
    fields: BTreeMap<String, serde_json::Value>,
}

impl ParticipantBody {
    fn input(self) -> ParticipantInput {
        ParticipantInput {
            reference: self.reference.unwrap_or_default(),
            side: self.side,
            plans: self
                .plans
                .into_iter()
                .map(|m| (as_text(&m.plan), m.target_group.unwrap_or_default()))
                .collect(),
            fields: self
                .fields
                .iter()
                .map(|(k, v)| (k.clone(), as_text(v)))
                .collect(),
        }
    }
}

#[derive(Debug, Deserialize, Default)]
pub(crate) struct ListQuery {
    #[serde(default)]
    plan: Option<String>,
}

/// `GET /api/v1/participants?plan=ID`.
pub(crate) async fn list(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Query(query): Query<ListQuery>,
) -> Result<Json<ParticipantList>, ApiError> {
    let plan = match query
        .plan
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        Some(id) => Some(state.app().plan(org.id, id).await?.0.id),
        None => None,
    };
    let register = state.app().register(org.id, plan).await?;
    Ok(Json(ParticipantList {
        participants: register.iter().map(Into::into).collect(),
    }))
}

/// `POST /api/v1/participants`.
pub(crate) async fn create(
    State(state): State<AppState>,
    editor: ApiEditor,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    let input = body::<ParticipantBody>(&bytes)?.input();
    match state
        .app()
        .register_participant(&editor.actor(), &input)
        .await?
    {
        Ok(made) => Ok((StatusCode::CREATED, Json(ParticipantOut::from(&made))).into_response()),
        Err(p) => Ok(problems(p)),
    }
}

/// `GET /api/v1/participants/{code}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path(code): Path<String>,
) -> Result<Json<ParticipantOut>, ApiError> {
    let found = state.app().participant(org.id, &code).await?;
    Ok(Json(ParticipantOut::from(&found)))
}

/// `PUT /api/v1/participants/{code}`: replaces the participant's details.
pub(crate) async fn update(
    State(state): State<AppState>,
    editor: ApiEditor,
    Path(code): Path<String>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    state.app().participant(editor.0.id, &code).await?;
    let input = body::<ParticipantBody>(&bytes)?.input();
    match state
        .app()
        .update_participant(&editor.actor(), &code, &input)
        .await?
    {
        Ok(changed) => Ok(Json(ParticipantOut::from(&changed)).into_response()),
        Err(p) => Ok(problems(p)),
    }
}

/// `DELETE /api/v1/participants/{code}`: erases everything held on the participant (owners).
pub(crate) async fn erase(
    State(state): State<AppState>,
    owner: ApiOwner,
    Path(code): Path<String>,
) -> Result<Json<ErasedOut>, ApiError> {
    let found = state.app().participant(owner.0.id, &code).await?;
    let erased = state
        .app()
        .erase_participant(&owner.actor(), &found.participant.code)
        .await?;
    Ok(Json(ErasedOut {
        erased: found.participant.code,
        measurements: erased.measurements,
        consents: erased.consents,
        contact_details: erased.contact,
        plans: erased.plans,
        stories: erased.stories,
    }))
}

/// `GET /api/v1/participants/{code}/consents`.
pub(crate) async fn consents(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path(code): Path<String>,
) -> Result<Json<ConsentList>, ApiError> {
    let found = state.app().participant(org.id, &code).await?;
    let records = state
        .app()
        .consents(org.id, &found.participant.code)
        .await?;
    Ok(Json(ConsentList {
        participant: found.participant.code,
        consents: records.iter().map(Into::into).collect(),
    }))
}

/// `POST /api/v1/participants/{code}/consents`.
pub(crate) async fn record_consent(
    State(state): State<AppState>,
    editor: ApiEditor,
    Path(code): Path<String>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    state.app().participant(editor.0.id, &code).await?;
    let input: ConsentInput = body(&bytes)?;
    match state
        .app()
        .record_consent(&editor.actor(), &code, &input)
        .await?
    {
        Ok(c) => Ok((StatusCode::CREATED, Json(ConsentOut::from(&c))).into_response()),
        Err(p) => Ok(problems(p)),
    }
}

#[derive(Debug, Deserialize, Default)]
struct WithdrawBody {
    #[serde(default)]
    withdrawn_on: String,
}

/// `POST /api/v1/participants/{code}/consents/{id}/withdraw` (body optional:
/// `{"withdrawn_on": "YYYY-MM-DD"}`, today otherwise).
pub(crate) async fn withdraw_consent(
    State(state): State<AppState>,
    editor: ApiEditor,
    Path((code, id)): Path<(String, String)>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    state.app().participant(editor.0.id, &code).await?;
    let input: WithdrawBody = if bytes.iter().all(u8::is_ascii_whitespace) {
        WithdrawBody::default()
    } else {
        body(&bytes)?
    };
    match state
        .app()
        .withdraw_consent(&editor.actor(), &code, &id, &input.withdrawn_on)
        .await?
    {
        Ok(c) => Ok(Json(ConsentOut::from(&c)).into_response()),
        Err(p) => Ok(problems(p)),
    }
}

/// `GET /api/v1/participants/{code}/measurements`.
pub(crate) async fn measurements(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path(code): Path<String>,
) -> Result<Json<MeasurementList>, ApiError> {
    let found = state.app().participant(org.id, &code).await?;
    let all = state
        .app()
        .participant_measurements(org.id, &found.participant.code)
        .await?;
    Ok(Json(MeasurementList {
        participant: found.participant.code,
        measurements: all.iter().map(Into::into).collect(),
    }))
}

/// A measurement as sent.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasurementBody {
    plan: serde_json::Value,
    point: String,
    measured_on: String,
    answers: BTreeMap<String, serde_json::Value>,
}

/// `POST /api/v1/participants/{code}/measurements`: the answers at one collection point of
/// one plan (replacing earlier answers at that point).
pub(crate) async fn measure(
    State(state): State<AppState>,
    editor: ApiEditor,
    Path(code): Path<String>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    state.app().participant(editor.0.id, &code).await?;
    let sent: MeasurementBody = body(&bytes)?;
    let input = MeasurementInput {
        plan: as_text(&sent.plan),
        point: sent.point,
        measured_on: sent.measured_on,
        answers: sent
            .answers
            .iter()
            .map(|(k, v)| (k.clone(), as_text(v)))
            .collect(),
    };
    match state
        .app()
        .save_measurement(&editor.actor(), &code, &input, "api")
        .await?
    {
        Ok(m) => Ok((StatusCode::CREATED, Json(MeasurementOut::from(&m))).into_response()),
        Err(p) => Ok(problems(p)),
    }
}

#[derive(Debug, Deserialize, Default)]
pub(crate) struct ChangeQuery {
    #[serde(default)]
    audience: Option<String>,
    #[serde(default)]
    by: Option<String>,
}

/// `GET /api/v1/plans/{id}/change?audience=others|owner&by=FIELD`: the plan's change
/// estimates. Suppressed for others by default; `audience=owner` shows the organisation's own
/// small numbers, marked, for its own use.
pub(crate) async fn plan_change(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path(id): Path<String>,
    Query(query): Query<ChangeQuery>,
) -> Result<Json<PlanChangeOut>, ApiError> {
    let audience = match query.audience.as_deref().map(str::trim) {
        None | Some("" | "others") => Audience::Others,
        Some("owner") => Audience::Owner,
        Some(other) => {
            // Check the plan first, so another organisation's plan is "not found" whatever is asked.
            state.app().plan(org.id, &id).await?;
            return Err(ApiError::bad_request(tessera_l10n::ta(
                "participants-api-audience",
                &[("value", other.into())],
            )));
        }
    };
    let change = state
        .app()
        .plan_change(org.id, &id, audience, query.by.as_deref())
        .await?;
    Ok(Json(change.into()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn form_fields_point_at_json_members() {
        assert_eq!(super::pointer("side"), "/side");
        assert_eq!(super::pointer("field-gender"), "/fields/gender");
        assert_eq!(
            super::pointer("answer-ioi-2019/bon-lonely"),
            "/answers/ioi-2019~1bon-lonely"
        );
        assert_eq!(super::pointer("group-3"), "/plans");
    }
}
