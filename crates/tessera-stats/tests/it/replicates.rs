//! Replicate-weight designs against R `survey` 4.1-1 (`tests/reference/replicates.R`):
//! svrepdesign() from replicate columns (JKn, bootstrap, BRR, Fay, mse) and as.svrepdesign()
//! jackknives made from strata and PSUs.

use std::collections::HashMap;

use tessera_stats::{
    Breakdown, CiMethod, Design, DesignSpec, DomainMeans, EstimandKind, ReplicateKind,
    ReplicateSpec, Status, Thresholds,
};

use crate::api::{Frame, rows_by};
use crate::common::{Tracker, num};

const EST: f64 = 1e-12;
const SE: f64 = 1e-10;
/// R's logit interval comes from a glm fit (README of the estimation reference: ~4e-9).
const LOGIT: f64 = 1e-7;

fn publish_all() -> Thresholds {
    Thresholds {
        min_cell: 1,
        unreliable_n: 1,
        ..Thresholds::default()
    }
}

/// The data in the order the design's rows were written: apistrat sorted for the pairs design.
fn pairs_frame() -> (Frame, Vec<usize>) {
    let f = Frame::read("data/apistrat.csv");
    let order = Frame::read("data/pairs_design.csv");
    let snum = f.text("snum");
    let rows: Vec<usize> = order
        .text("snum")
        .iter()
        .map(|s| snum.iter().position(|x| x == s).unwrap())
        .collect();
    (f, rows)
}

fn reorder(v: &[f64], rows: &[usize]) -> Vec<f64> {
    rows.iter().map(|&i| v[i]).collect()
}

fn reorder_text(v: &[String], rows: &[usize]) -> Vec<String> {
    rows.iter().map(|&i| v[i].clone()).collect()
}

struct Case {
    api00: Vec<f64>,
    enroll: Vec<f64>,
    schwide: Vec<f64>,
    domain: Vec<String>,
}

fn case(f: &Frame, rows: Option<&[usize]>, by: &str) -> Case {
    let all: Vec<usize> = (0..f.len()).collect();
    let rows = rows.unwrap_or(&all);
    let yes: Vec<f64> = f
        .text("sch.wide")
        .iter()
        .map(|v| f64::from(u8::from(v == "Yes")))
        .collect();
    Case {
        api00: reorder(&f.num("api00"), rows),
        enroll: reorder(&f.num("enroll"), rows),
        schwide: reorder(&yes, rows),
        domain: reorder_text(f.text(by), rows),
    }
}

/// Whether some replicate puts a domain's proportion at 0 or 1: R's logit interval is then a
/// glm that did not converge (e.g. [0.0025, 0.9998] around p = 0.79), and ours is the
/// delta-method one.
fn replicate_at_boundary(c: &Case, reps: &[Vec<f64>], level: &str) -> bool {
    reps.iter().any(|a| {
        let (mut num, mut den) = (0.0, 0.0);
        for ((ak, dk), yk) in a.iter().zip(&c.domain).zip(&c.schwide) {
            if dk == level {
                num += ak * yk;
                den += ak;
            }
        }
        den > 0.0 && (num == 0.0 || num == den)
    })
}

fn check(name: &str, d: &Design, c: &Case, reps: Option<&[Vec<f64>]>, tr: &mut Tracker) {
    let r = rows_by("replicates.csv", &["design", "stat", "domain"]);
    let get = |stat: &str, domain: &str| -> &HashMap<String, String> {
        r.get(&vec![name.to_owned(), stat.to_owned(), domain.to_owned()])
            .unwrap_or_else(|| panic!("no reference {name} {stat} {domain}"))
    };
    let th = publish_all();
    let n = c.api00.len();
    let all = vec![0u32; n];

    // Overall mean and total, and the design's degrees of freedom.
    let want = get("mean_api00", "ALL");
    let e = Breakdown::new(d, EstimandKind::Mean, &c.api00, &all, 1)
        .unwrap()
        .estimates(CiMethod::WaldT, &th)
        .unwrap()
        .remove(0);
    let f = e.figures().unwrap();
    tr.check(
        "mean",
        f.value,
        num(want, "estimate").unwrap(),
        EST,
        0.0,
        name,
    );
    tr.check(
        "mean se",
        f.se.unwrap(),
        num(want, "se").unwrap(),
        SE,
        0.0,
        name,
    );
    assert_eq!(f.df, num(want, "df"), "{name} df");
    assert_eq!(d.degrees_of_freedom() as f64, num(want, "df").unwrap());
    // The general primitive gives the same as the fast path.
    let cov = d
        .covariance(
            &DomainMeans {
                y: vec![&c.api00],
                domain: None,
            },
            None,
        )
        .unwrap();
    tr.check(
        "primitive mean se",
        cov.se(0),
        num(want, "se").unwrap(),
        SE,
        0.0,
        name,
    );

    let want = get("total_enroll", "ALL");
    let e = Breakdown::new(d, EstimandKind::Total, &c.enroll, &all, 1)
        .unwrap()
        .estimates(CiMethod::WaldT, &th)
        .unwrap()
        .remove(0);
    let f = e.figures().unwrap();
    tr.check(
        "total",
        f.value,
        num(want, "estimate").unwrap(),
        EST,
        0.0,
        name,
    );
    tr.check(
        "total se",
        f.se.unwrap(),
        num(want, "se").unwrap(),
        SE,
        0.0,
        name,
    );

    // Domain means, their difference and domain proportions with logit intervals.
    let mut levels: Vec<String> = c.domain.clone();
    levels.sort();
    levels.dedup();
    let cells: Vec<u32> = c
        .domain
        .iter()
        .map(|v| levels.iter().position(|l| l == v).unwrap() as u32)
        .collect();
    let b = Breakdown::new(d, EstimandKind::Mean, &c.api00, &cells, levels.len()).unwrap();
    let est = b.estimates(CiMethod::WaldT, &th).unwrap();
    for (i, l) in levels.iter().enumerate() {
        let want = get("mean_api00", l);
        let f = est[i].figures().unwrap();
        let ctx = format!("{name} {l}");
        tr.check(
            "domain mean",
            f.value,
            num(want, "estimate").unwrap(),
            EST,
            0.0,
            &ctx,
        );
        tr.check(
            "domain se",
            f.se.unwrap(),
            num(want, "se").unwrap(),
            SE,
            0.0,
            &ctx,
        );
        assert_eq!(f.df, num(want, "df"), "{ctx} df");
        let inside: Vec<bool> = cells.iter().map(|&x| x as usize == i).collect();
        let cov = d
            .covariance(
                &DomainMeans {
                    y: vec![&c.api00],
                    domain: Some(&inside),
                },
                Some(&inside),
            )
            .unwrap();
        tr.check(
            "primitive domain se",
            cov.se(0),
            num(want, "se").unwrap(),
            SE,
            0.0,
            &ctx,
        );
        assert_eq!(cov.df, num(want, "df").unwrap(), "{ctx} primitive df");
    }
    let diff_key = format!("{} - {}", levels[0], levels[1]);
    let want = get("diff_api00", &diff_key);
    let cmp = b.compare(0, 1, CiMethod::WaldT, &th).unwrap();
    let f = cmp.figures().unwrap();
    tr.check(
        "diff",
        f.difference,
        num(want, "estimate").unwrap(),
        EST,
        0.0,
        name,
    );
    tr.check(
        "diff se",
        f.se.unwrap(),
        num(want, "se").unwrap(),
        SE,
        0.0,
        name,
    );

    let b = Breakdown::new(
        d,
        EstimandKind::Proportion,
        &c.schwide,
        &cells,
        levels.len(),
    )
    .unwrap();
    let est = b.estimates(CiMethod::Logit, &th).unwrap();
    for (i, l) in levels.iter().enumerate() {
        let want = get("prop_schwide", l);
        let f = est[i].figures().unwrap();
        let ctx = format!("{name} {l}");
        // R's point estimate is expit of a glm coefficient.
        tr.check(
            "prop",
            f.value,
            num(want, "estimate").unwrap(),
            1e-9,
            0.0,
            &ctx,
        );
        if f.value >= 1.0 {
            // p = 1: R's interval is a glm artefact; ours is Clopper–Pearson and unreliable.
            assert_eq!(est[i].status, Status::Unreliable, "{ctx}");
            continue;
        }
        tr.check(
            "prop se",
            f.se.unwrap(),
            num(want, "se").unwrap(),
            SE,
            0.0,
            &ctx,
        );
        assert_eq!(f.df, num(want, "df"), "{ctx} df");
        let ci = f.ci.unwrap();
        if reps.is_some_and(|r| replicate_at_boundary(c, r, l)) {
            let delta = tessera_stats::interval::logit(f.value, f.se.unwrap(), f.df.unwrap(), 0.95);
            assert_eq!((ci.low, ci.high), (delta.low, delta.high), "{ctx}");
            continue;
        }
        if ci.method == CiMethod::Logit {
            tr.check(
                "prop logit lo",
                ci.low,
                num(want, "lo").unwrap(),
                LOGIT,
                0.0,
                &ctx,
            );
            tr.check(
                "prop logit hi",
                ci.high,
                num(want, "hi").unwrap(),
                LOGIT,
                0.0,
                &ctx,
            );
        }
    }
}

fn columns(path: &str) -> Vec<Vec<f64>> {
    Frame::read(path).columns_with_prefix("rep")
}

fn replicate_design(
    n: usize,
    kind: ReplicateKind,
    weights: &[f64],
    reps: &[Vec<f64>],
    rscales: Option<&[f64]>,
    rho: Option<f64>,
    mse: bool,
) -> Design {
    let refs: Vec<&[f64]> = reps.iter().map(Vec::as_slice).collect();
    Design::replicate(
        n,
        &ReplicateSpec {
            kind,
            weights: Some(weights),
            replicates: &refs,
            combined_weights: true,
            scale: None,
            rscales,
            rho,
            mse,
        },
    )
    .unwrap()
}

#[test]
fn stratified_jackknife_weights_reproduce_r_svrepdesign_and_as_svrepdesign() {
    let f = Frame::read("data/apistrat.csv");
    let c = case(&f, None, "awards");
    let w = f.num("pw");
    let reps = columns("data/strat_jkn_repweights.csv");
    let rscales = Frame::read("data/strat_jkn_rscales.csv").num("rscales");
    let mut tr = Tracker::default();
    for (name, mse) in [("strat_jkn", false), ("strat_jkn_mse", true)] {
        let d = replicate_design(
            f.len(),
            ReplicateKind::Jkn,
            &w,
            &reps,
            Some(&rscales),
            None,
            mse,
        );
        check(name, &d, &c, Some(&reps), &mut tr);
    }
    // The same jackknife made from the design's strata and fpc.
    let (strata, _) = f.codes("stype");
    let fpc = f.num("fpc");
    let taylor = Design::new(
        f.len(),
        &DesignSpec {
            weights: Some(&w),
            strata: Some(&strata),
            fpc: Some(&fpc),
            ..DesignSpec::default()
        },
    )
    .unwrap();
    let jkn = taylor.to_jackknife(ReplicateKind::Jkn).unwrap();
    assert_eq!(jkn.n_replicates(), 200);
    check("strat_jkn", &jkn, &c, None, &mut tr);
    tr.report("replicates: stratified jackknife");
}

#[test]
fn cluster_jackknife_and_bootstrap_weights_reproduce_r() {
    let f = Frame::read("data/apiclus1.csv");
    let c = case(&f, None, "stype");
    let w = f.num("pw");
    let mut tr = Tracker::default();
    let (psu, _) = f.codes("dnum");
    let fpc = f.num("fpc");
    let taylor = Design::new(
        f.len(),
        &DesignSpec {
            weights: Some(&w),
            psu: Some(&psu),
            fpc: Some(&fpc),
            ..DesignSpec::default()
        },
    )
    .unwrap();
    let jk1 = taylor.to_jackknife(ReplicateKind::Jk1).unwrap();
    check("clus1_jk1", &jk1, &c, None, &mut tr);
    let reps = columns("data/clus1_boot_repweights.csv");
    let boot = replicate_design(
        f.len(),
        ReplicateKind::Bootstrap,
        &w,
        &reps,
        None,
        None,
        false,
    );
    check("clus1_boot", &boot, &c, Some(&reps), &mut tr);
    tr.report("replicates: cluster jackknife and bootstrap");
}

#[test]
fn brr_and_fay_weights_reproduce_r() {
    let (f, rows) = pairs_frame();
    let c = case(&f, Some(&rows), "awards");
    let w = reorder(&f.num("pw"), &rows);
    let mut tr = Tracker::default();
    let reps = columns("data/pairs_brr_repweights.csv");
    let brr = replicate_design(w.len(), ReplicateKind::Brr, &w, &reps, None, None, false);
    check("pairs_brr", &brr, &c, Some(&reps), &mut tr);
    let reps = columns("data/pairs_fay_repweights.csv");
    let fay = replicate_design(
        w.len(),
        ReplicateKind::Fay,
        &w,
        &reps,
        None,
        Some(0.3),
        false,
    );
    check("pairs_fay", &fay, &c, Some(&reps), &mut tr);
    tr.report("replicates: BRR and Fay");
}

#[test]
fn replicate_settings_that_cannot_define_a_variance_are_refused() {
    let w = [1.0, 2.0, 3.0];
    let r1 = [1.0, 0.0, 3.0];
    let bad = [1.0, -1.0, 3.0];
    let make = |kind, reps: &[&[f64]], rho| {
        Design::replicate(
            3,
            &ReplicateSpec {
                kind,
                weights: Some(&w),
                replicates: reps,
                combined_weights: true,
                scale: None,
                rscales: None,
                rho,
                mse: false,
            },
        )
    };
    let e = make(ReplicateKind::Jk1, &[&r1, &bad], None).unwrap_err();
    assert!(
        e.to_string().contains("row 2: replicate weight 2 is -1"),
        "{e}"
    );
    let e = make(ReplicateKind::Fay, &[&r1], None).unwrap_err();
    assert!(e.to_string().contains("needs rho"), "{e}");
    let e = make(ReplicateKind::Jkn, &[&r1], None).unwrap_err();
    assert!(e.to_string().contains("need rscales"), "{e}");
    assert!(make(ReplicateKind::Other, &[], None).is_err());
}

#[test]
fn a_spec_with_replicate_columns_or_made_replicates_gives_r_s_figures() {
    let f = Frame::read("data/apistrat.csv");
    let mut data = f.dataset();
    let reps = columns("data/strat_jkn_repweights.csv");
    for (i, c) in reps.iter().enumerate() {
        data.columns.push(tessera_data::Column::numeric(
            format!("rep{}", i + 1),
            c.clone(),
        ));
    }
    let data = tessera_data::Dataset::from_columns(data.columns).unwrap();
    let rscales = Frame::read("data/strat_jkn_rscales.csv").num("rscales");
    let list = rscales
        .iter()
        .map(|r| format!("{r:e}"))
        .collect::<Vec<_>>()
        .join(", ");
    let measure = "[[measure]]\nid = \"api\"\nkind = \"mean\"\nvariable = \"api00\"\n\n[output]\nby = [[\"awards\"]]\nmin_cell = 1\n";
    let given = format!(
        "[design]\nweight = \"pw\"\n\n[replicates]\ntype = \"jkn\"\ncolumns = {{ prefix = \"rep\", from = 1, to = 200 }}\nrscales = [{list}]\n\n{measure}"
    );
    let made = format!(
        "[design]\nweight = \"pw\"\nstrata = \"stype\"\nfpc = \"fpc\"\n\n[replicates]\ntype = \"jkn\"\nmake = true\n\n{measure}"
    );
    let r = rows_by("replicates.csv", &["design", "stat", "domain"]);
    let mut tr = Tracker::default();
    for text in [given, made] {
        let spec = tessera_stats::EstimateSpec::parse(&text, "spec.toml").unwrap();
        let report = tessera_stats::report::run(&spec, &data, |_, _| {}).unwrap();
        for row in &report.estimates {
            let level = &row.by[0].1;
            let want = &r[&vec!["strat_jkn".into(), "mean_api00".into(), level.clone()]];
            tr.check(
                "spec mean",
                row.estimate.unwrap(),
                num(want, "estimate").unwrap(),
                EST,
                0.0,
                level,
            );
            tr.check(
                "spec se",
                row.se.unwrap(),
                num(want, "se").unwrap(),
                SE,
                0.0,
                level,
            );
            assert_eq!(row.df, num(want, "df"));
        }
    }
    tr.report("replicates through the spec");

    let bad = "[design]\nweight = \"pw\"\nstrata = \"stype\"\n\n[replicates]\ntype = \"jackknife\"\ncolumns = [\"rep1\"]\n\n[[measure]]\nid = \"a\"\nkind = \"mean\"\nvariable = \"api00\"\n";
    let errors = tessera_stats::EstimateSpec::parse(bad, "spec.toml").unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors.iter().all(|e| e.line == Some(5)));
    assert!(errors[0].message.contains("\"jackknife\" is not one of"));
    assert!(errors[1].message.contains("replace strata and PSUs"));
}
