//! Two assessments of the same kind side by side: each item's level then and now, and whether
//! it moved the right way (up for Inclusive Cities, down for barriers).

use serde::Serialize;

use super::{Answers, Item, Kind};

/// Which way an item moved between two assessments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// It moved the right way.
    Better,
    /// It did not move.
    Same,
    /// It moved the wrong way.
    Worse,
    /// One of the two did not score it.
    Unknown,
}

impl Direction {
    /// The stored word, also the message key's ending.
    pub fn code(self) -> &'static str {
        match self {
            Direction::Better => "better",
            Direction::Same => "same",
            Direction::Worse => "worse",
            Direction::Unknown => "unknown",
        }
    }
}

/// One item's movement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Movement {
    /// The item.
    pub item: Item,
    /// Its level in the earlier assessment.
    pub before: Option<u8>,
    /// Its level in the later one.
    pub after: Option<u8>,
    /// The change in level (later minus earlier), when both scored it.
    pub change: Option<i16>,
    /// Whether that is the right way.
    pub direction: Direction,
}

/// Every item's movement from `earlier` to `later`, in the items' order.
pub fn compare(kind: Kind, items: &[Item], earlier: &Answers, later: &Answers) -> Vec<Movement> {
    items
        .iter()
        .map(|item| {
            let before = earlier.levels.get(&item.id).copied();
            let after = later.levels.get(&item.id).copied();
            let change = match (before, after) {
                (Some(b), Some(a)) => Some(i16::from(a) - i16::from(b)),
                _ => None,
            };
            let direction = match change {
                None => Direction::Unknown,
                Some(0) => Direction::Same,
                Some(c) if (c > 0) == kind.higher_is_better() => Direction::Better,
                Some(_) => Direction::Worse,
            };
            Movement {
                item: item.clone(),
                before,
                after,
                change,
                direction,
            }
        })
        .collect()
}

/// How many items moved each way: (better, same, worse, unknown).
pub fn tally(movements: &[Movement]) -> (usize, usize, usize, usize) {
    let count = |d: Direction| movements.iter().filter(|m| m.direction == d).count();
    (
        count(Direction::Better),
        count(Direction::Same),
        count(Direction::Worse),
        count(Direction::Unknown),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use tessera_framework::Catalogue;

    fn answers(levels: &[(&str, u8)]) -> Answers {
        let mut a = Answers::default();
        for (id, l) in levels {
            a.levels.insert((*id).to_owned(), *l);
        }
        a
    }

    #[test]
    fn a_policy_that_rose_is_better_and_a_barrier_that_rose_is_worse() {
        let catalogue = Catalogue::shipped().expect("packs");
        let items = Kind::InclusiveCities.items(&catalogue);
        let earlier = answers(&[
            ("principle:local-leadership", 1),
            ("principle:data-and-evidence", 3),
            ("area:connecting-communities", 2),
        ]);
        let later = answers(&[
            ("principle:local-leadership", 3),
            ("principle:data-and-evidence", 2),
            ("area:connecting-communities", 2),
            ("area:shared-local-story", 1),
        ]);
        let moved = compare(Kind::InclusiveCities, &items, &earlier, &later);
        assert_eq!(moved.len(), 10);
        assert_eq!(moved[0].change, Some(2));
        assert_eq!(moved[0].direction, Direction::Better);
        let data = moved
            .iter()
            .find(|m| m.item.id == "principle:data-and-evidence")
            .expect("item");
        assert_eq!((data.change, data.direction), (Some(-1), Direction::Worse));
        let story = moved
            .iter()
            .find(|m| m.item.id == "area:shared-local-story")
            .expect("item");
        assert_eq!((story.before, story.after), (None, Some(1)));
        assert_eq!(story.direction, Direction::Unknown);
        assert_eq!(tally(&moved), (1, 1, 1, 7));

        let barriers = Kind::Barriers.items(&catalogue);
        let moved = compare(
            Kind::Barriers,
            &barriers,
            &answers(&[("barrier:resources-time", 1)]),
            &answers(&[("barrier:resources-time", 2)]),
        );
        assert_eq!(moved[2].direction, Direction::Worse);
    }
}
