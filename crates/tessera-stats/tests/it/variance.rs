//! The variance primitive against R `survey` 4.1-1 (`tests/reference/variance.R`): every
//! lonely-PSU policy with and without `survey.adjust.domain.lonely`, and full covariance
//! matrices of several statistics at once.

use tessera_stats::{
    Breakdown, CiMethod, Design, DesignSpec, DomainMeans, DomainTotals, EstimandKind, LonelyPsu,
    Thresholds,
};

use crate::api::{Frame, rows_by};
use crate::common::{Survey, Tracker, fixture, num};

fn publish_all() -> Thresholds {
    Thresholds {
        min_cell: 1,
        ..Thresholds::default()
    }
}

#[test]
fn every_lonely_psu_policy_and_the_domain_lonely_option_reproduce_r() {
    let s = Survey::read(&fixture("synthetic_small_lonely.csv"));
    let reference = rows_by(
        "lonely.csv",
        &[
            "lonely",
            "adjust_domain_lonely",
            "level",
            "wave",
            "group",
            "area",
        ],
    );
    let mut tr = Tracker::default();
    let mut nan_seen = 0;
    for (policy, name) in [
        (LonelyPsu::Adjust, "adjust"),
        (LonelyPsu::Average, "average"),
        (LonelyPsu::Remove, "remove"),
        (LonelyPsu::Certainty, "certainty"),
    ] {
        for adl in [false, true] {
            let d = Design::new(
                s.len(),
                &DesignSpec {
                    weights: Some(&s.weight),
                    strata: Some(&s.stratum),
                    psu: Some(&s.psu),
                    lonely_psu: policy,
                    adjust_domain_lonely: adl,
                    ..DesignSpec::default()
                },
            )
            .unwrap();
            let one = vec![1.0; s.len()];
            for by_area in [false, true] {
                let cells = s.cells(by_area);
                let level = if by_area {
                    "wave_group_area"
                } else {
                    "wave_group"
                };
                let means = Breakdown::new(&d, EstimandKind::Mean, &s.agree, &cells.ids, cells.n())
                    .unwrap()
                    .estimates(CiMethod::WaldZ, &publish_all())
                    .unwrap();
                let totals = Breakdown::new(&d, EstimandKind::Total, &one, &cells.ids, cells.n())
                    .unwrap()
                    .estimates(CiMethod::WaldZ, &publish_all())
                    .unwrap();
                for (key, &cell) in &cells.index {
                    let parts: Vec<&str> = key.split('|').collect();
                    let k = vec![
                        name.to_owned(),
                        if adl { "TRUE" } else { "FALSE" }.to_owned(),
                        level.to_owned(),
                        parts[0].to_owned(),
                        parts[1].to_owned(),
                        parts[2].to_owned(),
                    ];
                    let Some(row) = reference.get(&k) else {
                        continue;
                    };
                    let ctx = format!("{k:?}");
                    for (est, col) in [(&means, "se_mean"), (&totals, "se_total")] {
                        let f = est[cell as usize].figures();
                        match (num(row, col), f.and_then(|f| f.se)) {
                            (Some(want), Some(got)) if want > 1e-12 => {
                                tr.check(col, got, want, 1e-10, 1e-14, &ctx);
                            }
                            // R: 0 (up to rounding) or NaN (every stratum left out under
                            // `average`): no SE here.
                            (want, None) => {
                                assert!(want.is_none_or(|w| w < 1e-12), "{ctx} {col}: R {want:?}");
                                nan_seen += usize::from(want.is_none());
                            }
                            (want, got) => panic!("{ctx} {col}: R {want:?}, got {got:?}"),
                        }
                    }
                }
            }
        }
    }
    assert!(
        nan_seen > 0,
        "the average policy leaves some cells without an SE"
    );
    tr.report("lonely PSU policies");
}

#[test]
fn the_primitive_gives_r_s_covariance_matrices_of_several_statistics() {
    let reference = rows_by("primitive.csv", &["design", "stat", "i", "j"]);
    let mut tr = Tracker::default();
    for name in ["apistrat", "apiclus1", "apiclus2"] {
        let f = Frame::read(&format!("data/{name}.csv"));
        let w = f.num("pw");
        let (strata, psu, fpc) = match name {
            "apistrat" => (Some(f.codes("stype").0), None, f.num("fpc")),
            "apiclus1" => (None, Some(f.codes("dnum").0), f.num("fpc")),
            _ => (None, Some(f.codes("dnum").0), f.num("fpc1")),
        };
        let d = Design::new(
            f.len(),
            &DesignSpec {
                weights: Some(&w),
                strata: strata.as_deref(),
                psu: psu.as_deref(),
                fpc: Some(&fpc),
                ..DesignSpec::default()
            },
        )
        .unwrap();
        let (api00, api99) = (f.num("api00"), f.num("api99"));
        let (enroll, stu) = (f.num("enroll"), f.num("api.stu"));
        // svytotal(~enroll + api.stu, na.rm = TRUE) drops rows missing either.
        let complete: Vec<bool> = enroll
            .iter()
            .zip(&stu)
            .map(|(a, b)| !a.is_nan() && !b.is_nan())
            .collect();
        let means = d
            .covariance(
                &DomainMeans {
                    y: vec![&api00, &api99],
                    domain: None,
                },
                None,
            )
            .unwrap();
        let totals = d
            .covariance(
                &DomainTotals {
                    y: vec![&enroll, &stu],
                    domain: Some(&complete),
                },
                None,
            )
            .unwrap();
        for (stat, cov) in [("mean", &means), ("total", &totals)] {
            for i in 0..2 {
                for j in 0..2 {
                    let k = vec![
                        name.to_owned(),
                        stat.to_owned(),
                        (i + 1).to_string(),
                        (j + 1).to_string(),
                    ];
                    let row = &reference[&k];
                    let ctx = format!("{k:?}");
                    tr.check(
                        &format!("{stat} estimate"),
                        cov.estimate[i],
                        num(row, "estimate").unwrap(),
                        1e-12,
                        0.0,
                        &ctx,
                    );
                    tr.check(
                        &format!("{stat} covariance"),
                        cov.get(i, j),
                        num(row, "cov").unwrap(),
                        1e-10,
                        0.0,
                        &ctx,
                    );
                    assert_eq!(cov.df, num(row, "df").unwrap(), "{ctx}");
                }
            }
        }
    }
    tr.report("primitive covariance matrices");
}
