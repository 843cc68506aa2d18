//! Reading an XForm submission (the instance XML ODK Collect, Enketo or ODK Web Forms send):
//! the form id and version, the instance id, each answer as XForm encodes it, and every field
//! the questionnaire does not have. Bounded: size, depth and element count are limited, and a
//! document type (the way in for entity expansion such as "billion laughs") is refused outright.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};

use crate::error::{Problem, ProblemKind, Problems, SurveyError};
use crate::name::QuestionName;
use crate::question::QuestionType;
use crate::questionnaire::Questionnaire;
use crate::xlsform::CONSENT_NAME;

/// Largest submission read, in bytes. A questionnaire of a hundred questions answered at length
/// makes a few tens of kilobytes; attachments come as separate parts of the request.
pub const MAX_SUBMISSION_BYTES: usize = 1024 * 1024;

/// Deepest element nesting read: root, page, question is three; `meta` and the odd extra
/// element that field tools add fit well within this.
pub const MAX_SUBMISSION_DEPTH: usize = 8;

/// Most elements read in one submission.
pub const MAX_SUBMISSION_ELEMENTS: usize = 10_000;

/// One submission, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// The form id on the instance's root element (`id="…"`).
    pub form_id: String,
    /// The form version on the root element (`version="…"`), empty when absent.
    pub version: String,
    /// The instance id (`meta/instanceID`, e.g. `uuid:…`), which is the same when a device
    /// sends the same submission again.
    pub instance_id: String,
    /// Each answered question with its answer as XForm encodes it: choice codes (several
    /// separated by spaces for multiple choice), numbers, dates as `YYYY-MM-DD`, text. Questions
    /// left empty are not listed; notes never are.
    pub answers: Vec<(QuestionName, String)>,
    /// Paths (`page/name`) of fields in the submission that the questionnaire does not have.
    /// The caller refuses such a submission, naming them.
    pub unknown: Vec<String>,
}

/// Reads the submission `xml` of questionnaire `q`. Refused, with the reason, when it is larger
/// than [`MAX_SUBMISSION_BYTES`], nests deeper than [`MAX_SUBMISSION_DEPTH`], holds more than
/// [`MAX_SUBMISSION_ELEMENTS`] elements, declares a document type, is not well-formed UTF-8
/// XML, answers a question twice, has no instance id or does not record consent.
pub fn parse_submission(xml: &[u8], q: &Questionnaire) -> Result<Submission, SurveyError> {
    if xml.len() > MAX_SUBMISSION_BYTES {
        return Err(refused(
            ProblemKind::TooLarge,
            format!(
                "{} bytes; at most {MAX_SUBMISSION_BYTES} are read",
                xml.len()
            ),
        ));
    }
    let text = std::str::from_utf8(xml).map_err(|e| {
        refused(
            ProblemKind::BadSubmission,
            format!("not UTF-8 text (byte {})", e.valid_up_to()),
        )
    })?;
    let fields: HashMap<&str, (Option<&str>, QuestionType)> = q
        .questions()
        .map(|x| {
            (
                x.name.as_str(),
                (x.group.as_ref().map(|g| g.as_str()), x.kind),
            )
        })
        .collect();

    let mut reader = Reader::from_str(text);
    let mut out = Submission {
        form_id: String::new(),
        version: String::new(),
        instance_id: String::new(),
        answers: Vec::new(),
        unknown: Vec::new(),
    };
    let mut consent = String::new();
    let mut seen_root = false;
    // Open elements: name, whether it has child elements, its text so far.
    let mut stack: Vec<(String, bool, String)> = Vec::new();
    let mut elements = 0usize;
    loop {
        let event = reader.read_event().map_err(|e| {
            refused(
                ProblemKind::BadSubmission,
                format!("{e} (near byte {})", reader.error_position()),
            )
        })?;
        let leaf = match event {
            Event::DocType(_) => {
                return Err(refused(
                    ProblemKind::BadSubmission,
                    "a document type declaration, which Tessera never reads".to_owned(),
                ));
            }
            Event::Start(ref e) | Event::Empty(ref e) => {
                elements += 1;
                if elements > MAX_SUBMISSION_ELEMENTS {
                    return Err(refused(
                        ProblemKind::TooLarge,
                        format!("more than {MAX_SUBMISSION_ELEMENTS} elements"),
                    ));
                }
                if stack.len() >= MAX_SUBMISSION_DEPTH {
                    return Err(refused(
                        ProblemKind::TooLarge,
                        format!("elements nested more than {MAX_SUBMISSION_DEPTH} deep"),
                    ));
                }
                let name = local_name(e);
                if stack.is_empty() {
                    if seen_root {
                        return Err(refused(
                            ProblemKind::BadSubmission,
                            "a second root element".to_owned(),
                        ));
                    }
                    seen_root = true;
                    out.form_id = attribute(e, "id")?.unwrap_or_default();
                    out.version = attribute(e, "version")?.unwrap_or_default();
                }
                if let Some(parent) = stack.last_mut() {
                    parent.1 = true;
                }
                if matches!(event, Event::Empty(_)) {
                    let mut path: Vec<&str> = stack.iter().map(|s| s.0.as_str()).collect();
                    path.push(&name);
                    Some((path.join("/"), String::new()))
                } else {
                    stack.push((name, false, String::new()));
                    None
                }
            }
            Event::Text(t) => {
                if let Some(top) = stack.last_mut() {
                    top.2.push_str(&t.xml10_content());
                }
                None
            }
            Event::CData(t) => {
                if let Some(top) = stack.last_mut() {
                    top.2.push_str(&t.xml10_content());
                }
                None
            }
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => c,
                    _ => match &*r {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => {
                            return Err(refused(
                                ProblemKind::BadSubmission,
                                format!("the undefined entity &{other};"),
                            ));
                        }
                    },
                };
                if let Some(top) = stack.last_mut() {
                    top.2.push(c);
                }
                None
            }
            Event::End(_) => {
                let path: Vec<&str> = stack.iter().map(|s| s.0.as_str()).collect();
                let path = path.join("/");
                match stack.pop() {
                    Some((_, false, value)) => Some((path, value)),
                    _ => None,
                }
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) => None,
        };
        let Some((path, value)) = leaf else { continue };
        // The path below the root element.
        let Some((_, inner)) = path.split_once('/') else {
            continue;
        };
        let parts: Vec<&str> = inner.split('/').collect();
        match parts.as_slice() {
            [c] if *c == CONSENT_NAME => consent = value,
            ["meta", "instanceID"] => out.instance_id = value.trim().to_owned(),
            ["meta", _] => {}
            [g] if q.groups.iter().any(|x| x.name.as_str() == *g) => {}
            [name] | [_, name] => {
                let expected = match parts.as_slice() {
                    [_] => None,
                    [g, _] => Some(*g),
                    _ => None,
                };
                match fields.get(name) {
                    Some((group, kind)) if *group == expected => {
                        if !kind.takes_answer() || value.trim().is_empty() {
                            continue;
                        }
                        if out.answers.iter().any(|(n, _)| n.as_str() == *name) {
                            return Err(SurveyError::Problems(Problems(vec![
                                Problem::at_question(ProblemKind::BadSubmission, name)
                                    .with_value("the question is answered twice".to_owned()),
                            ])));
                        }
                        let qn = QuestionName::parse(name)?;
                        out.answers.push((qn, value));
                    }
                    _ => out.unknown.push(inner.to_owned()),
                }
            }
            _ => out.unknown.push(inner.to_owned()),
        }
    }
    if !seen_root || !stack.is_empty() {
        return Err(refused(
            ProblemKind::BadSubmission,
            "the document ends before its root element closes".to_owned(),
        ));
    }
    if out.instance_id.is_empty() {
        return Err(refused(
            ProblemKind::BadSubmission,
            "no meta/instanceID".to_owned(),
        ));
    }
    if consent.trim() != "OK" {
        return Err(refused(ProblemKind::NoConsent, consent));
    }
    Ok(out)
}

/// A submission refused as a whole, with what was found.
fn refused(kind: ProblemKind, value: String) -> SurveyError {
    SurveyError::Problems(Problems(vec![Problem::general(kind).with_value(value)]))
}

/// An element's name without its namespace prefix.
fn local_name(e: &BytesStart<'_>) -> String {
    e.local_name().into_inner().to_owned()
}

/// The value of the attribute `name` (without namespace prefix) on `e`.
fn attribute(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, SurveyError> {
    for a in e.attributes() {
        let a = a.map_err(|err| refused(ProblemKind::BadSubmission, err.to_string()))?;
        if a.key.local_name().into_inner() == name {
            let v = a
                .normalized_value(XmlVersion::Implicit1_0)
                .map_err(|err| refused(ProblemKind::BadSubmission, err.to_string()))?;
            return Ok(Some(v.into_owned()));
        }
    }
    Ok(None)
}
