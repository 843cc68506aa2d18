//! Search speed on the shipped catalogue: queries per second over a mix of plain words,
//! keyword-index terms and Welsh, one thread.
//!
//! Run with `cargo bench -p tessera-framework --bench search`; it prints the figures to copy
//! into docs/benchmarks.md.

use std::hint::black_box;
use std::time::Instant;

use tessera_framework::{Catalogue, SearchOptions};

const QUERIES: &[&str] = &[
    "ESOL",
    "English classes",
    "GP",
    "GP registration",
    "doctor",
    "friends",
    "hate crime",
    "job",
    "housing",
    "bank account",
    "volunteering",
    "conversation English",
    "loneliness",
    "mental health",
    "dentist",
    "police",
    "internet",
    "voting",
    "benefits",
    "low pay",
    "zero-hours contracts",
    "racism",
    "kids sport",
    "homelessness",
    "overcrowding",
    "antenatal care",
    "stop and search",
    "bullying",
    "digital skills",
    "interpreting services",
    "legal advice",
    "self-employment",
    "recognition of skills",
    "school exclusion",
    "university",
    "museums",
    "media coverage",
    "sport",
    "belonging",
    "immigration status",
    "getting on well together",
    "asking for help",
    "social care",
    "informal language practice",
    "safety",
    "civic participation",
    "Gwaith",
    "women learning English with childcare at a community centre",
];

fn main() {
    let started = Instant::now();
    let catalogue = Catalogue::shipped().expect("the shipped packs load");
    let load_ms = started.elapsed().as_secs_f64() * 1000.0;
    let docs: usize = catalogue
        .packs()
        .iter()
        .map(|p| p.domains.len() + p.indicators.len())
        .sum();

    // Warm up, then time enough rounds for a stable figure.
    for q in QUERIES {
        black_box(catalogue.search(q));
    }
    let rounds = 200;
    let started = Instant::now();
    let mut hits = 0usize;
    for _ in 0..rounds {
        for q in QUERIES {
            hits += black_box(catalogue.search(q)).len();
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let n = (rounds * QUERIES.len()) as f64;
    let picker = SearchOptions {
        indicators_only: true,
        ..SearchOptions::default()
    };
    let started = Instant::now();
    for _ in 0..rounds {
        for q in QUERIES {
            black_box(catalogue.search_with(q, &picker));
        }
    }
    let picker_elapsed = started.elapsed().as_secs_f64();

    println!(
        "shipped catalogue: {} packs, {docs} domains and indicators",
        catalogue.packs().len()
    );
    println!("load and index: {load_ms:.1} ms");
    println!(
        "search: {:.0} queries/s, {:.1} µs per query, {:.1} hits per query on average",
        n / elapsed,
        elapsed / n * 1e6,
        hits as f64 / n
    );
    println!(
        "indicator picker (indicators only): {:.0} queries/s",
        n / picker_elapsed
    );
}
