//! A questionnaire: title, consent page, languages, pages (groups) and ordered questions, with
//! the collection settings (dates, per-link limit).

use serde::{Deserialize, Serialize};
use time::Date;

use crate::lang::Lang;
use crate::name::{BankId, GroupName, QuestionName};
use crate::question::Question;
use crate::text::Texts;

/// Where a questionnaire's question came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum Source {
    /// The bank question with this id (the question may since have been edited; its rules stay).
    Bank {
        /// The bank id.
        id: BankId,
    },
    /// The organisation's own question.
    Own,
    /// Read from an XLSForm.
    Imported,
}

/// One question in a questionnaire, with where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Where it came from.
    pub source: Source,
    /// The question.
    pub question: Question,
}

/// A page of questions shown together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Name questions refer to.
    pub name: GroupName,
    /// The page heading.
    pub title: Texts,
}

/// When and how much a questionnaire collects.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Collection {
    /// First day answers are taken (none: from publication).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_on: Option<Date>,
    /// Last day answers are taken (none: until closed by hand).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_on: Option<Date>,
    /// Most responses one public link takes (none: no limit), a guard against floods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_link_limit: Option<u32>,
}

/// A questionnaire's content: everything a respondent sees and every rule its answers follow.
/// Versions, ownership and audit are the store's; this is the pure part both the builder and
/// the collection pages (and XLSForm, XForm) read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Questionnaire {
    /// The title.
    pub title: Texts,
    /// The consent page's words, shown before any question; no answer is stored without consent.
    pub consent: Texts,
    /// Languages offered to respondents; the first is the default.
    pub languages: Vec<Lang>,
    /// Pages, in order of first use.
    #[serde(default)]
    pub groups: Vec<Group>,
    /// The questions, in order.
    pub items: Vec<Item>,
    /// Dates and limits.
    #[serde(default)]
    pub collection: Collection,
}

impl Questionnaire {
    /// An empty questionnaire in English and Welsh with the bank's default consent text.
    pub fn new(title: Texts, consent: Texts) -> Self {
        Self {
            title,
            consent,
            languages: vec![Lang::english(), Lang::welsh()],
            groups: Vec::new(),
            items: Vec::new(),
            collection: Collection::default(),
        }
    }

    /// The item whose question is called `name`.
    pub fn item(&self, name: &QuestionName) -> Option<&Item> {
        self.items.iter().find(|i| &i.question.name == name)
    }

    /// The index of the question called `name`.
    pub fn position(&self, name: &QuestionName) -> Option<usize> {
        self.items.iter().position(|i| &i.question.name == name)
    }

    /// The group called `name`.
    pub fn group(&self, name: &GroupName) -> Option<&Group> {
        self.groups.iter().find(|g| &g.name == name)
    }

    /// The questions, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.items.iter().map(|i| &i.question)
    }

    /// Moves the question at `index` one place up (towards the start). Returns whether it
    /// moved. Groups stay together: a question moves within its run of same-group questions.
    pub fn move_up(&mut self, index: usize) -> bool {
        if index == 0 || index >= self.items.len() {
            return false;
        }
        if self.items[index - 1].question.group != self.items[index].question.group {
            return false;
        }
        self.items.swap(index - 1, index);
        true
    }

    /// Moves the question at `index` one place down. Returns whether it moved.
    pub fn move_down(&mut self, index: usize) -> bool {
        if index + 1 >= self.items.len() {
            return false;
        }
        self.move_up(index + 1)
    }

    /// Removes the question at `index` and every "show if" condition on it (a question that
    /// depended on it is then always shown). Returns the removed item.
    pub fn remove(&mut self, index: usize) -> Option<Item> {
        if index >= self.items.len() {
            return None;
        }
        let item = self.items.remove(index);
        for other in &mut self.items {
            other
                .question
                .show_if
                .retain(|c| c.question != item.question.name);
        }
        let used: Vec<GroupName> = self
            .items
            .iter()
            .filter_map(|i| i.question.group.clone())
            .collect();
        self.groups.retain(|g| used.contains(&g.name));
        Some(item)
    }

    /// Every language any text of the questionnaire is written in, beyond those offered.
    pub fn text_languages(&self) -> Vec<Lang> {
        let mut langs: Vec<Lang> = self.languages.clone();
        let mut add = |t: &Texts| {
            for l in t.languages() {
                if !langs.contains(l) {
                    langs.push(l.clone());
                }
            }
        };
        add(&self.title);
        add(&self.consent);
        for q in self.questions() {
            add(&q.label);
        }
        langs
    }
}
