//! Ids of the parts of a plan (outcomes, outputs, activities, stakeholders, target groups…):
//! made from their text, unique in the plan, never one of the ids with a meaning of their own.

use crate::GOAL_ID;

/// Ids a part may not take: the goal's id and the words a target group uses for a side.
pub const RESERVED_IDS: [&str; 4] = [GOAL_ID, "newcomers", "both", "receiving_community"];

/// A new id for a part whose text is `text`: lower-case words joined by `-` (at most about 40
/// characters), starting with a letter (else prefixed with `prefix`), not reserved, and not one
/// of `taken` (a number is added until it is free).
pub fn new_id(text: &str, prefix: &str, taken: &[&str]) -> String {
    let mut slug = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if slug.len() + word.len() > 40 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_ascii_lowercase());
    }
    if slug.is_empty() || !slug.starts_with(|c: char| c.is_ascii_lowercase()) {
        slug = if slug.is_empty() {
            prefix.to_owned()
        } else {
            format!("{prefix}-{slug}")
        };
    }
    if RESERVED_IDS.contains(&slug.as_str()) {
        slug = format!("{prefix}-{slug}");
    }
    let mut candidate = slug.clone();
    let mut n = 2;
    while taken.contains(&candidate.as_str()) {
        candidate = format!("{slug}-{n}");
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_made_from_words_and_kept_unique() {
        assert_eq!(
            new_id("Women feel confident!", "o", &[]),
            "women-feel-confident"
        );
        assert_eq!(
            new_id("Women feel confident", "o", &["women-feel-confident"]),
            "women-feel-confident-2"
        );
        assert_eq!(new_id("2 sessions a week", "p", &[]), "p-2-sessions-a-week");
        assert_eq!(new_id("", "a", &[]), "a");
        assert_eq!(new_id("Goal", "o", &[]), "o-goal");
        assert_eq!(new_id("Both", "g", &[]), "g-both");
    }
}
