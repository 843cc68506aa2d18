//! The CSRF check on every page form: a POST (PUT, PATCH, DELETE) must carry the token of the
//! session (or, before signing in, of the `tessera_pre` cookie) in the `X-CSRF-Token` header or
//! in a `csrf` form field.
//!
//! Bodies are never read whole to find the token beyond what the route accepts: a URL-encoded
//! form is read up to the route's limit (larger: 413); a multipart form (an upload) only up to
//! [`MULTIPART_PREFIX`], where our forms put the token first, and the rest streams on to the
//! handler untouched.

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;

use super::auth::ExpectedCsrf;
use super::error::PageError;
use tessera_store::credentials::hash_token;

/// How much of a multipart body is read to find its `csrf` field.
pub const MULTIPART_PREFIX: usize = 64 * 1024;

/// The largest URL-encoded or JSON body a page route reads (a route layer's state).
#[derive(Clone, Copy)]
pub struct FormLimit(pub usize);

fn refused() -> Response {
    PageError::forbidden(tessera_l10n::t("error-csrf")).into_response()
}

/// Compares two secrets in time that does not depend on where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    hash_token(a) == hash_token(b)
}

fn is_unsafe(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The middleware; see the module documentation.
pub async fn check(State(limit): State<FormLimit>, req: Request, next: Next) -> Response {
    if !is_unsafe(req.method()) {
        return next.run(req).await;
    }
    let expected = req
        .extensions()
        .get::<ExpectedCsrf>()
        .and_then(|e| e.0.clone());
    let (parts, body) = req.into_parts();
    let (supplied, body) = match supplied(&parts.headers, body, limit.0).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let valid = matches!((&expected, &supplied), (Some(e), Some(s)) if same_secret(e, s));
    if !valid {
        tracing::warn!(path = %parts.uri.path(), "form refused: missing or wrong CSRF token");
        return refused();
    }
    next.run(Request::from_parts(parts, body)).await
}

/// The token a form sent, and its body for the handler.
async fn supplied(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
) -> Result<(Option<String>, Body), Response> {
    if let Some(v) = headers.get("x-csrf-token").and_then(|v| v.to_str().ok()) {
        return Ok((Some(v.to_owned()), body));
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    if content_type.starts_with("application/x-www-form-urlencoded") {
        let bytes = axum::body::to_bytes(body, limit)
            .await
            .map_err(|_| too_large(limit))?;
        let token = form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.into_owned());
        return Ok((token, Body::from(bytes)));
    }
    if content_type.starts_with("multipart/form-data") {
        let mut stream = body.into_data_stream();
        let mut prefix: Vec<Bytes> = Vec::new();
        let mut read = 0;
        while read < MULTIPART_PREFIX {
            match stream.next().await {
                Some(Ok(chunk)) => {
                    read += chunk.len();
                    prefix.push(chunk);
                }
                Some(Err(_)) => return Err(refused()),
                None => break,
            }
        }
        let mut joined = Vec::with_capacity(read);
        for chunk in &prefix {
            joined.extend_from_slice(chunk);
        }
        let token = multipart_field(&content_type, Bytes::from(joined), "csrf").await;
        let rest = futures_util::stream::iter(prefix.into_iter().map(Ok)).chain(stream);
        return Ok((token, Body::from_stream(rest)));
    }
    Ok((None, body))
}

fn too_large(limit: usize) -> Response {
    PageError::too_large(tessera_l10n::ta(
        "error-form-too-large",
        &[("kb", (limit / 1024).into())],
    ))
    .into_response()
}

/// The text of field `name` among the complete fields of a (possibly cut-off) multipart body.
async fn multipart_field(content_type: &str, bytes: Bytes, name: &str) -> Option<String> {
    let boundary = multer::parse_boundary(content_type).ok()?;
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(bytes) });
    let mut form = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some(name) {
            return field.text().await.ok();
        }
    }
    None
}
