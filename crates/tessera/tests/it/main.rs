//! Black-box tests of the `tessera` binary.

mod cli;
mod estimate;
mod import;
mod support;
