#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod catalogue;
mod id;
mod loader;
mod model;
mod problem;
pub mod search;
pub mod stem;

pub use catalogue::{Catalogue, load_packs_dir, shipped_packs, shipped_sources};
pub use id::{
    DataSourceKindId, DomainId, DomainTypeId, IdError, IndicatorId, PackId, PrincipleId, check_slug,
};
pub use loader::{
    DOMAINS_FILE, INDICATORS_DIR, INDICATORS_FILE, KEYWORDS_FILE, PACK_FILE, load_pack_dir,
    load_pack_from_sources,
};
pub use model::{
    Availability, DataSourceKind, Domain, DomainRef, DomainType, Indicator, IndicatorKind, Keyword,
    Origin, Pack, Principle, SourceLocation, SurveyQuestion,
};
pub use problem::{LocalIndicatorError, PackErrors, Problem};
pub use search::{Field, Hit, HitTarget, Reason};
