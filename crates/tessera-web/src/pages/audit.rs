//! `/audit`: the organisation's audit log in sentences, newest first, a page at a time, with
//! filters (person, kind of object, days); `/audit.csv` and `/api/v1/audit` export it with every
//! detail. Documented in `docs/data-protection.md`.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use tessera_app::audit::{self, AuditLine, LogPerson, LogQuery, Newer};
use tessera_store::OBJECT_KINDS;

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsOwner;
use crate::ui::forms::FieldError;

#[derive(Template)]
#[template(path = "audit.html")]
pub(crate) struct AuditPage {
    org_name: String,
    lines: Vec<AuditLine>,
    /// The link to older entries, if any.
    older: Option<String>,
    /// The link to newer entries, and whether they are the newest.
    newer: Option<(String, bool)>,
    /// The link to the newest entries, when newer ones are more than a page away.
    newest: Option<String>,
    people: Vec<LogPerson>,
    /// Kinds of object, as (value, label).
    kinds: Vec<(&'static str, String)>,
    query: LogQuery,
    filtered: bool,
    /// The CSV of the entries the filters select.
    csv_filtered: String,
    errors: Vec<FieldError>,
    crumbs: Vec<(String, String)>,
}

impl AuditPage {
    fn selected_person(&self, actor: &str) -> bool {
        self.query.person.trim() == actor
    }

    fn selected_kind(&self, kind: &str) -> bool {
        self.query.kind.trim() == kind
    }
}

/// `/audit` with the filters of `query` and `extra` (`before=12`).
fn href(path: &str, query: &LogQuery, extra: &str) -> String {
    let filters = query.filter_query();
    match (filters.is_empty(), extra.is_empty()) {
        (true, true) => path.to_owned(),
        (true, false) => format!("{path}?{extra}"),
        (false, true) => format!("{path}?{filters}"),
        (false, false) => format!("{path}?{filters}&{extra}"),
    }
}

/// `GET /audit`.
pub(crate) async fn show(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Query(query): Query<LogQuery>,
) -> Result<Response, PageError> {
    let app = state.app();
    let (page, errors) = match query.parse() {
        Ok(filter) => (app.audit_log(org.id, &filter).await?, Vec::new()),
        Err(problems) => (
            audit::LogPage::default(),
            problems
                .into_iter()
                .map(|p| FieldError::new(p.field, p.message))
                .collect(),
        ),
    };
    let newer = page.newer.map(|n| match n {
        Newer::Newest => (href("/audit", &query, ""), true),
        Newer::After(id) => (href("/audit", &query, &format!("after={id}")), false),
    });
    let page_view = AuditPage {
        org_name: org.name.clone(),
        lines: page.lines,
        older: page
            .older
            .map(|id| href("/audit", &query, &format!("before={id}"))),
        newest: match &newer {
            Some((_, false)) => Some(href("/audit", &query, "")),
            _ => None,
        },
        newer,
        people: app.audit_people(org.id).await?,
        kinds: OBJECT_KINDS
            .iter()
            .map(|k| (*k, tessera_l10n::t(&format!("audit-kind-{k}"))))
            .collect(),
        filtered: query.is_filtered(),
        csv_filtered: href("/audit.csv", &query, ""),
        query,
        errors,
        crumbs: vec![("/".to_owned(), tessera_l10n::t("nav-home"))],
    };
    let status = if page_view.errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::BAD_REQUEST
    };
    Ok((status, Html(page_view.render()?)).into_response())
}

/// `GET /audit.csv`: the whole log (or the entries the filters select), one entry a line, the
/// detail as JSON. The column names are field names for programs, the same in every language.
pub(crate) async fn export_csv(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Query(query): Query<LogQuery>,
) -> Result<Response, PageError> {
    let records = if query.is_filtered() {
        let filter = query.parse().map_err(|problems| {
            PageError::bad_request(
                problems
                    .into_iter()
                    .map(|p| p.message)
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        })?;
        audit::filtered_events(state.store(), org.id, &filter.filter).await?
    } else {
        audit::all_events(state.store(), org.id).await?
    };
    let header: Vec<String> = ["id", "at", "actor", "action", "object", "detail"]
        .map(str::to_owned)
        .to_vec();
    let rows: Vec<Vec<String>> = records
        .iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                r.event.at.clone(),
                r.event.actor.clone(),
                r.event.action.clone(),
                r.event.object.clone(),
                r.event.detail.to_string(),
            ]
        })
        .collect();
    let bytes = tessera_app::export::csv(&header, &rows)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}-audit-log.csv\"", org.slug),
            ),
        ],
        bytes,
    )
        .into_response())
}
