use std::collections::BTreeSet;

use tessera_framework::Catalogue;
use tessera_survey::{BANK_FILES, Bank, Lang, QuestionType, Questionnaire, Texts};

fn bank() -> &'static Bank {
    Bank::shipped().expect("the shipped bank loads")
}

fn indicator_keys() -> BTreeSet<String> {
    let catalogue = Catalogue::shipped().expect("shipped packs load");
    catalogue
        .indicators()
        .map(|i| format!("{}/{}", i.pack, i.id))
        .collect()
}

#[test]
fn every_file_in_the_questions_folder_is_compiled_in() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../questions");
    let on_disk: BTreeSet<String> = std::fs::read_dir(dir)
        .expect("questions/ exists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    let compiled: BTreeSet<String> = BANK_FILES.iter().map(|(f, _)| (*f).to_owned()).collect();
    assert_eq!(on_disk, compiled);
}

#[test]
fn every_indicator_of_the_shipped_packs_is_asked_about_or_has_a_reason_not_to_be() {
    let bank = bank();
    let mut missing = Vec::new();
    for key in indicator_keys() {
        let asked = bank.measuring(&key).next().is_some();
        let listed = bank.not_measurable(&key).is_some();
        assert!(
            !(asked && listed),
            "{key} is both asked about and listed as not in the bank"
        );
        if !asked && !listed {
            missing.push(key);
        }
    }
    assert!(missing.is_empty(), "no question and no reason: {missing:?}");
    assert!(bank.not_in_bank.iter().all(|n| n.reason.len() > 20));
}

#[test]
fn every_rule_and_listing_names_an_indicator_that_exists() {
    let keys = indicator_keys();
    let bank = bank();
    for q in &bank.questions {
        for r in &q.question.rules {
            assert!(keys.contains(&r.indicator), "{}: {}", q.id, r.indicator);
        }
    }
    for n in &bank.not_in_bank {
        assert!(keys.contains(&n.indicator), "not-in-bank: {}", n.indicator);
    }
}

#[test]
fn the_whole_bank_as_one_questionnaire_is_valid() {
    let bank = bank();
    let all: Vec<String> = indicator_keys().into_iter().collect();
    let composed = bank.compose(&all);
    assert_eq!(composed.questionnaire.items.len(), bank.questions.len());
    composed.questionnaire.validate().expect("valid");
}

fn every_text(bank: &Bank) -> Vec<(String, &Texts)> {
    let mut out = vec![
        ("title".to_owned(), &bank.title),
        ("consent".to_owned(), &bank.consent),
    ];
    for p in &bank.pages {
        out.push((format!("page {}", p.name), &p.title));
    }
    for q in &bank.questions {
        let qq = &q.question;
        out.push((format!("{} label", q.id), &qq.label));
        if !qq.hint.is_empty() {
            out.push((format!("{} hint", q.id), &qq.hint));
        }
        for c in &qq.choices {
            out.push((format!("{} choice {}", q.id, c.code), &c.label));
        }
        if let Some(s) = &qq.scale {
            out.push((format!("{} scale min", q.id), &s.min_label));
            out.push((format!("{} scale max", q.id), &s.max_label));
        }
        if !qq.constraint.message.is_empty() {
            out.push((format!("{} constraint", q.id), &qq.constraint.message));
        }
    }
    out
}

#[test]
fn every_bank_text_is_in_english_welsh_arabic_ukrainian_and_farsi() {
    let bank = bank();
    let langs: Vec<Lang> = ["en", "cy", "ar", "uk", "fa"]
        .iter()
        .map(|c| Lang::parse(c).expect("valid"))
        .collect();
    assert_eq!(bank.languages, langs);
    for (place, texts) in every_text(bank) {
        for l in &langs {
            assert!(texts.get(l).is_some(), "{place} has no {l} text");
        }
    }
}

#[test]
fn only_english_bank_texts_are_marked_reviewed() {
    for (place, texts) in every_text(bank()) {
        for (lang, text) in &texts.0 {
            assert_eq!(text.reviewed, lang.code() == "en", "{place} in {lang}");
        }
    }
}

#[test]
fn background_questions_are_optional_and_say_why_they_are_asked() {
    let bank = bank();
    let bg: Vec<_> = bank.background().collect();
    let names: Vec<&str> = bg.iter().map(|q| q.question.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "country_of_birth",
            "year_arrived",
            "immigration_status",
            "age_band",
            "gender",
            "area",
            "main_language"
        ]
    );
    for q in bg {
        assert!(!q.question.required, "{}", q.id);
        let hint = q.question.hint.value(&Lang::english()).unwrap_or_default();
        assert!(
            hint.contains("We ask") || hint.contains("optional"),
            "{}",
            q.id
        );
    }
}

#[test]
fn two_way_indicators_are_asked_of_everyone_unless_the_pack_says_otherwise() {
    // A question measuring a two-way indicator may be shown only after a question on the same
    // topic (e.g. the contract type only to employees), never after the sides' questions.
    let catalogue = Catalogue::shipped().expect("packs");
    let side_questions = [
        "country_of_birth",
        "year_arrived",
        "immigration_status",
        "main_language",
    ];
    for q in &bank().questions {
        for r in &q.question.rules {
            let two_way = catalogue.indicator(&r.indicator).is_some_and(|i| i.two_way);
            if two_way {
                for c in &q.question.show_if {
                    assert!(
                        !side_questions.contains(&c.question.as_str()),
                        "{} measures two-way {} but is shown only by {}",
                        q.id,
                        r.indicator,
                        c.question
                    );
                }
            }
        }
    }
}

#[test]
fn a_questionnaire_from_the_cafe_plan_indicators_maps_every_indicator_with_no_mapping_step() {
    let bank = bank();
    let cafe = [
        "ioi-2019/bri-friends-different",
        "ioi-2019/bri-ask-neighbours-for-help",
        "ioi-2019/sta-neighbours-trusted",
        "ioi-2019/bon-lonely",
        "ioi-2019/rig-know-rights",
        "ioi-2019/lan-practice-outside-class",
    ]
    .map(str::to_owned);
    let composed = bank.compose(&cafe);
    assert!(composed.not_covered.is_empty());
    let q: &Questionnaire = &composed.questionnaire;
    q.validate().expect("valid");
    let mapping = q.mapping(2026, 5);
    let measured: BTreeSet<&str> = mapping
        .measures
        .iter()
        .filter_map(|m| m.indicator.as_deref())
        .collect();
    for c in &cafe {
        assert!(measured.contains(c.as_str()), "{c}");
    }
    assert_eq!(mapping.area.as_deref(), Some("area"));
    assert_eq!(mapping.group.rules.len(), 3);
    let lonely = mapping
        .measures
        .iter()
        .find(|m| m.indicator.as_deref() == Some("ioi-2019/bon-lonely"))
        .expect("lonely measured");
    assert_eq!(lonely.variable.as_deref(), Some("lonely"));
    assert_eq!(lonely.success, ["often_always"]);
}

#[test]
fn an_indicator_no_question_asks_about_is_reported_with_the_banks_reason() {
    let composed = bank().compose(&["ioi-2019/saf-hate-crime-rate".to_owned()]);
    assert_eq!(composed.not_covered.len(), 1);
    assert!(
        composed.not_covered[0]
            .1
            .as_deref()
            .is_some_and(|r| r.contains("police-recorded"))
    );
}

#[test]
fn scale_questions_in_the_bank_have_words_for_both_ends() {
    for q in &bank().questions {
        if q.question.kind == QuestionType::Scale {
            let s = q.question.scale.as_ref().expect("scale");
            assert!(
                !s.min_label.is_empty() && !s.max_label.is_empty(),
                "{}",
                q.id
            );
        }
    }
}
