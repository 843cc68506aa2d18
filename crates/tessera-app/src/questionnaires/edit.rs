//! Changes to a questionnaire from the builder pages: each takes the content, checks the form's
//! input, and returns the changed content or the problems by field. Saving (and the new version
//! when the questionnaire has answers) is [`crate::App::save_questionnaire`].

use tessera_survey::{
    Bank, Choice, ChoiceCode, Constraint, Item, Lang, Question, QuestionName, QuestionType,
    Questionnaire, Scale, Source, Texts,
};
use time::Date;

use crate::participants::Problem;

/// Most choices an organisation's own question may have.
pub const MAX_CHOICES: usize = 60;
/// Longest text of one question, label or hint (characters).
pub const MAX_TEXT: usize = 2_000;
/// Longest consent text (characters).
pub const MAX_CONSENT: usize = 10_000;

/// A move the builder's buttons ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// One place towards the start.
    Up,
    /// One place towards the end.
    Down,
    /// Out of the questionnaire.
    Remove,
}

impl Move {
    /// Parses `up`, `down` or `remove`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "up" => Some(Self::Up),
            "down" => Some(Self::Down),
            "remove" => Some(Self::Remove),
            _ => None,
        }
    }

    /// For the audit log.
    pub fn summary(self) -> &'static str {
        match self {
            Self::Up => "moved a question up",
            Self::Down => "moved a question down",
            Self::Remove => "removed a question",
        }
    }
}

/// Applies a move to the question called `name`; false when nothing moved (unknown question,
/// already at the end, or at the edge of its page).
pub fn apply_move(q: &mut Questionnaire, name: &str, how: Move) -> bool {
    let Some(index) = q
        .items
        .iter()
        .position(|i| i.question.name.as_str() == name)
    else {
        return false;
    };
    match how {
        Move::Up => q.move_up(index),
        Move::Down => q.move_down(index),
        Move::Remove => q.remove(index).is_some(),
    }
}

/// Adds the bank question `id` (with its page); a problem if there is none or it is asked.
pub fn add_bank_question(q: &mut Questionnaire, bank: &Bank, id: &str) -> Result<(), Vec<Problem>> {
    if bank.question(id).is_none() {
        return Err(vec![Problem::new(
            "bank",
            tessera_l10n::t("questionnaires-error-choose-bank-question"),
        )]);
    }
    if bank.push(q, id) {
        Ok(())
    } else {
        Err(vec![Problem::new(
            "bank",
            tessera_l10n::t("questionnaires-error-already-asked"),
        )])
    }
}

/// The builder's form for an organisation's own question, as typed.
#[derive(Debug, Clone, Default)]
pub struct OwnQuestion {
    /// Variable name.
    pub name: String,
    /// One of [`QuestionType::code`].
    pub kind: String,
    /// The question, in the questionnaire's first language.
    pub label: String,
    /// Help, in the first language.
    pub hint: String,
    /// "yes" when an answer is needed.
    pub required: bool,
    /// One choice a line: `code = words`, or just words (the code is made from them).
    pub choices: String,
    /// Lowest number (number and scale questions).
    pub min: String,
    /// Highest number.
    pub max: String,
}

/// A code made from a choice's words: lower-case letters and digits joined by `_`.
fn code_from(words: &str, n: usize) -> String {
    let mut code: String = words
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    while code.contains("__") {
        code = code.replace("__", "_");
    }
    let code = code.trim_matches('_');
    if code.is_empty() {
        format!("c{n}")
    } else {
        code.chars().take(40).collect()
    }
}

fn number(field: &'static str, text: &str, problems: &mut Vec<Problem>) -> Option<f64> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() => Some(v),
        _ => {
            problems.push(Problem::new(
                field,
                tessera_l10n::ta("questionnaires-error-not-a-number", &[("value", t.into())]),
            ));
            None
        }
    }
}

/// Adds the organisation's own question at the end (on no page of its own: it gets a page by
/// itself), after checking every field.
pub fn add_own_question(q: &mut Questionnaire, form: &OwnQuestion) -> Result<(), Vec<Problem>> {
    let first = q.languages.first().cloned().unwrap_or_else(Lang::english);
    let mut problems = Vec::new();
    let name = match QuestionName::parse(&form.name) {
        Ok(n) if q.item(&n).is_some() => {
            problems.push(Problem::new(
                "name",
                tessera_l10n::t("questionnaires-error-name-taken"),
            ));
            None
        }
        Ok(n) => Some(n),
        Err(_) => {
            problems.push(Problem::new(
                "name",
                tessera_l10n::t("questionnaires-error-name-rule"),
            ));
            None
        }
    };
    let kind = QuestionType::from_code(&form.kind);
    if kind.is_none() {
        problems.push(Problem::new(
            "kind",
            tessera_l10n::t("questionnaires-error-choose-type"),
        ));
    }
    let label = form.label.trim();
    if label.is_empty() {
        problems.push(Problem::new(
            "label",
            tessera_l10n::t("questionnaires-error-label-needed"),
        ));
    } else if label.chars().count() > MAX_TEXT || form.hint.chars().count() > MAX_TEXT {
        problems.push(Problem::new(
            "label",
            tessera_l10n::ta("questionnaires-error-too-long", &[("max", MAX_TEXT.into())]),
        ));
    }
    let min = number("min", &form.min, &mut problems);
    let max = number("max", &form.max, &mut problems);
    let mut choices: Vec<Choice> = Vec::new();
    if kind.is_some_and(QuestionType::has_choices) {
        for (n, line) in form
            .choices
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .enumerate()
        {
            let (code, words) = match line.split_once('=') {
                Some((c, w)) => (c.trim().to_owned(), w.trim()),
                None => (code_from(line, n + 1), line),
            };
            match ChoiceCode::parse(&code) {
                Ok(c) if choices.iter().any(|x| x.code == c) => problems.push(Problem::new(
                    "choices",
                    tessera_l10n::ta(
                        "questionnaires-error-choice-twice",
                        &[("code", code.as_str().into())],
                    ),
                )),
                Ok(c) => {
                    let mut label = Texts::new();
                    label.set(first.clone(), words, true);
                    choices.push(Choice { code: c, label });
                }
                Err(_) => problems.push(Problem::new(
                    "choices",
                    tessera_l10n::ta(
                        "questionnaires-error-choice-code",
                        &[("code", code.as_str().into())],
                    ),
                )),
            }
        }
        if choices.is_empty() {
            problems.push(Problem::new(
                "choices",
                tessera_l10n::t("questionnaires-error-choices-needed"),
            ));
        } else if choices.len() > MAX_CHOICES {
            problems.push(Problem::new(
                "choices",
                tessera_l10n::ta(
                    "questionnaires-error-too-many-choices",
                    &[("max", MAX_CHOICES.into())],
                ),
            ));
        }
    }
    let scale = if kind == Some(QuestionType::Scale) {
        match (min, max) {
            (Some(a), Some(b))
                if a < b
                    && a.fract() == 0.0
                    && b.fract() == 0.0
                    && a.abs() <= 1000.0
                    && b.abs() <= 1000.0 =>
            {
                Some(Scale {
                    min: a as i32,
                    max: b as i32,
                    min_label: Texts::new(),
                    max_label: Texts::new(),
                })
            }
            _ => {
                problems.push(Problem::new(
                    "min",
                    tessera_l10n::t("questionnaires-error-scale-ends"),
                ));
                None
            }
        }
    } else {
        None
    };
    if let (Some(a), Some(b)) = (min, max)
        && a > b
        && scale.is_none()
    {
        problems.push(Problem::new(
            "min",
            tessera_l10n::t("questionnaires-error-min-above-max"),
        ));
    }
    let (Some(name), Some(kind), true) = (name, kind, problems.is_empty()) else {
        return Err(problems);
    };
    let mut question = Question::new(name, kind, "");
    question.label.set(first.clone(), label, true);
    question.hint.set(first, &form.hint, true);
    question.required = form.required && kind.takes_answer();
    question.choices = choices;
    question.scale = scale;
    if kind == QuestionType::Number {
        question.constraint = Constraint {
            min,
            max,
            ..Constraint::default()
        };
    }
    q.items.push(Item {
        source: Source::Own,
        question,
    });
    Ok(())
}

/// Changes a question's label, hint and choices' words in `lang` (marked reviewed: the
/// organisation wrote or checked them) and whether it is required. `choices` are
/// (code, words); codes the question does not offer are ignored.
pub fn edit_question(
    q: &mut Questionnaire,
    name: &str,
    lang: &Lang,
    label: &str,
    hint: &str,
    required: bool,
    choices: &[(String, String)],
) -> Result<(), Vec<Problem>> {
    let first = q.languages.first().cloned().unwrap_or_else(Lang::english);
    let Some(item) = q
        .items
        .iter_mut()
        .find(|i| i.question.name.as_str() == name)
    else {
        return Err(vec![Problem::new(
            "label",
            tessera_l10n::t("questionnaires-error-no-question"),
        )]);
    };
    let label = label.trim();
    if label.is_empty() {
        return Err(vec![Problem::new(
            "label",
            tessera_l10n::t("questionnaires-error-label-needed"),
        )]);
    }
    if label.chars().count() > MAX_TEXT || hint.chars().count() > MAX_TEXT {
        return Err(vec![Problem::new(
            "label",
            tessera_l10n::ta("questionnaires-error-too-long", &[("max", MAX_TEXT.into())]),
        )]);
    }
    let question = &mut item.question;
    for (code, words) in choices {
        let words = words.trim();
        if words.is_empty() && lang == &first {
            return Err(vec![Problem::new(
                format!("choice-{code}"),
                tessera_l10n::t("questionnaires-error-choice-words-needed"),
            )]);
        }
        if words.chars().count() > MAX_TEXT {
            return Err(vec![Problem::new(
                format!("choice-{code}"),
                tessera_l10n::ta("questionnaires-error-too-long", &[("max", MAX_TEXT.into())]),
            )]);
        }
        if let Some(c) = question
            .choices
            .iter_mut()
            .find(|c| c.code.as_str() == code)
        {
            c.label.set(lang.clone(), words, true);
        }
    }
    let changed = question.label.value(lang) != Some(label);
    question.label.set(lang.clone(), label, true);
    question.hint.set(lang.clone(), hint, true);
    question.required = required && question.kind.takes_answer();
    // A bank question whose words change is the organisation's own wording now; its rules stay
    // (the answers still mean the same), but the page no longer shows it as the bank's.
    if changed && lang == &Lang::english() && matches!(item.source, Source::Bank { .. }) {
        item.source = Source::Own;
    }
    Ok(())
}

/// The details form: title and consent text in the first language, dates, the per-link limit
/// and the languages offered.
#[derive(Debug, Clone, Default)]
pub struct Details {
    /// Title.
    pub title: String,
    /// Consent text.
    pub consent: String,
    /// First day (`YYYY-MM-DD`) or empty.
    pub opens_on: String,
    /// Last day or empty.
    pub closes_on: String,
    /// Most answers per link, or empty.
    pub per_link_limit: String,
    /// Language codes offered, first the default.
    pub languages: Vec<String>,
}

fn date(field: &'static str, text: &str, problems: &mut Vec<Problem>) -> Option<Date> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    match Date::parse(t, format) {
        Ok(d) => Some(d),
        Err(_) => {
            problems.push(Problem::new(
                field,
                tessera_l10n::ta("questionnaires-error-date", &[("value", t.into())]),
            ));
            None
        }
    }
}

/// Applies the details form.
pub fn set_details(q: &mut Questionnaire, form: &Details) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut langs = Vec::new();
    for code in &form.languages {
        match Lang::parse(code) {
            Ok(l) if !langs.contains(&l) => langs.push(l),
            Ok(_) => {}
            Err(_) => problems.push(Problem::new(
                "languages",
                tessera_l10n::ta(
                    "questionnaires-error-bad-language",
                    &[("code", code.as_str().into())],
                ),
            )),
        }
    }
    if langs.is_empty() {
        problems.push(Problem::new(
            "languages",
            tessera_l10n::t("questionnaires-error-language-needed"),
        ));
    }
    let title = form.title.trim();
    if title.is_empty() {
        problems.push(Problem::new(
            "title",
            tessera_l10n::t("questionnaires-error-title-needed"),
        ));
    }
    let consent = form.consent.trim();
    if consent.is_empty() {
        problems.push(Problem::new(
            "consent",
            tessera_l10n::t("questionnaires-error-consent-needed"),
        ));
    } else if consent.chars().count() > MAX_CONSENT {
        problems.push(Problem::new(
            "consent",
            tessera_l10n::ta(
                "questionnaires-error-too-long",
                &[("max", MAX_CONSENT.into())],
            ),
        ));
    }
    let opens = date("opens_on", &form.opens_on, &mut problems);
    let closes = date("closes_on", &form.closes_on, &mut problems);
    if let (Some(a), Some(b)) = (opens, closes)
        && a > b
    {
        problems.push(Problem::new(
            "closes_on",
            tessera_l10n::t("questionnaires-error-closes-before-opens"),
        ));
    }
    let limit = match form.per_link_limit.trim() {
        "" => None,
        t => match t.parse::<u32>() {
            Ok(n) if n > 0 => Some(n),
            _ => {
                problems.push(Problem::new(
                    "per_link_limit",
                    tessera_l10n::ta("questionnaires-error-not-a-number", &[("value", t.into())]),
                ));
                None
            }
        },
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let first = langs[0].clone();
    if q.title.value(&first) != Some(title) {
        q.title.set(first.clone(), title, true);
    }
    if q.consent.value(&first) != Some(consent) {
        q.consent.set(first, consent, true);
    }
    q.languages = langs;
    q.collection.opens_on = opens;
    q.collection.closes_on = closes;
    q.collection.per_link_limit = limit;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cafe() -> Questionnaire {
        Bank::shipped()
            .expect("bank")
            .compose(&["ioi-2019/bon-lonely".to_owned()])
            .questionnaire
    }

    #[test]
    fn an_own_choice_question_gets_codes_from_its_words_unless_given() {
        let mut q = cafe();
        let form = OwnQuestion {
            name: "cafe_visits".to_owned(),
            kind: "single_choice".to_owned(),
            label: "How often do you come to the café?".to_owned(),
            choices: "Every week\nsometimes = Now and then\n".to_owned(),
            ..OwnQuestion::default()
        };
        add_own_question(&mut q, &form).expect("valid");
        let added = &q.items.last().expect("added").question;
        let codes: Vec<&str> = added.choices.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(codes, ["every_week", "sometimes"]);
        q.validate().expect("still valid");
    }

    #[test]
    fn an_own_question_with_a_taken_name_and_no_choices_is_refused_field_by_field() {
        let mut q = cafe();
        let before = q.clone();
        let form = OwnQuestion {
            name: "lonely".to_owned(),
            kind: "multiple_choice".to_owned(),
            label: "Which?".to_owned(),
            ..OwnQuestion::default()
        };
        let problems = add_own_question(&mut q, &form).expect_err("refused");
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["name", "choices"]);
        assert_eq!(q, before, "nothing half-added");
    }

    #[test]
    fn details_with_closing_before_opening_are_refused() {
        let mut q = cafe();
        let form = Details {
            title: "T".to_owned(),
            consent: "C".to_owned(),
            opens_on: "2027-02-01".to_owned(),
            closes_on: "2027-01-01".to_owned(),
            per_link_limit: "0".to_owned(),
            languages: vec!["en".to_owned(), "ar".to_owned()],
        };
        let problems = set_details(&mut q, &form).expect_err("refused");
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["closes_on", "per_link_limit"]);
    }

    #[test]
    fn moving_and_removing_a_question_by_name() {
        let mut q = cafe();
        let last = q.items.last().expect("some").question.name.to_string();
        assert!(!apply_move(&mut q, &last, Move::Down));
        assert!(apply_move(&mut q, &last, Move::Remove));
        assert!(
            q.item(&QuestionName::parse(&last).expect("valid"))
                .is_none()
        );
        assert!(!apply_move(&mut q, "no_such", Move::Up));
    }
}
