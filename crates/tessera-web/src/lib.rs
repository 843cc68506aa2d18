#![doc = include_str!("../README.md")]

pub mod api;
pub mod http;
mod openrosa;
mod pages;
mod static_files;
pub mod ui;

use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware::{from_fn, from_fn_with_state};
use tessera_app::App;
use tessera_framework::Catalogue;
use tessera_store::AnyStore;
use tower_http::set_header::SetResponseHeaderLayer;

pub use http::error::{ApiError, PageError};
pub use tessera_l10n::{Lang, t};

/// A message with one value, for templates: `{{ crate::t1("count-datasets", "count", n) }}`.
pub fn t1(key: &str, name: &str, value: impl Into<tessera_l10n::Arg>) -> String {
    tessera_l10n::ta(key, &[(name, value.into())])
}

/// A message with two values, for templates.
pub fn t2(
    key: &str,
    name: &str,
    value: impl Into<tessera_l10n::Arg>,
    name2: &str,
    value2: impl Into<tessera_l10n::Arg>,
) -> String {
    tessera_l10n::ta(key, &[(name, value.into()), (name2, value2.into())])
}

/// A message with three values, for templates.
pub fn t3(
    key: &str,
    names: (&str, &str, &str),
    values: (
        impl Into<tessera_l10n::Arg>,
        impl Into<tessera_l10n::Arg>,
        impl Into<tessera_l10n::Arg>,
    ),
) -> String {
    tessera_l10n::ta(
        key,
        &[
            (names.0, values.0.into()),
            (names.1, values.1.into()),
            (names.2, values.2.into()),
        ],
    )
}
pub use http::routes::{Access, RouteInfo};

use http::csrf::FormLimit;
use http::routes::Routes;

/// Everything a request handler may need, shared by all requests: the application and the
/// web's own settings.
#[derive(Clone)]
pub struct AppState {
    app: App,
    /// Cookies always carry `Secure` (Tessera is served over HTTPS).
    secure_cookies: bool,
    /// Rendered parts of the pages read most, kept for a few seconds.
    fragments: Arc<ui::fragments::Fragments>,
    /// Responses each client may send to the public form a minute.
    flood: Arc<pages::respond::flood::Flood>,
}

impl AppState {
    /// The web app over an application.
    pub fn new(app: App) -> Self {
        Self {
            app,
            secure_cookies: false,
            fragments: Arc::default(),
            flood: Arc::default(),
        }
    }

    /// Sets how many responses one client may send to the public form a minute (0: no limit;
    /// the default is [`pages::respond::flood::DEFAULT_LIMIT`]).
    pub fn with_respond_limit(mut self, per_minute: u32) -> Self {
        self.flood = Arc::new(pages::respond::flood::Flood::with_limit(per_minute));
        self
    }

    /// The public form's flood guard.
    pub(crate) fn flood(&self) -> &pages::respond::flood::Flood {
        &self.flood
    }

    /// Marks every cookie `Secure`, for a Tessera served over HTTPS (behind a proxy that does not
    /// send `X-Forwarded-Proto`; cookies are marked by that header otherwise).
    pub fn with_secure_cookies(mut self, secure: bool) -> Self {
        self.secure_cookies = secure;
        self
    }

    /// Whether every cookie carries `Secure`.
    pub fn secure_cookies(&self) -> bool {
        self.secure_cookies
    }

    /// The application.
    pub(crate) fn fragments(&self) -> &ui::fragments::Fragments {
        &self.fragments
    }

    pub fn app(&self) -> &App {
        &self.app
    }

    /// The framework packs and their indicators.
    pub fn catalogue(&self) -> &Catalogue {
        self.app.catalogue()
    }

    /// The framework packs as the person asking sees them: the shipped packs, and their
    /// organisation's own and shared packs when they are signed in
    /// ([`App::catalogue_for`]).
    pub async fn catalogue_seen_by(
        &self,
        principal: Option<&http::auth::Principal>,
    ) -> Result<Arc<Catalogue>, tessera_app::AppError> {
        let org = principal.and_then(|p| p.org.as_ref()).map(|(o, _)| o.id);
        self.app.catalogue_seen_by(org).await
    }

    /// The database.
    pub fn store(&self) -> &AnyStore {
        self.app.store()
    }

    /// Whether Tessera runs with demo data.
    pub fn demo(&self) -> bool {
        self.app.settings().demo
    }
}

/// The route groups, each with its access rule.
fn groups() -> [Routes; 6] {
    [
        pages::public(),
        pages::members(),
        pages::uploads(),
        api::public(),
        api::token(),
        openrosa::routes(),
    ]
}

/// Every route Tessera serves, with its access rule (static files aside).
pub fn routes() -> Vec<RouteInfo> {
    let mut all: Vec<RouteInfo> = groups().iter().flat_map(Routes::info).collect();
    all.sort();
    all
}

/// Builds the whole web application: pages, JSON API and static files, with security headers.
pub fn app(state: AppState) -> Router {
    let limits = state.app().limits().clone();
    let form_limit = FormLimit(limits.max_form_bytes);
    let [public, members, uploads, public_api, token_api, openrosa] = groups();
    let public = public
        .into_router()
        .route_layer(from_fn_with_state(form_limit, http::csrf::check))
        .layer(DefaultBodyLimit::max(limits.max_form_bytes));
    let members = members
        .into_router()
        .route_layer(from_fn_with_state(form_limit, http::csrf::check))
        .route_layer(from_fn(http::auth::require_session))
        .layer(DefaultBodyLimit::max(limits.max_form_bytes));
    let uploads = uploads
        .into_router()
        .route_layer(from_fn_with_state(form_limit, http::csrf::check))
        .route_layer(from_fn(http::auth::require_editor))
        .route_layer(from_fn(http::auth::require_session))
        // Room for the other fields and the multipart framing beside the file.
        .layer(DefaultBodyLimit::max(limits.max_upload_bytes + 1024 * 1024));
    let pages = public
        .merge(members)
        .merge(uploads)
        .fallback(pages::not_found)
        .layer(from_fn_with_state(state.clone(), http::auth::session_layer));
    let api = public_api
        .into_router()
        .merge(
            token_api
                .into_router()
                .route_layer(from_fn_with_state(state.clone(), http::auth::token_layer)),
        )
        .fallback(api::not_found)
        .layer(DefaultBodyLimit::max(limits.max_form_bytes))
        .layer(from_fn(http::error::api_json_errors))
        .layer(from_fn(http::language::api_scope));
    // ODK Collect: no session, no CSRF (no browser), a collector by HTTP Basic, one
    // submission's worth of body.
    let openrosa = openrosa
        .into_router()
        .route_layer(from_fn_with_state(
            state.clone(),
            openrosa::require_collector,
        ))
        .layer(DefaultBodyLimit::max(openrosa::MAX_BODY_BYTES))
        .layer(from_fn(openrosa::openrosa_headers));
    let mut router = Router::new()
        .nest("/api/v1", api)
        .merge(openrosa)
        .merge(static_files::router())
        .merge(pages)
        .layer(from_fn_with_state(state.clone(), http::headers::hsts))
        .with_state(state);
    for (name, value) in http::headers::fixed() {
        router = router.layer(SetResponseHeaderLayer::overriding(name, value));
    }
    router
}
