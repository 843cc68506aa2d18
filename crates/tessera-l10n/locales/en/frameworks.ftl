## The framework explorer: packs, domains, indicators, and the toolkit's facts about data sources.

frameworks-list-title = Frameworks
frameworks-list-intro = Each framework is kept in Tessera as a framework pack: its domains, principles, keyword index and indicators, written as plain text files. Organisations can write their own; see the guide to framework packs in Tessera’s documentation.
frameworks-list-caption = Framework packs in this Tessera
frameworks-list-framework = Framework
frameworks-domains = Domains
frameworks-indicators = Indicators
frameworks-no-pack = There is no framework called “{ $id }”. The frameworks in Tessera are listed on the Frameworks page.
frameworks-no-domain = The { $pack } has no domain called “{ $id }”.
frameworks-no-indicator = The { $pack } has no indicator called “{ $id }”. Try searching for it instead.
frameworks-not-stated = Not stated
frameworks-yes = yes
frameworks-no = no

frameworks-kind-proportion = Proportion
frameworks-kind-mean = Average (mean)
frameworks-kind-rate = Rate
frameworks-kind-count = Count
frameworks-origin-quoted = Quoted from the framework
frameworks-origin-starter = Tessera starter bank
frameworks-origin-described = Described from a source, in Tessera's words
frameworks-origin-local = Local indicator

## A pack's page.

frameworks-the-domains = { $count ->
    [one] The { $count } domain
   *[other] The { $count } domains
}
frameworks-figure-title = The domains of the { $pack }, grouped by type
frameworks-figure-caption = The domains grouped by type. There is no ranking among them: a good plan draws on several. The same domains, with links, are listed below.
frameworks-count-indicators = { $count ->
    [one] { $count } indicator
   *[other] { $count } indicators
}
frameworks-thematic-areas = Thematic areas
frameworks-core-principles = Core principles
frameworks-key-principles = Key principles
frameworks-crosswalked-heading = Indicators and their place in other frameworks
frameworks-crosswalked-caption = Each indicator, its domain here, and the domains of other frameworks it also measures
frameworks-indicator = Indicator
frameworks-domain = Domain
frameworks-kind = Kind
frameworks-data-source-kinds = Kinds of data source
frameworks-source-licence = Source and licence
frameworks-credits = Credits
frameworks-licence = Licence
frameworks-published-at = Published at
frameworks-file-licences = Files under another licence
frameworks-sources = Where the content comes from
frameworks-source-used-for = Used for:
frameworks-source-rights = Rights:
frameworks-notes = Notes
frameworks-source = Source:
frameworks-source-via = quoted in

## A domain's page.

frameworks-domain-number = Domain { $number }
frameworks-keywords = Keywords
frameworks-keywords-intro = Terms from the framework’s keyword index that lead here. Select one to search with it.
frameworks-no-indicators-yet = This framework lists no indicators for this domain yet.
frameworks-indicators-intro = { $count ->
    [one] Measure this indicator for newcomers and for the receiving community, so you can see the gap between them.
   *[other] Measure each of these { $count } indicators for newcomers and for the receiving community, so you can see the gap between them.
}
frameworks-group-quoted = Quoted in the framework’s guidance
frameworks-group-other = Other indicators
frameworks-wording = Wording
frameworks-data-source = Data source
frameworks-themes-heading = Themes of other frameworks that cover this domain
frameworks-themes-intro = These domains and themes of other frameworks and strategies are mapped to this one, so work reported against them can be read here, and the other way round.
frameworks-strength-exact = the same
frameworks-strength-close = mostly the same
frameworks-strength-partial = in part
frameworks-other-indicators-heading = Indicators from other frameworks
frameworks-other-indicators-intro = These indicators belong to other frameworks and measure something in this domain, so local results can be compared with them.
frameworks-related = Related domains

## An indicator's page.

frameworks-starter-note = This is Tessera’s own wording, written to fit the { $domain } domain. It is not an official indicator of the framework.
frameworks-quoted-note = This wording is quoted from the framework’s published guidance.
frameworks-described-note = This indicator is described from a source, in Tessera’s own words.
frameworks-kind-of-figure = Kind of figure
frameworks-two-way = Two-way
frameworks-two-way-yes = Yes: measure it the same way for newcomers and for the receiving community, and compare.
frameworks-two-way-no = No: it describes one group only.
frameworks-numerator = Numerator (who counts)
frameworks-what-measured = What is measured
frameworks-denominator = Denominator (out of whom)
frameworks-suggested-question = Suggested question
frameworks-suggested-question-why = Asking the same question in your own survey lets you compare local results with national ones.
frameworks-data-available = Data available
frameworks-availability = Receiving community: { $receiving }; newcomers: { $newcomers }.
frameworks-topics = Topics
frameworks-toolkit-heading = Where ready-made figures exist
frameworks-toolkit-none = The framework’s toolkit names no data source for this indicator. You can measure it with your own survey or service records.
frameworks-toolkit-intro = { $count ->
    [one] The framework’s toolkit names one data source for this indicator:
   *[other] The framework’s toolkit names { $count } data sources for this indicator:
}
frameworks-toolkit-publisher = Published by
frameworks-toolkit-coverage = Covers
frameworks-toolkit-levels = Geographic level
frameworks-toolkit-frequency = How often
frameworks-toolkit-breakdowns = Breakdowns
frameworks-toolkit-international = International comparison
frameworks-toolkit-link = Link
frameworks-toolkit-note = Note
frameworks-toolkit-facts-from = Facts taken from
frameworks-international-yes = A comparable international figure exists.
frameworks-international-no = No comparable international figure.
frameworks-international-unknown = Not known.
frameworks-level-national = national
frameworks-level-regional = regional
frameworks-level-local-authority = local authority
frameworks-level-ward = ward
frameworks-frequency-continuous = continuously
frameworks-frequency-monthly = every month
frameworks-frequency-quarterly = every quarter
frameworks-frequency-annual = every year
frameworks-frequency-biennial = every two years
frameworks-frequency-decennial = every ten years
frameworks-frequency-irregular = irregularly
frameworks-in-other-frameworks = In other frameworks
frameworks-no-crosswalk = No other framework in Tessera is mapped to this indicator’s domain yet.
frameworks-also-measures = This indicator also measures:
frameworks-same-domain-elsewhere = Indicators of other frameworks that measure the { $domain } domain:
