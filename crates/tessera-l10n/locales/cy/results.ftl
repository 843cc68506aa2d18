# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).
## Canlyniadau: ffigurau, bylchau a'r hyn y maent yn ei olygu, y rheol ar gyfer pwy sy'n
## newydd-ddyfodiad, y dyluniad, a'r llyfr gwaith (allforion).

results-all-responses = Pob ymateb
results-in-wave = Yn { $wave }
results-pooled = Pob ton gyda'i gilydd ({ $waves }, wedi'u cyfuno)
results-newcomers = Newydd-ddyfodiaid
results-receiving = Cymuned sy'n croesawu
results-other = Arall neu anhysbys
results-gap = Bwlch
results-too-few = Rhy ychydig o ymatebion
results-unreliable = Annibynadwy
results-interval = { $low } i { $high }
results-points = { $count ->
    [zero] { $shown } pwynt
    [one] { $shown } pwynt
    [two] { $shown } bwynt
    [few] { $shown } phwynt
    [many] { $shown } phwynt
   *[other] { $shown } pwynt
}
results-percentage-points = { $count ->
    [zero] { $shown } pwynt canran
    [one] { $shown } pwynt canran
    [two] { $shown } bwynt canran
    [few] { $shown } phwynt canran
    [many] { $shown } phwynt canran
   *[other] { $shown } pwynt canran
}

results-reading-too-few = Rhy ychydig o ymatebion i ddweud.
results-reading-lower-real = Mae newydd-ddyfodiaid yn is na'r gymuned sy'n croesawu, o { $size }; mae'r bwlch yn debygol o fod yn real.
results-reading-higher-real = Mae newydd-ddyfodiaid yn uwch na'r gymuned sy'n croesawu, o { $size }; mae'r bwlch yn debygol o fod yn real.
results-reading-chance = Dim gwahaniaeth clir: gallai'r bwlch o { $size } fod yn ddamweiniol, gan fod ei amrediad ({ $interval }) yn cyrraedd sero.
results-reading-at-bound = Bwlch o { $size }, ond mae cyfran un ochr yn 0% neu'n 100%, felly ni ellir mesur pa mor ansicr yw'r bwlch: ni roddir barn.
results-reading-unmeasured = Bwlch o { $size }, ond ni ellir mesur pa mor ansicr ydyw.
results-reading-caution = Ychydig o ymatebion: byddwch yn ofalus.
results-trend-too-few = Rhy ychydig o ymatebion i ddweud a yw'r bwlch yn newid.
results-trend-narrowed-real = Culhaodd y bwlch o { $earlier-gap } yn { $earlier } i { $later-gap } yn { $later }; mae'r newid yn debygol o fod yn real.
results-trend-widened-real = Lledodd y bwlch o { $earlier-gap } yn { $earlier } i { $later-gap } yn { $later }; mae'r newid yn debygol o fod yn real.
results-trend-chance = Aeth y bwlch o { $earlier-gap } yn { $earlier } i { $later-gap } yn { $later }; gallai'r newid fod yn ddamweiniol.

results-verdict-too-few = Rhy ychydig o ymatebion
results-verdict-likely-real = Yn debygol o fod yn real
results-verdict-could-be-chance = Gallai fod yn ddamweiniol
results-verdict-at-bound = Dim barn: mae un ochr yn 0% neu'n 100%
results-verdict-unmeasured = Dim barn: ansicrwydd heb ei fesur
results-status-ok = Iawn
results-status-unreliable = Annibynadwy
results-status-suppressed = Rhy ychydig o ymatebion

results-rule = Newydd-ddyfodiaid: { $newcomers }. Cymuned sy'n croesawu: { $receiving }. Pawb arall: arall neu anhysbys.
results-rule-in = mae { $column } yn { $values }
results-rule-not-in = nid yw { $column } yn { $values }
results-rule-below = { $column } yn llai na { $value }
results-rule-at-least = { $column } yn { $value } o leiaf
results-rule-blank = mae { $column } yn wag
results-rule-or = neu
results-rule-and = a
results-rule-nobody = neb

results-design-srs = sampl hap syml (dim pwysau, haenau na chlystyrau)
results-design-weight = pwysau { $column }
results-design-strata = haenau { $column }
results-design-psu = clystyrau { $column }
results-design-fpc = maint y boblogaeth { $column }

results-estimates-failed = Nid oedd modd cyfrifo'r amcangyfrifon: { $detail }. Gwiriwch fapio'r set ddata.

results-export-sheet-results = Canlyniadau
results-export-sheet-notes = Nodiadau
results-export-subtitle = { $dataset }, fersiwn { $version }
results-export-read-notes = Newydd-ddyfodiaid a'r gymuned sy'n croesawu ochr yn ochr, gyda'r bwlch a chyfyngau 95%. Mae'r ddalen Nodiadau'n dweud o ble daw'r ffigurau.
results-export-table-by-wave = Yn ôl ton
results-export-table-by = Yn ôl { $by }
results-export-table-pooled = Pob ton gyda'i gilydd ({ $waves }, wedi'u cyfuno)
results-export-table-all = Pob ymateb
results-export-col-wave = Ton
results-export-col-rows = Rhesi
results-export-col-newcomers = Newydd-ddyfodiaid
results-export-col-receiving = Cymuned sy'n croesawu
results-export-col-low = Cyfwng 95% o
results-export-col-high = Cyfwng 95% i
results-export-col-responses = Ymatebion (wedi'u talgrynnu)
results-export-col-status = Statws
results-export-col-gap = Bwlch
results-export-col-gap-points = Bwlch (pwyntiau canran)
results-export-col-verdict = Beth mae'r bwlch yn ei olygu
results-export-col-other = Arall neu anhysbys
results-export-col-other-responses = Arall neu anhysbys: ymatebion (wedi'u talgrynnu)
results-export-notes-title = Ynglŷn â'r ffigurau hyn
results-export-note-dataset = Set ddata
results-export-note-file = Ffeil
results-export-note-measure = Mesur
results-export-note-indicator = Dangosydd
results-export-note-rule = Pwy sy'n cyfrif fel newydd-ddyfodiad
results-export-note-rows = Rhesi ar bob ochr
results-export-note-design = Dyluniad yr arolwg
results-export-note-figures = Ffigurau
results-export-note-verdict = “Yn debygol o fod yn real”
results-export-note-suppression = Niferoedd bach
results-export-note-made = Lawrlwythwyd
results-export-note-version = Gwnaed gyda
results-export-note-csv = I ddadansoddwyr
results-export-rows-by-side = Newydd-ddyfodiaid: { $newcomers }. Cymuned sy'n croesawu: { $receiving }. Arall neu anhysbys: { $other }.
results-export-about-count = tua { $count }
results-export-fewer-than = llai na { $count }
results-export-figures-share = Canrannau o'r ymatebion dilys, gyda chyfyngau 95%; bylchau mewn pwyntiau canran (newydd-ddyfodiaid llai'r gymuned sy'n croesawu).
results-export-figures-mean = Cyfartaleddau'r ymatebion dilys, gyda chyfyngau 95%; bylchau fel newydd-ddyfodiaid llai'r gymuned sy'n croesawu.
results-export-verdict-rule = Dim ond pan nad yw ei gyfwng 95%, fel y'i dangosir, yn cyrraedd sero y dywedir bod bwlch yn debygol o fod yn real. Pan fo cyfran un ochr yn 0% neu'n 100% ni roddir barn.
results-export-suppression-rule = Ni ddangosir ffigurau o lai na { $min } o ymatebion dilys; caiff niferoedd eu talgrynnu i'r { $rounding } agosaf.
results-export-tessera-version = Tessera { $version }
results-export-csv-note = Mae gan lawrlwythiad CSV yr un tabl un rhes i bob llinell gyda chodau a ffigurau llawn, ar gyfer dadansoddi pellach (gweler dogfennaeth Tessera ar ffeiliau data).
