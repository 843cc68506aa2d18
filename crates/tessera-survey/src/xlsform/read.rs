//! Reading an XLSForm (from KoboToolbox, ODK or Tessera) into a questionnaire, refusing the file
//! with every problem named by sheet, row and column when anything in it cannot be held.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use calamine::{DataRef, Reader, Xlsx};

use crate::error::{Problem, ProblemKind, Problems, SurveyError};
use crate::lang::Lang;
use crate::name::{ChoiceCode, GroupName, QuestionName};
use crate::question::{Choice, Question, QuestionType, Scale};
use crate::questionnaire::{Group, Item, Questionnaire, Source};
use crate::text::Texts;
use crate::xlsform::CONSENT_NAME;
use crate::xlsform::expr::{parse_constraint, parse_relevant};

/// Largest workbook read: a long XLSForm with several languages is well under 1 MiB.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Most bytes the workbook's parts may inflate to, counted by inflating them (never by what the
/// archive claims), so a zip bomb is refused before calamine opens it.
pub const MAX_INFLATED_BYTES: u64 = 50 * 1024 * 1024;
/// Most non-empty cells read from one sheet.
pub const MAX_CELLS: usize = 200_000;
/// Most rows read from one sheet.
pub const MAX_ROWS: u32 = 10_000;

/// Types Tessera recognises but cannot hold, and those it ignores because they collect nothing
/// the respondent types (metadata fields ODK fills in itself).
const UNSUPPORTED: &[&str] = &[
    "calculate",
    "begin_repeat",
    "end_repeat",
    "begin repeat",
    "end repeat",
    "geopoint",
    "geotrace",
    "geoshape",
    "image",
    "audio",
    "video",
    "file",
    "barcode",
    "rank",
    "select_one_from_file",
    "select_multiple_from_file",
    "hidden",
    "xml-external",
    "background-audio",
    "dateTime",
    "datetime",
    "time",
];
const METADATA: &[&str] = &[
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "audit",
    "start-geopoint",
];

/// What reading an XLSForm gave: the questionnaire and the metadata fields left out.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportReport {
    /// The questionnaire, valid.
    pub questionnaire: Questionnaire,
    /// Metadata fields (`start`, `end`, `deviceid`…) that were left out: ODK fills them in
    /// itself and Tessera does not collect them.
    pub skipped_metadata: Vec<String>,
    /// The form's `form_id` setting, if any.
    pub form_id: Option<String>,
}

/// A sheet as rows of text cells, with the 1-based row number a spreadsheet shows.
struct Sheet {
    name: String,
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

impl Sheet {
    fn col(&self, name: &str) -> Option<usize> {
        self.header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
    }

    /// Columns `prefix` or `prefix::Language (code)`, by language (none for the bare column).
    fn lang_cols(&self, prefix: &str, default: &Lang) -> Result<Vec<(Lang, usize)>, Problem> {
        let mut out = Vec::new();
        for (i, h) in self.header.iter().enumerate() {
            let lower = h.to_ascii_lowercase();
            if lower == prefix {
                out.push((default.clone(), i));
            } else if let Some(rest) = lower.strip_prefix(&format!("{prefix}::")) {
                let lang = header_lang(&h[prefix.len() + 2..]).ok_or_else(|| {
                    Problem::at_cell(ProblemKind::BadValue, &self.name, Some(1), Some(h))
                        .with_value(rest.to_owned())
                })?;
                out.push((lang, i));
            }
        }
        Ok(out)
    }
}

/// The language of a header suffix: `English (en)` → en; a bare name Tessera knows → its code.
pub(crate) fn header_lang(suffix: &str) -> Option<Lang> {
    let s = suffix.trim();
    if let (Some(open), true) = (s.rfind('('), s.ends_with(')')) {
        return Lang::parse(&s[open + 1..s.len() - 1]).ok();
    }
    let by_name = [
        ("english", "en"),
        ("welsh", "cy"),
        ("cymraeg", "cy"),
        ("arabic", "ar"),
        ("ukrainian", "uk"),
        ("farsi", "fa"),
        ("persian", "fa"),
        ("dari", "prs"),
        ("pashto", "ps"),
        ("french", "fr"),
        ("spanish", "es"),
        ("portuguese", "pt"),
        ("polish", "pl"),
        ("urdu", "ur"),
        ("somali", "so"),
        ("tigrinya", "ti"),
    ];
    let lower = s.to_ascii_lowercase();
    by_name
        .iter()
        .find(|(n, _)| *n == lower)
        .and_then(|(_, c)| Lang::parse(c).ok())
        .or_else(|| Lang::parse(s).ok())
}

fn cell_text(d: &DataRef<'_>) -> Option<String> {
    let t = match d {
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(x) => crate::xlsform::expr::number(*x),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Bool(b) => if *b { "true" } else { "false" }.to_owned(),
        DataRef::DateTime(d) => d.as_f64().to_string(),
        DataRef::Error(_) | DataRef::Empty => return None,
    };
    let t = t.trim().to_owned();
    (!t.is_empty()).then_some(t)
}

fn one(kind: ProblemKind, sheet: &str, row: Option<usize>, col: Option<&str>) -> SurveyError {
    let mut p = Problem::at_cell(kind, sheet, row, col);
    if sheet.is_empty() {
        p.place.sheet = None;
    }
    SurveyError::Problems(Problems(vec![p]))
}

/// Inflates every part of the archive, counting real bytes, and refuses it past the limit.
pub(crate) fn check_archive(bytes: &[u8]) -> Result<(), SurveyError> {
    let unreadable = || one(ProblemKind::Unreadable, "", None, None);
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| unreadable())?;
    let mut total = 0u64;
    for i in 0..zip.len() {
        let entry = zip.by_index(i).map_err(|_| unreadable())?;
        let left = MAX_INFLATED_BYTES - total;
        let n = std::io::copy(&mut entry.take(left + 1), &mut std::io::sink())
            .map_err(|_| unreadable())?;
        total += n;
        if total > MAX_INFLATED_BYTES {
            return Err(one(ProblemKind::TooLarge, "", None, None));
        }
    }
    Ok(())
}

/// A sheet's header, and its rows with their 1-based row numbers.
pub(crate) type SheetRows = (Vec<String>, Vec<(usize, Vec<String>)>);

/// A sheet's header and rows of text (every row as wide as the widest), with 1-based row
/// numbers; `None` if the workbook has no sheet called `name` (in any case).
pub(crate) fn sheet_rows(
    book: &mut Xlsx<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<SheetRows>, SurveyError> {
    Ok(read_sheet(book, name)?.map(|s| (s.header, s.rows)))
}

fn read_sheet(book: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> Result<Option<Sheet>, SurveyError> {
    let Some(real) = book
        .sheet_names()
        .into_iter()
        .find(|n| n.eq_ignore_ascii_case(name))
    else {
        return Ok(None);
    };
    let mut cells = book
        .worksheet_cells_reader(&real)
        .map_err(|_| one(ProblemKind::Unreadable, name, None, None))?;
    let mut grid: BTreeMap<u32, BTreeMap<u32, String>> = BTreeMap::new();
    let mut count = 0usize;
    while let Some(cell) = cells
        .next_cell()
        .map_err(|_| one(ProblemKind::Unreadable, name, None, None))?
    {
        let (r, c) = cell.get_position();
        if r >= MAX_ROWS || c >= 1_000 {
            return Err(one(ProblemKind::TooLarge, name, Some(r as usize + 1), None));
        }
        if let Some(t) = cell_text(cell.get_value()) {
            count += 1;
            if count > MAX_CELLS {
                return Err(one(ProblemKind::TooLarge, name, Some(r as usize + 1), None));
            }
            grid.entry(r).or_default().insert(c, t);
        }
    }
    let width = grid
        .values()
        .filter_map(|r| r.keys().next_back())
        .max()
        .map_or(0, |c| *c as usize + 1);
    let mut rows = grid.into_iter();
    let header = match rows.next() {
        Some((_, h)) => (0..width)
            .map(|c| h.get(&(c as u32)).cloned().unwrap_or_default())
            .collect(),
        None => Vec::new(),
    };
    let rows = rows
        .map(|(r, cells)| {
            (
                r as usize + 1,
                (0..width)
                    .map(|c| cells.get(&(c as u32)).cloned().unwrap_or_default())
                    .collect(),
            )
        })
        .collect();
    Ok(Some(Sheet {
        name: name.to_owned(),
        header,
        rows,
    }))
}

/// Reads an XLSForm workbook (`.xlsx` bytes). Supported: `select_one`, `select_multiple`,
/// `integer`, `decimal`, `range`, `text`, `date`, `note`, `acknowledge` named `consent` (read as
/// the consent text), one level of groups, `required`, `relevant` and `constraint` written as
/// simple comparisons, labels, hints and constraint messages in any number of languages.
/// Anything else (calculations, repeats, locations, media, expressions it cannot read) is a
/// problem naming its cell; nothing is returned unless the whole form was read. A form without
/// `form_title` or `form_id` takes `fallback_title` (the file's name, say).
pub fn read_xlsform(bytes: &[u8], fallback_title: &str) -> Result<ImportReport, SurveyError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(one(ProblemKind::TooLarge, "", None, None));
    }
    check_archive(bytes)?;
    let mut book =
        Xlsx::new(Cursor::new(bytes)).map_err(|_| one(ProblemKind::Unreadable, "", None, None))?;
    let survey = read_sheet(&mut book, "survey")?
        .ok_or_else(|| one(ProblemKind::MissingSheet, "survey", None, None))?;
    let choices = read_sheet(&mut book, "choices")?;
    let settings = read_sheet(&mut book, "settings")?;

    let mut problems = Vec::new();
    let setting = |key: &str| -> Option<String> {
        let s = settings.as_ref()?;
        let c = s.col(key)?;
        s.rows
            .first()
            .map(|(_, r)| r[c].clone())
            .filter(|v| !v.is_empty())
    };
    let default_lang = setting("default_language")
        .and_then(|d| header_lang(&d))
        .unwrap_or_else(Lang::english);

    // Choices.
    let mut lists: BTreeMap<String, Vec<Choice>> = BTreeMap::new();
    if let Some(ch) = choices.as_ref().filter(|c| !c.header.is_empty()) {
        let list_col = ch.col("list_name").or_else(|| ch.col("list name"));
        let name_col = ch.col("name").or_else(|| ch.col("value"));
        let label_cols = ch.lang_cols("label", &default_lang).unwrap_or_else(|p| {
            problems.push(p);
            Vec::new()
        });
        for (c, n) in [(list_col, "list_name"), (name_col, "name")] {
            if c.is_none() {
                problems.push(Problem::at_cell(
                    ProblemKind::MissingColumn,
                    "choices",
                    Some(1),
                    Some(n),
                ));
            }
        }
        if let (Some(lc), Some(nc)) = (list_col, name_col) {
            for (row, cells) in &ch.rows {
                let (list, code) = (&cells[lc], &cells[nc]);
                if list.is_empty() && code.is_empty() {
                    continue;
                }
                if list.is_empty() || code.is_empty() {
                    let col = if list.is_empty() { "list_name" } else { "name" };
                    problems.push(Problem::at_cell(
                        ProblemKind::EmptyCell,
                        "choices",
                        Some(*row),
                        Some(col),
                    ));
                    continue;
                }
                let code = match ChoiceCode::parse(code) {
                    Ok(c) => c,
                    Err(_) => {
                        problems.push(
                            Problem::at_cell(
                                ProblemKind::BadValue,
                                "choices",
                                Some(*row),
                                Some("name"),
                            )
                            .with_value(code.clone()),
                        );
                        continue;
                    }
                };
                let mut label = Texts::new();
                for (l, c) in &label_cols {
                    label.set(l.clone(), &cells[*c], false);
                }
                let entry = lists.entry(list.clone()).or_default();
                if let Some(existing) = entry.iter().find(|c| c.code == code) {
                    if existing.label != label {
                        problems.push(
                            Problem::at_cell(
                                ProblemKind::ConflictingChoice,
                                "choices",
                                Some(*row),
                                Some("name"),
                            )
                            .with_value(format!("{list} {code}")),
                        );
                    }
                    continue;
                }
                entry.push(Choice { code, label });
            }
        }
    }

    // Survey.
    let type_col = survey.col("type");
    let name_col = survey.col("name");
    for (c, n) in [(type_col, "type"), (name_col, "name")] {
        if c.is_none() {
            problems.push(Problem::at_cell(
                ProblemKind::MissingColumn,
                "survey",
                Some(1),
                Some(n),
            ));
        }
    }
    let (Some(tc), Some(nc)) = (type_col, name_col) else {
        return Err(SurveyError::Problems(Problems(problems)));
    };
    let mut lang_cols = |prefix: &str| {
        survey.lang_cols(prefix, &default_lang).unwrap_or_else(|p| {
            problems.push(p);
            Vec::new()
        })
    };
    let labels = lang_cols("label");
    let hints = lang_cols("hint");
    let messages = lang_cols("constraint_message");
    for (col, what) in [
        (survey.col("calculation"), "calculation"),
        (survey.col("repeat_count"), "repeat_count"),
        (survey.col("choice_filter"), "choice_filter"),
        (survey.col("default"), "default"),
        (survey.col("trigger"), "trigger"),
    ] {
        if let Some(c) = col
            && let Some((row, cells)) = survey.rows.iter().find(|(_, r)| !r[c].is_empty())
        {
            problems.push(
                Problem::at_cell(
                    ProblemKind::UnsupportedType,
                    "survey",
                    Some(*row),
                    Some(what),
                )
                .with_value(cells[c].clone()),
            );
        }
    }
    let required_col = survey.col("required");
    let relevant_col = survey.col("relevant");
    let constraint_col = survey.col("constraint");
    let parameters_col = survey.col("parameters");
    let text_of = |cells: &[String], cols: &[(Lang, usize)]| {
        let mut t = Texts::new();
        for (l, c) in cols {
            t.set(l.clone(), &cells[*c], false);
        }
        t
    };

    let mut q = Questionnaire::new(Texts::new(), Texts::new());
    let mut skipped_metadata = Vec::new();
    let mut group: Option<GroupName> = None;
    let mut used_lists = Vec::new();
    for (row, cells) in &survey.rows {
        let row = *row;
        let raw_type = cells[tc].trim().to_owned();
        let name = cells[nc].trim().to_owned();
        if raw_type.is_empty() {
            if !name.is_empty() {
                problems.push(Problem::at_cell(
                    ProblemKind::EmptyCell,
                    "survey",
                    Some(row),
                    Some("type"),
                ));
            }
            continue;
        }
        let mut words = raw_type.split_whitespace();
        let head = words.next().unwrap_or_default().to_owned();
        let arg = words.collect::<Vec<_>>().join(" ");
        let at = |kind| {
            Problem::at_cell(kind, "survey", Some(row), Some("type")).with_value(raw_type.clone())
        };
        match (head.as_str(), arg.as_str()) {
            ("begin_group", "") | ("begin", "group") => {
                if group.is_some() {
                    problems.push(at(ProblemKind::UnbalancedGroup));
                    continue;
                }
                match GroupName::parse(&name) {
                    Ok(g) => {
                        q.groups.push(Group {
                            name: g.clone(),
                            title: text_of(cells, &labels),
                        });
                        group = Some(g);
                    }
                    Err(_) => problems.push(
                        Problem::at_cell(ProblemKind::BadValue, "survey", Some(row), Some("name"))
                            .with_value(name.clone()),
                    ),
                }
                continue;
            }
            ("end_group", "") | ("end", "group") => {
                if group.take().is_none() {
                    problems.push(at(ProblemKind::UnbalancedGroup));
                }
                continue;
            }
            _ => {}
        }
        if METADATA.contains(&head.as_str()) {
            skipped_metadata.push(name.clone());
            continue;
        }
        if head == "acknowledge" && name == CONSENT_NAME {
            q.consent = text_of(cells, &labels);
            continue;
        }
        let full = if arg.is_empty() {
            head.clone()
        } else {
            format!("{head} {arg}")
        };
        if UNSUPPORTED.contains(&head.as_str()) || UNSUPPORTED.contains(&full.as_str()) {
            problems.push(at(ProblemKind::UnsupportedType));
            continue;
        }
        let kind = match head.as_str() {
            "select_one" => QuestionType::SingleChoice,
            "select_multiple" => QuestionType::MultipleChoice,
            "integer" | "decimal" => QuestionType::Number,
            "range" => QuestionType::Scale,
            "text" => QuestionType::Text,
            "date" => QuestionType::Date,
            "note" => QuestionType::Note,
            _ => {
                problems.push(at(ProblemKind::UnknownType));
                continue;
            }
        };
        let Ok(qname) = QuestionName::parse(&name) else {
            problems.push(
                Problem::at_cell(ProblemKind::BadValue, "survey", Some(row), Some("name"))
                    .with_value(name.clone()),
            );
            continue;
        };
        let mut question = Question::new(qname, kind, "");
        question.label = text_of(cells, &labels);
        question.hint = text_of(cells, &hints);
        question.group = group.clone();
        if kind.has_choices() {
            // `select_one list or_other` is Kobo's "other, please say"; not held.
            let mut parts = arg.split_whitespace();
            let list = parts.next().unwrap_or_default().to_owned();
            if parts.next().is_some() {
                problems.push(at(ProblemKind::UnsupportedType));
                continue;
            }
            match lists.get(&list) {
                Some(ch) => {
                    question.choices = ch.clone();
                    question.choice_list = (list != name).then(|| list.clone());
                    used_lists.push(list);
                }
                None => {
                    problems.push(
                        Problem::at_cell(
                            ProblemKind::UnknownList,
                            "survey",
                            Some(row),
                            Some("type"),
                        )
                        .with_value(list),
                    );
                    continue;
                }
            }
        }
        if let Some(c) = required_col {
            let v = cells[c].to_ascii_lowercase();
            question.required = match v.as_str() {
                "" | "no" | "false" | "false()" | "0" => false,
                "yes" | "true" | "true()" | "1" => true,
                _ => {
                    problems.push(
                        Problem::at_cell(
                            ProblemKind::UnsupportedExpression,
                            "survey",
                            Some(row),
                            Some("required"),
                        )
                        .with_value(cells[c].clone()),
                    );
                    false
                }
            };
        }
        if let Some(c) = relevant_col
            && !cells[c].is_empty()
        {
            // Tessera's own export gates every question on the consent step; drop that part.
            let gate = format!("${{{CONSENT_NAME}}} = 'OK'");
            let text = cells[c]
                .replace(&format!("{gate} and "), "")
                .replace(&gate, "");
            if !text.trim().is_empty() {
                match parse_relevant(&text) {
                    Some(s) => question.show_if = s,
                    None => problems.push(
                        Problem::at_cell(
                            ProblemKind::UnsupportedExpression,
                            "survey",
                            Some(row),
                            Some("relevant"),
                        )
                        .with_value(cells[c].clone()),
                    ),
                }
            }
        }
        if let Some(c) = constraint_col
            && !cells[c].is_empty()
        {
            match parse_constraint(&cells[c]) {
                Some(con) => question.constraint = con,
                None => problems.push(
                    Problem::at_cell(
                        ProblemKind::UnsupportedExpression,
                        "survey",
                        Some(row),
                        Some("constraint"),
                    )
                    .with_value(cells[c].clone()),
                ),
            }
        }
        question.constraint.decimals = head == "decimal";
        question.constraint.message = text_of(cells, &messages);
        if kind == QuestionType::Scale {
            let params = parameters_col.map(|c| cells[c].clone()).unwrap_or_default();
            match parse_range(&params) {
                Some((min, max)) => {
                    question.scale = Some(Scale {
                        min,
                        max,
                        min_label: Texts::new(),
                        max_label: Texts::new(),
                    })
                }
                None => problems.push(
                    Problem::at_cell(
                        ProblemKind::BadValue,
                        "survey",
                        Some(row),
                        Some("parameters"),
                    )
                    .with_value(params),
                ),
            }
        }
        q.items.push(Item {
            source: Source::Imported,
            question,
        });
    }
    if group.is_some() {
        problems.push(Problem::at_cell(
            ProblemKind::UnbalancedGroup,
            "survey",
            None,
            Some("type"),
        ));
    }
    // A form without a title takes its id as title; one without a consent step gets the
    // bank's default consent text, which the organisation can then reword.
    let title = setting("form_title")
        .or_else(|| setting("form_id"))
        .unwrap_or_else(|| fallback_title.to_owned());
    q.title.set(default_lang.clone(), &title, false);
    if q.consent.is_empty()
        && let Ok(bank) = crate::bank::Bank::shipped()
    {
        q.consent = bank.consent.clone();
    }
    let mut langs: Vec<Lang> = vec![default_lang.clone()];
    for (l, _) in &labels {
        if !langs.contains(l) {
            langs.push(l.clone());
        }
    }
    q.languages = langs;
    if !problems.is_empty() {
        return Err(SurveyError::Problems(Problems(problems)));
    }
    // Problems of the questionnaire itself (show-if on later questions, duplicate names…), named
    // by question since the sheet rows are known only here.
    let rows: BTreeMap<String, usize> = survey
        .rows
        .iter()
        .map(|(r, c)| (c[nc].trim().to_owned(), *r))
        .collect();
    let mut found = q.problems();
    if !found.is_empty() {
        for p in &mut found {
            if let Some(name) = &p.place.question {
                p.place.sheet = Some("survey".to_owned());
                p.place.row = rows.get(name).copied();
            }
        }
        return Err(SurveyError::Problems(Problems(found)));
    }
    Ok(ImportReport {
        questionnaire: q,
        skipped_metadata,
        form_id: setting("form_id"),
    })
}

/// `start=0 end=10 step=1` → (0, 10); the step must be 1.
fn parse_range(params: &str) -> Option<(i32, i32)> {
    let mut start = None;
    let mut end = None;
    for p in params.split([' ', ';', ',']).filter(|p| !p.is_empty()) {
        let (k, v) = p.split_once('=')?;
        match k.trim() {
            "start" => start = v.trim().parse().ok(),
            "end" => end = v.trim().parse().ok(),
            "step" if v.trim() == "1" => {}
            _ => return None,
        }
    }
    Some((start?, end?))
}
