//! Integration tests of tessera-stats: R `survey` reference figures, properties and policies.
#![expect(clippy::unwrap_used, reason = "tests unwrap known-good values")]

mod analyses;
mod api;
mod change_policies;
mod change_properties;
mod change_reference;
mod common;
mod disclosure_attack;
mod disclosure_lp;
mod honest;
mod models;
mod policies;
mod pooling_reference;
mod properties;
mod reference;
mod replicates;
mod variance;
mod weighting;
