//! The design a spec describes, built over a dataset's columns.

use tessera_data::Dataset;

use super::levels::{Levels, levels_of};
use super::{ReportError, column, numeric};
use crate::design::{Design, DesignSpec};
use crate::replicate::ReplicateSpec;
use crate::spec::EstimateSpec;

/// How many row numbers an error lists before giving a count.
const ROWS_LISTED: usize = 10;

/// The design columns the spec names, with the spec field of each.
fn design_fields(spec: &EstimateSpec) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = match &spec.design {
        Some(d) => [
            ("[design] weight", &d.weight),
            ("[design] strata", &d.strata),
            ("[design] psu", &d.psu),
            ("[design] fpc", &d.fpc),
        ]
        .into_iter()
        .filter(|(_, c)| !c.trim().is_empty())
        .map(|(f, c)| (f, c.clone()))
        .collect(),
        None => Vec::new(),
    };
    for c in spec.replicates.iter().flat_map(|r| &r.columns) {
        out.push(("[replicates] columns", c.clone()));
    }
    out
}

/// Rows of a design column that are blank: (spec field, column, 0-based rows).
pub(crate) type BlankRows = (&'static str, String, Vec<usize>);

/// Rows (0-based) where a design column the spec names is blank, per (field, column).
///
/// R stops here ("missing values in strata/id"); a blank stratum or PSU would otherwise become a
/// stratum or PSU of its own (issue 12, item 13).
pub(crate) fn blank_design_rows(
    spec: &EstimateSpec,
    data: &Dataset,
) -> Result<Vec<BlankRows>, ReportError> {
    let mut out = Vec::new();
    for (field, name) in design_fields(spec) {
        let col = column(data, &name, field)?;
        let rows: Vec<usize> = (0..data.n_rows).filter(|&r| col.is_missing(r)).collect();
        if !rows.is_empty() {
            out.push((field, name, rows));
        }
    }
    Ok(out)
}

/// The error for blank design values, naming the rows (1-based data rows).
pub(crate) fn blank_design_error(field: &str, column: &str, rows: &[usize]) -> ReportError {
    ReportError::BlankDesignValues {
        field: field.to_owned(),
        name: column.to_owned(),
        rows: rows.iter().take(ROWS_LISTED).map(|r| r + 1).collect(),
        count: rows.len(),
    }
}

/// Builds the design the spec describes over the dataset's rows.
///
/// # Errors
/// A column the spec names is not in the data or not numeric where it must be; a design column
/// is blank in some rows (named); the design itself is invalid (bad weights, fpc, nesting or a
/// lonely PSU under `fail`), named with the codes as they are in the data.
pub fn design_for(spec: &EstimateSpec, data: &Dataset) -> Result<Design, ReportError> {
    let taylor = taylor_design(spec, data)?;
    let Some(r) = &spec.replicates else {
        return Ok(taylor);
    };
    if r.make {
        return Ok(taylor.to_jackknife(r.kind)?);
    }
    let columns: Vec<&[f64]> = r
        .columns
        .iter()
        .map(|c| numeric(data, c, "[replicates] columns"))
        .collect::<Result<_, _>>()?;
    let weights = match spec.design.as_ref().map(|d| d.weight.trim()) {
        Some(w) if !w.is_empty() => Some(numeric(data, w, "[design] weight")?),
        _ => None,
    };
    let rscales = r.rscales.as_ref().map(|v| {
        if v.len() == 1 && columns.len() > 1 {
            vec![v[0]; columns.len()]
        } else {
            v.clone()
        }
    });
    Ok(Design::replicate(
        data.n_rows,
        &ReplicateSpec {
            kind: r.kind,
            weights,
            replicates: &columns,
            combined_weights: r.combined_weights,
            scale: r.scale,
            rscales: rscales.as_deref(),
            rho: r.rho,
            mse: r.mse,
        },
    )?)
}

/// The design of strata, PSUs, weights and fpc (or a simple random sample).
fn taylor_design(spec: &EstimateSpec, data: &Dataset) -> Result<Design, ReportError> {
    let Some(d) = &spec.design else {
        return Ok(Design::simple_random_sample(data.n_rows)?);
    };
    if let Some((field, name, rows)) = blank_design_rows(spec, data)?.into_iter().next() {
        return Err(blank_design_error(field, &name, &rows));
    }
    let given = |s: &String| (!s.trim().is_empty()).then(|| s.clone());
    let weights = match given(&d.weight) {
        Some(w) => Some(numeric(data, &w, "[design] weight")?),
        None => None,
    };
    let codes = |name: Option<String>, field: &str| -> Result<Option<Levels>, ReportError> {
        match name {
            Some(n) => Ok(Some(levels_of(column(data, &n, field)?))),
            None => Ok(None),
        }
    };
    let strata = codes(given(&d.strata), "[design] strata")?;
    let psu = codes(given(&d.psu), "[design] psu")?;
    let fpc = match given(&d.fpc) {
        Some(f) => Some(numeric(data, &f, "[design] fpc")?),
        None => None,
    };
    Ok(Design::new(
        data.n_rows,
        &DesignSpec {
            weights,
            strata: strata.as_ref().map(|l| l.index.as_slice()),
            psu: psu.as_ref().map(|l| l.index.as_slice()),
            fpc,
            nest: d.nest,
            lonely_psu: d.lonely_psu,
            strata_labels: strata.as_ref().map(|l| l.labels.as_slice()),
            psu_labels: psu.as_ref().map(|l| l.labels.as_slice()),
            adjust_domain_lonely: spec.variance.adjust_domain_lonely,
        },
    )?)
}
