//! Number parsing and printing on the hot path, plus a small fast hasher for interning.

use std::hash::{BuildHasherDefault, Hasher};

/// Powers of ten exactly representable as `f64` (10^0 ..= 10^22).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Parses trimmed bytes as a finite number.
///
/// Returns the value and whether [`format_number`] prints it back as exactly these
/// bytes ("canonical"); callers use that to know whether numbers seen before a column
/// turned out to be text can be printed back instead of re-read.
///
/// The fast path handles `[-+]digits[.digits]` with at most 19 digits: the mantissa and the
/// power of ten are then both exact, so one division is correctly rounded (Clinger's fast
/// path, W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990).
/// Everything else goes through `str::parse`, which is also correctly rounded.
pub(crate) fn parse_number(s: &[u8]) -> Option<(f64, bool)> {
    let (negative, sign_len) = match s.first()? {
        b'-' => (true, 1),
        b'+' => (false, 1),
        _ => (false, 0),
    };
    let body = &s[sign_len..];
    let mut mantissa: u64 = 0;
    let mut int_digits = 0usize;
    let mut frac_digits = 0usize;
    let mut seen_dot = false;
    let mut fast = !body.is_empty() && body.len() <= 20;
    if fast {
        for &b in body {
            match b {
                b'0'..=b'9' => {
                    mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
                    if seen_dot {
                        frac_digits += 1;
                    } else {
                        int_digits += 1;
                    }
                }
                b'.' if !seen_dot => seen_dot = true,
                _ => {
                    fast = false;
                    break;
                }
            }
        }
    }
    let digits = int_digits + frac_digits;
    if fast && digits > 0 && digits <= 19 && mantissa <= (1u64 << 53) {
        let mut value = mantissa as f64 / POW10[frac_digits];
        if negative {
            value = -value;
        }
        let canonical = sign_len == 0 || (negative && mantissa != 0);
        let canonical = canonical
            && int_digits > 0
            && (int_digits == 1 || body[0] != b'0')
            && digits <= 15
            && (!seen_dot || (frac_digits > 0 && body[body.len() - 1] != b'0'));
        return Some((value, canonical));
    }
    if !s.iter().any(|b| b.is_ascii_digit()) {
        // Rejects "inf", "NaN" and friends, which str::parse accepts.
        return None;
    }
    let text = std::str::from_utf8(s).ok()?;
    let value: f64 = text.parse().ok()?;
    value.is_finite().then_some((value, false))
}

/// Prints a number the way codes are written: whole numbers without a trailing `.0`.
pub fn format_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// Trims ASCII whitespace from both ends.
pub(crate) fn trim_bytes(mut s: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = s {
        if first.is_ascii_whitespace() {
            s = rest;
        } else {
            break;
        }
    }
    while let [rest @ .., last] = s {
        if last.is_ascii_whitespace() {
            s = rest;
        } else {
            break;
        }
    }
    s
}

/// The Fx hash (rustc's), fast for the short keys survey categories are.
///
/// Not resistant to hash flooding; the keys come from a file the user chose to read.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        while bytes.len() >= 8 {
            let (head, rest) = bytes.split_at(8);
            let mut word = [0u8; 8];
            word.copy_from_slice(head);
            self.add(u64::from_le_bytes(word));
            bytes = rest;
        }
        if !bytes.is_empty() {
            let mut word = [0u8; 8];
            word[..bytes.len()].copy_from_slice(bytes);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builder for hash maps keyed by short byte strings.
pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_path_agrees_with_std_parse() {
        for s in [
            "0",
            "1",
            "-1",
            "148.7836",
            "0.1",
            "123456789012345678",
            "9007199254740993",
            "3.14159",
            "-0.000001",
            "+5",
            "1.",
            ".5",
            "007",
        ] {
            let (v, _) = parse_number(s.as_bytes()).expect(s);
            let expected: f64 = s.parse().expect(s);
            assert_eq!(v.to_bits(), expected.to_bits(), "{s}");
        }
    }

    #[test]
    fn canonical_means_format_number_prints_the_same_text() {
        for s in [
            "0",
            "1",
            "-1",
            "148.7836",
            "0.1",
            "2022",
            "1.5",
            "1.50",
            "01",
            "+1",
            "-0",
            ".5",
            "1.",
            "1e3",
            "3.0",
            "123456789012345",
        ] {
            let (v, canonical) = parse_number(s.as_bytes()).expect(s);
            if canonical {
                assert_eq!(format_number(v), s);
            }
        }
        assert!(parse_number(b"148.7836").is_some_and(|(_, c)| c));
        assert!(parse_number(b"1.50").is_some_and(|(_, c)| !c));
        assert!(parse_number(b"01").is_some_and(|(_, c)| !c));
    }

    #[test]
    fn words_and_non_finite_numbers_are_not_numbers() {
        for s in [
            "NA",
            "nan",
            "inf",
            "-Infinity",
            "1e999",
            "dont_know",
            "1,5",
            "1.2.3",
            "-",
            "",
        ] {
            assert!(parse_number(s.as_bytes()).is_none(), "{s}");
        }
    }

    #[test]
    fn trim_bytes_removes_surrounding_whitespace() {
        assert_eq!(trim_bytes(b"  a b\t\r\n"), b"a b");
        assert_eq!(trim_bytes(b"   "), b"");
    }
}
