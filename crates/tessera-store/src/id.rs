use serde::Serialize;

/// Declares a newtype for the database id of one kind of entity, so ids of different kinds
/// cannot be mixed up.
macro_rules! decl_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}
pub(crate) use decl_id;

decl_id!(
    /// The id of an organisation.
    OrgId
);

decl_id!(
    /// The id of a dataset (one version of an import).
    DatasetId
);

decl_id!(
    /// The id of a plan (a theory of change).
    PlanId
);
