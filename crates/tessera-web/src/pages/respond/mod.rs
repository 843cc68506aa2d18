//! The respondent's pages: a questionnaire's public link, as GOV.UK forms ask — consent first,
//! then one page (a group, or one question) at a time, with "Skip" for questions that are not
//! needed, "Save and come back later" with a resume code, and a clear end page. No JavaScript,
//! no sign-in, nothing stored before the last page is sent (a draft only when asked).
//!
//! The form carries its own state: the language, the version answered, a random submission
//! key (so a double click or a resent form stores one response), the consent, the page, and
//! the answers of other pages as hidden fields. Answers are in the XForm text encoding the
//! application's submit takes (see `tessera_app::collection::answers`).

mod chrome;
pub(crate) mod flood;
mod pages;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::collection::answers::{self, AnswerProblemKind, Answers};
use tessera_app::collection::{
    Channel, Collecting, State as CollectState, Submission, SubmitError, Submitted,
};
use tessera_survey::{Lang, Questionnaire};

use crate::AppState;
use crate::http::error::PageError;
pub(crate) use chrome::Chrome;
use pages::{MessagePage, QuestionPage, ResumePage, SavedPage, page_list, question_view};

/// What every page of one respondent's form carries along.
pub(crate) struct Ctx<'a> {
    pub token: &'a str,
    pub collecting: &'a Collecting,
    pub lang: &'a Lang,
    /// The submission key.
    pub key: String,
    /// The resume code the answers came back with, forgotten once they are sent.
    pub code: String,
}

/// The chosen language, in the address (`?language=ar`).
#[derive(Deserialize, Default)]
pub(crate) struct LanguageQuery {
    #[serde(default)]
    language: String,
}

/// The questionnaire's language nearest `code`: that one if offered, else its first.
fn choose(q: &Questionnaire, code: &str) -> Lang {
    Lang::parse(code)
        .ok()
        .filter(|l| q.languages.contains(l))
        .or_else(|| q.languages.first().cloned())
        .unwrap_or_else(Lang::english)
}

/// The form as posted: its own fields and the answers (`a_<question>`), several values of a
/// question (checkboxes) joined by spaces as XForm writes them.
#[derive(Default)]
struct Posted {
    language: String,
    version: Option<i64>,
    key: String,
    consent: bool,
    page: usize,
    action: String,
    code: String,
    answers: Vec<(String, String)>,
}

fn parse_form(body: &[u8]) -> Posted {
    let mut p = Posted::default();
    for (k, v) in form_urlencoded::parse(body) {
        match k.as_ref() {
            "language" => p.language = v.into_owned(),
            "version" => p.version = v.parse().ok(),
            "key" => p.key = v.into_owned(),
            "consent" => p.consent = v == "yes",
            "page" => p.page = v.parse().unwrap_or(0),
            "action" => p.action = v.into_owned(),
            "code" => p.code = v.into_owned(),
            other => {
                if let Some(name) = other.strip_prefix("a_") {
                    let v = v.trim();
                    if v.is_empty() {
                        continue;
                    }
                    match p.answers.iter_mut().find(|(n, _)| n == name) {
                        Some((_, existing)) => {
                            existing.push(' ');
                            existing.push_str(v);
                        }
                        None => p.answers.push((name.to_owned(), v.to_owned())),
                    }
                }
            }
        }
    }
    p
}

/// The page for a collection that takes no answers today.
fn unavailable(q: &Questionnaire, lang: &Lang, state: CollectState) -> Response {
    let chrome = Chrome::new(lang);
    let (title, body) = match state {
        CollectState::NotYetOpen(d) => (
            chrome.w("not-yet-title"),
            chrome.wa(
                "error-not-yet-open",
                &[("date", tessera_l10n::date(d).into())],
            ),
        ),
        CollectState::Full => (chrome.w("closed-title"), chrome.w("error-full")),
        _ => (chrome.w("closed-title"), chrome.w("error-closed")),
    };
    MessagePage::new(q, lang, title, body, None).respond(StatusCode::OK)
}

/// The page for a client that sent more than the flood guard allows this minute; the form's
/// answers are not lost, as the browser's Back button returns to them.
fn too_many(q: &Questionnaire, lang: &Lang) -> Response {
    let chrome = Chrome::new(lang);
    MessagePage::new(
        q,
        lang,
        chrome.w("too-many-title"),
        chrome.w("error-too-many"),
        None,
    )
    .respond(StatusCode::TOO_MANY_REQUESTS)
}

/// `GET /respond/{token}`: the consent page, or why the questionnaire takes no answers.
pub(crate) async fn start(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(query): Query<LanguageQuery>,
) -> Result<Response, PageError> {
    let collecting = state.app().collecting(&token, None).await?;
    let q = &collecting.questionnaire;
    let lang = choose(q, &query.language);
    match state.app().collecting_state(&collecting).await? {
        CollectState::Open => {}
        other => return Ok(unavailable(q, &lang, other)),
    }
    let page = QuestionPage::consent(&token, &collecting, &lang, None);
    Ok(Html(page.render()?).into_response())
}

/// `POST /respond/{token}`: every step of the form (see the module documentation).
pub(crate) async fn step(
    State(state): State<AppState>,
    Path(token): Path<String>,
    connection: Option<axum::Extension<axum::extract::ConnectInfo<std::net::SocketAddr>>>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let posted = parse_form(&body);
    let client = flood::client(connection.as_ref().map(|c| &c.0), &headers);
    let collecting = state.app().collecting(&token, posted.version).await?;
    let q = &collecting.questionnaire;
    let lang = choose(q, &posted.language);
    if posted.action == "language" {
        let page = QuestionPage::consent(&token, &collecting, &lang, None);
        return Ok(Html(page.render()?).into_response());
    }
    match state.app().collecting_state(&collecting).await? {
        CollectState::Open => {}
        other => return Ok(unavailable(q, &lang, other)),
    }
    let chrome = Chrome::new(&lang);
    let pages = page_list(q);
    if posted.page == 0 {
        if !posted.consent {
            let error = chrome.w("error-no-consent");
            let page = QuestionPage::consent(&token, &collecting, &lang, Some(error));
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response());
        }
        let ctx = Ctx {
            token: &token,
            collecting: &collecting,
            lang: &lang,
            key: tessera_store::credentials::random_token(18),
            code: String::new(),
        };
        let answers = Answers::new();
        let first = next_page(q, &pages, &answers, 0);
        return render_page(&ctx, first, &answers, &[]);
    }
    let mut given: Answers = posted.answers.iter().cloned().collect();
    let ctx = Ctx {
        token: &token,
        collecting: &collecting,
        lang: &lang,
        key: posted.key.clone(),
        code: posted.code.clone(),
    };
    let current = posted.page.min(pages.len());
    let on_page: Vec<String> = pages
        .get(current.saturating_sub(1))
        .map(|p| {
            p.iter()
                .filter_map(|i| q.items.get(*i))
                .map(|item| item.question.name.as_str().to_owned())
                .collect()
        })
        .unwrap_or_default();
    match posted.action.as_str() {
        "back" => {
            let before = previous_page(q, &pages, &given, current);
            if before == 0 {
                let page = QuestionPage::consent(&token, &collecting, &lang, None);
                return Ok(Html(page.render()?).into_response());
            }
            render_page(&ctx, before, &given, &[])
        }
        "save" => {
            if !state.flood().allow(client) {
                return Ok(too_many(q, &lang));
            }
            let code = state
                .app()
                .save_draft(&collecting, given.into_iter().collect(), &lang)
                .await
                .map_err(submit_error)?;
            let page = SavedPage::new(&token, q, &lang, code);
            Ok(Html(page.render()?).into_response())
        }
        action => {
            if action == "skip" {
                given.retain(|name, _| !on_page.contains(name));
            } else {
                let problems = page_problems(q, &on_page, &given, &lang);
                if !problems.is_empty() {
                    return render_page(&ctx, current, &given, &problems);
                }
            }
            let next = next_page(q, &pages, &given, current);
            if next <= pages.len() {
                return render_page(&ctx, next, &given, &[]);
            }
            if !state.flood().allow(client) {
                return Ok(too_many(q, &lang));
            }
            finish(&state, &ctx, given, &pages).await
        }
    }
}

/// Sends every answer; on a problem, shows the first page with one.
async fn finish(
    state: &AppState,
    ctx: &Ctx<'_>,
    given: Answers,
    pages: &[Vec<usize>],
) -> Result<Response, PageError> {
    let (collecting, lang) = (ctx.collecting, ctx.lang);
    let submission = Submission {
        answers: given.clone().into_iter().collect(),
        lang: lang.clone(),
        key: ctx.key.clone(),
        consent: true,
        channel: Channel::Web,
    };
    let q = &collecting.questionnaire;
    match state.app().submit_response(collecting, submission).await {
        Ok(Submitted::Stored(_) | Submitted::Repeated(_)) => {
            if !ctx.code.is_empty() {
                state
                    .app()
                    .forget_draft(&ctx.code)
                    .await
                    .map_err(submit_error)?;
            }
            Ok(Redirect::to(&format!(
                "/respond/{}/done?language={}",
                ctx.token,
                lang.code()
            ))
            .into_response())
        }
        Err(SubmitError::Problems(problems)) => {
            let chrome = Chrome::new(lang);
            let named: Vec<(String, String)> = problems
                .iter()
                .map(|p| (p.question.clone(), problem_text(&chrome, &p.kind, p)))
                .collect();
            let first = pages
                .iter()
                .position(|p| {
                    p.iter()
                        .filter_map(|i| q.items.get(*i))
                        .any(|item| named.iter().any(|(n, _)| n == item.question.name.as_str()))
                })
                .map_or(1, |i| i + 1);
            render_page(ctx, first, &given, &named)
        }
        Err(SubmitError::Closed | SubmitError::Full | SubmitError::NotYetOpen(_)) => {
            let s = state.app().collecting_state(collecting).await?;
            Ok(unavailable(q, lang, s))
        }
        Err(e) => Err(submit_error(e)),
    }
}

fn submit_error(e: SubmitError) -> PageError {
    match e {
        SubmitError::App(a) => a.into(),
        other => PageError::bad_request(other.to_string()),
    }
}

/// An answer problem in the respondent's language where the chrome has it.
fn problem_text(
    chrome: &Chrome,
    kind: &AnswerProblemKind,
    p: &tessera_app::collection::AnswerProblem,
) -> String {
    match kind {
        AnswerProblemKind::Required => chrome.w("error-required").text,
        AnswerProblemKind::Constraint(m) => m.clone(),
        _ => tessera_l10n::sync_scope(chrome.ui(), || p.message()),
    }
}

/// The problems with the answers to the shown questions of one page.
fn page_problems(
    q: &Questionnaire,
    on_page: &[String],
    given: &Answers,
    lang: &Lang,
) -> Vec<(String, String)> {
    let chrome = Chrome::new(lang);
    let mut out = Vec::new();
    for question in q.questions() {
        let name = question.name.as_str();
        if !on_page.iter().any(|n| n == name)
            || !question.kind.takes_answer()
            || !answers::shown(question, given)
        {
            continue;
        }
        let problem = match given.get(name) {
            None if question.required => Some(AnswerProblemKind::Required),
            None => None,
            Some(v) => answers::normalise(question, v, lang).err(),
        };
        if let Some(kind) = problem {
            let p = tessera_app::collection::AnswerProblem {
                question: name.to_owned(),
                kind: kind.clone(),
            };
            out.push((name.to_owned(), problem_text(&chrome, &kind, &p)));
        }
    }
    out
}

/// Whether any question (or note) of a page is shown given the answers.
fn page_shown(q: &Questionnaire, page: &[usize], given: &Answers) -> bool {
    page.iter()
        .filter_map(|i| q.items.get(*i))
        .any(|item| answers::shown(&item.question, given))
}

/// The 1-based number of the first shown page after `current` (`pages.len() + 1`: none).
fn next_page(q: &Questionnaire, pages: &[Vec<usize>], given: &Answers, current: usize) -> usize {
    (current + 1..=pages.len())
        .find(|n| page_shown(q, &pages[n - 1], given))
        .unwrap_or(pages.len() + 1)
}

/// The 1-based number of the last shown page before `current` (0: the consent page).
fn previous_page(
    q: &Questionnaire,
    pages: &[Vec<usize>],
    given: &Answers,
    current: usize,
) -> usize {
    (1..current)
        .rev()
        .find(|n| page_shown(q, &pages[n - 1], given))
        .unwrap_or(0)
}

fn render_page(
    ctx: &Ctx<'_>,
    number: usize,
    given: &Answers,
    problems: &[(String, String)],
) -> Result<Response, PageError> {
    let (collecting, lang) = (ctx.collecting, ctx.lang);
    let q = &collecting.questionnaire;
    let pages = page_list(q);
    let Some(items) = pages.get(number.saturating_sub(1)) else {
        return Err(PageError::bad_request(
            Chrome::new(lang).w("error-key").text,
        ));
    };
    let on_page: Vec<&str> = items
        .iter()
        .filter_map(|i| q.items.get(*i))
        .map(|item| item.question.name.as_str())
        .collect();
    let questions = items
        .iter()
        .filter_map(|i| q.items.get(*i))
        .filter(|item| answers::shown(&item.question, given))
        .map(|item| {
            let error = problems
                .iter()
                .find(|(n, _)| n == item.question.name.as_str())
                .map(|(_, m)| m.clone());
            question_view(q, &item.question, lang, given, error)
        })
        .collect();
    let hidden = given
        .iter()
        .filter(|(n, _)| !on_page.contains(&n.as_str()))
        .map(|(n, v)| (format!("a_{n}"), v.clone()))
        .collect();
    let group = items
        .first()
        .and_then(|i| q.items.get(*i))
        .and_then(|item| item.question.group.as_ref())
        .and_then(|g| q.group(g))
        .and_then(|g| g.title.for_reader(lang))
        .map(|(t, l)| (t.to_owned(), l.code().to_owned()));
    let page = QuestionPage::questions(
        ctx,
        (number, pages.len()),
        group,
        questions,
        hidden,
        problems.to_vec(),
    );
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /respond/{token}/done`: the end page.
pub(crate) async fn done(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(query): Query<LanguageQuery>,
) -> Result<Response, PageError> {
    let collecting = state.app().collecting(&token, None).await?;
    let q = &collecting.questionnaire;
    let lang = choose(q, &query.language);
    let chrome = Chrome::new(&lang);
    Ok(MessagePage::new(
        q,
        &lang,
        chrome.w("done-title"),
        chrome.w("done-body"),
        None,
    )
    .respond(StatusCode::OK))
}

/// `GET /respond/{token}/resume`: the form for a resume code.
pub(crate) async fn resume_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(query): Query<LanguageQuery>,
) -> Result<Response, PageError> {
    let collecting = state.app().collecting(&token, None).await?;
    let lang = choose(&collecting.questionnaire, &query.language);
    let page = ResumePage::new(&token, &collecting.questionnaire, &lang, None);
    Ok(Html(page.render()?).into_response())
}

/// `POST /respond/{token}/resume`: carries on from the saved answers.
pub(crate) async fn resume(
    State(state): State<AppState>,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let posted = parse_form(&body);
    let current = state.app().collecting(&token, None).await?;
    let draft = state
        .app()
        .resume_draft(&current, &posted.code)
        .await
        .map_err(submit_error)?;
    let Some(draft) = draft else {
        let lang = choose(&current.questionnaire, &posted.language);
        let chrome = Chrome::new(&lang);
        let error = chrome.wa(
            "resume-not-found",
            &[("days", tessera_app::collection::submit::DRAFT_DAYS.into())],
        );
        let page = ResumePage::new(&token, &current.questionnaire, &lang, Some(error));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response());
    };
    let collecting = state.app().collecting(&token, Some(draft.version)).await?;
    let q = &collecting.questionnaire;
    let lang = choose(q, &draft.lang);
    let given: Answers = draft
        .answers
        .as_object()
        .map(|o| {
            o.iter()
                .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_owned())))
                .collect()
        })
        .unwrap_or_default();
    let pages = page_list(q);
    // Carry on at the first shown page with an unanswered question, else the last page.
    let number = (1..=pages.len())
        .find(|n| {
            let page = &pages[n - 1];
            page_shown(q, page, &given)
                && page.iter().filter_map(|i| q.items.get(*i)).any(|item| {
                    item.question.kind.takes_answer()
                        && !given.contains_key(item.question.name.as_str())
                })
        })
        .unwrap_or(pages.len().max(1));
    let ctx = Ctx {
        token: &token,
        collecting: &collecting,
        lang: &lang,
        key: tessera_store::credentials::random_token(18),
        code: posted.code.clone(),
    };
    render_page(&ctx, number, &given, &[])
}
