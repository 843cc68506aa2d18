//! The survey crate's problems as sentences in the request's language: what is wrong (the
//! message `questionnaires-problem-<code>`) and where (sheet, row, column, question).

use tessera_survey::{Problem, SurveyError};

/// One problem as a sentence: "Sheet survey, row 4, column type: … (found "frobnicate")".
pub fn problem_text(p: &Problem) -> String {
    let what = tessera_l10n::t(&format!("questionnaires-problem-{}", p.kind.code()));
    let mut place = Vec::new();
    if let Some(s) = p.place.sheet.as_deref().filter(|s| !s.is_empty()) {
        place.push(tessera_l10n::ta(
            "questionnaires-place-sheet",
            &[("sheet", s.into())],
        ));
    }
    if let Some(r) = p.place.row {
        place.push(tessera_l10n::ta(
            "questionnaires-place-row",
            &[("row", r.to_string().into())],
        ));
    }
    if let Some(c) = p.place.column.as_deref() {
        place.push(tessera_l10n::ta(
            "questionnaires-place-column",
            &[("column", c.into())],
        ));
    }
    if let Some(q) = p.place.question.as_deref().filter(|q| !q.is_empty()) {
        place.push(tessera_l10n::ta(
            "questionnaires-place-question",
            &[("question", q.into())],
        ));
    }
    let mut text = if place.is_empty() {
        what
    } else {
        tessera_l10n::ta(
            "questionnaires-problem-at",
            &[("place", place.join(", ").into()), ("problem", what.into())],
        )
    };
    if let Some(v) = &p.value {
        text.push(' ');
        text.push_str(&tessera_l10n::ta(
            "questionnaires-problem-found",
            &[("value", v.as_str().into())],
        ));
    }
    text
}

/// An error that is not a list of problems, as a sentence.
pub(crate) fn error_text(e: &SurveyError) -> String {
    match e {
        SurveyError::BadLanguage { code } => tessera_l10n::ta(
            "questionnaires-error-bad-language",
            &[("code", code.as_str().into())],
        ),
        SurveyError::BadName { value, .. } => tessera_l10n::ta(
            "questionnaires-error-bad-name",
            &[("name", value.as_str().into())],
        ),
        SurveyError::BankFile { .. } | SurveyError::Problems(_) => {
            tessera_l10n::t("questionnaires-error-internal")
        }
    }
}
