//! The coding view's table: how many stories carry each theme, for each side — a first step
//! towards qualitative analysis (which themes come up, and whether both sides raise them).

use std::collections::BTreeMap;

use serde::Serialize;
use tessera_store::Story;

use super::filter::sides;

/// One theme's counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThemeCount {
    /// The theme.
    pub theme: String,
    /// Stories for newcomers.
    pub newcomers: usize,
    /// Stories for the receiving community.
    pub receiving_community: usize,
    /// Stories for neither side in particular (a mixed group, an observation).
    pub unsided: usize,
    /// Every story with the theme (a story for both sides counts once).
    pub total: usize,
}

/// Counts of stories per theme by side, most frequent theme first (then by name).
pub fn theme_counts(stories: &[Story]) -> Vec<ThemeCount> {
    let mut by_theme: BTreeMap<String, ThemeCount> = BTreeMap::new();
    for story in stories {
        let story_sides = sides(story);
        for theme in story.tag_values("theme") {
            let key = theme.to_lowercase();
            let row = by_theme.entry(key).or_insert_with(|| ThemeCount {
                theme: theme.to_owned(),
                newcomers: 0,
                receiving_community: 0,
                unsided: 0,
                total: 0,
            });
            row.total += 1;
            if story_sides.is_empty() {
                row.unsided += 1;
            }
            for side in &story_sides {
                match *side {
                    "newcomers" => row.newcomers += 1,
                    "receiving_community" => row.receiving_community += 1,
                    _ => {}
                }
            }
        }
    }
    let mut rows: Vec<ThemeCount> = by_theme.into_values().collect();
    rows.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.theme.cmp(&b.theme)));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use tessera_store::{OrgId, StoryConsent, StoryId, StoryTag};

    fn story(tags: &[(&str, &str)], participant_side: Option<&str>) -> Story {
        Story {
            id: StoryId(1),
            org: OrgId(1),
            kind: "testimony".to_owned(),
            title: String::new(),
            body: String::new(),
            occurred_on: None,
            participant: None,
            participant_code: None,
            participant_side: participant_side.map(str::to_owned),
            group_label: String::new(),
            linked_consent: None,
            consent: StoryConsent::default(),
            anonymised: true,
            tags: tags.iter().map(|(k, v)| StoryTag::new(k, *v)).collect(),
            file: None,
            created_by: String::new(),
            created_at: String::new(),
            updated_by: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn themes_are_counted_once_per_story_for_each_side_it_speaks_for() {
        let stories = vec![
            story(&[("theme", "Belonging"), ("side", "newcomers")], None),
            story(&[("theme", "belonging")], Some("receiving_community")),
            story(
                &[
                    ("theme", "language"),
                    ("side", "newcomers"),
                    ("side", "receiving_community"),
                ],
                None,
            ),
            story(&[("theme", "language")], None),
            story(&[("theme", "food")], None),
            story(&[("theme", "Belonging")], None),
        ];
        let rows = theme_counts(&stories);
        assert_eq!(
            rows.iter()
                .map(|r| (
                    r.theme.as_str(),
                    r.newcomers,
                    r.receiving_community,
                    r.unsided,
                    r.total
                ))
                .collect::<Vec<_>>(),
            vec![
                ("Belonging", 1, 1, 1, 3),
                ("language", 1, 1, 1, 2),
                ("food", 0, 0, 1, 1),
            ]
        );
    }
}
