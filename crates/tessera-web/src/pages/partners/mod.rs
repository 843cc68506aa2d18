//! Partners' pages (issue 17): a commissioner links partners' plans under its strategy plan,
//! sets reporting periods and reads who has submitted and the combined view; a partner agrees,
//! submits its period's report and reads its own. Every page calls `tessera_app::partners` and
//! says everything through the `partners` message files.

pub(crate) mod combined;
pub(crate) mod link;
pub(crate) mod list;
pub(crate) mod report;
pub(crate) mod strategy;

use tessera_app::participants::Problem;
use tessera_l10n::t;

use crate::ui::forms::FieldError;

/// Form problems as the error summary and fields show them.
pub(crate) fn field_errors(problems: Vec<Problem>) -> Vec<FieldError> {
    problems
        .into_iter()
        .map(|p| FieldError::new(p.field, p.message))
        .collect()
}

/// Home › Partners, then `extra`.
pub(crate) fn crumbs(extra: &[(String, String)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("/".to_owned(), t("nav-home")),
        ("/partners".to_owned(), t("partners-list-title")),
    ];
    all.extend_from_slice(extra);
    all
}

/// Today, for due dates (UTC).
pub(crate) fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// A `YYYY-MM-DD` date for the page's language.
pub(crate) fn day(text: &str) -> String {
    crate::pages::participants::day(text)
}

/// The notice for `?done=…` after a change, if any.
pub(crate) fn notice(done: &str) -> Option<String> {
    matches!(
        done,
        "invited"
            | "agreed"
            | "declined"
            | "ended"
            | "period"
            | "submitted"
            | "accepted"
            | "returned"
    )
    .then(|| t(&format!("partners-done-{done}")))
}

/// `?done=…` after a change.
#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    pub done: String,
}
