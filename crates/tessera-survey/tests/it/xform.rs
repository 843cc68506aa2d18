//! XForms: Tessera's XForm of a questionnaire against pyxform's XForm of Tessera's XLSForm of the
//! same questionnaire, submissions read back, hostile submissions refused quickly.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use quick_xml::Reader;
use quick_xml::XmlVersion;
use quick_xml::events::Event;
use tessera_survey::xform::MAX_SUBMISSION_BYTES;
use tessera_survey::{
    ProblemKind, QuestionName, QuestionType, Questionnaire, SurveyError, parse_submission,
    read_xlsform, write_xform, write_xlsform,
};

use crate::xlsform::{KOBO, cafe, pyxform, pyxform_available, whole_bank};

/// What two XForms must share to behave the same in ODK: the instance's id and version, each
/// bind (nodeset, type, required, read-only, relevant, constraint and its message, preload),
/// the translations' languages, the choice values of each list, and the body's controls.
#[derive(Debug, PartialEq, Default)]
struct Structure {
    form: (String, String),
    binds: BTreeMap<String, BTreeMap<String, String>>,
    languages: Vec<String>,
    choices: BTreeMap<String, Vec<String>>,
    controls: Vec<(String, String, String)>,
}

/// Reads the structure of an XForm. Expressions lose their spaces: pyxform pads the paths it
/// substitutes (` /data/a  = 'x'`), which changes nothing in XPath.
fn structure(xml: &str) -> Structure {
    let mut out = Structure::default();
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<String> = Vec::new();
    let mut instance: Option<String> = None;
    let mut in_body = false;
    loop {
        let event = reader.read_event().expect("well-formed XForm");
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name().as_ref().to_owned();
                let attrs: BTreeMap<String, String> = e
                    .attributes()
                    .map(|a| {
                        let a = a.expect("attribute");
                        (
                            a.key.as_ref().to_owned(),
                            a.normalized_value(XmlVersion::Implicit1_0)
                                .expect("value")
                                .into_owned(),
                        )
                    })
                    .collect();
                match name.as_str() {
                    "h:body" => in_body = true,
                    "bind" => {
                        let mut kept = BTreeMap::new();
                        for (k, v) in &attrs {
                            if k == "nodeset" {
                                continue;
                            }
                            let v = if k == "relevant" || k == "constraint" {
                                v.split_whitespace().collect::<String>()
                            } else {
                                v.clone()
                            };
                            kept.insert(k.clone(), v);
                        }
                        out.binds.insert(attrs["nodeset"].clone(), kept);
                    }
                    "translation" => out.languages.push(attrs["lang"].clone()),
                    "instance" => instance = attrs.get("id").cloned(),
                    "data" if stack.len() == 4 => {
                        out.form = (
                            attrs.get("id").cloned().unwrap_or_default(),
                            attrs.get("version").cloned().unwrap_or_default(),
                        );
                    }
                    "select1" | "select" | "input" | "range" | "trigger" | "group" if in_body => {
                        out.controls.push((
                            name.clone(),
                            attrs.get("ref").cloned().unwrap_or_default(),
                            attrs.get("appearance").cloned().unwrap_or_default(),
                        ));
                    }
                    _ => {}
                }
                if matches!(event, Event::Start(_)) {
                    stack.push(name);
                }
            }
            Event::Text(t) => {
                if let (Some(list), Some("name")) = (&instance, stack.last().map(String::as_str)) {
                    out.choices
                        .entry(list.clone())
                        .or_default()
                        .push(t.xml10_content().trim().to_owned());
                }
            }
            Event::End(_) => {
                let closed = stack.pop();
                if closed.as_deref() == Some("instance") {
                    instance = None;
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn kobo() -> Questionnaire {
    read_xlsform(KOBO, "Imported")
        .expect("fixture reads")
        .questionnaire
}

#[test]
fn every_xform_has_the_structure_pyxform_gives_the_same_questionnaire() {
    if !pyxform_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, q) in [("bank", whole_bank()), ("cafe", cafe()), ("kobo", kobo())] {
        let form_id = format!("tessera_{name}");
        let xlsx = write_xlsform(&q, &form_id, "7").expect("exports");
        let report = pyxform(dir.path(), name, &xlsx);
        assert_eq!(report["code"], 100, "{name}: {report}");
        let theirs = std::fs::read_to_string(dir.path().join(format!("{name}.xml"))).expect("xml");
        let ours = write_xform(&q, &form_id, "7");
        let (a, b) = (structure(&ours), structure(&theirs));
        assert_eq!(a.form, (form_id.clone(), "7".to_owned()), "{name}");
        assert_eq!(a.form, b.form, "{name}");
        assert_eq!(a.languages, b.languages, "{name}");
        assert_eq!(
            a.binds.keys().collect::<Vec<_>>(),
            b.binds.keys().collect::<Vec<_>>(),
            "{name}"
        );
        for (nodeset, ours) in &a.binds {
            assert_eq!(Some(ours), b.binds.get(nodeset), "{name}: bind {nodeset}");
        }
        assert_eq!(a.choices, b.choices, "{name}");
        assert_eq!(a.controls, b.controls, "{name}");
        // Every question of the questionnaire has a bind, so the comparison covers them all.
        assert_eq!(
            a.binds.len(),
            q.items.len() + q.groups.len() + 2,
            "{name}: one bind per question and page, the consent and the instance id"
        );
    }
}

#[test]
fn the_xform_carries_every_language_and_the_kobo_forms_types() {
    let q = kobo();
    let xml = write_xform(&q, "community_checkin", "2");
    let s = structure(&xml);
    assert_eq!(s.languages[..2], ["English (en)", "French (fr)"]);
    let bind = |path: &str| s.binds.get(path).unwrap_or_else(|| panic!("{path}"));
    assert_eq!(bind("/data/household/has_children")["required"], "true()");
    assert_eq!(
        bind("/data/household/n_children")["relevant"],
        "/data/household/has_children='yes'"
    );
    assert!(xml.contains(r#"<translation lang="French (fr)">"#));
    assert!(xml.contains("Votre foyer"));
    let types: Vec<(&str, &str)> = q
        .questions()
        .map(|x| {
            let path = match &x.group {
                Some(g) => format!("/data/{g}/{}", x.name),
                None => format!("/data/{}", x.name),
            };
            (x.name.as_str(), s.binds[&path]["type"].as_str())
        })
        .collect();
    assert_eq!(
        types,
        [
            ("has_children", "string"),
            ("n_children", "int"),
            ("services_used", "string"),
            ("satisfied", "string"),
            ("wellbeing", "int"),
            ("hours_volunteered", "decimal"),
            ("arrival_date", "date"),
            ("postcode_district", "string"),
            ("thanks", "string"),
        ]
    );
}

/// A submission as ODK tools send it: the instance with every field, answered or empty.
fn submission(q: &Questionnaire, answers: &[(&str, &str)], extra: &str) -> String {
    let mut body = String::from("<consent>OK</consent>");
    let mut open: Option<String> = None;
    for x in q.questions() {
        let g = x.group.as_ref().map(|g| g.as_str().to_owned());
        if g != open {
            if let Some(o) = &open {
                body.push_str(&format!("</{o}>"));
            }
            if let Some(n) = &g {
                body.push_str(&format!("<{n}>"));
            }
            open = g;
        }
        match answers.iter().find(|(n, _)| *n == x.name.as_str()) {
            Some((_, v)) => body.push_str(&format!("<{0}>{v}</{0}>", x.name)),
            None => body.push_str(&format!("<{}/>", x.name)),
        }
    }
    if let Some(o) = &open {
        body.push_str(&format!("</{o}>"));
    }
    format!(
        r#"<?xml version='1.0' ?><data id="community_checkin" version="2" xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms">{body}{extra}<meta><instanceID>uuid:6f1c2d1e-0000-4000-8000-000000000001</instanceID></meta></data>"#
    )
}

#[test]
fn a_submission_built_from_answers_reads_back_to_the_same_answers() {
    let q = kobo();
    let answers = [
        ("has_children", "yes"),
        ("n_children", "3"),
        ("services_used", "library gp"),
        ("wellbeing", "7"),
        ("hours_volunteered", "2.5"),
        ("arrival_date", "2021-09-14"),
        ("postcode_district", "CF10 &amp; &lt;b&gt; &#x4E2D;"),
    ];
    let xml = submission(&q, &answers, "");
    let s = parse_submission(xml.as_bytes(), &q).expect("reads");
    assert_eq!(s.form_id, "community_checkin");
    assert_eq!(s.version, "2");
    assert_eq!(s.instance_id, "uuid:6f1c2d1e-0000-4000-8000-000000000001");
    assert!(s.unknown.is_empty(), "{:?}", s.unknown);
    let got: Vec<(&str, &str)> = s
        .answers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let mut want: Vec<(&str, &str)> = answers.to_vec();
    want[6].1 = "CF10 & <b> 中";
    assert_eq!(got, want);
    // The note and the unanswered questions are not listed.
    assert!(!got.iter().any(|(n, _)| *n == "thanks" || *n == "satisfied"));
}

#[test]
fn fields_the_form_does_not_have_are_listed_by_path() {
    let q = kobo();
    let xml = submission(
        &q,
        &[("has_children", "no")],
        "<shoe_size>9</shoe_size><household_extra><pets>2</pets></household_extra>",
    );
    let s = parse_submission(xml.as_bytes(), &q).expect("reads");
    assert_eq!(s.unknown, ["shoe_size", "household_extra/pets"]);
    // A question sent outside its page is not taken as an answer to it.
    let moved = xml.replace("<shoe_size>9</shoe_size>", "<n_children>4</n_children>");
    let s = parse_submission(moved.as_bytes(), &q).expect("reads");
    assert_eq!(s.unknown, ["n_children", "household_extra/pets"]);
    assert_eq!(s.answers.len(), 1);
}

fn refusal(result: Result<tessera_survey::Submission, SurveyError>) -> (ProblemKind, String) {
    match result {
        Ok(s) => panic!("the submission should be refused: {s:?}"),
        Err(e) => {
            let p = &e.problems()[0];
            (p.kind, p.value.clone().unwrap_or_default())
        }
    }
}

#[test]
fn a_submission_without_consent_or_instance_id_is_refused() {
    let q = kobo();
    let xml = submission(&q, &[("has_children", "yes")], "");
    let no_consent = xml.replace("<consent>OK</consent>", "<consent/>");
    assert_eq!(
        refusal(parse_submission(no_consent.as_bytes(), &q)).0,
        ProblemKind::NoConsent
    );
    let no_id = xml.replace("uuid:6f1c2d1e-0000-4000-8000-000000000001", "");
    assert_eq!(
        refusal(parse_submission(no_id.as_bytes(), &q)),
        (ProblemKind::BadSubmission, "no meta/instanceID".to_owned())
    );
    let twice = xml.replace(
        "<has_children>yes</has_children>",
        "<has_children>yes</has_children><has_children>no</has_children>",
    );
    assert_eq!(
        refusal(parse_submission(twice.as_bytes(), &q)).0,
        ProblemKind::BadSubmission
    );
    let broken = &xml[..xml.len() - 7];
    assert_eq!(
        refusal(parse_submission(broken.as_bytes(), &q)).0,
        ProblemKind::BadSubmission
    );
}

/// Runs `f`, asserting it takes under a second (a hostile input must not make work).
fn quickly<T>(f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "took {:?}",
        start.elapsed()
    );
    out
}

#[test]
fn hostile_submissions_are_refused_quickly() {
    let q = kobo();
    // Billion laughs: entities defined in a document type, each ten of the one before.
    let mut laughs = String::from(r#"<?xml version="1.0"?><!DOCTYPE data [<!ENTITY lol0 "lol">"#);
    for i in 1..10 {
        laughs.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">",
            format!("&lol{};", i - 1).repeat(10)
        ));
    }
    laughs.push_str(r#"]><data id="x"><consent>OK</consent><household><has_children>&lol9;</has_children></household></data>"#);
    let (kind, value) = quickly(|| refusal(parse_submission(laughs.as_bytes(), &q)));
    assert_eq!(kind, ProblemKind::BadSubmission);
    assert!(value.contains("document type"), "{value}");
    // An entity used without a document type is refused too, not left as text.
    let undefined = submission(&q, &[("has_children", "&lol9;")], "");
    assert_eq!(
        refusal(parse_submission(undefined.as_bytes(), &q)).0,
        ProblemKind::BadSubmission
    );

    // Deep nesting.
    let deep = format!(
        "<data>{}{}</data>",
        "<a>".repeat(300_000),
        "</a>".repeat(300_000)
    );
    let deep = &deep.as_bytes()[..MAX_SUBMISSION_BYTES - 1];
    let (kind, value) = quickly(|| refusal(parse_submission(deep, &q)));
    assert_eq!(kind, ProblemKind::TooLarge);
    assert!(value.contains("nested"), "{value}");

    // 10 MB of elements: refused on size before parsing.
    let big = format!("<data>{}</data>", "<a/>".repeat(2_500_000));
    assert!(big.len() > 10_000_000);
    let (kind, _) = quickly(|| refusal(parse_submission(big.as_bytes(), &q)));
    assert_eq!(kind, ProblemKind::TooLarge);

    // Many elements within the size limit.
    let many = format!("<data>{}</data>", "<a/>".repeat(200_000));
    assert!(many.len() < MAX_SUBMISSION_BYTES);
    let (kind, value) = quickly(|| refusal(parse_submission(many.as_bytes(), &q)));
    assert_eq!(kind, ProblemKind::TooLarge);
    assert!(value.contains("elements"), "{value}");
}

#[test]
fn every_question_of_the_bank_round_trips_through_a_submission() {
    let q = whole_bank();
    let answers: Vec<(String, String)> = q
        .questions()
        .filter(|x| x.kind.takes_answer())
        .map(|x| {
            let v = match x.kind {
                QuestionType::SingleChoice => x.choices[0].code.to_string(),
                QuestionType::MultipleChoice => x
                    .choices
                    .iter()
                    .take(2)
                    .map(|c| c.code.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
                QuestionType::Date => "2024-02-29".to_owned(),
                QuestionType::Text => "Grangetown".to_owned(),
                _ => "5".to_owned(),
            };
            (x.name.to_string(), v)
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = answers
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let xml = submission(&q, &borrowed, "");
    let s = parse_submission(xml.as_bytes(), &q).expect("reads");
    let got: Vec<(String, String)> = s
        .answers
        .into_iter()
        .map(|(n, v): (QuestionName, String)| (n.to_string(), v))
        .collect();
    assert_eq!(got, answers);
}
