//! What pages share to show things: form errors, breadcrumbs, results written out, charts and
//! figures. Nothing here handles a request.

pub mod charts;
pub mod crumbs;
pub mod figure;
pub mod forms;
pub mod fragments;
pub mod results;
