//! The HTML pages, grouped by resource then action (`datasets/{list,profile,measure,…}.rs`),
//! each page's template struct beside its handler. Pages call the application layer and
//! `http/`, never the API.
//!
//! Every page route is declared here, in one of three groups (see [`crate::http::routes`]).

pub(crate) mod account;
pub(crate) mod assessments;
pub(crate) mod audit;
pub(crate) mod datasets;
pub(crate) mod export;
pub(crate) mod frameworks;
pub(crate) mod home;
pub(crate) mod library;
pub(crate) mod packs;
pub(crate) mod participants;
pub(crate) mod partners;
pub(crate) mod plans;
pub(crate) mod questionnaires;
pub(crate) mod references;
pub(crate) mod reports;
pub(crate) mod respond;
pub(crate) mod search;
pub(crate) mod sharing;
pub(crate) mod stories;

use crate::http::error::PageError;
use crate::http::routes::{Access, Routes};

/// Pages anyone may see or post.
pub(crate) fn public() -> Routes {
    Routes::new(Access::Public)
        .get("/", home::show)
        .get("/healthz", || async { "ok" })
        .get("/frameworks", frameworks::list::show)
        .get("/frameworks/{pack}", frameworks::show::show)
        .get(
            "/frameworks/{pack}/domains/{domain}",
            frameworks::domain::show,
        )
        .get(
            "/frameworks/{pack}/indicators/{indicator}",
            frameworks::indicator::show,
        )
        .get("/search", search::show)
        .get("/sign-in", account::sign_in::form)
        .post("/sign-in", account::sign_in::submit)
        .post("/sign-out", account::sign_in::sign_out)
        .get("/password/forgot", account::password::forgot_form)
        .post("/password/forgot", account::password::forgot)
        .get("/password/reset/{token}", account::password::reset_form)
        .post("/password/reset/{token}", account::password::reset)
        .get("/invitations/{token}", account::invitations::show)
        .post("/invitations/{token}", account::invitations::accept)
        .get("/shared", sharing::list)
        .get("/shared/{key}", sharing::show)
        .get("/reports/report.css", reports::print_css)
        .get("/respond/{token}", respond::start)
        .post("/respond/{token}", respond::step)
        .get("/respond/{token}/done", respond::done)
        .get("/respond/{token}/resume", respond::resume_form)
        .post("/respond/{token}/resume", respond::resume)
}

/// Pages for signed-in members; the handler's extractor checks the role.
pub(crate) fn members() -> Routes {
    Routes::new(Access::Member)
        .get("/audit", audit::show)
        .get("/audit.csv", audit::export_csv)
        .get("/export", export::show)
        .get("/export.json", export::download)
        // Accounts and the organisation.
        .get("/account", account::tokens::account)
        .get("/account/password", account::password::change_form)
        .post("/account/password", account::password::change)
        .post("/account/tokens", account::tokens::create)
        .get(
            "/account/tokens/{id}/revoke",
            account::tokens::revoke_own_confirm,
        )
        .post("/account/tokens/{id}/revoke", account::tokens::revoke_own)
        .get("/organisation", account::organisation::show)
        .post("/organisation/invitations", account::organisation::invite)
        .get(
            "/organisation/invitations/{id}/revoke",
            account::organisation::revoke_invitation_confirm,
        )
        .post(
            "/organisation/invitations/{id}/revoke",
            account::organisation::revoke_invitation,
        )
        .post(
            "/organisation/members/{id}/role",
            account::organisation::change_role,
        )
        .get(
            "/organisation/members/{id}/remove",
            account::organisation::remove_member_confirm,
        )
        .post(
            "/organisation/members/{id}/remove",
            account::organisation::remove_member,
        )
        .get(
            "/organisation/tokens/{id}/revoke",
            account::tokens::revoke_org_confirm,
        )
        .post(
            "/organisation/tokens/{id}/revoke",
            account::tokens::revoke_org,
        )
        .get("/organisations", account::organisation::list)
        .post("/organisations", account::organisation::create)
        .post("/organisations/switch", account::organisation::switch)
        // Datasets.
        .get("/datasets", datasets::list::show)
        .get("/datasets/new", datasets::import::upload::show)
        .get("/datasets/{id}", datasets::profile::show)
        .get("/datasets/{id}/original", datasets::list::original)
        .get("/datasets/{id}/delete", datasets::delete::confirm)
        .post("/datasets/{id}/delete", datasets::delete::delete)
        .post("/datasets/{id}/retention", datasets::delete::retention)
        .get("/datasets/{id}/measures/{measure}", datasets::measure::show)
        .get(
            "/datasets/{id}/measures/{measure}/export.csv",
            datasets::measure::export_csv,
        )
        .get(
            "/datasets/{id}/measures/{measure}/export.xlsx",
            datasets::measure::export_xlsx,
        )
        .get(
            "/datasets/{id}/new-version",
            datasets::import::upload::show_version,
        )
        .get("/datasets/{id}/weightings", datasets::weighting::show)
        .post("/datasets/{id}/weightings", datasets::weighting::create)
        .get(
            "/datasets/{id}/weightings/{name}",
            datasets::weighting::report::show,
        )
        .post(
            "/datasets/{id}/weightings/{name}/delete",
            datasets::weighting::report::delete,
        )
        .get("/datasets/{id}/mapping", datasets::mapping::show)
        .get("/datasets/{id}/mapping/edit", datasets::mapping::edit_form)
        .post("/datasets/{id}/mapping/edit", datasets::mapping::edit)
        .get(
            "/datasets/imports/{token}/preview",
            datasets::import::preview::show,
        )
        .post(
            "/datasets/imports/{token}/preview",
            datasets::import::preview::submit,
        )
        .get(
            "/datasets/imports/{token}/mapping",
            datasets::import::mapping::show,
        )
        .post(
            "/datasets/imports/{token}/mapping",
            datasets::import::mapping::submit,
        )
        .get(
            "/datasets/imports/{token}/report",
            datasets::import::report::show,
        )
        .get(
            "/datasets/imports/{token}/problems.csv",
            datasets::import::report::problems_csv,
        )
        .post(
            "/datasets/imports/{token}/save",
            datasets::import::report::save,
        )
        // Sharing.
        .get("/plans/{id}/sharing", sharing::plan_sharing)
        .post("/plans/{id}/sharing", sharing::share_plan)
        .get("/datasets/{id}/sharing", sharing::dataset_sharing)
        .post("/datasets/{id}/sharing", sharing::share_dataset)
        .get("/sharing/{id}/withdraw", sharing::withdraw_confirm)
        .post("/sharing/{id}/withdraw", sharing::withdraw)
        // The library of what works (issue 17).
        .get("/library", library::list::show)
        .get("/library/new", library::edit::new_form)
        .post("/library/new", library::edit::create)
        .get("/library/{id}", library::show::show)
        .get("/library/{id}/edit", library::edit::edit_form)
        .post("/library/{id}/edit", library::edit::update)
        .get("/library/{id}/withdraw", library::edit::withdraw_confirm)
        .post("/library/{id}/withdraw", library::edit::withdraw)
        .post("/library/{id}/copy", library::act::copy)
        .post("/library/{id}/comments", library::act::comment)
        .post("/library/comments/{id}/answer", library::act::answer)
        .post("/library/comments/{id}/hide", library::act::hide)
        // Plans.
        .get("/plans", plans::list::show)
        .get("/plans/new", plans::new::start)
        .post("/plans/new", plans::new::submit)
        .get("/plans/import", plans::io::import_form)
        .post("/plans/import", plans::io::import)
        .get("/plans/{id}", plans::show::show)
        .get("/plans/{id}/print", plans::show::print)
        .get("/plans/{id}/calendar", plans::show::calendar)
        .get("/plans/{id}/export.json", plans::io::export)
        .post("/plans/{id}/delete", plans::edit::delete)
        .get("/plans/{id}/steps/{step}", plans::steps::show)
        .get(
            "/plans/{id}/outcomes/{outcome}/indicators",
            plans::choose::show,
        )
        .get("/plans/{id}/edit/{what}", plans::edit::form_single)
        .post("/plans/{id}/edit/{what}", plans::edit::submit_single)
        .get("/plans/{id}/edit/{what}/{item}", plans::edit::form)
        .post("/plans/{id}/edit/{what}/{item}", plans::edit::submit)
        .post("/plans/{id}/edit/{what}/{item}/remove", plans::edit::remove)
        // Questionnaires (issue 15).
        .get("/questionnaires", questionnaires::list::show)
        .get("/questionnaires/new", questionnaires::list::new_form)
        .post("/questionnaires/new", questionnaires::list::create)
        .get("/questionnaires/import", questionnaires::io::import_form)
        .get("/questionnaires/{id}", questionnaires::show::show)
        .get(
            "/questionnaires/{id}/delete",
            questionnaires::delete::confirm,
        )
        .post(
            "/questionnaires/{id}/delete",
            questionnaires::delete::delete,
        )
        .post("/questionnaires/{id}/questions", questionnaires::show::add)
        .post(
            "/questionnaires/{id}/questions/{name}/{action}",
            questionnaires::show::move_question,
        )
        .get(
            "/questionnaires/{id}/questions/{name}",
            questionnaires::question::form,
        )
        .post(
            "/questionnaires/{id}/questions/{name}",
            questionnaires::question::save,
        )
        .get(
            "/questionnaires/{id}/details",
            questionnaires::details::form,
        )
        .post(
            "/questionnaires/{id}/details",
            questionnaires::details::save,
        )
        .get(
            "/questionnaires/{id}/collect",
            questionnaires::collect::show,
        )
        .post(
            "/questionnaires/{id}/collect/open",
            questionnaires::collect::open,
        )
        .post(
            "/questionnaires/{id}/collect/settings",
            questionnaires::collect::settings,
        )
        .post(
            "/questionnaires/{id}/collect/dataset",
            questionnaires::collect::dataset,
        )
        .get(
            "/questionnaires/{id}/responses.csv",
            questionnaires::collect::csv,
        )
        .get(
            "/questionnaires/{id}/responses-labelled.csv",
            questionnaires::collect::csv_labelled,
        )
        .get(
            "/questionnaires/{id}/responses.xlsx",
            questionnaires::collect::xlsx,
        )
        .get(
            "/questionnaires/{id}/responses.sav",
            questionnaires::collect::sav,
        )
        .post(
            "/questionnaires/{id}/collectors",
            questionnaires::collect::add_collector,
        )
        .post(
            "/questionnaires/{id}/collectors/{collector}/revoke",
            questionnaires::collect::revoke_collector,
        )
        .get(
            "/questionnaires/{id}/preview",
            questionnaires::preview::show,
        )
        .get(
            "/questionnaires/{id}/languages",
            questionnaires::languages::show,
        )
        .get(
            "/questionnaires/{id}/translations.xlsx",
            questionnaires::languages::download,
        )
        .get(
            "/questionnaires/{id}/xlsform.xlsx",
            questionnaires::io::xlsform,
        )
        // Participants (issue 14).
        .get("/participants", participants::list::show)
        .get("/participants/new", participants::edit::new_form)
        .post("/participants/new", participants::edit::create)
        .get("/participants/settings", participants::settings::show)
        .post("/participants/settings", participants::settings::save)
        .get("/participants/{code}", participants::show::show)
        .get("/participants/{code}/edit", participants::edit::edit_form)
        .post("/participants/{code}/edit", participants::edit::update)
        .post(
            "/participants/{code}/contact",
            participants::show::save_contact,
        )
        .get(
            "/participants/{code}/consents/new",
            participants::consent::form,
        )
        .post(
            "/participants/{code}/consents/new",
            participants::consent::record,
        )
        .post(
            "/participants/{code}/consents/{id}/withdraw",
            participants::consent::withdraw,
        )
        .get(
            "/participants/{code}/measurements/new",
            participants::measure::form,
        )
        .post(
            "/participants/{code}/measurements/new",
            participants::measure::save,
        )
        .get("/participants/{code}/erase", participants::rights::confirm)
        .post("/participants/{code}/erase", participants::rights::erase)
        .get(
            "/participants/{code}/subject-access",
            participants::rights::page,
        )
        .get(
            "/participants/{code}/subject-access.json",
            participants::rights::json,
        )
        .get("/plans/{id}/participants", participants::change::show)
        .get(
            "/plans/{id}/participants/measurements.csv",
            participants::change::export_csv,
        )
        .get(
            "/plans/{id}/participants/import",
            participants::import::form,
        )
        .get("/plans/{id}/collection-points", participants::points::form)
        .post("/plans/{id}/collection-points", participants::points::save)
        .get("/plans/{id}/outputs", participants::outputs::show)
        .post("/plans/{id}/outputs", participants::outputs::log)
        .post(
            "/plans/{id}/outputs/targets",
            participants::outputs::target_set,
        )
        .post(
            "/plans/{id}/outputs/{log}/delete",
            participants::outputs::delete,
        )
        // Stories (issue 17).
        // Partners reporting to a commissioner (issue 17).
        .get("/partners", partners::list::show)
        .post("/partners/invite", partners::list::invite)
        .get("/partners/plans/{id}", partners::strategy::show)
        .post(
            "/partners/plans/{id}/periods",
            partners::strategy::add_period,
        )
        .get("/partners/periods/{id}", partners::combined::show)
        .get("/partners/links/{id}", partners::link::show)
        .post("/partners/links/{id}/answer", partners::link::answer)
        .post("/partners/links/{id}/submit", partners::link::submit)
        .get("/partners/links/{id}/end", partners::link::end_confirm)
        .post("/partners/links/{id}/end", partners::link::end)
        .get("/partners/reports/{id}", partners::report::show)
        .post("/partners/reports/{id}/review", partners::report::review)
        .get("/stories", stories::list::show)
        .get("/stories/new", stories::edit::new_form)
        .get("/stories/coding", stories::coding::show)
        .post("/stories/coding", stories::coding::code)
        .get("/stories/{id}", stories::show::show)
        .get("/stories/{id}/file", stories::show::file)
        .get("/stories/{id}/edit", stories::edit::edit_form)
        .post("/stories/{id}/edit", stories::edit::update)
        .get("/stories/{id}/delete", stories::show::delete_confirm)
        .post("/stories/{id}/delete", stories::show::delete)
        // Reports (issue 17).
        .get("/plans/{id}/reports", reports::list::show)
        .get("/plans/{id}/reports/new", reports::edit::new_form)
        .post("/plans/{id}/reports/new", reports::edit::create)
        .get("/plans/{id}/reports/{report}", reports::show::show)
        .get(
            "/plans/{id}/reports/{report}/edit",
            reports::edit::edit_form,
        )
        .post("/plans/{id}/reports/{report}/edit", reports::edit::update)
        .get(
            "/plans/{id}/reports/{report}/report.pdf",
            reports::show::pdf,
        )
        .get(
            "/plans/{id}/reports/{report}/report.docx",
            reports::show::docx,
        )
        .post("/plans/{id}/reports/{report}/status", reports::show::status)
        .get(
            "/plans/{id}/reports/{report}/delete",
            reports::show::delete_confirm,
        )
        .post("/plans/{id}/reports/{report}/delete", reports::show::delete)
        // Self-assessments (issue 18).
        .get("/assessments", assessments::list::hub)
        .get("/assessments/{kind}", assessments::list::show)
        .get("/assessments/{kind}/new", assessments::form::new_form)
        .post("/assessments/{kind}/new", assessments::form::create)
        .get("/assessments/{kind}/compare", assessments::compare::show)
        .get("/assessments/{kind}/{id}", assessments::show::show)
        .get(
            "/assessments/{kind}/{id}/edit",
            assessments::form::edit_form,
        )
        .post("/assessments/{kind}/{id}/edit", assessments::form::update)
        .post(
            "/assessments/{kind}/{id}/actions",
            assessments::show::add_action,
        )
        .post(
            "/assessments/{kind}/{id}/actions/{n}/remove",
            assessments::show::remove_action,
        )
        .get(
            "/assessments/{kind}/{id}/delete",
            assessments::show::delete_confirm,
        )
        .post("/assessments/{kind}/{id}/delete", assessments::show::delete)
        // Reference values (issue 18).
        .get("/reference-values", references::list::show)
        .post("/reference-values", references::list::add)
        .post("/reference-values/{id}/delete", references::list::delete)
        // Organisations' own framework packs (issue 18).
        .get("/packs", packs::list::show)
        .get("/packs/new", packs::upload::form)
        .get("/packs/{id}", packs::show::show)
        .post("/packs/{id}/sharing", packs::show::share)
        .post("/packs/{id}/delete", packs::show::delete)
}

/// Pages that take a data file: signed-in editors and owners, with the large body limit.
pub(crate) fn uploads() -> Routes {
    Routes::new(Access::Upload)
        .post("/datasets/new", datasets::import::upload::submit)
        .post(
            "/datasets/{id}/new-version",
            datasets::import::upload::submit_version,
        )
        .post(
            "/plans/{id}/participants/import",
            participants::import::upload,
        )
        .post("/questionnaires/import", questionnaires::io::import)
        .post(
            "/questionnaires/{id}/translations",
            questionnaires::languages::upload,
        )
        .post("/stories/new", stories::edit::create)
        .post("/packs/new", packs::upload::upload)
        .post(
            "/datasets/{id}/weightings/upload",
            datasets::weighting::upload,
        )
}

/// The page for an address that matches no route.
pub(crate) async fn not_found() -> PageError {
    PageError::not_found(tessera_l10n::t("error-no-page"))
}
