//! Who is asking: the organisation a request acts for, the role there, and how the audit log
//! names them. Use cases take an [`Actor`] and check its role in one line.

use tessera_store::{Organisation, Role, UserId};

use crate::AppError;

/// A member of an organisation acting in it (a signed-in person, or an API token).
#[derive(Debug, Clone)]
pub struct Actor {
    /// The organisation they act for.
    pub org: Organisation,
    /// Their role there.
    pub role: Role,
    /// As recorded in the audit log: an e-mail address, or a token's description.
    pub name: String,
    /// The person, if a person.
    pub user: Option<UserId>,
}

impl Actor {
    /// The actor for the command line, with every right in `org`.
    pub fn command_line(org: Organisation) -> Self {
        Self {
            org,
            role: Role::Owner,
            name: "cli".to_owned(),
            user: None,
        }
    }

    /// Refuses, naming the role needed, unless the actor's role is `min` or above.
    pub fn require(&self, min: Role) -> Result<(), AppError> {
        if self.role >= min {
            return Ok(());
        }
        Err(AppError::Forbidden(format!(
            "This needs the {} role or above; you are {} {} in {}. Ask one of its owners if you need to do this.",
            min.as_str(),
            if self.role == Role::Viewer { "a" } else { "an" },
            self.role.as_str(),
            self.org.name
        )))
    }
}
