//! The audit log in sentences: each stored entry (who, action, object, detail with before and
//! after) said as people would say it, in the request's language, with the time to the minute in
//! UK time and the person's name. The stored entry is never changed; this only reads it.

use std::collections::BTreeMap;

use serde_json::Value;
use tessera_framework::Catalogue;
use tessera_l10n::{Arg, t, ta};
use tessera_plan::Plan;
use tessera_store::AuditRecord;

/// Names the log's sentences use for what entries only refer to by id or address.
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// People's names by e-mail address.
    pub people: BTreeMap<String, String>,
    /// Plan titles by id.
    pub plans: BTreeMap<i64, String>,
    /// Dataset names by id.
    pub datasets: BTreeMap<i64, String>,
    /// Organisation names by short name.
    pub organisations: BTreeMap<String, String>,
}

/// One fact behind "Show details": a label and a value, and the value's language when it is
/// recorded text in a language the page may not be in (a note written at the time, in English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// What the value is.
    pub label: String,
    /// The value.
    pub value: String,
    /// The language of the value, when it is not the page's.
    pub lang: Option<&'static str>,
}

/// An entry of the log, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditLine {
    /// The entry's id.
    pub id: i64,
    /// When, to the minute in UK time: `6 December 2026, 14:05`.
    pub at: String,
    /// Who: a person's name, or what acted (Tessera itself, the command line, an API token).
    pub who: String,
    /// What happened, in one sentence naming who.
    pub sentence: String,
    /// Further sentences about the same entry (the other changes of a plan edit).
    pub more: Vec<String>,
    /// The page of the object the entry is about, and its words ("Plan: Language café"), when
    /// it still exists.
    pub object: Option<(String, String)>,
    /// The full detail, readable: shown under "Show details".
    pub facts: Vec<Fact>,
}

/// The e-mail address inside an actor as recorded: a person's address, or the address before a
/// token's description (`ana@demo.example (token tsr_ab12)`).
pub fn actor_email(actor: &str) -> Option<&str> {
    let email = actor.split(" (token ").next().unwrap_or(actor);
    (email.contains('@') && !email.contains(' ')).then_some(email)
}

/// Who did it, in words: the person's name, or what acted.
pub fn actor_label(actor: &str, names: &Names) -> String {
    match actor {
        "system" => return t("audit-actor-system"),
        "cli" => return t("audit-actor-cli"),
        _ => {}
    }
    if let Some(email) = actor_email(actor) {
        let name = names
            .people
            .get(email)
            .filter(|n| !n.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| email.to_owned());
        return if actor.contains(" (token ") {
            ta("audit-actor-person-token", &[("name", name.into())])
        } else {
            name
        };
    }
    if let Some(rest) = actor.strip_prefix("token ") {
        // `token tsr_ab12 (monthly report)`: the token's own name.
        let name = rest
            .split_once(" (")
            .map_or(rest, |(_, n)| n.trim_end_matches(')'));
        return ta("audit-actor-token", &[("name", name.into())]);
    }
    actor.to_owned()
}

fn text<'a>(v: &'a Value, path: &[&str]) -> Option<&'a str> {
    let mut at = v;
    for key in path {
        at = at.get(key)?;
    }
    at.as_str()
}

fn number(v: &Value, path: &[&str]) -> Option<f64> {
    let mut at = v;
    for key in path {
        at = at.get(key)?;
    }
    at.as_f64()
}

/// The role's name in the page's language.
fn role(name: &str) -> String {
    match name {
        "owner" | "editor" | "analyst" | "viewer" => t(&format!("role-{name}")),
        other => other.to_owned(),
    }
}

/// A person named by address in an entry: their name, or the address.
fn person(email: &str, names: &Names) -> String {
    names
        .people
        .get(email)
        .filter(|n| !n.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| email.to_owned())
}

/// Describes one entry. `catalogue` names indicators in plan edits.
pub fn describe(record: &AuditRecord, names: &Names, catalogue: &Catalogue) -> AuditLine {
    let event = &record.event;
    let who = actor_label(&event.actor, names);
    let (kind, id) = event.object.split_once(':').unwrap_or(("", ""));
    let detail = &event.detail;
    let w = || Arg::from(who.as_str());
    let mut more = Vec::new();
    let mut object = None;
    let numeric_id = id.parse::<i64>().ok();
    let plan_title = |fallback: Option<&str>| -> String {
        numeric_id
            .and_then(|i| names.plans.get(&i).cloned())
            .or_else(|| fallback.map(str::to_owned))
            .unwrap_or_else(|| ta("audit-plan-number", &[("id", id.into())]))
    };
    let dataset_name = |fallback: Option<&str>| -> String {
        numeric_id
            .and_then(|i| names.datasets.get(&i).cloned())
            .or_else(|| fallback.map(str::to_owned))
            .unwrap_or_else(|| ta("audit-dataset-number", &[("id", id.into())]))
    };
    let sentence = match (event.action.as_str(), kind) {
        ("create", "organisation") => ta(
            "audit-organisation-created",
            &[
                ("who", w()),
                (
                    "name",
                    text(detail, &["after", "name"]).unwrap_or(id).into(),
                ),
            ],
        ),
        ("create", "user") => ta(
            "audit-user-created",
            &[
                ("who", w()),
                (
                    "name",
                    text(detail, &["after", "name"]).unwrap_or(id).into(),
                ),
                ("email", id.into()),
            ],
        ),
        ("update", "user") | ("reset-password", "user") => ta(
            if event.action == "update" {
                "audit-password-changed"
            } else {
                "audit-password-reset"
            },
            &[("who", w())],
        ),
        ("request-password-reset", _) => ta(
            if detail.get("reason").is_some() {
                "audit-reset-refused"
            } else {
                "audit-reset-sent"
            },
            &[("email", id.into())],
        ),
        ("sign-in", _) => ta(
            if detail.get("after").is_some() {
                "audit-signed-up"
            } else {
                "audit-signed-in"
            },
            &[("who", w())],
        ),
        ("sign-in-failed", _) => ta(
            if text(detail, &["reason"]).is_some_and(|r| r.contains("locked")) {
                "audit-sign-in-locked"
            } else {
                "audit-sign-in-failed"
            },
            &[("email", id.into())],
        ),
        ("sign-out", _) => ta("audit-signed-out", &[("who", w())]),
        ("switch-organisation", _) => ta(
            "audit-switched",
            &[
                ("who", w()),
                (
                    "org",
                    names
                        .organisations
                        .get(id)
                        .cloned()
                        .unwrap_or_else(|| id.to_owned())
                        .into(),
                ),
            ],
        ),
        ("create", "membership") => ta(
            "audit-member-added",
            &[
                ("who", w()),
                ("person", person(id, names).into()),
                (
                    "role",
                    role(text(detail, &["after", "role"]).unwrap_or_default()).into(),
                ),
            ],
        ),
        ("update", "membership") => ta(
            "audit-member-role",
            &[
                ("who", w()),
                ("person", person(id, names).into()),
                (
                    "before",
                    role(text(detail, &["before", "role"]).unwrap_or_default()).into(),
                ),
                (
                    "after",
                    role(text(detail, &["after", "role"]).unwrap_or_default()).into(),
                ),
            ],
        ),
        ("delete", "membership") => ta(
            "audit-member-removed",
            &[
                ("who", w()),
                ("person", person(id, names).into()),
                (
                    "role",
                    role(text(detail, &["before", "role"]).unwrap_or_default()).into(),
                ),
            ],
        ),
        ("create", "invitation") => ta(
            "audit-invited",
            &[
                ("who", w()),
                (
                    "email",
                    text(detail, &["after", "email"]).unwrap_or_default().into(),
                ),
                (
                    "role",
                    role(text(detail, &["after", "role"]).unwrap_or_default()).into(),
                ),
            ],
        ),
        ("accept", "invitation") => ta(
            "audit-invitation-accepted",
            &[
                ("who", w()),
                (
                    "role",
                    role(text(detail, &["after", "role"]).unwrap_or_default()).into(),
                ),
            ],
        ),
        ("revoke", "invitation") => ta(
            "audit-invitation-withdrawn",
            &[
                ("who", w()),
                (
                    "email",
                    text(detail, &["before", "email"])
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
        ("create", "token") => ta(
            "audit-token-created",
            &[
                ("who", w()),
                (
                    "name",
                    text(detail, &["after", "name"]).unwrap_or_default().into(),
                ),
                (
                    "role",
                    role(text(detail, &["after", "role"]).unwrap_or_default()).into(),
                ),
            ],
        ),
        ("revoke", "token") => ta(
            "audit-token-revoked",
            &[
                ("who", w()),
                (
                    "name",
                    text(detail, &["before", "name"]).unwrap_or_default().into(),
                ),
            ],
        ),
        ("upload", "file") => {
            let kb = number(detail, &["bytes"]).unwrap_or_default() / 1024.0;
            ta(
                "audit-uploaded",
                &[
                    ("who", w()),
                    ("file", id.into()),
                    ("size", tessera_l10n::number(kb.max(0.1), 1).into()),
                    ("name", text(detail, &["name"]).unwrap_or_default().into()),
                ],
            )
        }
        ("import", "dataset") => {
            let name = text(detail, &["after", "name"]).map(str::to_owned);
            let excluded = number(detail, &["after", "excluded_rows"]).unwrap_or_default();
            if excluded > 0.0 {
                more.push(ta(
                    "audit-import-excluded",
                    &[("count", Arg::Number(excluded))],
                ));
            }
            ta(
                "audit-imported",
                &[
                    ("who", w()),
                    ("name", name.unwrap_or_else(|| dataset_name(None)).into()),
                    (
                        "version",
                        Arg::Number(number(detail, &["after", "version"]).unwrap_or(1.0)),
                    ),
                    (
                        "rows",
                        Arg::Number(number(detail, &["after", "rows"]).unwrap_or_default()),
                    ),
                ],
            )
        }
        ("delete", "dataset") => {
            let name = dataset_name(text(detail, &["before", "name"]));
            let with_earlier = detail.get("reason").is_some_and(|r| !r.is_null());
            ta(
                if with_earlier {
                    "audit-dataset-deleted-version"
                } else {
                    "audit-dataset-deleted"
                },
                &[
                    ("who", w()),
                    ("name", name.into()),
                    (
                        "version",
                        Arg::Number(number(detail, &["before", "version"]).unwrap_or(1.0)),
                    ),
                ],
            )
        }
        ("update", "dataset") => {
            let name = dataset_name(None);
            match text(detail, &["after", "retain_until"]) {
                Some(day) => ta(
                    "audit-retention-set",
                    &[
                        ("who", w()),
                        ("name", name.into()),
                        ("date", iso_day(day).into()),
                    ],
                ),
                None => ta(
                    "audit-retention-removed",
                    &[("who", w()), ("name", name.into())],
                ),
            }
        }
        ("create", "plan") => ta(
            "audit-plan-created",
            &[
                ("who", w()),
                (
                    "title",
                    text(detail, &["after", "title"])
                        .map_or_else(|| plan_title(None), str::to_owned)
                        .into(),
                ),
            ],
        ),
        ("delete", "plan") => ta(
            "audit-plan-deleted",
            &[
                ("who", w()),
                (
                    "title",
                    text(detail, &["before", "title"])
                        .map_or_else(|| plan_title(None), str::to_owned)
                        .into(),
                ),
            ],
        ),
        ("update", "plan") => {
            let title =
                text(detail, &["after", "title"]).map_or_else(|| plan_title(None), str::to_owned);
            let parse = |side: &str| -> Option<Plan> {
                serde_json::from_value(detail.get(side)?.get("document")?.clone()).ok()
            };
            let changes = match (parse("before"), parse("after")) {
                (Some(b), Some(a)) => super::plan_changes::sentences(&who, &b, &a, catalogue),
                _ => Vec::new(),
            };
            let mut changes = changes.into_iter();
            match changes.next() {
                Some(first) => {
                    more.extend(changes);
                    first
                }
                None => ta(
                    "audit-plan-updated",
                    &[("who", w()), ("title", title.into())],
                ),
            }
        }
        ("share", "plan" | "dataset") => {
            let title = if kind == "plan" {
                plan_title(None)
            } else {
                dataset_name(None)
            };
            match text(detail, &["after", "with"]) {
                Some("everyone") | None => ta(
                    "audit-published",
                    &[("who", w()), ("kind", kind.into()), ("title", title.into())],
                ),
                Some(org) => ta(
                    "audit-shared",
                    &[
                        ("who", w()),
                        ("kind", kind.into()),
                        ("title", title.into()),
                        ("org", org.into()),
                    ],
                ),
            }
        }
        ("withdraw", "plan" | "dataset") => {
            let title = if kind == "plan" {
                plan_title(None)
            } else {
                dataset_name(None)
            };
            ta(
                "audit-share-withdrawn",
                &[("who", w()), ("kind", kind.into()), ("title", title.into())],
            )
        }
        (action, kind) if let Some(line) = about(&who, action, kind, id, detail) => line,
        (action, _) => ta(
            "audit-other",
            &[
                ("who", w()),
                ("action", action.into()),
                ("object", event.object.as_str().into()),
            ],
        ),
    };
    if let Some(i) = numeric_id {
        if kind == "plan"
            && let Some(title) = names.plans.get(&i)
        {
            object = Some((
                format!("/plans/{i}"),
                ta("audit-object-plan", &[("title", title.as_str().into())]),
            ));
        } else if kind == "dataset"
            && let Some(name) = names.datasets.get(&i)
        {
            object = Some((
                format!("/datasets/{i}"),
                ta("audit-object-dataset", &[("name", name.as_str().into())]),
            ));
        }
    }
    AuditLine {
        id: record.id,
        at: at_text(&event.at),
        who,
        sentence,
        more,
        object,
        facts: facts(record),
    }
}

/// An entry about one of the newer kinds of object (questionnaires, stories, reports,
/// self-assessments, reference values, framework packs, participants, output records): who did
/// what to which, named by the title or name the entry recorded, else by its number or code.
/// `None` for a kind or an action without words, which then keep the general sentence.
fn about(who: &str, action: &str, kind: &str, id: &str, detail: &Value) -> Option<String> {
    let kind_key = format!("audit-thing-{kind}");
    let verb_key = format!("audit-verb-{action}");
    let (kind_words, verb) = (t(&kind_key), t(&verb_key));
    // A missing message comes back as its key.
    if kind_words == kind_key || verb == verb_key {
        return None;
    }
    let name = ["after", "before", ""]
        .iter()
        .find_map(|side| {
            ["title", "name", "code"].iter().find_map(|key| {
                let path: &[&str] = if side.is_empty() {
                    &[key]
                } else {
                    &[side, key]
                };
                text(detail, path)
            })
        })
        // A code (a participant's, a pack's id) names the thing itself; a number does not.
        .or_else(|| (!id.is_empty() && id.parse::<i64>().is_err()).then_some(id));
    let args = |extra: (&'static str, Arg)| {
        vec![
            ("who", Arg::from(who)),
            ("action", verb.as_str().into()),
            ("kind", kind_words.as_str().into()),
            extra,
        ]
    };
    Some(match name {
        Some(name) => ta("audit-about", &args(("name", name.into()))),
        None => ta("audit-about-number", &args(("id", id.into()))),
    })
}

/// A stored RFC 3339 time to the minute in UK time; the stored text if it does not parse.
fn at_text(at: &str) -> String {
    time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339)
        .map(tessera_l10n::datetime)
        .unwrap_or_else(|_| at.to_owned())
}

/// A `YYYY-MM-DD` day in words; the text itself if it is not one.
fn iso_day(day: &str) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(day, &format)
        .map(tessera_l10n::date)
        .unwrap_or_else(|_| day.to_owned())
}

/// Every value of the entry's detail as a labelled line, except whole plan documents (the CSV
/// export keeps those), with the entry's own record: its number, exact time, actor, action and
/// object as stored.
fn facts(record: &AuditRecord) -> Vec<Fact> {
    let event = &record.event;
    let mut out = vec![
        fact("audit-fact-entry", record.id.to_string()),
        fact("audit-fact-time-utc", event.at.clone()),
        fact("audit-fact-actor", event.actor.clone()),
        fact("audit-fact-action", event.action.clone()),
        fact("audit-fact-object", event.object.clone()),
    ];
    flatten(&mut out, &[], &event.detail);
    out
}

fn fact(key: &str, value: String) -> Fact {
    Fact {
        label: t(key),
        value,
        lang: None,
    }
}

/// The label of a detail's key path: "Before › role". Keys Tessera writes have words in both
/// languages; any other key is shown as stored.
fn label(path: &[&str]) -> String {
    path.iter()
        .map(|key| {
            let message = format!("audit-key-{}", key.replace('_', "-"));
            // A missing message comes back as its key: then the key as stored is shown.
            let words = t(&message);
            if words == message {
                (*key).to_owned()
            } else {
                words
            }
        })
        .collect::<Vec<_>>()
        .join(" › ")
}

fn flatten(out: &mut Vec<Fact>, path: &[&str], value: &Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let mut inner = path.to_vec();
                inner.push(key);
                if key == "document" {
                    out.push(Fact {
                        label: label(&inner),
                        value: t("audit-document-in-export"),
                        lang: None,
                    });
                } else {
                    flatten(out, &inner, v);
                }
            }
        }
        Value::Array(items) => {
            let words: Vec<String> = items
                .iter()
                .map(|v| match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect();
            out.push(Fact {
                label: label(path),
                value: words.join(", "),
                lang: None,
            });
        }
        Value::Null => out.push(Fact {
            label: label(path),
            value: t("audit-value-none"),
            lang: None,
        }),
        Value::Bool(b) => out.push(Fact {
            label: label(path),
            value: t(if *b {
                "audit-value-yes"
            } else {
                "audit-value-no"
            }),
            lang: None,
        }),
        Value::Number(n) => out.push(Fact {
            label: label(path),
            value: n.as_f64().map_or_else(
                || n.to_string(),
                |x| tessera_l10n::number(x, if x.fract() == 0.0 { 0 } else { 2 }),
            ),
            lang: None,
        }),
        Value::String(s) => out.push(Fact {
            label: label(path),
            value: s.clone(),
            // Words recorded at the time (a plan edit's summary, a reason) are English.
            lang: matches!(path.last(), Some(&"summary" | &"reason")).then_some("en"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tessera_store::AuditEvent;

    fn record(actor: &str, action: &str, object: &str, detail: Value) -> AuditRecord {
        AuditRecord {
            id: 7,
            event: AuditEvent {
                at: "2026-07-05T14:05:09.123456789Z".to_owned(),
                org_id: None,
                actor: actor.to_owned(),
                action: action.to_owned(),
                object: object.to_owned(),
                detail,
            },
        }
    }

    fn names() -> Names {
        let mut n = Names::default();
        n.people
            .insert("sam@demo.example".to_owned(), "Sam Jones".to_owned());
        n.people
            .insert("ana@demo.example".to_owned(), "Ana Lima".to_owned());
        n.plans.insert(3, "Language café".to_owned());
        n.datasets.insert(1, "Residents' survey".to_owned());
        n
    }

    fn say(r: &AuditRecord) -> String {
        let catalogue = Catalogue::shipped().expect("packs");
        describe(r, &names(), &catalogue).sentence
    }

    #[test]
    fn entries_read_as_sentences_with_names_and_uk_time() {
        let catalogue = Catalogue::shipped().expect("packs");
        let r = record(
            "sam@demo.example",
            "update",
            "membership:ana@demo.example",
            serde_json::json!({ "before": { "role": "viewer" }, "after": { "role": "editor" } }),
        );
        let line = describe(&r, &names(), &catalogue);
        assert_eq!(
            line.sentence,
            "Sam Jones changed the role of Ana Lima from viewer to editor"
        );
        // 14:05 UTC in July is 15:05 BST, to the minute.
        assert_eq!(line.at, "5 July 2026, 15:05");
        assert_eq!(line.who, "Sam Jones");
        assert!(
            line.facts
                .iter()
                .any(|f| f.label == "Before › Role" && f.value == "viewer"),
            "{:?}",
            line.facts
        );
        let welsh = tessera_l10n::sync_scope(tessera_l10n::Lang::Cy, || {
            describe(&r, &names(), &catalogue)
        });
        assert_eq!(welsh.at, "5 Gorffennaf 2026, 15:05");
        assert!(welsh.sentence.contains("Sam Jones"), "{}", welsh.sentence);
        assert!(welsh.sentence.contains("golygydd"), "{}", welsh.sentence);
    }

    #[test]
    fn every_kind_of_entry_tessera_records_has_its_own_sentence() {
        let cases = [
            (
                record(
                    "system",
                    "create",
                    "organisation:demo",
                    serde_json::json!({ "after": { "slug": "demo", "name": "Demo Town Council" } }),
                ),
                "Tessera (setting up) created the organisation Demo Town Council",
            ),
            (
                record(
                    "sam@demo.example",
                    "import",
                    "dataset:1",
                    serde_json::json!({ "after": { "name": "Residents' survey", "version": 2, "rows": 1, "excluded_rows": 0 } }),
                ),
                "Sam Jones imported version 2 of the dataset ‘Residents' survey’: 1 row",
            ),
            (
                record(
                    "sam@demo.example",
                    "share",
                    "plan:3",
                    serde_json::json!({ "after": { "share": 4, "with": "Beta Refugee Action" } }),
                ),
                "Sam Jones shared the plan ‘Language café’ with Beta Refugee Action",
            ),
            (
                record(
                    "sam@demo.example",
                    "withdraw",
                    "dataset:1",
                    serde_json::json!({ "before": { "share": 4 } }),
                ),
                "Sam Jones withdrew a share of the results of ‘Residents' survey’",
            ),
            (
                record(
                    "ana@demo.example (token tsr_ab12)",
                    "delete",
                    "plan:9",
                    serde_json::json!({ "before": { "title": "Old plan", "document": {} } }),
                ),
                "Ana Lima (with an API token) deleted the plan ‘Old plan’",
            ),
            (
                record(
                    "x@y.example",
                    "sign-in-failed",
                    "user:x@y.example",
                    serde_json::json!({ "reason": "too many failed attempts; locked for 15 minutes" }),
                ),
                "Someone failed to sign in as x@y.example; the account is locked for 15 minutes",
            ),
            (
                record(
                    "sam@demo.example",
                    "update",
                    "dataset:1",
                    serde_json::json!({ "before": { "retain_until": null }, "after": { "retain_until": "2027-03-31" } }),
                ),
                "Sam Jones set the retention date of ‘Residents' survey’ to 31 March 2027",
            ),
            (
                record(
                    "sam@demo.example",
                    "upload",
                    "file:survey.csv",
                    serde_json::json!({ "bytes": 2048, "format": "csv", "name": "Survey" }),
                ),
                "Sam Jones uploaded survey.csv (2.0 KB) to import as ‘Survey’",
            ),
            (
                record("cli", "frobnicate", "thing:1", serde_json::json!({})),
                "The command line recorded ‘frobnicate’ on thing:1",
            ),
        ];
        for (r, expected) in cases {
            assert_eq!(say(&r), expected);
        }
    }

    #[test]
    fn whole_plan_documents_stay_out_of_the_details() {
        let catalogue = Catalogue::shipped().expect("packs");
        let r = record(
            "sam@demo.example",
            "create",
            "plan:3",
            serde_json::json!({ "after": { "title": "Language café", "document": { "goal": "x" } } }),
        );
        let line = describe(&r, &names(), &catalogue);
        assert_eq!(line.sentence, "Sam Jones created the plan ‘Language café’");
        assert_eq!(
            line.object,
            Some(("/plans/3".to_owned(), "Plan: Language café".to_owned()))
        );
        assert!(line.facts.iter().all(|f| !f.value.contains("goal")));
        assert!(
            line.facts.iter().any(|f| f.value.contains("CSV export")),
            "{:?}",
            line.facts
        );
    }

    #[test]
    fn newer_kinds_of_object_are_described_by_their_title_code_or_number() {
        let catalogue = Catalogue::shipped().expect("the shipped packs load");
        let names = Names::default();
        let line = |action: &str, object: &str, detail: Value| {
            describe(
                &record("owner@demo.example", action, object, detail),
                &names,
                &catalogue,
            )
            .sentence
        };
        assert_eq!(
            line(
                "update",
                "questionnaire:3",
                serde_json::json!({ "after": { "title": "Café survey", "version": 2 } })
            ),
            "owner@demo.example changed the questionnaire “Café survey”"
        );
        assert_eq!(
            line("erase", "participant:P-7K3Q9", serde_json::json!({})),
            "owner@demo.example erased the participant “P-7K3Q9”"
        );
        assert_eq!(
            line("delete", "report:12", serde_json::json!({})),
            "owner@demo.example deleted the report number 12"
        );
        assert_eq!(
            line("frobnicate", "report:12", serde_json::json!({})),
            "owner@demo.example recorded ‘frobnicate’ on report:12",
            "an action without words keeps the general sentence"
        );
    }
}
