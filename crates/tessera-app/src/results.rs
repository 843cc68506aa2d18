//! What every page, export and API response shows of a report: both sides of one cell side by
//! side with the gap, the rows in neither side, and the trend of the gap across waves.
//!
//! Suppressed cells are empty here, so no caller can show what it must not; counts are rounded
//! here (to [`COUNT_ROUNDING`]) so that a suppressed cell's size cannot be worked out from the
//! others. Formatting for people is the web layer's job; this module only selects and protects.

use std::collections::HashMap;

use tessera_data::Codebook;
use tessera_framework::Catalogue;
use tessera_l10n::{Arg, t, ta};
use tessera_stats::mapping::{
    Condition, DatasetMapping, GROUP_COLUMN, MappedMeasure, NEWCOMERS, OTHER, RECEIVING, Side,
};
use tessera_stats::{ALL, ComparisonRow, EstimandKind, EstimateRow, GapChangeRow, Report, Status};

use crate::estimates::ROWS_MEASURE;

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
    /// Whether the gap is likely real ([`likely_real`]): its interval excludes zero, also as
    /// shown (rounded). `None` when it cannot be said.
    pub likely_real: Option<bool>,
    /// Whether one side's share is 0% or 100%, so that its variance, and the gap's interval,
    /// cannot be trusted: no verdict is given.
    pub side_at_bound: bool,
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
            side_at_bound: false,
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

/// Decimals a gap is shown with: whole percentage points for proportions, one decimal for
/// means and totals (the web's `Format::difference`).
pub fn gap_decimals(proportion: bool) -> usize {
    if proportion { 0 } else { 1 }
}

/// The one rule for saying a gap is "likely real", used by every page, export and API answer
/// (issue 12): its interval must exclude zero, and so must the interval as shown — a gap of
/// −4 points with an interval "−8 to 0" (−0.3 before rounding) is not called real. `None`
/// when there is no interval, or when a proportion's side is at 0 or 1 (`at_bound`), whose
/// zero variance makes the interval meaningless (in a simulation such intervals covered the
/// true gap 0 times in 337).
///
/// The rule itself is the estimation engine's ([`tessera_stats::verdict::verdict_shown`]),
/// given the step the page rounds to (whole points for proportions, tenths for means); this
/// adds the rule on sides at a bound.
pub fn likely_real(
    low: Option<f64>,
    high: Option<f64>,
    proportion: bool,
    at_bound: bool,
) -> Option<bool> {
    if at_bound {
        return None;
    }
    let decimals = i32::try_from(gap_decimals(proportion)).unwrap_or(0);
    let step = 10f64.powi(-decimals) / if proportion { 100.0 } else { 1.0 };
    match tessera_stats::verdict::verdict_shown(Status::Ok, low, high, step) {
        tessera_stats::verdict::Verdict::NoVerdict => None,
        v => Some(v.is_likely_real()),
    }
}

fn gap(row: Option<&ComparisonRow>, proportion: bool) -> Gap {
    match row {
        Some(r) if r.status != Status::Suppressed => {
            let at_bound = proportion
                && [r.estimate_focal, r.estimate_reference]
                    .into_iter()
                    .flatten()
                    .any(|p| p <= 0.0 || p >= 1.0);
            Gap {
                difference: r.difference,
                ci_low: r.ci_low,
                ci_high: r.ci_high,
                ratio: r.ratio,
                status: r.status,
                likely_real: likely_real(r.ci_low, r.ci_high, proportion, at_bound),
                side_at_bound: at_bound,
            }
        }
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
                    t("results-all-responses")
                } else {
                    c.iter()
                        .map(|(_, v)| v.as_str())
                        .collect::<Vec<_>>()
                        .join(" · ")
                },
                newcomers: cell(find(NEWCOMERS)),
                receiving_community: cell(find(RECEIVING)),
                other: find(OTHER).map(|r| cell(Some(r))),
                gap: gap(gap_row, is_proportion(measure)),
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

/// The message key of a gap's verdict in a few words: likely real, could be chance, or why
/// nothing can be said (too few responses, a side at 0% or 100%, no interval).
pub fn verdict_key(gap: &Gap) -> &'static str {
    match (gap.difference, gap.likely_real) {
        (None, _) => "results-verdict-too-few",
        (Some(_), Some(true)) => "results-verdict-likely-real",
        (Some(_), Some(false)) => "results-verdict-could-be-chance",
        (Some(_), None) if gap.side_at_bound => "results-verdict-at-bound",
        (Some(_), None) => "results-verdict-unmeasured",
    }
}

/// The message key of a status in words.
pub fn status_key(status: Status) -> &'static str {
    match status {
        Status::Ok => "results-status-ok",
        Status::Unreliable => "results-status-unreliable",
        Status::Suppressed => "results-status-suppressed",
    }
}

/// Words for codes: labels typed during mapping, else the file's own value labels (SPSS,
/// Stata, a codebook), so results show "Elementary" rather than `E` wherever a code would be.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    by_column: HashMap<String, HashMap<String, String>>,
}

impl Labels {
    /// The labels of a dataset: its codebook's, overridden by the mapping's.
    pub fn new(mapping: &DatasetMapping, codebook: &Codebook) -> Self {
        let mut by_column: HashMap<String, HashMap<String, String>> = HashMap::new();
        for v in &codebook.variables {
            if v.value_labels.is_empty() {
                continue;
            }
            let entry = by_column.entry(v.name.clone()).or_default();
            for (code, label) in &v.value_labels {
                entry.insert(code.clone(), label.clone());
            }
        }
        for (column, labels) in &mapping.value_labels {
            let entry = by_column.entry(column.clone()).or_default();
            for (code, label) in labels {
                if !label.trim().is_empty() {
                    entry.insert(code.clone(), label.trim().to_owned());
                }
            }
        }
        Self { by_column }
    }

    /// The label of `code` in `column`, if it has one.
    pub fn label(&self, column: &str, code: &str) -> Option<&str> {
        self.by_column
            .get(column)
            .and_then(|l| l.get(code))
            .map(String::as_str)
    }

    /// The label of `code`, or the code itself.
    pub fn show<'a>(&'a self, column: &str, code: &'a str) -> &'a str {
        self.label(column, code).unwrap_or(code)
    }

    /// Relabels a trend's waves (`wave` is the wave column).
    pub fn apply_trend(&self, wave: Option<&str>, trend: &mut Trend) {
        if let Some(w) = wave {
            trend.earlier = self.show(w, &trend.earlier).to_owned();
            trend.later = self.show(w, &trend.later).to_owned();
        }
    }

    /// Relabels lines: each line's label becomes the labels of its breakdown values.
    pub fn apply(&self, lines: &mut [Line]) {
        for line in lines {
            if line.cell.is_empty() {
                continue;
            }
            line.label = line
                .cell
                .iter()
                .map(|(k, v)| self.show(k, v))
                .collect::<Vec<_>>()
                .join(" · ");
        }
    }
}

/// How many rows fall on each side and outside both, rounded like every count (and absent
/// when under the disclosure threshold), from the report's row counts.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct GroupCounts {
    /// Rows of newcomers, rounded.
    pub newcomers: Option<u64>,
    /// Rows of the receiving community, rounded.
    pub receiving_community: Option<u64>,
    /// Rows on neither side ("other or unknown"), rounded; `Some(0)` when there are none.
    pub other: Option<u64>,
    /// Whether some rows are on neither side (even if too few to count).
    pub has_other: bool,
}

/// The rows on each side over every wave, from the row counts the estimates carry
/// (`crate::estimates::ROWS_MEASURE`).
pub fn group_counts(report: &Report) -> GroupCounts {
    let find = |g: &str| {
        report.estimates.iter().find(|r| {
            r.measure == ROWS_MEASURE
                && r.by
                    .iter()
                    .all(|(k, v)| if k == GROUP_COLUMN { v == g } else { v == ALL })
        })
    };
    let count = |g: &str| find(g).and_then(|r| cell(Some(r)).n_rounded);
    let other = find(OTHER);
    GroupCounts {
        newcomers: count(NEWCOMERS),
        receiving_community: count(RECEIVING),
        other: match other {
            Some(_) => count(OTHER),
            None => Some(0),
        },
        has_other: other.is_some(),
    }
}

/// Values listed for people: "E or H", with labels.
fn values_text(labels: &Labels, column: &str, values: &[String]) -> String {
    let shown: Vec<String> = values
        .iter()
        .map(|v| match labels.label(column, v) {
            Some(l) if l != v => format!("{v} ({l})"),
            _ => v.clone(),
        })
        .collect();
    shown.join(&format!(" {} ", t("results-rule-or")))
}

fn condition_text(labels: &Labels, c: &Condition) -> String {
    match c {
        Condition::In { variable, values } => ta(
            "results-rule-in",
            &[
                ("column", variable.into()),
                ("values", values_text(labels, variable, values).into()),
            ],
        ),
        Condition::NotIn { variable, values } => ta(
            "results-rule-not-in",
            &[
                ("column", variable.into()),
                ("values", values_text(labels, variable, values).into()),
            ],
        ),
        Condition::Below { variable, value } => ta(
            "results-rule-below",
            &[
                ("column", variable.into()),
                ("value", tessera_data::format_number(*value).into()),
            ],
        ),
        Condition::AtLeast { variable, value } => ta(
            "results-rule-at-least",
            &[
                ("column", variable.into()),
                ("value", tessera_data::format_number(*value).into()),
            ],
        ),
        Condition::Blank { variable } => ta("results-rule-blank", &[("column", variable.into())]),
    }
}

fn side_text(mapping: &DatasetMapping, labels: &Labels, side: Side) -> String {
    let rules: Vec<String> = mapping
        .group
        .rules
        .iter()
        .filter(|r| r.side == side)
        .map(|r| {
            r.conditions
                .iter()
                .map(|c| condition_text(labels, c))
                .collect::<Vec<_>>()
                .join(&format!(" {} ", t("results-rule-and")))
        })
        .collect();
    if rules.is_empty() {
        t("results-rule-nobody")
    } else {
        rules.join(&format!("; {} ", t("results-rule-or")))
    }
}

/// How the two sides are defined, in one line for people (issue 12): "Newcomers: stype is H
/// (High). Receiving community: stype is E (Elementary). Everyone else: other or unknown."
pub fn group_rule_text(mapping: &DatasetMapping, labels: &Labels) -> String {
    ta(
        "results-rule",
        &[
            (
                "newcomers",
                side_text(mapping, labels, Side::Newcomers).into(),
            ),
            (
                "receiving",
                side_text(mapping, labels, Side::ReceivingCommunity).into(),
            ),
        ],
    )
}

/// The survey design in words: "weight pw, strata stype, population size fpc", or "simple
/// random sample".
pub fn design_text(mapping: &DatasetMapping) -> String {
    let Some(d) = &mapping.design else {
        return t("results-design-srs");
    };
    let parts: Vec<String> = [
        ("results-design-weight", &d.weight),
        ("results-design-strata", &d.strata),
        ("results-design-psu", &d.psu),
        ("results-design-fpc", &d.fpc),
    ]
    .into_iter()
    .filter(|(_, column)| !column.trim().is_empty())
    .map(|(key, column)| ta(key, &[("column", Arg::from(column))]))
    .collect();
    if parts.is_empty() {
        t("results-design-srs")
    } else {
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gap_is_likely_real_only_when_its_interval_as_shown_excludes_zero() {
        // Issue 12: "−4 points, −8 to 0" and "+0.6, 0.0 to +1.1" were called real.
        assert_eq!(
            likely_real(Some(-0.08), Some(-0.003), true, false),
            Some(false)
        );
        assert_eq!(
            likely_real(Some(0.0004), Some(1.1), false, false),
            Some(false)
        );
        assert_eq!(
            likely_real(Some(-0.08), Some(-0.006), true, false),
            Some(true)
        );
        assert_eq!(likely_real(Some(0.06), Some(1.1), false, false), Some(true));
        assert_eq!(
            likely_real(Some(-0.02), Some(0.05), true, false),
            Some(false)
        );
        assert_eq!(likely_real(None, Some(0.05), true, false), None);
        // A side at 0% or 100%: no verdict, whatever the interval says.
        assert_eq!(likely_real(Some(0.2), Some(0.4), true, true), None);
    }

    #[test]
    fn a_proportion_gap_with_a_side_at_zero_or_one_gets_no_verdict() {
        let row = |focal: f64, reference: f64| ComparisonRow {
            measure: "m".into(),
            category: None,
            by: Vec::new(),
            focal: NEWCOMERS.into(),
            reference: RECEIVING.into(),
            estimate_focal: Some(focal),
            estimate_reference: Some(reference),
            difference: Some(focal - reference),
            se: Some(0.01),
            ci_low: Some(focal - reference - 0.02),
            ci_high: Some(focal - reference + 0.02),
            ratio: None,
            ci_low_z: None,
            ci_high_z: None,
            df: None,
            p_value: None,
            adjustment: None,
            p_adjusted: None,
            status: Status::Ok,
            reasons: Vec::new(),
            weighting: None,
        };
        let at_one = gap(Some(&row(1.0, 0.6)), true);
        assert!(at_one.side_at_bound);
        assert_eq!(at_one.likely_real, None);
        let inside = gap(Some(&row(0.9, 0.6)), true);
        assert_eq!(inside.likely_real, Some(true));
        // Means have no bound.
        assert_eq!(gap(Some(&row(1.0, 0.6)), false).likely_real, Some(true));
    }

    #[test]
    fn labels_typed_in_the_mapping_win_over_the_files_and_relabel_lines() {
        let mut mapping: DatasetMapping = serde_json::from_value(serde_json::json!({
            "group": { "rules": [] },
            "measures": [],
        }))
        .expect("mapping");
        mapping
            .value_labels
            .entry("stype".into())
            .or_default()
            .insert("E".into(), "Elementary".into());
        let mut codebook = Codebook::default();
        codebook.variables.push(tessera_data::Variable {
            name: "stype".into(),
            label: None,
            kind: tessera_data::VariableKind::Text,
            value_labels: vec![("E".into(), "Elem.".into()), ("H".into(), "High".into())],
            missing: Default::default(),
            measure: None,
        });
        let labels = Labels::new(&mapping, &codebook);
        assert_eq!(labels.show("stype", "E"), "Elementary");
        assert_eq!(labels.show("stype", "H"), "High");
        assert_eq!(labels.show("stype", "M"), "M");
        let mut lines = vec![Line {
            cell: vec![("stype".into(), "H".into()), ("wave".into(), "2025".into())],
            label: "H · 2025".into(),
            newcomers: Cell::suppressed(),
            receiving_community: Cell::suppressed(),
            other: None,
            gap: Gap::suppressed(),
        }];
        labels.apply(&mut lines);
        assert_eq!(lines[0].label, "High · 2025");
    }

    #[test]
    fn the_group_rule_reads_as_one_line_with_labels() {
        let mut mapping: DatasetMapping = serde_json::from_value(serde_json::json!({
            "group": { "rules": [] },
            "measures": [],
        }))
        .expect("mapping");
        mapping.group =
            tessera_stats::mapping::GroupDefinition::from_column("stype", &["H"], &["E"]);
        mapping
            .value_labels
            .entry("stype".into())
            .or_default()
            .extend([
                ("H".into(), "High".into()),
                ("E".into(), "Elementary".into()),
            ]);
        let labels = Labels::new(&mapping, &Codebook::default());
        assert_eq!(
            group_rule_text(&mapping, &labels),
            "Newcomers: stype is H (High). Receiving community: stype is E (Elementary). Everyone else: other or unknown."
        );
        let welsh = tessera_l10n::sync_scope(tessera_l10n::Lang::Cy, || {
            group_rule_text(&mapping, &labels)
        });
        assert!(welsh.starts_with("Newydd-ddyfodiaid: "), "{welsh}");
    }

    #[test]
    fn counts_are_rounded_to_ten_and_never_to_zero() {
        assert_eq!(rounded(14), 10);
        assert_eq!(rounded(15), 20);
        assert_eq!(rounded(3), 10);
    }
}
