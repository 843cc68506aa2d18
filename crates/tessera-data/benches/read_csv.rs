//! Times reading one file: `TESSERA_BENCH_FILE=/path/to/file.csv cargo bench -p tessera-data`.
//!
//! Prints the best of three wall-clock times. Large files belong outside the repository.

use std::time::Instant;

fn main() {
    let Ok(path) = std::env::var("TESSERA_BENCH_FILE") else {
        eprintln!("set TESSERA_BENCH_FILE to the file to read");
        return;
    };
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        let start = Instant::now();
        let outcome = match tessera_data::read_path(&path, &tessera_data::ReadOptions::default()) {
            Ok(o) => o,
            Err(e) => {
                eprintln!("{e}");
                return;
            }
        };
        let seconds = start.elapsed().as_secs_f64();
        best = best.min(seconds);
        println!(
            "{path}: {} rows x {} columns, {} problems, {seconds:.3} s",
            outcome.dataset.n_rows,
            outcome.dataset.columns.len(),
            outcome.problems.len()
        );
    }
    println!("best of 3: {best:.3} s");
}
