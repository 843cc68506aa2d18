//! The partners page: links under the organisation's plans, links it reports under, and the
//! invitation form.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::partners::link_status_label;
use tessera_store::{OrgId, PartnerLink};

use super::{Done, crumbs, field_errors, notice};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsOwner, CurrentOrg};
use crate::ui::forms::FieldError;

/// One link as listed.
pub(crate) struct Line {
    pub id: String,
    /// The other organisation.
    pub with: String,
    /// Our plan (commissioner: the strategy; partner: ours once agreed).
    pub plan: String,
    pub plan_id: String,
    /// The other side's plan.
    pub their_plan: String,
    pub status: String,
    pub status_code: String,
}

fn line(l: &PartnerLink, as_commissioner: bool) -> Line {
    Line {
        id: l.id.to_string(),
        with: if as_commissioner {
            l.partner_name.clone()
        } else {
            l.commissioner_name.clone()
        },
        plan: if as_commissioner {
            l.commissioner_plan_title.clone()
        } else {
            l.partner_plan_title.clone().unwrap_or_default()
        },
        plan_id: if as_commissioner {
            l.commissioner_plan.to_string()
        } else {
            l.partner_plan.map(|p| p.to_string()).unwrap_or_default()
        },
        their_plan: if as_commissioner {
            l.partner_plan_title.clone().unwrap_or_default()
        } else {
            l.commissioner_plan_title.clone()
        },
        status: link_status_label(&l.status),
        status_code: l.status.clone(),
    }
}

#[derive(Template)]
#[template(path = "partners/list.html")]
pub(crate) struct ListPage {
    crumbs: Vec<(String, String)>,
    commissioned: Vec<Line>,
    reporting: Vec<Line>,
    /// The organisation's plans (id, title), for the invitation form.
    plans: Vec<(String, String)>,
    errors: Vec<FieldError>,
    form: InviteForm,
    notice: Option<String>,
}

/// The invitation form.
#[derive(serde::Deserialize, Default, Clone)]
pub(crate) struct InviteForm {
    #[serde(default)]
    pub plan: String,
    #[serde(default)]
    pub partner: String,
    #[serde(default)]
    pub note: String,
}

async fn render(
    state: &AppState,
    org: OrgId,
    form: InviteForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> Result<Html<String>, PageError> {
    let links = state.app().partner_links(org).await?;
    let plans = state
        .app()
        .org_plans(org)
        .await?
        .into_iter()
        .map(|(id, p)| (id.to_string(), p.title))
        .collect();
    let page = ListPage {
        crumbs: crumbs(&[]),
        commissioned: links.commissioned.iter().map(|l| line(l, true)).collect(),
        reporting: links.reporting.iter().map(|l| line(l, false)).collect(),
        plans,
        errors,
        form,
        notice,
    };
    Ok(Html(page.render()?))
}

/// `GET /partners`.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Query(done): Query<Done>,
) -> Result<Html<String>, PageError> {
    render(
        &state,
        org.id,
        InviteForm::default(),
        Vec::new(),
        notice(&done.done),
    )
    .await
}

/// `POST /partners/invite` (owners).
pub(crate) async fn invite(
    State(state): State<AppState>,
    owner: AsOwner,
    Form(form): Form<InviteForm>,
) -> Result<Response, PageError> {
    if form.plan.trim().is_empty() {
        let errors = vec![FieldError::new(
            "plan",
            tessera_l10n::t("partners-error-choose-strategy"),
        )];
        return Ok(render(&state, owner.0.id, form, errors, None)
            .await?
            .into_response());
    }
    match state
        .app()
        .invite_partner(&owner.actor(), &form.plan, &form.partner, &form.note)
        .await?
    {
        Ok(_) => Ok(Redirect::to("/partners?done=invited").into_response()),
        Err(problems) => Ok(
            render(&state, owner.0.id, form, field_errors(problems), None)
                .await?
                .into_response(),
        ),
    }
}
