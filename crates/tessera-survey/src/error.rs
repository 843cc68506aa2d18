//! The crate's errors: one enum at the boundary, and the problems found checking a questionnaire
//! or reading an XLSForm, each saying where (question, or sheet, row and column) and what.

use std::fmt;

/// What kind of problem a [`Problem`] is. Pages translate each kind through the message
/// `questionnaires-problem-<code>`; [`fmt::Display`] gives the English for logs and the
/// command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProblemKind {
    /// A question has no label in the questionnaire's first language.
    MissingLabel,
    /// Two questions share a name.
    DuplicateName,
    /// A question uses a name Tessera or XLSForm keeps for itself (`consent`, `meta`…).
    ReservedName,
    /// A choice question has no choices.
    NoChoices,
    /// Two choices of one question share a code.
    DuplicateChoice,
    /// A question that is not a choice question has choices.
    UnexpectedChoices,
    /// A scale question has no scale, or its ends are the wrong way round.
    BadScale,
    /// The smallest allowed number is above the largest.
    BadRange,
    /// A "show if" condition names a question that is not earlier in the questionnaire.
    ShowIfNotEarlier,
    /// A "show if" condition names a code the earlier question does not offer.
    ShowIfUnknownCode,
    /// A "show if" condition compares a number with an answer that is not a number.
    ShowIfNotNumber,
    /// A rule names a code the question does not offer.
    RuleUnknownCode,
    /// A rule does not fit the question's type.
    RuleWrongType,
    /// A rule names an indicator that is not in the shipped packs.
    UnknownIndicator,
    /// The questions of one page are not next to each other.
    SplitGroup,
    /// A question's page is not among the questionnaire's groups.
    UnknownGroup,
    /// The questionnaire offers no language.
    NoLanguage,
    /// A questionnaire has no questions.
    NoQuestions,
    /// A note is marked required or has constraints.
    NoteTakesNoAnswer,
    /// A text pattern is empty or holds a quote mark XLSForm cannot carry.
    BadPattern,
    /// The title or consent text is missing in the first language.
    MissingTitle,
    /// A required sheet is missing from an XLSForm.
    MissingSheet,
    /// A required column is missing from a sheet.
    MissingColumn,
    /// A question type Tessera does not support (repeats, calculations, geopoints…).
    UnsupportedType,
    /// A type Tessera does not know at all.
    UnknownType,
    /// A choice list a question names is not on the choices sheet.
    UnknownList,
    /// A list on the choices sheet gives one code two different labels.
    ConflictingChoice,
    /// A `relevant` or `constraint` expression Tessera cannot read; the question was kept
    /// without it only when the caller allows losing it (it never does on import).
    UnsupportedExpression,
    /// A `begin group` without its `end group`, or the other way round, or groups inside groups.
    UnbalancedGroup,
    /// A cell that must not be empty is.
    EmptyCell,
    /// A value that is not what the column takes.
    BadValue,
    /// A translation spreadsheet row names a text the questionnaire does not have.
    UnknownText,
    /// The file is not a readable workbook.
    Unreadable,
    /// The file is bigger than Tessera reads.
    TooLarge,
    /// An XForm submission that is not well-formed XML of a form, or breaks a rule of one.
    BadSubmission,
    /// An XForm submission that does not record the respondent's consent.
    NoConsent,
}

impl ProblemKind {
    /// The stable code, the end of the message key `questionnaires-problem-<code>`.
    pub fn code(self) -> &'static str {
        match self {
            Self::MissingLabel => "missing-label",
            Self::DuplicateName => "duplicate-name",
            Self::ReservedName => "reserved-name",
            Self::NoChoices => "no-choices",
            Self::DuplicateChoice => "duplicate-choice",
            Self::UnexpectedChoices => "unexpected-choices",
            Self::BadScale => "bad-scale",
            Self::BadRange => "bad-range",
            Self::ShowIfNotEarlier => "show-if-not-earlier",
            Self::ShowIfUnknownCode => "show-if-unknown-code",
            Self::ShowIfNotNumber => "show-if-not-number",
            Self::RuleUnknownCode => "rule-unknown-code",
            Self::RuleWrongType => "rule-wrong-type",
            Self::UnknownIndicator => "unknown-indicator",
            Self::SplitGroup => "split-group",
            Self::UnknownGroup => "unknown-group",
            Self::NoLanguage => "no-language",
            Self::NoQuestions => "no-questions",
            Self::NoteTakesNoAnswer => "note-takes-no-answer",
            Self::BadPattern => "bad-pattern",
            Self::MissingTitle => "missing-title",
            Self::MissingSheet => "missing-sheet",
            Self::MissingColumn => "missing-column",
            Self::UnsupportedType => "unsupported-type",
            Self::UnknownType => "unknown-type",
            Self::UnknownList => "unknown-list",
            Self::ConflictingChoice => "conflicting-choice",
            Self::UnsupportedExpression => "unsupported-expression",
            Self::UnbalancedGroup => "unbalanced-group",
            Self::EmptyCell => "empty-cell",
            Self::BadValue => "bad-value",
            Self::UnknownText => "unknown-text",
            Self::Unreadable => "unreadable",
            Self::TooLarge => "too-large",
            Self::BadSubmission => "bad-submission",
            Self::NoConsent => "no-consent",
        }
    }

    /// English, for logs and the command line.
    pub fn english(self) -> &'static str {
        match self {
            Self::MissingLabel => "the question has no label in the questionnaire's first language",
            Self::DuplicateName => "another question already has this name; names must differ",
            Self::ReservedName => "this name is kept for Tessera's own use; choose another",
            Self::NoChoices => "a choice question needs at least one choice",
            Self::DuplicateChoice => "two choices have the same code; codes must differ",
            Self::UnexpectedChoices => "only choice questions have choices",
            Self::BadScale => "a scale needs a lowest point below its highest point",
            Self::BadRange => "the smallest allowed number is above the largest",
            Self::ShowIfNotEarlier => "\"show if\" must name a question that comes earlier",
            Self::ShowIfUnknownCode => {
                "\"show if\" names a code the earlier question does not offer"
            }
            Self::ShowIfNotNumber => {
                "\"show if\" compares a number with an answer that is not a number"
            }
            Self::RuleUnknownCode => "the rule names a code the question does not offer",
            Self::RuleWrongType => "the rule does not fit the question's type",
            Self::UnknownIndicator => {
                "the rule names an indicator that is not in any framework pack"
            }
            Self::SplitGroup => "the questions of one page must be next to each other",
            Self::UnknownGroup => "the question's page is not among the questionnaire's pages",
            Self::NoLanguage => "the questionnaire needs at least one language",
            Self::NoQuestions => "the questionnaire has no questions",
            Self::NoteTakesNoAnswer => {
                "a note takes no answer, so it cannot be required or limited"
            }
            Self::BadPattern => "the pattern is empty or holds a quote mark",
            Self::MissingTitle => "the title or consent text is missing in the first language",
            Self::MissingSheet => "the workbook has no sheet with this name",
            Self::MissingColumn => "the sheet has no column with this name",
            Self::UnsupportedType => "Tessera does not support this question type",
            Self::UnknownType => "this is not a question type Tessera knows",
            Self::UnknownList => "the choices sheet has no list with this name",
            Self::ConflictingChoice => "the list gives this code two different labels",
            Self::UnsupportedExpression => "Tessera cannot read this expression",
            Self::UnbalancedGroup => "groups must open and close in pairs, one level deep",
            Self::EmptyCell => "this cell must not be empty",
            Self::BadValue => "this value is not one the column takes",
            Self::UnknownText => "the questionnaire has no text with this name",
            Self::Unreadable => "the file is not a workbook Tessera can read (.xlsx)",
            Self::TooLarge => "the file is larger than Tessera reads",
            Self::BadSubmission => {
                "the submission is not a form's answers Tessera can read; send it again from the form"
            }
            Self::NoConsent => {
                "the submission does not record the respondent's consent, so nothing was stored"
            }
        }
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.english())
    }
}

/// Where a problem is: a question of the questionnaire, or a cell of a workbook.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Place {
    /// The question's name.
    pub question: Option<String>,
    /// The sheet.
    pub sheet: Option<String>,
    /// The 1-based row, as a spreadsheet numbers it.
    pub row: Option<usize>,
    /// The column's header (e.g. `relevant`, `label::Welsh (cy)`).
    pub column: Option<String>,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(s) = &self.sheet {
            parts.push(format!("sheet {s:?}"));
        }
        if let Some(r) = self.row {
            parts.push(format!("row {r}"));
        }
        if let Some(c) = &self.column {
            parts.push(format!("column {c:?}"));
        }
        if let Some(q) = &self.question {
            parts.push(format!("question {q:?}"));
        }
        f.write_str(&parts.join(", "))
    }
}

/// One problem, with where it is and the value at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What kind.
    pub kind: ProblemKind,
    /// Where.
    pub place: Place,
    /// The value at fault, as found.
    pub value: Option<String>,
}

impl Problem {
    /// A problem with a question.
    pub fn at_question(kind: ProblemKind, question: &str) -> Self {
        Self {
            kind,
            place: Place {
                question: Some(question.to_owned()),
                ..Place::default()
            },
            value: None,
        }
    }

    /// A problem with the questionnaire as a whole.
    pub fn general(kind: ProblemKind) -> Self {
        Self {
            kind,
            place: Place::default(),
            value: None,
        }
    }

    /// A problem in a cell.
    pub fn at_cell(
        kind: ProblemKind,
        sheet: &str,
        row: Option<usize>,
        column: Option<&str>,
    ) -> Self {
        Self {
            kind,
            place: Place {
                question: None,
                sheet: Some(sheet.to_owned()),
                row,
                column: column.map(str::to_owned),
            },
            value: None,
        }
    }

    /// Adds the value at fault.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.kind)?;
        if let Some(v) = &self.value {
            write!(f, " (found {v:?})")?;
        }
        Ok(())
    }
}

/// Problems found together, so a person can fix them all at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

/// What can go wrong in this crate.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SurveyError {
    /// A language code that is not a language tag.
    #[error("{code:?} is not a language code: use a code such as en, cy, ar, uk or fa")]
    BadLanguage {
        /// The code as given.
        code: String,
    },
    /// A name that breaks the naming rule.
    #[error(
        "{value:?} is not a valid {what}: start with a letter, use only letters, digits and _ (codes may also use - and .), no spaces, at most 32 characters"
    )]
    BadName {
        /// Which kind of name.
        what: &'static str,
        /// The name as given.
        value: String,
    },
    /// A bank file that does not parse.
    #[error("question bank file questions/{file}: {message}")]
    BankFile {
        /// The file.
        file: String,
        /// What the TOML reader said.
        message: String,
    },
    /// A questionnaire or file with problems; nothing was stored.
    #[error("{0}")]
    Problems(Problems),
}

impl SurveyError {
    /// The problems, if this error is a list of them.
    pub fn problems(&self) -> &[Problem] {
        match self {
            Self::Problems(p) => &p.0,
            _ => &[],
        }
    }
}
