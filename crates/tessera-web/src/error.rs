//! The one error type of the web layer: an error page for people, `{"errors": [...]}` for the API.

use askama::Template;
use axum::Json;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

/// An error to show to whoever made the request.
///
/// A 5xx never shows internals: the cause is logged once, here, and the person sees a plain
/// apology with a way back.
#[derive(Debug)]
pub struct WebError {
    status: StatusCode,
    detail: String,
    json: bool,
    /// For a redirect to the sign-in page: where to send the person.
    location: Option<String>,
}

impl WebError {
    /// Something that does not exist (or that the requester may not see).
    pub fn not_found(what: impl Into<String>) -> Self {
        Self::with_status(StatusCode::NOT_FOUND, what)
    }

    /// A request that cannot be answered as asked; `detail` says what to change.
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::with_status(StatusCode::BAD_REQUEST, detail)
    }

    /// Not ready yet; `detail` says when to try again.
    pub fn unavailable(detail: impl Into<String>) -> Self {
        Self::with_status(StatusCode::SERVICE_UNAVAILABLE, detail)
    }

    /// Not allowed for this person (wrong role, or a form without a valid CSRF token).
    pub fn forbidden(detail: impl Into<String>) -> Self {
        Self::with_status(StatusCode::FORBIDDEN, detail)
    }

    /// An API request without a valid token: 401 with `WWW-Authenticate: Bearer`, as JSON.
    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::with_status(StatusCode::UNAUTHORIZED, detail).json()
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
        let mut err = Self::with_status(StatusCode::SEE_OTHER, "Sign in to see this page.");
        err.location = Some(format!("/sign-in?next={next}"));
        err
    }

    fn with_status(status: StatusCode, detail: impl Into<String>) -> Self {
        Self {
            status,
            detail: detail.into(),
            json: false,
            location: None,
        }
    }

    /// A failure of ours. The cause is logged and not shown.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "request failed");
        Self::with_status(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. Please try again; if it keeps happening, tell whoever runs this Tessera.",
        )
    }

    /// The same error, answered as JSON.
    pub fn json(mut self) -> Self {
        self.json = true;
        self
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }
}

impl From<tessera_store::StoreError> for WebError {
    fn from(err: tessera_store::StoreError) -> Self {
        Self::internal(err)
    }
}

impl From<askama::Error> for WebError {
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

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        if let Some(location) = &self.location {
            return axum::response::Redirect::to(location).into_response();
        }
        if self.json {
            let body = serde_json::json!({ "errors": [{ "status": self.status.as_u16(), "detail": self.detail }] });
            let mut response = (self.status, Json(body)).into_response();
            if self.status == StatusCode::UNAUTHORIZED {
                response.headers_mut().insert(
                    axum::http::header::WWW_AUTHENTICATE,
                    axum::http::HeaderValue::from_static("Bearer realm=\"tessera\""),
                );
            }
            return response;
        }
        let title = match self.status {
            StatusCode::NOT_FOUND => "Page not found",
            StatusCode::FORBIDDEN => "You cannot do this",
            StatusCode::TOO_MANY_REQUESTS => "Too many attempts",
            StatusCode::PAYLOAD_TOO_LARGE => "The file is too large",
            StatusCode::BAD_REQUEST => "There is a problem with your request",
            StatusCode::SERVICE_UNAVAILABLE => "Not ready yet",
            _ => "Sorry, there is a problem with the service",
        };
        let page = ErrorPage {
            title,
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
