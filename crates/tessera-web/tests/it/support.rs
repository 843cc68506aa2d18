use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode, header};
use scraper::{Html, Selector};
use tessera_framework::Catalogue;
use tessera_store::AnyStore;
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

/// The application with the shipped framework packs and an empty in-memory database.
pub struct TestApp {
    state: AppState,
}

impl TestApp {
    pub async fn new() -> Self {
        // PostgreSQL when TESSERA_TEST_DATABASE_URL is set (scripts/test sets it), else SQLite.
        let store = tessera_store::testing::fresh()
            .await
            .expect("a test database");
        let catalogue = Catalogue::shipped().expect("shipped packs are valid");
        Self {
            state: AppState::new(catalogue, store, false, std::env::temp_dir()),
        }
    }

    /// The application as `serve --demo` starts it: the demo organisation and its dataset.
    pub async fn demo() -> Self {
        let store = tessera_store::testing::fresh()
            .await
            .expect("a test database");
        tessera_web::demo::seed(&store).await.expect("demo data");
        let catalogue = Catalogue::shipped().expect("shipped packs are valid");
        Self {
            state: AppState::new(catalogue, store, true, std::env::temp_dir()),
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
        let response = app(self.state.clone())
            .oneshot(request)
            .await
            .expect("infallible");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = to_bytes(response.into_body(), 16 * 1024 * 1024)
            .await
            .expect("body");
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    /// An empty in-memory application with one organisation, which requests act for.
    pub async fn with_org(slug: &str, name: &str) -> Self {
        let app = Self::new().await;
        app.add_org(slug, name).await;
        app
    }

    /// Adds an organisation and returns its id.
    pub async fn add_org(&self, slug: &str, name: &str) -> tessera_store::OrgId {
        use tessera_store::Store;
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
    /// Creates an organisation (Tessera without `--demo` acts for the first one).
    pub async fn create_org(&self, slug: &str) -> tessera_store::Organisation {
        use tessera_store::Store;
        let new = tessera_store::NewOrganisation::parse(slug, "Test Council").expect("valid");
        self.state
            .store()
            .create_organisation(new, "test")
            .await
            .expect("create organisation")
    }

    /// Sends any request and reads the whole response.
    pub async fn send(&self, request: Request<Body>) -> Reply {
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
