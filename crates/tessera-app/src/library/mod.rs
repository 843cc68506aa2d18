//! The library of what works (issue 17): organisations publish a plan's evaluation as an entry
//! others can search, weigh, question and copy as the start of their own plan.
//!
//! - [`content`]: the snapshot an entry keeps (figures suppressed for outsiders, stories with
//!   consent for publication, the plan to copy).
//! - [`input`]: the publishing form, checked.
//! - [`facets`]: regions and kinds of local authority area.
//! - [`strength`]: the strength-of-evidence scale (`docs/library.md`).
//! - [`filter`]: finding entries by words and facets.
//! - [`use_cases`]: publish, edit, republish, withdraw, read, copy, comment, answer, hide.
//! - [`demo`]: the demo organisation's published café plan.

pub mod content;
pub mod demo;
pub mod facets;
pub mod filter;
pub mod input;
pub mod strength;
pub mod use_cases;

use tessera_store::{LibraryCommentId, LibraryEntryId};

use crate::{AppError, AppResult};

/// The answer for an entry that does not exist or may not be seen.
pub fn not_found() -> AppError {
    AppError::NotFound(tessera_l10n::t("library-error-not-found"))
}

/// Parses an entry id from a path segment; anything else is "not found".
pub fn parse_entry_id(text: &str) -> AppResult<LibraryEntryId> {
    text.parse::<i64>()
        .ok()
        .filter(|i| *i > 0)
        .map(LibraryEntryId)
        .ok_or_else(not_found)
}

/// Parses a comment id from a path segment; anything else is "not found".
pub fn parse_comment_id(text: &str) -> AppResult<LibraryCommentId> {
    text.parse::<i64>()
        .ok()
        .filter(|i| *i > 0)
        .map(LibraryCommentId)
        .ok_or_else(not_found)
}

#[cfg(test)]
mod tests;
