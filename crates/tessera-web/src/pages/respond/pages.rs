//! The respondent pages' templates and what they show.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use tessera_app::collection::answers::Answers;
use tessera_survey::{Lang, Question, QuestionType, Questionnaire, Texts};

use super::Ctx;
use super::chrome::{Chrome, Word, endonym};
use tessera_app::collection::Collecting;

/// Text with the language it is in (a questionnaire text may fall back to English).
pub(crate) struct Said {
    pub text: String,
    pub lang: String,
}

fn said(t: &Texts, lang: &Lang) -> Said {
    match t.for_reader(lang) {
        Some((text, l)) => Said {
            text: text.to_owned(),
            lang: l.code().to_owned(),
        },
        None => Said {
            text: String::new(),
            lang: lang.code().to_owned(),
        },
    }
}

/// The pages of a questionnaire: runs of questions in one group, or one question alone;
/// each page is the questions' indexes.
pub(crate) fn page_list(q: &Questionnaire) -> Vec<Vec<usize>> {
    let mut pages: Vec<Vec<usize>> = Vec::new();
    let mut last_group = None;
    for (i, item) in q.items.iter().enumerate() {
        let group = item.question.group.as_ref();
        match (group, pages.last_mut()) {
            (Some(g), Some(page)) if last_group == Some(g) => page.push(i),
            _ => pages.push(vec![i]),
        }
        last_group = group;
    }
    pages
}

/// One question as the respondent answers it.
pub(crate) struct QuestionView {
    pub name: String,
    /// `single`, `multiple`, `number`, `text`, `date`, `note`.
    pub kind: &'static str,
    pub label: Said,
    pub hint: Option<Said>,
    pub required: bool,
    /// (code, words, language of the words, chosen).
    pub options: Vec<(String, String, String, bool)>,
    pub value: String,
    pub error: Option<String>,
}

/// The view of one question, with its answer so far.
pub(crate) fn question_view(
    _q: &Questionnaire,
    question: &Question,
    lang: &Lang,
    given: &Answers,
    error: Option<String>,
) -> QuestionView {
    let value = given
        .get(question.name.as_str())
        .cloned()
        .unwrap_or_default();
    let chosen: Vec<&str> = value.split(' ').collect();
    let options = match (question.kind, &question.scale) {
        (QuestionType::Scale, Some(s)) => (s.min..=s.max)
            .map(|n| {
                let mut words = n.to_string();
                let end = if n == s.min {
                    Some(&s.min_label)
                } else if n == s.max {
                    Some(&s.max_label)
                } else {
                    None
                };
                if let Some(t) = end.and_then(|t| t.for_reader(lang)) {
                    words = format!("{n} – {}", t.0);
                }
                let code = n.to_string();
                let on = chosen.contains(&code.as_str());
                (code, words, lang.code().to_owned(), on)
            })
            .collect(),
        _ => question
            .choices
            .iter()
            .map(|c| {
                let s = said(&c.label, lang);
                let on = chosen.contains(&c.code.as_str());
                (c.code.as_str().to_owned(), s.text, s.lang, on)
            })
            .collect(),
    };
    QuestionView {
        name: question.name.as_str().to_owned(),
        kind: match question.kind {
            QuestionType::SingleChoice | QuestionType::Scale => "single",
            QuestionType::MultipleChoice => "multiple",
            QuestionType::Number => "number",
            QuestionType::Text => "text",
            QuestionType::Date => "date",
            QuestionType::Note => "note",
        },
        label: said(&question.label, lang),
        hint: (!question.hint.is_empty()).then(|| said(&question.hint, lang)),
        required: question.required,
        options,
        value,
        error,
    }
}

/// The consent page or a page of questions.
#[derive(Template)]
#[template(path = "respond/page.html")]
pub(crate) struct QuestionPage {
    pub lang: String,
    pub dir: &'static str,
    pub chrome: Chrome,
    pub title: Said,
    pub token: String,
    pub version: i64,
    pub key: String,
    pub code: String,
    /// 0: the consent page.
    pub page: usize,
    pub progress: Option<Word>,
    pub consent: Option<Said>,
    pub consent_error: Option<Word>,
    /// (code, name, current) of the languages offered.
    pub languages: Vec<(String, String, bool)>,
    pub heading: Option<Said>,
    pub questions: Vec<QuestionView>,
    pub hidden: Vec<(String, String)>,
    pub errors: Vec<(String, String)>,
    pub can_skip: bool,
}

impl QuestionPage {
    /// The consent page, first of all.
    pub(crate) fn consent(
        token: &str,
        collecting: &Collecting,
        lang: &Lang,
        error: Option<Word>,
    ) -> Self {
        let q = &collecting.questionnaire;
        Self {
            lang: lang.code().to_owned(),
            dir: lang.dir(),
            chrome: Chrome::new(lang),
            title: said(&q.title, lang),
            token: token.to_owned(),
            version: collecting.version,
            key: String::new(),
            code: String::new(),
            page: 0,
            progress: None,
            consent: Some(said(&q.consent, lang)),
            consent_error: error,
            languages: q
                .languages
                .iter()
                .map(|l| (l.code().to_owned(), endonym(l), l == lang))
                .collect(),
            heading: None,
            questions: Vec::new(),
            hidden: Vec::new(),
            errors: Vec::new(),
            can_skip: false,
        }
    }

    /// A page of questions.
    pub(crate) fn questions(
        ctx: &Ctx<'_>,
        (number, total): (usize, usize),
        heading: Option<(String, String)>,
        questions: Vec<QuestionView>,
        hidden: Vec<(String, String)>,
        errors: Vec<(String, String)>,
    ) -> Self {
        let (collecting, lang) = (ctx.collecting, ctx.lang);
        let chrome = Chrome::new(lang);
        let can_skip = !questions.is_empty()
            && questions.iter().all(|x| !x.required)
            && questions.iter().any(|x| x.kind != "note");
        Self {
            lang: lang.code().to_owned(),
            dir: lang.dir(),
            progress: Some(chrome.page_of(number, total)),
            chrome,
            title: said(&collecting.questionnaire.title, lang),
            token: ctx.token.to_owned(),
            version: collecting.version,
            key: ctx.key.clone(),
            code: ctx.code.clone(),
            page: number,
            consent: None,
            consent_error: None,
            languages: Vec::new(),
            heading: heading.map(|(text, lang)| Said { text, lang }),
            questions,
            hidden,
            errors,
            can_skip,
        }
    }
}

/// A page that only says something: the end page, closed, not yet open.
#[derive(Template)]
#[template(path = "respond/message.html")]
pub(crate) struct MessagePage {
    pub lang: String,
    pub dir: &'static str,
    pub title: Said,
    pub heading: Word,
    pub body: Word,
    pub extra: Option<Word>,
}

impl MessagePage {
    pub(crate) fn new(
        q: &Questionnaire,
        lang: &Lang,
        heading: Word,
        body: Word,
        extra: Option<Word>,
    ) -> Self {
        Self {
            lang: lang.code().to_owned(),
            dir: lang.dir(),
            title: said(&q.title, lang),
            heading,
            body,
            extra,
        }
    }

    pub(crate) fn respond(self, status: StatusCode) -> Response {
        match self.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(e) => crate::http::error::PageError::internal(e).into_response(),
        }
    }
}

/// The page with the resume code after "save and come back later".
#[derive(Template)]
#[template(path = "respond/saved.html")]
pub(crate) struct SavedPage {
    pub lang: String,
    pub dir: &'static str,
    pub chrome: Chrome,
    pub title: Said,
    pub token: String,
    pub code: String,
}

impl SavedPage {
    /// How long the code works.
    pub(crate) fn body(&self) -> Word {
        self.chrome.wa(
            "saved-body",
            &[("days", tessera_app::collection::submit::DRAFT_DAYS.into())],
        )
    }

    pub(crate) fn new(token: &str, q: &Questionnaire, lang: &Lang, code: String) -> Self {
        Self {
            lang: lang.code().to_owned(),
            dir: lang.dir(),
            chrome: Chrome::new(lang),
            title: said(&q.title, lang),
            token: token.to_owned(),
            code,
        }
    }
}

/// The form for a resume code.
#[derive(Template)]
#[template(path = "respond/resume.html")]
pub(crate) struct ResumePage {
    pub lang: String,
    pub dir: &'static str,
    pub chrome: Chrome,
    pub title: Said,
    pub token: String,
    pub error: Option<Word>,
}

impl ResumePage {
    pub(crate) fn new(token: &str, q: &Questionnaire, lang: &Lang, error: Option<Word>) -> Self {
        Self {
            lang: lang.code().to_owned(),
            dir: lang.dir(),
            chrome: Chrome::new(lang),
            title: said(&q.title, lang),
            token: token.to_owned(),
            error,
        }
    }
}
