//! OpenRosa for ODK Collect: the form list, form download and submission APIs
//! (<https://docs.getodk.org/openrosa-form-list/>,
//! <https://docs.getodk.org/openrosa-form-submission/>), one server address per organisation:
//! `/openrosa/{org}`.
//!
//! Every route of this group needs a collector's user name and password by HTTP Basic
//! authentication ([`require_collector`], the group's layer): without them the answer is 401
//! with `WWW-Authenticate: Basic`, which makes ODK Collect ask for them. Basic sends the
//! password in every request, so it is only taken when Tessera's configured address is
//! `https://` (or a loopback address, for tests and a laptop). Digest authentication is not
//! offered. Every answer carries `X-OpenRosa-Version: 1.0`; errors are OpenRosa response
//! documents, never HTML.

use axum::extract::{Multipart, Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use md5::{Digest, Md5};
use tessera_app::collection::{Channel, State as CollectState, SubmitError, Submitted};
use tessera_app::questionnaires::title_in;
use tessera_store::{Collections, Collector, Organisation, QuestionnaireId};
use tessera_survey::xform::{MAX_SUBMISSION_BYTES, parse_submission, write_xform};
use tessera_survey::{Lang, Questionnaire, Texts};

use crate::AppState;
use crate::http::routes::{Access, Routes};

/// The largest request body taken: one submission's XML and the multipart framing around it.
/// Attachments (photos) are not taken: Tessera's questionnaires ask none.
pub const MAX_BODY_BYTES: usize = MAX_SUBMISSION_BYTES + 64 * 1024;

/// The routes of the group.
pub(crate) fn routes() -> Routes {
    Routes::new(Access::OpenRosa)
        .get("/openrosa/{org}/formList", form_list)
        .get("/openrosa/{org}/forms/{file}", form)
        .head("/openrosa/{org}/submission", submission_head)
        .post("/openrosa/{org}/submission", submit)
}

/// The collector a request was authenticated as, with its organisation.
#[derive(Clone)]
pub(crate) struct Authenticated(pub Organisation, pub Collector);

/// An OpenRosa response document: `<OpenRosaResponse>` with one message.
fn response(status: StatusCode, nature: &str, message: &str) -> Response {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OpenRosaResponse \
         xmlns=\"http://openrosa.org/http/response\"><message nature=\"{nature}\">{}</message>\
         </OpenRosaResponse>\n",
        escape(message)
    );
    xml(status, body)
}

fn xml(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
        body,
    )
        .into_response()
}

/// Escapes text for XML content and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

fn unauthorised(message: &str) -> Response {
    let mut r = response(StatusCode::UNAUTHORIZED, "error", message);
    r.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Basic realm=\"Tessera OpenRosa\", charset=\"UTF-8\""),
    );
    r
}

/// The user name and password of a Basic `Authorization` header.
fn basic(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let encoded = value
        .strip_prefix("Basic ")
        .or_else(|| value.strip_prefix("basic "))?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (name, password) = text.split_once(':')?;
    Some((name.to_owned(), password.to_owned()))
}

/// Whether Basic authentication may be used: the configured address is HTTPS, or on this
/// machine.
fn basic_allowed(state: &AppState) -> bool {
    let base = state.app().settings().base_url();
    base.starts_with("https://")
        || base.starts_with("http://127.0.0.1")
        || base.starts_with("http://localhost")
        || base.starts_with("http://[::1]")
}

/// The group's layer: the organisation in the path and a collector of it, or 401.
pub(crate) async fn require_collector(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let slug = req
        .uri()
        .path()
        .split('/')
        .nth(2)
        .unwrap_or_default()
        .to_owned();
    if !basic_allowed(&state) {
        return response(
            StatusCode::FORBIDDEN,
            "error",
            &tessera_l10n::t("collect-error-https"),
        );
    }
    let Some((name, password)) = basic(req.headers()) else {
        return unauthorised(&tessera_l10n::t("collect-error-unauthorised"));
    };
    match state
        .app()
        .authenticate_collector(&slug, &name, &password)
        .await
    {
        Ok((org, collector)) => {
            req.extensions_mut().insert(Authenticated(org, collector));
            let mut reply = next.run(req).await;
            add_headers(reply.headers_mut());
            reply
        }
        Err(tessera_app::AppError::NotFound(m)) => response(StatusCode::NOT_FOUND, "error", &m),
        Err(tessera_app::AppError::Unauthorized(m)) => unauthorised(&m),
        Err(e) => {
            tracing::error!(error = %e, "OpenRosa sign-in failed");
            response(StatusCode::INTERNAL_SERVER_ERROR, "error", "")
        }
    }
}

/// Headers every OpenRosa answer carries.
pub(crate) fn add_headers(headers: &mut HeaderMap) {
    headers.insert("X-OpenRosa-Version", HeaderValue::from_static("1.0"));
    if let Ok(date) =
        time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc2822)
        && let Ok(v) = HeaderValue::from_str(&date)
    {
        headers.insert(header::DATE, v);
    }
}

/// The layer adding the OpenRosa headers to answers the collector layer did not make.
pub(crate) async fn openrosa_headers(req: Request, next: Next) -> Response {
    let mut reply = next.run(req).await;
    add_headers(reply.headers_mut());
    reply
}

/// The XForm id of a questionnaire.
fn form_id(id: QuestionnaireId) -> String {
    format!("tessera-{id}")
}

fn parse_form_id(text: &str) -> Option<QuestionnaireId> {
    text.strip_prefix("tessera-")?
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .map(QuestionnaireId)
}

/// `GET /openrosa/{org}/formList`: the questionnaires open for answers this collector may send.
async fn form_list(
    State(state): State<AppState>,
    axum::Extension(Authenticated(org, collector)): axum::Extension<Authenticated>,
) -> Response {
    let collections = match state.store().collections(org.id).await {
        Ok(c) => c,
        Err(e) => return internal(&e),
    };
    let base = state.app().settings().base_url();
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xforms \
         xmlns=\"http://openrosa.org/xforms/xformsList\">\n",
    );
    for c in collections {
        if !collector.may_send(c.questionnaire) {
            continue;
        }
        let Ok(collecting) = state.app().collecting_version(c, None, None).await else {
            continue;
        };
        if !matches!(
            state.app().collecting_state(&collecting).await,
            Ok(CollectState::Open)
        ) {
            continue;
        }
        let id = form_id(collecting.collection.questionnaire);
        let version = collecting.version.to_string();
        let document = write_xform(&collecting.questionnaire, &id, &version);
        let hash: String = Md5::digest(document.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let first = collecting
            .questionnaire
            .languages
            .first()
            .cloned()
            .unwrap_or_else(Lang::english);
        body.push_str(&format!(
            "  <xform>\n    <formID>{}</formID>\n    <name>{}</name>\n    <version>{}</version>\n    \
             <hash>md5:{hash}</hash>\n    <downloadUrl>{}/openrosa/{}/forms/{}.xml</downloadUrl>\n  </xform>\n",
            escape(&id),
            escape(&title_in(&collecting.questionnaire, &first)),
            escape(&version),
            escape(base.trim_end_matches('/')),
            escape(&org.slug),
            escape(&id),
        ));
    }
    body.push_str("</xforms>\n");
    xml(StatusCode::OK, body)
}

fn internal(e: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %e, "OpenRosa request failed");
    response(StatusCode::INTERNAL_SERVER_ERROR, "error", "")
}

fn not_found() -> Response {
    response(
        StatusCode::NOT_FOUND,
        "error",
        &tessera_l10n::t("respond-error-no-link"),
    )
}

/// `GET /openrosa/{org}/forms/{id}.xml`: one questionnaire's XForm at its current version.
async fn form(
    State(state): State<AppState>,
    Path((_org, file)): Path<(String, String)>,
    axum::Extension(Authenticated(org, collector)): axum::Extension<Authenticated>,
) -> Response {
    let Some(id) = file.strip_suffix(".xml").and_then(parse_form_id) else {
        return not_found();
    };
    if !collector.may_send(id) {
        return not_found();
    }
    let collection = match state.store().collection(org.id, id).await {
        Ok(Some(c)) => c,
        Ok(None) => return not_found(),
        Err(e) => return internal(&e),
    };
    match state.app().collecting_version(collection, None, None).await {
        Ok(c) => xml(
            StatusCode::OK,
            write_xform(&c.questionnaire, &form_id(id), &c.version.to_string()),
        ),
        Err(_) => not_found(),
    }
}

/// `HEAD /openrosa/{org}/submission`: ODK Collect asks first, to authenticate and learn the
/// largest submission taken.
async fn submission_head() -> Response {
    let mut r = StatusCode::NO_CONTENT.into_response();
    if let Ok(v) = HeaderValue::from_str(&MAX_SUBMISSION_BYTES.to_string()) {
        r.headers_mut()
            .insert("X-OpenRosa-Accept-Content-Length", v);
    }
    r
}

/// `POST /openrosa/{org}/submission`: one filled-in form, as `multipart/form-data` with the
/// instance in `xml_submission_file`. 201 when stored, 202 when the same instance was stored
/// before (nothing changes), 400 naming what is wrong, 403 when the collection takes no
/// answers or the collector may not send to it, 404 for an unknown form.
async fn submit(
    State(state): State<AppState>,
    axum::Extension(Authenticated(org, collector)): axum::Extension<Authenticated>,
    mut multipart: Multipart,
) -> Response {
    let mut xml_bytes: Option<Vec<u8>> = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                if field.name() == Some("xml_submission_file") {
                    match field.bytes().await {
                        Ok(b) => xml_bytes = Some(b.to_vec()),
                        Err(e) => return bad(&e.body_text(), e.status()),
                    }
                }
            }
            Ok(None) => break,
            Err(e) => return bad(&e.body_text(), e.status()),
        }
    }
    let Some(xml_bytes) = xml_bytes else {
        return bad(
            &tessera_l10n::t("collect-error-no-submission-file"),
            StatusCode::BAD_REQUEST,
        );
    };
    // The form id and version first, read against no questions at all.
    let empty = Questionnaire::new(Texts::new(), Texts::new());
    let head = match parse_submission(&xml_bytes, &empty) {
        Ok(h) => h,
        Err(e) => return bad(&e.to_string(), StatusCode::BAD_REQUEST),
    };
    let Some(id) = parse_form_id(&head.form_id) else {
        return not_found();
    };
    if !collector.may_send(id) {
        return response(
            StatusCode::FORBIDDEN,
            "error",
            &tessera_l10n::t("collect-error-collector-scope"),
        );
    }
    let collection = match state.store().collection(org.id, id).await {
        Ok(Some(c)) => c,
        Ok(None) => return not_found(),
        Err(e) => return internal(&e),
    };
    let version = head.version.parse::<i64>().ok();
    let collecting = match state
        .app()
        .collecting_version(collection, version, None)
        .await
    {
        Ok(c) => c,
        Err(_) => return not_found(),
    };
    let read = match parse_submission(&xml_bytes, &collecting.questionnaire) {
        Ok(r) => r,
        Err(e) => return bad(&e.to_string(), StatusCode::BAD_REQUEST),
    };
    if !read.unknown.is_empty() {
        return bad(
            &tessera_l10n::ta(
                "collect-error-unknown-fields",
                &[("fields", read.unknown.join(", ").into())],
            ),
            StatusCode::BAD_REQUEST,
        );
    }
    let lang = collecting
        .questionnaire
        .languages
        .first()
        .cloned()
        .unwrap_or_else(Lang::english);
    let submission = tessera_app::collection::Submission {
        answers: read
            .answers
            .into_iter()
            .map(|(n, v)| (n.as_str().to_owned(), v))
            .collect(),
        lang,
        key: read.instance_id,
        // parse_submission refuses an instance whose consent step was not acknowledged.
        consent: true,
        channel: Channel::OpenRosa,
    };
    match state.app().submit_response(&collecting, submission).await {
        Ok(Submitted::Stored(_)) => response(
            StatusCode::CREATED,
            "submit_success",
            &tessera_l10n::t("collect-openrosa-stored"),
        ),
        Ok(Submitted::Repeated(_)) => response(
            StatusCode::ACCEPTED,
            "submit_success",
            &tessera_l10n::t("collect-openrosa-repeated"),
        ),
        Err(e @ (SubmitError::Closed | SubmitError::Full | SubmitError::NotYetOpen(_))) => {
            response(StatusCode::FORBIDDEN, "error", &e.to_string())
        }
        Err(SubmitError::App(e)) => internal(&e),
        Err(e) => bad(&e.to_string(), StatusCode::BAD_REQUEST),
    }
}

fn bad(message: &str, status: StatusCode) -> Response {
    response(status, "error", message)
}
