use super::rng::{exp, split};
use super::town::{TINY_NEWCOMERS, WARDS, WAVES};
use super::*;
use crate::model::{Column, ColumnValues, Format, VariableKind};
use crate::{CodebookEntry, CodebookFile, ReadOptions, read_bytes};

fn column<'a>(d: &'a Dataset, name: &str) -> &'a Column {
    d.column(name).expect("column exists")
}

/// Born abroad and in the UK less than five years.
fn is_newcomer(d: &Dataset, row: usize) -> bool {
    column(d, "country_of_birth").text_at(row).as_deref() != Some("UK")
        && column(d, "years_in_uk")
            .number_at(row)
            .is_some_and(|y| y < 5.0)
}

fn rows(rows: usize) -> SyntheticOptions {
    SyntheticOptions {
        rows,
        ..SyntheticOptions::default()
    }
}

/// Weighted share of `yes` (or of codes 1–2) among valid answers, by wave and newcomer flag.
fn weighted_rate(
    d: &Dataset,
    name: &str,
    wave: f64,
    newcomer: bool,
    hit: impl Fn(&str) -> Option<bool>,
) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    for row in 0..d.n_rows {
        if column(d, "wave").number_at(row) != Some(wave) || is_newcomer(d, row) != newcomer {
            continue;
        }
        let Some(value) = column(d, name).text_at(row) else {
            continue;
        };
        let Some(h) = hit(&value) else { continue };
        let w = column(d, "weight").number_at(row).expect("weight");
        den += w;
        if h {
            num += w;
        }
    }
    num / den
}

fn agree(v: &str) -> Option<bool> {
    match v {
        "1" | "2" => Some(true),
        "3" | "4" => Some(false),
        _ => None,
    }
}

fn yes(v: &str) -> Option<bool> {
    match v {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

#[test]
fn same_seed_gives_identical_data() {
    let o = SyntheticOptions::default();
    assert_eq!(to_csv(&generate(&o)), to_csv(&generate(&o)));
    assert_eq!(generate_csv(&o), generate_csv(&o));
    let other = SyntheticOptions { seed: 7, ..o };
    assert_ne!(generate_csv(&o), generate_csv(&other));
}

/// Pins the output, so a platform (or a change) that alters the data is noticed.
///
/// Update the hash deliberately when the generator is changed on purpose.
#[test]
fn output_is_pinned() {
    let csv = generate_csv(&SyntheticOptions { seed: 1, rows: 300 });
    // FNV-1a, 64 bits.
    let hash = csv.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    assert_eq!(
        hash,
        6_038_932_686_136_378_649,
        "csv starts:\n{}",
        &csv[..400]
    );
}

#[test]
fn exp_matches_the_standard_library() {
    for i in -2000..=2000 {
        let x = f64::from(i) / 50.0;
        let rel = (exp(x) - x.exp()).abs() / x.exp();
        assert!(rel < 1e-15, "exp({x}): relative error {rel}");
    }
}

#[test]
fn row_counts() {
    for n in [0, 1, 7, 100, 3000] {
        let d = generate(&rows(n));
        assert_eq!(d.n_rows, n);
        assert!(d.columns.iter().all(|c| c.len() == n));
        assert_eq!(d.columns.len(), 25);
        assert_eq!(generate_csv(&rows(n)).lines().count(), n + 1);
    }
    assert_eq!(generate(&SyntheticOptions::default()).n_rows, 3000);
}

#[test]
fn newcomer_share_is_about_a_fifth() {
    for o in [SyntheticOptions::default(), rows(20_000)] {
        let d = generate(&o);
        let n = (0..d.n_rows).filter(|&r| is_newcomer(&d, r)).count();
        let share = n as f64 / d.n_rows as f64;
        assert!((0.18..=0.22).contains(&share), "newcomer share {share}");
    }
}

#[test]
fn fernlea_has_tiny_newcomer_cells() {
    let d = generate(&SyntheticOptions::default());
    for (wave, expected) in WAVES.iter().zip(TINY_NEWCOMERS) {
        let n = (0..d.n_rows)
            .filter(|&r| {
                column(&d, "wave").number_at(r) == Some(f64::from(*wave))
                    && column(&d, "ward").text_at(r).as_deref() == Some("Fernlea")
                    && is_newcomer(&d, r)
            })
            .count();
        assert_eq!(n, expected);
        assert!(n > 0 && n < 10);
    }
}

#[test]
fn weights_are_positive_and_design_like() {
    let d = generate(&SyntheticOptions::default());
    let ColumnValues::Numeric(w) = &column(&d, "weight").values else {
        panic!("weight is numeric");
    };
    assert!(w.iter().all(|x| x.is_finite() && *x > 0.0));
    let (lo, hi) = w
        .iter()
        .fold((f64::MAX, f64::MIN), |(l, h), x| (l.min(*x), h.max(*x)));
    assert!(hi / lo > 3.0, "weights vary: {lo}..{hi}");
    // Each wave grosses up to the town's adult population (80,000), give or take.
    let total: f64 = w.iter().sum::<f64>() / 3.0;
    assert!((70_000.0..95_000.0).contains(&total), "total {total}");
}

#[test]
fn codebook_is_complete() {
    let d = generate(&SyntheticOptions::default());
    assert_eq!(d.codebook.variables.len(), d.columns.len());
    for (v, c) in d.codebook.variables.iter().zip(&d.columns) {
        assert_eq!(v.name, c.name);
        assert_eq!(v.kind, c.kind());
        assert!(v.label.is_some(), "{} has a label", v.name);
    }
    let cb = &d.codebook;
    assert_eq!(
        cb.value_label("getting_on_well", "1"),
        Some("Definitely agree")
    );
    assert_eq!(
        cb.value_label("getting_on_well", "4"),
        Some("Definitely disagree")
    );
    assert_eq!(
        cb.value_label("belong_neighbourhood", "4"),
        Some("Not at all strongly")
    );
    assert_eq!(
        cb.value_label("conversation_english", "5"),
        Some("Very well")
    );
    let gow = cb.variable("getting_on_well").expect("entry");
    assert!(gow.missing.contains_text("dont_know"));
    assert_eq!(gow.kind, VariableKind::Numeric);
}

#[test]
fn waves_are_exactly_three() {
    let d = generate(&SyntheticOptions::default());
    let mut waves: Vec<f64> = (0..d.n_rows)
        .filter_map(|r| column(&d, "wave").number_at(r))
        .collect();
    waves.sort_by(f64::total_cmp);
    waves.dedup();
    assert_eq!(waves, [2023.0, 2024.0, 2025.0]);
}

#[test]
fn codes_stay_in_their_ranges() {
    let d = generate(&rows(6000));
    let check = |name: &str, lo: f64, hi: f64| {
        for r in 0..d.n_rows {
            if let Some(x) = column(&d, name).number_at(r) {
                assert!((lo..=hi).contains(&x) && x.fract() == 0.0, "{name} = {x}");
            }
        }
    };
    check("getting_on_well", 1.0, 4.0);
    check("belong_neighbourhood", 1.0, 4.0);
    check("conversation_english", 1.0, 5.0);
    check("trust_police", 0.0, 10.0);
    check("years_in_uk", 0.0, 40.0);
    for r in 0..d.n_rows {
        let uk = column(&d, "country_of_birth").text_at(r).as_deref() == Some("UK");
        assert_eq!(uk, column(&d, "years_in_uk").is_missing(r));
        let english = column(&d, "first_language_english").text_at(r);
        if english.as_deref() == Some("yes") {
            assert_eq!(
                column(&d, "esol_attending").text_at(r).as_deref(),
                Some("no")
            );
        }
    }
    let employed = column(&d, "employed");
    let ColumnValues::Text { levels, .. } = &employed.values else {
        panic!("employed is text");
    };
    assert!(levels.iter().any(|l| l == "NA"));
}

#[test]
fn gaps_differ_by_indicator_and_agreement_gap_narrows() {
    let d = generate(&rows(20_000));
    let gap = |name: &str, wave: f64, hit: &dyn Fn(&str) -> Option<bool>| {
        weighted_rate(&d, name, wave, true, hit) - weighted_rate(&d, name, wave, false, hit)
    };
    let first = gap("getting_on_well", 2023.0, &agree);
    let last = gap("getting_on_well", 2025.0, &agree);
    assert!(first < -0.10, "2023 agreement gap {first}");
    assert!(last > first + 0.05, "gap narrows: {first} -> {last}");
    assert!(gap("registered_gp", 2023.0, &yes) < -0.10);
    assert!(gap("employed", 2023.0, &yes) < -0.10);
    assert!(gap("digital_confident", 2023.0, &yes) < -0.03);
    assert!(gap("volunteered_last_year", 2024.0, &yes).abs() < 0.05);
    let trust = |newcomer: bool| {
        let (mut num, mut den) = (0.0, 0.0);
        for r in 0..d.n_rows {
            if is_newcomer(&d, r) == newcomer
                && let Some(t) = column(&d, "trust_police").number_at(r)
            {
                let w = column(&d, "weight").number_at(r).expect("weight");
                num += w * t;
                den += w;
            }
        }
        num / den
    };
    assert!(trust(true) > trust(false) + 0.4);
}

#[test]
fn csv_reads_back_to_the_same_values() {
    let o = SyntheticOptions { seed: 5, rows: 900 };
    let d = generate(&o);
    let csv = generate_csv(&o);
    assert!(csv.contains(",dont_know,"));
    let entries = d
        .codebook
        .variables
        .iter()
        .enumerate()
        .map(|(i, v)| CodebookEntry {
            name: v.name.clone(),
            line: i + 1,
            label: v.label.clone(),
            value_labels: v.value_labels.clone(),
            missing: v.missing.clone(),
            measure: v.measure,
        })
        .collect();
    let options = ReadOptions {
        codebook: Some(CodebookFile {
            file: "codebook.toml".to_owned(),
            entries,
        }),
        ..ReadOptions::default()
    };
    let read = read_bytes(csv.as_bytes(), Format::Csv, &options).expect("reads");
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    let back = read.dataset;
    assert_eq!(back.n_rows, d.n_rows);
    assert_eq!(back.codebook.variables, d.codebook.variables);
    for (a, b) in d.columns.iter().zip(&back.columns) {
        assert_eq!(a.name, b.name);
        assert_eq!(a.kind(), b.kind(), "{}", a.name);
        for r in 0..d.n_rows {
            assert_eq!(a.text_at(r), b.text_at(r), "{} row {r}", a.name);
        }
    }
    assert_eq!(to_csv(&back), to_csv(&d));
}

#[test]
fn to_csv_quotes_when_needed() {
    let d = Dataset::from_columns(vec![
        Column::text("a,b", &[Some("x\"y"), None, Some(" pad")]),
        Column::numeric("n", vec![1.0, f64::NAN, 2.5]),
    ])
    .expect("equal lengths");
    assert_eq!(to_csv(&d), "\"a,b\",n\n\"x\"\"y\",1\n,\n\" pad\",2.5\n");
}

#[test]
fn split_is_exact() {
    assert_eq!(split(10, &[1.0, 1.0, 1.0]), [4, 3, 3]);
    assert_eq!(split(0, &[1.0, 2.0]), [0, 0]);
    assert_eq!(split(5, &[]), Vec::<usize>::new());
    let parts = split(1001, &WARDS.map(|w| w.share));
    assert_eq!(parts.iter().sum::<usize>(), 1001);
}
