//! Paired change against base R (`change_reference/reference.R`): `t.test(paired = TRUE)`,
//! `mcnemar.test`, `binom.test`, `prop.test(correct = FALSE)` and Newcombe's method 10 written in
//! R from the paper. R also generated the participants (`pairs.csv`).

use std::collections::HashMap;
use std::path::Path;

use tessera_stats::change::{
    Audience, Change, ChangeIndicator, ChangeOptions, ChangeReason, Direction, paired_change,
};

fn dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/change_reference")
}

fn number(s: &str) -> f64 {
    if s.is_empty() {
        f64::NAN
    } else {
        s.parse().unwrap()
    }
}

struct Pairs {
    cells: Vec<u32>,
    scale_base: Vec<f64>,
    scale_follow: Vec<f64>,
    yn_base: Vec<f64>,
    yn_follow: Vec<f64>,
}

fn pairs() -> Pairs {
    let mut r = csv::Reader::from_path(dir().join("pairs.csv")).unwrap();
    let mut p = Pairs {
        cells: vec![],
        scale_base: vec![],
        scale_follow: vec![],
        yn_base: vec![],
        yn_follow: vec![],
    };
    for rec in r.records() {
        let rec = rec.unwrap();
        p.cells.push(rec[0].parse().unwrap());
        p.scale_base.push(number(&rec[1]));
        p.scale_follow.push(number(&rec[2]));
        p.yn_base.push(number(&rec[3]));
        p.yn_follow.push(number(&rec[4]));
    }
    p
}

/// (cell, indicator, figure) → R's value.
fn reference() -> HashMap<(u32, String, String), f64> {
    let mut r = csv::Reader::from_path(dir().join("reference.csv")).unwrap();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            (
                (
                    rec[0].parse().unwrap(),
                    rec[1].to_owned(),
                    rec[2].to_owned(),
                ),
                number(&rec[3]),
            )
        })
        .collect()
}

struct Checker {
    reference: HashMap<(u32, String, String), f64>,
    checked: usize,
    worst: (f64, String),
}

impl Checker {
    fn check(&mut self, cell: u32, indicator: &str, figure: &str, ours: f64) {
        let key = (cell, indicator.to_owned(), figure.to_owned());
        let r = *self
            .reference
            .get(&key)
            .unwrap_or_else(|| panic!("R has no {key:?}"));
        let err = (ours - r).abs();
        let rel = if r == 0.0 { err } else { err / r.abs() };
        assert!(
            rel <= 1e-9 || err <= 1e-15,
            "{key:?}: ours {ours}, R {r} (relative error {rel:e})"
        );
        self.checked += 1;
        if r != 0.0 && rel > self.worst.0 {
            self.worst = (rel, format!("{key:?}"));
        }
    }

    fn missing(&self, cell: u32, indicator: &str, figure: &str) -> bool {
        !self
            .reference
            .contains_key(&(cell, indicator.to_owned(), figure.to_owned()))
    }
}

fn owner() -> ChangeOptions {
    ChangeOptions::for_audience(Audience::Owner)
}

#[test]
fn paired_change_equals_r_for_scale_and_yes_no_indicators() {
    let p = pairs();
    let mut c = Checker {
        reference: reference(),
        checked: 0,
        worst: (0.0, String::new()),
    };
    let n_cells = 7;
    let scale = paired_change(
        &p.scale_base,
        &p.scale_follow,
        &p.cells,
        n_cells,
        &ChangeIndicator::scale(Direction::HigherIsBetter),
        &owner(),
    )
    .unwrap();
    let lower = paired_change(
        &p.scale_base,
        &p.scale_follow,
        &p.cells,
        n_cells,
        &ChangeIndicator::scale(Direction::LowerIsBetter)
            .with_same_band(1.0)
            .unwrap(),
        &owner(),
    )
    .unwrap();
    let yes_no = paired_change(
        &p.yn_base,
        &p.yn_follow,
        &p.cells,
        n_cells,
        &ChangeIndicator::yes_no(Direction::HigherIsBetter),
        &owner(),
    )
    .unwrap();
    for cell in 0..n_cells as u32 {
        let i = cell as usize;
        let s = &scale[i];
        let base = s.baseline.figures().unwrap();
        c.check(cell, "scale", "n_baseline", base.n as f64);
        c.check(cell, "scale", "baseline_mean_all", base.value);
        let fu = s.follow_up.figures().unwrap();
        c.check(cell, "scale", "n_followed_up", fu.n_followed_up as f64);
        c.check(cell, "scale", "attrition", fu.attrition as f64);
        let Change::Scale(m) = s.change.figures().unwrap() else {
            panic!("scale")
        };
        c.check(cell, "scale", "mean_baseline", m.mean_baseline);
        c.check(cell, "scale", "mean_follow_up", m.mean_follow_up);
        c.check(cell, "scale", "mean_change", m.mean_change);
        if c.missing(cell, "scale", "t") {
            // R refuses "essentially constant" data; so do we, with a reason.
            assert_eq!(m.se, None, "cell {cell}");
            assert!(s.change.reasons().contains(&ChangeReason::NoVariation));
        } else {
            let ci = m.ci.unwrap();
            c.check(cell, "scale", "t", m.t.unwrap());
            c.check(cell, "scale", "df", m.df.unwrap());
            c.check(cell, "scale", "p_value", m.p_value.unwrap());
            c.check(cell, "scale", "ci_low", ci.low);
            c.check(cell, "scale", "ci_high", ci.high);
            c.check(cell, "scale", "se", m.se.unwrap());
        }
        for (name, result) in [
            ("scale", s),
            ("scale_lower_band1", &lower[i]),
            ("yes_no", &yes_no[i]),
        ] {
            let d = result.change.figures().unwrap().directions();
            for (word, share) in [
                ("improved", &d.improved),
                ("same", &d.same),
                ("worsened", &d.worsened),
            ] {
                c.check(cell, name, &format!("{word}_count"), share.count as f64);
                c.check(cell, name, &format!("{word}_share"), share.share);
                c.check(cell, name, &format!("{word}_low"), share.ci.low);
                c.check(cell, name, &format!("{word}_high"), share.ci.high);
            }
        }
        let Change::YesNo(y) = yes_no[i].change.figures().unwrap() else {
            panic!("yes/no")
        };
        c.check(cell, "yes_no", "n_followed_up", y.n as f64);
        c.check(cell, "yes_no", "yes_no", y.table.yes_no as f64);
        c.check(cell, "yes_no", "no_yes", y.table.no_yes as f64);
        c.check(cell, "yes_no", "baseline", y.baseline);
        c.check(cell, "yes_no", "follow_up", y.follow_up);
        c.check(cell, "yes_no", "difference", y.difference);
        c.check(cell, "yes_no", "exact_p", y.exact_p);
        c.check(cell, "yes_no", "newcombe_low", y.ci.low);
        c.check(cell, "yes_no", "newcombe_high", y.ci.high);
        if c.missing(cell, "yes_no", "mcnemar_p") {
            assert_eq!(y.mcnemar_p, None, "cell {cell}");
        } else {
            c.check(
                cell,
                "yes_no",
                "mcnemar_statistic",
                y.mcnemar_statistic.unwrap(),
            );
            c.check(cell, "yes_no", "mcnemar_p", y.mcnemar_p.unwrap());
        }
    }
    assert!(c.checked > 350, "only {} figures compared", c.checked);
    eprintln!(
        "compared {} figures with R; worst relative error {:e} at {}",
        c.checked, c.worst.0, c.worst.1
    );
}
