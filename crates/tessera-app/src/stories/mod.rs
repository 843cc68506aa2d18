//! Stories (issue 17): testimonies, case studies, observations, photos and audio with their
//! transcripts, and notes from focus groups, valued beside the figures — each resting on consent
//! and tagged to what it speaks to.
//!
//! - [`personal`]: the check that warns of names, telephone numbers, e-mail and postal
//!   addresses in a story's text.
//! - [`consent`]: what a story's consent allows now (use in reports, publication, sharing,
//!   naming), narrowed by the participant's consent record it rests on.
//! - [`input`]: a story as a form or the API sends it, checked into a record; its file.
//! - [`filter`]: search and filter by tag, theme, side and date.
//! - [`coding`]: the coding view's counts of themes by side.
//! - [`records`]: the use cases (record, change, delete, tag many, list).
//!
//! Roles: viewers read, editors record and change, owners delete. Every message a person reads
//! comes from the `stories` message files of `tessera-l10n`.

pub mod coding;
pub mod consent;
pub mod demo;
pub mod filter;
pub mod input;
pub mod personal;
pub mod records;
#[cfg(test)]
mod use_cases;

use tessera_l10n::t;
use tessera_store::StoryId;

use crate::AppError;

/// The answer for a story id that is not one of the organisation's stories.
pub fn not_found() -> AppError {
    AppError::NotFound(t("stories-error-not-found"))
}

/// A story id from a path or a form; anything else is "not found".
pub fn parse_id(text: &str) -> Result<StoryId, AppError> {
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .map(StoryId)
        .ok_or_else(not_found)
}

/// A kind of story in the request's language.
pub fn kind_label(code: &str) -> String {
    t(&format!("stories-kind-{code}"))
}

/// A kind of tag in the request's language.
pub fn tag_kind_label(code: &str) -> String {
    t(&format!("stories-tag-{code}"))
}
