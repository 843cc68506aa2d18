//! Writing a questionnaire as an ODK XForm 1.0 document, shaped as pyxform shapes the XForm of
//! Tessera's XLSForm for the same questionnaire: the consent step first (an acknowledgement every
//! page depends on), one `field-list` group per page, choices in secondary instances, every text
//! in `itext` translations named `English (en)` and so on.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::lang::Lang;
use crate::name::QuestionName;
use crate::question::{Question, QuestionType};
use crate::questionnaire::Questionnaire;
use crate::text::Texts;
use crate::xform::ROOT;
use crate::xform::xml::escape;
use crate::xlsform::CONSENT_NAME;
use crate::xlsform::expr::{constraint, relevant};

/// The XForm of `q`, with the form id and version ODK uses to tell forms and their versions
/// apart (`<data id="…" version="…">`). Answers come back as submissions
/// ([`crate::xform::parse_submission`]). Texts missing in a language fall back to the reader's
/// fallback (English, else any), so no respondent sees an empty label.
pub fn write_xform(q: &Questionnaire, form_id: &str, version: &str) -> String {
    let langs = q.text_languages();
    let paths = paths(q);
    let gate = format!("/{ROOT}/{CONSENT_NAME} = 'OK'");
    let kind_of = |n: &QuestionName| q.item(n).map(|i| i.question.kind);
    let to_paths = |expr: String| -> String { replace_refs(&expr, &paths) };

    let mut texts: Vec<(String, &Texts)> = Vec::new();
    let mut binds = String::new();
    let mut body = String::new();
    let mut data = String::new();

    // The consent step.
    let consent_path = format!("/{ROOT}/{CONSENT_NAME}");
    texts.push((format!("{consent_path}:label"), &q.consent));
    let _ = write!(data, "<{CONSENT_NAME}/>");
    let _ = write!(
        binds,
        r#"<bind nodeset="{consent_path}" type="string" required="true()"/>"#
    );
    let _ = write!(
        body,
        r#"<trigger ref="{consent_path}"><label ref="jr:itext('{consent_path}:label')"/></trigger>"#
    );

    let mut open_group: Option<&str> = None;
    for item in &q.items {
        let question = &item.question;
        let group = question.group.as_ref().map(|g| g.as_str());
        if group != open_group {
            if let Some(g) = open_group {
                let _ = write!(data, "</{g}>");
                body.push_str("</group>");
            }
            if let Some(g) = group {
                let path = format!("/{ROOT}/{g}");
                let _ = write!(data, "<{g}>");
                let _ = write!(
                    binds,
                    r#"<bind nodeset="{path}" relevant="{}"/>"#,
                    escape(&gate)
                );
                let _ = write!(body, r#"<group appearance="field-list" ref="{path}">"#);
                if let Some(found) = q.groups.iter().find(|x| x.name.as_str() == g)
                    && !found.title.is_empty()
                {
                    texts.push((format!("{path}:label"), &found.title));
                    let _ = write!(body, r#"<label ref="jr:itext('{path}:label')"/>"#);
                }
            }
            open_group = group;
        }
        let path = paths
            .get(question.name.as_str())
            .cloned()
            .unwrap_or_default();
        let _ = write!(data, "<{}/>", question.name);

        // The bind: type, required, relevant, constraint and its message.
        let mut bind = format!(r#"<bind nodeset="{path}" type="{}""#, bind_type(question));
        if question.kind == QuestionType::Note {
            bind.push_str(r#" readonly="true()""#);
        }
        if question.required {
            bind.push_str(r#" required="true()""#);
        }
        let mut rel = to_paths(relevant(&question.show_if, kind_of));
        if group.is_none() {
            rel = if rel.is_empty() {
                gate.clone()
            } else {
                format!("{gate} and {rel}")
            };
        }
        if !rel.is_empty() {
            let _ = write!(bind, r#" relevant="{}""#, escape(&rel));
        }
        let limit = constraint(&question.constraint);
        if !limit.is_empty() {
            let _ = write!(bind, r#" constraint="{}""#, escape(&limit));
            if !question.constraint.message.is_empty() {
                let id = format!("{path}:jr:constraintMsg");
                let _ = write!(bind, r#" jr:constraintMsg="jr:itext('{id}')""#);
                texts.push((id, &question.constraint.message));
            }
        }
        bind.push_str("/>");
        binds.push_str(&bind);

        // The control.
        texts.push((format!("{path}:label"), &question.label));
        let mut inner = format!(r#"<label ref="jr:itext('{path}:label')"/>"#);
        if !question.hint.is_empty() {
            texts.push((format!("{path}:hint"), &question.hint));
            let _ = write!(inner, r#"<hint ref="jr:itext('{path}:hint')"/>"#);
        }
        let itemset = |list: &str| {
            format!(
                r#"<itemset nodeset="instance('{list}')/root/item"><value ref="name"/><label ref="jr:itext(itextId)"/></itemset>"#
            )
        };
        match (question.kind, &question.scale) {
            (QuestionType::SingleChoice, _) => {
                let list = question.list_name();
                let _ = write!(
                    body,
                    r#"<select1 ref="{path}">{inner}{}</select1>"#,
                    itemset(list)
                );
            }
            (QuestionType::MultipleChoice, _) => {
                let list = question.list_name();
                let _ = write!(
                    body,
                    r#"<select ref="{path}">{inner}{}</select>"#,
                    itemset(list)
                );
            }
            (QuestionType::Scale, Some(s)) => {
                let _ = write!(
                    body,
                    r#"<range ref="{path}" start="{}" end="{}" step="1">{inner}</range>"#,
                    s.min, s.max
                );
            }
            _ => {
                let _ = write!(body, r#"<input ref="{path}">{inner}</input>"#);
            }
        }
    }
    if let Some(g) = open_group {
        let _ = write!(data, "</{g}>");
        body.push_str("</group>");
    }
    let _ = write!(
        binds,
        r#"<bind nodeset="/{ROOT}/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>"#
    );

    // Choice lists, each once, in secondary instances as pyxform writes them.
    let mut lists: Vec<(&str, &Question)> = Vec::new();
    for question in q.questions().filter(|x| x.kind.has_choices()) {
        let list = question.list_name();
        if !lists.iter().any(|(l, _)| *l == list) {
            lists.push((list, question));
        }
    }
    let mut instances = String::new();
    for (list, question) in &lists {
        let _ = write!(instances, r#"<instance id="{}"><root>"#, escape(list));
        for (i, c) in question.choices.iter().enumerate() {
            let id = format!("{list}-{i}");
            let _ = write!(
                instances,
                "<item><itextId>{}</itextId><name>{}</name></item>",
                escape(&id),
                escape(c.code.as_str())
            );
            texts.push((id, &c.label));
        }
        instances.push_str("</root></instance>");
    }

    // Every text in every language.
    let mut itext = String::from("<itext>");
    for (n, lang) in langs.iter().enumerate() {
        let default = if n == 0 { r#" default="true()""# } else { "" };
        let _ = write!(
            itext,
            r#"<translation lang="{}"{default}>"#,
            escape(&lang.xlsform_suffix())
        );
        for (id, t) in &texts {
            let value = t.for_reader(lang).map(|(v, _)| v).unwrap_or("-");
            let _ = write!(
                itext,
                r#"<text id="{}"><value>{}</value></text>"#,
                escape(id),
                escape(value)
            );
        }
        itext.push_str("</translation>");
    }
    itext.push_str("</itext>");

    let first = langs.first().cloned().unwrap_or_else(Lang::english);
    let title = q
        .title
        .for_reader(&first)
        .map(|(t, _)| t)
        .unwrap_or(form_id);
    let mut out = String::from(r#"<?xml version="1.0"?>"#);
    let _ = write!(
        out,
        concat!(
            r#"<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml""#,
            r#" xmlns:ev="http://www.w3.org/2001/xml-events" xmlns:xsd="http://www.w3.org/2001/XMLSchema""#,
            r#" xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms""#,
            r#" xmlns:odk="http://www.opendatakit.org/xforms">"#,
            r#"<h:head><h:title>{}</h:title><model odk:xforms-version="1.0.0">{}"#,
            r#"<instance><{} id="{}" version="{}">{}<meta><instanceID/></meta></{}></instance>"#,
            "{}{}</model></h:head><h:body>{}</h:body></h:html>"
        ),
        escape(title),
        itext,
        ROOT,
        escape(form_id),
        escape(version),
        data,
        ROOT,
        instances,
        binds,
        body
    );
    out
}

/// Each question's absolute path in the instance: `/data/page/name` or `/data/name`.
pub(crate) fn paths(q: &Questionnaire) -> HashMap<&str, String> {
    q.questions()
        .map(|x| {
            let path = match &x.group {
                Some(g) => format!("/{ROOT}/{g}/{}", x.name),
                None => format!("/{ROOT}/{}", x.name),
            };
            (x.name.as_str(), path)
        })
        .collect()
}

/// The XForm data type of a question's answer.
fn bind_type(q: &Question) -> &'static str {
    match q.kind {
        QuestionType::SingleChoice
        | QuestionType::MultipleChoice
        | QuestionType::Text
        | QuestionType::Note => "string",
        QuestionType::Number if q.constraint.decimals => "decimal",
        QuestionType::Number | QuestionType::Scale => "int",
        QuestionType::Date => "date",
    }
}

/// `expr` with each XLSForm reference `${name}` replaced by the question's path, as pyxform
/// does. References to names that are not questions stay as they are (validation refuses them
/// before a questionnaire is published).
fn replace_refs(expr: &str, paths: &HashMap<&str, String>) -> String {
    let mut out = String::with_capacity(expr.len());
    let mut rest = expr;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find('}') {
            Some(end) if paths.contains_key(&after[..end]) => {
                out.push_str(&paths[&after[..end]]);
                rest = &after[end + 1..];
            }
            _ => {
                out.push_str("${");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_become_paths_and_other_dollar_signs_stay() {
        let mut paths = HashMap::new();
        paths.insert("a", "/data/g/a".to_owned());
        assert_eq!(
            replace_refs("${a} = 'x' and regex(., '^a${2}$')", &paths),
            "/data/g/a = 'x' and regex(., '^a${2}$')"
        );
    }
}
