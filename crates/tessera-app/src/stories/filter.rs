//! Search and filter an organisation's stories by tag, theme, side, words and date.

use tessera_store::Story;

/// Which stories to show: every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct StoryFilter {
    /// Words that must all appear in the title or text (any case).
    pub q: String,
    /// A tag, written `kind:value` (`outcome:3/connected`, `indicator:…`, `domain:…`).
    pub tag: String,
    /// A theme.
    pub theme: String,
    /// A side (`newcomers`, `receiving_community`): a side tag or the participant's side.
    pub side: String,
    /// On or after this date (`YYYY-MM-DD`).
    pub from: String,
    /// On or before this date (`YYYY-MM-DD`).
    pub to: String,
    /// A kind of story.
    pub kind: String,
}

impl StoryFilter {
    /// Whether nothing is asked.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Whether `story` passes.
    pub fn keeps(&self, story: &Story) -> bool {
        let words = self.q.to_lowercase();
        let text = format!("{} {}", story.title, story.body).to_lowercase();
        if !words.split_whitespace().all(|w| text.contains(w)) {
            return false;
        }
        if let Some((kind, value)) = self.tag.trim().split_once(':')
            && !story
                .tags
                .iter()
                .any(|t| t.kind == kind && t.value == value)
        {
            return false;
        }
        let theme = self.theme.trim();
        if !theme.is_empty()
            && !story
                .tag_values("theme")
                .iter()
                .any(|t| t.eq_ignore_ascii_case(theme))
        {
            return false;
        }
        let side = self.side.trim();
        if !side.is_empty() && !sides(story).contains(&side) {
            return false;
        }
        let kind = self.kind.trim();
        if !kind.is_empty() && story.kind != kind {
            return false;
        }
        let date = story
            .occurred_on
            .as_deref()
            .unwrap_or_else(|| story.created_at.get(..10).unwrap_or_default());
        let from = self.from.trim();
        let to = self.to.trim();
        (from.is_empty() || date >= from) && (to.is_empty() || date <= to)
    }

    /// The stories that pass, in the order given.
    pub fn apply(&self, stories: Vec<Story>) -> Vec<Story> {
        stories.into_iter().filter(|s| self.keeps(s)).collect()
    }
}

/// The sides a story speaks for: its side tags, or else its participant's side.
pub fn sides(story: &Story) -> Vec<&str> {
    let tagged = story.tag_values("side");
    if !tagged.is_empty() {
        return tagged;
    }
    story.participant_side.as_deref().into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tessera_store::{OrgId, StoryConsent, StoryId, StoryTag};

    fn story(id: i64, on: &str, tags: &[(&str, &str)]) -> Story {
        Story {
            id: StoryId(id),
            org: OrgId(1),
            kind: "testimony".to_owned(),
            title: format!("Story {id}"),
            body: "We cooked together".to_owned(),
            occurred_on: Some(on.to_owned()),
            participant: None,
            participant_code: None,
            participant_side: None,
            group_label: "Group".to_owned(),
            linked_consent: None,
            consent: StoryConsent::default(),
            anonymised: true,
            tags: tags.iter().map(|(k, v)| StoryTag::new(k, *v)).collect(),
            file: None,
            created_by: String::new(),
            created_at: "2025-06-01T00:00:00Z".to_owned(),
            updated_by: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn each_condition_narrows_the_list() {
        let all = vec![
            story(1, "2025-01-10", &[("theme", "food"), ("side", "newcomers")]),
            story(
                2,
                "2025-04-10",
                &[("theme", "Food"), ("outcome", "1/connected")],
            ),
            story(3, "2025-07-10", &[("side", "receiving_community")]),
        ];
        let ids =
            |f: StoryFilter| -> Vec<i64> { f.apply(all.clone()).iter().map(|s| s.id.0).collect() };
        assert_eq!(ids(StoryFilter::default()), [1, 2, 3]);
        assert_eq!(
            ids(StoryFilter {
                theme: "food".into(),
                ..Default::default()
            }),
            [1, 2]
        );
        assert_eq!(
            ids(StoryFilter {
                tag: "outcome:1/connected".into(),
                ..Default::default()
            }),
            [2]
        );
        assert_eq!(
            ids(StoryFilter {
                side: "receiving_community".into(),
                ..Default::default()
            }),
            [3]
        );
        assert_eq!(
            ids(StoryFilter {
                from: "2025-02-01".into(),
                to: "2025-06-30".into(),
                ..Default::default()
            }),
            [2]
        );
        assert_eq!(
            ids(StoryFilter {
                q: "COOKED story 3".into(),
                ..Default::default()
            }),
            [3]
        );
    }
}
