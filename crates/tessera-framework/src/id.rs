//! Slug identifiers for packs, domains, indicators and the other named parts of a pack.

use std::borrow::Borrow;
use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a piece of text is not a valid id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// The text was empty or only white space.
    #[error(
        "an id cannot be empty; use lower-case letters, digits and `-`, starting with a letter"
    )]
    Empty,
    /// The text did not start with a lower-case letter.
    #[error("{0:?} does not start with a lower-case letter a-z")]
    BadStart(String),
    /// The text held a character other than `a-z`, `0-9` and `-`.
    #[error("{id:?} contains {ch:?}; use only lower-case letters a-z, digits 0-9 and `-`")]
    BadChar {
        /// The rejected text.
        id: String,
        /// The first character that is not allowed.
        ch: char,
    },
    /// The text ended with `-` or held `--`.
    #[error("{0:?} has a `-` at the end or two in a row; separate words with a single `-`")]
    BadHyphen(String),
    /// A reference to another pack's item lacked the `<pack-id>/` part.
    #[error("{0:?} is not of the form `<pack-id>/<id>`, such as `ioi-2019/work`")]
    NotQualified(String),
}

/// Checks that `text` is a lower-case slug: `a-z`, `0-9` and single `-`, starting with a letter.
pub fn check_slug(text: &str) -> Result<(), IdError> {
    let Some(first) = text.chars().next() else {
        return Err(IdError::Empty);
    };
    if text.trim().is_empty() {
        return Err(IdError::Empty);
    }
    if !first.is_ascii_lowercase() {
        return Err(IdError::BadStart(text.to_owned()));
    }
    if let Some(ch) = text
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        return Err(IdError::BadChar {
            id: text.to_owned(),
            ch,
        });
    }
    if text.ends_with('-') || text.contains("--") {
        return Err(IdError::BadHyphen(text.to_owned()));
    }
    Ok(())
}

macro_rules! slug_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(pub(crate) String);

        impl $name {
            /// Parses a lower-case slug (`a-z`, `0-9`, `-`, starting with a letter).
            pub fn parse(text: &str) -> Result<Self, IdError> {
                check_slug(text)?;
                Ok(Self(text.to_owned()))
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(text: String) -> Result<Self, IdError> {
                check_slug(&text)?;
                Ok(Self(text))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = IdError;
            fn from_str(text: &str) -> Result<Self, IdError> {
                Self::parse(text)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

slug_id!(
    /// The id of a framework pack, equal to its folder name (`ioi-2019`).
    PackId
);
slug_id!(
    /// The id of a domain, unique within its pack (`social-bridges`).
    DomainId
);
slug_id!(
    /// The id of an indicator, unique within its pack (`work-employment-rate`).
    IndicatorId
);
slug_id!(
    /// The id of a domain type, unique within its pack (`markers-and-means`).
    DomainTypeId
);
slug_id!(
    /// The id of a principle, unique within its pack (`multi-dimensional`).
    PrincipleId
);
slug_id!(
    /// The id of a data-source kind, unique within its pack (`official-statistics`).
    DataSourceKindId
);
slug_id!(
    /// The id of a document a pack takes facts or quotations from (`iom-guide-2020`).
    ///
    /// The id `tessera` is reserved: it marks a fact or judgement that is Tessera's own.
    SourceId
);
slug_id!(
    /// The id of a data source in a pack's toolkit (`annual-population-survey`).
    ToolkitSourceId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_with_letters_digits_and_single_hyphens_parse() {
        for ok in ["work", "ioi-2019", "a1-b2", "x"] {
            assert!(PackId::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn ids_reject_capitals_spaces_leading_digits_and_stray_hyphens() {
        assert_eq!(DomainId::parse(""), Err(IdError::Empty));
        assert!(matches!(DomainId::parse("Work"), Err(IdError::BadStart(_))));
        assert!(matches!(
            DomainId::parse("1work"),
            Err(IdError::BadStart(_))
        ));
        assert!(matches!(
            DomainId::parse("social bridges"),
            Err(IdError::BadChar { ch: ' ', .. })
        ));
        assert!(matches!(
            DomainId::parse("work-"),
            Err(IdError::BadHyphen(_))
        ));
        assert!(matches!(
            DomainId::parse("a--b"),
            Err(IdError::BadHyphen(_))
        ));
    }

    #[test]
    fn ids_deserialize_only_from_valid_slugs() {
        #[derive(Deserialize)]
        struct Holder {
            id: IndicatorId,
        }
        let good: Holder = toml::from_str("id = 'work-rate'").expect("valid id");
        assert_eq!(good.id.as_str(), "work-rate");
        assert!(toml::from_str::<Holder>("id = 'Work Rate'").is_err());
    }
}
