## Pieces many pages share (templates/macros.html): breadcrumbs, the search form, estimate
## cells, error summaries and field errors.

macros-breadcrumb = Breadcrumb
macros-search-label = Words to search for
macros-search-hint = For example: ESOL, hate crime, GP, friends from different backgrounds
macros-search-button = Search
macros-unreliable = Unreliable
macros-too-few = Too few responses
macros-problem = There is a problem
macros-error-prefix = Error:
