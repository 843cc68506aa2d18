//! The attacker against tables protected across partners: it sees only what is published and
//! tries to recover every hidden count, by subtraction and by bounding through all rows, columns
//! and margins. It must fail by at least the protection level.

use proptest::prelude::*;
use tessera_stats::disclosure::{
    CellStatus, CountTable, Line, Position, ProtectedTable, ProtectionRule, attack, protect,
};

fn table(counts: &[Vec<u64>]) -> CountTable {
    let rows = (0..counts.len())
        .map(|i| format!("partner {}", i + 1))
        .collect();
    let columns = (0..counts[0].len())
        .map(|c| format!("category {}", c + 1))
        .collect();
    CountTable::new(rows, columns, counts).unwrap()
}

/// Checks everything the attacker can find against the true table; returns the narrowest range
/// the attacker got for a primary cell.
fn attacker_fails(p: &ProtectedTable) -> Option<u64> {
    let rule = p.rule();
    let published = p.published();
    let attacked = attack(&published);
    let guaranteed = p.guaranteed_ranges();
    let mut narrowest = None::<u64>;
    for a in &attacked {
        let truth = p.table().get(a.position).unwrap();
        assert!(
            a.low <= truth && a.high.is_none_or(|h| truth <= h),
            "the attacker's bounds {a:?} exclude the true value {truth}: the attack is unsound"
        );
        if p.status(a.position).unwrap() != CellStatus::Primary {
            continue;
        }
        assert!(!a.recovered(), "recovered {a:?}");
        if let Some(w) = a.width() {
            assert!(
                w >= rule.protection,
                "{a:?} narrower than {}",
                rule.protection
            );
            narrowest = Some(narrowest.map_or(w, |n| n.min(w)));
        }
        let g = guaranteed
            .iter()
            .find(|g| g.position == a.position)
            .unwrap();
        // Every value in the guaranteed range is consistent with the published table, so it must
        // lie within the attacker's bounds, and it is itself at least the protection level wide.
        assert!(a.low <= g.low && a.high.is_none_or(|h| g.high.is_some_and(|gh| gh <= h)));
        assert!(g.width().is_none_or(|w| w >= rule.protection), "{g:?}");
    }
    narrowest
}

fn at(row: Line, column: Line) -> Position {
    Position { row, column }
}

#[test]
fn one_small_partner_count_is_hidden_with_a_second_partner_so_subtraction_fails() {
    // Sessions per partner (one column): the total is published.
    let t = table(&[vec![42], vec![3], vec![25], vec![61]]);
    let p = protect(&t, &ProtectionRule::default()).unwrap();
    let published = p.published();
    assert_eq!(published.get(at(Line::Item(1), Line::Item(0))), None);
    assert_eq!(published.get(at(Line::Total, Line::Total)), Some(131));
    // The smallest partner that gives the range 10 is hidden with it: partner 3 (25).
    assert_eq!(
        p.status(at(Line::Item(2), Line::Item(0))).unwrap(),
        CellStatus::Secondary
    );
    assert_eq!(
        p.hidden(),
        4,
        "two partners, each in its cell and its total"
    );
    attacker_fails(&p);
    let a = attack(&published);
    let small = a
        .iter()
        .find(|a| a.position == at(Line::Item(1), Line::Item(0)))
        .unwrap();
    assert_eq!((small.low, small.high), (0, Some(28)));
}

#[test]
fn attendance_by_side_protects_a_small_cell_across_rows_columns_and_margins() {
    let t = table(&[vec![34, 21], vec![4, 18], vec![27, 40], vec![12, 15]]);
    let p = protect(&t, &ProtectionRule::default()).unwrap();
    let narrowest = attacker_fails(&p).unwrap();
    assert!(narrowest >= 10);
    // Without secondary suppression, row 2's total minus its other cell gives the 4 away.
    assert_eq!(
        p.status(at(Line::Item(1), Line::Item(1))).unwrap(),
        CellStatus::Secondary
    );
}

#[test]
fn a_small_partner_total_and_a_small_category_total_are_protected_too() {
    let t = table(&[
        vec![30, 2, 25],
        vec![3, 1, 4],
        vec![40, 3, 31],
        vec![22, 0, 19],
    ]);
    let p = protect(&t, &ProtectionRule::default()).unwrap();
    // Partner 2's total (8) and category 2's total (6) are small.
    assert_eq!(
        p.status(at(Line::Item(1), Line::Total)).unwrap(),
        CellStatus::Primary
    );
    assert_eq!(
        p.status(at(Line::Total, Line::Item(1))).unwrap(),
        CellStatus::Primary
    );
    attacker_fails(&p);
}

#[test]
fn subtraction_alone_would_recover_a_primary_only_cell_suppression() {
    // The attack is not toothless: hide only the small cell, and it is recovered exactly.
    let t = table(&[vec![34, 21], vec![4, 18]]);
    let p = protect(&t, &ProtectionRule::default()).unwrap();
    let mut published = p.published();
    for (i, c) in published.cells.iter_mut().enumerate() {
        if i != 3 {
            *c = Some(p.table().get(position(i)).unwrap());
        }
    }
    let a = attack(&published);
    assert_eq!(a.len(), 1);
    assert!(a[0].recovered());
    assert_eq!(a[0].low, 4);
}

fn position(i: usize) -> Position {
    // 2 × 2 table: grid width 3.
    let l = |k: usize| if k == 2 { Line::Total } else { Line::Item(k) };
    at(l(i / 3), l(i % 3))
}

fn counts() -> impl Strategy<Value = Vec<Vec<u64>>> {
    (1usize..7, 1usize..6).prop_flat_map(|(r, c)| {
        proptest::collection::vec(
            proptest::collection::vec(
                prop_oneof![3 => 0u64..10, 1 => Just(0u64), 4 => 10u64..80],
                c,
            ),
            r,
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_hidden_small_count_can_be_narrowed_below_the_protection_level(
        c in counts(), threshold in 3u64..12, protection in 1u64..15,
    ) {
        let rule = ProtectionRule { threshold, protection };
        let p = protect(&table(&c), &rule).unwrap();
        attacker_fails(&p);
        let published = p.published();
        for (i, v) in published.cells.iter().enumerate() {
            if let Some(v) = v {
                prop_assert!(*v == 0 || *v >= threshold, "cell {} shows {}", i, v);
            }
        }
    }
}

#[test]
fn a_zero_beside_a_hidden_count_is_hidden_so_it_cannot_tell_what_they_all_answered() {
    // Partner 2: 6 people, all answered yes. Showing "no: 0" would say so.
    let t = table(&[vec![30, 25], vec![6, 0], vec![40, 31]]);
    let p = protect(&t, &ProtectionRule::default()).unwrap();
    assert_eq!(
        p.published().get(at(Line::Item(1), Line::Item(1))),
        None,
        "the zero is hidden"
    );
    assert_eq!(
        p.status(at(Line::Item(1), Line::Item(1))).unwrap(),
        CellStatus::Secondary
    );
    // Partners without hidden cells keep their zeros.
    let t = table(&[vec![80, 0, 75], vec![6, 12, 14], vec![20, 31, 22]]);
    let q = protect(&t, &ProtectionRule::default()).unwrap();
    assert_eq!(q.published().get(at(Line::Item(0), Line::Item(1))), Some(0));
    attacker_fails(&p);
}
