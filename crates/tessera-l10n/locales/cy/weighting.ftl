# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).
## Pwysoli (mater 16): pwysoliadau enwedig set ddata, wedi'u haddasu i ymylon poblogaeth, a'r
## negeseuon ar gyfer ymylon na ellir eu defnyddio.

weighting-own-weights = pwysau'r set ddata ei hun
weighting-not-found = Nid oes gan y set ddata hon bwysoliad o'r enw “{ $name }”.
weighting-bad-method = Nid yw “{ $method }” yn ddull pwysoli; dewiswch un o: { $methods }.
weighting-name-missing = Rhowch enw i'r pwysoliad, er enghraifft “cyfrifiad-2021”: bydd pob ffigur a gyfrifir ag ef yn dangos yr enw hwnnw.
weighting-name-bad = Rhaid i enw pwysoliad fod yn { $max } nod ar y mwyaf ar un llinell.
weighting-name-taken = Mae gan y set ddata hon bwysoliad o'r enw “{ $name }” yn barod. Dewiswch enw arall, neu dilëwch y pwysoliad hwnnw yn gyntaf.

weighting-typed-none = Teipiwch o leiaf un ymyl: y newidynnau, a llinell ar gyfer pob categori gyda'i gyfrif poblogaeth.
weighting-typed-no-variables = Ymyl { $margin }: enwch y newidyn (neu'r newidynnau, wedi'u gwahanu gan atalnodau) y mae'r cyfrifon ar ei gyfer.
weighting-typed-no-cells = Ymyl { $margin }: teipiwch linell ar gyfer pob categori, gyda'i werth ac yna ei gyfrif poblogaeth.
weighting-typed-wrong-count = Ymyl { $margin }, llinell { $line }: roedd disgwyl { $expected } gwerth (un i bob newidyn, yna'r cyfrif) ond cafwyd { $found }. Gwahanwch nhw ag atalnodau neu dabiau.
weighting-typed-bad-target = Ymyl { $margin }, llinell { $line }: nid yw “{ $value }” yn gyfrif poblogaeth. Teipiwch rif sy'n 0 neu'n fwy.
weighting-typed-twice = Ymyl { $margin }, llinell { $line }: rhoddir “{ $value }” ddwywaith. Rhowch bob categori unwaith.

weighting-error-margins-file = { $file }, llinell { $line }: { $detail }
weighting-error-unknown-variable = Mae'r ymyl “{ $margin }” ar gyfer y newidyn “{ $variable }”, nad yw yn y set ddata hon. Defnyddiwch enwau'r newidynnau a ddangosir ar dudalen fapio'r set ddata.
weighting-error-blank-values = { $count ->
    [zero] Yr ymyl “{ $margin }”: nid oes gwerth gan { $count } rhes (rhesi { $rows }). Mae angen gwerth ar bob rhes i'w phwysoli: llenwch nhw, neu gadewch y rhesi hynny allan.
    [one] Yr ymyl “{ $margin }”: nid oes gwerth gan { $count } rhes (rhes { $rows }). Mae angen gwerth ar bob rhes i'w phwysoli: llenwch hi, neu gadewch y rhes honno allan.
    [two] Yr ymyl “{ $margin }”: nid oes gwerth gan { $count } res (rhesi { $rows }). Mae angen gwerth ar bob rhes i'w phwysoli: llenwch nhw, neu gadewch y rhesi hynny allan.
    [few] Yr ymyl “{ $margin }”: nid oes gwerth gan { $count } rhes (rhesi { $rows }). Mae angen gwerth ar bob rhes i'w phwysoli: llenwch nhw, neu gadewch y rhesi hynny allan.
    [many] Yr ymyl “{ $margin }”: nid oes gwerth gan { $count } rhes (rhesi { $rows }). Mae angen gwerth ar bob rhes i'w phwysoli: llenwch nhw, neu gadewch y rhesi hynny allan.
   *[other] Yr ymyl “{ $margin }”: nid oes gwerth gan { $count } rhes (rhesi { $rows }). Mae angen gwerth ar bob rhes i'w phwysoli: llenwch nhw, neu gadewch y rhesi hynny allan.
}
weighting-error-not-numeric = Mae'r ymyl “{ $margin }” yn gyfanswm o “{ $variable }”, y mae'n rhaid iddo gynnwys rhifau, ond nid yw rhes { $row } yn gwneud hynny.
weighting-error-missing-category = { $count ->
    [zero] Nid yw'r ymylon yn cynnwys pob categori yn y data: nid oes gan “{ $margin }” gyfrif poblogaeth ar gyfer “{ $value }”, sydd gan { $count } rhes (rhesi { $rows }). Ychwanegwch gyfrif ar ei gyfer, neu unwch ef â chategori arall yn y data.
    [one] Nid yw'r ymylon yn cynnwys pob categori yn y data: nid oes gan “{ $margin }” gyfrif poblogaeth ar gyfer “{ $value }”, sydd gan { $count } rhes (rhes { $rows }). Ychwanegwch gyfrif ar ei gyfer, neu unwch ef â chategori arall yn y data.
    [two] Nid yw'r ymylon yn cynnwys pob categori yn y data: nid oes gan “{ $margin }” gyfrif poblogaeth ar gyfer “{ $value }”, sydd gan { $count } res (rhesi { $rows }). Ychwanegwch gyfrif ar ei gyfer, neu unwch ef â chategori arall yn y data.
    [few] Nid yw'r ymylon yn cynnwys pob categori yn y data: nid oes gan “{ $margin }” gyfrif poblogaeth ar gyfer “{ $value }”, sydd gan { $count } rhes (rhesi { $rows }). Ychwanegwch gyfrif ar ei gyfer, neu unwch ef â chategori arall yn y data.
    [many] Nid yw'r ymylon yn cynnwys pob categori yn y data: nid oes gan “{ $margin }” gyfrif poblogaeth ar gyfer “{ $value }”, sydd gan { $count } rhes (rhesi { $rows }). Ychwanegwch gyfrif ar ei gyfer, neu unwch ef â chategori arall yn y data.
   *[other] Nid yw'r ymylon yn cynnwys pob categori yn y data: nid oes gan “{ $margin }” gyfrif poblogaeth ar gyfer “{ $value }”, sydd gan { $count } rhes (rhesi { $rows }). Ychwanegwch gyfrif ar ei gyfer, neu unwch ef â chategori arall yn y data.
}
weighting-error-empty-category = Mae'r ymyl “{ $margin }” yn rhoi cyfrif poblogaeth o { $target } ar gyfer “{ $value }”, ond nid oes neb yn y sampl ynddo, felly ni ellir cyrraedd yr ymyl. Unwch y categori ag un cyfagos.
weighting-error-zero-target = Mae'r ymyl “{ $margin }” yn rhoi cyfrif poblogaeth o 0 ar gyfer “{ $value }”, ond mae gan y sampl bobl yno: byddai eu pwysau yn 0. Cywirwch y cyfrif, neu gadewch y bobl hynny allan.
weighting-error-inconsistent-totals = Ni ellir cyrraedd yr holl ymylon: mae “{ $first }” yn dod i gyfanswm o { $first_total } ond mae “{ $other }” yn dod i { $other_total }. Rhaid i bob ymyl ddisgrifio'r un boblogaeth; cywirwch y cyfrifon, neu rhowch nhw fel cyfrannau o un cyfanswm.
weighting-error-not-converged = Ni wnaeth y pwysoli sefydlogi ar ôl { $iterations } rownd (yn dal { $achieved } i ffwrdd o'r targedau). Efallai nad yw'r ymylon yn bosibl gyda'i gilydd: gwiriwch nhw, caniatewch fwy o rowndiau, neu lacio'r terfynau.
weighting-error-non-positive = { $count ->
    [zero] Byddai'r pwysoli'n rhoi pwysau o 0 neu lai i { $count } rhes (y gyntaf yw rhes { $row }). Defnyddiwch derfynau, neu'r graddnodi cribinio, sy'n cadw pwysau'n bositif.
    [one] Byddai'r pwysoli'n rhoi pwysau o 0 neu lai i { $count } rhes (rhes { $row }). Defnyddiwch derfynau, neu'r graddnodi cribinio, sy'n cadw pwysau'n bositif.
    [two] Byddai'r pwysoli'n rhoi pwysau o 0 neu lai i { $count } res (y gyntaf yw rhes { $row }). Defnyddiwch derfynau, neu'r graddnodi cribinio, sy'n cadw pwysau'n bositif.
    [few] Byddai'r pwysoli'n rhoi pwysau o 0 neu lai i { $count } rhes (y gyntaf yw rhes { $row }). Defnyddiwch derfynau, neu'r graddnodi cribinio, sy'n cadw pwysau'n bositif.
    [many] Byddai'r pwysoli'n rhoi pwysau o 0 neu lai i { $count } rhes (y gyntaf yw rhes { $row }). Defnyddiwch derfynau, neu'r graddnodi cribinio, sy'n cadw pwysau'n bositif.
   *[other] Byddai'r pwysoli'n rhoi pwysau o 0 neu lai i { $count } rhes (y gyntaf yw rhes { $row }). Defnyddiwch derfynau, neu'r graddnodi cribinio, sy'n cadw pwysau'n bositif.
}
weighting-error-other = Ni ellir defnyddio'r pwysoliad: { $detail }
weighting-error-estimates = Ni ellir cyfrifo'r ffigurau o dan y pwysoliad hwn: { $detail }
