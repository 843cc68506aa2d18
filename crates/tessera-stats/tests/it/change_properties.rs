//! Invariants of paired change on random participants.

use proptest::prelude::*;
use tessera_stats::change::{
    Audience, Change, ChangeIndicator, ChangeOptions, Direction, IndicatorKind, Published,
    paired_change,
};

#[derive(Debug, Clone)]
struct People {
    base: Vec<f64>,
    follow: Vec<f64>,
    cells: Vec<u32>,
}

fn people(kind: IndicatorKind) -> impl Strategy<Value = People> {
    let value = match kind {
        IndicatorKind::Scale => prop_oneof![
            8 => (0u8..=10).prop_map(f64::from),
            1 => Just(f64::NAN),
        ]
        .boxed(),
        IndicatorKind::YesNo => prop_oneof![
            4 => Just(1.0),
            4 => Just(0.0),
            1 => Just(f64::NAN),
        ]
        .boxed(),
    };
    (1usize..120).prop_flat_map(move |n| {
        (
            proptest::collection::vec(value.clone(), n),
            proptest::collection::vec(value.clone(), n),
            proptest::collection::vec(0u32..3, n),
        )
            .prop_map(|(base, follow, cells)| People {
                base,
                follow,
                cells,
            })
    })
}

fn kind_and_people() -> impl Strategy<Value = (IndicatorKind, People)> {
    prop_oneof![Just(IndicatorKind::Scale), Just(IndicatorKind::YesNo)]
        .prop_flat_map(|k| people(k).prop_map(move |p| (k, p)))
}

fn indicator(kind: IndicatorKind, direction: Direction) -> ChangeIndicator {
    match kind {
        IndicatorKind::Scale => ChangeIndicator::scale(direction),
        IndicatorKind::YesNo => ChangeIndicator::yes_no(direction),
    }
}

proptest! {
    #[test]
    fn every_interval_contains_its_estimate((kind, p) in kind_and_people()) {
        let out = paired_change(&p.base, &p.follow, &p.cells, 3,
            &indicator(kind, Direction::HigherIsBetter),
            &ChangeOptions::for_audience(Audience::Owner)).unwrap();
        for c in &out {
            let Some(change) = c.change.figures() else { continue };
            if let Some(ci) = change.ci() {
                prop_assert!(ci.low <= change.value() + 1e-12 && change.value() <= ci.high + 1e-12,
                    "{:?} does not contain {}", ci, change.value());
            }
            let d = change.directions();
            for s in [&d.improved, &d.same, &d.worsened] {
                prop_assert!(s.ci.low <= s.share + 1e-12 && s.share <= s.ci.high + 1e-12);
                prop_assert!(s.ci.low >= 0.0 && s.ci.high <= 1.0);
            }
            prop_assert_eq!(d.improved.count + d.same.count + d.worsened.count,
                match change { Change::Scale(m) => m.n, Change::YesNo(y) => y.n });
        }
    }

    #[test]
    fn swapping_baseline_and_follow_up_negates_the_change((kind, p) in kind_and_people()) {
        let ind = indicator(kind, Direction::HigherIsBetter);
        let opts = ChangeOptions::for_audience(Audience::Owner);
        let a = paired_change(&p.base, &p.follow, &p.cells, 3, &ind, &opts).unwrap();
        let b = paired_change(&p.follow, &p.base, &p.cells, 3, &ind, &opts).unwrap();
        for (x, y) in a.iter().zip(&b) {
            // The pairs are the same people; only attrition (and its flag) may differ.
            prop_assert_eq!(x.change.figures().is_some(), y.change.figures().is_some());
            let (Some(x), Some(y)) = (x.change.figures(), y.change.figures()) else { continue };
            prop_assert!((x.value() + y.value()).abs() < 1e-12);
            match (x.ci(), y.ci()) {
                (Some(cx), Some(cy)) => {
                    prop_assert!((cx.low + cy.high).abs() < 1e-9 && (cx.high + cy.low).abs() < 1e-9,
                        "{:?} vs {:?}", cx, cy);
                }
                (None, None) => {}
                other => prop_assert!(false, "one interval missing: {:?}", other),
            }
            prop_assert_eq!(x.directions().improved.count, y.directions().worsened.count);
            prop_assert_eq!(x.directions().same.count, y.directions().same.count);
        }
    }

    #[test]
    fn reversing_the_direction_swaps_improved_and_worsened((kind, p) in kind_and_people()) {
        let opts = ChangeOptions::for_audience(Audience::Owner);
        let up = paired_change(&p.base, &p.follow, &p.cells, 3,
            &indicator(kind, Direction::HigherIsBetter), &opts).unwrap();
        let down = paired_change(&p.base, &p.follow, &p.cells, 3,
            &indicator(kind, Direction::LowerIsBetter), &opts).unwrap();
        for (u, d) in up.iter().zip(&down) {
            let (Some(u), Some(d)) = (u.change.figures(), d.change.figures()) else { continue };
            prop_assert_eq!(u.value(), d.value());
            prop_assert_eq!(u.directions().improved.count, d.directions().worsened.count);
        }
    }

    #[test]
    fn others_never_see_a_figure_resting_on_fewer_people_than_the_threshold(
        (kind, p) in kind_and_people()
    ) {
        let opts = ChangeOptions::for_audience(Audience::Others);
        let out = paired_change(&p.base, &p.follow, &p.cells, 3,
            &indicator(kind, Direction::HigherIsBetter), &opts).unwrap();
        let min = opts.thresholds.min_cell;
        for c in &out {
            if let Some(b) = c.baseline.figures() {
                prop_assert!(b.n >= min);
            }
            if let Some(f) = c.follow_up.figures() {
                prop_assert!(f.n_baseline >= min);
                prop_assert!(f.n_followed_up == 0 || f.n_followed_up >= min);
            }
            if let Some(ch) = c.change.figures() {
                let n = match ch { Change::Scale(m) => m.n, Change::YesNo(y) => y.n };
                prop_assert!(n >= min);
            }
            if let Published::Suppressed { .. } = &c.change {
                let json = serde_json::to_string(&c.change).unwrap();
                prop_assert!(!json.chars().any(|ch| ch.is_ascii_digit()), "{}", json);
            }
        }
    }
}
