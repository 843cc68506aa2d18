//! Static assets, embedded in the binary so Tessera runs from any folder.

use axum::Router;
use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::AppState;

/// (path under `/static/`, content type, bytes)
const FILES: &[(&str, &str, &[u8])] = &[
    (
        "css/tessera-govuk.min.css",
        "text/css; charset=utf-8",
        include_bytes!("../static/css/tessera-govuk.min.css"),
    ),
    (
        "css/tessera.css",
        "text/css; charset=utf-8",
        include_bytes!("../static/css/tessera.css"),
    ),
    (
        "images/favicon.svg",
        "image/svg+xml",
        include_bytes!("../static/images/favicon.svg"),
    ),
    (
        "js/upload-progress.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/js/upload-progress.js"),
    ),
    (
        "vendor/govuk-frontend/LICENSE.txt",
        "text/plain; charset=utf-8",
        include_bytes!("../static/vendor/govuk-frontend/LICENSE.txt"),
    ),
];

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/static/{*path}", get(serve))
        .route("/favicon.ico", get(favicon))
}

async fn serve(Path(path): Path<String>) -> Response {
    match FILES.iter().find(|(p, _, _)| *p == path) {
        Some((_, content_type, bytes)) => (
            [
                (header::CONTENT_TYPE, *content_type),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            *bytes,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

async fn favicon() -> Response {
    serve(Path("images/favicon.svg".to_owned())).await
}
