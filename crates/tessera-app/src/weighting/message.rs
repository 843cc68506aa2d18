//! Why a weighting could not be made, in the reader's language: each
//! [`WeightingError`] of `tessera-stats` (whose own texts are English, for programmers and the
//! library's tests) as a message of `weighting.ftl`.

use tessera_l10n::{Arg, number, t, ta};
use tessera_stats::ReportError;
use tessera_stats::weighting::WeightingError;

fn rows(rows: &[usize], count: usize) -> Arg {
    let mut listed: Vec<String> = rows.iter().map(ToString::to_string).collect();
    if count > rows.len() {
        listed.push("…".to_owned());
    }
    listed.join(", ").into()
}

/// The message for a weighting that could not be applied. Nothing was changed.
pub fn describe(error: &WeightingError) -> String {
    match error {
        WeightingError::MarginsFile {
            file,
            line,
            message,
        } => ta(
            "weighting-error-margins-file",
            &[
                ("file", file.into()),
                ("line", (*line).into()),
                ("detail", message.into()),
            ],
        ),
        WeightingError::UnknownVariable { margin, variable } => ta(
            "weighting-error-unknown-variable",
            &[("margin", margin.into()), ("variable", variable.into())],
        ),
        WeightingError::BlankValues {
            margin,
            rows: listed,
            count,
        } => ta(
            "weighting-error-blank-values",
            &[
                ("margin", margin.into()),
                ("count", (*count).into()),
                ("rows", rows(listed, *count)),
            ],
        ),
        WeightingError::NotNumeric {
            margin,
            variable,
            row,
        } => ta(
            "weighting-error-not-numeric",
            &[
                ("margin", margin.into()),
                ("variable", variable.into()),
                ("row", (*row).into()),
            ],
        ),
        WeightingError::MissingCategory {
            margin,
            value,
            rows: listed,
            count,
        } => ta(
            "weighting-error-missing-category",
            &[
                ("margin", margin.into()),
                ("value", value.into()),
                ("count", (*count).into()),
                ("rows", rows(listed, *count)),
            ],
        ),
        WeightingError::EmptyCategory {
            margin,
            value,
            target,
        } => ta(
            "weighting-error-empty-category",
            &[
                ("margin", margin.into()),
                ("value", value.into()),
                ("target", number(*target, 0).into()),
            ],
        ),
        WeightingError::ZeroTarget { margin, value } => ta(
            "weighting-error-zero-target",
            &[("margin", margin.into()), ("value", value.into())],
        ),
        WeightingError::InconsistentTotals {
            first,
            first_total,
            other,
            other_total,
        } => ta(
            "weighting-error-inconsistent-totals",
            &[
                ("first", first.into()),
                ("first_total", number(*first_total, 0).into()),
                ("other", other.into()),
                ("other_total", number(*other_total, 0).into()),
            ],
        ),
        WeightingError::NotConverged {
            iterations,
            achieved,
            ..
        } => ta(
            "weighting-error-not-converged",
            &[
                ("iterations", (*iterations).into()),
                ("achieved", format!("{achieved:.1e}").into()),
            ],
        ),
        WeightingError::NonPositiveWeights { count, first_row } => ta(
            "weighting-error-non-positive",
            &[("count", (*count).into()), ("row", (*first_row).into())],
        ),
        // The remaining cases are rare settings mistakes (options out of range, margins that do
        // not suit the method, a design the weights break); the library's words say exactly
        // which, so they are given after a sentence in the reader's language.
        WeightingError::Unsuitable(detail) | WeightingError::InvalidOption(detail) => {
            ta("weighting-error-other", &[("detail", detail.into())])
        }
        WeightingError::Design(e) => {
            ta("weighting-error-other", &[("detail", e.to_string().into())])
        }
    }
}

/// The message for a report that could not be computed under a weighting.
pub fn describe_report(error: &ReportError) -> String {
    match error {
        ReportError::Weighting { error, .. } => describe(error),
        other => ta(
            "weighting-error-estimates",
            &[("detail", other.to_string().into())],
        ),
    }
}

/// "The dataset's own weights", for figures under no weighting.
pub fn own_weights() -> String {
    t("weighting-own-weights")
}
