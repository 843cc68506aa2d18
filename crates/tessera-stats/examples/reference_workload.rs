//! Runs the full reference workload (README of the estimation reference) on an in-memory data set
//! and prints timings.
//!
//! ```sh
//! cargo run --release -p tessera-stats --example reference_workload            # 2,000,000 rows
//! cargo run --release -p tessera-stats --example reference_workload -- 200000   # other sizes
//! cargo run --release -p tessera-stats --example reference_workload -- path/to/synthetic.csv
//! ```
//!
//! The workload per level (wave × group: 6 cells; wave × group × area: 48 cells): proportion
//! agreeing with logit, beta, Wald-z and Wald-t intervals; mean of trust with intervals; domain
//! totals; newcomer − settled differences per wave (× area); the equal-weight `ids = ~1` SE; and
//! the classical unweighted proportions, means and differences. The CSV reading time is not
//! included in the estimation time.

use std::time::Instant;

use tessera_stats::{
    Breakdown, CiMethod, Design, DesignSpec, EstimandKind, Measure, Thresholds, classical,
};

struct Data {
    wave: Vec<u32>,
    newcomer: Vec<bool>,
    area: Vec<u32>,
    stratum: Vec<u32>,
    psu: Vec<u32>,
    weight: Vec<f64>,
    agree: Vec<f64>,
    trust: Vec<f64>,
}

/// A deterministic synthetic survey shaped like the reference one (8 strata, 160 PSUs).
fn generate(n: usize) -> Data {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut u = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let psus = [20u32, 18, 22, 21, 19, 20, 17, 23];
    let mut d = Data {
        wave: Vec::with_capacity(n),
        newcomer: Vec::with_capacity(n),
        area: Vec::with_capacity(n),
        stratum: Vec::with_capacity(n),
        psu: Vec::with_capacity(n),
        weight: Vec::with_capacity(n),
        agree: Vec::with_capacity(n),
        trust: Vec::with_capacity(n),
    };
    for k in 0..n {
        let h = (u() * 8.0) as u32 % 8;
        let p = 1 + (u() * f64::from(psus[h as usize])) as u32 % psus[h as usize];
        let nc = u() < 0.2;
        d.wave.push(2022 + (k % 3) as u32);
        d.newcomer.push(nc);
        d.area.push(h);
        d.stratum.push(h + 1);
        d.psu.push(p);
        d.weight.push(50.0 + 200.0 * u());
        let r = u();
        let pa = if nc { 0.68 } else { 0.84 } + 0.01 * f64::from(p % 5);
        d.agree.push(if r < 0.05 {
            f64::NAN
        } else if u() < pa {
            1.0
        } else {
            0.0
        });
        d.trust.push(if u() < 0.03 {
            f64::NAN
        } else {
            (u() * 11.0).floor()
        });
    }
    d
}

fn read_csv(path: &str) -> Data {
    let mut r = csv::Reader::from_path(path).expect("open CSV");
    let h = r.headers().expect("headers").clone();
    let col = |name: &str| h.iter().position(|c| c == name).expect(name);
    let (iw, is, ip, iwt, ig, igow, it) = (
        col("wave"),
        col("stratum"),
        col("psu"),
        col("weight"),
        col("group"),
        col("getting_on_well"),
        col("trust_police"),
    );
    let mut d = generate(0);
    for rec in r.records() {
        let rec = rec.expect("record");
        let s: u32 = rec[is].parse().expect("stratum");
        d.wave.push(rec[iw].parse().expect("wave"));
        d.stratum.push(s);
        d.area.push(s - 1);
        d.psu.push(rec[ip].parse().expect("psu"));
        d.weight.push(rec[iwt].parse().expect("weight"));
        d.newcomer.push(&rec[ig] == "newcomer");
        d.agree.push(match &rec[igow] {
            "1" | "2" => 1.0,
            "3" | "4" => 0.0,
            _ => f64::NAN,
        });
        d.trust.push(rec[it].parse().unwrap_or(f64::NAN));
    }
    d
}

fn main() {
    let arg = std::env::args().nth(1);
    let t0 = Instant::now();
    let data = match arg.as_deref() {
        Some(a) if a.parse::<usize>().is_err() => read_csv(a),
        a => generate(a.and_then(|s| s.parse().ok()).unwrap_or(2_000_000)),
    };
    let n = data.wave.len();
    println!(
        "rows: {n} (prepared in {:.3} s)",
        t0.elapsed().as_secs_f64()
    );

    let th = Thresholds::default();
    let start = Instant::now();
    let t = Instant::now();
    let design = Design::new(
        n,
        &DesignSpec {
            weights: Some(&data.weight),
            strata: Some(&data.stratum),
            psu: Some(&data.psu),
            ..DesignSpec::default()
        },
    )
    .expect("design");
    let srs = Design::simple_random_sample(n).expect("srs design");
    println!(
        "design: {:.3} s ({} PSUs, degf {})",
        t.elapsed().as_secs_f64(),
        design.n_psu(),
        design.degrees_of_freedom()
    );

    let one = vec![1.0; n];
    let mut published = 0usize;
    for by_area in [false, true] {
        let t = Instant::now();
        // cell = ((wave · 2 + group) · 8 + area) or (wave · 2 + group).
        let n_cells = if by_area { 48 } else { 6 };
        let cells: Vec<u32> = (0..n)
            .map(|k| {
                let base = (data.wave[k] - 2022) * 2 + u32::from(!data.newcomer[k]);
                if by_area {
                    base * 8 + data.area[k]
                } else {
                    base
                }
            })
            .collect();
        let prop = Breakdown::new(
            &design,
            EstimandKind::Proportion,
            &data.agree,
            &cells,
            n_cells,
        )
        .expect("proportion");
        for m in [
            CiMethod::Logit,
            CiMethod::Beta,
            CiMethod::WaldZ,
            CiMethod::WaldT,
        ] {
            published += prop.estimates(m, &th).expect("estimates").len();
        }
        let mean = Breakdown::new(&design, EstimandKind::Mean, &data.trust, &cells, n_cells)
            .expect("mean");
        published += mean.estimates(CiMethod::WaldT, &th).expect("mean").len();
        published += mean.estimates(CiMethod::WaldZ, &th).expect("mean").len();
        let total =
            Breakdown::new(&design, EstimandKind::Total, &one, &cells, n_cells).expect("total");
        published += total.estimates(CiMethod::WaldZ, &th).expect("total").len();
        // Differences newcomer − settled within each wave (× area), and the change of the gap.
        let stride = if by_area { 8 } else { 1 };
        for w in 0..3u32 {
            for a in 0..stride {
                let f = (w * 2) * stride + a;
                let r = (w * 2 + 1) * stride + a;
                prop.compare(f, r, CiMethod::WaldT, &th).expect("compare");
                published += 1;
            }
        }
        prop.gap_change((0, stride), (4 * stride, 5 * stride), &th)
            .expect("gap");
        let design_s = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let srs_b = Breakdown::new(&srs, EstimandKind::Proportion, &data.agree, &cells, n_cells)
            .expect("srs");
        published += srs_b.estimates(CiMethod::WaldZ, &th).expect("srs").len();
        for m in [CiMethod::Wilson, CiMethod::ClopperPearson, CiMethod::WaldZ] {
            let measure = Measure::new(EstimandKind::Proportion, m).expect("measure");
            published += classical::estimate_cells(&data.agree, &cells, n_cells, measure, &th)
                .expect("classical")
                .len();
        }
        let measure = Measure::new(EstimandKind::Mean, CiMethod::WaldT).expect("measure");
        published += classical::estimate_cells(&data.trust, &cells, n_cells, measure, &th)
            .expect("classical mean")
            .len();
        let pairs: Vec<(u32, u32)> = (0..3u32)
            .flat_map(|w| {
                (0..stride).map(move |a| ((w * 2) * stride + a, (w * 2 + 1) * stride + a))
            })
            .collect();
        let measure = Measure::new(EstimandKind::Proportion, CiMethod::WaldZ).expect("measure");
        published += classical::compare(&data.agree, &cells, n_cells, measure, &pairs, &th)
            .expect("classical diff")
            .len();
        println!(
            "level {}: design-based {:.3} s, srs/classical {:.3} s",
            if by_area {
                "wave×group×area"
            } else {
                "wave×group"
            },
            design_s,
            t.elapsed().as_secs_f64()
        );
    }
    println!(
        "total estimation: {:.3} s for {published} figures rows",
        start.elapsed().as_secs_f64()
    );
}
