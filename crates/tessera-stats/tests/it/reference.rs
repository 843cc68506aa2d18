//! Every figure of the R `survey` reference tables the engine can express, to R's precision.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tessera_stats::{
    Breakdown, CiMethod, Design, DesignSpec, EstimandKind, Estimate, LonelyPsu, Measure, Status,
    SuppressionReason, Thresholds, UnreliableReason, classical,
};

use crate::common::{Cells, Survey, Table, Tracker, fixture, num};

const EST: f64 = 1e-12;
const SE: f64 = 1e-10;
const SE_ABS: f64 = 1e-14;
const CI: f64 = 1e-9;
const LOGIT: f64 = 1e-7;

/// Thresholds that publish everything with data, so each R figure can be compared.
fn publish_all() -> Thresholds {
    Thresholds {
        min_cell: 1,
        ..Thresholds::default()
    }
}

fn design(s: &Survey) -> Design {
    Design::new(
        s.len(),
        &DesignSpec {
            weights: Some(&s.weight),
            strata: Some(&s.stratum),
            psu: Some(&s.psu),
            nest: true,
            lonely_psu: LonelyPsu::Adjust,
            ..DesignSpec::default()
        },
    )
    .expect("design")
}

fn key(row: &HashMap<String, String>) -> (String, String, String, bool) {
    let by_area = row["level"] == "wave_group_area";
    (
        row["wave"].clone(),
        row.get("group").cloned().unwrap_or_default(),
        row["area"].clone(),
        by_area,
    )
}

struct Level {
    cells: Cells,
}

/// Estimates per (CI method) for one breakdown.
fn all_methods(
    b: &Breakdown<'_>,
    methods: &[CiMethod],
    th: &Thresholds,
) -> HashMap<CiMethodKey, Vec<Estimate>> {
    methods
        .iter()
        .map(|&m| (CiMethodKey(m), b.estimates(m, th).expect("estimates")))
        .collect()
}

#[derive(Hash, PartialEq, Eq, Clone, Copy)]
struct CiMethodKey(CiMethod);

fn ci_of(e: &Estimate) -> Option<(f64, f64, CiMethod)> {
    e.figures()
        .and_then(|f| f.ci)
        .map(|c| (c.low, c.high, c.method))
}

fn check_dataset(data: &Path, prefix: &str) {
    let s = Survey::read(data);
    let d = design(&s);
    let th = publish_all();
    let levels = [
        Level {
            cells: s.cells(false),
        },
        Level {
            cells: s.cells(true),
        },
    ];
    let mut tr = Tracker::default();
    let ctx = |row: &HashMap<String, String>| {
        format!(
            "{prefix} {} {} {} {}",
            row["level"],
            row["wave"],
            row.get("group").map_or("", String::as_str),
            row["area"]
        )
    };

    // ---- design_prop -------------------------------------------------------------------------
    let methods = [
        CiMethod::Logit,
        CiMethod::Beta,
        CiMethod::WaldZ,
        CiMethod::WaldT,
    ];
    let props: Vec<_> = levels
        .iter()
        .map(|l| {
            let b = Breakdown::new(
                &d,
                EstimandKind::Proportion,
                &s.agree,
                &l.cells.ids,
                l.cells.n(),
            )
            .expect("breakdown");
            all_methods(&b, &methods, &th)
        })
        .collect();
    for row in Table::read(&fixture(&format!("{prefix}_design_prop.csv"))).rows {
        let (w, g, a, by_area) = key(&row);
        let lev = usize::from(by_area);
        let cell = levels[lev].cells.get(&w, &g, &a).expect("cell");
        let c = ctx(&row);
        let n_valid = num(&row, "n_valid").expect("n_valid");
        let by = |m: CiMethod| &props[lev][&CiMethodKey(m)][cell as usize];
        let e = by(CiMethod::Logit);
        if n_valid == 0.0 {
            assert_eq!(e.status, Status::Suppressed, "{c}");
            assert!(e.figures().is_none());
            continue;
        }
        let f = e.figures().expect("figures");
        let p = num(&row, "p").expect("p");
        tr.check("prop p", f.value, p, EST, 0.0, &c);
        assert_eq!(f.n as f64, n_valid, "{c}");
        tr.check(
            "prop sumw_valid",
            f.sum_weights,
            num(&row, "sumw_valid").unwrap(),
            EST,
            0.0,
            &c,
        );
        let se_r = num(&row, "se").expect("se");
        let df_r = num(&row, "df_domain").expect("df");
        match f.se {
            Some(se) => tr.check("prop se", se, se_r, SE, SE_ABS, &c),
            None => assert!(se_r < 1e-12, "{c}: se None but R {se_r}"),
        }
        if df_r > 0.0 {
            assert_eq!(f.df, Some(df_r), "{c}");
        } else {
            assert_eq!(f.df, None, "{c}");
        }
        match num(&row, "deff") {
            Some(deff) if f.se.is_some() => {
                tr.check("prop deff", f.deff.expect("deff"), deff, SE, 0.0, &c)
            }
            _ => {}
        }
        let boundary = p == 0.0 || p == 1.0;
        let usable = !boundary && f.se.is_some() && df_r > 0.0;
        for (m, lo, hi, tol) in [
            (CiMethod::Logit, "logit_lo", "logit_hi", LOGIT),
            (CiMethod::Beta, "beta_lo", "beta_hi", CI),
            (CiMethod::WaldZ, "wald_lo", "wald_hi", CI),
            (CiMethod::WaldT, "wald_t_lo", "wald_t_hi", CI),
        ] {
            let (l, h, used) = ci_of(by(m)).expect("interval");
            if usable || (m == CiMethod::WaldZ && f.se.is_some()) {
                assert_eq!(used, m, "{c}");
                tr.check(
                    &format!("prop {lo}"),
                    l,
                    num(&row, lo).unwrap(),
                    tol,
                    1e-14,
                    &c,
                );
                tr.check(
                    &format!("prop {hi}"),
                    h,
                    num(&row, hi).unwrap(),
                    tol,
                    1e-14,
                    &c,
                );
            } else {
                // Policy: p ∈ {0,1}, zero variance or df ≤ 0 → Clopper–Pearson on counts,
                // status at most Unreliable.
                assert_eq!(used, CiMethod::ClopperPearson, "{c} {m:?}");
                assert!(l <= f.value && f.value <= h && l >= 0.0 && h <= 1.0, "{c}");
                assert_eq!(by(m).status, Status::Unreliable, "{c}");
            }
        }
        if boundary {
            assert!(
                e.reasons().contains(&UnreliableReason::BoundaryProportion),
                "{c}"
            );
        }
    }

    // ---- design_mean -------------------------------------------------------------------------
    let means: Vec<_> = levels
        .iter()
        .map(|l| {
            let b = Breakdown::new(&d, EstimandKind::Mean, &s.trust, &l.cells.ids, l.cells.n())
                .expect("breakdown");
            all_methods(&b, &[CiMethod::WaldZ, CiMethod::WaldT], &th)
        })
        .collect();
    for row in Table::read(&fixture(&format!("{prefix}_design_mean.csv"))).rows {
        let (w, g, a, by_area) = key(&row);
        let lev = usize::from(by_area);
        let cell = levels[lev].cells.get(&w, &g, &a).expect("cell");
        let c = ctx(&row);
        let ez = &means[lev][&CiMethodKey(CiMethod::WaldZ)][cell as usize];
        let et = &means[lev][&CiMethodKey(CiMethod::WaldT)][cell as usize];
        if num(&row, "n_valid") == Some(0.0) {
            assert_eq!(ez.status, Status::Suppressed);
            continue;
        }
        let f = ez.figures().expect("figures");
        tr.check(
            "mean mean",
            f.value,
            num(&row, "mean").unwrap(),
            EST,
            0.0,
            &c,
        );
        let se_r = num(&row, "se").unwrap();
        match f.se {
            Some(se) => tr.check("mean se", se, se_r, SE, SE_ABS, &c),
            None => assert!(se_r < 1e-12, "{c}"),
        }
        if let (Some(deff), Some(_)) = (num(&row, "deff"), f.se) {
            tr.check("mean deff", f.deff.expect("deff"), deff, SE, 0.0, &c);
        }
        let df_r = num(&row, "df_domain").unwrap();
        if let Some((l, h, _)) = ci_of(ez) {
            tr.check(
                "mean wald_lo",
                l,
                num(&row, "wald_lo").unwrap(),
                CI,
                0.0,
                &c,
            );
            tr.check(
                "mean wald_hi",
                h,
                num(&row, "wald_hi").unwrap(),
                CI,
                0.0,
                &c,
            );
        } else {
            assert!(f.se.is_none(), "{c}");
        }
        if df_r > 0.0 && f.se.is_some() {
            let (l, h, _) = ci_of(et).expect("t interval");
            tr.check(
                "mean wald_t_lo",
                l,
                num(&row, "wald_t_lo").unwrap(),
                CI,
                0.0,
                &c,
            );
            tr.check(
                "mean wald_t_hi",
                h,
                num(&row, "wald_t_hi").unwrap(),
                CI,
                0.0,
                &c,
            );
        } else {
            // Policy: no design-based interval, Unreliable.
            assert!(ci_of(et).is_none(), "{c}");
            assert_eq!(et.status, Status::Unreliable, "{c}");
        }
    }

    // ---- design_total ------------------------------------------------------------------------
    let one = vec![1.0; s.len()];
    let totals: Vec<Vec<Estimate>> = levels
        .iter()
        .map(|l| {
            Breakdown::new(&d, EstimandKind::Total, &one, &l.cells.ids, l.cells.n())
                .unwrap()
                .estimates(CiMethod::WaldZ, &th)
                .unwrap()
        })
        .collect();
    for row in Table::read(&fixture(&format!("{prefix}_design_total.csv"))).rows {
        let (w, g, a, by_area) = key(&row);
        let lev = usize::from(by_area);
        let cells = &levels[lev].cells;
        let cell = cells.get(&w, &g, &a).expect("cell");
        let c = ctx(&row);
        let e = &totals[lev][cell as usize];
        let f = e.figures().expect("figures");
        tr.check(
            "total total",
            f.value,
            num(&row, "total").unwrap(),
            EST,
            0.0,
            &c,
        );
        tr.check(
            "total se",
            f.se.unwrap_or_else(|| panic!("{c}: R se {:?}", num(&row, "se"))),
            num(&row, "se").unwrap(),
            SE,
            SE_ABS,
            &c,
        );
        let (l, h, _) = ci_of(e).expect("ci");
        tr.check(
            "total wald_lo",
            l,
            num(&row, "wald_lo").unwrap(),
            CI,
            0.0,
            &c,
        );
        tr.check(
            "total wald_hi",
            h,
            num(&row, "wald_hi").unwrap(),
            CI,
            0.0,
            &c,
        );
    }

    // ---- design_diff -------------------------------------------------------------------------
    let prop_b: Vec<_> = levels
        .iter()
        .map(|l| {
            Breakdown::new(
                &d,
                EstimandKind::Proportion,
                &s.agree,
                &l.cells.ids,
                l.cells.n(),
            )
            .unwrap()
        })
        .collect();
    for row in Table::read(&fixture(&format!("{prefix}_design_diff.csv"))).rows {
        let (w, _, a, by_area) = key(&row);
        let lev = usize::from(by_area);
        let cells = &levels[lev].cells;
        let c = ctx(&row);
        let (Some(fc), Some(rc)) = (cells.get(&w, "newcomer", &a), cells.get(&w, "settled", &a))
        else {
            assert!(num(&row, "diff").is_none(), "{c}");
            continue;
        };
        let cmp = prop_b[lev].compare(fc, rc, CiMethod::WaldT, &th).unwrap();
        let Some(diff) = num(&row, "diff") else {
            assert_eq!(cmp.status, Status::Suppressed, "{c}");
            assert!(cmp.figures().is_none());
            continue;
        };
        let f = cmp.figures().expect("figures");
        tr.check(
            "diff p_newcomer",
            f.focal_value,
            num(&row, "p_newcomer").unwrap(),
            EST,
            0.0,
            &c,
        );
        tr.check(
            "diff p_settled",
            f.reference_value,
            num(&row, "p_settled").unwrap(),
            EST,
            0.0,
            &c,
        );
        tr.check("diff diff", f.difference, diff, EST, 1e-15, &c);
        let se_r = num(&row, "se").unwrap();
        let Some(se) = f.se else {
            // Policy: a contrast with zero design variance (inside one lonely PSU) has no
            // interval and is unreliable.
            assert!(se_r < 1e-12, "{c}: R se {se_r}");
            assert!(f.ci_z.is_none() && f.ci_t.is_none());
            assert_eq!(cmp.status, Status::Unreliable);
            continue;
        };
        tr.check("diff se", se, se_r, SE, SE_ABS, &c);
        // Covariance of the two cells, from V(diff) = v_n + v_s − 2 cov.
        let sen = cmp.focal.figures().unwrap().se.unwrap_or(0.0);
        let ses = cmp.reference.figures().unwrap().se.unwrap_or(0.0);
        tr.check(
            "diff se_newcomer",
            sen,
            num(&row, "se_newcomer").unwrap(),
            SE,
            SE_ABS,
            &c,
        );
        tr.check(
            "diff se_settled",
            ses,
            num(&row, "se_settled").unwrap(),
            SE,
            SE_ABS,
            &c,
        );
        let cov = (sen * sen + ses * ses - se * se) / 2.0;
        tr.check(
            "diff cov (abs 1e-15)",
            cov,
            num(&row, "cov_newcomer_settled").unwrap(),
            1e-6,
            1e-15,
            &c,
        );
        let z = f.ci_z.expect("ci_z");
        tr.check(
            "diff wald_lo",
            z.low,
            num(&row, "wald_lo").unwrap(),
            CI,
            1e-15,
            &c,
        );
        tr.check(
            "diff wald_hi",
            z.high,
            num(&row, "wald_hi").unwrap(),
            CI,
            1e-15,
            &c,
        );
        let df_r = num(&row, "df_cell").unwrap();
        if df_r > 0.0 {
            assert_eq!(f.df, Some(df_r), "{c}");
            let t = f.ci_t.expect("ci_t");
            tr.check(
                "diff wald_t_lo",
                t.low,
                num(&row, "wald_t_lo").unwrap(),
                CI,
                1e-15,
                &c,
            );
            tr.check(
                "diff wald_t_hi",
                t.high,
                num(&row, "wald_t_hi").unwrap(),
                CI,
                1e-15,
                &c,
            );
        } else {
            assert!(f.ci_t.is_none());
        }
    }

    // ---- srs_prop ----------------------------------------------------------------------------
    let srs = Design::simple_random_sample(s.len()).unwrap();
    let classical_props = |m: CiMethod| -> Vec<Vec<Estimate>> {
        levels
            .iter()
            .map(|l| {
                let measure = Measure::new(EstimandKind::Proportion, m).unwrap();
                classical::estimate_cells(&s.agree, &l.cells.ids, l.cells.n(), measure, &th)
                    .unwrap()
            })
            .collect()
    };
    let (wilson, cp, waldz) = (
        classical_props(CiMethod::Wilson),
        classical_props(CiMethod::ClopperPearson),
        classical_props(CiMethod::WaldZ),
    );
    let svy_srs: Vec<Vec<Estimate>> = levels
        .iter()
        .map(|l| {
            Breakdown::new(
                &srs,
                EstimandKind::Proportion,
                &s.agree,
                &l.cells.ids,
                l.cells.n(),
            )
            .unwrap()
            .estimates(CiMethod::Logit, &th)
            .unwrap()
        })
        .collect();
    for row in Table::read(&fixture(&format!("{prefix}_srs_prop.csv"))).rows {
        let (w, g, a, by_area) = key(&row);
        let cells = &levels[usize::from(by_area)].cells;
        let cell = cells.get(&w, &g, &a).expect("cell") as usize;
        let c = ctx(&row);
        let lev = usize::from(by_area);
        let est = |m: CiMethod| {
            let t = match m {
                CiMethod::Wilson => &wilson,
                CiMethod::ClopperPearson => &cp,
                _ => &waldz,
            };
            t[lev][cell].clone()
        };
        let wil = est(CiMethod::Wilson);
        if num(&row, "n_valid") == Some(0.0) {
            assert_eq!(wil.status, Status::Suppressed);
            continue;
        }
        let f = wil.figures().unwrap();
        let p = num(&row, "p").unwrap();
        tr.check("srs p", f.value, p, EST, 0.0, &c);
        let se_b = num(&row, "se_binom").unwrap();
        match f.se {
            Some(se) => tr.check("srs se_binom", se, se_b, SE, 0.0, &c),
            None => assert_eq!(se_b, 0.0),
        }
        let (l, h, _) = ci_of(&wil).unwrap();
        tr.check(
            "srs wilson_lo",
            l,
            num(&row, "wilson_lo").unwrap(),
            CI,
            1e-15,
            &c,
        );
        tr.check(
            "srs wilson_hi",
            h,
            num(&row, "wilson_hi").unwrap(),
            CI,
            1e-15,
            &c,
        );
        let (l, h, _) = ci_of(&est(CiMethod::ClopperPearson)).unwrap();
        tr.check("srs cp_lo", l, num(&row, "cp_lo").unwrap(), CI, 1e-15, &c);
        tr.check("srs cp_hi", h, num(&row, "cp_hi").unwrap(), CI, 1e-15, &c);
        if se_b > 0.0 {
            let (l, h, _) = ci_of(&est(CiMethod::WaldZ)).unwrap();
            tr.check(
                "srs wald_lo",
                l,
                num(&row, "wald_lo").unwrap(),
                CI,
                1e-15,
                &c,
            );
            tr.check(
                "srs wald_hi",
                h,
                num(&row, "wald_hi").unwrap(),
                CI,
                1e-15,
                &c,
            );
        }
        // se_svy_srs: the equal-weight ids=~1 design (domain estimation on all N rows).
        let e = &svy_srs[lev][cell];
        let want = num(&row, "se_svy_srs").unwrap();
        match e.figures().unwrap().se {
            Some(se) => tr.check("srs se_svy_srs", se, want, SE, SE_ABS, &c),
            None => assert!(want < 1e-12),
        }
    }

    // ---- srs_mean ----------------------------------------------------------------------------
    for row in Table::read(&fixture(&format!("{prefix}_srs_mean.csv"))).rows {
        let (w, g, a, by_area) = key(&row);
        let cells = &levels[usize::from(by_area)].cells;
        let cell = cells.get(&w, &g, &a).expect("cell") as usize;
        let c = ctx(&row);
        let est = |m: CiMethod| {
            classical::estimate_cells(
                &s.trust,
                &cells.ids,
                cells.n(),
                Measure::new(EstimandKind::Mean, m).unwrap(),
                &th,
            )
            .unwrap()
            .swap_remove(cell)
        };
        let et = est(CiMethod::WaldT);
        let Some(mean) = num(&row, "mean") else {
            assert_eq!(et.status, Status::Suppressed);
            continue;
        };
        let f = et.figures().unwrap();
        tr.check("srs mean", f.value, mean, EST, 0.0, &c);
        let Some(se_r) = num(&row, "se") else {
            assert!(f.se.is_none());
            continue;
        };
        if se_r == 0.0 {
            assert!(f.se.is_none() && f.ci.is_none());
            continue;
        }
        tr.check("srs mean se", f.se.unwrap(), se_r, SE, 0.0, &c);
        let (l, h, _) = ci_of(&et).unwrap();
        tr.check("srs mean t_lo", l, num(&row, "t_lo").unwrap(), CI, 0.0, &c);
        tr.check("srs mean t_hi", h, num(&row, "t_hi").unwrap(), CI, 0.0, &c);
        let (l, h, _) = ci_of(&est(CiMethod::WaldZ)).unwrap();
        tr.check("srs mean z_lo", l, num(&row, "z_lo").unwrap(), CI, 0.0, &c);
        tr.check("srs mean z_hi", h, num(&row, "z_hi").unwrap(), CI, 0.0, &c);
    }

    // ---- srs_diff ----------------------------------------------------------------------------
    for row in Table::read(&fixture(&format!("{prefix}_srs_diff.csv"))).rows {
        let (w, _, a, by_area) = key(&row);
        let cells = &levels[usize::from(by_area)].cells;
        let c = ctx(&row);
        let (Some(fc), Some(rc)) = (cells.get(&w, "newcomer", &a), cells.get(&w, "settled", &a))
        else {
            assert!(num(&row, "diff").is_none());
            continue;
        };
        let cmp = classical::compare(
            &s.agree,
            &cells.ids,
            cells.n(),
            Measure::new(EstimandKind::Proportion, CiMethod::WaldZ).unwrap(),
            &[(fc, rc)],
            &th,
        )
        .unwrap()
        .swap_remove(0);
        let Some(diff) = num(&row, "diff") else {
            assert_eq!(cmp.status, Status::Suppressed);
            continue;
        };
        let f = cmp.figures().unwrap();
        tr.check("srs diff", f.difference, diff, EST, 1e-15, &c);
        tr.check(
            "srs diff se_unpooled",
            f.se.unwrap(),
            num(&row, "se_unpooled").unwrap(),
            SE,
            0.0,
            &c,
        );
        let z = f.ci_z.unwrap();
        tr.check(
            "srs diff wald_lo",
            z.low,
            num(&row, "wald_lo").unwrap(),
            CI,
            1e-15,
            &c,
        );
        tr.check(
            "srs diff wald_hi",
            z.high,
            num(&row, "wald_hi").unwrap(),
            CI,
            1e-15,
            &c,
        );
    }

    tr.report(prefix);
}

#[test]
fn small_fixture_reproduces_every_r_survey_figure() {
    check_dataset(&fixture("synthetic_small.csv"), "small");
}

#[test]
fn lonely_psu_fixture_reproduces_survey_4_1_1_adjust() {
    check_dataset(&fixture("synthetic_small_lonely.csv"), "small_lonely");
}

fn medium_data() -> Option<PathBuf> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/reference/estimation/synthetic_medium.csv");
    if shared.exists() {
        return Some(shared);
    }
    // Regenerate it with the reference generator when Python is available.
    let gen_script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/reference/estimation/gen_synthetic.py");
    let out = std::env::temp_dir().join("tessera-stats-synthetic_medium.csv");
    if out.exists() {
        return Some(out);
    }
    let ok = std::process::Command::new("python3")
        .arg(&gen_script)
        .args(["--seed", "2", "--rows", "200000", "--out"])
        .arg(&out)
        .status()
        .is_ok_and(|s| s.success());
    ok.then_some(out)
}

#[test]
fn medium_file_reproduces_r_survey_figures() {
    let Some(path) = medium_data() else {
        eprintln!("note: synthetic_medium.csv not found and python3 unavailable; skipping");
        return;
    };
    check_dataset(&path, "medium");
}

#[test]
fn a_cell_with_no_valid_rows_is_suppressed_as_no_data() {
    let s = Survey::read(&fixture("synthetic_small.csv"));
    let d = design(&s);
    let y = vec![f64::NAN; s.len()];
    let cells = s.cells(false);
    let e = Breakdown::new(&d, EstimandKind::Mean, &y, &cells.ids, cells.n())
        .unwrap()
        .estimates(CiMethod::WaldT, &Thresholds::default())
        .unwrap();
    assert!(e.iter().all(|e| matches!(
        e.outcome,
        tessera_stats::Outcome::Suppressed {
            reason: SuppressionReason::NoData
        }
    )));
}
