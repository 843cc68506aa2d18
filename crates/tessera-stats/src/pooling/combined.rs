//! Summed counts and the combined view across partners, with suppression that holds across them.

use serde::Serialize;

use super::{
    PartnerEstimate, PoolReason, PoolWeighting, PooledFigures, PooledKind, PoolingError, check,
    count, pool,
};
use crate::Thresholds;
use crate::disclosure::{CountTable, Line, Position, ProtectionRule, PublishedTable, protect};
use crate::published::Published;

/// Sums each category's counts over partners (attendance, sessions…) and protects the table:
/// the margins are the sums, and the published table hides small counts and whatever would let
/// them be worked out (see [`crate::disclosure`]).
///
/// # Errors
/// As [`CountTable::new`] and [`protect`].
pub fn sum_counts(
    partners: Vec<String>,
    categories: Vec<String>,
    counts: &[Vec<u64>],
    rule: &ProtectionRule,
) -> Result<PublishedTable, PoolingError> {
    let table = CountTable::new(partners, categories, counts)?;
    Ok(protect(&table, rule)?.published())
}

/// A combined view of partners' figures for one indicator: each partner's figure where it may
/// be shown, and the pooled figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CombinedView {
    /// Partner names, in input order.
    pub partners: Vec<String>,
    /// Each partner's figure, `None` where hidden (small, or hidden to protect another partner).
    pub partner_figures: Vec<Option<PartnerEstimate>>,
    /// The pooled figure over all partners (hidden ones included).
    pub pooled: Published<PooledFigures, PoolReason>,
    /// The table of people behind the figures as published: partners × {yes, no} for a
    /// proportion (counts rounded from value × n), partners × {people} for a mean.
    pub people: PublishedTable,
}

/// The combined view across partners: pools all partners, and hides partners' figures so that
/// no partner's small number of people, or a proportion's small count of yes or no answers, can
/// be worked out from the pooled figure and the other partners' figures.
///
/// # Errors
/// As [`pool`] and [`protect`]; names and figures of different lengths.
pub fn combined_view(
    partners: Vec<String>,
    estimates: &[PartnerEstimate],
    kind: PooledKind,
    weighting: PoolWeighting,
    th: &Thresholds,
    rule: &ProtectionRule,
) -> Result<CombinedView, PoolingError> {
    if partners.len() != estimates.len() {
        return Err(PoolingError::PartnerCount {
            names: partners.len(),
            figures: estimates.len(),
        });
    }
    check(estimates, kind, th)?;
    let (columns, counts): (Vec<String>, Vec<Vec<u64>>) = match kind {
        PooledKind::Proportion => (
            vec!["yes".to_owned(), "no".to_owned()],
            estimates
                .iter()
                .map(|e| {
                    #[expect(
                        clippy::cast_possible_truncation,
                        clippy::cast_sign_loss,
                        reason = "0 ≤ value · n ≤ n"
                    )]
                    let yes = (e.value * count(e.n)).round() as u64;
                    vec![yes, e.n - yes.min(e.n)]
                })
                .collect(),
        ),
        PooledKind::Mean => (
            vec!["people".to_owned()],
            estimates.iter().map(|e| vec![e.n]).collect(),
        ),
    };
    let table = CountTable::new(partners.clone(), columns, &counts)?;
    let people = protect(&table, rule)?.published();
    let row_shown = |i: usize| {
        people
            .cells
            .iter()
            .skip(i * people.shape().width())
            .take(people.shape().width())
            .all(Option::is_some)
    };
    let partner_figures = estimates
        .iter()
        .enumerate()
        .map(|(i, e)| row_shown(i).then_some(*e))
        .collect();
    // The pooled figure with N reveals the total row (for a proportion, the yes and no totals).
    let total_row_shown = (0..people.shape().width()).all(|c| {
        let column = if c + 1 == people.shape().width() {
            Line::Total
        } else {
            Line::Item(c)
        };
        people
            .get(Position {
                row: Line::Total,
                column,
            })
            .is_some()
    });
    let all_shown = (0..estimates.len()).all(row_shown);
    let pooled = if !total_row_shown {
        Published::Suppressed {
            reason: PoolReason::ProtectsAPartner,
        }
    } else {
        match (kind, weighting) {
            // Inverse-variance figures (value and SE) are weighted sums that, with the shown
            // partners' figures, could be solved for hidden ones: only when nothing is hidden.
            (_, PoolWeighting::InverseVariance) if !all_shown => Published::Suppressed {
                reason: PoolReason::ProtectsAPartner,
            },
            (_, PoolWeighting::InverseVariance) | (PooledKind::Mean, PoolWeighting::SampleSize) => {
                pool(estimates, kind, weighting, th)?
            }
            // A proportion from the pooled counts alone (yes total, N), which the total row
            // publishes anyway: the stratified SE would add an equation in the hidden partners'
            // counts. Pooling the strata can only widen the interval (Cochran 1977, §5.6).
            (PooledKind::Proportion, PoolWeighting::SampleSize) => {
                let (yes, n) = (
                    table.get(Position {
                        row: Line::Total,
                        column: Line::Item(0),
                    })?,
                    table.total(),
                );
                let mut p = pool(&[PartnerEstimate::proportion(yes, n)], kind, weighting, th)?;
                if let Published::Ok { figures } | Published::Unreliable { figures, .. } = &mut p {
                    figures.partners = estimates.iter().filter(|e| e.n > 0).count();
                }
                p
            }
        }
    };
    Ok(CombinedView {
        partners,
        partner_figures,
        pooled,
        people,
    })
}
