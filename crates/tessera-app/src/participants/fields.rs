//! The descriptive fields an organisation keeps on its participants: a choice among Tessera's
//! own (age band, gender, country of birth, year of arrival, language), whose values are codes
//! shown in each language, and up to [`MAX_OWN_FIELDS`] of its own, free text. Each participant
//! holds a small key → value set; none of it is required.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tessera_l10n::{t, ta};
use tessera_store::{OrgId, Role, prelude::*};

use super::{Checked, Problem};
use crate::{Actor, App, AppResult};

/// The most fields of its own an organisation may add.
pub const MAX_OWN_FIELDS: usize = 10;

/// The longest value of a descriptive field, in characters.
pub const MAX_VALUE_CHARS: usize = 200;

/// Fields used until an organisation chooses: the two most breakdowns need.
pub const DEFAULT_FIELDS: [&str; 2] = ["age_band", "gender"];

/// Tessera's own fields: key, and the codes of its choices (empty: free text or a year).
pub const BUILT_IN: [(&str, &[&str]); 5] = [
    (
        "age_band",
        &["under-18", "18-24", "25-34", "35-49", "50-64", "65-plus"],
    ),
    ("gender", &["woman", "man", "another", "not-said"]),
    ("country_of_birth", &[]),
    ("year_of_arrival", &[]),
    ("language", &[]),
];

/// What an organisation saved: its fields, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldSetting {
    /// The key values are stored under.
    pub key: String,
    /// The name, for the organisation's own fields (Tessera's are named in each language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// How a field's values are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// One of a list of choices.
    Choice,
    /// A year (four digits).
    Year,
    /// Free text.
    Text,
}

/// A field as forms and pages show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    /// The key values are stored under.
    pub key: String,
    /// Its name in the request's language (or as the organisation wrote it).
    pub label: String,
    /// How its values are written.
    pub kind: FieldKind,
    /// The choices: (code, words), for [`FieldKind::Choice`].
    pub choices: Vec<(String, String)>,
    /// Whether it is one of Tessera's own.
    pub built_in: bool,
}

impl Field {
    /// The words for a stored value: a choice's words, or the value itself.
    pub fn value_label(&self, value: &str) -> String {
        self.choices
            .iter()
            .find(|(code, _)| code == value)
            .map_or_else(|| value.to_owned(), |(_, label)| label.clone())
    }
}

/// Tessera's own field `key`, in the request's language.
pub fn built_in(key: &str) -> Option<Field> {
    let (key, choices) = BUILT_IN.iter().find(|(k, _)| *k == key)?;
    let kind = match *key {
        "year_of_arrival" => FieldKind::Year,
        _ if choices.is_empty() => FieldKind::Text,
        _ => FieldKind::Choice,
    };
    Some(Field {
        key: (*key).to_owned(),
        label: t(&format!("participants-field-{key}")),
        kind,
        choices: choices
            .iter()
            .map(|c| ((*c).to_owned(), t(&format!("participants-{key}-{c}"))))
            .collect(),
        built_in: true,
    })
}

/// The fields of a saved setting, in order (unknown built-in keys are skipped).
pub fn fields_of(setting: &[FieldSetting]) -> Vec<Field> {
    setting
        .iter()
        .filter_map(|s| match &s.label {
            Some(label) => Some(Field {
                key: s.key.clone(),
                label: label.clone(),
                kind: FieldKind::Text,
                choices: Vec::new(),
                built_in: false,
            }),
            None => built_in(&s.key),
        })
        .collect()
}

/// The saved setting, or the default one.
fn setting_of(value: Option<serde_json::Value>) -> Vec<FieldSetting> {
    value
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_else(|| {
            DEFAULT_FIELDS
                .iter()
                .map(|k| FieldSetting {
                    key: (*k).to_owned(),
                    label: None,
                })
                .collect()
        })
}

/// Checks descriptive values against the fields: blank values are dropped, choices must be one
/// of theirs, years four digits, nothing too long, no field the organisation does not keep.
pub fn check_values(
    fields: &[Field],
    values: &BTreeMap<String, String>,
) -> Checked<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    for (key, value) in values {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let Some(field) = fields.iter().find(|f| &f.key == key) else {
            problems.push(Problem::new(
                format!("field-{key}"),
                ta("participants-error-field-unknown", &[("field", key.into())]),
            ));
            continue;
        };
        let ok = match field.kind {
            FieldKind::Choice => field.choices.iter().any(|(c, _)| c == value),
            FieldKind::Year => {
                value.len() == 4
                    && value
                        .parse::<i32>()
                        .is_ok_and(|y| (1900..=2100).contains(&y))
            }
            FieldKind::Text => value.chars().count() <= MAX_VALUE_CHARS,
        };
        if ok {
            out.insert(key.clone(), value.to_owned());
        } else {
            let message = match field.kind {
                FieldKind::Choice => ta(
                    "participants-error-field-choice",
                    &[
                        ("field", field.label.clone().into()),
                        ("value", value.into()),
                    ],
                ),
                FieldKind::Year => ta(
                    "participants-error-field-year",
                    &[
                        ("field", field.label.clone().into()),
                        ("value", value.into()),
                    ],
                ),
                FieldKind::Text => ta(
                    "participants-error-field-long",
                    &[
                        ("field", field.label.clone().into()),
                        ("max", MAX_VALUE_CHARS.into()),
                    ],
                ),
            };
            problems.push(Problem::new(format!("field-{key}"), message));
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

impl App {
    /// The organisation's descriptive fields, in order.
    pub async fn participant_fields(&self, org: OrgId) -> AppResult<Vec<Field>> {
        let saved = self.store().participant_fields(org).await?;
        Ok(fields_of(&setting_of(saved)))
    }

    /// Chooses the organisation's descriptive fields (owners): Tessera's own by key, in their
    /// order, then its own by name. Values already held under fields no longer chosen stay
    /// until the participant is next changed.
    pub async fn set_participant_fields(
        &self,
        actor: &Actor,
        built_in_keys: &[String],
        own: &[String],
    ) -> AppResult<Checked<Vec<Field>>> {
        actor.require(Role::Owner)?;
        let mut problems = Vec::new();
        let mut setting: Vec<FieldSetting> = BUILT_IN
            .iter()
            .filter(|(k, _)| built_in_keys.iter().any(|b| b == k))
            .map(|(k, _)| FieldSetting {
                key: (*k).to_owned(),
                label: None,
            })
            .collect();
        for unknown in built_in_keys
            .iter()
            .filter(|b| !BUILT_IN.iter().any(|(k, _)| k == b))
        {
            problems.push(Problem::new(
                "built_in",
                ta(
                    "participants-error-field-unknown",
                    &[("field", unknown.into())],
                ),
            ));
        }
        let own: Vec<&str> = own
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        if own.len() > MAX_OWN_FIELDS {
            problems.push(Problem::new(
                "own",
                ta(
                    "participants-error-own-fields-many",
                    &[("max", MAX_OWN_FIELDS.into())],
                ),
            ));
        }
        let mut taken: Vec<String> = BUILT_IN.iter().map(|(k, _)| (*k).to_owned()).collect();
        for label in own.iter().take(MAX_OWN_FIELDS) {
            if label.chars().count() > 80 {
                problems.push(Problem::new(
                    "own",
                    ta(
                        "participants-error-own-field-long",
                        &[("max", 80_u32.into())],
                    ),
                ));
                continue;
            }
            let refs: Vec<&str> = taken.iter().map(String::as_str).collect();
            let key = tessera_plan::new_id(label, "own", &refs);
            let key = if key.starts_with("own-") {
                key
            } else {
                tessera_plan::new_id(&format!("own {label}"), "own", &refs)
            };
            taken.push(key.clone());
            setting.push(FieldSetting {
                key,
                label: Some((*label).to_owned()),
            });
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        let value = serde_json::to_value(&setting).map_err(crate::AppError::internal)?;
        self.store()
            .set_participant_fields(actor.org.id, value, &actor.name)
            .await?;
        Ok(Ok(fields_of(&setting)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_fields_have_their_choices_and_own_fields_are_free_text() {
        let fields = fields_of(&[
            FieldSetting {
                key: "gender".to_owned(),
                label: None,
            },
            FieldSetting {
                key: "own-ward".to_owned(),
                label: Some("Ward".to_owned()),
            },
            FieldSetting {
                key: "retired-field".to_owned(),
                label: None,
            },
        ]);
        assert_eq!(fields.len(), 2);
        assert_eq!(fields[0].kind, FieldKind::Choice);
        assert_eq!(fields[0].value_label("woman"), "Woman");
        assert_eq!(fields[1].kind, FieldKind::Text);
        assert_eq!(fields[1].label, "Ward");
    }

    #[test]
    fn values_are_checked_against_their_fields() {
        let fields = fields_of(&setting_of(None));
        let mut values = BTreeMap::new();
        values.insert("age_band".to_owned(), "25-34".to_owned());
        values.insert("gender".to_owned(), " ".to_owned());
        let ok = check_values(&fields, &values).expect("valid");
        assert_eq!(ok.len(), 1, "blank values are dropped");
        values.insert("gender".to_owned(), "robot".to_owned());
        values.insert("shoe_size".to_owned(), "9".to_owned());
        let problems = check_values(&fields, &values).expect_err("invalid");
        assert_eq!(problems.len(), 2);
        assert!(problems[0].message.contains("robot"), "{problems:?}");
        let year = fields_of(&[FieldSetting {
            key: "year_of_arrival".to_owned(),
            label: None,
        }]);
        let values = [("year_of_arrival".to_owned(), "20X1".to_owned())].into();
        assert!(check_values(&year, &values).is_err());
    }
}
