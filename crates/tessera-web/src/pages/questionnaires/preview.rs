//! The questionnaire as a respondent sees it, in any of its languages: the consent page, then
//! each page of questions, laid out right to left for Arabic, Farsi and other such scripts.
//! Nothing here says whether a translation was reviewed: respondents never see that mark.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use serde::Deserialize;
use tessera_app::questionnaires::title_in;
use tessera_survey::{Lang, Question, QuestionType, ShowIfTest, Texts};

use super::{language_name, page_lang, questionnaire_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

/// One question as the respondent sees it.
pub(crate) struct Shown {
    pub name: String,
    pub kind: &'static str,
    pub label: String,
    pub hint: String,
    /// (code, words) of the options, or the points of a scale.
    pub options: Vec<(String, String)>,
    pub scale_ends: Option<(String, String)>,
    /// The "show if" conditions, in the organisation's words (shown in the preview only).
    pub condition: String,
}

/// A page of questions.
pub(crate) struct Section {
    pub title: String,
    pub questions: Vec<Shown>,
}

#[derive(Template)]
#[template(path = "questionnaires/preview.html")]
pub(crate) struct PreviewPage {
    crumbs: Vec<(String, String)>,
    id: String,
    /// (code, name, current) of the languages offered.
    languages: Vec<(String, String, bool)>,
    lang: String,
    dir: &'static str,
    title: String,
    consent: String,
    sections: Vec<Section>,
}

#[derive(Deserialize, Default)]
pub(crate) struct PreviewQuery {
    #[serde(default)]
    language: String,
}

fn words(t: &Texts, lang: &Lang) -> String {
    t.for_reader(lang)
        .map(|(w, _)| w.to_owned())
        .unwrap_or_default()
}

fn condition(q: &Question, all: &[&Question], lang: &Lang) -> String {
    q.show_if
        .iter()
        .map(|c| {
            let target = all.iter().find(|x| x.name == c.question);
            let label = target.map(|t| words(&t.label, lang)).unwrap_or_default();
            let choice = |v: &tessera_survey::ChoiceCode| {
                target
                    .and_then(|t| t.choice(v.as_str()))
                    .map_or_else(|| v.to_string(), |ch| words(&ch.label, lang))
            };
            let (key, values) = match &c.test {
                ShowIfTest::AnyOf { values } => (
                    "questionnaires-preview-if-any",
                    values.iter().map(choice).collect::<Vec<_>>().join(" / "),
                ),
                ShowIfTest::NoneOf { values } => (
                    "questionnaires-preview-if-none",
                    values.iter().map(choice).collect::<Vec<_>>().join(" / "),
                ),
                ShowIfTest::AtLeast { value } => {
                    ("questionnaires-preview-if-at-least", value.to_string())
                }
                ShowIfTest::Below { value } => {
                    ("questionnaires-preview-if-below", value.to_string())
                }
            };
            tessera_l10n::ta(
                key,
                &[("question", label.into()), ("values", values.into())],
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
    Query(query): Query<PreviewQuery>,
) -> Result<Html<String>, PageError> {
    let loaded = state.app().questionnaire(org.id, &id).await?;
    let q = &loaded.questionnaire;
    let lang = Lang::parse(&query.language)
        .ok()
        .filter(|l| q.languages.contains(l))
        .or_else(|| q.languages.first().cloned())
        .unwrap_or_else(Lang::english);
    let all: Vec<&Question> = q.questions().collect();
    let mut sections: Vec<Section> = Vec::new();
    let mut current: Option<Option<tessera_survey::GroupName>> = None;
    for question in &all {
        if current.as_ref() != Some(&question.group) || question.group.is_none() {
            let title = question
                .group
                .as_ref()
                .and_then(|g| q.group(g))
                .map(|g| words(&g.title, &lang))
                .unwrap_or_default();
            sections.push(Section {
                title,
                questions: Vec::new(),
            });
            current = Some(question.group.clone());
        }
        let kind = match question.kind {
            QuestionType::SingleChoice => "single",
            QuestionType::MultipleChoice => "multiple",
            QuestionType::Number => "number",
            QuestionType::Scale => "scale",
            QuestionType::Text => "text",
            QuestionType::Date => "date",
            QuestionType::Note => "note",
        };
        let options = match (&question.scale, question.kind) {
            (Some(s), QuestionType::Scale) => (s.min..=s.max)
                .map(|n| (n.to_string(), n.to_string()))
                .collect(),
            _ => question
                .choices
                .iter()
                .map(|c| (c.code.to_string(), words(&c.label, &lang)))
                .collect(),
        };
        if let Some(section) = sections.last_mut() {
            section.questions.push(Shown {
                name: question.name.to_string(),
                kind,
                label: words(&question.label, &lang),
                hint: words(&question.hint, &lang),
                options,
                scale_ends: question
                    .scale
                    .as_ref()
                    .filter(|s| !s.min_label.is_empty() && !s.max_label.is_empty())
                    .map(|s| {
                        (
                            format!("{}: {}", s.min, words(&s.min_label, &lang)),
                            format!("{}: {}", s.max, words(&s.max_label, &lang)),
                        )
                    }),
                condition: condition(question, &all, &page_lang()),
            });
        }
    }
    let page = PreviewPage {
        crumbs: questionnaire_crumbs(
            loaded.record.id,
            &title_in(q, &page_lang()),
            &[(
                format!("/questionnaires/{}/preview", loaded.record.id),
                tessera_l10n::t("questionnaires-preview-title"),
            )],
        ),
        id: loaded.record.id.to_string(),
        languages: q
            .languages
            .iter()
            .map(|l| (l.code().to_owned(), language_name(l), *l == lang))
            .collect(),
        lang: lang.code().to_owned(),
        dir: lang.dir(),
        title: words(&q.title, &lang),
        consent: words(&q.consent, &lang),
        sections,
    };
    Ok(Html(page.render()?))
}
