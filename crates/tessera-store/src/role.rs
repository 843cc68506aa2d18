//! Roles: what a member (or an API token) may do in an organisation.

use serde::Serialize;

use crate::StoreError;

/// What a member may do in an organisation. Each role can do everything the roles below it can.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Reads plans and results (aggregates with small cells suppressed).
    Viewer,
    /// Also downloads result tables and original data files.
    Analyst,
    /// Also creates and edits plans and imports and corrects datasets.
    Editor,
    /// Also manages members, sharing, retention, API tokens and deletions, and reads the audit log.
    Owner,
}

impl Role {
    /// Every role, from most to least powerful.
    pub const ALL: [Role; 4] = [Role::Owner, Role::Editor, Role::Analyst, Role::Viewer];

    /// The stored name: `owner`, `editor`, `analyst` or `viewer`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Editor => "editor",
            Role::Analyst => "analyst",
            Role::Viewer => "viewer",
        }
    }

    /// Reads a role name, as stored or typed on the command line.
    pub fn parse(s: &str) -> Result<Role, StoreError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "owner" => Ok(Role::Owner),
            "editor" => Ok(Role::Editor),
            "analyst" => Ok(Role::Analyst),
            "viewer" => Ok(Role::Viewer),
            other => Err(StoreError::Invalid {
                field: "role",
                message: format!("{other:?} is not a role: use owner, editor, analyst or viewer"),
            }),
        }
    }

    /// The name with a capital, for pages.
    pub fn label(self) -> &'static str {
        match self {
            Role::Owner => "Owner",
            Role::Editor => "Editor",
            Role::Analyst => "Analyst",
            Role::Viewer => "Viewer",
        }
    }

    /// One sentence on what the role may do.
    pub fn summary(self) -> &'static str {
        match self {
            Role::Owner => {
                "Everything an editor can, and manages members, sharing, API tokens, retention and deletions; reads the audit log."
            }
            Role::Editor => {
                "Everything an analyst can, and creates, edits and deletes plans and imports datasets."
            }
            Role::Analyst => {
                "Everything a viewer can, and downloads result tables and original data files."
            }
            Role::Viewer => "Reads plans and results (with small numbers hidden).",
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A role as stored; anything else in the column means the database was changed by hand.
pub(crate) fn stored_role(s: &str) -> Result<Role, StoreError> {
    Role::parse(s).map_err(|_| StoreError::Corrupt(format!("unknown role {s:?}")))
}
