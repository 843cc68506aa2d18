//! In-process tests of the web application: the router is built and called directly.

mod access;
mod accounts;
mod api;
mod api_snapshots;
mod audit;
mod datasets;
mod hardening;
mod import;
mod l10n;
mod pages;
mod participants;
mod participants_reference;
mod plan_edit;
mod plans;
mod support;
