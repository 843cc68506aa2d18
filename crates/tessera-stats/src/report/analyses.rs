//! Report rows of the spec's quantiles, ratios and tests of association, in every cell of every
//! breakdown (the cell's rows are the domain; the variance uses the whole design, as R's
//! `subset()`). A cell with fewer rows than `min_cell` is suppressed and carries no figures;
//! fewer than `unreliable_n` is unreliable.

use serde::{Deserialize, Serialize};
use tessera_data::{Dataset, MISSING_CODE};

use super::levels::{Cells, levels_of};
use super::{ReportError, column, numeric};
use crate::chisq::svychisq;
use crate::design::Design;
use crate::estimate::{Status, Thresholds};
use crate::quantile::svyquantile;
use crate::ratio::svyratio;
use crate::reason::Reason;
use crate::spec::analyses::Analyses;

/// One quantile in one cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantileRow {
    /// The `[[quantile]]` id.
    pub id: String,
    /// The breakdown's values ([`super::ALL`] where not split).
    pub by: Vec<(String, String)>,
    /// The probability (0.5 = the median).
    pub probability: f64,
    /// Rows with a value in the cell.
    pub n: Option<u64>,
    /// The quantile.
    pub estimate: Option<f64>,
    /// R's SE (the Woodruff interval's width over 2 t).
    pub se: Option<f64>,
    /// Woodruff interval.
    pub ci_low: Option<f64>,
    /// Upper bound.
    pub ci_high: Option<f64>,
    /// Degrees of freedom.
    pub df: Option<f64>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
    /// Why not `ok`.
    #[serde(default)]
    pub reasons: Vec<Reason>,
}

/// One ratio in one cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RatioRow {
    /// The `[[ratio]]` id.
    pub id: String,
    /// The breakdown's values.
    pub by: Vec<(String, String)>,
    /// Rows with both values in the cell.
    pub n: Option<u64>,
    /// Σwy / Σwx.
    pub estimate: Option<f64>,
    /// Its SE.
    pub se: Option<f64>,
    /// Wald t interval.
    pub ci_low: Option<f64>,
    /// Upper bound.
    pub ci_high: Option<f64>,
    /// Degrees of freedom.
    pub df: Option<f64>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
    /// Why not `ok`.
    #[serde(default)]
    pub reasons: Vec<Reason>,
}

/// One Rao–Scott test in one cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssociationRow {
    /// The `[[association]]` id.
    pub id: String,
    /// The breakdown's values.
    pub by: Vec<(String, String)>,
    /// Rows with both values in the cell.
    pub n: Option<u64>,
    /// Pearson's X² of the weighted table scaled to n.
    pub pearson: Option<f64>,
    /// The Rao–Scott F statistic (R's default).
    pub f: Option<f64>,
    /// Its numerator degrees of freedom.
    pub ndf: Option<f64>,
    /// Its denominator degrees of freedom.
    pub ddf: Option<f64>,
    /// Its p-value.
    pub p_value: Option<f64>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
    /// Why not `ok`.
    #[serde(default)]
    pub reasons: Vec<Reason>,
    /// Why the test could not be made (fewer than two categories…), in words.
    #[serde(default)]
    pub message: Option<String>,
}

/// The rows of all three kinds.
#[derive(Default)]
pub(crate) struct AnalysisRows {
    pub(crate) quantiles: Vec<QuantileRow>,
    pub(crate) ratios: Vec<RatioRow>,
    pub(crate) associations: Vec<AssociationRow>,
}

fn status_of(n: u64, th: &Thresholds) -> (Status, Vec<Reason>) {
    if n < th.min_cell {
        (
            Status::Suppressed,
            vec![if n == 0 {
                Reason::NoData
            } else {
                Reason::SmallCell
            }],
        )
    } else if n < th.unreliable_n {
        (Status::Unreliable, vec![Reason::SmallSample])
    } else {
        (Status::Ok, Vec::new())
    }
}

fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// Every analysis in every cell of one breakdown; `label` names a cell.
pub(crate) fn run(
    analyses: &Analyses,
    data: &Dataset,
    design: &Design,
    cells: &Cells,
    th: &Thresholds,
    label: &dyn Fn(usize) -> Vec<(String, String)>,
    out: &mut AnalysisRows,
) -> Result<(), ReportError> {
    let n_cells = cells.keys.len();
    let in_cell =
        |c: usize| -> Vec<bool> { cells.row_cell.iter().map(|&rc| rc as usize == c).collect() };
    for q in &analyses.quantiles {
        let y = numeric(
            data,
            &q.variable,
            &format!("[[quantile]] {:?}.variable", q.id),
        )?;
        for c in 0..n_cells {
            let domain = in_cell(c);
            let n = domain
                .iter()
                .zip(y)
                .filter(|(d, v)| **d && !v.is_nan())
                .count() as u64;
            let (status, reasons) = status_of(n, th);
            let figures = if status == Status::Suppressed {
                None
            } else {
                svyquantile(design, y, Some(&domain), &q.probabilities, th.confidence).ok()
            };
            for (i, &p) in q.probabilities.iter().enumerate() {
                let e = figures.as_ref().map(|f| &f[i]);
                out.quantiles.push(QuantileRow {
                    id: q.id.clone(),
                    by: label(c),
                    probability: p,
                    n: (status != Status::Suppressed).then_some(n),
                    estimate: e.map(|e| e.quantile),
                    se: e.and_then(|e| finite(e.se)),
                    ci_low: e.and_then(|e| finite(e.ci.low)),
                    ci_high: e.and_then(|e| finite(e.ci.high)),
                    df: e.map(|e| e.df),
                    status,
                    reasons: reasons.clone(),
                });
            }
        }
    }
    for r in &analyses.ratios {
        let field = format!("[[ratio]] {:?}", r.id);
        let y = numeric(data, &r.numerator, &format!("{field}.numerator"))?;
        let x = numeric(data, &r.denominator, &format!("{field}.denominator"))?;
        for c in 0..n_cells {
            let domain = in_cell(c);
            let n = (0..y.len())
                .filter(|&k| domain[k] && !y[k].is_nan() && !x[k].is_nan())
                .count() as u64;
            let (status, reasons) = status_of(n, th);
            let e = if status == Status::Suppressed {
                None
            } else {
                svyratio(design, y, x, Some(&domain), th.confidence).ok()
            };
            out.ratios.push(RatioRow {
                id: r.id.clone(),
                by: label(c),
                n: (status != Status::Suppressed).then_some(n),
                estimate: e.as_ref().map(|e| e.ratio),
                se: e.as_ref().map(|e| e.se),
                ci_low: e.as_ref().and_then(|e| finite(e.ci_t.low)),
                ci_high: e.as_ref().and_then(|e| finite(e.ci_t.high)),
                df: e.as_ref().map(|e| e.df),
                status,
                reasons,
            });
        }
    }
    for a in &analyses.associations {
        let field = format!("[[association]] {:?}", a.id);
        let codes = |name: &str, f: &str| -> Result<Vec<Option<u32>>, ReportError> {
            let l = levels_of(column(data, name, &format!("{field}.{f}"))?);
            Ok(l.index
                .iter()
                .map(|&i| (i != MISSING_CODE).then_some(i))
                .collect())
        };
        let rows = codes(&a.rows, "rows")?;
        let cols = codes(&a.columns, "columns")?;
        for c in 0..n_cells {
            let domain = in_cell(c);
            let n = (0..rows.len())
                .filter(|&k| domain[k] && rows[k].is_some() && cols[k].is_some())
                .count() as u64;
            let (mut status, mut reasons) = status_of(n, th);
            let mut message = None;
            let test = if status == Status::Suppressed {
                None
            } else {
                match svychisq(design, &rows, &cols, Some(&domain)) {
                    Ok(t) => Some(t),
                    Err(e) => {
                        status = Status::Suppressed;
                        reasons = vec![Reason::NoData];
                        message = Some(e.to_string());
                        None
                    }
                }
            };
            out.associations.push(AssociationRow {
                id: a.id.clone(),
                by: label(c),
                n: (status != Status::Suppressed).then_some(n),
                pearson: test.as_ref().map(|t| t.pearson),
                f: test.as_ref().map(|t| t.f),
                ndf: test.as_ref().map(|t| t.ndf),
                ddf: test.as_ref().map(|t| t.ddf),
                p_value: test.as_ref().map(|t| t.p_value),
                status,
                reasons,
                message,
            });
        }
    }
    Ok(())
}
