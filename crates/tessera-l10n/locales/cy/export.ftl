# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Allforio popeth sydd gan sefydliad.

export-title = Allforio popeth
export-heading = Allforio popeth sydd gan eich sefydliad
export-intro = Un ffeil JSON gyda'r holl ddata sydd gan Tessera ar gyfer { $org }, ar gyfer cais gwrthrych am wybodaeth, i symud i system arall neu i gadw copi cyn dileu. Mae'n cynnwys:
export-organisation = y sefydliad: ei enw a'i enw byr
export-datasets = { $count ->
    [zero] dim setiau data
    [one] { $count } set ddata, gyda'i disgrifiad, ei mapio a'i llyfr codau, pob rhes wedi'i chadw (fel colofnau o werthoedd) a'r ffeil wreiddiol fel y'i huwchlwythwyd (base64)
    [two] { $count } set ddata, pob un gyda'i disgrifiad, ei mapio a'i llyfr codau, pob rhes wedi'i chadw (fel colofnau o werthoedd) a'r ffeil wreiddiol fel y'i huwchlwythwyd (base64)
   *[other] { $count } set ddata, pob un gyda'i disgrifiad, ei mapio a'i llyfr codau, pob rhes wedi'i chadw (fel colofnau o werthoedd) a'r ffeil wreiddiol fel y'i huwchlwythwyd (base64)
}
export-plans = { $count ->
    [zero] dim cynlluniau
    [one] { $count } cynllun, yn fformat dogfenedig y cynllun
    [two] { $count } gynllun, pob un yn fformat dogfenedig y cynllun
   *[other] { $count } cynllun, pob un yn fformat dogfenedig y cynllun
}
export-audit-before = y
export-audit-link = log archwilio
export-audit-after = { " " }cyfan, gyda chyn ac ar ôl ar gyfer pob newid
export-warning-label = Rhybudd
export-warning = Mae'r ffeil yn cynnwys atebion pobl i arolygon. Cadwch hi mor ddiogel ag y mae Tessera yn ei wneud a'i dileu pan nad oes ei hangen arnoch mwyach.
export-download = Lawrlwytho'r allforio (JSON)
export-format-before = Disgrifir y fformat yn
export-format-after = . Nid yw amcangyfrifon wedi'u storio wedi'u cynnwys: cânt eu cyfrifo eto o'r rhesi.
