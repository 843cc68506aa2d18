//! Codes and labels of the plan's enums, each defined once.
//!
//! Every enum of a plan (its kind, the sides, node kinds, stakeholder kinds, methods…) has a
//! **code**, the word the plan file and the forms use (`receiving_community`), a **label**, the
//! words a page shows for it ("Receiving community"), and a **choice**, the longer words a form
//! offers when asking for it ("Receiving community: residents already living here"; the label
//! when there is nothing to add). Each label and choice also has a stable **key**
//! (`plans-stakeholder-kind-receiving_community`, `…-choice`), the message of the words in the
//! localisation files of `tessera-l10n` (`locales/*/plans-model.ftl`). [`Code::text`] and
//! [`Code::choice_text`] give them in the language of the request; [`Code::label`] and
//! [`Code::choice`] keep the English words, which a test holds equal to the English messages (the
//! JSON API and the command line show them).
//!
//! The enums are written with the `coded!` macro, which generates the enum, its
//! codes, labels, keys, [`Code`] and the serde implementations from one table, so the plan file,
//! the forms and the pages cannot disagree about a code.

use std::fmt;
use std::marker::PhantomData;

/// An enum of the plan with a code for files and forms and words for pages.
pub trait Code: Copy + Eq + Sized + 'static {
    /// Every value, in the order forms offer them.
    const ALL: &'static [Self];
    /// Every code, in the same order.
    const CODES: &'static [&'static str];
    /// The word the plan file and the forms use.
    fn code(self) -> &'static str;
    /// The words a page shows.
    fn label(self) -> &'static str;
    /// The stable localisation key of [`Code::label`].
    fn label_key(self) -> &'static str;
    /// The words a form offers when asking for this value (the label, or more).
    fn choice(self) -> &'static str;
    /// The stable localisation key of [`Code::choice`].
    fn choice_key(self) -> &'static str;
    /// The label in the language of the request being handled (English outside one).
    fn text(self) -> String {
        tessera_l10n::t(self.label_key())
    }
    /// The choice in the language of the request being handled (English outside one).
    fn choice_text(self) -> String {
        tessera_l10n::t(self.choice_key())
    }
    /// The value with this code, exactly as written (no trimming, no change of case).
    fn parse(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == code)
    }
}

/// Reads a code for serde, refusing others with serde's own "unknown variant" message (which
/// lists every code), as a derived implementation would.
pub(crate) struct CodeVisitor<T>(pub(crate) PhantomData<T>);

impl<T: Code> serde::de::Visitor<'_> for CodeVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("one of ")?;
        for (i, code) in T::CODES.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{code}`")?;
        }
        Ok(())
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        T::parse(v).ok_or_else(|| E::unknown_variant(v, T::CODES))
    }
}

/// Defines an enum of the plan from one table: each variant with its code, its label and,
/// optionally, the longer words a form offers.
///
/// ```text
/// coded! {
///     /// Docs.
///     pub enum Direction: "direction" {
///         /// Higher is better.
///         Up = "up", "Higher is better";
///         Down = "down", "Lower is better", "Lower is better (fewer is good)";
///     }
/// }
/// ```
///
/// The string after the name prefixes the localisation keys. The enum gets `Debug, Clone, Copy,
/// PartialEq, Eq, Hash` (add more with `#[derive]` above it), inherent `const fn`s `code`,
/// `label`, `label_key`, `choice`, `choice_key`, `text` and `choice_text` (the words in the
/// request's language), a `parse`, `ALL`, [`Code`], and
/// `Serialize`/`Deserialize` as its code.
macro_rules! coded {
    (@choice $label:literal) => { $label };
    (@choice $label:literal, $choice:literal) => { $choice };
    (@choice_key $prefix:literal, $code:literal) => { concat!($prefix, "-", $code) };
    (@choice_key $prefix:literal, $code:literal, $choice:literal) => {
        concat!($prefix, "-", $code, "-choice")
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident: $prefix:literal {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $code:literal, $label:literal $(, $choice:literal)?;
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in the order forms offer them.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The word the plan file and the forms use.
            pub const fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)+
                }
            }

            /// The words a page shows.
            pub const fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label,)+
                }
            }

            /// The stable localisation key of the label.
            pub const fn label_key(self) -> &'static str {
                match self {
                    $(Self::$variant => concat!($prefix, "-", $code),)+
                }
            }

            /// The words a form offers when asking for this value (the label, or more).
            pub const fn choice(self) -> &'static str {
                match self {
                    $(Self::$variant => $crate::code::coded!(@choice $label $(, $choice)?),)+
                }
            }

            /// The stable localisation key of the choice (the label's when they are the same).
            pub const fn choice_key(self) -> &'static str {
                match self {
                    $(Self::$variant =>
                        $crate::code::coded!(@choice_key $prefix, $code $(, $choice)?),)+
                }
            }

            /// The label in the language of the request being handled.
            pub fn text(self) -> String {
                tessera_l10n::t(self.label_key())
            }

            /// The choice in the language of the request being handled.
            pub fn choice_text(self) -> String {
                tessera_l10n::t(self.choice_key())
            }

            /// The value with this code, exactly as written.
            pub fn parse(code: &str) -> Option<Self> {
                match code {
                    $($code => Some(Self::$variant),)+
                    _ => None,
                }
            }
        }

        impl $crate::code::Code for $name {
            const ALL: &'static [Self] = $name::ALL;
            const CODES: &'static [&'static str] = &[$($code),+];

            fn code(self) -> &'static str {
                $name::code(self)
            }

            fn label(self) -> &'static str {
                $name::label(self)
            }

            fn label_key(self) -> &'static str {
                $name::label_key(self)
            }

            fn choice(self) -> &'static str {
                $name::choice(self)
            }

            fn choice_key(self) -> &'static str {
                $name::choice_key(self)
            }

            fn parse(code: &str) -> Option<Self> {
                $name::parse(code)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_str($crate::code::CodeVisitor(std::marker::PhantomData))
            }
        }
    };
}

pub(crate) use coded;
