//! The optional TOML codebook file for CSV and workbook data (format in `docs/data-files.md`).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::error::ReadError;
use crate::model::{Measure, MissingSpec};
use crate::number::format_number;

/// A parsed codebook file: labels, value labels and missing values for named variables.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CodebookFile {
    /// The codebook's file name, for messages.
    pub file: String,
    /// One entry per `[[variable]]` table, in file order.
    pub entries: Vec<CodebookEntry>,
}

/// One `[[variable]]` table of a codebook file.
#[derive(Debug, Clone, PartialEq)]
pub struct CodebookEntry {
    /// The variable (column) name.
    pub name: String,
    /// The line of the `name` key in the codebook file (1-based).
    pub line: usize,
    /// The question or description.
    pub label: Option<String>,
    /// Code → label, numeric codes in numeric order, then other codes.
    pub value_labels: Vec<(String, String)>,
    /// Values to read as missing.
    pub missing: MissingSpec,
    /// Level of measurement.
    pub measure: Option<Measure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    variable: Vec<RawVariable>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVariable {
    name: Spanned<String>,
    label: Option<String>,
    #[serde(default)]
    missing: Vec<Code>,
    missing_range: Option<[f64; 2]>,
    measure: Option<Spanned<String>>,
    #[serde(default)]
    value_labels: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Code {
    Text(String),
    Integer(i64),
    Float(f64),
}

impl Code {
    fn into_text(self) -> String {
        match self {
            Code::Text(s) => s,
            Code::Integer(i) => i.to_string(),
            Code::Float(x) => format_number(x),
        }
    }
}

impl CodebookFile {
    /// Reads and parses a codebook file.
    pub fn from_path(path: &Path) -> Result<CodebookFile, ReadError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ReadError::Io {
            file: file.clone(),
            source,
        })?;
        CodebookFile::parse(&text, &file)
    }

    /// Parses codebook text; `file` names it in messages.
    pub fn parse(text: &str, file: &str) -> Result<CodebookFile, ReadError> {
        let line_at = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let raw: RawFile = toml::from_str(text).map_err(|e| ReadError::Codebook {
            file: file.to_owned(),
            line: e.span().map_or(0, |s| line_at(s.start)),
            message: e.message().trim_end_matches('\n').to_owned(),
        })?;
        let mut entries = Vec::with_capacity(raw.variable.len());
        for v in raw.variable {
            let line = line_at(v.name.span().start);
            let measure =
                match v.measure {
                    None => None,
                    Some(m) => Some(Measure::parse(m.get_ref()).ok_or_else(|| {
                        ReadError::Codebook {
                            file: file.to_owned(),
                            line: line_at(m.span().start),
                            message: format!(
                                "measure {:?} is not one of \"nominal\", \"ordinal\", \"scale\"",
                                m.get_ref()
                            ),
                        }
                    })?),
                };
            if let Some([low, high]) = v.missing_range
                && low > high
            {
                return Err(ReadError::Codebook {
                    file: file.to_owned(),
                    line,
                    message: format!(
                        "missing_range [{low}, {high}] has its low end above its high end"
                    ),
                });
            }
            let mut value_labels: Vec<(String, String)> = v.value_labels.into_iter().collect();
            // TOML tables come back sorted as text ("10" before "2"); numeric order reads better.
            value_labels.sort_by(|(a, _), (b, _)| {
                match (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
                    (Ok(x), Ok(y)) => x.total_cmp(&y),
                    (Ok(_), Err(_)) => std::cmp::Ordering::Less,
                    (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
                    (Err(_), Err(_)) => std::cmp::Ordering::Equal,
                }
            });
            entries.push(CodebookEntry {
                name: v.name.into_inner(),
                line,
                label: v.label,
                value_labels,
                missing: MissingSpec {
                    codes: v.missing.into_iter().map(Code::into_text).collect(),
                    range: v.missing_range.map(|[l, h]| (l, h)),
                },
                measure,
            });
        }
        Ok(CodebookFile {
            file: file.to_owned(),
            entries,
        })
    }

    /// The entry for a variable, if any.
    pub fn entry(&self, name: &str) -> Option<&CodebookEntry> {
        self.entries.iter().find(|e| e.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"
[[variable]]
name = "getting_on_well"
label = "People from different backgrounds get on well together"
missing = ["dont_know", -9]
measure = "ordinal"
[variable.value_labels]
"10" = "Ten"
"1" = "Definitely agree"
"2" = "Tend to agree"

[[variable]]
name = "trust_police"
missing_range = [-99, -1]
"#;

    #[test]
    fn codebook_file_parses_labels_missing_and_lines() {
        let cb = CodebookFile::parse(EXAMPLE, "cb.toml").expect("valid");
        assert_eq!(cb.entries.len(), 2);
        let e = &cb.entries[0];
        assert_eq!(e.line, 3);
        assert_eq!(e.missing.codes, ["dont_know", "-9"]);
        assert_eq!(e.measure, Some(Measure::Ordinal));
        let codes: Vec<_> = e.value_labels.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(codes, ["1", "2", "10"]);
        assert_eq!(cb.entries[1].missing.range, Some((-99.0, -1.0)));
        assert_eq!(cb.entries[1].line, 13);
    }

    #[test]
    fn misspelt_keys_are_errors_with_a_line() {
        let err = CodebookFile::parse("[[variable]]\nname = \"x\"\nlable = \"y\"\n", "cb.toml")
            .expect_err("unknown key");
        let ReadError::Codebook { line, message, .. } = err else {
            panic!("codebook error expected")
        };
        assert_eq!(line, 3);
        assert!(message.contains("lable"), "{message}");
    }
}
