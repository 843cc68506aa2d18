//! Turns a computed report into what pages, exports and the API show: both groups side by
//! side, the gap with its interval, a plain-language reading, and the trend across waves.
//! Suppressed cells stay empty everywhere; counts are shown rounded so that a suppressed
//! cell's size cannot be worked out from the others.

use serde::Serialize;
use tessera_framework::Catalogue;
use tessera_stats::mapping::{
    DatasetMapping, GROUP_COLUMN, MappedMeasure, NEWCOMERS, OTHER, RECEIVING,
};
use tessera_stats::{ALL, ComparisonRow, EstimandKind, EstimateRow, GapChangeRow, Report, Status};

/// Counts are rounded to this before they leave the server.
pub(crate) const COUNT_ROUNDING: u64 = 10;

/// One group's estimate in one cell, ready to show.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct CellView {
    pub estimate: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    /// Valid responses, rounded to [`COUNT_ROUNDING`]; absent when suppressed.
    pub n_rounded: Option<u64>,
    pub status: Status,
    #[serde(skip)]
    pub text: String,
    #[serde(skip)]
    pub interval_text: String,
}

/// The gap newcomers − receiving community in one cell.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct GapView {
    pub difference: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub ratio: Option<f64>,
    pub status: Status,
    /// Whether the interval excludes zero.
    pub likely_real: Option<bool>,
    #[serde(skip)]
    pub text: String,
    #[serde(skip)]
    pub interval_text: String,
}

/// One line of a results table: a value of the breakdown (or "All"), both groups and the gap.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LineView {
    /// The breakdown values, e.g. [("wave", "2024"), ("area", "Abbey")].
    pub cell: Vec<(String, String)>,
    #[serde(skip)]
    pub label: String,
    pub newcomers: CellView,
    pub receiving_community: CellView,
    /// Rows in neither group: shown, never compared.
    pub other: Option<CellView>,
    pub gap: GapView,
    #[serde(skip)]
    pub reading: String,
}

/// Is the gap closing between the first and last wave?
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TrendView {
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
    #[serde(skip)]
    pub reading: String,
}

/// Formats figures of one measure.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Format {
    pub proportion: bool,
}

impl Format {
    pub(crate) fn of(measure: &MappedMeasure) -> Self {
        Self {
            proportion: measure.kind == EstimandKind::Proportion,
        }
    }

    pub(crate) fn value(self, x: Option<f64>) -> String {
        match x {
            None => String::new(),
            Some(v) if self.proportion => format!("{:.0}%", v * 100.0),
            Some(v) if v.abs() >= 1000.0 => format!("{v:.0}"),
            Some(v) => format!("{v:.1}"),
        }
    }

    /// A difference: percentage points for proportions.
    pub(crate) fn difference(self, x: Option<f64>) -> String {
        match x {
            None => String::new(),
            Some(v) if self.proportion => format!("{} points", signed(v * 100.0, 0)),
            Some(v) => signed(v, 1),
        }
    }

    pub(crate) fn interval(self, low: Option<f64>, high: Option<f64>, diff: bool) -> String {
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
pub(crate) fn signed(v: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, v.abs());
    if text.chars().all(|c| c == '0' || c == '.') {
        text
    } else if v < 0.0 {
        format!("\u{2212}{text}")
    } else {
        format!("+{text}")
    }
}

fn rounded(n: u64) -> u64 {
    ((n + COUNT_ROUNDING / 2) / COUNT_ROUNDING * COUNT_ROUNDING).max(COUNT_ROUNDING)
}

fn cell_view(row: Option<&EstimateRow>, f: Format) -> CellView {
    match row {
        Some(r) if r.status != Status::Suppressed => CellView {
            estimate: r.estimate,
            ci_low: r.ci_low,
            ci_high: r.ci_high,
            n_rounded: r.n.map(rounded),
            status: r.status,
            text: f.value(r.estimate),
            interval_text: f.interval(r.ci_low, r.ci_high, false),
        },
        _ => CellView {
            estimate: None,
            ci_low: None,
            ci_high: None,
            n_rounded: None,
            status: Status::Suppressed,
            text: String::new(),
            interval_text: String::new(),
        },
    }
}

fn gap_view(row: Option<&ComparisonRow>, f: Format) -> GapView {
    match row {
        Some(r) if r.status != Status::Suppressed => GapView {
            difference: r.difference,
            ci_low: r.ci_low,
            ci_high: r.ci_high,
            ratio: r.ratio,
            status: r.status,
            likely_real: match (r.ci_low, r.ci_high) {
                (Some(l), Some(h)) => Some(l > 0.0 || h < 0.0),
                _ => None,
            },
            text: f.difference(r.difference),
            interval_text: f.interval(r.ci_low, r.ci_high, true),
        },
        _ => GapView {
            difference: None,
            ci_low: None,
            ci_high: None,
            ratio: None,
            status: Status::Suppressed,
            likely_real: None,
            text: String::new(),
            interval_text: String::new(),
        },
    }
}

/// Says what a gap means, in words anyone can read.
pub(crate) fn reading(gap: &GapView, f: Format) -> String {
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

fn matches(row_by: &[(String, String)], cell: &[(String, String)], group: Option<&str>) -> bool {
    row_by.iter().all(|(k, v)| {
        if k == GROUP_COLUMN {
            match group {
                Some(g) => v == g,
                None => v == ALL,
            }
        } else {
            match cell.iter().find(|(ck, _)| ck == k) {
                Some((_, cv)) => v == cv,
                None => v == ALL,
            }
        }
    })
}

/// Every line of one measure's results over breakdown `vars` (not counting the group).
pub(crate) fn lines(report: &Report, measure: &MappedMeasure, vars: &[String]) -> Vec<LineView> {
    let f = Format::of(measure);
    let mut cells: Vec<Vec<(String, String)>> = Vec::new();
    for r in report.estimates.iter().filter(|r| r.measure == measure.id) {
        let in_breakdown = r.by.iter().all(|(k, v)| {
            if k == GROUP_COLUMN {
                v != ALL
            } else {
                vars.contains(k) != (v == ALL)
            }
        });
        if !in_breakdown {
            continue;
        }
        let cell: Vec<(String, String)> =
            r.by.iter()
                .filter(|(k, _)| vars.contains(k))
                .cloned()
                .collect();
        if !cells.contains(&cell) {
            cells.push(cell);
        }
    }
    cells
        .into_iter()
        .map(|cell| {
            let find = |g: &str| {
                report
                    .estimates
                    .iter()
                    .find(|r| r.measure == measure.id && matches(&r.by, &cell, Some(g)))
            };
            let gap_row = report
                .comparisons
                .iter()
                .find(|r| r.measure == measure.id && matches(&r.by, &cell, None));
            let gap = gap_view(gap_row, f);
            let other = find(OTHER).map(|r| cell_view(Some(r), f));
            LineView {
                label: if cell.is_empty() {
                    "All".to_owned()
                } else {
                    cell.iter()
                        .map(|(_, v)| v.as_str())
                        .collect::<Vec<_>>()
                        .join(" · ")
                },
                newcomers: cell_view(find(NEWCOMERS), f),
                receiving_community: cell_view(find(RECEIVING), f),
                other,
                reading: reading(&gap, f),
                gap,
                cell,
            }
        })
        .collect()
}

/// The change of the overall gap between the first and last wave, if the data have waves.
pub(crate) fn trend(report: &Report, measure: &MappedMeasure) -> Option<TrendView> {
    let f = Format::of(measure);
    let row: &GapChangeRow = report
        .gap_changes
        .iter()
        .find(|r| r.measure == measure.id && r.by.iter().all(|(_, v)| v == ALL))?;
    let mut t = TrendView {
        earlier: row.earlier.clone(),
        later: row.later.clone(),
        gap_earlier: row.gap_earlier,
        gap_later: row.gap_later,
        change: row.change,
        ci_low: row.ci_low,
        ci_high: row.ci_high,
        closing: row.closing,
        significant: row.significant,
        status: row.status,
        reading: String::new(),
    };
    t.reading = trend_reading(&t, f);
    Some(t)
}

/// Where a measure sits in the framework, for grouping the profile.
pub(crate) struct Placement {
    pub type_name: String,
    pub type_order: usize,
    pub domain_name: String,
    pub domain_href: String,
    pub domain_order: usize,
    pub indicator_name: String,
    pub indicator_href: String,
}

pub(crate) fn placement(catalogue: &Catalogue, measure: &MappedMeasure) -> Option<Placement> {
    let indicator = catalogue.indicator(measure.indicator.as_deref()?)?;
    let pack = catalogue.pack(indicator.pack.as_str())?;
    let domain = pack.domain(indicator.domain.as_str())?;
    let (type_name, type_order) = domain
        .domain_type
        .as_ref()
        .and_then(|t| {
            let i = pack.domain_types.iter().position(|x| &x.id == t)?;
            Some((pack.domain_types[i].name.clone(), i))
        })
        .unwrap_or_else(|| (pack.display_name().to_owned(), usize::MAX));
    Some(Placement {
        type_name,
        type_order,
        domain_name: domain.name.clone(),
        domain_href: format!("/frameworks/{}/domains/{}", pack.id, domain.id),
        domain_order: domain.number.map_or(usize::MAX, |n| n as usize),
        indicator_name: indicator.name.clone(),
        indicator_href: format!("/frameworks/{}/indicators/{}", pack.id, indicator.id),
    })
}

/// The breakdown variables a measure page can split by: wave, area, and the others.
pub(crate) fn split_options(mapping: &DatasetMapping) -> Vec<String> {
    mapping
        .wave
        .iter()
        .chain(&mapping.area)
        .chain(&mapping.breakdowns)
        .cloned()
        .collect()
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

    #[test]
    fn counts_are_rounded_to_ten_and_never_to_zero() {
        assert_eq!(rounded(14), 10);
        assert_eq!(rounded(15), 20);
        assert_eq!(rounded(3), 10);
    }
}
