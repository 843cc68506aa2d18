//! Integration tests of tessera-stats: R `survey` reference figures, properties and policies.
#![expect(clippy::unwrap_used, reason = "tests unwrap known-good values")]

mod analyses;
mod api;
mod common;
mod honest;
mod policies;
mod properties;
mod reference;
mod replicates;
mod variance;
mod weighting;
