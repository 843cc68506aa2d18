//! What every page, export and API response shows of a report: both sides of one cell side by
//! side with the gap, the rows in neither side, and the trend of the gap across waves.
//!
//! Suppressed cells are empty here, so no caller can show what it must not; counts are rounded
//! here (to [`COUNT_ROUNDING`]) so that a suppressed cell's size cannot be worked out from the
//! others. Formatting for people is the web layer's job; this module only selects and protects.

use tessera_framework::Catalogue;
use tessera_stats::mapping::{
    DatasetMapping, GROUP_COLUMN, MappedMeasure, NEWCOMERS, OTHER, RECEIVING,
};
use tessera_stats::{ALL, ComparisonRow, EstimandKind, EstimateRow, GapChangeRow, Report, Status};

/// Counts are rounded to this before they leave the server.
pub const COUNT_ROUNDING: u64 = 10;

/// One side's estimate in one cell, safe to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The estimate (a share from 0 to 1 for proportions); absent when suppressed.
    pub estimate: Option<f64>,
    /// The interval's lower end.
    pub ci_low: Option<f64>,
    /// The interval's upper end.
    pub ci_high: Option<f64>,
    /// Valid responses, rounded to [`COUNT_ROUNDING`]; absent when suppressed.
    pub n_rounded: Option<u64>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
}

impl Cell {
    fn suppressed() -> Self {
        Self {
            estimate: None,
            ci_low: None,
            ci_high: None,
            n_rounded: None,
            status: Status::Suppressed,
        }
    }
}

/// The gap newcomers − receiving community in one cell, safe to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    /// The difference (in shares for proportions).
    pub difference: Option<f64>,
    /// The interval's lower end.
    pub ci_low: Option<f64>,
    /// The interval's upper end.
    pub ci_high: Option<f64>,
    /// Newcomers ÷ receiving community.
    pub ratio: Option<f64>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
    /// Whether the gap is likely real: its interval excludes zero. `None` when it cannot be said.
    pub likely_real: Option<bool>,
}

impl Gap {
    fn suppressed() -> Self {
        Self {
            difference: None,
            ci_low: None,
            ci_high: None,
            ratio: None,
            status: Status::Suppressed,
            likely_real: None,
        }
    }
}

/// One line of a results table: a value of the breakdown (or every row), both sides and the gap.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The breakdown values, e.g. `[("wave", "2024"), ("area", "Abbey")]`; empty for all rows.
    pub cell: Vec<(String, String)>,
    /// The values joined for people ("2024 · Abbey"), or "All".
    pub label: String,
    /// Newcomers.
    pub newcomers: Cell,
    /// The receiving community.
    pub receiving_community: Cell,
    /// Rows on neither side: shown, never compared.
    pub other: Option<Cell>,
    /// Newcomers − receiving community.
    pub gap: Gap,
}

/// Whether the overall gap changed between the first and last wave.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// The first wave.
    pub earlier: String,
    /// The last wave.
    pub later: String,
    /// The gap in the first wave.
    pub gap_earlier: Option<f64>,
    /// The gap in the last wave.
    pub gap_later: Option<f64>,
    /// Later gap − earlier gap.
    pub change: Option<f64>,
    /// The change's interval, lower end.
    pub ci_low: Option<f64>,
    /// The change's interval, upper end.
    pub ci_high: Option<f64>,
    /// Whether the gap narrowed.
    pub closing: Option<bool>,
    /// Whether the change's interval excludes zero.
    pub significant: Option<bool>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
}

/// Rounds a count to [`COUNT_ROUNDING`], never down to zero.
pub fn rounded(n: u64) -> u64 {
    ((n + COUNT_ROUNDING / 2) / COUNT_ROUNDING * COUNT_ROUNDING).max(COUNT_ROUNDING)
}

fn cell(row: Option<&EstimateRow>) -> Cell {
    match row {
        Some(r) if r.status != Status::Suppressed => Cell {
            estimate: r.estimate,
            ci_low: r.ci_low,
            ci_high: r.ci_high,
            n_rounded: r.n.map(rounded),
            status: r.status,
        },
        _ => Cell::suppressed(),
    }
}

fn gap(row: Option<&ComparisonRow>) -> Gap {
    match row {
        Some(r) if r.status != Status::Suppressed => Gap {
            difference: r.difference,
            ci_low: r.ci_low,
            ci_high: r.ci_high,
            ratio: r.ratio,
            status: r.status,
            likely_real: match (r.ci_low, r.ci_high) {
                (Some(l), Some(h)) => Some(l > 0.0 || h < 0.0),
                _ => None,
            },
        },
        _ => Gap::suppressed(),
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
pub fn lines(report: &Report, measure: &MappedMeasure, vars: &[String]) -> Vec<Line> {
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
        .map(|c| {
            let find = |g: &str| {
                report
                    .estimates
                    .iter()
                    .find(|r| r.measure == measure.id && matches(&r.by, &c, Some(g)))
            };
            let gap_row = report
                .comparisons
                .iter()
                .find(|r| r.measure == measure.id && matches(&r.by, &c, None));
            Line {
                label: if c.is_empty() {
                    "All".to_owned()
                } else {
                    c.iter()
                        .map(|(_, v)| v.as_str())
                        .collect::<Vec<_>>()
                        .join(" · ")
                },
                newcomers: cell(find(NEWCOMERS)),
                receiving_community: cell(find(RECEIVING)),
                other: find(OTHER).map(|r| cell(Some(r))),
                gap: gap(gap_row),
                cell: c,
            }
        })
        .collect()
}

/// The change of the overall gap between the first and last wave, if the data have waves.
pub fn trend(report: &Report, measure: &MappedMeasure) -> Option<Trend> {
    let row: &GapChangeRow = report
        .gap_changes
        .iter()
        .find(|r| r.measure == measure.id && r.by.iter().all(|(_, v)| v == ALL))?;
    Some(Trend {
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
    })
}

/// Whether a measure's figures are shares (shown as percentages).
pub fn is_proportion(measure: &MappedMeasure) -> bool {
    measure.kind == EstimandKind::Proportion
}

/// Where a measure sits in the framework, for grouping the profile.
#[derive(Debug, Clone)]
pub struct Placement {
    /// The domain type's name (or the pack's, for a pack without types).
    pub type_name: String,
    /// The type's position in its pack.
    pub type_order: usize,
    /// The domain's name.
    pub domain_name: String,
    /// The domain's page.
    pub domain_href: String,
    /// The domain's number.
    pub domain_order: usize,
    /// The indicator's name.
    pub indicator_name: String,
    /// The indicator's page.
    pub indicator_href: String,
}

/// Where `measure`'s indicator sits in the catalogue, if it names one.
pub fn placement(catalogue: &Catalogue, measure: &MappedMeasure) -> Option<Placement> {
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

/// The breakdown variables a measure can be split by: wave, area, and the others.
pub fn split_options(mapping: &DatasetMapping) -> Vec<String> {
    mapping
        .wave
        .iter()
        .chain(&mapping.area)
        .chain(&mapping.breakdowns)
        .cloned()
        .collect()
}

/// The breakdowns the profile needs: the sides overall and by wave.
pub fn profile_breakdowns(mapping: &DatasetMapping) -> Vec<Vec<String>> {
    let mut by = vec![vec![GROUP_COLUMN.to_owned()]];
    if let Some(w) = &mapping.wave {
        by.push(vec![w.clone(), GROUP_COLUMN.to_owned()]);
    }
    by
}

/// The breakdowns a measure page needs: the profile's, plus `extra` unless it is the wave.
pub fn measure_breakdowns(mapping: &DatasetMapping, extra: Option<&str>) -> Vec<Vec<String>> {
    let mut by = profile_breakdowns(mapping);
    if let Some(b) = extra.filter(|b| Some(*b) != mapping.wave.as_deref()) {
        by.push(vec![b.to_owned(), GROUP_COLUMN.to_owned()]);
    }
    by
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_rounded_to_ten_and_never_to_zero() {
        assert_eq!(rounded(14), 10);
        assert_eq!(rounded(15), 20);
        assert_eq!(rounded(3), 10);
    }
}
