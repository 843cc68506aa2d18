//! Results as people read them: the application layer's lines (already suppressed and rounded)
//! with their figures written out, the gap read in plain words, and the trend of the gap.

use tessera_app::results::{self, Cell, Gap, Line, Trend};
use tessera_l10n::{Arg, t, ta};
use tessera_stats::Status;
use tessera_stats::mapping::MappedMeasure;

pub use tessera_app::results::COUNT_ROUNDING;

/// One side's estimate in one cell, ready to show.
#[derive(Debug, Clone)]
pub struct CellView {
    pub estimate: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    /// Valid responses, rounded; absent when suppressed.
    pub n_rounded: Option<u64>,
    pub status: Status,
    pub text: String,
    pub interval_text: String,
}

/// The gap newcomers − receiving community in one cell, ready to show.
#[derive(Debug, Clone)]
pub struct GapView {
    pub difference: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub ratio: Option<f64>,
    pub status: Status,
    /// Whether the interval excludes zero, also as shown ([`results::likely_real`]).
    pub likely_real: Option<bool>,
    /// Whether a side's share is 0% or 100% (no verdict).
    pub side_at_bound: bool,
    pub text: String,
    pub interval_text: String,
    /// The verdict in a few words.
    pub verdict: String,
}

/// One line of a results table, ready to show.
#[derive(Debug, Clone)]
pub struct LineView {
    /// The breakdown values, e.g. [("wave", "2024"), ("area", "Abbey")].
    pub cell: Vec<(String, String)>,
    pub label: String,
    pub newcomers: CellView,
    pub receiving_community: CellView,
    /// Rows on neither side: shown, never compared.
    pub other: Option<CellView>,
    pub gap: GapView,
    pub reading: String,
}

/// Whether the gap is closing between the first and last wave, ready to show.
#[derive(Debug, Clone)]
pub struct TrendView {
    pub earlier: String,
    pub later: String,
    pub gap_earlier: Option<f64>,
    pub gap_later: Option<f64>,
    pub change: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub closing: Option<bool>,
    pub significant: Option<bool>,
    pub status: Status,
    pub reading: String,
}

/// Formats figures of one measure.
#[derive(Debug, Clone, Copy)]
pub struct Format {
    pub proportion: bool,
}

impl Format {
    pub fn of(measure: &MappedMeasure) -> Self {
        Self {
            proportion: results::is_proportion(measure),
        }
    }

    pub fn value(self, x: Option<f64>) -> String {
        match x {
            None => String::new(),
            Some(v) if self.proportion => tessera_l10n::percent(v, 0),
            Some(v) if v.abs() >= 1000.0 => tessera_l10n::number(v, 0),
            Some(v) => tessera_l10n::number(v, 1),
        }
    }

    /// A difference: percentage points for proportions ("+3 points", "1 point").
    pub fn difference(self, x: Option<f64>) -> String {
        match x {
            None => String::new(),
            Some(v) if self.proportion => points("results-points", v),
            Some(v) => signed(v, results::gap_decimals(false)),
        }
    }

    /// The size of a difference without its sign, for sentences: "18 percentage points".
    pub fn size(self, x: f64) -> String {
        if self.proportion {
            points("results-percentage-points", x.abs())
        } else {
            tessera_l10n::number(x.abs(), results::gap_decimals(false))
        }
    }

    pub fn interval(self, low: Option<f64>, high: Option<f64>, diff: bool) -> String {
        let (l, h) = match (low, high) {
            (Some(l), Some(h)) if diff && self.proportion => {
                (signed(l * 100.0, 0), signed(h * 100.0, 0))
            }
            (Some(l), Some(h)) if diff => (signed(l, 1), signed(h, 1)),
            (Some(l), Some(h)) => (self.value(Some(l)), self.value(Some(h))),
            _ => return String::new(),
        };
        ta("results-interval", &[("low", l.into()), ("high", h.into())])
    }
}

/// A share's difference in (percentage) points with the right plural: `key` is
/// `results-points` or `results-percentage-points`.
fn points(key: &str, share: f64) -> String {
    let shown = signed(share * 100.0, 0);
    let count = format!("{:.0}", (share * 100.0).abs())
        .parse::<f64>()
        .unwrap_or(0.0);
    let shown = if key == "results-percentage-points" {
        tessera_l10n::number(share.abs() * 100.0, 0)
    } else {
        shown
    };
    ta(
        key,
        &[("shown", shown.into()), ("count", Arg::Number(count))],
    )
}

/// A number with its sign (a true minus sign), rounded; a value that rounds to zero has none.
pub fn signed(v: f64, decimals: usize) -> String {
    tessera_l10n::signed(v, decimals)
}

impl CellView {
    pub fn new(c: &Cell, f: Format) -> Self {
        Self {
            estimate: c.estimate,
            ci_low: c.ci_low,
            ci_high: c.ci_high,
            n_rounded: c.n_rounded,
            status: c.status,
            text: f.value(c.estimate),
            interval_text: f.interval(c.ci_low, c.ci_high, false),
        }
    }
}

impl GapView {
    pub fn new(g: &Gap, f: Format) -> Self {
        Self {
            difference: g.difference,
            ci_low: g.ci_low,
            ci_high: g.ci_high,
            ratio: g.ratio,
            status: g.status,
            likely_real: g.likely_real,
            side_at_bound: g.side_at_bound,
            text: f.difference(g.difference),
            interval_text: f.interval(g.ci_low, g.ci_high, true),
            verdict: t(results::verdict_key(g)),
        }
    }
}

impl LineView {
    pub fn new(line: &Line, f: Format) -> Self {
        let gap = GapView::new(&line.gap, f);
        Self {
            cell: line.cell.clone(),
            label: line.label.clone(),
            newcomers: CellView::new(&line.newcomers, f),
            receiving_community: CellView::new(&line.receiving_community, f),
            other: line.other.as_ref().map(|c| CellView::new(c, f)),
            reading: reading(&gap, f),
            gap,
        }
    }

    /// Every line of `lines`, ready to show.
    pub fn all(lines: &[Line], f: Format) -> Vec<Self> {
        lines.iter().map(|l| Self::new(l, f)).collect()
    }
}

impl TrendView {
    pub fn new(trend: &Trend, f: Format) -> Self {
        let mut v = Self {
            earlier: trend.earlier.clone(),
            later: trend.later.clone(),
            gap_earlier: trend.gap_earlier,
            gap_later: trend.gap_later,
            change: trend.change,
            ci_low: trend.ci_low,
            ci_high: trend.ci_high,
            closing: trend.closing,
            // The same rule as for gaps: the change's interval, as shown, must exclude zero.
            significant: trend.significant.and(results::likely_real(
                trend.ci_low,
                trend.ci_high,
                f.proportion,
                false,
            )),
            status: trend.status,
            reading: String::new(),
        };
        v.reading = trend_reading(&v, f);
        v
    }
}

/// Says what a gap means, in words anyone can read. "Likely real" only where
/// [`results::likely_real`] says so; otherwise plainly why not.
pub fn reading(gap: &GapView, f: Format) -> String {
    let Some(d) = gap.difference else {
        return t("results-reading-too-few");
    };
    let size: Arg = f.size(d).into();
    let text = match gap.likely_real {
        Some(true) if d < 0.0 => ta("results-reading-lower-real", &[("size", size)]),
        Some(true) => ta("results-reading-higher-real", &[("size", size)]),
        Some(false) => ta(
            "results-reading-chance",
            &[
                ("size", size),
                ("interval", gap.interval_text.clone().into()),
            ],
        ),
        None if gap.side_at_bound => ta("results-reading-at-bound", &[("size", size)]),
        None => ta("results-reading-unmeasured", &[("size", size)]),
    };
    if gap.status == Status::Unreliable {
        format!("{text} {}", t("results-reading-caution"))
    } else {
        text
    }
}

fn trend_reading(trend: &TrendView, f: Format) -> String {
    let (Some(a), Some(b)) = (trend.gap_earlier, trend.gap_later) else {
        return t("results-trend-too-few");
    };
    let args = [
        ("earlier-gap", f.difference(Some(a)).into()),
        ("later-gap", f.difference(Some(b)).into()),
        ("earlier", trend.earlier.clone().into()),
        ("later", trend.later.clone().into()),
    ];
    let key = match (trend.significant, trend.closing) {
        (Some(true), Some(true)) => "results-trend-narrowed-real",
        (Some(true), _) => "results-trend-widened-real",
        _ => "results-trend-chance",
    };
    ta(key, &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_use_a_minus_sign_and_never_show_minus_zero() {
        assert_eq!(signed(-0.4, 0), "0");
        assert_eq!(signed(-18.2, 0), "\u{2212}18");
        assert_eq!(signed(3.25, 1), "+3.2");
        let f = Format { proportion: true };
        assert_eq!(f.difference(Some(-0.004)), "0 points");
        assert_eq!(f.difference(Some(0.01)), "+1 point");
        assert_eq!(
            f.interval(Some(-0.08), Some(-0.001), true),
            "\u{2212}8 to 0"
        );
    }

    fn gap(low: f64, high: f64) -> GapView {
        let g = Gap {
            difference: Some((low + high) / 2.0),
            ci_low: Some(low),
            ci_high: Some(high),
            ratio: None,
            status: Status::Ok,
            likely_real: results::likely_real(Some(low), Some(high), true, false),
            side_at_bound: false,
        };
        GapView::new(&g, Format { proportion: true })
    }

    #[test]
    fn a_gap_whose_shown_interval_reaches_zero_is_not_called_real() {
        // Issue 12: GP registration "−4 points, −8 to 0" was called likely real.
        let f = Format { proportion: true };
        let touching = gap(-0.08, -0.003);
        assert_eq!(touching.interval_text, "\u{2212}8 to 0");
        let words = reading(&touching, f);
        assert!(!words.contains("likely real"), "{words}");
        assert!(words.contains("could be down to chance"), "{words}");
        assert!(reading(&gap(-0.08, -0.006), f).contains("likely real"));
    }

    #[test]
    fn readings_are_in_welsh_in_a_welsh_request() {
        let f = Format { proportion: true };
        let words =
            tessera_l10n::sync_scope(tessera_l10n::Lang::Cy, || reading(&gap(-0.2, -0.1), f));
        assert!(words.contains("pwynt"), "{words}");
        assert!(!words.contains("likely real"), "{words}");
    }
}
