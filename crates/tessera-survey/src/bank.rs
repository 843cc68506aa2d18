//! The question bank: questions in Tessera's own words, with the rules that turn their answers
//! into indicators, read from the TOML files under `questions/` compiled into the crate.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::error::SurveyError;
use crate::lang::Lang;
use crate::name::{BankId, ChoiceCode, GroupName, QuestionName};
use crate::question::{Choice, Constraint, Question, QuestionType, Scale, ShowIf};
use crate::questionnaire::Group;
use crate::rule::IndicatorRule;
use crate::text::Texts;

/// The bank's files, compiled in. `questions/` holds nothing else (a test checks).
pub const FILES: &[(&str, &str)] = &[
    (
        "choices.toml",
        include_str!("../../../questions/choices.toml"),
    ),
    (
        "consent.toml",
        include_str!("../../../questions/consent.toml"),
    ),
    (
        "background.toml",
        include_str!("../../../questions/background.toml"),
    ),
    (
        "01-work.toml",
        include_str!("../../../questions/01-work.toml"),
    ),
    (
        "02-education.toml",
        include_str!("../../../questions/02-education.toml"),
    ),
    (
        "03-housing.toml",
        include_str!("../../../questions/03-housing.toml"),
    ),
    (
        "04-health.toml",
        include_str!("../../../questions/04-health.toml"),
    ),
    (
        "05-leisure.toml",
        include_str!("../../../questions/05-leisure.toml"),
    ),
    (
        "06-social-bonds.toml",
        include_str!("../../../questions/06-social-bonds.toml"),
    ),
    (
        "07-social-bridges.toml",
        include_str!("../../../questions/07-social-bridges.toml"),
    ),
    (
        "08-social-links.toml",
        include_str!("../../../questions/08-social-links.toml"),
    ),
    (
        "09-language.toml",
        include_str!("../../../questions/09-language.toml"),
    ),
    (
        "10-culture.toml",
        include_str!("../../../questions/10-culture.toml"),
    ),
    (
        "11-digital.toml",
        include_str!("../../../questions/11-digital.toml"),
    ),
    (
        "12-safety.toml",
        include_str!("../../../questions/12-safety.toml"),
    ),
    (
        "13-stability.toml",
        include_str!("../../../questions/13-stability.toml"),
    ),
    (
        "14-rights.toml",
        include_str!("../../../questions/14-rights.toml"),
    ),
    (
        "not-in-bank.toml",
        include_str!("../../../questions/not-in-bank.toml"),
    ),
];

/// A question of the bank.
#[derive(Debug, Clone, PartialEq)]
pub struct BankQuestion {
    /// Stable id, kept by questionnaires built from it.
    pub id: BankId,
    /// The page it goes on.
    pub page: GroupName,
    /// Whether it is a background question (sides and breakdowns), asked in every questionnaire.
    pub background: bool,
    /// The question.
    pub question: Question,
}

/// Why an indicator of a shipped pack has no bank question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotInBank {
    /// `<pack>/<indicator>`.
    pub indicator: String,
    /// Why, in English (shown to organisations building questionnaires).
    pub reason: String,
}

/// The whole bank.
#[derive(Debug, Clone, PartialEq)]
pub struct Bank {
    /// Questions, background first, then by domain.
    pub questions: Vec<BankQuestion>,
    /// Pages, in order.
    pub pages: Vec<Group>,
    /// Indicators a questionnaire cannot measure, with the reason.
    pub not_in_bank: Vec<NotInBank>,
    /// The default title of a new questionnaire.
    pub title: Texts,
    /// The default consent text.
    pub consent: Texts,
    /// Languages the bank is written in.
    pub languages: Vec<Lang>,
}

static SHIPPED: OnceLock<Result<Bank, SurveyError>> = OnceLock::new();

impl Bank {
    /// The bank compiled from `questions/`, read once.
    pub fn shipped() -> Result<&'static Bank, SurveyError> {
        SHIPPED
            .get_or_init(|| Bank::from_files(FILES))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads a bank from `(file name, contents)` pairs.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Bank, SurveyError> {
        let mut lists: BTreeMap<String, Vec<Choice>> = BTreeMap::new();
        let mut bank = Bank {
            questions: Vec::new(),
            pages: Vec::new(),
            not_in_bank: Vec::new(),
            title: Texts::new(),
            consent: Texts::new(),
            languages: Vec::new(),
        };
        let parse = |file: &str, text: &str| -> Result<RawFile, SurveyError> {
            toml::from_str(text).map_err(|e| SurveyError::BankFile {
                file: file.to_owned(),
                message: e.to_string(),
            })
        };
        // Choice lists first: question files refer to them.
        let raws = files
            .iter()
            .map(|(f, t)| parse(f, t).map(|r| (*f, r)))
            .collect::<Result<Vec<_>, _>>()?;
        for (_, raw) in &raws {
            let reviewed = raw.reviewed_langs()?;
            for list in &raw.list {
                let choices = list
                    .choice
                    .iter()
                    .map(|c| {
                        Ok(Choice {
                            code: ChoiceCode::parse(&c.code)?,
                            label: texts(&c.label, &reviewed)?,
                        })
                    })
                    .collect::<Result<Vec<_>, SurveyError>>()?;
                lists.insert(list.name.clone(), choices);
            }
        }
        for (file, raw) in raws {
            let reviewed = raw.reviewed_langs()?;
            let bad = |message: String| SurveyError::BankFile {
                file: file.to_owned(),
                message,
            };
            for l in &raw.languages {
                bank.languages.push(Lang::parse(l)?);
            }
            if let Some(t) = &raw.title {
                bank.title = texts(t, &reviewed)?;
            }
            if let Some(c) = &raw.consent {
                bank.consent = texts(c, &reviewed)?;
            }
            for n in raw.not_in_bank {
                bank.not_in_bank.push(NotInBank {
                    indicator: n.indicator,
                    reason: n.reason,
                });
            }
            let Some(page) = &raw.page else {
                if !raw.question.is_empty() {
                    return Err(bad("a file with questions needs a [page]".to_owned()));
                }
                continue;
            };
            let page_name = GroupName::parse(&page.name)?;
            bank.pages.push(Group {
                name: page_name.clone(),
                title: texts(&page.title, &reviewed)?,
            });
            for rq in raw.question {
                let kind = QuestionType::from_code(&rq.kind).ok_or_else(|| {
                    bad(format!("question {}: unknown type {:?}", rq.id, rq.kind))
                })?;
                let choices = match &rq.choices {
                    Some(list) => lists.get(list).cloned().ok_or_else(|| {
                        bad(format!("question {}: no choice list {list:?}", rq.id))
                    })?,
                    None => Vec::new(),
                };
                let scale = match &rq.scale {
                    Some(s) => Some(Scale {
                        min: s.min,
                        max: s.max,
                        min_label: texts(&s.min_label, &reviewed)?,
                        max_label: texts(&s.max_label, &reviewed)?,
                    }),
                    None => None,
                };
                let question = Question {
                    name: QuestionName::parse(&rq.name)?,
                    kind,
                    label: texts(&rq.label, &reviewed)?,
                    hint: texts(&rq.hint, &reviewed)?,
                    required: rq.required,
                    choice_list: rq.choices.clone(),
                    choices,
                    scale,
                    constraint: match rq.constraint {
                        Some(c) => Constraint {
                            min: c.min,
                            max: c.max,
                            decimals: c.decimals,
                            pattern: c.pattern,
                            message: texts(&c.message, &reviewed)?,
                        },
                        None => Constraint::default(),
                    },
                    show_if: rq.show_if,
                    group: Some(page_name.clone()),
                    rules: rq.rule,
                };
                bank.questions.push(BankQuestion {
                    id: BankId::parse(&rq.id)?,
                    page: page_name.clone(),
                    background: raw.background,
                    question,
                });
            }
        }
        Ok(bank)
    }

    /// The bank question with `id`.
    pub fn question(&self, id: &str) -> Option<&BankQuestion> {
        self.questions.iter().find(|q| q.id.as_str() == id)
    }

    /// The page called `name`.
    pub fn page(&self, name: &GroupName) -> Option<&Group> {
        self.pages.iter().find(|p| &p.name == name)
    }

    /// The bank questions that measure `indicator` (`<pack>/<indicator>`).
    pub fn measuring(&self, indicator: &str) -> impl Iterator<Item = &BankQuestion> {
        self.questions
            .iter()
            .filter(move |q| q.question.rules.iter().any(|r| r.indicator == indicator))
    }

    /// The background questions, in order.
    pub fn background(&self) -> impl Iterator<Item = &BankQuestion> {
        self.questions.iter().filter(|q| q.background)
    }

    /// Why `indicator` has no bank question, if the bank says.
    pub fn not_measurable(&self, indicator: &str) -> Option<&NotInBank> {
        self.not_in_bank.iter().find(|n| n.indicator == indicator)
    }
}

/// Builds texts from a language → words table, marking the languages in `reviewed`.
fn texts(raw: &BTreeMap<String, String>, reviewed: &[Lang]) -> Result<Texts, SurveyError> {
    let mut t = Texts::new();
    for (code, value) in raw {
        let lang = Lang::parse(code)?;
        let is_reviewed = reviewed.contains(&lang);
        t.set(lang, value, is_reviewed);
    }
    Ok(t)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    /// Languages whose texts in this file a fluent speaker has reviewed.
    #[serde(default)]
    reviewed: Vec<String>,
    /// Languages the bank is written in (consent.toml).
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    background: bool,
    #[serde(default)]
    title: Option<BTreeMap<String, String>>,
    #[serde(default)]
    consent: Option<BTreeMap<String, String>>,
    #[serde(default)]
    page: Option<RawPage>,
    #[serde(default)]
    list: Vec<RawList>,
    #[serde(default)]
    question: Vec<RawQuestion>,
    #[serde(default)]
    not_in_bank: Vec<RawNotInBank>,
}

impl RawFile {
    fn reviewed_langs(&self) -> Result<Vec<Lang>, SurveyError> {
        self.reviewed.iter().map(|l| Lang::parse(l)).collect()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPage {
    name: String,
    title: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawList {
    name: String,
    choice: Vec<RawChoice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    code: String,
    label: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    min: i32,
    max: i32,
    #[serde(default)]
    min_label: BTreeMap<String, String>,
    #[serde(default)]
    max_label: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    name: String,
    #[serde(rename = "type")]
    kind: String,
    label: BTreeMap<String, String>,
    #[serde(default)]
    hint: BTreeMap<String, String>,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    choices: Option<String>,
    #[serde(default)]
    scale: Option<RawScale>,
    #[serde(default)]
    constraint: Option<RawConstraint>,
    #[serde(default)]
    show_if: Vec<ShowIf>,
    #[serde(default)]
    rule: Vec<IndicatorRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConstraint {
    #[serde(default)]
    min: Option<f64>,
    #[serde(default)]
    max: Option<f64>,
    #[serde(default)]
    decimals: bool,
    #[serde(default)]
    pattern: Option<String>,
    #[serde(default)]
    message: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNotInBank {
    indicator: String,
    reason: String,
}
