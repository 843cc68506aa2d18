//! The crate's integration tests: the shipped bank against the shipped framework packs, and
//! XLSForm files checked by pyxform and read from KoboToolbox's layout.

mod bank;
mod translations;
mod xlsform;
