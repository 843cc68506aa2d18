//! Weighting against R `survey` 4.1-1 (`tests/reference/weighting.R`): postStratify(), rake(),
//! calibrate() (linear, raking, logit, bounded, with a numeric total), trimWeights(); every
//! final weight, and means, totals, domain means and proportions with their SEs after each,
//! which R computes from the residuals of the calibration.

use tessera_stats::weighting::{Margin, MarginCell, Targets};
use tessera_stats::{
    Breakdown, CiMethod, Design, DesignSpec, DomainMeans, EstimandKind, Thresholds, Weighting,
    WeightingError, WeightingMethod, WeightingOptions,
};

use crate::api::{Frame, rows_by};
use crate::common::{Tracker, num};

fn stype() -> Margin {
    Margin::counts(
        "type",
        "stype",
        &[("E", 4421.0), ("H", 755.0), ("M", 1018.0)],
    )
}
fn schwide() -> Margin {
    Margin::counts("sch.wide", "sch.wide", &[("No", 1072.0), ("Yes", 5122.0)])
}
fn awards() -> Margin {
    Margin::counts("awards", "awards", &[("No", 2500.0), ("Yes", 3694.0)])
}
fn type_by_awards() -> Margin {
    let cells = [
        ("E", "No", 1500.0),
        ("E", "Yes", 2921.0),
        ("H", "No", 500.0),
        ("H", "Yes", 255.0),
        ("M", "No", 500.0),
        ("M", "Yes", 518.0),
    ];
    Margin {
        name: "type by awards".into(),
        variables: vec!["stype".into(), "awards".into()],
        targets: Targets::Counts(
            cells
                .iter()
                .map(|(a, b, t)| MarginCell {
                    values: vec![(*a).into(), (*b).into()],
                    target: *t,
                })
                .collect(),
        ),
    }
}
fn api99_total() -> Margin {
    Margin {
        name: "api99".into(),
        variables: vec!["api99".into()],
        targets: Targets::Total(3_914_069.0),
    }
}

fn options(max: u32, eps: f64) -> WeightingOptions {
    WeightingOptions {
        max_iterations: Some(max),
        epsilon: Some(eps),
        ..WeightingOptions::default()
    }
}

/// The weightings of weighting.R, by name: (design, weighting).
fn cases() -> Vec<(&'static str, &'static str, Weighting)> {
    let w = |name: &str, method, margins, options| Weighting {
        name: name.into(),
        method,
        margins,
        options,
    };
    let r_rake = options(10, 1.0);
    let tight = options(100, 1e-9);
    let cal = options(100, 1e-12);
    let bounded = WeightingOptions {
        bounds: Some([0.85, 1.75]),
        ..cal
    };
    vec![
        (
            "clus1",
            "clus1_post",
            w(
                "p",
                WeightingMethod::PostStratify,
                vec![stype()],
                Default::default(),
            ),
        ),
        (
            "clus1",
            "clus1_post_crossed",
            w(
                "pc",
                WeightingMethod::PostStratify,
                vec![type_by_awards()],
                Default::default(),
            ),
        ),
        (
            "clus1",
            "clus1_rake",
            w("r", WeightingMethod::Rake, vec![stype(), schwide()], r_rake),
        ),
        (
            "clus1",
            "clus1_rake_tight",
            w(
                "rt",
                WeightingMethod::Rake,
                vec![stype(), schwide(), awards()],
                tight,
            ),
        ),
        (
            "clus1",
            "clus1_rake_crossed",
            w(
                "rc",
                WeightingMethod::Rake,
                vec![type_by_awards(), schwide()],
                tight,
            ),
        ),
        (
            "clus1",
            "clus1_linear",
            w(
                "l",
                WeightingMethod::CalibrateLinear,
                vec![stype(), schwide()],
                Default::default(),
            ),
        ),
        (
            "clus1",
            "clus1_linear_total",
            w(
                "lt",
                WeightingMethod::CalibrateLinear,
                vec![stype(), api99_total()],
                Default::default(),
            ),
        ),
        (
            "clus1",
            "clus1_linear_bounded",
            w(
                "lb",
                WeightingMethod::CalibrateLinear,
                vec![stype(), schwide()],
                bounded,
            ),
        ),
        (
            "clus1",
            "clus1_raking",
            w(
                "cr",
                WeightingMethod::CalibrateRaking,
                vec![stype(), schwide()],
                cal,
            ),
        ),
        (
            "clus1",
            "clus1_logit",
            w(
                "cl",
                WeightingMethod::CalibrateLogit,
                vec![stype(), schwide()],
                bounded,
            ),
        ),
        (
            "clus1",
            "clus1_rake_trim",
            w(
                "tr",
                WeightingMethod::Rake,
                vec![stype(), schwide()],
                WeightingOptions {
                    trim: Some([25.0, 50.0]),
                    ..r_rake
                },
            ),
        ),
        (
            "strat",
            "strat_rake",
            w(
                "sr",
                WeightingMethod::Rake,
                vec![schwide(), awards()],
                tight,
            ),
        ),
        (
            "strat",
            "strat_linear",
            w(
                "sl",
                WeightingMethod::CalibrateLinear,
                vec![schwide(), awards()],
                Default::default(),
            ),
        ),
    ]
}

fn design(f: &Frame, which: &str) -> Design {
    let w = f.num("pw");
    let fpc = f.num("fpc");
    let (strata, psu) = if which == "strat" {
        (Some(f.codes("stype").0), None)
    } else {
        (None, Some(f.codes("dnum").0))
    };
    Design::new(
        f.len(),
        &DesignSpec {
            weights: Some(&w),
            strata: strata.as_deref(),
            psu: psu.as_deref(),
            fpc: Some(&fpc),
            ..DesignSpec::default()
        },
    )
    .unwrap()
}

#[test]
fn every_weighting_gives_r_s_weights_and_r_s_standard_errors() {
    let weights = rows_by("weighting_weights.csv", &["weighting", "row"]);
    let figures = rows_by("weighting.csv", &["weighting", "stat", "domain"]);
    let clus1 = Frame::read("data/apiclus1.csv");
    let strat = Frame::read("data/apistrat.csv");
    let th = Thresholds {
        min_cell: 1,
        ..Thresholds::default()
    };
    let mut tr = Tracker::default();
    for (which, name, weighting) in cases() {
        let f = if which == "strat" { &strat } else { &clus1 };
        let data = f.dataset();
        let base = design(f, which);
        let weighted = weighting
            .apply(&base, &data)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        for (i, w) in weighted.weights.iter().enumerate() {
            let want = num(
                &weights[&vec![name.to_owned(), (i + 1).to_string()]],
                "weight",
            )
            .unwrap();
            tr.check(
                "weight",
                *w,
                want,
                1e-10,
                0.0,
                &format!("{name} row {}", i + 1),
            );
        }
        let d = weighted.design();
        let get = |stat: &str, domain: &str| {
            &figures[&vec![name.to_owned(), stat.to_owned(), domain.to_owned()]]
        };
        let n = f.len();
        let all = vec![0u32; n];
        let one = vec![1.0; n];
        let api00 = f.num("api00");
        for (stat, kind, y) in [
            ("mean_api00", EstimandKind::Mean, &api00),
            ("total_enroll", EstimandKind::Total, &f.num("enroll")),
            ("total_one", EstimandKind::Total, &one),
        ] {
            let want = get(stat, "ALL");
            let e = Breakdown::new(d, kind, y, &all, 1)
                .unwrap()
                .estimates(CiMethod::WaldZ, &th)
                .unwrap()
                .remove(0);
            let fig = e.figures().unwrap();
            let ctx = format!("{name} {stat}");
            tr.check(
                stat,
                fig.value,
                num(want, "estimate").unwrap(),
                1e-10,
                0.0,
                &ctx,
            );
            let se_r = num(want, "se").unwrap();
            match fig.se {
                Some(se) => tr.check(&format!("{stat} se"), se, se_r, 1e-9, 0.0, &ctx),
                // Calibrated to the population size: R's SE is rounding noise.
                None => assert!(se_r < 1e-9 * fig.value, "{ctx}: R se {se_r}"),
            }
        }
        // The primitive on the weighted design: same SE for the overall mean.
        let cov = d
            .covariance(
                &DomainMeans {
                    y: vec![&api00],
                    domain: None,
                },
                None,
            )
            .unwrap();
        tr.check(
            "primitive mean se",
            cov.se(0),
            num(get("mean_api00", "ALL"), "se").unwrap(),
            1e-9,
            0.0,
            name,
        );
        // Domains by awards (No, Yes).
        let (cells, levels) = f.codes("awards");
        let compimp: Vec<f64> = f
            .text("comp.imp")
            .iter()
            .map(|v| f64::from(u8::from(v == "Yes")))
            .collect();
        for (stat, kind, y) in [
            ("mean_api00", EstimandKind::Mean, &api00),
            ("prop_compimp", EstimandKind::Proportion, &compimp),
        ] {
            let est = Breakdown::new(d, kind, y, &cells, levels.len())
                .unwrap()
                .estimates(CiMethod::WaldZ, &th)
                .unwrap();
            for (i, l) in levels.iter().enumerate() {
                let want = get(stat, l);
                let fig = est[i].figures().unwrap();
                let ctx = format!("{name} {stat} {l}");
                tr.check(
                    stat,
                    fig.value,
                    num(want, "estimate").unwrap(),
                    1e-10,
                    0.0,
                    &ctx,
                );
                let se_r = num(want, "se").unwrap();
                match fig.se {
                    Some(se) => tr.check(&format!("domain {stat} se"), se, se_r, 1e-9, 0.0, &ctx),
                    None => assert!(se_r < 1e-12, "{ctx}: R se {se_r}"),
                }
            }
            // The domain mean through the primitive as well.
            if stat == "mean_api00" {
                let inside: Vec<bool> = cells.iter().map(|&c| c == 0).collect();
                let cov = d
                    .covariance(
                        &DomainMeans {
                            y: vec![&api00],
                            domain: Some(&inside),
                        },
                        Some(&inside),
                    )
                    .unwrap();
                tr.check(
                    "primitive domain se",
                    cov.se(0),
                    num(get(stat, &levels[0]), "se").unwrap(),
                    1e-9,
                    0.0,
                    name,
                );
            }
        }
    }
    tr.report("weighting");
}

#[test]
fn the_report_says_what_the_weighting_did() {
    let f = Frame::read("data/apiclus1.csv");
    let base = design(&f, "clus1");
    let w = Weighting {
        name: "census".into(),
        method: WeightingMethod::Rake,
        margins: vec![stype(), schwide()],
        options: options(100, 1e-10),
    };
    let out = w.apply(&base, &f.dataset()).unwrap();
    let r = &out.report;
    assert_eq!(r.name, "census");
    assert!(r.iterations > 1 && r.iterations < 100);
    assert_eq!(r.margins.len(), 5);
    let e = r.margins.iter().find(|m| m.category == "E").unwrap();
    assert_eq!((e.target, e.rows), (4421.0, 144));
    assert!((e.achieved - 4421.0).abs() < 1e-5, "{e:?}");
    assert!((e.before - 144.0 * f.num("pw")[0]).abs() < 1e-9);
    assert!(r.worst_relative_miss < 1e-9);
    assert!(
        r.factors.min > 0.8 && r.factors.max < 2.5,
        "{:?}",
        r.factors
    );
    assert!(r.factors.q1 <= r.factors.median && r.factors.median <= r.factors.q3);
    // All apiclus1 weights are equal before weighting: Kish's deff is 1, then above 1.
    assert!((r.kish_deff_before - 1.0).abs() < 1e-12);
    let ws = &out.weights;
    let (s, s2) = (
        ws.iter().sum::<f64>(),
        ws.iter().map(|x| x * x).sum::<f64>(),
    );
    assert!((r.kish_deff - 183.0 * s2 / (s * s)).abs() < 1e-12);
    assert!(r.kish_deff > 1.0);
    assert_eq!(r.extreme_count, 0);
    // The report is serialisable for the store and the pages.
    let json = serde_json::to_value(r).unwrap();
    assert_eq!(json["margins"][0]["margin"], "type");
}

#[test]
fn margins_are_read_from_a_csv_file_with_crossed_margins_and_totals() {
    let text = "margin,stype,awards,sch.wide,api99,target\n\
                type by awards,E,No,,,1500\ntype by awards,E,Yes,,,2921\n\
                type by awards,H,No,,,500\ntype by awards,H,Yes,,,255\n\
                type by awards,M,No,,,500\ntype by awards,M,Yes,,,518\n\
                school-wide,,,No,,1072\nschool-wide,,,Yes,,\"5,122\"\n\
                api99,,,,*,3914069\n";
    let margins = tessera_stats::weighting::margins_from_csv(text, "margins.csv").unwrap();
    assert_eq!(margins.len(), 3);
    assert_eq!(
        margins[0],
        Margin {
            name: "type by awards".into(),
            ..type_by_awards()
        }
    );
    assert_eq!(margins[1].variables, ["sch.wide"]);
    assert_eq!(margins[1].total(), 6194.0);
    assert_eq!(margins[2].targets, Targets::Total(3_914_069.0));

    let bad = "margin,stype,target\ntype,E,4421\ntype,E,12\n";
    let e = tessera_stats::weighting::margins_from_csv(bad, "m.csv").unwrap_err();
    assert_eq!(
        e.to_string(),
        "m.csv, line 3: margin \"type\": E is given twice"
    );
    let bad = "margin,stype,target\ntype,E,lots\n";
    let e = tessera_stats::weighting::margins_from_csv(bad, "m.csv").unwrap_err();
    assert!(
        e.to_string()
            .contains("line 2: target \"lots\" is not a number"),
        "{e}"
    );
    let bad = "stype,target\nE,4421\n";
    assert!(tessera_stats::weighting::margins_from_csv(bad, "m.csv").is_err());
}

#[test]
fn bad_margins_are_refused_with_a_clear_message_and_nothing_changes() {
    let f = Frame::read("data/apiclus1.csv");
    let data = f.dataset();
    let base = design(&f, "clus1");
    let before = base.weights().to_vec();
    let apply = |method, margins: Vec<Margin>, options: WeightingOptions| {
        Weighting {
            name: "w".into(),
            method,
            margins,
            options,
        }
        .apply(&base, &data)
        .unwrap_err()
    };
    // A category in the data without a target.
    let e = apply(
        WeightingMethod::Rake,
        vec![Margin::counts(
            "type",
            "stype",
            &[("E", 5000.0), ("H", 1194.0)],
        )],
        WeightingOptions::default(),
    );
    assert!(
        matches!(&e, WeightingError::MissingCategory { value, count: 25, .. } if value == "M"),
        "{e}"
    );
    // A target for a category nobody in the sample is in.
    let e = apply(
        WeightingMethod::PostStratify,
        vec![Margin::counts(
            "type",
            "stype",
            &[("E", 4000.0), ("H", 755.0), ("M", 1018.0), ("X", 421.0)],
        )],
        WeightingOptions::default(),
    );
    assert!(matches!(e, WeightingError::EmptyCategory { .. }), "{e}");
    // Margins describing different populations cannot all be met.
    let e = apply(
        WeightingMethod::Rake,
        vec![
            stype(),
            Margin::counts("sw", "sch.wide", &[("No", 1000.0), ("Yes", 5000.0)]),
        ],
        WeightingOptions::default(),
    );
    assert!(
        matches!(e, WeightingError::InconsistentTotals { .. }),
        "{e}"
    );
    assert!(e.to_string().contains("cannot all be met"));
    // Raking that cannot converge in the iterations allowed.
    let e = apply(
        WeightingMethod::Rake,
        vec![stype(), schwide(), awards()],
        options(2, 1e-12),
    );
    assert!(
        matches!(e, WeightingError::NotConverged { iterations: 2, .. }),
        "{e}"
    );
    // Bounds the calibration cannot meet.
    let e = apply(
        WeightingMethod::CalibrateLinear,
        vec![stype(), schwide()],
        WeightingOptions {
            bounds: Some([0.95, 1.05]),
            ..options(30, 1e-9)
        },
    );
    assert!(matches!(e, WeightingError::NotConverged { .. }), "{e}");
    // A margin variable that does not exist; logit without bounds.
    let e = apply(
        WeightingMethod::Rake,
        vec![Margin::counts("x", "nope", &[("a", 1.0)])],
        WeightingOptions::default(),
    );
    assert!(
        e.to_string().contains("\"nope\", which is not in the data"),
        "{e}"
    );
    let e = apply(
        WeightingMethod::CalibrateLogit,
        vec![stype()],
        WeightingOptions::default(),
    );
    assert!(e.to_string().contains("needs finite bounds"), "{e}");
    assert_eq!(base.weights(), before.as_slice());
}

#[test]
fn a_spec_names_its_weighting_and_every_row_says_which_it_is() {
    let f = Frame::read("data/apiclus1.csv");
    let data = f.dataset();
    let spec_text = |weighting: &str| {
        format!(
            "[design]\nweight = \"pw\"\npsu = \"dnum\"\nfpc = \"fpc\"\n\n{weighting}\n[[measure]]\nid = \"api\"\nkind = \"mean\"\nvariable = \"api00\"\n\n[output]\nby = [[\"awards\"]]\nmin_cell = 1\n"
        )
    };
    let want = rows_by("weighting.csv", &["weighting", "stat", "domain"]);
    let check = |report: &tessera_stats::Report, name: &str| {
        for row in &report.estimates {
            let r = &want[&vec![
                "clus1_rake".into(),
                "mean_api00".into(),
                row.by[0].1.clone(),
            ]];
            assert!((row.se.unwrap() - num(r, "se").unwrap()).abs() < 1e-9 * num(r, "se").unwrap());
            assert_eq!(row.weighting.as_deref(), Some(name));
        }
        assert_eq!(report.weightings.len(), 1);
        assert_eq!(report.weightings[0].name, name);
    };
    // Defined inline, with R's rake() control.
    let inline = "[weighting]\nname = \"census\"\nmethod = \"rake\"\noptions = { max_iterations = 10, epsilon = 1.0 }\n\n[[weighting.margin]]\nvariable = \"stype\"\ntargets = { E = 4421, H = 755, M = 1018 }\n\n[[weighting.margin]]\nname = \"school-wide\"\nvariable = \"sch.wide\"\ntargets = { No = 1072, Yes = 5122 }\n";
    let spec = tessera_stats::EstimateSpec::parse(&spec_text(inline), "s.toml").unwrap();
    assert!(spec.columns().contains(&"sch.wide".to_owned()));
    let report = tessera_stats::report::run(&spec, &data, |_, _| {}).unwrap();
    check(&report, "census");

    // Margins in a file the caller reads.
    let file = "[weighting]\nname = \"census\"\nmethod = \"rake\"\nmargins_file = \"margins.csv\"\noptions = { max_iterations = 10, epsilon = 1.0 }\n";
    let mut spec = tessera_stats::EstimateSpec::parse(&spec_text(file), "s.toml").unwrap();
    assert_eq!(spec.margins_file(), Some("margins.csv"));
    let err = tessera_stats::report::run(&spec, &data, |_, _| {}).unwrap_err();
    assert!(err.to_string().contains("has not been read"), "{err}");
    spec.set_margins("margin,stype,sch.wide,target\ntype,E,,4421\ntype,H,,755\ntype,M,,1018\nschool-wide,,No,1072\nschool-wide,,Yes,5122\n")
        .unwrap();
    let report = tessera_stats::report::run(&spec, &data, |_, _| {}).unwrap();
    check(&report, "census");

    // A weighting the caller keeps, used by name.
    let named = "[weighting]\nuse = \"census\"\n";
    let spec = tessera_stats::EstimateSpec::parse(&spec_text(named), "s.toml").unwrap();
    let err = tessera_stats::report::run(&spec, &data, |_, _| {}).unwrap_err();
    assert!(
        err.to_string()
            .contains("\"census\", which is not a weighting"),
        "{err}"
    );
    let options = tessera_stats::report::RunOptions {
        weightings: vec![Weighting {
            name: "census".into(),
            method: WeightingMethod::Rake,
            margins: vec![stype(), schwide()],
            options: options(10, 1.0),
        }],
        ..Default::default()
    };
    let report = tessera_stats::report::run_with(&spec, &data, &options, |_, _| {}).unwrap();
    check(&report, "census");
    // The description round-trips through JSON, for the store.
    let json = serde_json::to_string(&options.weightings[0]).unwrap();
    let back: Weighting = serde_json::from_str(&json).unwrap();
    assert_eq!(back, options.weightings[0]);

    // Mistakes in the table are reported with its line.
    let bad = "[weighting]\nname = \"w\"\nmethod = \"ipf\"\n";
    let errors = tessera_stats::EstimateSpec::parse(&spec_text(bad), "s.toml").unwrap_err();
    assert!(errors.iter().all(|e| e.line == Some(6)), "{errors:?}");
    assert!(errors[0].message.contains("\"ipf\" is not one of"));
    assert!(errors[1].message.contains("needs margins"));
}
