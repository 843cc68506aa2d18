//! Routes declared with their access rule. Every route belongs to one group, and each group's
//! router carries the layer that enforces its rule, so a handler cannot forget it:
//!
//! | group | who | refusals | body |
//! | --- | --- | --- | --- |
//! | [`Access::Public`] pages | anyone | error pages | forms, small |
//! | [`Access::Member`] pages | a signed-in member (else: sign in) | error pages | forms, small |
//! | [`Access::Upload`] pages | a signed-in editor, checked before the body is read | error pages | one large file |
//! | [`Access::PublicApi`] | anyone | JSON | none |
//! | [`Access::TokenApi`] | a personal API token (else: 401) | JSON | JSON, small |
//! | [`Access::OpenRosa`] | a collector of the organisation in the path, by HTTP Basic (else: 401) | OpenRosa XML | one submission |
//!
//! The same declarations list every route with its rule ([`RouteInfo`]), which the access tests
//! walk: the list cannot drift from the routers.

use axum::Router;
use axum::handler::Handler;
use axum::routing::{MethodRouter, delete, get, post, put};

use crate::AppState;

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Access {
    /// Any page anyone may see or post (sign-in, framework, search, published shares).
    Public,
    /// A page for signed-in members (the role is checked by the handler's extractor).
    Member,
    /// A page that takes a large upload: signed-in editors and owners only.
    Upload,
    /// An API route anyone may call.
    PublicApi,
    /// An API route that needs a personal API token.
    TokenApi,
    /// ODK Collect's OpenRosa routes: a collector of the organisation named in the path.
    OpenRosa,
}

/// One declared route: its pattern (as the browser or client sees it), method and access rule.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RouteInfo {
    /// The pattern, e.g. `/plans/{id}`.
    pub pattern: String,
    /// `GET`, `HEAD`, `POST`, `PUT` or `DELETE`.
    pub method: &'static str,
    /// Who may use it.
    pub access: Access,
}

/// A group of routes with one access rule, built route by route.
pub struct Routes {
    access: Access,
    /// Added before each pattern in [`RouteInfo`] (`/api/v1` for the API, nested there).
    prefix: &'static str,
    routes: Vec<(&'static str, MethodRouter<AppState>, Vec<&'static str>)>,
}

impl Routes {
    /// An empty group.
    pub fn new(access: Access) -> Self {
        let prefix = match access {
            Access::PublicApi | Access::TokenApi => "/api/v1",
            _ => "",
        };
        Self {
            access,
            prefix,
            routes: Vec::new(),
        }
    }

    fn add(
        mut self,
        path: &'static str,
        method: &'static str,
        route: MethodRouter<AppState>,
    ) -> Self {
        if let Some((_, existing, methods)) = self.routes.iter_mut().find(|(p, _, _)| *p == path) {
            let merged = std::mem::take(existing).merge(route);
            *existing = merged;
            methods.push(method);
        } else {
            self.routes.push((path, route, vec![method]));
        }
        self
    }

    /// `GET path`.
    pub fn get<H, T>(self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(path, "GET", get(handler))
    }

    /// `POST path`.
    pub fn post<H, T>(self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(path, "POST", post(handler))
    }

    /// `HEAD path`.
    pub fn head<H, T>(self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(path, "HEAD", axum::routing::head(handler))
    }

    /// `PUT path`.
    pub fn put<H, T>(self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(path, "PUT", put(handler))
    }

    /// `DELETE path`.
    pub fn delete<H, T>(self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(path, "DELETE", delete(handler))
    }

    /// The routes of another group with the same rule.
    pub fn merge(mut self, other: Routes) -> Self {
        assert_eq!(self.access, other.access, "only groups with one rule merge");
        for (path, route, methods) in other.routes {
            if let Some((_, existing, known)) = self.routes.iter_mut().find(|(p, _, _)| *p == path)
            {
                let merged = std::mem::take(existing).merge(route);
                *existing = merged;
                known.extend(methods);
            } else {
                self.routes.push((path, route, methods));
            }
        }
        self
    }

    /// Every route of the group with its rule.
    pub fn info(&self) -> Vec<RouteInfo> {
        self.routes
            .iter()
            .flat_map(|(path, _, methods)| {
                methods.iter().map(move |m| RouteInfo {
                    pattern: format!("{}{path}", self.prefix),
                    method: m,
                    access: self.access,
                })
            })
            .collect()
    }

    /// The group's access rule.
    pub fn access(&self) -> Access {
        self.access
    }

    /// The routes as a router, without the group's layers (the caller adds them).
    pub fn into_router(self) -> Router<AppState> {
        self.routes
            .into_iter()
            .fold(Router::new(), |router, (path, route, _)| {
                router.route(path, route)
            })
    }
}
