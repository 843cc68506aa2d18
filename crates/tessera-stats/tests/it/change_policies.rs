//! Small-number rules, attrition and input errors of paired change; a whole plan at once.

use tessera_stats::NO_CELL;
use tessera_stats::Status;
use tessera_stats::change::{
    Audience, Change, ChangeError, ChangeIndicator, ChangeOptions, ChangeReason, Direction,
    MeasurementTable, Published, paired_change, plan_change,
};

/// `n` people in one group, all followed up except the last `lost`, each improving by 1 or 2.
fn group(n: usize, lost: usize) -> (Vec<f64>, Vec<f64>, Vec<u32>) {
    let base: Vec<f64> = (0..n).map(|i| (i % 5) as f64).collect();
    let follow = (0..n)
        .map(|i| {
            if i >= n - lost {
                f64::NAN
            } else {
                base[i] + 1.0 + (i % 2) as f64
            }
        })
        .collect();
    (base, follow, vec![0; n])
}

fn scale() -> ChangeIndicator {
    ChangeIndicator::scale(Direction::HigherIsBetter)
}

#[test]
fn a_small_group_is_suppressed_for_others_and_shown_marked_to_its_owner() {
    let (b, f, c) = group(8, 0);
    let others = paired_change(
        &b,
        &f,
        &c,
        1,
        &scale(),
        &ChangeOptions::for_audience(Audience::Others),
    )
    .unwrap();
    assert_eq!(
        others[0].change,
        Published::Suppressed {
            reason: ChangeReason::SmallCell
        }
    );
    assert_eq!(others[0].baseline.status(), Status::Suppressed);
    assert_eq!(others[0].follow_up.status(), Status::Suppressed);
    let json = serde_json::to_value(&others[0]).unwrap();
    assert_eq!(
        json["change"],
        serde_json::json!({"status": "suppressed", "reason": "small_cell"})
    );

    let owner = paired_change(
        &b,
        &f,
        &c,
        1,
        &scale(),
        &ChangeOptions::for_audience(Audience::Owner),
    )
    .unwrap();
    assert_eq!(owner[0].change.status(), Status::Unreliable);
    assert_eq!(
        owner[0].change.reasons(),
        &[
            ChangeReason::SmallNumberShownToOwner,
            ChangeReason::SmallSample
        ]
    );
    let Change::Scale(m) = owner[0].change.figures().unwrap() else {
        panic!()
    };
    assert_eq!(m.n, 8);
    assert_eq!(m.mean_change, 1.5);
}

#[test]
fn too_few_followed_up_hides_the_follow_up_count_from_others_but_not_the_baseline() {
    // 40 at baseline, 6 followed up: publishing "40 and 34 lost" would give away the 6.
    let (b, f, c) = group(40, 34);
    let out = paired_change(
        &b,
        &f,
        &c,
        1,
        &scale(),
        &ChangeOptions::for_audience(Audience::Others),
    )
    .unwrap();
    assert_eq!(out[0].baseline.figures().unwrap().n, 40);
    assert_eq!(
        out[0].follow_up,
        Published::Suppressed {
            reason: ChangeReason::SmallCell
        }
    );
    assert_eq!(
        out[0].change,
        Published::Suppressed {
            reason: ChangeReason::SmallCell
        }
    );
}

#[test]
fn losing_more_than_a_fifth_of_the_baseline_group_flags_the_change() {
    let (b, f, c) = group(50, 11);
    let out = paired_change(
        &b,
        &f,
        &c,
        1,
        &scale(),
        &ChangeOptions::for_audience(Audience::Others),
    )
    .unwrap();
    let fu = out[0].follow_up.figures().unwrap();
    assert_eq!(
        (fu.n_baseline, fu.n_followed_up, fu.attrition),
        (50, 39, 11)
    );
    assert!((fu.attrition_share - 0.22).abs() < 1e-15);
    assert_eq!(out[0].follow_up.reasons(), &[ChangeReason::HighAttrition]);
    assert_eq!(out[0].change.reasons(), &[ChangeReason::HighAttrition]);
    let (b, f, c) = group(50, 10);
    let out = paired_change(
        &b,
        &f,
        &c,
        1,
        &scale(),
        &ChangeOptions::for_audience(Audience::Others),
    )
    .unwrap();
    assert_eq!(out[0].change.status(), Status::Ok);
}

#[test]
fn a_group_nobody_is_in_has_no_data_for_anyone() {
    let (b, f, _) = group(12, 0);
    let cells = vec![0; 12];
    let out = paired_change(
        &b,
        &f,
        &cells,
        2,
        &scale(),
        &ChangeOptions::for_audience(Audience::Owner),
    )
    .unwrap();
    assert_eq!(
        out[1].change,
        Published::Suppressed {
            reason: ChangeReason::NoData
        }
    );
    assert_eq!(
        out[1].baseline,
        Published::Suppressed {
            reason: ChangeReason::NoData
        }
    );
}

#[test]
fn a_yes_no_answer_other_than_0_or_1_names_the_participant_and_point() {
    let err = paired_change(
        &[1.0, 0.0, 2.0],
        &[1.0, 1.0, 1.0],
        &[0, 0, 0],
        1,
        &ChangeIndicator::yes_no(Direction::HigherIsBetter),
        &ChangeOptions::for_audience(Audience::Owner),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "participant 3, baseline: the value 2 is not allowed (1 for yes or 0 for no); correct the measurement or leave it blank"
    );
}

#[test]
fn people_left_out_are_not_counted_or_checked() {
    let out = paired_change(
        &[1.0, 0.0, 7.0],
        &[1.0, 1.0, 1.0],
        &[0, 0, NO_CELL],
        1,
        &ChangeIndicator::yes_no(Direction::HigherIsBetter),
        &ChangeOptions::for_audience(Audience::Owner),
    )
    .unwrap();
    assert_eq!(out[0].follow_up.figures().unwrap().n_followed_up, 2);
}

#[test]
fn a_negative_same_band_is_refused() {
    assert_eq!(
        scale().with_same_band(-1.0),
        Err(ChangeError::InvalidSameBand(-1.0))
    );
}

#[test]
fn a_plan_gets_every_indicator_at_every_follow_up_point_against_the_baseline() {
    let (n, points, indicators) = (30, 3, 2);
    let mut t = MeasurementTable::new(n, points, indicators).unwrap();
    for p in 0..n {
        for point in 0..points {
            t.set(p, point, 0, (p % 7 + point * (p % 3)) as f64)
                .unwrap();
            t.set(p, point, 1, f64::from(u8::from((p + point) % 3 == 0)))
                .unwrap();
        }
    }
    let cells: Vec<u32> = (0..n).map(|p| (p % 2) as u32).collect();
    let inds = [scale(), ChangeIndicator::yes_no(Direction::HigherIsBetter)];
    let opts = ChangeOptions::for_audience(Audience::Owner);
    let plan = plan_change(&t, &inds, 0, &cells, 2, &opts).unwrap();
    let order: Vec<(usize, usize)> = plan.iter().map(|p| (p.indicator, p.point)).collect();
    assert_eq!(order, [(0, 1), (0, 2), (1, 1), (1, 2)]);
    for pc in &plan {
        let direct = paired_change(
            t.column(pc.indicator, 0).unwrap(),
            t.column(pc.indicator, pc.point).unwrap(),
            &cells,
            2,
            &inds[pc.indicator],
            &opts,
        )
        .unwrap();
        assert_eq!(pc.cells, direct);
    }
    let err = t.set(30, 0, 0, 1.0).unwrap_err();
    assert_eq!(
        err.to_string(),
        "participant 31 is outside the table, which has 30"
    );
    let err = plan_change(&t, &inds[..1], 0, &cells, 2, &opts).unwrap_err();
    assert_eq!(
        err,
        ChangeError::IndicatorCountMismatch { table: 2, given: 1 }
    );
}
