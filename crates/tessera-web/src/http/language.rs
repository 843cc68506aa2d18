//! The language of a page: chosen with the switch link (`?lang=cy`, then remembered in a
//! cookie for a year, and for a signed-in person on their account), else the cookie, else the
//! signed-in person's remembered language, else the browser's `Accept-Language`, else English.

use axum::extract::Request;
use axum::http::{HeaderValue, Uri, header};
use tessera_l10n::Lang;

use super::cookies::cookie as read_cookie;

/// The cookie remembering the language chosen.
pub const LANG_COOKIE: &str = "tessera_lang";

/// The page's language, and whether the request chose it with the switch link (so the cookie
/// is set, and the person's account remembers it). `remembered` is the signed-in person's
/// language, used when the browser has no cookie (a new device, cleared cookies).
pub fn choose(req: &Request, remembered: Option<Lang>) -> (Lang, bool) {
    if let Some(lang) = query_lang(req.uri()) {
        return (lang, true);
    }
    if let Some(lang) = read_cookie(req.headers(), LANG_COOKIE).and_then(Lang::parse) {
        return (lang, false);
    }
    if let Some(lang) = remembered {
        return (lang, false);
    }
    let accepted = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Lang::from_accept_language);
    (accepted.unwrap_or_default(), false)
}

fn query_lang(uri: &Uri) -> Option<Lang> {
    form_urlencoded::parse(uri.query()?.as_bytes())
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::parse(&v))
}

/// The address of this page in `lang`: the same path and query, with `lang` set.
pub fn switch_href(uri: &Uri, lang: Lang) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    if let Some(q) = uri.query() {
        for (k, v) in form_urlencoded::parse(q.as_bytes()) {
            if k != "lang" {
                query.append_pair(&k, &v);
            }
        }
    }
    query.append_pair("lang", lang.code());
    format!("{}?{}", uri.path(), query.finish())
}

/// A year-long cookie remembering `lang`.
pub fn cookie(lang: Lang, secure: bool) -> HeaderValue {
    super::cookies::set_cookie(LANG_COOKIE, lang.code(), Some(365 * 24 * 60 * 60), secure)
}

/// Before every API route: messages in the language `Accept-Language` asks for (Welsh when
/// it prefers `cy`), else English. The API sets no cookies.
pub async fn api_scope(req: Request, next: axum::middleware::Next) -> axum::response::Response {
    let lang = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Lang::from_accept_language)
        .unwrap_or_default();
    tessera_l10n::scope(lang, next.run(req)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_link_keeps_the_query_and_sets_the_language() {
        let uri: Uri = "/datasets/1/measures/x?by=ward&lang=en"
            .parse()
            .expect("uri");
        assert_eq!(
            switch_href(&uri, Lang::Cy),
            "/datasets/1/measures/x?by=ward&lang=cy"
        );
        let uri: Uri = "/".parse().expect("uri");
        assert_eq!(switch_href(&uri, Lang::Cy), "/?lang=cy");
    }
}
