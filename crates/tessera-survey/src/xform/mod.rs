//! XForms: the XML form format ODK Collect, Enketo and ODK Web Forms run
//! (<https://getodk.github.io/xforms-spec/>). Tessera writes a questionnaire as an XForm with
//! the same structure pyxform gives its XLSForm, and reads the submissions those tools send
//! back (OpenRosa: <https://docs.getodk.org/openrosa-form-submission/>).

mod submission;
mod write;
mod xml;

pub use submission::{
    MAX_SUBMISSION_BYTES, MAX_SUBMISSION_DEPTH, MAX_SUBMISSION_ELEMENTS, Submission,
    parse_submission,
};
pub use write::write_xform;

/// The name of the instance's root element, as pyxform names it.
pub const ROOT: &str = "data";
