#![doc = include_str!("../README.md")]

pub mod auth;
mod charts;
pub mod demo;
mod error;
mod figure;
mod org;
mod routes;
mod static_files;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use tessera_framework::Catalogue;
use tessera_store::AnyStore;
use tower_http::set_header::SetResponseHeaderLayer;

pub use error::WebError;

/// Everything a request handler may need, shared by all requests.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    catalogue: Catalogue,
    store: AnyStore,
    demo: bool,
    data_dir: PathBuf,
    /// Cookies always carry `Secure` (Tessera is served over HTTPS).
    secure_cookies: bool,
    /// The address people reach Tessera at, for links in e-mails.
    public_url: Option<String>,
    /// Uploads being mapped and checked, by token; not yet saved.
    imports: Mutex<HashMap<String, routes::datasets::import::PendingImport>>,
    /// Computations running in the background, by cache key.
    jobs: Mutex<HashMap<String, routes::datasets::compute::Job>>,
}

impl AppState {
    /// Bundles the loaded framework catalogue, the store and the data folder.
    pub fn new(catalogue: Catalogue, store: AnyStore, demo: bool, data_dir: PathBuf) -> Self {
        Self {
            inner: Arc::new(Inner {
                catalogue,
                store,
                demo,
                data_dir,
                secure_cookies: false,
                public_url: None,
                imports: Mutex::new(HashMap::new()),
                jobs: Mutex::new(HashMap::new()),
            }),
        }
    }

    /// Marks every cookie `Secure`, for a Tessera served over HTTPS (behind a proxy that does not
    /// send `X-Forwarded-Proto`, cookies are marked by that header otherwise).
    pub fn with_secure_cookies(mut self, secure: bool) -> Self {
        if let Some(inner) = Arc::get_mut(&mut self.inner) {
            inner.secure_cookies = secure;
        }
        self
    }

    /// Sets the address people reach Tessera at (e.g. `https://tessera.example.org`), used in
    /// links sent by e-mail instead of the request's `Host`.
    pub fn with_public_url(mut self, url: Option<String>) -> Self {
        if let Some(inner) = Arc::get_mut(&mut self.inner) {
            inner.public_url = url.filter(|u| !u.trim().is_empty());
        }
        self
    }

    /// The configured public address, if any.
    pub fn public_url(&self) -> Option<&str> {
        self.inner.public_url.as_deref()
    }

    /// Whether every cookie carries `Secure`.
    pub fn secure_cookies(&self) -> bool {
        self.inner.secure_cookies
    }

    /// The data folder (for files kept beside the database).
    pub fn data_dir(&self) -> &std::path::Path {
        &self.inner.data_dir
    }

    pub(crate) fn imports(
        &self,
    ) -> &Mutex<HashMap<String, routes::datasets::import::PendingImport>> {
        &self.inner.imports
    }

    pub(crate) fn jobs(&self) -> &Mutex<HashMap<String, routes::datasets::compute::Job>> {
        &self.inner.jobs
    }

    /// The framework packs and their indicators.
    pub fn catalogue(&self) -> &Catalogue {
        &self.inner.catalogue
    }

    /// The database.
    pub fn store(&self) -> &AnyStore {
        &self.inner.store
    }

    /// Whether Tessera runs with demo data.
    pub fn demo(&self) -> bool {
        self.inner.demo
    }
}

/// The content security policy: everything from this server only, no inline script or style.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; \
     script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Builds the whole web application: pages, JSON API and static files, with security headers.
pub fn app(state: AppState) -> Router {
    let headers = [
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        (
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ),
        (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
        (
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
        ),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ),
    ];
    let mut router = routes::router()
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::authenticate,
        ))
        .merge(static_files::router())
        .with_state(state);
    for (name, value) in headers {
        router = router.layer(SetResponseHeaderLayer::overriding(name, value));
    }
    router
}
