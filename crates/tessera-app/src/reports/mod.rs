//! Reports (issue 17): a plan's results for a period, assembled for a funder or a committee —
//! the sections the organisation chooses, in its order, each with its own narrative, and the
//! stories whose consent covers publication — as one [`document::ReportDocument`] that the web
//! page, the Word file ([`docx`]) and the PDF ([`pdf`]) all write out, so every format says
//! the same and suppresses the same.
//!
//! - [`input`]: the report form, checked (a story without consent for publication is refused).
//! - [`document`]: the neutral document: headings, paragraphs, lists, tables, quotations.
//! - [`build`]: the document from the plan, its progress, outputs, change and stories.
//! - [`docx`], [`pdf`]: the two files.
//! - [`records`]: the use cases (make, change, finalise, delete, list).
//!
//! Roles: viewers read and download, editors make and change drafts, owners mark a report
//! final (what goes out to a funder) and delete.

pub mod build;
pub mod document;
pub mod docx;
pub mod input;
pub mod pdf;
pub mod records;

use tessera_l10n::t;
use tessera_store::ReportId;

use crate::AppError;

/// The sections a report can have, in their usual order.
pub const SECTIONS: [&str; 7] = [
    "summary",
    "theory_of_change",
    "outputs",
    "progress",
    "change",
    "stories",
    "methods",
];

/// A section's heading in the request's language.
pub fn section_heading(kind: &str) -> String {
    t(&format!("reports-section-{kind}"))
}

/// A file name for a report: its title in lower-case letters, digits and dashes, then the
/// extension (`report` when nothing is left).
pub fn file_name(title: &str, extension: &str) -> String {
    let mut name: String = title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    while name.contains("--") {
        name = name.replace("--", "-");
    }
    let name = name.trim_matches('-');
    format!(
        "{}.{extension}",
        if name.is_empty() { "report" } else { name }
    )
}

/// The answer for a report id that is not one of the organisation's reports.
pub fn not_found() -> AppError {
    AppError::NotFound(t("reports-error-not-found"))
}

/// A report id from a path; anything else is "not found".
pub fn parse_id(text: &str) -> Result<ReportId, AppError> {
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .map(ReportId)
        .ok_or_else(not_found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_letters_and_digits_only() {
        assert_eq!(
            file_name("Year 1: café / report", "pdf"),
            "year-1-caf-report.pdf"
        );
        assert_eq!(file_name("ŵ", "docx"), "report.docx");
    }
}
