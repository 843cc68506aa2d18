//! Pooling partners' figures against R (`pooling_reference/reference.R`): sample-size weighting
//! as `survey` with partners as strata, inverse-variance weighting as `metafor::rma(method =
//! "FE")`; and the combined view across partners against a hand computation and an attacker.

use std::collections::HashMap;
use std::path::Path;

use tessera_stats::Thresholds;
use tessera_stats::change::Published;
use tessera_stats::disclosure::{Line, Position, ProtectionRule, attack};
use tessera_stats::pooling::{
    PartnerEstimate, PoolReason, PoolWeighting, PooledFigures, PooledKind, combined_view, pool,
    sum_counts,
};

fn dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/pooling_reference")
}

struct Partner {
    n: u64,
    yes: u64,
    mean: f64,
    sd: f64,
}

fn partners() -> Vec<Partner> {
    let mut r = csv::Reader::from_path(dir().join("partners.csv")).unwrap();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            Partner {
                n: rec[1].parse().unwrap(),
                yes: rec[2].parse().unwrap(),
                mean: rec[3].parse().unwrap(),
                sd: rec[4].parse().unwrap(),
            }
        })
        .collect()
}

fn reference() -> HashMap<(String, String, String), f64> {
    let mut r = csv::Reader::from_path(dir().join("reference.csv")).unwrap();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            (
                (rec[0].to_owned(), rec[1].to_owned(), rec[2].to_owned()),
                rec[3].parse().unwrap(),
            )
        })
        .collect()
}

fn close(ours: f64, r: f64, tol: f64, what: &str) {
    let rel = (ours - r).abs() / r.abs().max(1e-300);
    assert!(
        rel <= tol,
        "{what}: ours {ours}, R {r}, relative error {rel:e}"
    );
}

fn figures(p: &Published<PooledFigures, PoolReason>) -> &PooledFigures {
    p.figures().expect("published")
}

#[test]
fn pooling_by_sample_size_equals_survey_with_partners_as_strata() {
    let r = reference();
    let ps = partners();
    let th = Thresholds::default();
    let get = |i: &str, f: &str| r[&("sample_size".to_owned(), i.to_owned(), f.to_owned())];

    let props: Vec<_> = ps
        .iter()
        .map(|p| PartnerEstimate::proportion(p.yes, p.n))
        .collect();
    let pooled = pool(
        &props,
        PooledKind::Proportion,
        PoolWeighting::SampleSize,
        &th,
    )
    .unwrap();
    let f = figures(&pooled);
    close(f.value, get("proportion", "value"), 1e-12, "proportion");
    close(
        f.se.unwrap(),
        get("proportion", "se"),
        1e-10,
        "proportion se",
    );
    close(f.df.unwrap(), get("proportion", "df"), 0.0, "df");
    // R's logit interval comes from a glm fit, good to ~4e-9 (docs/estimation-methods.md).
    let ci = f.ci.unwrap();
    close(
        ci.low,
        get("proportion", "ci_low"),
        1e-7,
        "proportion ci low",
    );
    close(
        ci.high,
        get("proportion", "ci_high"),
        1e-7,
        "proportion ci high",
    );

    let means: Vec<_> = ps
        .iter()
        .map(|p| PartnerEstimate::mean(p.mean, p.sd, p.n))
        .collect();
    let pooled = pool(&means, PooledKind::Mean, PoolWeighting::SampleSize, &th).unwrap();
    let f = figures(&pooled);
    close(f.value, get("mean", "value"), 1e-12, "mean");
    close(f.se.unwrap(), get("mean", "se"), 1e-10, "mean se");
    let ci = f.ci.unwrap();
    close(ci.low, get("mean", "ci_low"), 1e-9, "mean ci low");
    close(ci.high, get("mean", "ci_high"), 1e-9, "mean ci high");
}

#[test]
fn pooling_by_inverse_variance_equals_metafor_fixed_effect() {
    let r = reference();
    let ps = partners();
    let th = Thresholds::default();
    for (ind, estimates, kind) in [
        (
            "proportion",
            ps.iter()
                .map(|p| PartnerEstimate::proportion(p.yes, p.n))
                .collect::<Vec<_>>(),
            PooledKind::Proportion,
        ),
        (
            "mean",
            ps.iter()
                .map(|p| PartnerEstimate::mean(p.mean, p.sd, p.n))
                .collect(),
            PooledKind::Mean,
        ),
    ] {
        let get = |f: &str| r[&("inverse_variance".to_owned(), ind.to_owned(), f.to_owned())];
        let pooled = pool(&estimates, kind, PoolWeighting::InverseVariance, &th).unwrap();
        let f = figures(&pooled);
        close(f.value, get("value"), 1e-9, ind);
        close(f.se.unwrap(), get("se"), 1e-9, ind);
        close(f.ci.unwrap().low, get("ci_low"), 1e-9, ind);
        close(f.ci.unwrap().high, get("ci_high"), 1e-9, ind);
        let h = f.heterogeneity.unwrap();
        close(h.q, get("q"), 1e-9, ind);
        close(h.p_value, get("q_p"), 1e-9, ind);
        close(h.i_squared, get("i_squared"), 1e-9, ind);
        // These partners differ far beyond chance (I² > 0.8): the pooled figure says so.
        assert!(pooled.reasons().contains(&PoolReason::Heterogeneous));
    }
}

#[test]
fn the_combined_view_of_a_proportion_equals_the_pooled_counts_computed_by_hand_and_r() {
    let r = reference();
    let ps = partners();
    let names: Vec<String> = (1..=ps.len()).map(|i| format!("partner {i}")).collect();
    let props: Vec<_> = ps
        .iter()
        .map(|p| PartnerEstimate::proportion(p.yes, p.n))
        .collect();
    let view = combined_view(
        names,
        &props,
        PooledKind::Proportion,
        PoolWeighting::SampleSize,
        &Thresholds::default(),
        &ProtectionRule::default(),
    )
    .unwrap();
    // By hand: (17 + 7 + 49 + 4) / (48 + 13 + 120 + 31) = 77 / 212.
    let f = figures(&view.pooled);
    assert_eq!(f.value, 77.0 / 212.0);
    assert_eq!(f.n, 212);
    assert_eq!(f.partners, 4);
    let get = |f: &str| {
        r[&(
            "pooled_counts".to_owned(),
            "proportion".to_owned(),
            f.to_owned(),
        )]
    };
    close(f.se.unwrap(), get("se"), 1e-10, "se");
    close(f.ci.unwrap().low, get("ci_low"), 1e-7, "ci low");
    close(f.ci.unwrap().high, get("ci_high"), 1e-7, "ci high");
    // Partner 2 (7 yes of 13, 6 no) and partner 4 (4 yes) have small counts: hidden.
    assert_eq!(view.partner_figures[1], None);
    assert_eq!(view.partner_figures[3], None);
    // The attacker, with the pooled counts and the other partners, cannot get them back.
    for a in attack(&view.people) {
        assert!(a.width().is_none_or(|w| w >= 10), "{a:?}");
    }
}

#[test]
fn three_partners_one_small_the_small_one_cannot_be_recovered_from_the_combined_view() {
    // Attendance of a course, three partners: 40, 6 and 25 people with a mean score each.
    let names = vec!["North".to_owned(), "Centre".to_owned(), "South".to_owned()];
    let estimates = [
        PartnerEstimate::mean(6.0, 2.0, 40),
        PartnerEstimate::mean(4.5, 1.0, 6),
        PartnerEstimate::mean(7.0, 2.5, 25),
    ];
    let view = combined_view(
        names,
        &estimates,
        PooledKind::Mean,
        PoolWeighting::SampleSize,
        &Thresholds::default(),
        &ProtectionRule::default(),
    )
    .unwrap();
    let f = figures(&view.pooled);
    // By hand: (40·6 + 6·4.5 + 25·7) / 71.
    assert!((f.value - (240.0 + 27.0 + 175.0) / 71.0).abs() < 1e-14);
    assert_eq!(f.n, 71);
    // Centre is hidden, and so is South (the smallest partner that leaves ≥ 10 of doubt).
    assert_eq!(view.partner_figures[0], Some(estimates[0]));
    assert_eq!(view.partner_figures[1], None);
    assert_eq!(view.partner_figures[2], None);
    // Subtraction gives only Centre + South = 31 people and their summed scores, not each.
    let centre = Position {
        row: Line::Item(1),
        column: Line::Item(0),
    };
    let a = attack(&view.people);
    let c = a.iter().find(|a| a.position == centre).unwrap();
    assert_eq!((c.low, c.high), (0, Some(31)));
}

#[test]
fn inverse_variance_pooling_is_hidden_in_a_combined_view_that_hides_a_partner() {
    let estimates = [
        PartnerEstimate::mean(6.0, 2.0, 40),
        PartnerEstimate::mean(4.5, 1.0, 6),
        PartnerEstimate::mean(7.0, 2.5, 25),
    ];
    let view = combined_view(
        vec!["a".into(), "b".into(), "c".into()],
        &estimates,
        PooledKind::Mean,
        PoolWeighting::InverseVariance,
        &Thresholds::default(),
        &ProtectionRule::default(),
    )
    .unwrap();
    assert_eq!(
        view.pooled,
        Published::Suppressed {
            reason: PoolReason::ProtectsAPartner
        }
    );
}

#[test]
fn summed_attendance_by_side_hides_small_counts_and_their_complements() {
    let t = sum_counts(
        vec!["North".into(), "Centre".into(), "South".into()],
        vec!["newcomers".into(), "receiving community".into()],
        &[vec![31, 44], vec![5, 19], vec![22, 27]],
        &ProtectionRule::default(),
    )
    .unwrap();
    let total = Position {
        row: Line::Total,
        column: Line::Total,
    };
    assert_eq!(t.get(total), Some(148));
    assert_eq!(
        t.get(Position {
            row: Line::Item(1),
            column: Line::Item(0)
        }),
        None
    );
    for a in attack(&t) {
        assert!(a.width().is_none_or(|w| w >= 10), "{a:?}");
    }
}

#[test]
fn pooling_refuses_a_proportion_above_one_naming_the_partner() {
    let err = pool(
        &[
            PartnerEstimate::proportion(3, 10),
            PartnerEstimate {
                value: 1.2,
                se: 0.1,
                n: 10,
            },
        ],
        PooledKind::Proportion,
        PoolWeighting::SampleSize,
        &Thresholds::default(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "partner 2: the value is 1.2, which is not allowed (a proportion between 0 and 1)"
    );
}
