//! The fixed lists an entry is described by: where the work happened (the UK's nations and
//! English regions, the ITL 1 areas of the Office for National Statistics) and the kind of
//! local authority area. Codes are stored; names come from the `library` message files.

/// Region codes: the twelve ITL 1 areas, and the whole UK.
pub const REGIONS: [&str; 13] = [
    "north-east",
    "north-west",
    "yorkshire-humber",
    "east-midlands",
    "west-midlands",
    "east",
    "london",
    "south-east",
    "south-west",
    "wales",
    "scotland",
    "northern-ireland",
    "uk-wide",
];

/// Kinds of local authority area, and work not tied to one.
pub const AUTHORITY_TYPES: [&str; 9] = [
    "county",
    "district",
    "unitary",
    "metropolitan",
    "london-borough",
    "welsh-principal",
    "scottish-council",
    "ni-district",
    "none",
];

/// A region's name in the request's language.
pub fn region_name(code: &str) -> String {
    tessera_l10n::t(&format!("library-region-{code}"))
}

/// A kind of local authority area's name in the request's language.
pub fn authority_name(code: &str) -> String {
    tessera_l10n::t(&format!("library-authority-{code}"))
}

/// A design's name in the request's language.
pub fn design_name(code: &str) -> String {
    tessera_l10n::t(&format!("library-design-{code}"))
}

/// A size band's name in the request's language.
pub fn size_name(code: &str) -> String {
    tessera_l10n::t(&format!("library-size-{code}"))
}
