//! The comparison rows of one measure × breakdown: focal against reference (for each compare
//! pair), the change and the linear trend of each gap across the trend variable, all pairs of
//! a variable's values (Bonferroni-adjusted), and general linear contrasts.

use std::collections::HashMap;

use super::levels::{Cells, Levels, NOT_STATED};
use super::rows::{Adjustment, ComparisonRow, ContrastRow, GapChangeRow, GapTrendRow};
use super::{ALL, ReportError, comparison_reasons, gap_change_reasons};
use crate::breakdown::Breakdown;
use crate::contrast::{Contrast, bonferroni_confidence};
use crate::estimate::{Status, Thresholds};
use crate::interval::CiMethod;
use crate::reason::Reason;
use crate::spec::{CompareSpec, ContrastSpec};

/// Everything the rows of one measure × breakdown share.
pub(crate) struct Context<'a> {
    pub(crate) measure: &'a str,
    pub(crate) category: Option<&'a str>,
    pub(crate) ci: CiMethod,
    pub(crate) th: &'a Thresholds,
    pub(crate) weighting: Option<&'a str>,
    pub(crate) by_variables: &'a [String],
    pub(crate) vars: &'a [&'a str],
    pub(crate) cells: &'a Cells,
    pub(crate) levels: &'a HashMap<&'a str, Levels>,
    pub(crate) trend: Option<&'a str>,
}

/// The comparison rows produced.
#[derive(Default)]
pub(crate) struct Rows {
    pub(crate) comparisons: Vec<ComparisonRow>,
    pub(crate) gap_changes: Vec<GapChangeRow>,
    pub(crate) gap_trends: Vec<GapTrendRow>,
    pub(crate) contrasts: Vec<ContrastRow>,
}

/// Cells sharing the values of every breakdown variable but some: those values, each cell by
/// its level of the remaining variable(s), and one cell for labelling.
pub(crate) struct Group {
    pub(crate) rest: Vec<u32>,
    pub(crate) cells: Vec<(Vec<u32>, u32)>,
    pub(crate) any: usize,
}

impl Context<'_> {
    /// The row's `by`: the cell's values, with the variables in `skip` as [`ALL`].
    pub(crate) fn label(&self, cell: usize, skip: &[&str]) -> Vec<(String, String)> {
        self.by_variables
            .iter()
            .map(|v| {
                let value = match self.vars.iter().position(|x| x == v) {
                    Some(j) if !skip.contains(&v.as_str()) => {
                        self.levels[v.as_str()].labels[self.cells.keys[cell][j] as usize].clone()
                    }
                    _ => ALL.to_owned(),
                };
                (v.clone(), value)
            })
            .collect()
    }

    pub(crate) fn level_of(&self, variable: &str, value: &str) -> Option<u32> {
        self.levels[variable]
            .labels
            .iter()
            .position(|l| l == value)
            .and_then(|p| u32::try_from(p).ok())
    }

    /// Groups the cells by every variable except those at `positions`.
    pub(crate) fn groups(&self, positions: &[usize]) -> Vec<Group> {
        let mut out: Vec<Group> = Vec::new();
        for (cell, key) in self.cells.keys.iter().enumerate() {
            let rest: Vec<u32> = key
                .iter()
                .enumerate()
                .filter(|(j, _)| !positions.contains(j))
                .map(|(_, l)| *l)
                .collect();
            let inner: Vec<u32> = positions.iter().map(|&j| key[j]).collect();
            let id = u32::try_from(cell).unwrap_or(u32::MAX);
            match out.iter_mut().find(|g| g.rest == rest) {
                Some(g) => g.cells.push((inner, id)),
                None => out.push(Group {
                    rest,
                    cells: vec![(inner, id)],
                    any: cell,
                }),
            }
        }
        out
    }

    fn comparison_row(
        &self,
        by: Vec<(String, String)>,
        focal: &str,
        reference: &str,
    ) -> ComparisonRow {
        ComparisonRow {
            measure: self.measure.to_owned(),
            category: self.category.map(str::to_owned),
            by,
            focal: focal.to_owned(),
            reference: reference.to_owned(),
            estimate_focal: None,
            estimate_reference: None,
            difference: None,
            se: None,
            ci_low: None,
            ci_high: None,
            ratio: None,
            ci_low_z: None,
            ci_high_z: None,
            df: None,
            p_value: None,
            adjustment: None,
            p_adjusted: None,
            status: Status::Suppressed,
            reasons: vec![Reason::GroupAbsent],
            weighting: self.weighting.map(str::to_owned),
        }
    }

    /// Focal against reference in every cell of the other variables, with the change and the
    /// trend of each gap across the trend variable.
    pub(crate) fn two_way(
        &self,
        b: &Breakdown<'_>,
        c: &CompareSpec,
        out: &mut Rows,
    ) -> Result<(), ReportError> {
        let Some(j) = self.vars.iter().position(|v| *v == c.variable) else {
            return Ok(());
        };
        let focal_level = self.level_of(&c.variable, &c.focal);
        let reference_level = self.level_of(&c.variable, &c.reference);
        let find = |g: &Group, level: Option<u32>| {
            level.and_then(|l| g.cells.iter().find(|(k, _)| k[0] == l).map(|x| x.1))
        };
        for g in self.groups(&[j]) {
            let by = self.label(g.any, &[c.variable.as_str()]);
            let mut row = self.comparison_row(by, &c.focal, &c.reference);
            if let (Some(f), Some(r)) = (find(&g, focal_level), find(&g, reference_level)) {
                let cmp = b.compare(f, r, self.ci, self.th)?;
                let contrast =
                    b.contrast(&[(f, 1.0), (r, -1.0)], self.ci, self.th, self.th.confidence)?;
                row.status = cmp.status;
                row.reasons = comparison_reasons(&cmp);
                if let Some(x) = cmp.figures() {
                    row.estimate_focal = Some(x.focal_value);
                    row.estimate_reference = Some(x.reference_value);
                    row.difference = Some(x.difference);
                    row.se = x.se;
                    row.ci_low = x.ci_t.map(|i| i.low);
                    row.ci_high = x.ci_t.map(|i| i.high);
                    row.ci_low_z = x.ci_z.map(|i| i.low);
                    row.ci_high_z = x.ci_z.map(|i| i.high);
                    row.ratio = x.ratio;
                    row.df = x.df;
                    row.p_value = contrast.figures.and_then(|f| f.p_value);
                }
            }
            out.comparisons.push(row);
        }
        let Some(t) = self.trend else {
            return Ok(());
        };
        let Some(jt) = self.vars.iter().position(|v| *v == t).filter(|&jt| jt != j) else {
            return Ok(());
        };
        let trend_labels = &self.levels[t].labels;
        for g in self.groups(&[j, jt]) {
            // (trend level, focal cell, reference cell) for every wave with both groups.
            let mut waves: Vec<(u32, u32, u32)> = Vec::new();
            for &(ref k, cell) in &g.cells {
                if Some(k[0]) != focal_level {
                    continue;
                }
                if let Some(&(_, r)) = g
                    .cells
                    .iter()
                    .find(|(k2, _)| Some(k2[0]) == reference_level && k2[1] == k[1])
                {
                    waves.push((k[1], cell, r));
                }
            }
            if waves.len() < 2 {
                continue;
            }
            waves.sort_by_key(|w| w.0);
            let by = self.label(g.any, &[c.variable.as_str(), t]);
            let (first, last) = (waves[0], waves[waves.len() - 1]);
            let change = b.gap_change((first.1, first.2), (last.1, last.2), self.th)?;
            let fig = change.figures();
            out.gap_changes.push(GapChangeRow {
                measure: self.measure.to_owned(),
                category: self.category.map(str::to_owned),
                focal: c.focal.clone(),
                reference: c.reference.clone(),
                by: by.clone(),
                earlier: trend_labels[first.0 as usize].clone(),
                later: trend_labels[last.0 as usize].clone(),
                gap_earlier: fig.map(|x| x.gap_earlier),
                gap_later: fig.map(|x| x.gap_later),
                change: fig.map(|x| x.change),
                se: fig.and_then(|x| x.se),
                ci_low: fig.and_then(|x| x.ci_t.map(|i| i.low)),
                ci_high: fig.and_then(|x| x.ci_t.map(|i| i.high)),
                ci_low_z: fig.and_then(|x| x.ci_z.map(|i| i.low)),
                ci_high_z: fig.and_then(|x| x.ci_z.map(|i| i.high)),
                df: fig.and_then(|x| x.df),
                closing: fig.map(|x| x.closing),
                significant: fig.and_then(|x| x.significant),
                status: change.status,
                reasons: gap_change_reasons(&change),
                weighting: self.weighting.map(str::to_owned),
            });
            out.gap_trends.push(self.gap_trend(b, c, &waves, by)?);
        }
        Ok(())
    }

    /// The least-squares slope of the gaps over the trend values (numeric values when every
    /// label is a number, else positions 0, 1, 2…): Σ_w c_w (θ_fw − θ_rw), c_w = (x_w − x̄) /
    /// Σ (x − x̄)², a linear contrast of the cells.
    fn gap_trend(
        &self,
        b: &Breakdown<'_>,
        c: &CompareSpec,
        waves: &[(u32, u32, u32)],
        by: Vec<(String, String)>,
    ) -> Result<GapTrendRow, ReportError> {
        let labels = &self.levels[self.trend.unwrap_or_default()].labels;
        let numeric: Option<Vec<f64>> = waves
            .iter()
            .map(|w| labels[w.0 as usize].parse::<f64>().ok())
            .collect();
        #[expect(clippy::cast_precision_loss, reason = "few waves")]
        let x: Vec<f64> = numeric.unwrap_or_else(|| (0..waves.len()).map(|i| i as f64).collect());
        #[expect(clippy::cast_precision_loss, reason = "few waves")]
        let mean = x.iter().sum::<f64>() / x.len() as f64;
        let sxx: f64 = x.iter().map(|v| (v - mean).powi(2)).sum();
        let mut terms = Vec::new();
        for (w, xv) in waves.iter().zip(&x) {
            let coef = (xv - mean) / sxx;
            terms.push((w.1, coef));
            terms.push((w.2, -coef));
        }
        let k = b.contrast(&terms, self.ci, self.th, self.th.confidence)?;
        let f = k.figures.as_ref();
        Ok(GapTrendRow {
            measure: self.measure.to_owned(),
            category: self.category.map(str::to_owned),
            by,
            focal: c.focal.clone(),
            reference: c.reference.clone(),
            waves: waves.iter().map(|w| labels[w.0 as usize].clone()).collect(),
            slope: f.map(|f| f.value),
            se: f.and_then(|f| f.se),
            ci_low: f.and_then(|f| f.ci_t.map(|i| i.low)),
            ci_high: f.and_then(|f| f.ci_t.map(|i| i.high)),
            ci_low_z: f.and_then(|f| f.ci_z.map(|i| i.low)),
            ci_high_z: f.and_then(|f| f.ci_z.map(|i| i.high)),
            df: f.and_then(|f| f.df),
            p_value: f.and_then(|f| f.p_value),
            status: k.status,
            reasons: contrast_reasons(&k),
            weighting: self.weighting.map(str::to_owned),
        })
    }

    /// Every pair of the variable's values (not "not stated") within each cell of the other
    /// variables; intervals and p-values are Bonferroni-adjusted for the pairs of that cell.
    pub(crate) fn pairwise(
        &self,
        b: &Breakdown<'_>,
        variable: &str,
        out: &mut Rows,
    ) -> Result<(), ReportError> {
        let Some(j) = self.vars.iter().position(|v| *v == variable) else {
            return Ok(());
        };
        let labels = &self.levels[variable].labels;
        for g in self.groups(&[j]) {
            let mut members: Vec<(u32, u32)> = g
                .cells
                .iter()
                .map(|(k, c)| (k[0], *c))
                .filter(|(l, _)| labels[*l as usize] != NOT_STATED)
                .collect();
            members.sort_by_key(|m| m.0);
            let m = members.len() * members.len().saturating_sub(1) / 2;
            if m == 0 {
                continue;
            }
            let confidence = bonferroni_confidence(self.th.confidence, m);
            let by = self.label(g.any, &[variable]);
            for (a, (la, ca)) in members.iter().enumerate() {
                for (lb, cb) in &members[a + 1..] {
                    let (focal, reference) = (&labels[*la as usize], &labels[*lb as usize]);
                    let mut row = self.comparison_row(by.clone(), focal, reference);
                    let plain = b.contrast(
                        &[(*ca, 1.0), (*cb, -1.0)],
                        self.ci,
                        self.th,
                        self.th.confidence,
                    )?;
                    let adjusted =
                        b.contrast(&[(*ca, 1.0), (*cb, -1.0)], self.ci, self.th, confidence)?;
                    row.status = adjusted.status;
                    row.reasons = contrast_reasons(&adjusted);
                    row.adjustment = Some(Adjustment {
                        method: "bonferroni".to_owned(),
                        family_size: m,
                    });
                    if let Some(f) = &adjusted.figures {
                        row.estimate_focal = Some(b.value(*ca));
                        row.estimate_reference = Some(b.value(*cb));
                        row.difference = Some(f.value);
                        row.se = f.se;
                        row.ci_low = f.ci_t.map(|i| i.low);
                        row.ci_high = f.ci_t.map(|i| i.high);
                        row.df = f.df;
                        row.p_value = f.p_value;
                        #[expect(clippy::cast_precision_loss, reason = "family sizes are small")]
                        let family = m as f64;
                        row.p_adjusted = f.p_value.map(|p| (p * family).min(1.0));
                        let vr = b.value(*cb);
                        row.ratio = (vr != 0.0).then(|| b.value(*ca) / vr);
                    }
                    if let Some(f) = &plain.figures {
                        row.ci_low_z = f.ci_z.map(|i| i.low);
                        row.ci_high_z = f.ci_z.map(|i| i.high);
                    }
                    out.comparisons.push(row);
                }
            }
        }
        Ok(())
    }

    /// A general linear contrast of the variable's values within each cell of the others.
    pub(crate) fn contrast(
        &self,
        b: &Breakdown<'_>,
        spec: &ContrastSpec,
        out: &mut Rows,
    ) -> Result<(), ReportError> {
        let Some(j) = self.vars.iter().position(|v| *v == spec.variable) else {
            return Ok(());
        };
        for g in self.groups(&[j]) {
            let mut terms = Vec::new();
            let mut absent = false;
            for (value, &coef) in &spec.coefficients {
                if coef == 0.0 {
                    continue;
                }
                let cell = self
                    .level_of(&spec.variable, value)
                    .and_then(|l| g.cells.iter().find(|(k, _)| k[0] == l).map(|x| x.1));
                match cell {
                    Some(cell) => terms.push((cell, coef)),
                    None => absent = true,
                }
            }
            let by = self.label(g.any, &[spec.variable.as_str()]);
            let mut row = ContrastRow {
                measure: self.measure.to_owned(),
                category: self.category.map(str::to_owned),
                by,
                contrast: spec.name.clone(),
                estimate: None,
                se: None,
                ci_low: None,
                ci_high: None,
                ci_low_z: None,
                ci_high_z: None,
                df: None,
                p_value: None,
                status: Status::Suppressed,
                reasons: vec![Reason::GroupAbsent],
                weighting: self.weighting.map(str::to_owned),
            };
            if !absent {
                let k = b.contrast(&terms, self.ci, self.th, self.th.confidence)?;
                row.status = k.status;
                row.reasons = contrast_reasons(&k);
                if let Some(f) = &k.figures {
                    row.estimate = Some(f.value);
                    row.se = f.se;
                    row.ci_low = f.ci_t.map(|i| i.low);
                    row.ci_high = f.ci_t.map(|i| i.high);
                    row.ci_low_z = f.ci_z.map(|i| i.low);
                    row.ci_high_z = f.ci_z.map(|i| i.high);
                    row.df = f.df;
                    row.p_value = f.p_value;
                }
            }
            out.contrasts.push(row);
        }
        Ok(())
    }
}

/// The reasons behind a contrast's status.
fn contrast_reasons(k: &Contrast) -> Vec<Reason> {
    match k.suppressed {
        Some(s) => vec![s.into()],
        None => k.reasons.iter().map(|&r| r.into()).collect(),
    }
}
