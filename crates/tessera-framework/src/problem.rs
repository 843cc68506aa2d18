//! Problems found while loading packs, each with file, line and field.

use std::fmt;

use serde::Serialize;

/// One thing wrong with a pack, located as precisely as the loader can.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file, as shown to people (`frameworks/ioi-2019/domains.toml`).
    pub file: String,
    /// The 1-based line, when the problem is inside the file.
    pub line: Option<usize>,
    /// The item the problem is in, such as `indicator "work-rate"` or `indicator[3]`.
    pub item: Option<String>,
    /// The field of that item, such as `kind` or `crosswalk[1]`.
    pub field: Option<String>,
    /// What was wrong and what to do about it.
    pub message: String,
}

impl Problem {
    /// The item and field together, such as `indicator[3].kind` or `domain "work".type`.
    pub fn path(&self) -> Option<String> {
        match (&self.item, &self.field) {
            (Some(item), Some(field)) => Some(format!("{item}.{field}")),
            (Some(item), None) => Some(item.clone()),
            (None, Some(field)) => Some(field.clone()),
            (None, None) => None,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        match (&self.item, &self.field) {
            (Some(item), Some(field)) => write!(f, "{item} field {field}: ")?,
            (Some(item), None) => write!(f, "{item}: ")?,
            (None, Some(field)) => write!(f, "field {field}: ")?,
            (None, None) => {}
        }
        f.write_str(&self.message)
    }
}

/// Every problem found in one or more packs; nothing was loaded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
pub struct PackErrors {
    /// The problems, ordered by file and line.
    pub problems: Vec<Problem>,
}

impl PackErrors {
    /// Wraps problems, keeping their order.
    pub fn new(problems: Vec<Problem>) -> Self {
        Self { problems }
    }
}

impl fmt::Display for PackErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "{n} problem{} in framework pack files:",
            if n == 1 { "" } else { "s" }
        )?;
        for problem in &self.problems {
            write!(f, "\n  {problem}")?;
        }
        Ok(())
    }
}

/// Why a local indicator could not be added to a catalogue.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocalIndicatorError {
    /// Only indicators with `origin = local` may be added after loading.
    #[error(
        "indicator {0:?} has origin {1}; indicators added by an organisation must have origin local"
    )]
    NotLocal(String, crate::Origin),
    /// The indicator's pack is not in the catalogue.
    #[error("indicator {indicator:?} names pack {pack:?}, which is not loaded")]
    UnknownPack {
        /// The indicator's id.
        indicator: String,
        /// The pack it named.
        pack: String,
    },
    /// The indicator's domain is not in its pack.
    #[error("indicator {indicator:?} names domain {domain:?}, which pack {pack:?} does not have")]
    UnknownDomain {
        /// The indicator's id.
        indicator: String,
        /// The pack it named.
        pack: String,
        /// The domain it named.
        domain: String,
    },
    /// Another indicator of the same pack already has this id.
    #[error("pack {pack:?} already has an indicator {indicator:?}; choose another id")]
    DuplicateId {
        /// The pack.
        pack: String,
        /// The id used twice.
        indicator: String,
    },
    /// Some other field is wrong (blank text, unknown data source, bad crosswalk).
    #[error("indicator {indicator:?} field {field}: {message}")]
    Invalid {
        /// The indicator's id.
        indicator: String,
        /// The field that is wrong.
        field: String,
        /// What is wrong.
        message: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(item: Option<&str>, field: Option<&str>, line: Option<usize>) -> Problem {
        Problem {
            file: "frameworks/x/indicators/work.toml".into(),
            line,
            item: item.map(Into::into),
            field: field.map(Into::into),
            message: "\"percent\" is not one of proportion, mean, rate, count".into(),
        }
    }

    #[test]
    fn a_problem_displays_as_file_line_item_field_and_message() {
        assert_eq!(
            problem(Some("indicator \"foo\""), Some("kind"), Some(12)).to_string(),
            "frameworks/x/indicators/work.toml:12: indicator \"foo\" field kind: \
             \"percent\" is not one of proportion, mean, rate, count"
        );
        assert_eq!(
            problem(None, None, None).to_string(),
            "frameworks/x/indicators/work.toml: \"percent\" is not one of proportion, mean, \
             rate, count"
        );
    }

    #[test]
    fn a_problem_path_joins_item_and_field_with_a_dot() {
        let p = problem(Some("indicator[3]"), Some("kind"), None);
        assert_eq!(p.path().as_deref(), Some("indicator[3].kind"));
    }
}
