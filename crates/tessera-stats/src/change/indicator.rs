//! How an indicator's change is read, and who the figures are for.

use serde::{Deserialize, Serialize};

use crate::Thresholds;

use super::ChangeError;

/// What a participant's answer to an indicator is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    /// A number on a scale (for example a 0–10 trust score); change is the mean paired difference.
    Scale,
    /// A yes/no success (1 = yes, 0 = no); change is the paired difference of proportions.
    YesNo,
}

/// Which way is better, so that "improved" means the right thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// A higher score, or a yes, is better (the default).
    #[default]
    HigherIsBetter,
    /// A lower score, or a no, is better (for example "felt isolated in the last week").
    LowerIsBetter,
}

impl Direction {
    /// +1 or −1: the sign that turns a raw change into a change for the better.
    pub(crate) fn sign(self) -> f64 {
        match self {
            Self::HigherIsBetter => 1.0,
            Self::LowerIsBetter => -1.0,
        }
    }
}

/// How one indicator's change is computed and read.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ChangeIndicator {
    /// Scale or yes/no.
    pub kind: IndicatorKind,
    /// Which way is better.
    pub direction: Direction,
    /// Changes with |follow-up − baseline| ≤ this count as "stayed the same" (default 0: any
    /// change counts). For example 1 on a 0–10 scale treats a one-point move as no real change.
    same_band: f64,
}

impl ChangeIndicator {
    /// A scale indicator where any change counts.
    #[must_use]
    pub fn scale(direction: Direction) -> Self {
        Self {
            kind: IndicatorKind::Scale,
            direction,
            same_band: 0.0,
        }
    }

    /// A yes/no indicator.
    #[must_use]
    pub fn yes_no(direction: Direction) -> Self {
        Self {
            kind: IndicatorKind::YesNo,
            direction,
            same_band: 0.0,
        }
    }

    /// The same indicator with a band of changes that count as "stayed the same".
    ///
    /// # Errors
    /// [`ChangeError::InvalidSameBand`] for a negative or non-finite band.
    pub fn with_same_band(self, band: f64) -> Result<Self, ChangeError> {
        if band.is_finite() && band >= 0.0 {
            Ok(Self {
                same_band: band,
                ..self
            })
        } else {
            Err(ChangeError::InvalidSameBand(band))
        }
    }

    /// The band of changes that count as "stayed the same".
    #[must_use]
    pub fn same_band(&self) -> f64 {
        self.same_band
    }
}

/// Who will see the figures: this decides whether small numbers are suppressed or shown marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The organisation that owns the participants: small numbers are shown, marked
    /// [`super::ChangeReason::SmallNumberShownToOwner`].
    Owner,
    /// Anyone else (a funder, a partner, the public): small numbers are suppressed.
    Others,
}

/// Options of a change computation.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ChangeOptions {
    /// Disclosure threshold (`min_cell`), the sample size below which figures are flagged
    /// unreliable (`unreliable_n`) and the confidence level. `unreliable_cv` is not used: the
    /// coefficient of variation of a change near zero means nothing.
    pub thresholds: Thresholds,
    /// Who will see the figures.
    pub audience: Audience,
    /// Attrition above this share of the baseline flags the change unreliable (default 0.20,
    /// the upper end of the "5-and-20" rule of thumb of Schulz and Grimes (2002), *Lancet* 359,
    /// 781–785: beyond 20 % lost, those followed up may no longer stand for those who started).
    pub max_attrition: f64,
}

impl ChangeOptions {
    /// Default thresholds for the given audience.
    #[must_use]
    pub fn for_audience(audience: Audience) -> Self {
        Self {
            thresholds: Thresholds::default(),
            audience,
            max_attrition: 0.20,
        }
    }

    pub(crate) fn check(&self) -> Result<(), ChangeError> {
        let c = self.thresholds.confidence;
        if !(c > 0.0 && c < 1.0) {
            return Err(ChangeError::InvalidConfidence(c));
        }
        if !(0.0..=1.0).contains(&self.max_attrition) {
            return Err(ChangeError::InvalidAttritionLimit(self.max_attrition));
        }
        Ok(())
    }
}
