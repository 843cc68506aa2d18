//! Black-box tests of the `tessera` binary.

mod accounts;
mod backup;
mod cli;
mod estimate;
mod import;
mod import_real;
mod servers;
mod support;
mod weight;
