//! Answers as both channels send them, checked against the questionnaire version answered.
//!
//! The encoding is XForm's text encoding, so the web form and OpenRosa meet one model: a choice
//! is its code, several choices are codes separated by single spaces, numbers are written
//! with a `.` decimal point, dates are `YYYY-MM-DD`. Checking walks the questions in order, so
//! a "show if" condition only ever looks at earlier answers; answers to questions that end up
//! hidden are dropped rather than refused (a respondent may change an earlier answer).

use std::collections::BTreeMap;

use tessera_l10n::{t, ta};
use tessera_stats::mapping::{Condition, GroupDefinition};
use tessera_survey::{Lang, Question, QuestionType, Questionnaire, ShowIf, ShowIfTest};

/// Longest text answer kept, in characters: enough for a paragraph, short enough that a
/// response stays small.
pub const MAX_TEXT: usize = 2000;

/// Checked answers: question name → answer text in the XForm encoding. Only shown, answered
/// questions are present.
pub type Answers = BTreeMap<String, String>;

/// What is wrong with one answer (or one field of a submission).
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerProblem {
    /// The question (or the unknown field's) name.
    pub question: String,
    /// What is wrong.
    pub kind: AnswerProblemKind,
}

/// The kinds of [`AnswerProblem`].
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerProblemKind {
    /// No question of this name takes answers.
    Unknown,
    /// The same question was answered twice in one submission.
    Repeated,
    /// A needed question was not answered.
    Required,
    /// The code is not one of the question's choices.
    NotAChoice(String),
    /// Not a number.
    NotANumber,
    /// A number with decimals where only whole numbers are allowed.
    NotWhole,
    /// Below the smallest allowed number.
    TooSmall(f64),
    /// Above the largest allowed number.
    TooLarge(f64),
    /// Not a date written `YYYY-MM-DD`.
    NotADate,
    /// A text longer than [`MAX_TEXT`].
    TooLong,
    /// The organisation's own constraint message, in the respondent's language.
    Constraint(String),
}

impl AnswerProblem {
    fn new(question: &str, kind: AnswerProblemKind) -> Self {
        Self {
            question: question.to_owned(),
            kind,
        }
    }

    /// The problem in words, in the request's interface language.
    pub fn message(&self) -> String {
        use AnswerProblemKind as K;
        let q = ("question", self.question.as_str().into());
        match &self.kind {
            K::Unknown => ta("respond-error-unknown", &[q]),
            K::Repeated => ta("respond-error-repeated", &[q]),
            K::Required => t("respond-error-required"),
            K::NotAChoice(code) => ta("respond-error-not-a-choice", &[("code", code.into())]),
            K::NotANumber => t("respond-error-not-a-number"),
            K::NotWhole => t("respond-error-not-whole"),
            K::TooSmall(min) => ta("respond-error-too-small", &[("min", (*min).into())]),
            K::TooLarge(max) => ta("respond-error-too-large", &[("max", (*max).into())]),
            K::NotADate => t("respond-error-not-a-date"),
            K::TooLong => ta("respond-error-too-long", &[("max", MAX_TEXT.into())]),
            K::Constraint(message) => message.clone(),
        }
    }
}

/// Whether `question` is shown given the answers so far: every "show if" condition holds.
/// An unanswered earlier question makes a condition false.
pub fn shown(question: &Question, answers: &Answers) -> bool {
    question.show_if.iter().all(|c| holds(c, answers))
}

fn holds(condition: &ShowIf, answers: &Answers) -> bool {
    let Some(answer) = answers.get(condition.question.as_str()) else {
        return false;
    };
    let mut codes = answer.split(' ').filter(|c| !c.is_empty());
    let number = || answer.trim().parse::<f64>().ok();
    match &condition.test {
        ShowIfTest::AnyOf { values } => codes.any(|c| values.iter().any(|v| v.as_str() == c)),
        ShowIfTest::NoneOf { values } => codes.all(|c| values.iter().all(|v| v.as_str() != c)),
        ShowIfTest::AtLeast { value } => number().is_some_and(|n| n >= *value),
        ShowIfTest::Below { value } => number().is_some_and(|n| n < *value),
    }
}

/// Checks raw answers against a questionnaire version: every field names a question that
/// takes answers, each answer fits its question, needed questions that are shown are
/// answered; answers to hidden questions are dropped. Blank answers count as skipped.
/// Returns the answers to keep, or every problem found.
pub fn check(
    questionnaire: &Questionnaire,
    raw: Vec<(String, String)>,
    lang: &Lang,
) -> Result<Answers, Vec<AnswerProblem>> {
    let mut problems = Vec::new();
    let mut given: BTreeMap<String, String> = BTreeMap::new();
    for (name, value) in raw {
        let known = questionnaire
            .questions()
            .any(|q| q.name.as_str() == name && q.kind.takes_answer());
        if !known {
            problems.push(AnswerProblem::new(&name, AnswerProblemKind::Unknown));
            continue;
        }
        let value = value.trim().to_owned();
        if given.insert(name.clone(), value).is_some() {
            problems.push(AnswerProblem::new(&name, AnswerProblemKind::Repeated));
        }
    }
    let mut kept = Answers::new();
    for question in questionnaire.questions() {
        if !question.kind.takes_answer() || !shown(question, &kept) {
            continue;
        }
        let name = question.name.as_str();
        match given.get(name).filter(|v| !v.is_empty()) {
            None if question.required => {
                problems.push(AnswerProblem::new(name, AnswerProblemKind::Required));
            }
            None => {}
            Some(value) => match normalise(question, value, lang) {
                Ok(v) => {
                    kept.insert(name.to_owned(), v);
                }
                Err(kind) => problems.push(AnswerProblem::new(name, kind)),
            },
        }
    }
    if problems.is_empty() {
        Ok(kept)
    } else {
        Err(problems)
    }
}

/// One answer, checked and written the one way it is stored.
pub fn normalise(
    question: &Question,
    value: &str,
    lang: &Lang,
) -> Result<String, AnswerProblemKind> {
    use AnswerProblemKind as K;
    let own_message = || {
        question
            .constraint
            .message
            .for_reader(lang)
            .map(|(m, _)| K::Constraint(m.to_owned()))
    };
    match question.kind {
        QuestionType::SingleChoice => match question.choice(value) {
            Some(_) => Ok(value.to_owned()),
            None => Err(K::NotAChoice(value.to_owned())),
        },
        QuestionType::MultipleChoice => {
            let mut codes: Vec<&str> = Vec::new();
            for code in value.split_whitespace() {
                if question.choice(code).is_none() {
                    return Err(K::NotAChoice(code.to_owned()));
                }
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
            // Stored in the questionnaire's order of choices, so equal answers are equal text.
            let ordered: Vec<&str> = question
                .choices
                .iter()
                .map(|c| c.code.as_str())
                .filter(|c| codes.contains(c))
                .collect();
            Ok(ordered.join(" "))
        }
        QuestionType::Number | QuestionType::Scale => {
            let n: f64 = value
                .parse()
                .ok()
                .filter(|n: &f64| n.is_finite())
                .ok_or(K::NotANumber)?;
            let whole = question.kind == QuestionType::Scale || !question.constraint.decimals;
            if whole && n.fract() != 0.0 {
                return Err(K::NotWhole);
            }
            let (mut min, mut max) = (question.constraint.min, question.constraint.max);
            if let Some(s) = &question.scale {
                min = Some(min.map_or(f64::from(s.min), |m| m.max(f64::from(s.min))));
                max = Some(max.map_or(f64::from(s.max), |m| m.min(f64::from(s.max))));
            }
            if let Some(m) = min.filter(|m| n < *m) {
                return Err(own_message().unwrap_or(K::TooSmall(m)));
            }
            if let Some(m) = max.filter(|m| n > *m) {
                return Err(own_message().unwrap_or(K::TooLarge(m)));
            }
            Ok(tessera_data::format_number(n))
        }
        QuestionType::Date => {
            let format = time::macros::format_description!("[year]-[month]-[day]");
            time::Date::parse(value, &format)
                .map(|_| value.to_owned())
                .map_err(|_| K::NotADate)
        }
        QuestionType::Text => {
            if value.chars().count() > MAX_TEXT {
                Err(K::TooLong)
            } else {
                Ok(value.to_owned())
            }
        }
        QuestionType::Note => Err(K::Unknown),
    }
}

/// The side the answers put the respondent on, by the first rule of the questionnaire's
/// group definition they meet (`newcomers`, `receiving_community`), or none.
pub fn side(group: &GroupDefinition, answers: &Answers) -> Option<&'static str> {
    group
        .rules
        .iter()
        .find(|rule| rule.conditions.iter().all(|c| meets(c, answers)))
        .map(|rule| rule.side.value())
}

fn meets(condition: &Condition, answers: &Answers) -> bool {
    let value = answers.get(condition.variable()).map(String::as_str);
    let number = || value.and_then(|v| v.parse::<f64>().ok());
    match condition {
        Condition::In { values, .. } => value.is_some_and(|v| values.iter().any(|x| x == v)),
        Condition::NotIn { values, .. } => value.is_some_and(|v| !values.iter().any(|x| x == v)),
        Condition::Below { value: t, .. } => number().is_some_and(|n| n < *t),
        Condition::AtLeast { value: t, .. } => number().is_some_and(|n| n >= *t),
        Condition::Blank { .. } => value.is_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tessera_survey::{Choice, ChoiceCode, QuestionName, Texts};

    fn choice_question(name: &str, codes: &[&str]) -> Question {
        let mut q = Question::new(
            QuestionName::parse(name).expect("valid"),
            QuestionType::SingleChoice,
            name,
        );
        q.choices = codes
            .iter()
            .map(|c| Choice {
                code: ChoiceCode::parse(c).expect("valid"),
                label: Texts::english(c),
            })
            .collect();
        q
    }

    fn questionnaire() -> Questionnaire {
        let mut born = choice_question("country_of_birth", &["uk", "europe", "prefer_not"]);
        born.required = false;
        let mut year = Question::new(
            QuestionName::parse("year_arrived").expect("valid"),
            QuestionType::Number,
            "Year",
        );
        year.constraint.min = Some(1900.0);
        year.constraint.max = Some(2100.0);
        year.show_if = vec![ShowIf {
            question: QuestionName::parse("country_of_birth").expect("valid"),
            test: ShowIfTest::NoneOf {
                values: vec![
                    ChoiceCode::parse("uk").expect("valid"),
                    ChoiceCode::parse("prefer_not").expect("valid"),
                ],
            },
        }];
        let mut safe = choice_question("safe", &["yes", "no"]);
        safe.required = true;
        let mut q = Questionnaire::new(Texts::english("T"), Texts::english("C"));
        for question in [born, year, safe] {
            q.items.push(tessera_survey::Item {
                source: tessera_survey::Source::Own,
                question,
            });
        }
        q
    }

    fn raw(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn an_answer_to_a_hidden_question_is_dropped_and_a_shown_one_kept() {
        let q = questionnaire();
        let en = Lang::english();
        let kept = check(
            &q,
            raw(&[
                ("country_of_birth", "uk"),
                ("year_arrived", "2020"),
                ("safe", "yes"),
            ]),
            &en,
        )
        .expect("valid");
        assert_eq!(kept.get("year_arrived"), None);
        let kept = check(
            &q,
            raw(&[
                ("country_of_birth", "europe"),
                ("year_arrived", "2020.0"),
                ("safe", "no"),
            ]),
            &en,
        )
        .expect("valid");
        assert_eq!(kept.get("year_arrived").map(String::as_str), Some("2020"));
    }

    #[test]
    fn unknown_fields_missing_required_answers_and_bad_values_are_each_named() {
        let q = questionnaire();
        let problems = check(
            &q,
            raw(&[("country_of_birth", "mars"), ("colour", "red")]),
            &Lang::english(),
        )
        .expect_err("invalid");
        let found: Vec<(&str, &AnswerProblemKind)> = problems
            .iter()
            .map(|p| (p.question.as_str(), &p.kind))
            .collect();
        assert_eq!(
            found,
            vec![
                ("colour", &AnswerProblemKind::Unknown),
                (
                    "country_of_birth",
                    &AnswerProblemKind::NotAChoice("mars".to_owned())
                ),
                ("safe", &AnswerProblemKind::Required),
            ]
        );
        let problems = check(
            &q,
            raw(&[
                ("country_of_birth", "europe"),
                ("year_arrived", "1800"),
                ("safe", "yes"),
            ]),
            &Lang::english(),
        )
        .expect_err("too early");
        assert_eq!(problems[0].kind, AnswerProblemKind::TooSmall(1900.0));
    }

    #[test]
    fn the_side_follows_the_questionnaires_group_definition() {
        let q = questionnaire();
        let mapping = q.mapping(2026, 10);
        let answers = |pairs: &[(&str, &str)]| -> Answers {
            pairs
                .iter()
                .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
                .collect()
        };
        assert_eq!(
            side(
                &mapping.group,
                &answers(&[("country_of_birth", "europe"), ("year_arrived", "2020")])
            ),
            Some("newcomers")
        );
        assert_eq!(
            side(
                &mapping.group,
                &answers(&[("country_of_birth", "europe"), ("year_arrived", "1990")])
            ),
            Some("receiving_community")
        );
        assert_eq!(
            side(&mapping.group, &answers(&[("country_of_birth", "uk")])),
            Some("receiving_community")
        );
        assert_eq!(side(&mapping.group, &answers(&[])), None);
    }
}
