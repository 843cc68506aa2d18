//! What the edit forms show and how they read what is sent: each field's value from the plan
//! or, when a form with mistakes is shown again, from what was sent; options from the plan's
//! codes and labels; and a [`Reader`] that turns submitted fields into typed values, collecting
//! one message per mistake against its field.

use tessera_framework::Catalogue;
use tessera_l10n::{t, ta};
use tessera_plan::{Code, Date, format_date, parse_date};

use crate::pages::plans::form::{Fields, FormErrors};

/// Reads a value: what was sent, if the form is being shown again, else the plan's value.
pub(crate) struct Values<'a>(pub Option<&'a Fields>);

impl Values<'_> {
    /// One field's value.
    pub(crate) fn one(&self, name: &str, current: impl Into<String>) -> String {
        match self.0 {
            Some(f) => f.get(name).to_owned(),
            None => current.into(),
        }
    }

    /// A group of checkboxes' values.
    pub(crate) fn many(&self, name: &str, current: Vec<String>) -> Vec<String> {
        match self.0 {
            Some(f) => f.all(name),
            None => current,
        }
    }
}

/// A number as a form shows it; blank when not set.
pub(crate) fn number_text(x: Option<f64>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

/// A date as a form shows it; blank when not set.
pub(crate) fn date_text(d: Option<Date>) -> String {
    d.map(format_date).unwrap_or_default()
}

/// The code of a value as a form shows it; blank when not set.
pub(crate) fn code_text<T: Code>(value: Option<T>) -> String {
    value.map(|v| v.code().to_owned()).unwrap_or_default()
}

/// Every value of an enum as (code, the words a form offers) options, in the page's language.
pub(crate) fn choices<T: Code>() -> Vec<(String, String)> {
    T::ALL
        .iter()
        .map(|v| (v.code().to_owned(), v.choice_text()))
        .collect()
}

/// [`choices`] after a blank first option reading `first`, for selects where nothing may be
/// chosen.
pub(crate) fn choices_with_blank<T: Code>(first: &str) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), first.to_owned())];
    out.extend(choices::<T>());
    out
}

/// The domains of the IOI framework as (`ioi-2019/<id>`, name) options, named in the page's
/// language (the IOI pack names every domain in Welsh too).
pub(crate) fn ioi_domains(catalogue: &Catalogue) -> Vec<(String, String)> {
    let lang = tessera_l10n::current().code();
    catalogue
        .pack("ioi-2019")
        .map(|p| {
            p.domains
                .iter()
                .map(|d| (format!("ioi-2019/{}", d.id), d.name_in(lang).to_owned()))
                .collect()
        })
        .unwrap_or_default()
}

/// [`ioi_domains`] after "No particular domain", for things that may belong to none.
pub(crate) fn optional_domains(catalogue: &Catalogue) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), t("plans-form-no-particular-domain"))];
    out.extend(ioi_domains(catalogue));
    out
}

/// Reads a submitted form into typed values, collecting a message for each field that is
/// missing or badly written, in the order they are read.
pub(crate) struct Reader<'a> {
    sent: &'a Fields,
    errors: FormErrors,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(sent: &'a Fields) -> Self {
        Self {
            sent,
            errors: FormErrors::new(),
        }
    }

    /// Records a mistake in field `name`.
    pub(crate) fn push(&mut self, name: impl Into<String>, message: impl Into<String>) {
        self.errors.push((name.into(), message.into()));
    }

    /// The value of field `name`, trimmed; blank when not sent.
    pub(crate) fn text(&self, name: &str) -> &'a str {
        self.sent.get(name)
    }

    /// Every non-blank value sent under `name` (checkboxes).
    pub(crate) fn all(&self, name: &str) -> Vec<String> {
        self.sent.all(name)
    }

    /// The value of field `name`, or `None` when blank.
    pub(crate) fn optional_text(&self, name: &str) -> Option<String> {
        let t = self.sent.get(name);
        (!t.is_empty()).then(|| t.to_owned())
    }

    /// The non-blank lines of field `name`, each trimmed.
    pub(crate) fn lines(&self, name: &str) -> Vec<String> {
        self.sent
            .get(name)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// How many repeated rows the form had (`rows`), at most 50 whatever was sent.
    pub(crate) fn rows(&self) -> usize {
        self.sent.get("rows").parse().unwrap_or(0).min(50)
    }

    /// The value of field `name`; `message` when it is blank.
    pub(crate) fn required(&mut self, name: &str, message: &str) -> String {
        let value = self.sent.get(name).to_owned();
        if value.is_empty() {
            self.push(name, message);
        }
        value
    }

    /// The value whose code was sent in field `name`; `message` when none was.
    pub(crate) fn choice<T: Code>(&mut self, name: &str, message: &str) -> Option<T> {
        let value = T::parse(self.sent.get(name));
        if value.is_none() {
            self.push(name, message);
        }
        value
    }

    /// The value whose code was sent in field `name`, if any; anything else counts as none.
    pub(crate) fn optional_choice<T: Code>(&self, name: &str) -> Option<T> {
        T::parse(self.sent.get(name))
    }

    /// The date in field `name` (`what` names it in the message), or `None` when blank.
    pub(crate) fn date(&mut self, name: &str, what: &str) -> Option<Date> {
        let text = self.sent.get(name);
        if text.is_empty() {
            return None;
        }
        match parse_date(text) {
            Ok(d) => Some(d),
            Err(_) => {
                self.push(name, ta("plans-form-error-date", &[("what", what.into())]));
                None
            }
        }
    }

    /// The number in field `name` (a trailing `%` allowed), or `None` when blank. A percentage
    /// must lie between 0 and 100.
    pub(crate) fn number(&mut self, name: &str, what: &str, percent: bool) -> Option<f64> {
        let text = self.sent.get(name).trim_end_matches('%').trim();
        if text.is_empty() {
            return None;
        }
        match text.parse::<f64>() {
            Ok(x) if x.is_finite() => {
                if percent && !(0.0..=100.0).contains(&x) {
                    self.push(
                        name,
                        ta("plans-form-error-percentage", &[("what", what.into())]),
                    );
                }
                Some(x)
            }
            _ => {
                self.push(
                    name,
                    ta("plans-form-error-number", &[("what", what.into())]),
                );
                None
            }
        }
    }

    /// The form read, when nothing was found wrong; every message otherwise.
    pub(crate) fn finish<T>(mut self, form: Option<T>) -> Result<T, FormErrors> {
        match form {
            Some(form) if self.errors.is_empty() => Ok(form),
            _ => {
                if self.errors.is_empty() {
                    // Every reader that gives `None` records why; this only guards the promise.
                    self.push("$", t("plans-form-error-unreadable"));
                }
                Err(self.errors)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use tessera_plan::Direction;

    use super::*;

    #[test]
    fn a_reader_keeps_every_mistake_in_order_and_gives_nothing_then() {
        let sent = Fields::parse(b"direction=sideways&baseline=35%25&target=150&when=2025-02-30");
        let mut r = Reader::new(&sent);
        let direction = r.choice::<Direction>("direction", "Choose which way is better");
        assert_eq!(r.number("baseline", "The baseline", true), Some(35.0));
        assert_eq!(r.number("target", "The target", true), Some(150.0));
        assert_eq!(r.date("when", "The date"), None);
        let errors = r.finish(direction).expect_err("mistakes");
        let fields: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["direction", "target", "when"]);
    }

    #[test]
    fn a_choice_is_read_from_its_exact_code() {
        let sent = Fields::parse(b"a=up&b=Up&c=");
        let r = Reader::new(&sent);
        assert_eq!(r.optional_choice::<Direction>("a"), Some(Direction::Up));
        assert_eq!(r.optional_choice::<Direction>("b"), None);
        assert_eq!(r.optional_choice::<Direction>("c"), None);
        assert_eq!(code_text(Some(Direction::Down)), "down");
        assert_eq!(
            choices::<Direction>()[1],
            ("down".to_owned(), "Lower is better".to_owned())
        );
    }
}
