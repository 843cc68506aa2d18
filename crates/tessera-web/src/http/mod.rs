//! Everything HTTP that is not a page or an API handler: who is asking (sessions, tokens), the
//! CSRF check, the extractors that state a handler's access, the two error types, the route
//! groups and their layers, security headers and the one redirect guard.

pub mod auth;
pub mod cookies;
pub mod csrf;
pub mod error;
pub mod extractors;
pub mod headers;
pub mod language;
pub mod redirect;
pub mod routes;
