//! The documented policies where R's `survey` breaks down, and comparisons beyond the reference.

use tessera_stats::{
    Breakdown, CiMethod, Design, DesignSpec, EstimandKind, LonelyPsu, Status, SuppressionReason,
    Thresholds, UnreliableReason, dist,
};

use crate::common::{Survey, fixture};

fn design(s: &Survey, lonely: LonelyPsu) -> Design {
    Design::new(
        s.len(),
        &DesignSpec {
            weights: Some(&s.weight),
            strata: Some(&s.stratum),
            psu: Some(&s.psu),
            lonely_psu: lonely,
            ..DesignSpec::default()
        },
    )
    .unwrap()
}

fn publish_all() -> Thresholds {
    Thresholds {
        min_cell: 1,
        ..Thresholds::default()
    }
}

#[test]
fn a_proportion_of_one_gets_a_clopper_pearson_interval_and_is_unreliable() {
    let s = Survey::read(&fixture("synthetic_small.csv"));
    let d = design(&s, LonelyPsu::Adjust);
    let cells = s.cells(true);
    let b = Breakdown::new(
        &d,
        EstimandKind::Proportion,
        &s.agree,
        &cells.ids,
        cells.n(),
    )
    .unwrap();
    // Greenhill 2024 newcomers: 2 respondents, both agree (p = 1).
    let cell = cells.get("2024", "newcomer", "Greenhill").unwrap();
    for m in [CiMethod::Logit, CiMethod::Beta, CiMethod::WaldT] {
        let e = &b.estimates(m, &publish_all()).unwrap()[cell as usize];
        assert_eq!(e.status, Status::Unreliable);
        assert!(e.reasons().contains(&UnreliableReason::BoundaryProportion));
        let f = e.figures().unwrap();
        assert_eq!(f.value, 1.0);
        assert_eq!(f.se, None);
        let ci = f.ci.unwrap();
        assert_eq!(ci.method, CiMethod::ClopperPearson);
        // binom.test(2, 2): [qbeta(0.025, 2, 1), 1] = [√0.025, 1].
        assert!((ci.low - 0.025f64.sqrt()).abs() < 1e-15);
        assert_eq!(ci.high, 1.0);
    }
    // With the default minimum cell size (10) the same cell is suppressed.
    let e = &b
        .estimates(CiMethod::Logit, &Thresholds::default())
        .unwrap()[cell as usize];
    assert_eq!(e.status, Status::Suppressed);
    assert!(e.figures().is_none());
}

#[test]
fn a_domain_inside_one_lonely_psu_has_no_design_interval_and_is_unreliable() {
    let s = Survey::read(&fixture("synthetic_small_lonely.csv"));
    let d = design(&s, LonelyPsu::Adjust);
    let cells = s.cells(true);
    let b = Breakdown::new(&d, EstimandKind::Mean, &s.trust, &cells.ids, cells.n()).unwrap();
    let cell = cells.get("2022", "settled", "Fairview").unwrap();
    let e = &b.estimates(CiMethod::WaldT, &publish_all()).unwrap()[cell as usize];
    assert_eq!(e.status, Status::Unreliable);
    assert!(e.reasons().contains(&UnreliableReason::ZeroVariance));
    let f = e.figures().unwrap();
    assert_eq!((f.se, f.ci, f.df), (None, None, None));
    // A proportion there falls back to Clopper–Pearson on the counts.
    let b = Breakdown::new(
        &d,
        EstimandKind::Proportion,
        &s.agree,
        &cells.ids,
        cells.n(),
    )
    .unwrap();
    let e = &b.estimates(CiMethod::Logit, &publish_all()).unwrap()[cell as usize];
    assert_eq!(
        e.figures().unwrap().ci.unwrap().method,
        CiMethod::ClopperPearson
    );
    assert_eq!(e.status, Status::Unreliable);
}

#[test]
fn removing_lonely_strata_gives_a_smaller_total_variance_than_adjusting() {
    let s = Survey::read(&fixture("synthetic_small_lonely.csv"));
    let cells = s.cells(false);
    let one = vec![1.0; s.len()];
    let se = |lonely| {
        let d = design(&s, lonely);
        let b = Breakdown::new(&d, EstimandKind::Total, &one, &cells.ids, cells.n()).unwrap();
        let c = cells.get("2022", "settled", "ALL").unwrap();
        b.estimates(CiMethod::WaldT, &Thresholds::default())
            .unwrap()[c as usize]
            .figures()
            .unwrap()
            .se
            .unwrap()
    };
    let adjust = se(LonelyPsu::Adjust);
    // README subtlety 3: survey 4.1-1 gives 7380.8 here.
    assert!((adjust - 7_380.847_476_282_994).abs() < 1e-6);
    assert!(se(LonelyPsu::Remove) < adjust);
    assert_eq!(se(LonelyPsu::Remove), se(LonelyPsu::Certainty));
}

#[test]
fn a_gap_involving_a_suppressed_cell_is_suppressed_without_figures() {
    let s = Survey::read(&fixture("synthetic_small.csv"));
    let d = design(&s, LonelyPsu::Adjust);
    let cells = s.cells(true);
    let b = Breakdown::new(
        &d,
        EstimandKind::Proportion,
        &s.agree,
        &cells.ids,
        cells.n(),
    )
    .unwrap();
    let f = cells.get("2022", "newcomer", "Greenhill").unwrap();
    let r = cells.get("2022", "settled", "Greenhill").unwrap();
    let c = b
        .compare(f, r, CiMethod::Logit, &Thresholds::default())
        .unwrap();
    assert_eq!(c.status, Status::Suppressed);
    assert!(c.figures().is_none());
    assert!(c.focal.figures().is_none());
    let json = serde_json::to_string(&c).unwrap();
    assert!(!json.contains("difference"), "{json}");
    assert!(
        json.contains(r#""reason":"component_suppressed""#),
        "{json}"
    );
}

#[test]
fn the_change_of_a_gap_is_the_difference_of_differences_with_a_covariance_aware_se() {
    let s = Survey::read(&fixture("synthetic_small.csv"));
    let d = design(&s, LonelyPsu::Adjust);
    let cells = s.cells(false);
    let b = Breakdown::new(
        &d,
        EstimandKind::Proportion,
        &s.agree,
        &cells.ids,
        cells.n(),
    )
    .unwrap();
    let g = |w: &str, grp: &str| cells.get(w, grp, "ALL").unwrap();
    let th = Thresholds::default();
    let gap22 = b
        .compare(
            g("2022", "newcomer"),
            g("2022", "settled"),
            CiMethod::Logit,
            &th,
        )
        .unwrap();
    let gap24 = b
        .compare(
            g("2024", "newcomer"),
            g("2024", "settled"),
            CiMethod::Logit,
            &th,
        )
        .unwrap();
    let gc = b
        .gap_change(
            (g("2022", "newcomer"), g("2022", "settled")),
            (g("2024", "newcomer"), g("2024", "settled")),
            &th,
        )
        .unwrap();
    let f = gc.figures().unwrap();
    let (d22, d24) = (
        gap22.figures().unwrap().difference,
        gap24.figures().unwrap().difference,
    );
    assert!((f.change - (d24 - d22)).abs() < 1e-15);
    // Reference: ref/small_design_diff.csv, 2022 −0.194, 2024 −0.147: the gap is closing.
    assert!((d22 - -0.194_025_310_540_130_95).abs() < 1e-13);
    assert!(f.closing);
    // Waves are independent samples of different respondents but share PSUs: the SE is close to,
    // not equal to, √(se22² + se24²).
    let (s22, s24) = (
        gap22.figures().unwrap().se.unwrap(),
        gap24.figures().unwrap().se.unwrap(),
    );
    let indep = (s22 * s22 + s24 * s24).sqrt();
    let se = f.se.unwrap();
    assert!(se > 0.5 * indep && se < 1.5 * indep && (se - indep).abs() > 1e-9);
    assert_eq!(f.df, Some(152.0));
    let ci = f.ci_t.unwrap();
    assert!(ci.low < f.change && f.change < ci.high);
}

#[test]
fn a_ratio_has_a_delta_method_se_that_matches_a_direct_linearisation() {
    let s = Survey::read(&fixture("synthetic_small.csv"));
    let d = design(&s, LonelyPsu::Adjust);
    let cells = s.cells(false);
    let b = Breakdown::new(&d, EstimandKind::Mean, &s.trust, &cells.ids, cells.n()).unwrap();
    let f = cells.get("2023", "newcomer", "ALL").unwrap();
    let r = cells.get("2023", "settled", "ALL").unwrap();
    let c = b
        .compare(f, r, CiMethod::WaldT, &Thresholds::default())
        .unwrap();
    let fig = c.figures().unwrap();
    let ratio = fig.ratio.unwrap();
    assert!((ratio - fig.focal_value / fig.reference_value).abs() < 1e-15);
    // Delta method, by hand: V(r) ≈ (V_f − 2 r C + r² V_r)/θ_r², with C from V(diff).
    let vf = c.focal.figures().unwrap().se.unwrap().powi(2);
    let vr = c.reference.figures().unwrap().se.unwrap().powi(2);
    let cov = (vf + vr - fig.se.unwrap().powi(2)) / 2.0;
    let v = (vf - 2.0 * ratio * cov + ratio * ratio * vr) / fig.reference_value.powi(2);
    assert!((fig.ratio_se.unwrap() - v.sqrt()).abs() < 1e-12 * v.sqrt());
}

#[test]
fn a_finite_population_correction_scales_the_variance_by_one_minus_the_sampling_fraction() {
    let strata = [1u32, 1, 1, 1, 2, 2, 2];
    let psu = [1u32, 2, 3, 3, 1, 2, 3];
    let w = [2.0, 3.0, 1.5, 2.5, 4.0, 1.0, 2.0];
    let y = [1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0];
    let cells = [0u32; 7];
    let half = [0.5; 7];
    let se = |fpc: Option<&[f64]>| {
        let d = Design::new(
            7,
            &DesignSpec {
                weights: Some(&w),
                strata: Some(&strata),
                psu: Some(&psu),
                fpc,
                ..DesignSpec::default()
            },
        )
        .unwrap();
        let b = Breakdown::new(&d, EstimandKind::Proportion, &y, &cells, 1).unwrap();
        b.estimates(CiMethod::WaldZ, &publish_all()).unwrap()[0]
            .figures()
            .unwrap()
            .se
            .unwrap()
    };
    assert!((se(Some(&half)) - se(None) * 0.5f64.sqrt()).abs() < 1e-15);
}

#[test]
fn a_cell_below_the_minimum_size_is_suppressed_and_serialises_without_numbers() {
    let y = [1.0, 0.0, 1.0];
    let d = Design::simple_random_sample(3).unwrap();
    let b = Breakdown::new(&d, EstimandKind::Proportion, &y, &[0, 0, 0], 1).unwrap();
    let e = &b
        .estimates(CiMethod::Wilson, &Thresholds::default())
        .unwrap()[0];
    assert_eq!(e.status, Status::Suppressed);
    let json = serde_json::to_string(e).unwrap();
    assert_eq!(
        json,
        r#"{"cell":0,"status":"suppressed","outcome":"suppressed","reason":"small_cell"}"#
    );
    assert!(matches!(
        e.outcome,
        tessera_stats::Outcome::Suppressed {
            reason: SuppressionReason::SmallCell
        }
    ));
}

#[test]
fn the_t_and_beta_quantiles_agree_with_r_through_the_reference_intervals() {
    // qt(0.975, 64) recovered from ref/small_design_prop.csv (2022 newcomers):
    // (wald_t_hi − p) / se.
    let p = 0.645_354_460_265_291_2;
    let se = 0.046_592_810_045_359_08;
    let hi = 0.738_434_298_570_896_4;
    let q = (hi - p) / se;
    assert!((dist::qt(0.975, 64.0) - q).abs() < 1e-12);
}

#[test]
fn a_lonely_psu_fails_the_design_when_the_policy_is_fail() {
    let s = Survey::read(&fixture("synthetic_small_lonely.csv"));
    let err = Design::new(
        s.len(),
        &DesignSpec {
            weights: Some(&s.weight),
            strata: Some(&s.stratum),
            psu: Some(&s.psu),
            lonely_psu: LonelyPsu::Fail,
            ..DesignSpec::default()
        },
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "stratum \"6\" has only one PSU (lonely PSU policy is `fail`); choose another lonely_psu policy or merge the stratum with a neighbour"
    );
}
