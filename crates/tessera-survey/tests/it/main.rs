//! The crate's integration tests: the shipped bank against the shipped framework packs, and
//! XLSForm files checked by pyxform and read from KoboToolbox's layout, XForms compared with
//! pyxform's and submissions read back.

mod bank;
mod translations;
mod xform;
mod xlsform;
