//! The organisation page for owners (members, roles, invitations, API tokens), and the list
//! of one's organisations with switching and creating one.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_store::credentials::{hash_token, random_token};
use tessera_store::prelude::*;
use tessera_store::{
    ApiToken, Invitation, InvitationId, Member, Membership, NewOrganisation, Organisation, Role,
    StoreError, UserId,
};

use super::confirm::ConfirmPage;
use super::{FieldError, parse_id, record, role_name};
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
            Some(id) => self.members.iter().find(|m| m.user.id == *id).map_or_else(
                || tessera_l10n::ta("account-org-former-member", &[("id", id.0.into())]),
                |m| m.user.email.clone(),
            ),
            None => "—".to_owned(),
        }
    }

    fn expires(&self, invitation: &Invitation) -> String {
        time::OffsetDateTime::from_unix_timestamp(invitation.expires_at)
            .map(|t| tessera_l10n::date(t.date()))
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
        "role" => Some("account-org-done-role"),
        "removed" => Some("account-org-done-removed"),
        "revoked" => Some("account-org-done-invitation"),
        "token-revoked" => Some("account-org-done-token"),
        "created" => Some("account-org-done-created"),
        _ => None,
    }
    .map(tessera_l10n::t);
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
        errors.push(FieldError::new(
            "role",
            tessera_l10n::t("account-org-choose-role"),
        ));
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
                Err(StoreError::Invalid { .. }) => {
                    errors.push(FieldError::new(
                        "email",
                        tessera_l10n::t("account-email-invalid"),
                    ));
                    None
                }
                Err(StoreError::Conflict { .. }) => {
                    errors.push(FieldError::new(
                        "email",
                        tessera_l10n::ta(
                            "account-org-already-member",
                            &[("org", org.name.as_str().into())],
                        ),
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
    // In the language of the person inviting: the invitation's own page then speaks the
    // invited person's language, with the switch link on it.
    let inviter = who_name(&state, &org, &who).await?;
    state
        .store()
        .queue_message(
            &invitation.email,
            &tessera_l10n::ta(
                "account-invitation-mail-subject",
                &[("org", org.name.as_str().into())],
            ),
            &tessera_l10n::ta(
                "account-invitation-mail-body",
                &[
                    ("inviter", inviter.into()),
                    ("org", org.name.as_str().into()),
                    ("role", role_name(invitation.role).into()),
                    ("days", (INVITATION_SECONDS / 86_400).into()),
                    ("link", link.as_str().into()),
                ],
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

/// How the person inviting is named to the invited: their name and address, or the actor as
/// recorded (a token).
async fn who_name(state: &AppState, org: &Organisation, who: &Who) -> Result<String, PageError> {
    if let Some(id) = who.user
        && let Some(m) = state
            .store()
            .members(org.id)
            .await?
            .into_iter()
            .find(|m| m.user.id == id)
    {
        return Ok(format!("{} ({})", m.user.name, m.user.email));
    }
    Ok(who.actor.clone())
}

/// `GET /organisation/invitations/{id}/revoke`: asks first.
pub(crate) async fn revoke_invitation_confirm(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let id = InvitationId(parse_id(&id, "account-no-such-invitation")?);
    let invitation = state
        .store()
        .pending_invitations(org.id)
        .await?
        .into_iter()
        .find(|i| i.id == id)
        .ok_or_else(|| PageError::not_found(tessera_l10n::t("account-no-such-invitation")))?;
    ConfirmPage {
        heading: tessera_l10n::ta(
            "account-confirm-invitation-heading",
            &[("email", invitation.email.as_str().into())],
        ),
        lines: vec![tessera_l10n::ta(
            "account-confirm-invitation-body",
            &[("org", org.name.as_str().into())],
        )],
        warning: tessera_l10n::t("account-confirm-invitation-warning"),
        action: format!("/organisation/invitations/{id}/revoke"),
        button: tessera_l10n::t("account-org-withdraw-invitation"),
        back: "/organisation".to_owned(),
        fields: Vec::new(),
    }
    .respond()
}

pub(crate) async fn revoke_invitation(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = InvitationId(parse_id(&id, "account-no-such-invitation")?);
    if !state
        .store()
        .revoke_invitation(org.id, id, &who.actor)
        .await?
    {
        return Err(PageError::not_found(tessera_l10n::t(
            "account-no-such-invitation",
        )));
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
    let id = UserId(parse_id(id, "account-no-such-member")?);
    state
        .store()
        .members(org.id)
        .await?
        .into_iter()
        .find(|m| m.user.id == id)
        .ok_or_else(|| PageError::not_found(tessera_l10n::t("account-no-such-member")))
}

/// The organisation page again with the sole-owner rule beside the members, answered 400.
async fn sole_owner(state: &AppState, org: Organisation, who: &Who) -> Result<Response, PageError> {
    let extras = Extras {
        errors: vec![FieldError::new(
            "members",
            tessera_l10n::t("account-org-sole-owner"),
        )],
        ..Extras::default()
    };
    Ok((
        StatusCode::BAD_REQUEST,
        page(state, org, who, extras).await?,
    )
        .into_response())
}

pub(crate) async fn change_role(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
    Form(form): Form<RoleForm>,
) -> Result<Response, PageError> {
    let member = find_member(&state, &org, &id).await?;
    let role = Role::parse(&form.role)
        .map_err(|_| PageError::bad_request(tessera_l10n::t("account-org-choose-role")))?;
    match state
        .store()
        .set_membership(org.id, member.user.id, role, &who.actor)
        .await
    {
        Ok(()) => Ok(Redirect::to("/organisation?done=role").into_response()),
        // The only refusal for a member found above: the last owner would go.
        Err(StoreError::Invalid { .. }) => sole_owner(&state, org, &who).await,
        Err(e) => Err(e.into()),
    }
}

/// `GET /organisation/members/{id}/remove`: asks first (or says at once that the last owner
/// cannot go).
pub(crate) async fn remove_member_confirm(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let member = find_member(&state, &org, &id).await?;
    let members = state.store().members(org.id).await?;
    let owners = members.iter().filter(|m| m.role == Role::Owner).count();
    if member.role == Role::Owner && owners <= 1 {
        return sole_owner(&state, org, &who).await;
    }
    let mut lines = vec![tessera_l10n::ta(
        "account-confirm-member-body",
        &[
            ("name", member.user.name.as_str().into()),
            ("org", org.name.as_str().into()),
        ],
    )];
    if who.user == Some(member.user.id) {
        lines.push(tessera_l10n::t("account-confirm-member-yourself"));
    }
    Ok(ConfirmPage {
        heading: tessera_l10n::ta(
            "account-confirm-member-heading",
            &[
                ("name", member.user.name.as_str().into()),
                ("org", org.name.as_str().into()),
            ],
        ),
        lines,
        warning: tessera_l10n::t("account-confirm-member-warning"),
        action: format!("/organisation/members/{}/remove", member.user.id),
        button: tessera_l10n::t("account-org-remove-member"),
        back: "/organisation".to_owned(),
        fields: Vec::new(),
    }
    .respond()?
    .into_response())
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
        Err(StoreError::Invalid { .. }) => sole_owner(&state, org, &who).await,
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "account/organisations.html")]
struct OrganisationsPage {
    memberships: Vec<Membership>,
    current: Option<i64>,
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
        .ok_or_else(|| PageError::not_found(tessera_l10n::t("account-orgs-not-member")))?;
    let Some(session) = &p.session else {
        return Err(PageError::forbidden(tessera_l10n::t(
            "account-orgs-switch-session",
        )));
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

/// `POST /organisations`: any signed-in person may create an organisation, and becomes its
/// first owner (a council's team, a charity, a partnership each get their own).
pub(crate) async fn create(
    State(state): State<AppState>,
    SignedIn(p): SignedIn,
    Form(form): Form<CreateForm>,
) -> Result<Response, PageError> {
    let Some(user) = p.user.clone() else {
        return Err(PageError::forbidden(tessera_l10n::t(
            "account-orgs-create-person",
        )));
    };
    let again = |errors: Vec<FieldError>| -> Result<Response, PageError> {
        let page = OrganisationsPage {
            memberships: p.memberships.clone(),
            current: p.org.as_ref().map(|(o, _)| o.id.0),
            errors,
            slug: form.slug.clone(),
            name: form.name.clone(),
        };
        Ok(Html(page.render()?).into_response())
    };
    let mut errors = Vec::new();
    if form.name.trim().is_empty() {
        errors.push(FieldError::new(
            "name",
            tessera_l10n::t("account-orgs-name-missing"),
        ));
    }
    let new = match NewOrganisation::parse(&form.slug, &form.name) {
        Ok(new) => Some(new),
        Err(StoreError::Invalid { field: "slug", .. }) => {
            errors.push(FieldError::new(
                "slug",
                tessera_l10n::t("account-orgs-slug-invalid"),
            ));
            None
        }
        Err(StoreError::Invalid { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    let (Some(new), true) = (new, errors.is_empty()) else {
        return again(errors);
    };
    let store = state.store();
    let org = match store.create_organisation(new, &p.actor).await {
        Ok(org) => org,
        Err(StoreError::Conflict { .. }) => {
            return again(vec![FieldError::new(
                "slug",
                tessera_l10n::t("account-orgs-slug-taken"),
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
    Ok(Redirect::to("/organisation?done=created").into_response())
}
