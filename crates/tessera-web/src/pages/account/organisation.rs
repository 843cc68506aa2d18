//! The organisation page for owners (members, roles, invitations, API tokens), and the list
//! of one's organisations with switching (and, for administrators, creating one).

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_store::credentials::{hash_token, random_token};
use tessera_store::prelude::*;
use tessera_store::{
    ApiToken, Invitation, InvitationId, Member, Membership, NewOrganisation, Organisation, Role,
    StoreError, UserId,
};

use super::{FieldError, record};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsOwner, SignedIn, Who};
use tessera_app::accounts::unix_now;

/// How long an invitation works.
pub(crate) const INVITATION_SECONDS: i64 = 14 * 24 * 60 * 60;

#[derive(Template)]
#[template(path = "account/organisation.html")]
struct OrganisationPage {
    org: Organisation,
    me: Option<UserId>,
    members: Vec<Member>,
    invitations: Vec<Invitation>,
    tokens: Vec<ApiToken>,
    errors: Vec<FieldError>,
    email: String,
    role: String,
    /// A just-created invitation's link, shown once.
    new_link: Option<(String, String)>,
    notice: Option<String>,
}

impl OrganisationPage {
    fn is_me(&self, id: &UserId) -> bool {
        self.me == Some(*id)
    }

    fn member_email(&self, user: &Option<UserId>) -> String {
        match user {
            Some(id) => self
                .members
                .iter()
                .find(|m| m.user.id == *id)
                .map_or_else(|| format!("account {id}"), |m| m.user.email.clone()),
            None => "—".to_owned(),
        }
    }

    fn expires(&self, invitation: &Invitation) -> String {
        time::OffsetDateTime::from_unix_timestamp(invitation.expires_at)
            .map(|t| t.date().to_string())
            .unwrap_or_default()
    }
}

/// What the organisation page shows besides the organisation's own lists.
struct Extras {
    errors: Vec<FieldError>,
    email: String,
    role: String,
    new_link: Option<(String, String)>,
    notice: Option<String>,
}

impl Default for Extras {
    fn default() -> Self {
        Self {
            errors: Vec::new(),
            email: String::new(),
            role: "viewer".to_owned(),
            new_link: None,
            notice: None,
        }
    }
}

async fn page(
    state: &AppState,
    org: Organisation,
    who: &Who,
    extras: Extras,
) -> Result<Html<String>, PageError> {
    let store = state.store();
    let page = OrganisationPage {
        members: store.members(org.id).await?,
        invitations: store.pending_invitations(org.id).await?,
        tokens: store.api_tokens(org.id).await?,
        org,
        me: who.user,
        errors: extras.errors,
        email: extras.email,
        role: extras.role,
        new_link: extras.new_link,
        notice: extras.notice,
    };
    Ok(Html(page.render()?))
}

#[derive(Deserialize, Default)]
pub(crate) struct DoneQuery {
    #[serde(default)]
    done: String,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Query(query): Query<DoneQuery>,
) -> Result<Html<String>, PageError> {
    let notice = match query.done.as_str() {
        "role" => Some("The role has been changed.".to_owned()),
        "removed" => Some("The member has been removed.".to_owned()),
        "revoked" => Some("The invitation has been withdrawn.".to_owned()),
        "token-revoked" => Some("The API token has been revoked.".to_owned()),
        _ => None,
    };
    page(
        &state,
        org,
        &who,
        Extras {
            notice,
            ..Extras::default()
        },
    )
    .await
}

#[derive(Deserialize)]
pub(crate) struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

pub(crate) async fn invite(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Form(form): Form<InviteForm>,
) -> Result<Html<String>, PageError> {
    let mut errors = Vec::new();
    let role = Role::parse(&form.role);
    if role.is_err() {
        errors.push(FieldError::new("role", "Choose a role"));
    }
    let token = random_token(32);
    let created = match role {
        Ok(role) => {
            let result = state
                .store()
                .create_invitation(
                    org.id,
                    &form.email,
                    role,
                    &hash_token(&token),
                    unix_now() + INVITATION_SECONDS,
                    &who.actor,
                )
                .await;
            match result {
                Ok(inv) => Some(inv),
                Err(StoreError::Invalid { message, .. }) => {
                    errors.push(FieldError::new("email", capitalise(&message)));
                    None
                }
                Err(StoreError::Conflict { what }) => {
                    errors.push(FieldError::new(
                        "email",
                        format!("There is already {what} in {}", org.name),
                    ));
                    None
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(_) => None,
    };
    let Some(invitation) = created else {
        let extras = Extras {
            errors,
            email: form.email,
            role: form.role,
            ..Extras::default()
        };
        return page(&state, org, &who, extras).await;
    };
    let link = state.app().link(&format!("/invitations/{token}"));
    state
        .store()
        .queue_message(
            &invitation.email,
            &format!("You are invited to join {} on Tessera", org.name),
            &format!(
                "Hello,\n\n{} has invited you to join {} on Tessera as {}. Open this link within 14 days to accept:\n\n{link}\n\nIf you were not expecting this, ignore this message.\n",
                who.actor,
                org.name,
                invitation.role.as_str()
            ),
        )
        .await?;
    page(
        &state,
        org,
        &who,
        Extras {
            new_link: Some((invitation.email, link)),
            ..Extras::default()
        },
    )
    .await
}

fn capitalise(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn parse_id(text: &str) -> Result<i64, PageError> {
    text.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| PageError::not_found("There is no such member, invitation or token."))
}

pub(crate) async fn revoke_invitation(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = InvitationId(parse_id(&id)?);
    if !state
        .store()
        .revoke_invitation(org.id, id, &who.actor)
        .await?
    {
        return Err(PageError::not_found("There is no such pending invitation."));
    }
    Ok(Redirect::to("/organisation?done=revoked").into_response())
}

#[derive(Deserialize)]
pub(crate) struct RoleForm {
    #[serde(default)]
    role: String,
}

/// The member `id` of `org`, or 404.
async fn find_member(state: &AppState, org: &Organisation, id: &str) -> Result<Member, PageError> {
    let id = UserId(parse_id(id)?);
    state
        .store()
        .members(org.id)
        .await?
        .into_iter()
        .find(|m| m.user.id == id)
        .ok_or_else(|| PageError::not_found("There is no such member in your organisation."))
}

pub(crate) async fn change_role(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
    Form(form): Form<RoleForm>,
) -> Result<Response, PageError> {
    let member = find_member(&state, &org, &id).await?;
    let role = Role::parse(&form.role).map_err(|e| PageError::bad_request(e.to_string()))?;
    match state
        .store()
        .set_membership(org.id, member.user.id, role, &who.actor)
        .await
    {
        Ok(()) => Ok(Redirect::to("/organisation?done=role").into_response()),
        Err(StoreError::Invalid { message, .. }) => {
            Err(PageError::bad_request(capitalise(&message)))
        }
        Err(e) => Err(e.into()),
    }
}

pub(crate) async fn remove_member(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let member = find_member(&state, &org, &id).await?;
    match state
        .store()
        .remove_membership(org.id, member.user.id, &who.actor)
        .await
    {
        Ok(_) => Ok(Redirect::to("/organisation?done=removed").into_response()),
        Err(StoreError::Invalid { message, .. }) => {
            Err(PageError::bad_request(capitalise(&message)))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "account/organisations.html")]
struct OrganisationsPage {
    memberships: Vec<Membership>,
    current: Option<i64>,
    is_admin: bool,
    errors: Vec<FieldError>,
    slug: String,
    name: String,
}

impl OrganisationsPage {
    fn is_current(&self, id: &i64) -> bool {
        self.current == Some(*id)
    }
}

pub(crate) async fn list(SignedIn(p): SignedIn) -> Result<Html<String>, PageError> {
    let page = OrganisationsPage {
        memberships: p.memberships.clone(),
        current: p.org.as_ref().map(|(o, _)| o.id.0),
        is_admin: p.user.as_ref().is_some_and(|u| u.is_admin),
        errors: Vec::new(),
        slug: String::new(),
        name: String::new(),
    };
    Ok(Html(page.render()?))
}

#[derive(Deserialize)]
pub(crate) struct SwitchForm {
    #[serde(default)]
    org: String,
}

pub(crate) async fn switch(
    State(state): State<AppState>,
    SignedIn(p): SignedIn,
    Form(form): Form<SwitchForm>,
) -> Result<Response, PageError> {
    let target = p
        .memberships
        .iter()
        .find(|m| m.org.slug == form.org)
        .ok_or_else(|| PageError::not_found("You are not a member of that organisation."))?;
    let Some(session) = &p.session else {
        return Err(PageError::forbidden(
            "Only a signed-in session can switch organisation.",
        ));
    };
    state
        .store()
        .switch_session_org(session, target.org.id)
        .await?;
    record(
        &state,
        Some(target.org.id),
        &p.actor,
        "switch-organisation",
        format!("organisation:{}", target.org.slug),
        serde_json::json!({ "before": p.org.as_ref().map(|(o, _)| o.slug.clone()) }),
    )
    .await?;
    Ok(Redirect::to("/").into_response())
}

#[derive(Deserialize)]
pub(crate) struct CreateForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    name: String,
}

pub(crate) async fn create(
    State(state): State<AppState>,
    SignedIn(p): SignedIn,
    Form(form): Form<CreateForm>,
) -> Result<Response, PageError> {
    let Some(user) = p.user.clone().filter(|u| u.is_admin) else {
        return Err(PageError::forbidden(
            "Only administrators of this Tessera can create organisations. Ask whoever runs it.",
        ));
    };
    let again = |errors: Vec<FieldError>| -> Result<Response, PageError> {
        let page = OrganisationsPage {
            memberships: p.memberships.clone(),
            current: p.org.as_ref().map(|(o, _)| o.id.0),
            is_admin: true,
            errors,
            slug: form.slug.clone(),
            name: form.name.clone(),
        };
        Ok(Html(page.render()?).into_response())
    };
    let new = match NewOrganisation::parse(&form.slug, &form.name) {
        Ok(new) => new,
        Err(StoreError::Invalid { field, message }) => {
            let field = if field == "slug" { "slug" } else { "name" };
            return again(vec![FieldError::new(field, capitalise(&message))]);
        }
        Err(e) => return Err(e.into()),
    };
    let store = state.store();
    let org = match store.create_organisation(new, &p.actor).await {
        Ok(org) => org,
        Err(StoreError::Conflict { what }) => {
            return again(vec![FieldError::new(
                "slug",
                format!("There is already an {what}: choose another short name"),
            )]);
        }
        Err(e) => return Err(e.into()),
    };
    store
        .set_membership(org.id, user.id, Role::Owner, &p.actor)
        .await?;
    if let Some(session) = &p.session {
        store.switch_session_org(session, org.id).await?;
    }
    Ok(Redirect::to("/organisation").into_response())
}
