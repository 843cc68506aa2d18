//! The XForm of a questionnaire, and the answers of a submission, from the command line: what
//! the ODK browser test uses until Tessera serves forms itself.
//!
//! `cargo run -p tessera-survey --example xform -- write <questionnaire.json|cafe> <form_id> <version>`
//! prints the XForm; `… -- parse <questionnaire.json|cafe> <submission.xml>` prints the
//! submission as JSON (form id, version, instance id, answers, unknown fields).

use tessera_survey::{Bank, Questionnaire, parse_submission, write_xform};

/// The demo café plan's indicators, as the browser test and `tests/it/xlsform.rs` use them.
const CAFE: [&str; 6] = [
    "ioi-2019/bri-friends-different",
    "ioi-2019/bri-ask-neighbours-for-help",
    "ioi-2019/sta-neighbours-trusted",
    "ioi-2019/bon-lonely",
    "ioi-2019/rig-know-rights",
    "ioi-2019/lan-practice-outside-class",
];

fn questionnaire(source: &str) -> Result<Questionnaire, Box<dyn std::error::Error>> {
    if source == "cafe" {
        let cafe: Vec<String> = CAFE.iter().map(|s| (*s).to_owned()).collect();
        Ok(Bank::shipped()?.compose(&cafe).questionnaire)
    } else {
        Ok(serde_json::from_str(&std::fs::read_to_string(source)?)?)
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["write", source, form_id, version] => {
            print!("{}", write_xform(&questionnaire(source)?, form_id, version));
        }
        ["parse", source, file] => {
            let s = parse_submission(&std::fs::read(file)?, &questionnaire(source)?)?;
            let answers: serde_json::Map<String, serde_json::Value> = s
                .answers
                .iter()
                .map(|(n, v)| (n.to_string(), serde_json::Value::from(v.as_str())))
                .collect();
            let out = serde_json::json!({
                "form_id": s.form_id,
                "version": s.version,
                "instance_id": s.instance_id,
                "answers": answers,
                "unknown": s.unknown,
            });
            println!("{out}");
        }
        _ => return Err("use: write <questionnaire.json|cafe> <form_id> <version> | parse <questionnaire.json|cafe> <submission.xml>".into()),
    }
    Ok(())
}
