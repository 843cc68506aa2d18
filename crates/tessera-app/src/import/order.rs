//! One natural order for codes and waves, used wherever Tessera lists them: numbers by value
//! first (`-9`, `1`, `2`, `10`), then text in natural order (`2024-Q2` before `2024-Q10`),
//! ignoring case. It is a total order, so sorting never panics and the same values always come
//! out in the same order, however the file came in.

use std::cmp::Ordering;

/// Compares two codes or wave labels naturally (see the module documentation).
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (ta, tb) = (a.trim(), b.trim());
    let number = |s: &str| s.parse::<f64>().ok().filter(|x| x.is_finite());
    match (number(ta), number(tb)) {
        (Some(x), Some(y)) => x.total_cmp(&y).then_with(|| a.cmp(b)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => chunks_cmp(&ta.to_lowercase(), &tb.to_lowercase()).then_with(|| a.cmp(b)),
    }
}

/// Sorts codes naturally, in place.
pub fn sort_naturally(values: &mut [String]) {
    values.sort_by(|a, b| natural_cmp(a, b));
}

/// Compares text as runs of digits (by value) and runs of other characters (as text); a run of
/// digits comes before a run of other characters.
fn chunks_cmp(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (chunks(a), chunks(b));
    loop {
        match (x.next(), y.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(p), Some(q)) => {
                let order = match (is_digits(p), is_digits(q)) {
                    (true, true) => digits_cmp(p, q),
                    (true, false) => Ordering::Less,
                    (false, true) => Ordering::Greater,
                    (false, false) => p.cmp(q),
                };
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

fn is_digits(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit())
}

/// Compares runs of ASCII digits by value without parsing (they may be longer than any integer
/// type), then by length so `01` and `1` still differ.
fn digits_cmp(p: &str, q: &str) -> Ordering {
    let (tp, tq) = (p.trim_start_matches('0'), q.trim_start_matches('0'));
    tp.len()
        .cmp(&tq.len())
        .then_with(|| tp.cmp(tq))
        .then_with(|| p.len().cmp(&q.len()))
}

fn chunks(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let digits = first.is_ascii_digit();
        let end = rest
            .char_indices()
            .find(|(_, c)| c.is_ascii_digit() != digits)
            .map_or(rest.len(), |(i, _)| i);
        let (chunk, tail) = rest.split_at(end);
        rest = tail;
        Some(chunk)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(values: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = values.iter().map(|s| (*s).to_owned()).collect();
        sort_naturally(&mut v);
        v
    }

    #[test]
    fn numbers_sort_by_value_before_text() {
        assert_eq!(
            sorted(&["10", "2", "-9", "1a", "1"]),
            ["-9", "1", "2", "10", "1a"]
        );
    }

    #[test]
    fn text_with_numbers_sorts_naturally() {
        assert_eq!(
            sorted(&["2024-Q10", "2024-Q2", "Wave 10", "wave 9", "2023-Q4"]),
            ["2023-Q4", "2024-Q2", "2024-Q10", "wave 9", "Wave 10"]
        );
    }

    #[test]
    fn the_order_is_the_same_whatever_order_the_values_came_in() {
        let values = ["2", "10", "1a", "b", "B", "01", "1", "x10", "x9", "", " 3 "];
        let expected = sorted(&values);
        let mut reversed: Vec<&str> = values.to_vec();
        reversed.reverse();
        assert_eq!(sorted(&reversed), expected);
        let mut rotated: Vec<&str> = values.to_vec();
        rotated.rotate_left(4);
        assert_eq!(sorted(&rotated), expected);
    }

    #[test]
    fn the_comparison_is_a_total_order() {
        // Antisymmetric and transitive on a mix of numbers, text and digit runs.
        let values = [
            "2",
            "10",
            "1a",
            "a1",
            "a10",
            "a9",
            "A9",
            "-1",
            "1.5",
            "01",
            "1",
            "",
            "NaN",
            "inf",
            "99999999999999999999999",
            "2024-Q1",
        ];
        for a in values {
            for b in values {
                assert_eq!(natural_cmp(a, b), natural_cmp(b, a).reverse(), "{a} {b}");
                for c in values {
                    if natural_cmp(a, b) != Ordering::Greater
                        && natural_cmp(b, c) != Ordering::Greater
                    {
                        assert_ne!(natural_cmp(a, c), Ordering::Greater, "{a} {b} {c}");
                    }
                }
            }
        }
    }
}
