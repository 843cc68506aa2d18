//! Reports' pages (issue 17): a plan's reports, the report builder (sections, their order and
//! narratives, the stories chosen), the report as an accessible page that prints well, and its
//! PDF and Word files. Every page calls `tessera_app::reports` and says everything through the
//! `reports` message files.

pub(crate) mod edit;
pub(crate) mod list;
pub(crate) mod show;

use axum::http::header;
use axum::response::IntoResponse;
use tessera_l10n::t;
use tessera_store::PlanId;

/// Home › Plans › the plan › Reports, then `extra`.
pub(crate) fn crumbs(id: PlanId, title: &str, extra: &[(String, String)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("/".to_owned(), t("nav-home")),
        ("/plans".to_owned(), t("nav-plans")),
        (format!("/plans/{id}"), title.to_owned()),
        (format!("/plans/{id}/reports"), t("reports-list-title")),
    ];
    all.extend_from_slice(extra);
    all
}

/// The report page's print style sheet: A4 margins, no navigation, sections that start on a
/// new page, tables and quotations kept whole, and link addresses written out.
const PRINT_CSS: &str = include_str!("report.css");

/// `GET /reports/report.css`.
pub(crate) async fn print_css() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        PRINT_CSS,
    )
}
