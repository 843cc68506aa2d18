//! A question: its type, texts, choices, constraints, "show if" conditions, page and, for bank
//! questions, the rules that turn its answers into indicators.

use serde::{Deserialize, Serialize};

use crate::name::{ChoiceCode, GroupName, QuestionName};
use crate::rule::IndicatorRule;
use crate::text::Texts;

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    /// Pick one of the choices.
    SingleChoice,
    /// Pick any number of the choices.
    MultipleChoice,
    /// A number (whole unless the constraint allows decimals).
    Number,
    /// A point on a numbered scale, e.g. 0 to 10, with words for its ends.
    Scale,
    /// Free text.
    Text,
    /// A date.
    Date,
    /// Words shown to the respondent; takes no answer.
    Note,
}

impl QuestionType {
    /// Every type, in the order pages list them.
    pub const ALL: [QuestionType; 7] = [
        Self::SingleChoice,
        Self::MultipleChoice,
        Self::Number,
        Self::Scale,
        Self::Text,
        Self::Date,
        Self::Note,
    ];

    /// The stable code (`single_choice`…), as stored and as the l10n keys end.
    pub fn code(self) -> &'static str {
        match self {
            Self::SingleChoice => "single_choice",
            Self::MultipleChoice => "multiple_choice",
            Self::Number => "number",
            Self::Scale => "scale",
            Self::Text => "text",
            Self::Date => "date",
            Self::Note => "note",
        }
    }

    /// Parses a code written by [`QuestionType::code`].
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.code() == code)
    }

    /// Whether the question offers choices.
    pub fn has_choices(self) -> bool {
        matches!(self, Self::SingleChoice | Self::MultipleChoice)
    }

    /// Whether the question takes an answer at all.
    pub fn takes_answer(self) -> bool {
        self != Self::Note
    }
}

/// One response option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// What is stored.
    pub code: ChoiceCode,
    /// What the respondent reads.
    pub label: Texts,
}

/// Limits on an answer. Numbers apply to number and scale answers (inclusive), the pattern to
/// text answers (an XPath `regex()`-compatible regular expression), dates as `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Constraint {
    /// Smallest allowed number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Largest allowed number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Whether a number answer may have decimals (whole numbers only otherwise).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub decimals: bool,
    /// A pattern a text answer must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// What to tell a respondent whose answer breaks the constraint.
    #[serde(default, skip_serializing_if = "Texts::is_empty")]
    pub message: Texts,
}

impl Constraint {
    /// Whether the constraint limits nothing.
    pub fn is_empty(&self) -> bool {
        self.min.is_none() && self.max.is_none() && self.pattern.is_none()
    }
}

/// The two ends of a scale question, with their words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    /// Lowest point.
    pub min: i32,
    /// Highest point.
    pub max: i32,
    /// Words for the lowest point ("Not at all satisfied").
    #[serde(default, skip_serializing_if = "Texts::is_empty")]
    pub min_label: Texts,
    /// Words for the highest point ("Completely satisfied").
    #[serde(default, skip_serializing_if = "Texts::is_empty")]
    pub max_label: Texts,
}

/// A test on an earlier answer deciding whether a question is shown. A question is shown when
/// every one of its conditions holds; an unanswered earlier question makes every test false.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShowIf {
    /// The earlier question.
    pub question: QuestionName,
    /// The test on its answer.
    #[serde(flatten)]
    pub test: ShowIfTest,
}

/// The test of a [`ShowIf`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "test", rename_all = "snake_case")]
pub enum ShowIfTest {
    /// The answer is (or, for multiple choice, includes) one of these codes.
    AnyOf {
        /// The codes.
        values: Vec<ChoiceCode>,
    },
    /// The answer is given and is none of these codes (includes none, for multiple choice).
    NoneOf {
        /// The codes.
        values: Vec<ChoiceCode>,
    },
    /// The number answered is at least this.
    AtLeast {
        /// Threshold (inclusive).
        value: f64,
    },
    /// The number answered is below this.
    Below {
        /// Threshold (exclusive).
        value: f64,
    },
}

/// A question, whether from the bank or the organisation's own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Variable name: the column its answers go into.
    pub name: QuestionName,
    /// The kind of answer.
    #[serde(rename = "type")]
    pub kind: QuestionType,
    /// What is asked.
    pub label: Texts,
    /// Help under the question (for background questions: why it is asked and that it may be
    /// skipped).
    #[serde(default, skip_serializing_if = "Texts::is_empty")]
    pub hint: Texts,
    /// Whether an answer is needed to go on. Background questions never are.
    #[serde(default)]
    pub required: bool,
    /// Name of the choice list, shared between questions with the same options (XLSForm's
    /// `list_name`); the question's own name when it has its own options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice_list: Option<String>,
    /// The options, for single and multiple choice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
    /// The scale, for scale questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    /// Limits on the answer.
    #[serde(default, skip_serializing_if = "Constraint::is_empty")]
    pub constraint: Constraint,
    /// Shown only when all of these hold.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub show_if: Vec<ShowIf>,
    /// The page (group) the question is on; questions without one get a page each.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<GroupName>,
    /// How answers become indicators (bank questions; own questions may have none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<IndicatorRule>,
}

impl Question {
    /// A new question of `kind` with an English label and nothing else.
    pub fn new(name: QuestionName, kind: QuestionType, label: &str) -> Self {
        Self {
            name,
            kind,
            label: Texts::english(label),
            hint: Texts::new(),
            required: false,
            choice_list: None,
            choices: Vec::new(),
            scale: None,
            constraint: Constraint::default(),
            show_if: Vec::new(),
            group: None,
            rules: Vec::new(),
        }
    }

    /// The choice with `code`, if any.
    pub fn choice(&self, code: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.code.as_str() == code)
    }

    /// The choice list name XLSForm uses: the shared list's or the question's own name.
    pub fn list_name(&self) -> &str {
        self.choice_list.as_deref().unwrap_or(self.name.as_str())
    }
}
