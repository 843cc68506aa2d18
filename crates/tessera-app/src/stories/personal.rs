//! The personal-data check: warns when a story's text holds what looks like a person's name, a
//! telephone number, an e-mail address or a UK postal address (by its postcode).
//!
//! It is a heuristic to make a person look again, not a guarantee: it flags capitalised words
//! found in a list of common first names (and any capitalised word after a title such as "Mrs"),
//! runs of 10 to 13 digits written like a telephone number, words with an `@` between a name and
//! a dotted domain, and words shaped like a UK postcode (the pattern of the Royal Mail's
//! Postcode Address File: area, district, then sector digit and unit letters).

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::Serialize;
use tessera_l10n::ta;

/// What the check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A word that looks like a person's name.
    Name,
    /// Something that looks like a telephone number.
    Phone,
    /// An e-mail address.
    Email,
    /// A UK postcode (so, probably, an address).
    Postcode,
}

impl FindingKind {
    /// The stored code (`name`, `phone`, `email`, `postcode`).
    pub fn code(self) -> &'static str {
        match self {
            FindingKind::Name => "name",
            FindingKind::Phone => "phone",
            FindingKind::Email => "email",
            FindingKind::Postcode => "postcode",
        }
    }
}

/// One thing that looks like personal data, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// What it looks like.
    pub kind: FindingKind,
    /// The text found.
    pub text: String,
    /// The field it is in (`title` or `body`).
    pub field: String,
}

impl Finding {
    /// The warning in the request's language.
    pub fn message(&self) -> String {
        ta(
            &format!("stories-check-{}", self.kind.code()),
            &[("text", self.text.clone().into())],
        )
    }
}

static FIRST_NAMES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    include_str!("first_names.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
});

const TITLES: [&str; 8] = ["mr", "mrs", "ms", "miss", "dr", "mx", "mister", "madam"];

/// Everything in `text` (the field `field`) that looks like personal data, in the order found.
/// Names are not flagged when `names_allowed` (the person agreed to be named).
pub fn check(field: &str, text: &str, names_allowed: bool) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut push = |kind, text: &str| {
        let f = Finding {
            kind,
            text: text.to_owned(),
            field: field.to_owned(),
        };
        if !found.contains(&f) {
            found.push(f);
        }
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, raw) in words.iter().enumerate() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '.');
        let word = word.trim_end_matches('.');
        if is_email(word) {
            push(FindingKind::Email, word);
            continue;
        }
        if !names_allowed && starts_upper(word) {
            let bare = word.trim_end_matches("'s");
            let after_title = i > 0 && {
                let prev = words[i - 1]
                    .trim_matches(|c: char| !c.is_alphabetic())
                    .to_lowercase();
                TITLES.contains(&prev.as_str())
            };
            if FIRST_NAMES.contains(&bare.to_lowercase()) || after_title {
                push(FindingKind::Name, bare);
            }
        }
    }
    for phone in phones(text) {
        push(FindingKind::Phone, &phone);
    }
    for pair in words.windows(2) {
        let joined = format!("{}{}", pair[0], clean(pair[1]));
        if is_postcode(&joined) {
            push(
                FindingKind::Postcode,
                &format!("{} {}", pair[0], clean(pair[1])),
            );
        }
    }
    for word in &words {
        let w = clean(word);
        if is_postcode(w) {
            push(FindingKind::Postcode, w);
        }
    }
    found
}

fn clean(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_email(word: &str) -> bool {
    let Some((local, domain)) = word.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "._%+-".contains(c))
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || ".-".contains(c))
}

/// Runs of digits, spaces, dashes, dots and brackets (with an optional leading `+`) holding 10
/// to 13 digits: UK numbers have 10 or 11 digits (`01632 960123`, `07700 900123`), 12 with the
/// country code (`+44 7700 900123`); 13 leaves room for other countries' mobiles.
fn phones(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            let start = i;
            let mut digits = 0;
            let mut end = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || " -().+".contains(chars[i])) {
                if chars[i].is_ascii_digit() {
                    digits += 1;
                    end = i + 1;
                }
                i += 1;
            }
            if (10..=13).contains(&digits) {
                out.push(chars[start..end].iter().collect());
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Whether `text` (without its space) is shaped like a UK postcode: `A9 9AA`, `A99 9AA`,
/// `AA9 9AA`, `AA99 9AA`, `A9A 9AA` or `AA9A 9AA`.
fn is_postcode(text: &str) -> bool {
    let t: Vec<char> = text.chars().filter(|c| *c != ' ').collect();
    if !(5..=7).contains(&t.len()) || !t.iter().all(char::is_ascii_alphanumeric) {
        return false;
    }
    let upper: Vec<char> = t.iter().map(char::to_ascii_uppercase).collect();
    // Only capitals count: "ab12cd" in running text is rarely a postcode.
    if upper != t {
        return false;
    }
    let (outward, inward) = upper.split_at(upper.len() - 3);
    let inward_ok = inward[0].is_ascii_digit()
        && inward[1].is_ascii_alphabetic()
        && inward[2].is_ascii_alphabetic();
    let a = |c: &char| c.is_ascii_alphabetic();
    let d = |c: &char| c.is_ascii_digit();
    let outward_ok = match outward {
        [x, y] => a(x) && d(y),
        [x, y, z] => a(x) && ((d(y) && (d(z) || a(z))) || (a(y) && d(z))),
        [w, x, y, z] => a(w) && a(x) && d(y) && (d(z) || a(z)),
        _ => false,
    };
    inward_ok && outward_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(FindingKind, String)> {
        check("body", text, false)
            .into_iter()
            .map(|f| (f.kind, f.text))
            .collect()
    }

    #[test]
    fn a_first_name_an_email_a_phone_and_a_postcode_are_each_flagged() {
        let found = kinds(
            "Fatima said the café helped. Call 07700 900123 or write to f.ali@example.org, \
             14 High Street, Cardiff CF10 1AA.",
        );
        assert_eq!(
            found,
            vec![
                (FindingKind::Name, "Fatima".to_owned()),
                (FindingKind::Email, "f.ali@example.org".to_owned()),
                (FindingKind::Phone, "07700 900123".to_owned()),
                (FindingKind::Postcode, "CF10 1AA".to_owned()),
            ]
        );
    }

    #[test]
    fn a_title_marks_the_next_word_as_a_name_and_consent_to_naming_silences_names() {
        assert_eq!(
            kinds("We met Mrs Okonkwo on Tuesday."),
            vec![(FindingKind::Name, "Okonkwo".to_owned())]
        );
        assert!(check("body", "Fatima and Mrs Okonkwo", true).is_empty());
    }

    #[test]
    fn ordinary_sentences_dates_and_counts_are_not_flagged() {
        assert!(
            kinds("In May we held 12 sessions; 2025-03-01 was the first. Hope grew.").is_empty()
        );
        assert!(kinds("The group met every week in the Town Hall.").is_empty());
        assert!(kinds("Attendance rose from 120 to 1500 people over 2 years").is_empty());
    }

    #[test]
    fn postcodes_of_every_shape_are_recognised_and_lookalikes_are_not() {
        for p in [
            "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB",
        ] {
            assert!(is_postcode(p), "{p}");
        }
        for p in ["ABC 123", "M1 1A", "12345", "cf10 1aa", "CF10 1A1"] {
            assert!(!is_postcode(p), "{p}");
        }
    }

    #[test]
    fn international_numbers_are_flagged_but_short_numbers_are_not() {
        assert_eq!(
            kinds("Ring +44 (0)29 2087 2087 today"),
            vec![(FindingKind::Phone, "+44 (0)29 2087 2087".to_owned())]
        );
        assert!(kinds("Room 101, 2024").is_empty());
    }
}
