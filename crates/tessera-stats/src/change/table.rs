//! Every participant's values at every collection point, and change for a whole plan.

use serde::Serialize;

use super::cell::{CellChange, paired_change_at};
use super::{ChangeError, ChangeIndicator, ChangeOptions};

/// The most values a [`MeasurementTable`] may hold (participants × points × indicators):
/// 50 million, 400 MB of memory, far above the 10,000 × 4 × 20 of a large plan.
pub const MAX_TABLE_VALUES: usize = 50_000_000;

/// Participants' values, by indicator, collection point and participant; NaN where not measured.
///
/// Each (indicator, point) column is stored contiguously, so a change between two points is one
/// pass over two slices.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasurementTable {
    participants: usize,
    points: usize,
    indicators: usize,
    values: Vec<f64>,
}

impl MeasurementTable {
    /// An empty table: every value not measured.
    ///
    /// # Errors
    /// [`ChangeError::TableTooLarge`] beyond [`MAX_TABLE_VALUES`].
    pub fn new(participants: usize, points: usize, indicators: usize) -> Result<Self, ChangeError> {
        let len = participants
            .checked_mul(points)
            .and_then(|v| v.checked_mul(indicators))
            .filter(|&v| v <= MAX_TABLE_VALUES)
            .ok_or(ChangeError::TableTooLarge {
                participants,
                points,
                indicators,
                limit: MAX_TABLE_VALUES,
            })?;
        Ok(Self {
            participants,
            points,
            indicators,
            values: vec![f64::NAN; len],
        })
    }

    /// Participants (rows).
    #[must_use]
    pub fn participants(&self) -> usize {
        self.participants
    }

    /// Collection points.
    #[must_use]
    pub fn points(&self) -> usize {
        self.points
    }

    /// Indicators.
    #[must_use]
    pub fn indicators(&self) -> usize {
        self.indicators
    }

    fn check(what: &'static str, index: usize, len: usize) -> Result<(), ChangeError> {
        if index < len {
            Ok(())
        } else {
            Err(ChangeError::OutOfTable {
                what,
                index: index + 1,
                len,
            })
        }
    }

    /// Records a participant's value at a collection point (0-based positions); NaN clears it.
    ///
    /// # Errors
    /// [`ChangeError::OutOfTable`] for a position outside the table.
    pub fn set(
        &mut self,
        participant: usize,
        point: usize,
        indicator: usize,
        value: f64,
    ) -> Result<(), ChangeError> {
        Self::check("participant", participant, self.participants)?;
        Self::check("collection point", point, self.points)?;
        Self::check("indicator", indicator, self.indicators)?;
        let i = (indicator * self.points + point) * self.participants + participant;
        self.values[i] = value;
        Ok(())
    }

    /// Every participant's value of an indicator at a point (0-based), NaN where not measured.
    ///
    /// # Errors
    /// [`ChangeError::OutOfTable`] for a position outside the table.
    pub fn column(&self, indicator: usize, point: usize) -> Result<&[f64], ChangeError> {
        Self::check("collection point", point, self.points)?;
        Self::check("indicator", indicator, self.indicators)?;
        let start = (indicator * self.points + point) * self.participants;
        Ok(&self.values[start..start + self.participants])
    }
}

/// Change of one indicator from the baseline to one follow-up point, for every group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PointChange {
    /// 0-based indicator position in the table.
    pub indicator: usize,
    /// 0-based follow-up collection point.
    pub point: usize,
    /// One entry per group, in group order.
    pub cells: Vec<CellChange>,
}

/// Change estimates for a plan: every indicator, every collection point other than the baseline
/// against the baseline, for every group (e.g. side, or side × breakdown).
///
/// `indicators[i]` describes indicator i of the table; `cells[p]` is participant p's group
/// (`crate::NO_CELL` to leave them out, e.g. after consent was withdrawn).
///
/// # Errors
/// As [`super::paired_change`], with the collection point named in value errors; a baseline
/// outside the table; indicator settings that do not match the table.
pub fn plan_change(
    table: &MeasurementTable,
    indicators: &[ChangeIndicator],
    baseline_point: usize,
    cells: &[u32],
    n_cells: usize,
    options: &ChangeOptions,
) -> Result<Vec<PointChange>, ChangeError> {
    if baseline_point >= table.points {
        return Err(ChangeError::NoSuchBaseline {
            baseline: baseline_point + 1,
            points: table.points,
        });
    }
    if indicators.len() != table.indicators {
        return Err(ChangeError::IndicatorCountMismatch {
            table: table.indicators,
            given: indicators.len(),
        });
    }
    if cells.len() != table.participants {
        return Err(ChangeError::LengthMismatch {
            what: "the groups",
            expected: table.participants,
            found: cells.len(),
        });
    }
    let mut out = Vec::with_capacity(indicators.len() * table.points.saturating_sub(1));
    for (i, indicator) in indicators.iter().enumerate() {
        let base = table.column(i, baseline_point)?;
        for point in (0..table.points).filter(|&p| p != baseline_point) {
            let names = (
                format!(
                    "collection point {} (indicator {})",
                    baseline_point + 1,
                    i + 1
                ),
                format!("collection point {} (indicator {})", point + 1, i + 1),
            );
            let cells = paired_change_at(
                base,
                table.column(i, point)?,
                cells,
                n_cells,
                indicator,
                options,
                (&names.0, &names.1),
            )?;
            out.push(PointChange {
                indicator: i,
                point,
                cells,
            });
        }
    }
    Ok(out)
}
