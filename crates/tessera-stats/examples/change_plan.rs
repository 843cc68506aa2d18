//! Times change estimates for a large plan: participants × collection points × indicators.
//!
//! ```sh
//! cargo run --release -p tessera-stats --example change_plan                 # 10,000 × 4 × 20
//! cargo run --release -p tessera-stats --example change_plan -- 50000 6 30   # other sizes
//! ```
//!
//! The data are generated (half scale 0–10 indicators, half yes/no; two sides; 10 % of people lost
//! at each follow-up). Timed, as medians of 21 runs: filling the measurement table from long
//! rows (participant, point, indicator, value) as a store would return them, and the change
//! estimates of every indicator at every follow-up point against the baseline, by side and by
//! side × gender (3 genders).

use std::hint::black_box;
use std::time::{Duration, Instant};

use tessera_stats::change::{
    Audience, ChangeIndicator, ChangeOptions, Direction, MeasurementTable, plan_change,
};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse())
        .collect::<Result<_, _>>()?;
    let participants = args.first().copied().unwrap_or(10_000);
    let points = args.get(1).copied().unwrap_or(4);
    let indicators = args.get(2).copied().unwrap_or(20);

    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut u = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        #[expect(clippy::cast_precision_loss, reason = "53-bit mantissa draw")]
        let x = (state >> 11) as f64 / (1u64 << 53) as f64;
        x
    };
    // Long rows: (participant, point, indicator, value), as measurements come from a store.
    let mut rows: Vec<(usize, usize, usize, f64)> = Vec::new();
    let mut side = Vec::with_capacity(participants);
    let mut side_gender = Vec::with_capacity(participants);
    for p in 0..participants {
        let s = u32::from(u() < 0.5);
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "0..3"
        )]
        let g = (u() * 3.0) as u32;
        side.push(s);
        side_gender.push(s * 3 + g);
        let mut stayed = true;
        for point in 0..points {
            if point > 0 && u() < 0.1 {
                stayed = false;
            }
            if !stayed {
                break;
            }
            for i in 0..indicators {
                let v = if i % 2 == 0 {
                    (u() * 11.0).floor().min(10.0)
                } else {
                    f64::from(u8::from(u() < 0.3 + 0.05 * point as f64))
                };
                rows.push((p, point, i, v));
            }
        }
    }
    let specs: Vec<ChangeIndicator> = (0..indicators)
        .map(|i| {
            if i % 2 == 0 {
                ChangeIndicator::scale(Direction::HigherIsBetter)
            } else {
                ChangeIndicator::yes_no(Direction::HigherIsBetter)
            }
        })
        .collect();
    let options = ChangeOptions::for_audience(Audience::Others);

    let reps = 21;
    let (mut fill, mut by_side, mut by_side_gender) = (vec![], vec![], vec![]);
    let mut estimates = 0;
    for _ in 0..reps {
        let t0 = Instant::now();
        let mut table = MeasurementTable::new(participants, points, indicators)?;
        for &(p, point, i, v) in &rows {
            table.set(p, point, i, v)?;
        }
        fill.push(t0.elapsed());
        let t1 = Instant::now();
        let a = plan_change(&table, &specs, 0, &side, 2, &options)?;
        by_side.push(t1.elapsed());
        let t2 = Instant::now();
        let b = plan_change(&table, &specs, 0, &side_gender, 6, &options)?;
        by_side_gender.push(t2.elapsed());
        estimates = a.iter().map(|p| p.cells.len()).sum::<usize>()
            + b.iter().map(|p| p.cells.len()).sum::<usize>();
        black_box((a, b));
    }
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let (f, s, g) = (median(fill), median(by_side), median(by_side_gender));
    println!(
        "{participants} participants × {points} points × {indicators} indicators: {} measurements",
        rows.len()
    );
    println!("fill table from long rows  {:8.2} ms", ms(f));
    println!("change by side             {:8.2} ms", ms(s));
    println!("change by side × gender    {:8.2} ms", ms(g));
    println!(
        "total                      {:8.2} ms  ({estimates} group estimates; medians of {reps})",
        ms(f + s + g)
    );
    Ok(())
}
