//! Issue 18 on the framework pages: each indicator's toolkit facts, quotations and descriptions
//! with their sources, each pack's credits, notes and file licences, other packs' themes on a
//! domain's page; and the indicator API's toolkit fields for every indicator that has them.

use axum::http::StatusCode;
use tessera_framework::Catalogue;

use crate::support::TestApp;

#[tokio::test]
async fn an_indicator_page_shows_the_toolkit_facts_of_each_data_source() {
    let app = TestApp::new().await;
    let catalogue = Catalogue::shipped().expect("packs");
    let indicator = catalogue
        .indicator("ioi-2019/bri-friends-different")
        .expect("indicator");
    let source = &indicator.toolkit[0];
    let page = app
        .get("/frameworks/ioi-2019/indicators/bri-friends-different")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("#toolkit"), ["Where ready-made figures exist"]);
    assert_eq!(
        page.texts(".tessera-toolkit__name"),
        std::slice::from_ref(&source.name)
    );
    assert_eq!(
        page.texts(".tessera-toolkit__levels"),
        ["national, regional"]
    );
    assert_eq!(page.texts(".tessera-toolkit__frequency"), ["every year"]);
    let facts = page.texts(".tessera-toolkit dd").join(" | ");
    for expected in [
        source.publisher.as_str(),
        source.url.as_str(),
        "country of birth, ethnic group, age, sex",
        "Not known.",
    ] {
        assert!(facts.contains(expected), "{expected} in {facts}");
    }
    let welsh = app
        .get("/frameworks/ioi-2019/indicators/bri-friends-different?lang=cy")
        .await;
    assert_eq!(
        welsh.texts(".tessera-toolkit__levels"),
        ["cenedlaethol, rhanbarthol"]
    );
    assert_eq!(welsh.texts(".tessera-toolkit__frequency"), ["bob blwyddyn"]);
}

#[tokio::test]
async fn quoted_and_described_indicators_name_their_source() {
    let app = TestApp::new().await;
    let catalogue = Catalogue::shipped().expect("packs");
    let quoted = catalogue
        .indicators()
        .find(|i| i.quote.is_some())
        .expect("a quoted indicator");
    let described = catalogue
        .indicators()
        .find(|i| i.described_from.is_some())
        .expect("a described indicator");
    for (indicator, id, quote) in [
        (quoted, "#quote", quoted.quote.as_ref()),
        (
            described,
            "#described-from",
            described.described_from.as_ref(),
        ),
    ] {
        let quote = quote.expect("a source");
        let pack = catalogue.pack(indicator.pack.as_str()).expect("pack");
        let title = &pack.source(quote.source.as_str()).expect("source").title;
        let page = app
            .get(&format!(
                "/frameworks/{}/indicators/{}",
                indicator.pack, indicator.id
            ))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        let note = page.texts(id).join(" ");
        assert!(note.contains(title.as_str()), "{id}: {title} in {note}");
    }
}

#[tokio::test]
async fn a_pack_page_credits_its_sources_and_says_each_files_licence() {
    let app = TestApp::new().await;
    let catalogue = Catalogue::shipped().expect("packs");
    for pack in catalogue.packs() {
        let page = app.get(&format!("/frameworks/{}", pack.id)).await;
        assert_eq!(page.status, StatusCode::OK, "{}", pack.id);
        let credits = page.texts("#credits li");
        assert_eq!(
            credits,
            pack.credits()
                .iter()
                .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect::<Vec<_>>(),
            "{}",
            pack.id
        );
        assert_eq!(
            page.texts("#file-licences code"),
            pack.file_licences
                .iter()
                .map(|f| f.file.clone())
                .collect::<Vec<_>>(),
            "{}",
            pack.id
        );
        assert_eq!(
            page.texts("#pack-notes").len(),
            usize::from(pack.notes.is_some()),
            "{}",
            pack.id
        );
        assert_eq!(page.texts("#sources li").len(), pack.sources.len());
    }
}

#[tokio::test]
async fn a_domain_page_lists_the_themes_of_other_packs_that_cover_it() {
    let app = TestApp::new().await;
    let catalogue = Catalogue::shipped().expect("packs");
    let mut checked = 0;
    for domain in &catalogue.pack("ioi-2019").expect("IOI").domains {
        let themes = catalogue.domains_crosswalked_to("ioi-2019", domain.id.as_str());
        let page = app
            .get(&format!("/frameworks/ioi-2019/domains/{}", domain.id))
            .await;
        let links = page.texts("#theme-list a");
        assert_eq!(links.len(), themes.len(), "{}", domain.id);
        for (_, d, _) in &themes {
            assert!(links.contains(&d.name), "{} lists {}", domain.id, d.name);
        }
        checked += themes.len();
    }
    assert!(checked >= 10, "{checked} themes in all");
}

#[tokio::test]
async fn the_indicator_api_gives_source_link_level_and_frequency_for_every_toolkit_indicator() {
    let app = TestApp::new().await;
    let catalogue = Catalogue::shipped().expect("packs");
    let mut covered = 0;
    for indicator in catalogue.indicators().filter(|i| !i.toolkit.is_empty()) {
        let reply = app
            .get(&format!(
                "/api/v1/indicators/{}/{}",
                indicator.pack, indicator.id
            ))
            .await;
        assert_eq!(reply.status, StatusCode::OK);
        let body = reply.json();
        let toolkit = body["toolkit"].as_array().expect("toolkit");
        assert_eq!(toolkit.len(), indicator.toolkit.len());
        for (api, source) in toolkit.iter().zip(&indicator.toolkit) {
            assert_eq!(api["name"], source.name.as_str());
            assert_eq!(api["url"], source.url.as_str());
            assert_eq!(
                api["levels"],
                serde_json::to_value(&source.levels).expect("levels")
            );
            assert_eq!(
                api["frequency"],
                serde_json::to_value(source.frequency).expect("frequency")
            );
        }
        covered += 1;
    }
    assert!(covered >= 40, "{covered} indicators have toolkit sources");
}
