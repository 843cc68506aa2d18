//! The spec's analyses against R `survey` 4.1-1 (`tests/reference/spec.R`): subpopulations,
//! derived bands, categorical distributions, contrasts, several focal groups, pairwise
//! comparisons with Bonferroni intervals, the trend of a gap, design effects of totals.

use tessera_stats::{EstimateSpec, Reason, Status, Verdict, report};

use crate::api::{Frame, rows_by};
use crate::common::{Tracker, fixture, num};

const CLUS1: &str = "[design]\nweight = \"pw\"\npsu = \"dnum\"\nfpc = \"fpc\"\n\n";

fn run(spec: &str, data: &tessera_data::Dataset) -> tessera_stats::Report {
    let spec = EstimateSpec::parse(spec, "spec.toml").unwrap_or_else(|e| panic!("{e:?}"));
    report::run(&spec, data, |_, _| {}).unwrap_or_else(|e| panic!("{e}"))
}

fn reference(case: &str, key: &str) -> std::collections::HashMap<String, String> {
    rows_by("spec.csv", &["case", "key"])
        .remove(&vec![case.to_owned(), key.to_owned()])
        .unwrap_or_else(|| panic!("no reference {case} {key}"))
}

fn by(row: &[(String, String)], variable: &str) -> String {
    row.iter().find(|(k, _)| k == variable).unwrap().1.clone()
}

#[test]
fn a_filter_is_a_subpopulation_with_the_variance_over_the_whole_sample() {
    let data = Frame::read("data/apiclus1.csv").dataset();
    let r = run(
        &format!(
            "{CLUS1}[[filter]]\nvariable = \"stype\"\nnot_in = [\"E\"]\n\n[[measure]]\nid = \"api\"\nkind = \"mean\"\nvariable = \"api00\"\n\n[output]\nby = [[\"awards\"]]\nmin_cell = 1\n"
        ),
        &data,
    );
    let mut tr = Tracker::default();
    assert_eq!(r.estimates.len(), 2);
    for e in &r.estimates {
        let want = reference("filter_mean", &by(&e.by, "awards"));
        tr.check(
            "filter mean",
            e.estimate.unwrap(),
            num(&want, "estimate").unwrap(),
            1e-12,
            0.0,
            "",
        );
        tr.check(
            "filter se",
            e.se.unwrap(),
            num(&want, "se").unwrap(),
            1e-10,
            0.0,
            "",
        );
        assert_eq!(e.df, num(&want, "df"));
    }
    // A filter that keeps nobody is an error, not empty output.
    let spec = EstimateSpec::parse(
        &format!("{CLUS1}[[filter]]\nvariable = \"stype\"\nin = [\"X\"]\n\n[[measure]]\nid = \"api\"\nkind = \"mean\"\nvariable = \"api00\"\n"),
        "s.toml",
    )
    .unwrap();
    let err = report::run(&spec, &data, |_, _| {}).unwrap_err();
    assert!(
        err.to_string()
            .contains("selects nobody (stype is one of [\"X\"])"),
        "{err}"
    );
    tr.report("filters");
}

#[test]
fn derived_bands_recodes_sums_and_any_of_are_computed_before_estimating() {
    let data = Frame::read("data/apiclus1.csv").dataset();
    let r = run(
        &format!(
            "{CLUS1}[[derive]]\nname = \"band\"\nfrom = \"api99\"\nbands = [400, 600, 700]\nlabels = [\"400-599\", \"600-699\", \"700+\"]\n\n[[measure]]\nid = \"api\"\nkind = \"mean\"\nvariable = \"api00\"\n\n[output]\nby = [[\"band\"]]\nmin_cell = 1\n"
        ),
        &data,
    );
    let mut tr = Tracker::default();
    let bands: Vec<String> = r.estimates.iter().map(|e| by(&e.by, "band")).collect();
    // api99 below 400 is below the first break: blank, so "not stated".
    assert_eq!(
        bands,
        ["400-599", "600-699", "700+", tessera_stats::NOT_STATED]
    );
    for e in &r.estimates[..3] {
        let want = reference("band_mean", &by(&e.by, "band"));
        tr.check(
            "band mean",
            e.estimate.unwrap(),
            num(&want, "estimate").unwrap(),
            1e-12,
            0.0,
            "",
        );
        tr.check(
            "band se",
            e.se.unwrap(),
            num(&want, "se").unwrap(),
            1e-10,
            0.0,
            "",
        );
    }
    tr.report("derived bands");

    // Recode, sum and any-of on a small table.
    let small = tessera_data::Dataset::from_columns(vec![
        tessera_data::Column::text("q", &[Some("a"), Some("b"), Some("c"), None]),
        tessera_data::Column::numeric("x1", vec![1.0, 2.0, f64::NAN, 4.0]),
        tessera_data::Column::numeric("x2", vec![10.0, 20.0, 30.0, 40.0]),
        tessera_data::Column::text("h1", &[Some("yes"), Some("no"), None, None]),
        tessera_data::Column::text("h2", &[Some("no"), Some("no"), Some("yes"), None]),
    ])
    .unwrap();
    let r = run(
        "[[derive]]\nname = \"q2\"\nfrom = \"q\"\nrecode = { a = \"A\", b = \"A\" }\nother = \"other\"\n\n[[derive]]\nname = \"total\"\nsum = [\"x1\", \"x2\"]\n\n[[derive]]\nname = \"any\"\nany_of = [\"h1\", \"h2\"]\nvalues = [\"yes\"]\n\n[[measure]]\nid = \"t\"\nkind = \"mean\"\nvariable = \"total\"\n\n[[measure]]\nid = \"any\"\nkind = \"mean\"\nvariable = \"any\"\n\n[output]\nby = [[\"q2\"]]\nmin_cell = 1\n",
        &small,
    );
    let get = |m: &str, level: &str| {
        r.estimates
            .iter()
            .find(|e| e.measure == m && by(&e.by, "q2") == level)
            .and_then(|e| e.estimate)
    };
    // Rows 1–2 are "A" (totals 11 and 22); row 3 "other" (x1 blank: no total); row 4 blank.
    assert_eq!(get("t", "A"), Some(16.5));
    assert_eq!(get("t", "other"), None);
    // any: row 1 yes, row 2 no, row 3 yes, row 4 all blank.
    assert_eq!(get("any", "A"), Some(0.5));
    assert_eq!(get("any", "other"), Some(1.0));
    assert_eq!(get("any", tessera_stats::NOT_STATED), None);
}

#[test]
fn a_distribution_gives_every_category_with_r_s_standard_errors() {
    let data = Frame::read("data/apiclus1.csv").dataset();
    let r = run(
        &format!(
            "{CLUS1}[[measure]]\nid = \"type\"\nkind = \"distribution\"\nvariable = \"stype\"\n\n[output]\nby = [[], [\"awards\"]]\nmin_cell = 1\n"
        ),
        &data,
    );
    let mut tr = Tracker::default();
    assert_eq!(r.estimates.len(), 9);
    for e in &r.estimates {
        let cat = e.category.clone().unwrap();
        let award = by(&e.by, "awards");
        let want = if award == tessera_stats::ALL {
            reference("distribution", &cat)
        } else {
            reference("distribution_by", &format!("{award} {cat}"))
        };
        tr.check(
            "share",
            e.estimate.unwrap(),
            num(&want, "estimate").unwrap(),
            1e-12,
            0.0,
            &cat,
        );
        tr.check(
            "share se",
            e.se.unwrap(),
            num(&want, "se").unwrap(),
            1e-10,
            0.0,
            &cat,
        );
    }
    tr.report("distributions");
}

#[test]
fn contrasts_focal_groups_and_pairs_reproduce_svycontrast() {
    let data = Frame::read("data/apiclus1.csv").dataset();
    let r = run(
        &format!(
            "{CLUS1}[[measure]]\nid = \"api\"\nkind = \"mean\"\nvariable = \"api00\"\n\n[output]\nby = [[\"stype\"]]\ncompare = {{ variable = \"stype\", focal = [\"H\", \"M\"], reference = \"E\" }}\npairwise = [\"stype\"]\nmin_cell = 1\nunreliable_n = 1\nunreliable_cv = 1.0\n\n[[output.contrast]]\nname = \"E vs H and M\"\nvariable = \"stype\"\ncoefficients = {{ E = 1, H = -0.5, M = -0.5 }}\n"
        ),
        &data,
    );
    let mut tr = Tracker::default();
    let k = &r.contrasts[0];
    let want = reference("contrast", "E vs H and M");
    tr.check(
        "contrast",
        k.estimate.unwrap(),
        num(&want, "estimate").unwrap(),
        1e-12,
        0.0,
        "",
    );
    tr.check(
        "contrast se",
        k.se.unwrap(),
        num(&want, "se").unwrap(),
        1e-10,
        0.0,
        "",
    );
    assert_eq!(k.df, num(&want, "df"));
    let z = tessera_stats::dist::qnorm(0.975);
    tr.check(
        "contrast z lo",
        k.ci_low_z.unwrap(),
        k.estimate.unwrap() - z * k.se.unwrap(),
        1e-14,
        0.0,
        "",
    );
    // Two focal groups against E, then the three Bonferroni-adjusted pairs.
    assert_eq!(r.comparisons.len(), 5);
    for c in &r.comparisons {
        let key = format!("{} - {}", c.focal, c.reference);
        let want = reference("pair", &key);
        tr.check(
            "difference",
            c.difference.unwrap(),
            num(&want, "estimate").unwrap(),
            1e-12,
            1e-12,
            &key,
        );
        tr.check(
            "difference se",
            c.se.unwrap(),
            num(&want, "se").unwrap(),
            1e-10,
            0.0,
            &key,
        );
        assert_eq!(c.df, num(&want, "df"), "{key}");
        let p = 2.0
            * tessera_stats::dist::pt(
                -(c.difference.unwrap() / c.se.unwrap()).abs(),
                c.df.unwrap(),
            );
        tr.check("p value", c.p_value.unwrap(), p, 1e-12, 0.0, &key);
        match &c.adjustment {
            Some(a) => {
                assert_eq!((a.method.as_str(), a.family_size), ("bonferroni", 3));
                let q = num(&want, "extra").unwrap();
                tr.check(
                    "bonferroni lo",
                    c.ci_low.unwrap(),
                    c.difference.unwrap() - q * c.se.unwrap(),
                    1e-9,
                    0.0,
                    &key,
                );
                assert_eq!(c.p_adjusted, Some((3.0 * p).min(1.0)));
            }
            None => assert!(c.p_adjusted.is_none()),
        }
        assert_eq!(
            c.verdict(),
            Verdict::NotClear,
            "{key}: no pair is clearly different"
        );
    }
    tr.report("contrasts and pairs");
}

#[test]
fn the_trend_of_a_gap_across_waves_is_a_slope_with_its_interval() {
    let data = Frame::read("../fixtures/synthetic_small.csv").dataset();
    let r = run(
        "[design]\nweight = \"weight\"\nstrata = \"stratum\"\npsu = \"psu\"\n\n[[measure]]\nid = \"agree\"\nkind = \"proportion\"\nvariable = \"getting_on_well\"\nsuccess = [1, 2]\nexclude = [\"dont_know\"]\n\n[output]\nby = [[\"wave\", \"group\"]]\ncompare = { variable = \"group\", focal = \"newcomer\", reference = \"settled\" }\ntrend = \"wave\"\nmin_cell = 1\n",
        &data,
    );
    let t = &r.gap_trends[0];
    let want = reference("gap_trend", "newcomer - settled");
    let mut tr = Tracker::default();
    tr.check(
        "slope",
        t.slope.unwrap(),
        num(&want, "estimate").unwrap(),
        1e-12,
        0.0,
        "",
    );
    tr.check(
        "slope se",
        t.se.unwrap(),
        num(&want, "se").unwrap(),
        1e-10,
        0.0,
        "",
    );
    assert_eq!(t.df, num(&want, "df"));
    assert_eq!(t.waves, ["2022", "2023", "2024"]);
    assert_eq!(
        (t.focal.as_str(), t.reference.as_str()),
        ("newcomer", "settled")
    );
    assert_eq!(t.status, Status::Ok);
    assert!(t.reasons.is_empty());
    // The first-to-last change is still there, now with its pair and a z interval.
    let g = &r.gap_changes[0];
    assert_eq!(
        (g.focal.as_str(), g.earlier.as_str(), g.later.as_str()),
        ("newcomer", "2022", "2024")
    );
    assert!(g.ci_low_z.is_some() && g.df == Some(152.0));
    tr.report("gap trend");
    let _ = fixture;
}

#[test]
fn totals_have_a_design_effect_as_r_s_deff_replace() {
    let data = Frame::read("data/apistrat.csv").dataset();
    let r = run(
        "[design]\nweight = \"pw\"\nstrata = \"stype\"\nfpc = \"fpc\"\n\n[[measure]]\nid = \"enroll\"\nkind = \"total\"\nvariable = \"enroll\"\n\n[output]\nby = [[], [\"awards\"]]\nmin_cell = 1\n",
        &data,
    );
    let mut tr = Tracker::default();
    for e in &r.estimates {
        let want = reference("total_deff", &by(&e.by, "awards"));
        tr.check(
            "total",
            e.estimate.unwrap(),
            num(&want, "estimate").unwrap(),
            1e-12,
            0.0,
            "",
        );
        tr.check(
            "total deff",
            e.deff.unwrap(),
            num(&want, "extra").unwrap(),
            1e-10,
            0.0,
            "",
        );
    }
    tr.report("design effect of totals");
}

#[test]
fn spec_mistakes_in_the_new_tables_are_reported_with_their_lines() {
    let text = "[[derive]]\nname = \"b\"\nfrom = \"x\"\nbands = [3, 2]\n\n[[filter]]\nvariable = \"x\"\nin = [1]\nbelow = 3\n\n[[measure]]\nid = \"d\"\nkind = \"distribution\"\nvariable = \"x\"\nsuccess = [1]\n";
    let errors = EstimateSpec::parse(text, "s.toml").unwrap_err();
    let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [Some(11), Some(1), Some(6)], "{errors:?}");
    assert!(errors[0].message.contains("leave out success"));
    assert!(errors[1].message.contains("bands must be increasing"));
    assert!(errors[2].message.contains("exactly one of in"));
    let _ = Reason::GroupAbsent;
}
