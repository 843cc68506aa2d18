//! Checks of the message files as a whole.

mod review;
