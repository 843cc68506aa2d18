//! Form errors: each field's message, for the error summary and beside the field.

/// A field's error, for the error summary and beside the field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    /// The `id` of the field (or of the first input of a group) the summary links to.
    pub id: String,
    /// What was wrong and what to do.
    pub message: String,
}

impl FieldError {
    pub fn new(id: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            message: message.into(),
        }
    }
}

/// The message for field `id`, for templates.
pub fn error_for<'a>(errors: &'a [FieldError], id: &str) -> Option<&'a str> {
    errors
        .iter()
        .find(|e| e.id == id)
        .map(|e| e.message.as_str())
}
