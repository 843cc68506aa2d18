//! The weighting chooser of a dataset's profile and measure pages: a small GET form listing the
//! dataset's weightings, and the sentence saying which weighting the page's figures use.

use serde::Deserialize;
use tessera_app::weighting::{KeptWeighting, own_weights};
use tessera_l10n::ta;
use tessera_store::{DatasetId, OrgId};

use crate::AppState;
use crate::http::error::PageError;

/// The `?weighting=` of a page's address.
#[derive(Debug, Deserialize, Default)]
pub(crate) struct WeightingParam {
    /// A kept weighting's name; empty or absent for the dataset's own weights.
    pub weighting: Option<String>,
}

/// The chooser as the template shows it (`datasets/weighting/_chooser.html`).
pub(crate) struct Chooser {
    /// The page the form asks for (its own address, without a query).
    pub action: String,
    /// (value, label): the dataset's own weights first, then each weighting.
    pub options: Vec<(String, String)>,
    /// The value chosen (empty for the dataset's own weights).
    pub chosen: String,
    /// Other query values to keep (e.g. the measure page's `by`).
    pub keep: Vec<(String, String)>,
    /// "Figures on this page use …".
    pub uses: String,
    /// The list of weightings.
    pub list_href: String,
}

impl Chooser {
    /// The query to append to links so they keep the chosen weighting (`weighting=…`, escaped),
    /// empty for the dataset's own weights.
    pub(crate) fn query(&self) -> String {
        if self.chosen.is_empty() {
            return String::new();
        }
        let value: String = form_urlencoded::byte_serialize(self.chosen.as_bytes()).collect();
        format!("weighting={value}")
    }
}

/// The sentence naming the weighting figures use.
pub(crate) fn uses(weighting: Option<&KeptWeighting>) -> String {
    match weighting {
        Some(w) => ta(
            "weighting-page-uses",
            &[
                ("weighting", w.summary.name.as_str().into()),
                ("method", super::method_name(&w.summary.method).into()),
            ],
        ),
        None => ta(
            "weighting-page-uses-own",
            &[("weighting", own_weights().into())],
        ),
    }
}

/// Reads the chosen weighting (404 for a name the dataset does not have) and builds the chooser.
pub(crate) async fn choose(
    state: &AppState,
    org: OrgId,
    dataset: DatasetId,
    param: &WeightingParam,
    action: String,
    keep: Vec<(String, String)>,
) -> Result<(Option<KeptWeighting>, Chooser), PageError> {
    let all = state.app().weightings(org, dataset).await?;
    let wanted = param
        .weighting
        .as_deref()
        .map(str::trim)
        .filter(|w| !w.is_empty());
    let chosen = match wanted {
        Some(name) => Some(
            all.iter()
                .find(|w| w.summary.name == name)
                .cloned()
                .ok_or_else(|| {
                    tessera_app::AppError::NotFound(ta(
                        "weighting-not-found",
                        &[("name", name.into())],
                    ))
                })?,
        ),
        None => None,
    };
    let mut options = vec![(String::new(), own_weights())];
    options.extend(
        all.iter()
            .map(|w| (w.summary.name.clone(), w.summary.name.clone())),
    );
    let chooser = Chooser {
        action,
        options,
        chosen: chosen
            .as_ref()
            .map(|w| w.summary.name.clone())
            .unwrap_or_default(),
        keep,
        uses: uses(chosen.as_ref()),
        list_href: format!("/datasets/{dataset}/weightings"),
    };
    Ok((chosen, chooser))
}
