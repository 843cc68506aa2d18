# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Darnau a rennir gan lawer o dudalennau (templates/macros.html): briwsion bara, y ffurflen
## chwilio, celloedd amcangyfrif, crynodebau gwallau a gwallau meysydd.

macros-breadcrumb = Briwsion bara
macros-search-label = Geiriau i chwilio amdanynt
macros-search-hint = Er enghraifft: ESOL, trosedd casineb, meddyg teulu, ffrindiau o gefndiroedd gwahanol
macros-search-button = Chwilio
macros-unreliable = Annibynadwy
macros-too-few = Rhy ychydig o ymatebion
macros-problem = Mae problem
macros-error-prefix = Gwall:
