//! Questionnaire pages (issue 15, part A): the list and the ways to start one (from a plan,
//! from domains, from an XLSForm), the builder, a question's edit page, the details (title,
//! consent, dates, languages), the respondent's preview in each language, the languages page
//! with the translator's spreadsheet, the XLSForm download, and deleting a questionnaire. Every
//! page calls `tessera_app::questionnaires` and says everything through the `questionnaires`
//! messages.

pub(crate) mod collect;
pub(crate) mod delete;
pub(crate) mod details;
pub(crate) mod io;
pub(crate) mod languages;
pub(crate) mod list;
pub(crate) mod preview;
pub(crate) mod question;
pub(crate) mod show;
pub(crate) mod show_if;

use tessera_app::participants::Problem;
use tessera_l10n::t;
use tessera_survey::{Lang, QuestionType, Source, Texts};

use crate::ui::forms::FieldError;

/// Home › Questionnaires, then `extra`.
pub(crate) fn crumbs(extra: &[(String, String)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("/".to_owned(), t("nav-home")),
        ("/questionnaires".to_owned(), t("questionnaires-title")),
    ];
    all.extend_from_slice(extra);
    all
}

/// Home › Questionnaires › this one, then `extra`.
pub(crate) fn questionnaire_crumbs(
    id: impl std::fmt::Display,
    title: &str,
    extra: &[(String, String)],
) -> Vec<(String, String)> {
    let mut all = crumbs(&[(format!("/questionnaires/{id}"), title.to_owned())]);
    all.extend_from_slice(extra);
    all
}

/// Form problems as the error summary and fields show them.
pub(crate) fn field_errors(problems: Vec<Problem>) -> Vec<FieldError> {
    problems
        .into_iter()
        .map(|p| FieldError::new(p.field, p.message))
        .collect()
}

/// The page's language as the survey crate names it.
pub(crate) fn page_lang() -> Lang {
    Lang::parse(crate::http::auth::page().lang.code()).unwrap_or_else(|_| Lang::english())
}

/// A text for the organisation reading the page: in the page's language if there is one, else
/// the first that exists, with the language it is in (for a `lang` attribute when it differs).
pub(crate) struct Shown {
    pub text: String,
    pub lang: String,
    pub dir: &'static str,
    /// Whether it is in another language than the page's.
    pub foreign: bool,
}

pub(crate) fn shown(texts: &Texts, lang: &Lang) -> Shown {
    match texts.for_reader(lang) {
        Some((text, l)) => Shown {
            text: text.to_owned(),
            lang: l.code().to_owned(),
            dir: l.dir(),
            foreign: l != lang,
        },
        None => Shown {
            text: String::new(),
            lang: lang.code().to_owned(),
            dir: lang.dir(),
            foreign: false,
        },
    }
}

/// The type's name in the page's language.
pub(crate) fn type_label(kind: QuestionType) -> String {
    t(&format!(
        "questionnaires-type-{}",
        kind.code().replace('_', "-")
    ))
}

/// Where a question came from, in the page's language.
pub(crate) fn source_label(source: &Source) -> String {
    match source {
        Source::Bank { .. } => t("questionnaires-source-bank"),
        Source::Own => t("questionnaires-source-own"),
        Source::Imported => t("questionnaires-source-imported"),
    }
}

/// A language's name in the page's language (Tessera's own name for it where it has one).
pub(crate) fn language_name(lang: &Lang) -> String {
    let key = format!("questionnaires-language-{}", lang.primary());
    if tessera_l10n::has(crate::http::auth::page().lang, &key) {
        t(&key)
    } else {
        lang.code().to_owned()
    }
}
