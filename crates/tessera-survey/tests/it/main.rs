//! The crate's integration tests: the shipped bank against the shipped framework packs.

mod bank;
