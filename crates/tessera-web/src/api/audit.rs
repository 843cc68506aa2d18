//! `GET /api/v1/audit?before=ID`: one page of the organisation's audit log (owners).

use axum::Json;
use axum::extract::{Query, State};
use serde::{Deserialize, Serialize};
use tessera_app::audit;
use tessera_store::AuditRecord;

use crate::AppState;
use crate::http::error::ApiError;
use crate::http::extractors::ApiOwner;

#[derive(Debug, Deserialize)]
pub(crate) struct PageParams {
    before: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct Links {
    next: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct AuditPage {
    events: Vec<AuditRecord>,
    links: Links,
}

pub(crate) async fn page(
    State(state): State<AppState>,
    ApiOwner(org, _): ApiOwner,
    Query(params): Query<PageParams>,
) -> Result<Json<AuditPage>, ApiError> {
    let before = audit::parse_before(params.before.as_deref())?;
    let (events, next) = audit::page(state.store(), org.id, before).await?;
    Ok(Json(AuditPage {
        events,
        links: Links {
            next: next.map(|id| format!("/api/v1/audit?before={id}")),
        },
    }))
}
