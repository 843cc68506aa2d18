//! Finding entries: words, and filters by domain, indicator, target group, method (design),
//! region and size. Every condition given must hold. The entries an organisation may see are
//! few enough to filter here rather than in SQL, the same way on both databases.

use serde::Deserialize;
use tessera_store::LibraryEntry;

use super::content::EntryContent;
use super::strength::size_band;

/// What the library page or API asks for; empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct LibraryFilter {
    /// Words that must all appear in the entry (title, organisation, summary, goal, lessons,
    /// what did not work, target groups), in any case.
    pub q: String,
    /// A domain, `<pack>/<domain>`.
    pub domain: String,
    /// An indicator reference.
    pub indicator: String,
    /// Words of a target group's name (any case).
    pub group: String,
    /// A design code.
    pub design: String,
    /// A region code.
    pub region: String,
    /// A size band (see [`super::strength::size_band`]).
    pub size: String,
}

impl LibraryFilter {
    /// Whether anything is asked for.
    pub fn is_filtered(&self) -> bool {
        [
            &self.q,
            &self.domain,
            &self.indicator,
            &self.group,
            &self.design,
            &self.region,
            &self.size,
        ]
        .iter()
        .any(|f| !f.trim().is_empty())
    }

    /// Whether `entry` (with its snapshot `content`) meets every condition.
    pub fn matches(&self, entry: &LibraryEntry, content: Option<&EntryContent>) -> bool {
        let is = |wanted: &str, value: &str| wanted.trim().is_empty() || wanted.trim() == value;
        let any = |wanted: &str, values: &[String]| {
            let wanted = wanted.trim();
            wanted.is_empty() || values.iter().any(|v| v.eq_ignore_ascii_case(wanted))
        };
        let contains = |wanted: &str, values: &[String]| {
            let wanted = wanted.trim().to_lowercase();
            wanted.is_empty() || values.iter().any(|v| v.to_lowercase().contains(&wanted))
        };
        is(&self.design, &entry.design)
            && is(&self.region, &entry.region)
            && is(&self.size, size_band(entry.sample_size))
            && any(&self.domain, &entry.domains)
            && any(&self.indicator, &entry.indicators)
            && contains(&self.group, &entry.target_groups)
            && self.words_match(entry, content)
    }

    fn words_match(&self, entry: &LibraryEntry, content: Option<&EntryContent>) -> bool {
        let words: Vec<String> = self.q.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            return true;
        }
        let mut text = format!(
            "{} {} {}",
            entry.title,
            entry.org_name,
            entry.target_groups.join(" ")
        );
        if let Some(c) = content {
            for part in [&c.summary, &c.goal, &c.lessons, &c.not_worked] {
                text.push(' ');
                text.push_str(part);
            }
            for a in &c.activities {
                text.push(' ');
                text.push_str(a);
            }
        }
        let text = text.to_lowercase();
        words.iter().all(|w| text.contains(w.as_str()))
    }
}
