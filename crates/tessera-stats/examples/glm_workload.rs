//! Times a design-based logistic regression with 10 terms on the 200,000-row synthetic survey
//! (issue 16: at least 20× faster than R's `svyglm`), and the regression-adjusted gap built on
//! it. Run by `scripts/bench-models`, which runs R beside it and compares the coefficients.
//!
//! ```sh
//! cargo run --release -p tessera-stats --example glm_workload -- synthetic_medium.csv out_prefix
//! ```
//!
//! Model: agree (getting_on_well 1–2 = 1, 3–4 = 0, otherwise left out) ~ group + age_band +
//! gender + wave, as factors (1 + 4 + 3 + 2 = 10 terms and an intercept), on the design
//! `ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE`. The CSV reading time is
//! reported apart.

use std::collections::HashMap;
use std::io::Write;
use std::time::Instant;

use tessera_stats::glm::margins::{AdjustedGapSpec, adjusted_gap};
use tessera_stats::glm::{Family, GlmControl, GlmSpec, indicator_terms, svyglm};
use tessera_stats::{Design, DesignSpec, LonelyPsu};

/// CPU time of this thread in seconds (Linux `/proc/thread-self/schedstat`; 0 elsewhere): the
/// machine is shared, so wall-clock times depend on the others' load.
fn cpu_s() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

/// Dense codes of text values, levels sorted (as R's `factor`).
fn factor(values: &[String]) -> (Vec<Option<u32>>, Vec<String>) {
    let mut levels: Vec<String> = values.to_vec();
    levels.sort();
    levels.dedup();
    let index: HashMap<&str, u32> = levels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), u32::try_from(i).expect("few levels")))
        .collect();
    let codes = values.iter().map(|v| Some(index[v.as_str()])).collect();
    (codes, levels)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .ok_or("usage: glm_workload DATA.csv OUT_PREFIX")?;
    let out = args
        .get(2)
        .ok_or("usage: glm_workload DATA.csv OUT_PREFIX")?;
    let t0 = Instant::now();
    let mut reader = csv::Reader::from_path(path)?;
    let headers = reader.headers()?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or(format!("no {name}"))
    };
    let names = [
        "stratum",
        "psu",
        "weight",
        "group",
        "age_band",
        "gender",
        "wave",
        "getting_on_well",
    ];
    let idx: Vec<usize> = names.iter().map(|n| col(n)).collect::<Result<_, _>>()?;
    let mut cols: Vec<Vec<String>> = vec![Vec::new(); names.len()];
    for rec in reader.records() {
        let rec = rec?;
        for (c, &i) in cols.iter_mut().zip(&idx) {
            c.push(rec[i].to_owned());
        }
    }
    let read_s = t0.elapsed().as_secs_f64();
    let n = cols[0].len();

    let t1 = Instant::now();
    let (strata, _) = factor(&cols[0]);
    // PSU codes are unique within a stratum (nest = TRUE): code the pair.
    let pairs: Vec<String> = cols[0]
        .iter()
        .zip(&cols[1])
        .map(|(s, p)| format!("{s}/{p}"))
        .collect();
    let (psu, _) = factor(&pairs);
    let strata: Vec<u32> = strata.into_iter().flatten().collect();
    let psu: Vec<u32> = psu.into_iter().flatten().collect();
    let weight: Vec<f64> = cols[2]
        .iter()
        .map(|v| v.parse())
        .collect::<Result<_, _>>()?;
    let design = Design::new(
        n,
        &DesignSpec {
            weights: Some(&weight),
            strata: Some(&strata),
            psu: Some(&psu),
            nest: true,
            lonely_psu: LonelyPsu::Adjust,
            ..DesignSpec::default()
        },
    )?;
    let agree: Vec<f64> = cols[7]
        .iter()
        .map(|v| match v.as_str() {
            "1" | "2" => 1.0,
            "3" | "4" => 0.0,
            _ => f64::NAN,
        })
        .collect();
    let mut terms = Vec::new();
    for (name, j) in [("group", 3), ("age_band", 4), ("gender", 5), ("wave", 6)] {
        let (codes, levels) = factor(&cols[j]);
        terms.extend(indicator_terms(name, &codes, &levels, None));
    }
    let setup_s = t1.elapsed().as_secs_f64();

    let t2 = Instant::now();
    let c2 = cpu_s();
    let fit = svyglm(
        &design,
        &GlmSpec {
            response: &agree,
            terms: &terms,
            family: Family::Binomial,
            domain: None,
            control: GlmControl::default(),
        },
        0.95,
    )?;
    let glm_s = t2.elapsed().as_secs_f64();
    let glm_cpu = cpu_s() - c2;

    // The adjusted newcomer − settled gap, accounting for the other nine terms.
    let t3 = Instant::now();
    let c3 = cpu_s();
    let group: Vec<Option<bool>> = cols[3].iter().map(|g| Some(g == "newcomer")).collect();
    let gap = adjusted_gap(
        &design,
        &AdjustedGapSpec {
            response: &agree,
            group: &group,
            covariates: &terms[1..],
            family: Family::Binomial,
            domain: None,
            control: GlmControl::default(),
        },
        0.95,
    )?;
    let gap_s = t3.elapsed().as_secs_f64();
    let gap_cpu = cpu_s() - c3;

    let mut f = std::fs::File::create(format!("{out}_coefficients.csv"))?;
    writeln!(f, "term,estimate,se")?;
    for c in &fit.coefficients {
        writeln!(f, "{},{:.17e},{:.17e}", c.term, c.estimate, c.se)?;
    }
    let mut g = std::fs::File::create(format!("{out}_gap.csv"))?;
    writeln!(g, "gap,se\n{:.17e},{:.17e}", gap.gap, gap.se)?;
    println!(
        "rows {n}, rows in the model {}, terms {}, IRLS iterations {}",
        fit.n_rows,
        terms.len(),
        fit.iterations
    );
    println!(
        "read {read_s:.3} s, design and terms {setup_s:.3} s, svyglm {glm_s:.3} s, adjusted gap {gap_s:.3} s"
    );
    println!("cpu: svyglm {glm_cpu:.3} s, adjusted gap {gap_cpu:.3} s");
    Ok(())
}
