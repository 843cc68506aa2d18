//! Form plumbing shared by every planner form: reading a URL-encoded body (with repeated keys,
//! which checkboxes need and `axum::Form` cannot read into a `Vec`), describing fields once so
//! one template renders them all with GOV.UK markup, and collecting errors for the summary.

use askama::Template;

/// A submitted form, as name–value pairs in the order sent.
#[derive(Debug, Default, Clone)]
pub(crate) struct Fields(Vec<(String, String)>);

impl Fields {
    /// Reads an `application/x-www-form-urlencoded` body.
    pub(crate) fn parse(body: &[u8]) -> Self {
        Self(form_urlencoded::parse(body).into_owned().collect())
    }

    /// The first value sent under `name`, trimmed; empty when absent.
    pub(crate) fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .unwrap_or("")
    }

    /// Every non-blank value sent under `name` (checkboxes).
    pub(crate) fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_owned())
            .collect()
    }
}

/// How a field is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldKind {
    Text,
    Textarea,
    Number,
    Date,
    Select,
    Radios,
    Checkboxes,
    Hidden,
    /// Not a field: a sub-heading that starts a group of fields.
    Heading,
}

/// One form field, with what is needed to draw it accessibly and to show its error.
#[derive(Debug, Clone)]
pub(crate) struct Field {
    pub name: String,
    pub label: String,
    pub hint: String,
    pub kind: FieldKind,
    pub value: String,
    /// Checked values, for checkboxes.
    pub values: Vec<String>,
    /// (value, label) pairs, for selects, radios and checkboxes.
    pub options: Vec<(String, String)>,
    pub error: Option<String>,
    /// A GOV.UK width class for inputs.
    pub width: &'static str,
}

impl Field {
    fn new(kind: FieldKind, name: &str, label: &str) -> Self {
        Self {
            name: name.to_owned(),
            label: label.to_owned(),
            hint: String::new(),
            kind,
            value: String::new(),
            values: Vec::new(),
            options: Vec::new(),
            error: None,
            width: "",
        }
    }

    pub(crate) fn text(name: &str, label: &str, value: impl Into<String>) -> Self {
        let mut f = Self::new(FieldKind::Text, name, label);
        f.value = value.into();
        f
    }

    pub(crate) fn textarea(name: &str, label: &str, value: impl Into<String>) -> Self {
        let mut f = Self::new(FieldKind::Textarea, name, label);
        f.value = value.into();
        f
    }

    pub(crate) fn number(name: &str, label: &str, value: impl Into<String>) -> Self {
        let mut f = Self::new(FieldKind::Number, name, label);
        f.value = value.into();
        f.width = "govuk-input--width-5";
        f
    }

    pub(crate) fn date(name: &str, label: &str, value: impl Into<String>) -> Self {
        let mut f = Self::new(FieldKind::Date, name, label);
        f.value = value.into();
        f.width = "govuk-input--width-10";
        f
    }

    pub(crate) fn select(
        name: &str,
        label: &str,
        value: impl Into<String>,
        options: Vec<(String, String)>,
    ) -> Self {
        let mut f = Self::new(FieldKind::Select, name, label);
        f.value = value.into();
        f.options = options;
        f
    }

    pub(crate) fn radios(
        name: &str,
        label: &str,
        value: impl Into<String>,
        options: Vec<(String, String)>,
    ) -> Self {
        let mut f = Self::new(FieldKind::Radios, name, label);
        f.value = value.into();
        f.options = options;
        f
    }

    pub(crate) fn checkboxes(
        name: &str,
        label: &str,
        values: Vec<String>,
        options: Vec<(String, String)>,
    ) -> Self {
        let mut f = Self::new(FieldKind::Checkboxes, name, label);
        f.values = values;
        f.options = options;
        f
    }

    pub(crate) fn hidden(name: &str, value: impl Into<String>) -> Self {
        let mut f = Self::new(FieldKind::Hidden, name, "");
        f.value = value.into();
        f
    }

    pub(crate) fn heading(text: &str) -> Self {
        Self::new(FieldKind::Heading, "", text)
    }

    pub(crate) fn hint(mut self, hint: &str) -> Self {
        self.hint = hint.to_owned();
        self
    }

    /// The HTML id: the name, which is unique within a form.
    pub(crate) fn id(&self) -> &str {
        &self.name
    }

    /// The id of the first input, which the error summary links to (radios and checkboxes
    /// have one input per option).
    pub(crate) fn anchor(&self) -> String {
        match self.kind {
            FieldKind::Radios | FieldKind::Checkboxes if !self.options.is_empty() => {
                format!("{}-0", self.name)
            }
            _ => self.name.clone(),
        }
    }

    /// The kind as a word, for templates (which compare words rather than import the enum).
    pub(crate) fn kind_name(&self) -> &'static str {
        match self.kind {
            FieldKind::Text => "text",
            FieldKind::Textarea => "textarea",
            FieldKind::Number => "number",
            FieldKind::Date => "date",
            FieldKind::Select => "select",
            FieldKind::Radios => "radios",
            FieldKind::Checkboxes => "checkboxes",
            FieldKind::Hidden => "hidden",
            FieldKind::Heading => "heading",
        }
    }

    pub(crate) fn is_checked(&self, value: &str) -> bool {
        self.values.iter().any(|v| v == value)
    }

    pub(crate) fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if !self.hint.is_empty() {
            ids.push(format!("{}-hint", self.name));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.name));
        }
        ids.join(" ")
    }
}

/// Errors found in a submitted form: (field name, message). A name no field has (such as `$`)
/// links to the top of the form.
pub(crate) type FormErrors = Vec<(String, String)>;

/// A form ready to render: fields with their errors attached, and the summary's links.
#[derive(Debug, Clone)]
pub(crate) struct FormView {
    pub action: String,
    pub fields: Vec<Field>,
    pub submit: String,
    /// (href, message) for the error summary.
    pub summary: Vec<(String, String)>,
}

impl FormView {
    pub(crate) fn new(
        action: String,
        mut fields: Vec<Field>,
        submit: &str,
        errors: FormErrors,
    ) -> Self {
        let mut summary = Vec::new();
        for (name, message) in errors {
            let href = match fields.iter_mut().find(|f| f.name == name) {
                Some(field) => {
                    if field.error.is_none() {
                        field.error = Some(message.clone());
                    }
                    format!("#{}", field.anchor())
                }
                None => fields
                    .iter()
                    .find(|f| f.kind != FieldKind::Hidden && f.kind != FieldKind::Heading)
                    .map(|f| format!("#{}", f.anchor()))
                    .unwrap_or_else(|| "#main-content".to_owned()),
            };
            summary.push((href, message));
        }
        Self {
            action,
            fields,
            submit: submit.to_owned(),
            summary,
        }
    }
}

/// A page holding one planner form: the guide's question, the fields, and a way back.
#[derive(Template)]
#[template(path = "plans/form.html")]
pub(crate) struct FormPage {
    pub plan_title: String,
    pub heading: String,
    pub prompt: String,
    pub form: FormView,
    pub back: String,
    /// Where a "Remove" button posts, when editing an existing item.
    pub remove: Option<String>,
    pub remove_label: String,
    pub crumbs: Vec<(String, String)>,
}
