//! A story as a form or the API sends it, checked into a record, and its photo or audio file.

use tessera_framework::Catalogue;
use tessera_l10n::{t, ta};
use tessera_plan::{Plan, Side};
use tessera_store::{NewStory, PlanId, STORY_KINDS, StoryConsent, StoryTag};

use super::personal::{self, Finding};
use crate::participants::consent::METHODS;
use crate::participants::{Checked, Problem, parse_date, today};

/// The longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// The longest text (quote, account or transcript), in characters.
pub const MAX_BODY_CHARS: usize = 20_000;
/// The most themes on one story.
pub const MAX_THEMES: usize = 20;
/// The longest theme, in characters.
pub const MAX_THEME_CHARS: usize = 60;
/// The largest photo or audio file, in bytes (10 MiB): a phone photo or a few minutes of
/// compressed speech. Longer recordings belong in the organisation's own file store, with the
/// transcript here.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// What a story form sent, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct StoryInput {
    /// One of [`STORY_KINDS`].
    pub kind: String,
    /// Title.
    pub title: String,
    /// The text.
    pub body: String,
    /// When (`YYYY-MM-DD`).
    pub occurred_on: String,
    /// A participant code, if it is about a participant.
    pub participant: String,
    /// The number of the participant's consent record it rests on.
    pub consent: String,
    /// The group it is about.
    pub group_label: String,
    /// Consent covers use in reports.
    pub consent_reports: bool,
    /// Consent covers publication.
    pub consent_publication: bool,
    /// Consent covers sharing.
    pub consent_sharing: bool,
    /// The person agreed to be named.
    pub consent_naming: bool,
    /// When the consent recorded with the story was given.
    pub consent_given_on: String,
    /// How.
    pub consent_method: String,
    /// Notes.
    pub consent_notes: String,
    /// It has been anonymised.
    pub anonymised: bool,
    /// Outcomes, as `plan-id/outcome-id`.
    pub outcomes: Vec<String>,
    /// Indicator references.
    pub indicators: Vec<String>,
    /// Domains, as `pack/domain`.
    pub domains: Vec<String>,
    /// Sides (`newcomers`, `receiving_community`).
    pub sides: Vec<String>,
    /// Themes, separated by commas.
    pub themes: String,
    /// The person saving has looked at what the personal-data check found.
    pub checked: bool,
}

/// A photo or audio file as uploaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    /// The name it came with.
    pub file_name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// The media type of a photo or recording, from its first bytes (never from its name or what
/// the browser claimed): PNG, JPEG and WebP photos; MP3, Ogg, WAV and MPEG-4 audio. Anything
/// else (SVG above all, which can carry script) is refused.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    let starts = |p: &[u8]| bytes.starts_with(p);
    let riff = |tag: &[u8]| bytes.len() >= 12 && starts(b"RIFF") && &bytes[8..12] == tag;
    if starts(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if starts(b"\xFF\xD8\xFF") {
        Some("image/jpeg")
    } else if riff(b"WEBP") {
        Some("image/webp")
    } else if riff(b"WAVE") {
        Some("audio/wav")
    } else if starts(b"OggS") {
        Some("audio/ogg")
    } else if starts(b"ID3") || (bytes.len() > 1 && bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0) {
        Some("audio/mpeg")
    } else if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        Some("audio/mp4")
    } else {
        None
    }
}

/// Checks a file for a story of `kind`: within [`MAX_FILE_BYTES`], a photo for a photo, a
/// recording for audio, nothing for other kinds.
pub fn check_file(
    kind: &str,
    upload: Option<&Upload>,
) -> Result<Option<(String, &'static str)>, Problem> {
    let Some(upload) = upload.filter(|u| !u.bytes.is_empty()) else {
        return Ok(None);
    };
    if upload.bytes.len() > MAX_FILE_BYTES {
        return Err(Problem::new(
            "file",
            ta(
                "stories-error-file-size",
                &[("megabytes", (MAX_FILE_BYTES / (1024 * 1024)).into())],
            ),
        ));
    }
    let media = sniff(&upload.bytes);
    let wanted = match kind {
        "photo" => "image/",
        "audio" => "audio/",
        _ => return Err(Problem::new("file", t("stories-error-file-kind"))),
    };
    match media {
        Some(m) if m.starts_with(wanted) => {
            let name: String = upload
                .file_name
                .chars()
                .filter(|c| !c.is_control() && !"/\\\"".contains(*c))
                .take(120)
                .collect();
            Ok(Some((name, m)))
        }
        _ => Err(Problem::new(
            "file",
            t(if kind == "photo" {
                "stories-error-file-photo"
            } else {
                "stories-error-file-audio"
            }),
        )),
    }
}

/// The themes of a comma-separated list, tidied (spaces collapsed, first letter kept as
/// written), without repeats.
pub fn themes(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for theme in text.split([',', ';', '\n']) {
        let theme = theme.split_whitespace().collect::<Vec<_>>().join(" ");
        if !theme.is_empty() && !out.iter().any(|t| t.eq_ignore_ascii_case(&theme)) {
            out.push(theme);
        }
    }
    out
}

/// Everything a story is checked against.
pub struct Context<'a> {
    /// The organisation's plans.
    pub plans: &'a [(PlanId, Plan)],
    /// The framework catalogue.
    pub catalogue: &'a Catalogue,
}

/// Checks a story form (all but the participant's consent record, which the use case looks up).
/// The personal-data check's findings come back as problems on the text's fields until the
/// form says they were looked at.
pub fn check(input: &StoryInput, ctx: &Context<'_>) -> Checked<(NewStory, Vec<Finding>)> {
    let mut problems = Vec::new();
    let kind = input.kind.trim();
    if !STORY_KINDS.contains(&kind) {
        problems.push(Problem::new("kind", t("stories-error-kind")));
    }
    let title = input.title.trim();
    if title.is_empty() {
        problems.push(Problem::new("title", t("stories-error-title")));
    } else if title.chars().count() > MAX_TITLE_CHARS {
        problems.push(Problem::new(
            "title",
            ta("stories-error-too-long", &[("max", MAX_TITLE_CHARS.into())]),
        ));
    }
    let body = input.body.trim();
    if body.is_empty() {
        problems.push(Problem::new("body", t("stories-error-body")));
    } else if body.chars().count() > MAX_BODY_CHARS {
        problems.push(Problem::new(
            "body",
            ta("stories-error-too-long", &[("max", MAX_BODY_CHARS.into())]),
        ));
    }
    let occurred_on = match input.occurred_on.trim() {
        "" => None,
        text => match parse_date(text) {
            Some(d) if d <= today() => Some(tessera_plan::format_date(d)),
            Some(_) => {
                problems.push(Problem::new("occurred_on", t("stories-error-future")));
                None
            }
            None => {
                problems.push(Problem::new(
                    "occurred_on",
                    ta("stories-error-date", &[("value", text.to_owned().into())]),
                ));
                None
            }
        },
    };
    let participant = input.participant.trim().to_ascii_uppercase();
    let group_label = input.group_label.trim().to_owned();
    if participant.is_empty() && group_label.is_empty() {
        problems.push(Problem::new("participant", t("stories-error-about")));
    }
    let any_scope = input.consent_reports
        || input.consent_publication
        || input.consent_sharing
        || input.consent_naming;
    let (consent_given_on, consent_method) = if participant.is_empty() && any_scope {
        let given = match parse_date(&input.consent_given_on) {
            Some(d) if d <= today() => Some(tessera_plan::format_date(d)),
            _ => {
                problems.push(Problem::new(
                    "consent_given_on",
                    t("stories-error-consent-date"),
                ));
                None
            }
        };
        let method = input.consent_method.trim();
        if !METHODS.contains(&method) {
            problems.push(Problem::new(
                "consent_method",
                t("stories-error-consent-method"),
            ));
        }
        (given, Some(method.to_owned()))
    } else {
        (
            parse_date(&input.consent_given_on).map(tessera_plan::format_date),
            Some(input.consent_method.trim().to_owned()).filter(|m| METHODS.contains(&m.as_str())),
        )
    };

    let mut tags = Vec::new();
    for o in input
        .outcomes
        .iter()
        .map(|o| o.trim())
        .filter(|o| !o.is_empty())
    {
        let known = o.split_once('/').is_some_and(|(plan, outcome)| {
            ctx.plans
                .iter()
                .any(|(id, p)| id.to_string() == plan && p.outcomes.iter().any(|x| x.id == outcome))
        });
        if known {
            tags.push(StoryTag::new("outcome", o));
        } else {
            problems.push(Problem::new("outcomes", t("stories-error-outcome")));
        }
    }
    for i in input
        .indicators
        .iter()
        .map(|i| i.trim())
        .filter(|i| !i.is_empty())
    {
        let known = ctx.catalogue.indicator(i).is_some()
            || ctx.plans.iter().any(|(_, p)| {
                p.outcomes
                    .iter()
                    .any(|o| o.indicators.iter().any(|x| x.indicator == i))
            });
        if known {
            tags.push(StoryTag::new("indicator", i));
        } else {
            problems.push(Problem::new(
                "indicators",
                ta("stories-error-indicator", &[("value", i.to_owned().into())]),
            ));
        }
    }
    for d in input
        .domains
        .iter()
        .map(|d| d.trim())
        .filter(|d| !d.is_empty())
    {
        let known = d
            .split_once('/')
            .is_some_and(|(pack, domain)| ctx.catalogue.domain(pack, domain).is_some());
        if known {
            tags.push(StoryTag::new("domain", d));
        } else {
            problems.push(Problem::new(
                "domains",
                ta("stories-error-domain", &[("value", d.to_owned().into())]),
            ));
        }
    }
    for s in input
        .sides
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
    {
        match Side::parse(s) {
            Some(side) => tags.push(StoryTag::new("side", side.code())),
            None => problems.push(Problem::new("sides", t("stories-error-side"))),
        }
    }
    let themes = themes(&input.themes);
    if themes.len() > MAX_THEMES {
        problems.push(Problem::new(
            "themes",
            ta("stories-error-themes", &[("max", MAX_THEMES.into())]),
        ));
    }
    if themes.iter().any(|t| t.chars().count() > MAX_THEME_CHARS) {
        problems.push(Problem::new(
            "themes",
            ta("stories-error-too-long", &[("max", MAX_THEME_CHARS.into())]),
        ));
    }
    tags.extend(themes.into_iter().map(|v| StoryTag::new("theme", v)));

    let mut findings = personal::check("title", title, input.consent_naming);
    findings.extend(personal::check("body", body, input.consent_naming));
    if !group_label.is_empty() {
        findings.extend(personal::check(
            "group_label",
            &group_label,
            input.consent_naming,
        ));
    }
    if !findings.is_empty() && !input.checked {
        for f in &findings {
            problems.push(Problem::new(f.field.clone(), f.message()));
        }
        problems.push(Problem::new("checked", t("stories-error-checked")));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok((
        NewStory {
            kind: kind.to_owned(),
            title: title.to_owned(),
            body: body.to_owned(),
            occurred_on,
            participant_code: Some(participant).filter(|p| !p.is_empty()),
            group_label,
            consent_id: None,
            consent: StoryConsent {
                reports: input.consent_reports,
                publication: input.consent_publication,
                sharing: input.consent_sharing,
                naming: input.consent_naming,
                given_on: consent_given_on,
                method: consent_method,
                notes: input.consent_notes.trim().to_owned(),
            },
            anonymised: input.anonymised,
            tags,
        },
        findings,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_known_by_their_content_and_an_svg_is_refused() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0"), Some("image/jpeg"));
        assert_eq!(sniff(b"RIFF\0\0\0\0WAVEfmt "), Some("audio/wav"));
        assert_eq!(sniff(b"<svg onload=alert(1)>"), None);
        let svg = Upload {
            file_name: "a.png".to_owned(),
            bytes: b"<svg onload=alert(1)>".to_vec(),
        };
        assert!(check_file("photo", Some(&svg)).is_err());
        let png = Upload {
            file_name: "a\"b.png".to_owned(),
            bytes: b"\x89PNG\r\n\x1a\n....".to_vec(),
        };
        assert_eq!(
            check_file("photo", Some(&png)).expect("a photo"),
            Some(("ab.png".to_owned(), "image/png"))
        );
        assert!(
            check_file("audio", Some(&png)).is_err(),
            "a photo is not audio"
        );
        assert!(check_file("testimony", Some(&png)).is_err());
    }

    #[test]
    fn a_file_just_over_the_limit_is_refused() {
        let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
        bytes.resize(MAX_FILE_BYTES + 1, 0);
        let big = Upload {
            file_name: "big.png".to_owned(),
            bytes,
        };
        assert!(check_file("photo", Some(&big)).is_err());
        let mut fits = big.clone();
        fits.bytes.truncate(MAX_FILE_BYTES);
        assert!(check_file("photo", Some(&fits)).is_ok());
    }

    #[test]
    fn themes_are_tidied_and_repeats_dropped() {
        assert_eq!(
            themes(" belonging,  Belonging ;new  friends\n"),
            vec!["belonging".to_owned(), "new friends".to_owned()]
        );
    }
}
