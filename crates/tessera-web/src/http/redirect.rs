//! The one guard for addresses Tessera sends people back to after a form: only a path on this
//! site, never another site, however it is spelt.

/// `next` if it is a safe path on this site, else `/`.
///
/// Browsers ignore tabs and newlines inside URLs and treat `\` like `/`, so `/\t/evil.example`
/// and `/\evil.example` lead off the site: any control character, backslash or leading `//` is
/// refused, as are the sign-in and sign-out pages themselves.
pub fn safe_next(next: &str) -> String {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.chars().any(|c| c.is_control() || c == '\\')
        && !encoded_control(next)
        && !next.contains("/\u{3000}")
        && !next.starts_with("/sign-in")
        && !next.starts_with("/sign-out")
        && axum::http::Uri::try_from(next).is_ok();
    if ok { next.to_owned() } else { "/".to_owned() }
}

/// Whether `next` carries a percent-encoded control character or backslash (`%09`, `%5C`…),
/// which some clients decode before following a redirect.
fn encoded_control(next: &str) -> bool {
    let lower = next.to_ascii_lowercase();
    lower.match_indices('%').any(|(i, _)| {
        let code = lower.get(i + 1..i + 3).unwrap_or_default();
        code.starts_with(['0', '1']) || code == "5c" || code == "7f"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(safe_next("/plans/3"), "/plans/3");
        assert_eq!(safe_next("/datasets?x=1"), "/datasets?x=1");
        assert_eq!(safe_next("/plans/3#outcomes"), "/plans/3#outcomes");
        for bad in [
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "",
            "plans",
            "/sign-in",
            "/x\r\nSet-Cookie: a=b",
            "/\t/evil.example/",
            "/\u{1}",
            "/a\\b",
            "/\n/evil.example",
            "/%09/evil.example/",
            "/%5Cevil.example",
        ] {
            assert_eq!(safe_next(bad), "/", "{bad:?}");
        }
    }
}
