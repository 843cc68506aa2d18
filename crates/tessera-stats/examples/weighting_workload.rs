//! Reads a survey CSV, rakes it and runs a spec, as `tessera estimate` would, and prints the
//! time of each step; writes the estimates and comparisons as CSV for `scripts/bench-weighting`.
//!
//! ```sh
//! cargo run --release -p tessera-stats --example weighting_workload -- DATA.csv SPEC.toml OUT_PREFIX
//! ```

use std::io::Write;
use std::time::Instant;

use tessera_data::ReadOptions;
use tessera_stats::{EstimateSpec, report};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, data, spec, out] = args.as_slice() else {
        return Err("usage: weighting_workload DATA.csv SPEC.toml OUT_PREFIX".into());
    };
    let start = Instant::now();
    let spec =
        EstimateSpec::parse(&std::fs::read_to_string(spec)?, spec).map_err(|e| format!("{e:?}"))?;
    let read = Instant::now();
    let outcome = tessera_data::read_path(
        std::path::Path::new(data),
        &ReadOptions {
            columns: Some(spec.columns()),
            ..ReadOptions::default()
        },
    )?;
    let dataset = outcome.dataset;
    let read_s = read.elapsed().as_secs_f64();
    let weigh = Instant::now();
    let (design, weighted) = report::weighted_design_for(&spec, &dataset, &[])?;
    let weigh_s = weigh.elapsed().as_secs_f64();
    drop(design);
    let run = Instant::now();
    let r = report::run(&spec, &dataset, |_, _| {})?;
    let run_s = run.elapsed().as_secs_f64();
    let total_s = start.elapsed().as_secs_f64();
    if let Some(w) = weighted {
        println!(
            "weighting {}: {} iterations, worst miss {:.1e}, factors {:.3}–{:.3}, Kish deff {:.3}",
            w.name,
            w.report.iterations,
            w.report.worst_relative_miss,
            w.report.factors.min,
            w.report.factors.max,
            w.report.kish_deff
        );
    }
    println!(
        "rows {}; read {read_s:.3} s; weighting alone {weigh_s:.3} s; weighting + estimates {run_s:.3} s; total {total_s:.3} s",
        dataset.n_rows
    );
    let num = |x: Option<f64>| x.map(|v| format!("{v:e}")).unwrap_or_default();
    let mut f = std::io::BufWriter::new(std::fs::File::create(format!("{out}_estimates.csv"))?);
    let by: Vec<&str> = r.by_variables.iter().map(String::as_str).collect();
    writeln!(
        f,
        "measure,{},n,estimate,se,ci_low,ci_high,df,deff,status",
        by.join(",")
    )?;
    for e in &r.estimates {
        let values: Vec<&str> = e.by.iter().map(|(_, v)| v.as_str()).collect();
        writeln!(
            f,
            "{},{},{},{},{},{},{},{},{},{}",
            e.measure,
            values.join(","),
            e.n.map(|n| n.to_string()).unwrap_or_default(),
            num(e.estimate),
            num(e.se),
            num(e.ci_low),
            num(e.ci_high),
            num(e.df),
            num(e.deff),
            e.status.as_str()
        )?;
    }
    let mut f = std::io::BufWriter::new(std::fs::File::create(format!("{out}_comparisons.csv"))?);
    writeln!(f, "measure,{},difference,se", by.join(","))?;
    for c in &r.comparisons {
        let values: Vec<&str> = c.by.iter().map(|(_, v)| v.as_str()).collect();
        writeln!(
            f,
            "{},{},{},{}",
            c.measure,
            values.join(","),
            num(c.difference),
            num(c.se)
        )?;
    }
    Ok(())
}
