//! A participant's page: their register entry, plans, consent records, answers and (for
//! editors and owners) contact details, with the actions each role may take.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::participants::consent::{basis_label, method_label};
use tessera_app::participants::measurements::{answer_text, plan_indicators};
use tessera_app::participants::points::with_recorded;
use tessera_app::participants::register::ContactInput;
use tessera_app::participants::{Problem, side_label};
use tessera_store::{Contact, Organisation, Role, prelude::*};

use super::{day, field_errors, participant_crumbs, standing_tag, when};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg, Who};
use crate::ui::forms::FieldError;

/// A consent record, written out.
pub(crate) struct ConsentLine {
    pub id: String,
    pub given_on: String,
    pub agreed: Vec<String>,
    pub basis: String,
    pub method: String,
    pub witness: Option<String>,
    pub notes: String,
    pub recorded_by: String,
    pub withdrawn: Option<String>,
}

/// One measurement, written out.
pub(crate) struct MeasurementLine {
    pub plan: String,
    pub point: String,
    pub measured_on: String,
    /// (indicator name, its language, answer).
    pub answers: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "participants/show.html")]
pub(crate) struct ShowPage {
    crumbs: Vec<(String, String)>,
    code: String,
    notice: Option<String>,
    standing: String,
    standing_tag: &'static str,
    reference: String,
    side: String,
    /// (plan href, title, target group name).
    plans: Vec<(String, String, String)>,
    /// (field name, value).
    fields: Vec<(String, String)>,
    registered: String,
    consents: Vec<ConsentLine>,
    measurements: Vec<MeasurementLine>,
    /// Shown to editors and owners only.
    contact: Option<Contact>,
    contact_kept: bool,
    errors: Vec<FieldError>,
}

#[derive(Deserialize, Default)]
pub(crate) struct DoneQuery {
    #[serde(default)]
    done: String,
}

fn notice(done: &str) -> Option<String> {
    let key = match done {
        "registered" => "participants-done-registered",
        "updated" => "participants-done-updated",
        "consent" => "participants-done-consent",
        "withdrawn" => "participants-done-withdrawn",
        "measured" => "participants-done-measured",
        "contact" => "participants-done-contact",
        _ => return None,
    };
    Some(tessera_l10n::t(key))
}

async fn page(
    state: &AppState,
    org: &Organisation,
    who: &Who,
    code: &str,
    notice: Option<String>,
    contact_input: Option<Contact>,
    problems: Vec<Problem>,
) -> Result<ShowPage, PageError> {
    let app = state.app();
    let found = app.participant(org.id, code).await?;
    let p = &found.participant;
    let plans = app.org_plans(org.id).await?;
    let fields = app.participant_fields(org.id).await?;
    let consents = state.store().consents(org.id, &p.code).await?;
    let measurements = app.participant_measurements(org.id, &p.code).await?;
    let mut measurement_lines = Vec::new();
    for m in &measurements {
        let Some((id, plan)) = plans.iter().find(|(id, _)| *id == m.plan) else {
            continue;
        };
        let indicators = plan_indicators(plan, state.catalogue());
        let points = with_recorded(
            app.collection_points(org.id, *id, plan).await?,
            [m.point.as_str()],
        );
        measurement_lines.push(MeasurementLine {
            plan: plan.title.clone(),
            point: points
                .iter()
                .find(|pt| pt.key == m.point)
                .map_or_else(|| m.point.clone(), |pt| pt.label.clone()),
            measured_on: day(&m.measured_on),
            answers: m
                .answers
                .iter()
                .map(|(reference, value)| {
                    match indicators.iter().find(|i| &i.reference == reference) {
                        Some(i) => (
                            i.name.clone(),
                            i.name_lang.clone(),
                            answer_text(i.kind, *value),
                        ),
                        None => (
                            reference.clone(),
                            "en".to_owned(),
                            tessera_l10n::number(*value, 2),
                        ),
                    }
                })
                .collect(),
        });
    }
    let editor = who.role >= Role::Editor;
    let stored_contact = if editor {
        state.store().contact(org.id, &p.code).await?
    } else {
        None
    };
    let contact_kept = stored_contact.is_some();
    Ok(ShowPage {
        crumbs: participant_crumbs(&p.code),
        code: p.code.clone(),
        notice,
        standing: found.standing.label(),
        standing_tag: standing_tag(found.standing.code()),
        reference: p.reference.clone().unwrap_or_default(),
        side: side_label(found.side),
        plans: p
            .plans
            .iter()
            .map(|m| {
                let plan = plans.iter().find(|(id, _)| *id == m.plan).map(|(_, p)| p);
                let group = m
                    .target_group
                    .as_ref()
                    .and_then(|g| plan?.target_groups.iter().find(|t| &t.id == g))
                    .map(|g| g.name.clone())
                    .unwrap_or_default();
                (
                    format!("/plans/{}/participants", m.plan),
                    plan.map_or_else(|| m.plan.to_string(), |p| p.title.clone()),
                    group,
                )
            })
            .collect(),
        fields: fields
            .iter()
            .filter_map(|f| {
                p.attributes
                    .get(&f.key)
                    .map(|v| (f.label.clone(), f.value_label(v)))
            })
            .collect(),
        registered: tessera_l10n::ta(
            "participants-registered-by",
            &[
                ("who", p.created_by.as_str().into()),
                ("when", when(&p.created_at).into()),
            ],
        ),
        consents: consents
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
                .map(|(_, key)| tessera_l10n::t(key))
                .collect(),
                basis: basis_label(&c.lawful_basis),
                method: method_label(&c.method),
                witness: c.witness.clone(),
                notes: c.notes.clone(),
                recorded_by: c.recorded_by.clone(),
                withdrawn: c.withdrawn_on.as_deref().map(day),
            })
            .collect(),
        measurements: measurement_lines,
        contact: if editor {
            contact_input
                .or(stored_contact.map(|c| c.contact))
                .or(Some(Contact::default()))
        } else {
            None
        },
        contact_kept,
        errors: field_errors(problems),
    })
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, who): CurrentOrg,
    Path(code): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Html<String>, PageError> {
    let page = page(
        &state,
        &org,
        &who,
        &code,
        notice(&query.done),
        None,
        Vec::new(),
    )
    .await?;
    Ok(Html(page.render()?))
}

/// `POST /participants/{code}/contact`: keeps (or, all blank, removes) contact details.
pub(crate) async fn save_contact(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(code): Path<String>,
    Form(input): Form<ContactInput>,
) -> Result<Response, PageError> {
    match state
        .app()
        .set_contact(&editor.actor(), &code, &input)
        .await?
    {
        Ok(()) => {
            let code = tessera_app::participants::parse_code(&code)?;
            Ok(Redirect::to(&format!("/participants/{code}?done=contact")).into_response())
        }
        Err(problems) => {
            let problems = problems
                .into_iter()
                .map(|p| Problem::new(format!("contact-{}", p.field), p.message))
                .collect();
            let typed = Contact {
                name: input.name,
                email: input.email,
                phone: input.phone,
                address: input.address,
                notes: input.notes,
            };
            let page = page(
                &state,
                &editor.0,
                &editor.1,
                &code,
                None,
                Some(typed),
                problems,
            )
            .await?;
            Ok((StatusCode::BAD_REQUEST, Html(page.render()?)).into_response())
        }
    }
}
