## Searching the frameworks.

search-title = Search
search-results-title = Search results for “{ $query }”
search-heading = Search the frameworks
search-none-title = No results for “{ $query }”
search-none-hint = Try fewer words, or a word from the framework’s keyword index, such as “housing”, “ESOL” or “volunteering”. You can also browse the domains:
search-browse-domains = the 14 domains of the framework
search-counts = { $domains ->
    [one] { $domains } domain
   *[other] { $domains } domains
} and { $indicators ->
    [one] { $indicators } indicator
   *[other] { $indicators } indicators
} match “{ $query }”.
search-domains = Domains
search-indicators = Indicators
search-reason-keyword = Keyword index: “{ $term }”
search-reason-keyword-entry = Keyword index entry “{ $term }” matches
search-reason-field = “{ $words }” in { $place ->
    [name] the name
    [keywords] its keywords
    [domain-type] its domain type
    [summary] its description
    [topics] its topics
    [group] its group
    [definition] its definition
   *[survey] its survey question
}
search-reason-indicator = Has a matching indicator: { $name }
search-reason-in-domain = In the matching domain { $name }
search-reason-crosswalk = Mapped to the matching domain { $name }
