//! A deterministic synthetic residents' survey of Kestrel Bay, a fictional town, for demos.
//!
//! Kestrel Bay has eight wards. The survey has three annual waves (2023, 2024, 2025) with fresh
//! respondents each wave, drawn from the same fixed address clusters (PSUs) within each ward.
//! The design is stratified (stratum = ward) and clustered (`psu` numbered 1..n_h *within* each
//! ward, so PSU ids repeat across strata and must be nested in the stratum).
//!
//! Built-in patterns, so that the demo has something to say:
//!
//! - **Newcomers** (born abroad, in the UK less than five years) are about a fifth of the rows.
//! - **Gaps that differ by indicator.** Newcomers are less likely to agree that people from
//!   different backgrounds get on well, to be employed, registered with a GP, or confident
//!   online; they trust the police *more*; they volunteer about as much as everyone else.
//! - **Gaps that move.** The agreement, employment, GP-registration and digital-confidence gaps
//!   narrow from 2023 to 2025; the gap in asking a neighbour for help stays put.
//! - **Clustering.** PSU random effects in cohesion, trust, belonging, neighbourliness and
//!   newcomer concentration give real design effects.
//! - **Tiny cells.** Fernlea has exactly 4, 6 and 9 newcomers in 2023, 2024 and 2025, whatever the
//!   number of rows, so small-cell suppression shows.
//!
//! Every draw comes from a PRNG implemented here (xoshiro256** seeded by SplitMix64), and the
//! model uses only `+ - * /` and rounding, never the platform's `exp`, `ln` or `sin`, so the same seed gives bit-identical data on every platform.
//!
//! [`generate`] returns the dataset the way the readers would return it with the codebook
//! applied: `dont_know` in `getting_on_well` is declared missing in the codebook and missing in
//! the column. [`generate_csv`] writes the "original file", where `dont_know` is still spelt out.

use crate::model::Dataset;

/// How much synthetic data to make, and from which seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntheticOptions {
    /// Seed of the random number generator; the same seed gives the same data.
    pub seed: u64,
    /// Number of respondents, split as evenly as possible across the three waves.
    pub rows: usize,
}

impl Default for SyntheticOptions {
    fn default() -> Self {
        SyntheticOptions {
            seed: 2026,
            rows: 3000,
        }
    }
}

/// Generates the Kestrel Bay survey with a full codebook, `dont_know` already made missing.
pub fn generate(options: &SyntheticOptions) -> Dataset {
    let rows = respondents(options);
    dataset(&rows, false)
}

/// Generates the Kestrel Bay survey as the CSV text of the "original file".
///
/// Unlike [`generate`], `getting_on_well` keeps its `dont_know` answers. Reading this text with
/// the codebook of [`generate`] gives back the same values.
pub fn generate_csv(options: &SyntheticOptions) -> String {
    let rows = respondents(options);
    to_csv(&dataset(&rows, true))
}

/// Writes a dataset as comma-separated text with a header row; missing values are blank.
///
/// Numbers print as [`crate::format_number`] does (shortest text that reads back exactly, whole
/// numbers without `.0`). Fields holding a comma, a quote, a line break or surrounding spaces
/// are quoted.
pub fn to_csv(dataset: &Dataset) -> String {
    let mut out = String::new();
    let names: Vec<&str> = dataset.columns.iter().map(|c| c.name.as_str()).collect();
    push_record(&mut out, names.iter().copied());
    for row in 0..dataset.n_rows {
        let fields: Vec<String> = dataset
            .columns
            .iter()
            .map(|c| c.text_at(row).map(|s| s.into_owned()).unwrap_or_default())
            .collect();
        push_record(&mut out, fields.iter().map(String::as_str));
    }
    out
}

fn push_record<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let needs_quotes = field.contains([',', '"', '\n', '\r'])
            || field.starts_with(char::is_whitespace)
            || field.ends_with(char::is_whitespace);
        if needs_quotes {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push('\n');
}

mod codebook;
mod draw;
mod rng;
#[cfg(test)]
mod tests;
mod town;

use codebook::dataset;
use draw::respondents;
