//! A figure with its publication status, shared by change and pooled figures.

use serde::Serialize;

use crate::Status;
use crate::change::ChangeReason;

/// A figure with its status: published (`ok`), published with reasons (`unreliable`), or not
/// published at all (`suppressed`, which carries no numbers by construction). `R` is the kind of
/// reason: [`ChangeReason`] for change, [`crate::pooling::PoolReason`] for pooled figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Published<T, R = ChangeReason> {
    /// Publishable.
    Ok {
        /// The figures.
        figures: T,
    },
    /// Publishable with a warning.
    Unreliable {
        /// The figures.
        figures: T,
        /// Why (never empty).
        reasons: Vec<R>,
    },
    /// Not publishable.
    Suppressed {
        /// Why.
        reason: R,
    },
}

impl<T, R> Published<T, R> {
    /// `Ok` when there are no reasons, else `Unreliable`.
    pub(crate) fn reported(figures: T, reasons: Vec<R>) -> Self {
        if reasons.is_empty() {
            Self::Ok { figures }
        } else {
            Self::Unreliable { figures, reasons }
        }
    }

    /// The status word: ok, unreliable or suppressed.
    #[must_use]
    pub fn status(&self) -> Status {
        match self {
            Self::Ok { .. } => Status::Ok,
            Self::Unreliable { .. } => Status::Unreliable,
            Self::Suppressed { .. } => Status::Suppressed,
        }
    }

    /// The figures, unless suppressed.
    #[must_use]
    pub fn figures(&self) -> Option<&T> {
        match self {
            Self::Ok { figures } | Self::Unreliable { figures, .. } => Some(figures),
            Self::Suppressed { .. } => None,
        }
    }

    /// The reasons: empty when ok, the suppression reason alone when suppressed.
    #[must_use]
    pub fn reasons(&self) -> &[R] {
        match self {
            Self::Ok { .. } => &[],
            Self::Unreliable { reasons, .. } => reasons,
            Self::Suppressed { reason } => std::slice::from_ref(reason),
        }
    }
}
