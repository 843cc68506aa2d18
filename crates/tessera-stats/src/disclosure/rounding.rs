//! Rounding of counts that leave the server.
//!
//! Counts of respondents are rounded to a base (default 10) before they are shown or exported,
//! so that a suppressed cell's size cannot be worked out by subtracting published counts
//! (a rule the web pages, `tessera estimate` and the API share). A rounded count is never 0:
//! a published cell has at least one respondent, and showing 0 would be false.

/// The default rounding base for published counts.
pub const COUNT_ROUNDING: u64 = 10;

/// Rounds a count to the nearest multiple of [`COUNT_ROUNDING`], halves up, and never to 0.
#[must_use]
pub fn round_count(n: u64) -> u64 {
    round_count_to(n, COUNT_ROUNDING)
}

/// Rounds a count to the nearest multiple of `base` (halves up), and never below `base`.
/// A base of 0 or 1 leaves the count as it is.
#[must_use]
pub fn round_count_to(n: u64, base: u64) -> u64 {
    if base <= 1 {
        return n;
    }
    (n.saturating_add(base / 2) / base * base).max(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_rounded_to_ten_and_never_to_zero() {
        assert_eq!(round_count(14), 10);
        assert_eq!(round_count(15), 20);
        assert_eq!(round_count(3), 10);
        assert_eq!(round_count(0), 10);
        assert_eq!(round_count(1234), 1230);
        assert_eq!(round_count_to(7, 5), 5);
        assert_eq!(round_count_to(8, 5), 10);
        assert_eq!(round_count_to(8, 1), 8);
    }
}
