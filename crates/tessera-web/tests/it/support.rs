use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode, header};
use scraper::{Html, Selector};
use tessera_framework::Catalogue;
use tessera_store::prelude::*;
use tessera_store::{AnyStore, NewApiToken, NewUser, Role};
use tessera_web::{AppState, app};
use tower::ServiceExt;

/// A response, read whole.
pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    bytes: Vec<u8>,
}

impl Reply {
    /// The body exactly as sent.
    pub fn body_bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("the body is JSON")
    }

    /// The trimmed texts of every element matching `selector`.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let sel = Selector::parse(selector).expect("valid selector");
        self.html()
            .select(&sel)
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    pub fn header(&self, name: header::HeaderName) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// Who a [`TestApp`] sends requests as: a signed-in session and, for the API, a token.
#[derive(Clone, Debug)]
pub struct Identity {
    pub session: String,
    pub csrf: String,
    pub token: String,
}

/// The password every test account has.
pub const PASSWORD: &str = "correct horse battery staple";

/// Its Argon2id hash, made once: hashing is deliberately slow.
fn password_hash() -> String {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| tessera_store::credentials::hash_password(PASSWORD).expect("hash"))
        .clone()
}

/// The application with the shipped framework packs and an empty in-memory database, and the
/// person requests are sent as (nobody until an organisation is made).
pub struct TestApp {
    state: AppState,
    who: std::sync::Mutex<Option<Identity>>,
}

/// The web app over a store, as `serve` builds it.
fn state(catalogue: Catalogue, store: tessera_store::AnyStore, demo: bool) -> AppState {
    let mut settings = tessera_app::Settings::new(std::env::temp_dir());
    settings.demo = demo;
    state_with(catalogue, store, settings)
}

fn state_with(
    catalogue: Catalogue,
    store: tessera_store::AnyStore,
    settings: tessera_app::Settings,
) -> AppState {
    AppState::new(tessera_app::App::new(catalogue, store, settings))
}

impl TestApp {
    pub async fn new() -> Self {
        // PostgreSQL when TESSERA_TEST_DATABASE_URL is set (scripts/test sets it), else SQLite.
        let store = tessera_store::testing::fresh()
            .await
            .expect("a test database");
        let catalogue = Catalogue::shipped().expect("shipped packs are valid");
        Self {
            state: state(catalogue, store, false),
            who: std::sync::Mutex::new(None),
        }
    }

    /// The application as `serve --demo` starts it: the demo organisation and its dataset,
    /// with requests sent as the demo owner.
    pub async fn demo() -> Self {
        let store = tessera_store::testing::fresh()
            .await
            .expect("a test database");
        let org = tessera_app::demo::seed(&store).await.expect("demo data");
        let catalogue = Catalogue::shipped().expect("shipped packs are valid");
        let app = Self {
            state: state(catalogue, store, true),
            who: std::sync::Mutex::new(None),
        };
        let who = app
            .member(org.id, tessera_app::demo::DEMO_OWNER, Role::Owner)
            .await;
        app.act_as(Some(who));
        app
    }

    /// The same application with another limit on responses per client a minute.
    pub fn with_respond_limit(mut self, per_minute: u32) -> Self {
        self.state = self.state.with_respond_limit(per_minute);
        self
    }

    /// The demo application with other settings (limits, public address), as the demo owner.
    pub async fn demo_with(change: impl FnOnce(&mut tessera_app::Settings)) -> Self {
        let base = Self::demo().await;
        let mut settings = base.state.app().settings().clone();
        change(&mut settings);
        let app = Self {
            state: state_with(
                base.state.catalogue().clone(),
                base.store().clone(),
                settings,
            ),
            who: std::sync::Mutex::new(None),
        };
        app.act_as(base.identity());
        app
    }

    /// The same application (same database), sending requests as `who` (`None`: anonymous).
    pub fn as_(&self, who: Option<Identity>) -> TestApp {
        TestApp {
            state: self.state.clone(),
            who: std::sync::Mutex::new(who),
        }
    }

    /// The same application, sending requests as nobody.
    pub fn anonymous(&self) -> TestApp {
        self.as_(None)
    }

    /// Sends later requests as `who`.
    pub fn act_as(&self, who: Option<Identity>) {
        *self.who.lock().expect("lock") = who;
    }

    /// Who requests are sent as.
    pub fn identity(&self) -> Option<Identity> {
        self.who.lock().expect("lock").clone()
    }

    /// Makes `email` (a new account, or an existing one) a member of `org` with `role`, signs
    /// them in (a session made as the sign-in page makes it) and gives them an API token with
    /// the same role.
    pub async fn member(&self, org: tessera_store::OrgId, email: &str, role: Role) -> Identity {
        use tessera_store::credentials::{hash_token, new_api_token, random_token};
        let store = self.store();
        let user = match store.user_credentials(email).await.expect("read") {
            Some(c) => c.user,
            None => store
                .create_user(
                    NewUser {
                        email: email.to_owned(),
                        name: email.split('@').next().unwrap_or_default().to_owned(),
                        password_hash: password_hash(),
                        is_admin: false,
                    },
                    "test",
                )
                .await
                .expect("create user"),
        };
        store
            .set_membership(org, user.id, role, "test")
            .await
            .expect("membership");
        let session = random_token(32);
        let csrf = random_token(32);
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        store
            .create_session(
                &hash_token(&session),
                user.id,
                Some(org),
                &csrf,
                now,
                now + 3600,
            )
            .await
            .expect("session");
        let (token, hash, prefix) = new_api_token();
        store
            .create_api_token(NewApiToken {
                token_hash: hash,
                prefix,
                name: "tests".to_owned(),
                org,
                role,
                user: Some(user.id),
                created_by: "test".to_owned(),
            })
            .await
            .expect("token");
        Identity {
            session,
            csrf,
            token,
        }
    }

    /// The store behind the application, for setting up and checking data.
    pub fn store(&self) -> &AnyStore {
        self.state.store()
    }

    /// GETs `uri` until the estimates are computed (a 200 or an error, not the computing page).
    pub async fn get_computed(&self, uri: &str) -> Reply {
        for _ in 0..200 {
            let reply = self.get(uri).await;
            let computing =
                reply.status == StatusCode::ACCEPTED || reply.body.contains("Computing estimates");
            if !computing {
                return reply;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("{uri} was still computing after 10 s");
    }

    pub async fn get(&self, uri: &str) -> Reply {
        let request = Request::get(uri).body(Body::empty()).expect("request");
        self.send(request).await
    }

    /// An empty in-memory application with one organisation, whose owner requests are sent as.
    pub async fn with_org(slug: &str, name: &str) -> Self {
        let app = Self::new().await;
        let org = app.add_org(slug, name).await;
        let who = app
            .member(org, &format!("owner@{slug}.example"), Role::Owner)
            .await;
        app.act_as(Some(who));
        app
    }

    /// The demo organisation.
    pub async fn demo_org(&self) -> tessera_store::Organisation {
        use tessera_store::prelude::*;
        self.store()
            .organisation_by_slug("demo")
            .await
            .expect("read")
            .expect("the demo organisation")
    }

    /// Adds an organisation and returns its id.
    pub async fn add_org(&self, slug: &str, name: &str) -> tessera_store::OrgId {
        use tessera_store::prelude::*;
        self.store()
            .create_organisation(
                tessera_store::NewOrganisation::parse(slug, name).expect("valid organisation"),
                "test",
            )
            .await
            .expect("create organisation")
            .id
    }

    /// Sends a JSON body with `method`.
    pub async fn send_json(&self, method: &str, uri: &str, body: &str) -> Reply {
        let request = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_owned()))
            .expect("request");
        self.send(request).await
    }
}

/// A part of a multipart form: (field name, file name for a file, contents).
pub type Part<'a> = (&'a str, Option<&'a str>, &'a [u8]);

impl TestApp {
    /// Creates an organisation; requests are then sent as its owner unless someone is already
    /// signed in.
    pub async fn create_org(&self, slug: &str) -> tessera_store::Organisation {
        use tessera_store::prelude::*;
        let new = tessera_store::NewOrganisation::parse(slug, "Test Council").expect("valid");
        let org = self
            .state
            .store()
            .create_organisation(new, "test")
            .await
            .expect("create organisation");
        if self.identity().is_none() {
            let who = self
                .member(org.id, &format!("owner@{slug}.example"), Role::Owner)
                .await;
            self.act_as(Some(who));
        }
        org
    }

    /// Sends any request as the current identity (session cookie and CSRF header for pages,
    /// bearer token for the API) and reads the whole response. A successful request that
    /// changes anything must add to the audit log: this checks it for every test.
    pub async fn send(&self, mut request: Request<Body>) -> Reply {
        if let Some(who) = self.identity() {
            let api = request.uri().path().starts_with("/api/");
            let headers = request.headers_mut();
            if api {
                if !headers.contains_key(header::AUTHORIZATION) {
                    let value = format!("Bearer {}", who.token);
                    headers.insert(header::AUTHORIZATION, value.parse().expect("header"));
                }
            } else {
                let cookie = format!("tessera_session={}", who.session);
                headers.append(header::COOKIE, cookie.parse().expect("header"));
                if !headers.contains_key("x-csrf-token") {
                    headers.insert("x-csrf-token", who.csrf.parse().expect("header"));
                }
            }
        }
        self.send_raw(request).await
    }

    /// Sends a request exactly as given, checking only the audit log rule.
    pub async fn send_raw(&self, request: Request<Body>) -> Reply {
        let mutating = !matches!(request.method().as_str(), "GET" | "HEAD");
        let what = format!("{} {}", request.method(), request.uri());
        let signed_in = request
            .headers()
            .get_all(header::COOKIE)
            .iter()
            .any(|v| v.to_str().is_ok_and(|v| v.contains("tessera_session=")));
        let before = self.store().latest_audit_id().await.expect("audit");
        let reply = self.send_unchecked(request).await;
        // A form shown again with its problems stored nothing; anything else that succeeded
        // must be in the log.
        let problems_shown = reply.body.contains("govuk-error-summary");
        let sent_to_sign_in = reply
            .header(header::LOCATION)
            .is_some_and(|l| l.starts_with("/sign-in?next="));
        if mutating
            && reply.status.as_u16() < 400
            && !problems_shown
            && !sent_to_sign_in
            && !audit_exempt(&what, reply.status)
            && (signed_in || what != "POST /sign-out")
        {
            let after = self.store().latest_audit_id().await.expect("audit");
            assert!(
                after > before,
                "{what} answered {} but added nothing to the audit log",
                reply.status
            );
        }
        reply
    }

    async fn send_unchecked(&self, request: Request<Body>) -> Reply {
        let response = app(self.state.clone())
            .oneshot(request)
            .await
            .expect("infallible");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = to_bytes(response.into_body(), 64 * 1024 * 1024)
            .await
            .expect("body");
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    /// Posts a URL-encoded form; repeat a key for several checkboxes.
    pub async fn post_form(&self, uri: &str, fields: &[(&str, &str)]) -> Reply {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let request = Request::post(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("request");
        self.send(request).await
    }

    /// Posts a multipart form, as a browser does for file uploads.
    pub async fn post_multipart(&self, uri: &str, parts: &[Part<'_>]) -> Reply {
        let boundary = "----tessera-test-boundary-7MA4YWxkTrZu0gW";
        let mut body: Vec<u8> = Vec::new();
        for (name, file_name, contents) in parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            match file_name {
                Some(f) => body.extend_from_slice(
                    format!(
                        "Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    )
                    .as_bytes(),
                ),
                None => body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
                ),
            }
            body.extend_from_slice(contents);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let request = Request::post(uri)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .expect("request");
        self.send(request).await
    }
}

/// Requests that succeed without changing anything stored, so need no audit entry: the
/// reading choices and the mapping step of an upload, a saved dataset's mapping form shown
/// again (its lists updated), which lives only in memory until it is saved (the upload itself
/// is audited as `upload`, the save as `import`), and the first step of a new plan, which
/// only shows the second (the plan is created, and audited, by the second).
fn audit_exempt(what: &str, status: StatusCode) -> bool {
    let path = what.split_once(' ').map_or(what, |(_, p)| p);
    path.starts_with("/datasets/imports/")
        && (path.ends_with("/mapping") || path.ends_with("/preview"))
        || path.starts_with("/datasets/")
            && path.ends_with("/mapping/edit")
            && status == StatusCode::OK
        || path == "/plans/new" && status == StatusCode::OK
        // Respondents' answers are not audit entries (see docs/collecting.md): the response
        // row records each one, without copying answers into the log.
        || path.starts_with("/respond/")
        || path.starts_with("/openrosa/")
}
