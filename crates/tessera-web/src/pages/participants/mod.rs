//! Participants' pages (issue 14): the register, a participant's page with consent, answers
//! and contact details, forms to record them, subject access and erasure; and a plan's
//! "Participants and change" page, its answers file import and export, its collection points
//! and its output log. Every page calls `tessera_app::participants` and says everything through
//! the `participants` message files.

pub(crate) mod change;
pub(crate) mod consent;
pub(crate) mod edit;
pub(crate) mod import;
pub(crate) mod list;
pub(crate) mod measure;
pub(crate) mod outputs;
pub(crate) mod points;
pub(crate) mod rights;
pub(crate) mod settings;
pub(crate) mod show;

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

/// Home › Participants, then `extra`.
pub(crate) fn register_crumbs(extra: &[(String, String)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("/".to_owned(), t("nav-home")),
        ("/participants".to_owned(), t("participants-register-title")),
    ];
    all.extend_from_slice(extra);
    all
}

/// Home › Participants › the participant's code.
pub(crate) fn participant_crumbs(code: &str) -> Vec<(String, String)> {
    register_crumbs(&[(format!("/participants/{code}"), code.to_owned())])
}

/// Home › Plans › the plan › Participants and change, then `extra`.
pub(crate) fn plan_crumbs(
    id: tessera_store::PlanId,
    title: &str,
    extra: &[(String, String)],
) -> Vec<(String, String)> {
    let mut all = vec![
        ("/".to_owned(), t("nav-home")),
        ("/plans".to_owned(), t("nav-plans")),
        (format!("/plans/{id}"), title.to_owned()),
        (
            format!("/plans/{id}/participants"),
            t("participants-change-title"),
        ),
    ];
    all.extend_from_slice(extra);
    all
}

/// A stored `YYYY-MM-DD` date written for the page's language.
pub(crate) fn day(text: &str) -> String {
    tessera_app::participants::consent::display_date(text)
}

/// A stored RFC 3339 time written for the page's language (UK time).
pub(crate) fn when(text: &str) -> String {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
        .map_or_else(|_| text.to_owned(), tessera_l10n::datetime)
}

/// A collection point's planned date, written for the page's language (empty without one).
pub(crate) fn point_date(p: &tessera_app::participants::points::CollectionPoint) -> String {
    p.date.map(tessera_l10n::date).unwrap_or_default()
}

/// The GOV.UK tag colour of a consent standing.
pub(crate) fn standing_tag(code: &str) -> &'static str {
    match code {
        "active" => "govuk-tag--green",
        "withdrawn" => "govuk-tag--red",
        _ => "govuk-tag--grey",
    }
}
