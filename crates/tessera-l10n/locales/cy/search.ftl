# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Chwilio'r fframweithiau.

search-title = Chwilio
search-results-title = Canlyniadau chwilio am “{ $query }”
search-heading = Chwilio'r fframweithiau
search-none-title = Dim canlyniadau ar gyfer “{ $query }”
search-none-hint = Rhowch gynnig ar lai o eiriau, neu air o fynegai allweddeiriau'r fframwaith, fel “housing”, “ESOL” neu “volunteering”. Gallwch hefyd bori drwy'r parthau:
search-browse-domains = 14 parth y fframwaith
search-counts = { $domains ->
    [zero] Dim parthau
    [one] { $domains } parth
    [two] { $domains } barth
    [few] { $domains } pharth
    [many] { $domains } parth
   *[other] { $domains } parth
} a { $indicators ->
    [zero] dim dangosyddion
    [one] { $indicators } dangosydd
    [two] { $indicators } ddangosydd
    [few] { $indicators } dangosydd
    [many] { $indicators } dangosydd
   *[other] { $indicators } dangosydd
} yn cyfateb i “{ $query }”.
search-domains = Parthau
search-indicators = Dangosyddion
search-reason-keyword = Mynegai allweddeiriau: “{ $term }”
search-reason-keyword-entry = Mae cofnod “{ $term }” y mynegai allweddeiriau yn cyfateb
search-reason-field = “{ $words }” yn { $place ->
    [name] yr enw
    [keywords] ei allweddeiriau
    [domain-type] math ei barth
    [summary] ei ddisgrifiad
    [topics] ei bynciau
    [group] ei grŵp
    [definition] ei ddiffiniad
   *[survey] ei gwestiwn arolwg
}
search-reason-indicator = Mae ganddo ddangosydd sy'n cyfateb: { $name }
search-reason-in-domain = Yn y parth sy'n cyfateb, { $name }
search-reason-crosswalk = Wedi'i fapio i'r parth sy'n cyfateb, { $name }
