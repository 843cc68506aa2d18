//! Names: the variable name of a question (its column in the answers), a choice code, a group
//! and a bank id, each parsed on entry.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::SurveyError;

/// Longest name: XLSForm allows more, but SPSS variable names stop at 64 bytes and Stata's at 32,
/// and answers are exported to both.
pub const MAX_NAME: usize = 32;

macro_rules! decl_name {
    ($(#[$doc:meta])* $name:ident, $what:literal, $check:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Parses a name, saying what is wrong with a bad one.
            pub fn parse(value: &str) -> Result<Self, SurveyError> {
                let value = value.trim();
                if $check(value) {
                    Ok(Self(value.to_owned()))
                } else {
                    Err(SurveyError::BadName {
                        what: $what,
                        value: value.to_owned(),
                    })
                }
            }

            /// The name as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = SurveyError;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

/// A letter, then letters, digits and `_`; at most [`MAX_NAME`] characters: what XLSForm, SPSS,
/// Stata and R all accept as a variable name.
fn is_variable(v: &str) -> bool {
    let mut chars = v.chars();
    v.len() <= MAX_NAME
        && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Letters, digits, `_`, `-` and `.`; no spaces (XLSForm stores several chosen codes separated
/// by spaces); at most 64 characters.
fn is_code(v: &str) -> bool {
    !v.is_empty()
        && v.len() <= 64
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// Lower-case letters, digits and `-`, starting with a letter.
fn is_slug(v: &str) -> bool {
    let mut chars = v.chars();
    v.len() <= 80
        && chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

decl_name!(
    /// A question's variable name: the column its answers go into, e.g. `safe_after_dark`.
    QuestionName,
    "question name",
    is_variable
);
decl_name!(
    /// A group (page) name, e.g. `about_you`.
    GroupName,
    "group name",
    is_variable
);
decl_name!(
    /// A choice's code: what is stored when the respondent picks it, e.g. `agree` or `1`.
    ChoiceCode,
    "choice code",
    is_code
);
decl_name!(
    /// A bank question's stable id, e.g. `bri-get-on-well`.
    BankId,
    "bank question id",
    is_slug
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variable_names_start_with_a_letter_and_fit_stata() {
        assert!(QuestionName::parse("safe_after_dark").is_ok());
        assert!(QuestionName::parse("q1").is_ok());
        for bad in ["1q", "_q", "safe after dark", "sûr", "", &"a".repeat(33)] {
            assert!(QuestionName::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn choice_codes_may_be_numbers_but_never_hold_spaces() {
        assert!(ChoiceCode::parse("1").is_ok());
        assert!(ChoiceCode::parse("dont_know").is_ok());
        assert!(ChoiceCode::parse("a b").is_err());
    }
}
