//! Invariants of the estimators, checked on random designs.

use proptest::prelude::*;
use tessera_stats::{
    Breakdown, CiMethod, Design, DesignSpec, EstimandKind, Status, Thresholds, classical,
};

#[derive(Debug, Clone)]
struct Data {
    strata: Vec<u32>,
    psu: Vec<u32>,
    w: Vec<f64>,
    y: Vec<f64>,
    cells: Vec<u32>,
}

fn data() -> impl Strategy<Value = Data> {
    (12usize..150).prop_flat_map(|n| {
        (
            proptest::collection::vec(1u32..4, n),
            proptest::collection::vec(1u32..5, n),
            proptest::collection::vec(0.2f64..8.0, n),
            proptest::collection::vec(
                prop_oneof![4 => Just(1.0), 4 => Just(0.0), 1 => Just(f64::NAN)],
                n,
            ),
            proptest::collection::vec(0u32..3, n),
        )
            .prop_map(|(strata, psu, w, y, cells)| Data {
                strata,
                psu,
                w,
                y,
                cells,
            })
    })
}

fn design(d: &Data, w: &[f64]) -> Option<Design> {
    Design::new(
        d.y.len(),
        &DesignSpec {
            weights: Some(w),
            strata: Some(&d.strata),
            psu: Some(&d.psu),
            ..DesignSpec::default()
        },
    )
    .ok()
}

fn low_thresholds() -> Thresholds {
    Thresholds {
        min_cell: 1,
        ..Thresholds::default()
    }
}

proptest! {
    #[test]
    fn equal_weights_without_a_design_give_the_simple_random_sample_answer(d in data(), c in 0.1f64..50.0) {
        let n = d.y.len();
        let w = vec![c; n];
        let weighted = Design::new(n, &DesignSpec { weights: Some(&w), ..DesignSpec::default() }).unwrap();
        let srs = Design::simple_random_sample(n).unwrap();
        let th = low_thresholds();
        let a = Breakdown::new(&weighted, EstimandKind::Proportion, &d.y, &d.cells, 3).unwrap()
            .estimates(CiMethod::WaldT, &th).unwrap();
        let b = Breakdown::new(&srs, EstimandKind::Proportion, &d.y, &d.cells, 3).unwrap()
            .estimates(CiMethod::WaldT, &th).unwrap();
        let u = classical::estimate_cells(&d.y, &d.cells, 3,
            tessera_stats::Measure::new(EstimandKind::Proportion, CiMethod::WaldT).unwrap(), &th).unwrap();
        for ((ea, eb), eu) in a.iter().zip(&b).zip(&u) {
            prop_assert_eq!(ea.status, eb.status);
            if let (Some(fa), Some(fb), Some(fu)) = (ea.figures(), eb.figures(), eu.figures()) {
                prop_assert!((fa.value - fb.value).abs() < 1e-12);
                prop_assert!((fa.value - fu.value).abs() < 1e-12);
                match (fa.se, fb.se) {
                    (Some(x), Some(y)) => prop_assert!((x - y).abs() < 1e-12 * y.max(1e-300)),
                    (None, None) => {}
                    other => prop_assert!(false, "se differ: {:?}", other),
                }
            }
        }
    }

    #[test]
    fn scaling_all_weights_leaves_proportions_and_means_unchanged(d in data(), c in 0.01f64..100.0) {
        let Some(d1) = design(&d, &d.w) else { return Ok(()); };
        let w2: Vec<f64> = d.w.iter().map(|w| w * c).collect();
        let Some(d2) = design(&d, &w2) else { return Ok(()); };
        let th = low_thresholds();
        for kind in [EstimandKind::Proportion, EstimandKind::Mean] {
            let a = Breakdown::new(&d1, kind, &d.y, &d.cells, 3).unwrap().estimates(CiMethod::WaldT, &th).unwrap();
            let b = Breakdown::new(&d2, kind, &d.y, &d.cells, 3).unwrap().estimates(CiMethod::WaldT, &th).unwrap();
            for (ea, eb) in a.iter().zip(&b) {
                if let (Some(fa), Some(fb)) = (ea.figures(), eb.figures()) {
                    prop_assert!((fa.value - fb.value).abs() < 1e-12);
                    if let (Some(x), Some(y)) = (fa.se, fb.se) {
                        prop_assert!((x - y).abs() < 1e-9 * y);
                    }
                }
            }
        }
    }

    #[test]
    fn every_proportion_interval_contains_its_estimate_and_lies_in_the_unit_interval(d in data()) {
        let Some(des) = design(&d, &d.w) else { return Ok(()); };
        let b = Breakdown::new(&des, EstimandKind::Proportion, &d.y, &d.cells, 3).unwrap();
        // Wilson and Clopper–Pearson ignore the design, so they are offered only without one.
        let srs = Design::simple_random_sample(d.y.len()).unwrap();
        let b_srs = Breakdown::new(&srs, EstimandKind::Proportion, &d.y, &d.cells, 3).unwrap();
        for (b, m) in [
            (&b, CiMethod::Logit),
            (&b, CiMethod::Beta),
            (&b_srs, CiMethod::Wilson),
            (&b_srs, CiMethod::ClopperPearson),
        ] {
            for e in b.estimates(m, &low_thresholds()).unwrap() {
                let Some(f) = e.figures() else { continue };
                let ci = f.ci.expect("a proportion always has an interval");
                prop_assert!(ci.low >= 0.0 && ci.high <= 1.0, "{:?} {:?}", m, ci);
                // Wilson and Clopper–Pearson are built on the unweighted p, which can differ
                // from the weighted estimate; the design intervals must contain it.
                if matches!(ci.method, CiMethod::Logit | CiMethod::Beta) {
                    prop_assert!(ci.low <= f.value && f.value <= ci.high, "{:?} {:?} {}", m, ci, f.value);
                }
                prop_assert!(!ci.low.is_nan() && !ci.high.is_nan());
            }
        }
    }

    #[test]
    fn suppressed_cells_never_carry_numbers(d in data(), min_cell in 1u64..40) {
        let Some(des) = design(&d, &d.w) else { return Ok(()); };
        let th = Thresholds { min_cell, ..Thresholds::default() };
        let b = Breakdown::new(&des, EstimandKind::Proportion, &d.y, &d.cells, 3).unwrap();
        for e in b.estimates(CiMethod::Logit, &th).unwrap() {
            let json = serde_json::to_value(&e).unwrap();
            if e.status == Status::Suppressed {
                let obj = json.as_object().unwrap();
                for (k, v) in obj {
                    prop_assert!(k == "cell" || !v.is_number(), "{} leaked in {}", k, json);
                }
                prop_assert_eq!(obj.len(), 4);
            } else {
                // Never NaN: undefined figures are absent instead.
                let f = e.figures().unwrap();
                prop_assert!(f.value.is_finite());
                for v in [f.se, f.df, f.deff, f.cv].into_iter().flatten() {
                    prop_assert!(v.is_finite());
                }
            }
        }
        let c = b.compare(0, 1, CiMethod::Logit, &th).unwrap();
        if c.focal.status == Status::Suppressed || c.reference.status == Status::Suppressed {
            prop_assert_eq!(c.status, Status::Suppressed);
            prop_assert!(c.figures().is_none());
        }
    }
}
