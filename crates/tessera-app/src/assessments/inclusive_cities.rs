//! The Inclusive Cities self-assessment: a council scores its policy against each of the five
//! core principles and five thematic areas of the framework, as the shipped pack
//! `frameworks/inclusive-cities` records them.
//!
//! The framework deliberately sets no performance indicators; it describes "what good looks
//! like" for each area through case studies (COMPAS policy brief, Broadhead 2020). Tessera does
//! not reproduce that text: the statement shown for each item is Tessera's own reading of the
//! principle or area (messages `assessments-good-<id>`), and the scale is Tessera's, from 0
//! (not started) to 4 (embedded and reviewed).

use tessera_framework::Catalogue;
use tessera_l10n::t;

use super::{Group, Item};

/// The pack the items come from.
pub const PACK: &str = "inclusive-cities";

/// The top of the scale: 0 not started, 1 early thinking, 2 developing, 3 established,
/// 4 embedded and reviewed.
pub const TOP: u8 = 4;

fn lang() -> &'static str {
    tessera_l10n::current().code()
}

/// The five principles, then the five thematic areas, in the pack's order; none if the pack is
/// missing from the catalogue.
pub fn items(catalogue: &Catalogue) -> Vec<Item> {
    let Some(pack) = catalogue.pack(PACK) else {
        return Vec::new();
    };
    let lang = lang();
    let principles = pack.principles.iter().enumerate().map(|(n, p)| {
        let name = p.localised_name(lang);
        let summary = p.localised_summary(lang);
        Item {
            id: format!("principle:{}", p.id),
            group: Group::Principle,
            number: n + 1,
            name: name.text.to_owned(),
            name_lang: name.lang.to_owned(),
            summary: summary.text.to_owned(),
            summary_lang: summary.lang.to_owned(),
            guidance: t(&format!("assessments-good-{}", p.id)),
            suggestions: Vec::new(),
        }
    });
    let areas = pack.domains.iter().enumerate().map(|(n, d)| {
        let name = d.localised_name(lang);
        let summary = d.localised_summary(lang);
        Item {
            id: format!("area:{}", d.id),
            group: Group::Area,
            number: n + 1,
            name: name.text.to_owned(),
            name_lang: name.lang.to_owned(),
            summary: summary.text.to_owned(),
            summary_lang: summary.lang.to_owned(),
            guidance: t(&format!("assessments-good-{}", d.id)),
            suggestions: Vec::new(),
        }
    });
    principles.chain(areas).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tessera_l10n::{Lang, has};

    #[test]
    fn the_assessment_asks_about_five_principles_and_five_thematic_areas() {
        let catalogue = Catalogue::shipped().expect("the shipped packs load");
        let items = items(&catalogue);
        assert_eq!(
            items.iter().filter(|i| i.group == Group::Principle).count(),
            5
        );
        assert_eq!(items.iter().filter(|i| i.group == Group::Area).count(), 5);
        assert_eq!(items[0].id, "principle:local-leadership");
        assert_eq!(items[5].id, "area:shared-local-story");
        assert_eq!(items[9].number, 5);
    }

    #[test]
    fn every_principle_and_area_has_what_good_looks_like_in_both_languages() {
        let catalogue = Catalogue::shipped().expect("the shipped packs load");
        let pack = catalogue.pack(PACK).expect("the pack is shipped");
        let ids = pack
            .principles
            .iter()
            .map(|p| p.id.to_string())
            .chain(pack.domains.iter().map(|d| d.id.to_string()));
        for id in ids {
            for lang in Lang::ALL {
                assert!(
                    has(lang, &format!("assessments-good-{id}")),
                    "no 'what good looks like' for {id} in {}",
                    lang.code()
                );
            }
        }
    }
}
