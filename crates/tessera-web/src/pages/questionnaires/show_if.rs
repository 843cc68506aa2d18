//! The "show if" part of a question's edit page: each condition as a row (an earlier question,
//! a test, a value), one empty row to add another, read back from the form and checked with
//! `tessera_survey::question_problems`.

use tessera_l10n::{t, ta};
use tessera_survey::{
    ChoiceCode, Lang, Question, QuestionName, Questionnaire, ShowIf, ShowIfTest, question_problems,
};

use super::shown;
use crate::ui::forms::FieldError;

/// One condition as the form shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Row {
    /// The earlier question's name, empty for "no condition".
    pub question: String,
    /// `any_of`, `none_of`, `at_least` or `below`.
    pub test: String,
    /// Choice codes separated by spaces, or a number.
    pub value: String,
}

/// A row with its field ids, for the template.
pub(crate) struct Shown {
    pub row: Row,
    /// 1-based.
    pub number: usize,
    pub qf: String,
    pub tf: String,
    pub vf: String,
}

/// The rows with their field ids.
pub(crate) fn shown_rows(rows: Vec<Row>) -> Vec<Shown> {
    rows.into_iter()
        .enumerate()
        .map(|(i, row)| Shown {
            row,
            number: i + 1,
            qf: format!("show_if_question_{i}"),
            tf: format!("show_if_test_{i}"),
            vf: format!("show_if_value_{i}"),
        })
        .collect()
}

/// An earlier question a condition may name: (name, label in the page's language, its choice
/// codes joined by spaces, empty for numbers).
pub(crate) type Earlier = (String, String, String);

/// The tests, with their names in the page's language.
pub(crate) fn tests() -> Vec<(&'static str, String)> {
    ["any_of", "none_of", "at_least", "below"]
        .into_iter()
        .map(|c| {
            (
                c,
                t(&format!(
                    "questionnaires-show-if-test-{}",
                    c.replace('_', "-")
                )),
            )
        })
        .collect()
}

/// The questions before `name` that take an answer.
pub(crate) fn earlier(q: &Questionnaire, name: &str, lang: &Lang) -> Vec<Earlier> {
    q.questions()
        .take_while(|x| x.name.as_str() != name)
        .filter(|x| x.kind.takes_answer())
        .map(|x| {
            let codes = x
                .choices
                .iter()
                .map(|c| c.code.to_string())
                .collect::<Vec<_>>()
                .join(" ");
            (x.name.to_string(), shown(&x.label, lang).text, codes)
        })
        .collect()
}

/// The question's conditions as rows, plus an empty row for a new one.
pub(crate) fn rows(question: &Question) -> Vec<Row> {
    let mut rows: Vec<Row> = question
        .show_if
        .iter()
        .map(|c| {
            let (test, value) = match &c.test {
                ShowIfTest::AnyOf { values } => ("any_of", codes(values)),
                ShowIfTest::NoneOf { values } => ("none_of", codes(values)),
                ShowIfTest::AtLeast { value } => ("at_least", tessera_data::format_number(*value)),
                ShowIfTest::Below { value } => ("below", tessera_data::format_number(*value)),
            };
            Row {
                question: c.question.to_string(),
                test: test.to_owned(),
                value,
            }
        })
        .collect();
    rows.push(Row {
        test: "any_of".to_owned(),
        ..Row::default()
    });
    rows
}

fn codes(values: &[ChoiceCode]) -> String {
    values
        .iter()
        .map(ChoiceCode::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The rows typed into the form (`show_if_question_N`, `show_if_test_N`, `show_if_value_N`).
pub(crate) fn typed(form: &[(String, String)]) -> Vec<Row> {
    let value = |k: String| {
        form.iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    let mut rows = Vec::new();
    // At most one row per earlier question plus the new one; the form never has more.
    for i in 0..=form.len() {
        let key = format!("show_if_question_{i}");
        if !form.iter().any(|(n, _)| *n == key) {
            break;
        }
        rows.push(Row {
            question: value(key),
            test: value(format!("show_if_test_{i}")),
            value: value(format!("show_if_value_{i}")),
        });
    }
    rows
}

/// The conditions the rows say, or the problems, each on its row's field. Rows naming no
/// question are dropped. The conditions are checked against the questions before the one
/// edited with [`question_problems`].
pub(crate) fn read(
    q: &Questionnaire,
    name: &str,
    rows: &[Row],
) -> Result<Vec<ShowIf>, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if row.question.is_empty() {
            continue;
        }
        let Ok(question) = QuestionName::parse(&row.question) else {
            errors.push(FieldError::new(
                format!("show_if_question_{i}"),
                t("questionnaires-problem-show-if-not-earlier"),
            ));
            continue;
        };
        let field = format!("show_if_value_{i}");
        let test = match row.test.as_str() {
            "any_of" | "none_of" => {
                let parts: Vec<&str> = row
                    .value
                    .split(|c: char| c.is_whitespace() || c == ',')
                    .filter(|s| !s.is_empty())
                    .collect();
                if parts.is_empty() {
                    errors.push(FieldError::new(
                        field,
                        t("questionnaires-show-if-error-codes"),
                    ));
                    continue;
                }
                let mut values = Vec::new();
                for p in parts {
                    match ChoiceCode::parse(p) {
                        Ok(c) => values.push(c),
                        Err(_) => {
                            errors.push(FieldError::new(
                                field.clone(),
                                ta("questionnaires-show-if-error-code", &[("code", p.into())]),
                            ));
                        }
                    }
                }
                if row.test == "any_of" {
                    ShowIfTest::AnyOf { values }
                } else {
                    ShowIfTest::NoneOf { values }
                }
            }
            "at_least" | "below" => {
                let Ok(value) = row.value.replace(',', "").parse::<f64>() else {
                    errors.push(FieldError::new(
                        field,
                        ta(
                            "questionnaires-show-if-error-number",
                            &[("value", row.value.as_str().into())],
                        ),
                    ));
                    continue;
                };
                if !value.is_finite() {
                    errors.push(FieldError::new(
                        field,
                        ta(
                            "questionnaires-show-if-error-number",
                            &[("value", row.value.as_str().into())],
                        ),
                    ));
                    continue;
                }
                if row.test == "at_least" {
                    ShowIfTest::AtLeast { value }
                } else {
                    ShowIfTest::Below { value }
                }
            }
            _ => {
                errors.push(FieldError::new(
                    format!("show_if_test_{i}"),
                    t("questionnaires-show-if-error-test"),
                ));
                continue;
            }
        };
        out.push((i, ShowIf { question, test }));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // The whole question, with these conditions, against the questions before it.
    let Some(pos) = q.questions().position(|x| x.name.as_str() == name) else {
        return Ok(out.into_iter().map(|(_, c)| c).collect());
    };
    let earlier: Vec<&Question> = q.questions().take(pos).collect();
    let first = q.languages.first().cloned().unwrap_or_else(Lang::english);
    for (i, cond) in &out {
        let mut probe = q.items[pos].question.clone();
        probe.show_if = vec![cond.clone()];
        for p in question_problems(&probe, &earlier, &first) {
            let field = match p.kind.code() {
                "show-if-not-earlier" => format!("show_if_question_{i}"),
                "show-if-unknown-code" | "show-if-not-number" => format!("show_if_value_{i}"),
                _ => continue,
            };
            let mut message = t(&format!("questionnaires-problem-{}", p.kind.code()));
            if let Some(v) = &p.value {
                message.push(' ');
                message.push_str(&ta(
                    "questionnaires-problem-found",
                    &[("value", v.as_str().into())],
                ));
            }
            errors.push(FieldError::new(field, message));
        }
    }
    if errors.is_empty() {
        Ok(out.into_iter().map(|(_, c)| c).collect())
    } else {
        Err(errors)
    }
}
