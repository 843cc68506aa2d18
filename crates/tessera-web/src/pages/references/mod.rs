//! Reference values (issue 18): the organisation's list of national and regional figures per
//! indicator, the form to record one, and [`panel`], the block that shows them beside the
//! organisation's own estimates on the indicator and measure pages.

pub(crate) mod list;
pub(crate) mod panel;
