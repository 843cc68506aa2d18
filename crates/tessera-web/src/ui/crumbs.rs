//! Breadcrumbs: the trail from the home page to the page shown.

/// A trail of (link, label) pairs.
pub type Crumbs = Vec<(String, String)>;

/// Home, then `section` (e.g. `("/datasets", "Datasets")`), then `extra`.
pub fn under(section: Option<(&str, &str)>, extra: &[(String, String)]) -> Crumbs {
    let mut all = vec![("/".to_owned(), "Home".to_owned())];
    if let Some((href, label)) = section {
        all.push((href.to_owned(), label.to_owned()));
    }
    all.extend_from_slice(extra);
    all
}

/// Home › Datasets, then `extra`.
pub fn datasets(extra: &[(String, String)]) -> Crumbs {
    under(Some(("/datasets", "Datasets")), extra)
}

/// Home › Plans, then `extra`.
pub fn plans(extra: &[(String, String)]) -> Crumbs {
    under(Some(("/plans", "Plans")), extra)
}
