//! Plain words people search with, and the framework words they mean.
//!
//! Each group lists phrases that mean the same thing for search. A query phrase found in a
//! group also matches the group's other phrases, at a lower weight than the words typed. The
//! groups come from the words practitioners use (the guide's keyword index connects "the key
//! words you use in your workplace with the terms used in the Indicators") and from the search
//! test set; they are deliberately narrow, because a loose synonym drags in unrelated hits.

/// The synonym groups, each a list of phrases that mean the same for search.
pub const SYNONYMS: &[&[&str]] = &[
    &[
        "GP",
        "doctor",
        "general practice",
        "general practitioner",
        "family doctor",
    ],
    &[
        "ESOL",
        "English class",
        "English lesson",
        "English course",
        "English for speakers of other languages",
    ],
    &["job", "work", "employment", "paid work"],
    &["jobless", "unemployed", "unemployment", "out of work"],
    &["jobseeker", "looking for work", "job seeking"],
    &["housing", "accommodation"],
    &["homeless", "homelessness", "rough sleeping"],
    &[
        "bank account",
        "current account",
        "banking",
        "financial inclusion",
    ],
    &["friend", "friendship"],
    &["lonely", "loneliness", "isolation", "isolated"],
    &["racism", "racist", "racial discrimination"],
    &["hate crime", "hate incident"],
    &["dentist", "dental"],
    &["wifi", "internet", "broadband"],
    &["computer skills", "IT skills", "digital skills", "ICT"],
    &["council", "local authority"],
    &["kids", "children", "child"],
    &["teenager", "young people", "youth"],
    &["police", "policing"],
    &["vote", "voting", "election", "electoral"],
    &["benefits", "welfare", "universal credit"],
    &["citizenship", "naturalisation"],
    &["mental health", "mental distress", "mental wellbeing"],
    &["pregnancy", "pregnant", "antenatal", "maternity"],
    &["university", "higher education"],
    &["neighbour", "neighbourhood"],
    &["safe", "safety"],
    &["mix", "mixing", "socialise", "socialising"],
    &["interpreter", "interpreting", "translation"],
    &["sport", "physical activity", "exercise"],
    &["volunteer", "volunteering"],
    &["happiness", "life satisfaction", "wellbeing"],
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_is_in_one_group_only() {
        let mut seen = std::collections::BTreeSet::new();
        for group in SYNONYMS {
            assert!(group.len() >= 2, "{group:?}");
            for phrase in *group {
                assert!(seen.insert(phrase.to_lowercase()), "{phrase} twice");
            }
        }
    }
}
