//! A person's rights: subject access (everything held on them, as a readable page and as
//! JSON) and erasure.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::participants::consent::{basis_label, method_label};
use tessera_app::participants::measurements::{answer_text, plan_indicators};
use tessera_app::participants::rights::SubjectAccess;
use tessera_app::participants::{parse_side, side_label};
use tessera_store::prelude::*;

use super::show::ConsentLine;
use super::{day, participant_crumbs, when};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, AsOwner};

#[derive(Template)]
#[template(path = "participants/erase.html")]
pub(crate) struct ErasePage {
    crumbs: Vec<(String, String)>,
    code: String,
    measurements: usize,
    consents: usize,
    stories: usize,
    contact: bool,
}

pub(crate) async fn confirm(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Path(code): Path<String>,
) -> Result<Html<String>, PageError> {
    let found = state.app().participant(org.id, &code).await?;
    let code = found.participant.code;
    let page = ErasePage {
        crumbs: participant_crumbs(&code),
        measurements: state
            .store()
            .participant_measurements(org.id, &code)
            .await?
            .len(),
        consents: state.store().consents(org.id, &code).await?.len(),
        stories: state.app().participant_stories(org.id, &code).await?.len(),
        contact: state.store().contact(org.id, &code).await?.is_some(),
        code,
    };
    Ok(Html(page.render()?))
}

/// `POST /participants/{code}/erase`: deletes everything held on the participant.
pub(crate) async fn erase(
    State(state): State<AppState>,
    owner: AsOwner,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    state.app().erase_participant(&owner.actor(), &code).await?;
    Ok(Redirect::to("/participants?done=erased").into_response())
}

/// One measurement, written out for the subject access page.
pub(crate) struct AnswerLine {
    pub plan: String,
    pub point: String,
    pub measured_on: String,
    pub answers: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "participants/subject_access.html")]
pub(crate) struct AccessPage {
    crumbs: Vec<(String, String)>,
    code: String,
    organisation: String,
    generated: String,
    /// (label, value) of the register entry.
    entry: Vec<(String, String)>,
    /// (label, value) of the contact details.
    contact: Vec<(String, String)>,
    consents: Vec<ConsentLine>,
    answers: Vec<AnswerLine>,
    /// Stories about them, as the story list shows them (with the whole text).
    stories: Vec<(crate::pages::stories::StoryCard, String)>,
    /// (when, who, what).
    audit: Vec<(String, String, String)>,
}

fn entry_lines(a: &SubjectAccess) -> Vec<(String, String)> {
    let t = tessera_l10n::t;
    let p = &a.participant;
    let mut out = vec![
        (t("participants-code"), p.code.clone()),
        (
            t("participants-side"),
            parse_side(&p.side).map_or_else(|| p.side.clone(), side_label),
        ),
    ];
    if let Some(r) = &p.reference {
        out.push((t("participants-reference"), r.clone()));
    }
    for m in &p.plans {
        let title = a
            .plans
            .iter()
            .find(|(id, _)| *id == m.plan)
            .map_or_else(|| m.plan.to_string(), |(_, t)| t.clone());
        out.push((t("participants-plan"), title));
    }
    for (key, value) in &p.attributes {
        let field = a.fields.iter().find(|f| &f.key == key);
        out.push((
            field.map_or_else(|| key.clone(), |f| f.label.clone()),
            field.map_or_else(|| value.clone(), |f| f.value_label(value)),
        ));
    }
    out.push((
        t("participants-registered"),
        tessera_l10n::ta(
            "participants-registered-by",
            &[
                ("who", p.created_by.as_str().into()),
                ("when", when(&p.created_at).into()),
            ],
        ),
    ));
    out
}

/// What an audit entry about a participant did, in words.
fn action_words(action: &str) -> String {
    let key = format!("participants-audit-{action}");
    if tessera_l10n::has(tessera_l10n::current(), &key) {
        tessera_l10n::t(&key)
    } else {
        action.to_owned()
    }
}

pub(crate) async fn page(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(code): Path<String>,
) -> Result<Html<String>, PageError> {
    let access = state.app().subject_access(&editor.actor(), &code).await?;
    let t = tessera_l10n::t;
    let plans = state.app().org_plans(editor.0.id).await?;
    let mut answers = Vec::new();
    for m in &access.measurements {
        let plan = plans.iter().find(|(id, _)| *id == m.plan);
        let indicators = plan
            .map(|(_, p)| plan_indicators(p, state.catalogue()))
            .unwrap_or_default();
        let points = match plan {
            Some((id, p)) => state.app().collection_points(editor.0.id, *id, p).await?,
            None => Vec::new(),
        };
        answers.push(AnswerLine {
            plan: plan.map_or_else(|| m.plan.to_string(), |(_, p)| p.title.clone()),
            point: points
                .iter()
                .find(|p| p.key == m.point)
                .map_or_else(|| m.point.clone(), |p| p.label.clone()),
            measured_on: day(&m.measured_on),
            answers: m
                .answers
                .iter()
                .map(
                    |(r, v)| match indicators.iter().find(|i| &i.reference == r) {
                        Some(i) => (i.name.clone(), i.name_lang.clone(), answer_text(i.kind, *v)),
                        None => (r.clone(), "en".to_owned(), tessera_l10n::number(*v, 2)),
                    },
                )
                .collect(),
        });
    }
    let page = AccessPage {
        crumbs: participant_crumbs(&access.participant.code),
        code: access.participant.code.clone(),
        organisation: access.organisation.clone(),
        generated: when(&access.generated_at),
        entry: entry_lines(&access),
        contact: access
            .contact
            .as_ref()
            .map(|c| {
                [
                    ("participants-contact-name", &c.contact.name),
                    ("participants-contact-email", &c.contact.email),
                    ("participants-contact-phone", &c.contact.phone),
                    ("participants-contact-address", &c.contact.address),
                    ("participants-contact-notes", &c.contact.notes),
                ]
                .into_iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| (t(k), v.clone()))
                .collect()
            })
            .unwrap_or_default(),
        consents: access
            .consents
            .iter()
            .map(|c| ConsentLine {
                id: c.id.to_string(),
                given_on: day(&c.given_on),
                agreed: [
                    (c.taking_part, "participants-consent-taking_part"),
                    (c.data_use, "participants-consent-data_use"),
                    (c.stories, "participants-consent-stories"),
                    (c.sharing, "participants-consent-sharing"),
                ]
                .into_iter()
                .filter(|(yes, _)| *yes)
                .map(|(_, key)| t(key))
                .collect(),
                basis: basis_label(&c.lawful_basis),
                method: method_label(&c.method),
                witness: c.witness.clone(),
                notes: c.notes.clone(),
                recorded_by: c.recorded_by.clone(),
                withdrawn: c.withdrawn_on.as_deref().map(day),
            })
            .collect(),
        answers,
        stories: {
            let catalogue = state.app().catalogue_for(editor.0.id).await?;
            let labeller = crate::pages::stories::Labeller {
                plans: &plans,
                catalogue: &catalogue,
                lang: crate::http::auth::page().lang_code(),
            };
            access
                .stories
                .iter()
                .map(|s| (labeller.card(s), s.body.clone()))
                .collect()
        },
        audit: access
            .audit
            .iter()
            .map(|e| {
                (
                    when(&e.event.at),
                    e.event.actor.clone(),
                    action_words(&e.event.action),
                )
            })
            .collect(),
    };
    Ok(Html(page.render()?))
}

/// `GET /participants/{code}/subject-access.json`: everything held, as one JSON file to give
/// the person.
pub(crate) async fn json(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    let access = state.app().subject_access(&editor.actor(), &code).await?;
    let body = serde_json::to_string_pretty(&access).map_err(PageError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"subject-access-{}.json\"",
                    access.participant.code
                ),
            ),
        ],
        body,
    )
        .into_response())
}
