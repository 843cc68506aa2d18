//! Accounts: signing in and out, password resets, invitations, the organisation's members and
//! API tokens, and switching organisation.

pub(crate) mod invitations;
pub(crate) mod organisation;
pub(crate) mod password;
pub(crate) mod sign_in;
pub(crate) mod tokens;

use tessera_store::OrgId;

use crate::AppState;
use crate::http::error::PageError;
pub(crate) use crate::ui::forms::FieldError;

/// Records an event that changes no stored object (switching organisation, a reset asked for).
pub(crate) async fn record(
    state: &AppState,
    org: Option<OrgId>,
    actor: &str,
    action: &str,
    object: String,
    detail: serde_json::Value,
) -> Result<(), PageError> {
    tessera_app::audit::record(state.store(), org, actor, action, object, detail).await?;
    Ok(())
}
