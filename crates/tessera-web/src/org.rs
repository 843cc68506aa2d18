//! Which organisation a request acts for.
//!
//! Until accounts arrive, one Tessera serves one organisation: the demo organisation with
//! `--demo`, otherwise the first organisation in the database. Handlers take [`CurrentOrg`], so
//! signing in can replace this in one place.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use tessera_store::{Organisation, Store};

use crate::{AppState, WebError};

/// The organisation the request acts for.
pub struct CurrentOrg(pub Organisation);

impl FromRequestParts<AppState> for CurrentOrg {
    type Rejection = WebError;

    async fn from_request_parts(_parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let store = state.store();
        let org = if state.demo() {
            store.organisation_by_slug("demo").await?
        } else {
            store.organisations().await?.into_iter().next()
        };
        org.map(CurrentOrg).ok_or_else(|| {
            WebError::not_found("This Tessera has no organisation yet. Restart it to create one.")
        })
    }
}
