#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod catalogue;
mod id;
mod loader;
mod model;
mod principle_check;
mod problem;
mod provenance;
pub mod search;
pub mod stem;
mod toolkit;
mod translation;
mod upload;

pub use catalogue::{Catalogue, load_packs_dir, shipped_packs, shipped_sources};
pub use id::{
    DataSourceKindId, DomainId, DomainTypeId, IdError, IndicatorId, PackId, PrincipleId, SourceId,
    ToolkitSourceId, check_slug,
};
pub use loader::{
    DOMAINS_FILE, INDICATORS_DIR, INDICATORS_FILE, KEYWORDS_FILE, PACK_FILE, TOOLKIT_FILE,
    TRANSLATIONS_DIR, load_pack_dir, load_pack_from_sources,
};
pub use model::{
    Availability, DataSourceKind, Domain, DomainRef, DomainType, Indicator, IndicatorKind, Keyword,
    Origin, Pack, Principle, SourceLocation, SurveyQuestion,
};
pub use principle_check::{PRINCIPLE_CHECKS, is_principle_check};
pub use problem::{LocalIndicatorError, PackErrors, Problem};
pub use provenance::{
    CrosswalkLink, CrosswalkStrength, FileLicence, Quote, SourceDocument, TESSERA_SOURCE,
};
pub use search::{Field, Hit, HitTarget, Reason, SearchOptions};
pub use toolkit::{Frequency, GeographicLevel, ToolkitSource};
pub use translation::{
    IndicatorTranslation, Localised, PendingTranslation, SOURCE_LANGUAGE, Translation,
    Translations, check_language, language_key,
};
pub use upload::{UploadLimits, UploadedFile, load_pack_upload, load_pack_zip, read_zip};
