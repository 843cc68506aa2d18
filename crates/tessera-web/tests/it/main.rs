//! In-process tests of the web application: the router is built and called directly.

mod access;
mod accounts;
mod api;
mod api_snapshots;
mod assessments;
mod audit;
mod audit_log;
mod confirmations;
mod datasets;
mod frameworks_toolkit;
mod hardening;
mod import;
mod l10n;
mod packs;
mod pages;
mod participants;
mod participants_reference;
mod plan_diagram;
mod plan_edit;
mod plan_exercises;
mod plans;
mod real_files;
mod references;
mod support;
mod welsh;
