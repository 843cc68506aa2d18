# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).
## Geiriau a ddefnyddir ym mhobman: y ddolen iaith, cyfrifon, dyddiadau.

language-name = Cymraeg
language-switch = English
language-switch-label = Read this page in English

count-datasets = { $count ->
    [zero] Dim setiau data
    [one] { $count } set data
    [two] { $count } set ddata
    [few] { $count } set data
    [many] { $count } set data
   *[other] { $count } set data
}

date-long = { $day } { $month } { $year }
date-time = { $date }, { $time }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
