//! Results as people read them: the application layer's lines (already suppressed and rounded)
//! with their figures written out, the gap read in plain words, and the trend of the gap.

use tessera_app::results::{self, Cell, Gap, Line, Trend};
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
    /// Whether the interval excludes zero.
    pub likely_real: Option<bool>,
    pub text: String,
    pub interval_text: String,
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
            Some(v) if self.proportion => format!("{:.0}%", v * 100.0),
            Some(v) if v.abs() >= 1000.0 => format!("{v:.0}"),
            Some(v) => format!("{v:.1}"),
        }
    }

    /// A difference: percentage points for proportions.
    pub fn difference(self, x: Option<f64>) -> String {
        match x {
            None => String::new(),
            Some(v) if self.proportion => format!("{} points", signed(v * 100.0, 0)),
            Some(v) => signed(v, 1),
        }
    }

    pub fn interval(self, low: Option<f64>, high: Option<f64>, diff: bool) -> String {
        match (low, high) {
            (Some(l), Some(h)) if diff && self.proportion => {
                format!("{} to {}", signed(l * 100.0, 0), signed(h * 100.0, 0))
            }
            (Some(l), Some(h)) if diff => format!("{} to {}", signed(l, 1), signed(h, 1)),
            (Some(l), Some(h)) => format!("{} to {}", self.value(Some(l)), self.value(Some(h))),
            _ => String::new(),
        }
    }
}

/// A number with its sign (a true minus sign), rounded; a value that rounds to zero has none.
pub fn signed(v: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, v.abs());
    if text.chars().all(|c| c == '0' || c == '.') {
        text
    } else if v < 0.0 {
        format!("\u{2212}{text}")
    } else {
        format!("+{text}")
    }
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
            text: f.difference(g.difference),
            interval_text: f.interval(g.ci_low, g.ci_high, true),
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
    pub fn new(t: &Trend, f: Format) -> Self {
        let mut v = Self {
            earlier: t.earlier.clone(),
            later: t.later.clone(),
            gap_earlier: t.gap_earlier,
            gap_later: t.gap_later,
            change: t.change,
            ci_low: t.ci_low,
            ci_high: t.ci_high,
            closing: t.closing,
            significant: t.significant,
            status: t.status,
            reading: String::new(),
        };
        v.reading = trend_reading(&v, f);
        v
    }
}

/// Says what a gap means, in words anyone can read.
pub fn reading(gap: &GapView, f: Format) -> String {
    let Some(d) = gap.difference else {
        return "Too few responses to say.".to_owned();
    };
    let size = if f.proportion {
        format!("{:.0} percentage points", d.abs() * 100.0)
    } else {
        format!("{:.1}", d.abs())
    };
    let caution = if gap.status == Status::Unreliable {
        " Few responses: treat with caution."
    } else {
        ""
    };
    match gap.likely_real {
        Some(true) if d < 0.0 => format!(
            "Newcomers are lower than the receiving community, by {size}; the gap is likely real.{caution}"
        ),
        Some(true) => format!(
            "Newcomers are higher than the receiving community, by {size}; the gap is likely real.{caution}"
        ),
        Some(false) => {
            format!("No clear difference: the gap of {size} could be down to chance.{caution}")
        }
        None => format!("A gap of {size}, but its uncertainty cannot be measured.{caution}"),
    }
}

fn trend_reading(t: &TrendView, f: Format) -> String {
    let (Some(a), Some(b)) = (t.gap_earlier, t.gap_later) else {
        return "Too few responses to say whether the gap is changing.".to_owned();
    };
    let (a, b) = (f.difference(Some(a)), f.difference(Some(b)));
    let direction = if t.closing == Some(true) {
        "narrowed"
    } else {
        "widened"
    };
    match t.significant {
        Some(true) => format!(
            "The gap {direction} from {a} in {} to {b} in {}; the change is likely real.",
            t.earlier, t.later
        ),
        _ => format!(
            "The gap went from {a} in {} to {b} in {}; the change could be down to chance.",
            t.earlier, t.later
        ),
    }
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
        assert_eq!(
            f.interval(Some(-0.08), Some(-0.001), true),
            "\u{2212}8 to 0"
        );
    }
}
