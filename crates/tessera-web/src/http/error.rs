//! The two error types of the web layer, one per kind of route, so an API route cannot answer
//! with HTML nor a page with JSON: [`PageError`] renders an error page with a way back (or
//! sends the person to sign in); [`ApiError`] answers `{"errors": [{"status", "detail"}]}`.
//! A 5xx never shows internals: the cause is logged once, here.

use askama::Template;
use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use tessera_app::AppError;

/// The status and message of an [`AppError`], logging the cause of a failure of ours.
fn status_of(err: &AppError) -> (StatusCode, String) {
    let status = match err {
        AppError::NotFound(_) => StatusCode::NOT_FOUND,
        AppError::Invalid(_) => StatusCode::BAD_REQUEST,
        AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
        AppError::Forbidden(_) => StatusCode::FORBIDDEN,
        AppError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
        AppError::TooMany(_) => StatusCode::TOO_MANY_REQUESTS,
        AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        AppError::Store(_) | AppError::Internal(_) => {
            tracing::error!(error = %err, "request failed");
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                tessera_l10n::t("error-internal"),
            );
        }
    };
    (status, err.to_string())
}

/// An error on a page: an error page for people, or a redirect to sign in.
#[derive(Debug)]
pub struct PageError {
    status: StatusCode,
    detail: String,
    /// For a redirect to the sign-in page: where to send the person.
    location: Option<String>,
}

impl PageError {
    /// Something that does not exist (or that the requester may not see).
    pub fn not_found(what: impl Into<String>) -> Self {
        Self::with_status(StatusCode::NOT_FOUND, what)
    }

    /// A request that cannot be answered as asked; `detail` says what to change.
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::with_status(StatusCode::BAD_REQUEST, detail)
    }

    /// Not allowed for this person (wrong role, or a form without a valid CSRF token).
    pub fn forbidden(detail: impl Into<String>) -> Self {
        Self::with_status(StatusCode::FORBIDDEN, detail)
    }

    /// A body larger than Tessera accepts.
    pub fn too_large(detail: impl Into<String>) -> Self {
        Self::with_status(StatusCode::PAYLOAD_TOO_LARGE, detail)
    }

    /// Too many attempts; `detail` says when to try again.
    pub fn too_many_requests(detail: impl Into<String>) -> Self {
        Self::with_status(StatusCode::TOO_MANY_REQUESTS, detail)
    }

    /// A page that needs signing in: a redirect to the sign-in page, which returns to `path`.
    pub fn sign_in(path: &str) -> Self {
        let next: String = form_urlencoded::byte_serialize(path.as_bytes()).collect();
        let mut err = Self::with_status(
            StatusCode::SEE_OTHER,
            tessera_l10n::t("error-sign-in-to-see"),
        );
        err.location = Some(format!("/sign-in?next={next}"));
        err
    }

    fn with_status(status: StatusCode, detail: impl Into<String>) -> Self {
        Self {
            status,
            detail: detail.into(),
            location: None,
        }
    }

    /// A failure of ours. The cause is logged and not shown.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "request failed");
        Self::with_status(
            StatusCode::INTERNAL_SERVER_ERROR,
            tessera_l10n::t("error-internal"),
        )
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }
}

impl From<AppError> for PageError {
    fn from(err: AppError) -> Self {
        let (status, detail) = status_of(&err);
        Self::with_status(status, detail)
    }
}

impl From<tessera_store::StoreError> for PageError {
    fn from(err: tessera_store::StoreError) -> Self {
        Self::internal(err)
    }
}

impl From<askama::Error> for PageError {
    fn from(err: askama::Error) -> Self {
        Self::internal(err)
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    title: &'a str,
    detail: &'a str,
    status: u16,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        if let Some(location) = &self.location {
            return axum::response::Redirect::to(location).into_response();
        }
        let title = tessera_l10n::t(match self.status {
            StatusCode::NOT_FOUND => "error-title-not-found",
            StatusCode::FORBIDDEN => "error-title-forbidden",
            StatusCode::TOO_MANY_REQUESTS => "error-title-too-many",
            StatusCode::PAYLOAD_TOO_LARGE => "error-title-too-large",
            StatusCode::BAD_REQUEST => "error-title-bad-request",
            StatusCode::SERVICE_UNAVAILABLE => "error-title-unavailable",
            StatusCode::UNAUTHORIZED => "error-title-unauthorized",
            _ => "error-title-internal",
        });
        let page = ErrorPage {
            title: &title,
            detail: &self.detail,
            status: self.status.as_u16(),
        };
        match page.render() {
            Ok(html) => (self.status, Html(html)).into_response(),
            Err(err) => {
                tracing::error!(error = %err, "error page failed to render");
                (self.status, self.detail).into_response()
            }
        }
    }
}

/// An error in the JSON API: always `{"errors": [{"status", "detail"}]}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    detail: String,
}

impl ApiError {
    /// Something that does not exist (or that the requester may not see).
    pub fn not_found(what: impl Into<String>) -> Self {
        Self::with_status(StatusCode::NOT_FOUND, what)
    }

    /// A request that cannot be answered as asked; `detail` says what to change.
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::with_status(StatusCode::BAD_REQUEST, detail)
    }

    /// No valid API token: 401 with `WWW-Authenticate: Bearer`.
    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::with_status(StatusCode::UNAUTHORIZED, detail)
    }

    /// Any status with a message.
    pub fn with_status(status: StatusCode, detail: impl Into<String>) -> Self {
        Self {
            status,
            detail: detail.into(),
        }
    }

    /// A failure of ours. The cause is logged and not shown.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "request failed");
        Self::with_status(
            StatusCode::INTERNAL_SERVER_ERROR,
            tessera_l10n::t("error-internal"),
        )
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }
}

impl From<AppError> for ApiError {
    fn from(err: AppError) -> Self {
        let (status, detail) = status_of(&err);
        Self::with_status(status, detail)
    }
}

impl From<tessera_store::StoreError> for ApiError {
    fn from(err: tessera_store::StoreError) -> Self {
        Self::internal(err)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "errors": [{ "status": self.status.as_u16(), "detail": self.detail }]
        });
        let mut response = (self.status, Json(body)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"tessera\""),
            );
        }
        response
    }
}

/// Makes sure every error from an API route is JSON, including the framework's own refusals
/// (a body over the limit, a missing content type, a malformed path): any 4xx or 5xx that is not
/// already JSON is rewritten as `{"errors": [{"status", "detail"}]}`.
pub async fn api_json_errors(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let response = next.run(req).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if status.as_u16() < 400 || is_json {
        return response;
    }
    let body = axum::body::to_bytes(response.into_body(), 64 * 1024)
        .await
        .unwrap_or_default();
    let text = String::from_utf8_lossy(&body).trim().to_owned();
    let detail = if text.is_empty() || status.is_server_error() {
        status
            .canonical_reason()
            .unwrap_or("The request could not be answered")
            .to_owned()
    } else {
        text
    };
    ApiError::with_status(status, detail).into_response()
}
