//! The page that asks before something is removed or withdrawn (a member, an invitation, an API
//! token, a share): a GET shows what will happen, and only its form's POST does it.

use askama::Template;
use axum::response::Html;

use crate::http::error::PageError;

/// A confirmation page.
#[derive(Template)]
#[template(path = "account/confirm.html")]
pub(crate) struct ConfirmPage {
    /// The question, as the page's heading: "Remove Ana Lima from Demo Town Council?".
    pub heading: String,
    /// What the person should know first.
    pub lines: Vec<String>,
    /// What cannot be undone.
    pub warning: String,
    /// Where the form posts.
    pub action: String,
    /// The button's words.
    pub button: String,
    /// Where "Cancel" goes.
    pub back: String,
    /// Hidden fields the POST needs, as (name, value).
    pub fields: Vec<(String, String)>,
}

impl ConfirmPage {
    /// The page as HTML.
    pub(crate) fn respond(self) -> Result<Html<String>, PageError> {
        Ok(Html(self.render()?))
    }
}
