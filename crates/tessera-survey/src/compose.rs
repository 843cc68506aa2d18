//! Building a questionnaire from indicators: the bank questions that measure them, grouped by
//! page, then the background questions that define the sides and breakdowns.

use crate::bank::Bank;
use crate::name::BankId;
use crate::questionnaire::{Item, Questionnaire, Source};

/// A questionnaire built from indicators, and the indicators the bank could not ask about.
#[derive(Debug, Clone, PartialEq)]
pub struct Composed {
    /// The questionnaire.
    pub questionnaire: Questionnaire,
    /// Indicators with no bank question, with the bank's reason where it gives one.
    pub not_covered: Vec<(String, Option<String>)>,
}

impl Bank {
    /// A questionnaire asking every background question first (later questions' "show if"
    /// conditions read them, e.g. the English-conversation question is asked only of people
    /// whose main language is another), then the bank's questions for `indicators`
    /// (`<pack>/<indicator>`), each once, in bank order. Its languages are
    /// the bank's; its title and consent text the bank's defaults.
    pub fn compose(&self, indicators: &[String]) -> Composed {
        let mut chosen: Vec<&BankId> = Vec::new();
        let mut not_covered = Vec::new();
        for ind in indicators {
            let mut any = false;
            for q in self.measuring(ind) {
                any = true;
                if !chosen.contains(&&q.id) {
                    chosen.push(&q.id);
                }
            }
            if !any {
                not_covered.push((
                    ind.clone(),
                    self.not_measurable(ind).map(|n| n.reason.clone()),
                ));
            }
        }
        let mut q = Questionnaire::new(self.title.clone(), self.consent.clone());
        q.languages = self.languages.clone();
        // Bank order keeps each page's questions together.
        for bq in self.background().chain(
            self.questions
                .iter()
                .filter(|bq| !bq.background && chosen.contains(&&bq.id)),
        ) {
            self.push(&mut q, bq.id.as_str());
        }
        Composed {
            questionnaire: q,
            not_covered,
        }
    }

    /// Adds the bank question `id` at the end of its page in `q` (or as a new last page), with
    /// its page. Returns false when there is no such question or `q` already asks it.
    pub fn push(&self, q: &mut Questionnaire, id: &str) -> bool {
        let Some(bq) = self.question(id) else {
            return false;
        };
        if q.item(&bq.question.name).is_some() {
            return false;
        }
        if q.group(&bq.page).is_none()
            && let Some(page) = self.page(&bq.page)
        {
            q.groups.push(page.clone());
        }
        let at = q
            .items
            .iter()
            .rposition(|i| i.question.group.as_ref() == Some(&bq.page))
            .map_or(q.items.len(), |p| p + 1);
        q.items.insert(
            at,
            Item {
                source: Source::Bank { id: bq.id.clone() },
                question: bq.question.clone(),
            },
        );
        true
    }
}
