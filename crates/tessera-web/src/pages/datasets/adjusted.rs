//! The measure page's section on regression-adjusted gaps: the gap after accounting for age
//! and sex beside the raw one (issue 16). The figures come from
//! [`tessera_app::App::adjusted_gaps`]; this module only writes them out.

use tessera_app::adjusted::AdjustedGaps;
use tessera_l10n::{t, ta};

use crate::ui::results::{Format, GapView, reading};

/// One line: which responses, the raw and the adjusted gap, and what the adjusted one means.
pub(crate) struct AdjustedLineView {
    pub label: String,
    pub raw: GapView,
    pub adjusted: GapView,
    /// What the adjusted gap means, or why it could not be estimated.
    pub reading: String,
    /// The model could not be fitted (the reading says why).
    pub not_estimable: bool,
}

/// The section, ready to show.
pub(crate) struct AdjustedView {
    pub heading: String,
    pub intro: String,
    pub caption: String,
    pub adjusted_column: String,
    pub lines: Vec<AdjustedLineView>,
}

/// "age_band", "age_band and gender", "a, b and c".
fn list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => ta(
            "adjusted-and",
            &[
                ("first", init.join(", ").into()),
                ("second", last.as_str().into()),
            ],
        ),
    }
}

impl AdjustedView {
    pub(crate) fn new(a: &AdjustedGaps, f: Format) -> Self {
        let covariates = list(&a.covariates);
        let arg = || [("covariates", covariates.as_str().into())];
        Self {
            heading: ta("adjusted-heading", &arg()),
            intro: ta("adjusted-intro", &arg()),
            caption: ta("adjusted-caption", &arg()),
            adjusted_column: ta("adjusted-adjusted-gap", &arg()),
            lines: a
                .lines
                .iter()
                .map(|l| {
                    let adjusted = GapView::new(&l.adjusted, f);
                    AdjustedLineView {
                        label: l.wave.as_ref().map_or_else(
                            || t("results-all-responses"),
                            |w| ta("results-in-wave", &[("wave", w.as_str().into())]),
                        ),
                        raw: GapView::new(&l.raw, f),
                        not_estimable: l.not_estimable.is_some(),
                        reading: if l.not_estimable.is_some() {
                            ta("adjusted-not-estimable", &arg())
                        } else {
                            reading(&adjusted, f)
                        },
                        adjusted,
                    }
                })
                .collect(),
        }
    }
}
