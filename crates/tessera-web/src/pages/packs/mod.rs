//! Organisations' own framework packs (issue 18): the list, the upload with every problem
//! listed by file and line, a pack's page with its files, sharing and deletion. Every page
//! calls `tessera_app::packs` and says everything through the `packs` message files; the
//! loader's problem messages are English (the framework crate is not localised) and are
//! marked so.

pub(crate) mod list;
pub(crate) mod show;
pub(crate) mod upload;

use tessera_app::packs::OrgPackView;

/// Home › Your framework packs.
pub(crate) fn crumbs() -> Vec<(String, String)> {
    vec![
        ("/".to_owned(), tessera_l10n::t("nav-home")),
        ("/packs".to_owned(), tessera_l10n::t("packs-title")),
    ]
}

/// A pack as listed.
pub(crate) struct PackLine {
    pub id: String,
    pub pack_id: String,
    pub name: String,
    pub content: String,
    pub ok: bool,
    pub from: String,
    pub shared_with: usize,
}

impl PackLine {
    pub(crate) fn new(v: &OrgPackView) -> Self {
        Self {
            id: v.record.id.to_string(),
            pack_id: v.record.pack_id.clone(),
            name: v.record.name.clone(),
            content: match &v.pack {
                Some(p) => crate::t2(
                    "packs-content",
                    "domains",
                    p.domains.len(),
                    "indicators",
                    p.indicators.len(),
                ),
                None => String::new(),
            },
            ok: v.pack.is_some(),
            from: v.record.org_name.clone(),
            shared_with: v.record.shared_with.len(),
        }
    }
}

/// A loader problem as the pages list it.
pub(crate) struct ProblemLine {
    pub file: String,
    pub line: String,
    pub place: String,
    pub message: String,
}

impl ProblemLine {
    pub(crate) fn new(p: &tessera_framework::Problem) -> Self {
        Self {
            file: p.file.clone(),
            line: p.line.map(|l| l.to_string()).unwrap_or_default(),
            place: p.path().unwrap_or_default(),
            message: p.message.clone(),
        }
    }
}
