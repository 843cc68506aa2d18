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
weighting-export-uses = Ffigurau wedi'u cyfrifo gyda: { $weighting }

## Tudalennau: y dewisydd ar dudalennau'r proffil a'r mesur, y rhestr gyda'r ffurflen, yr adroddiad.
weighting-page-uses = Mae'r ffigurau ar y dudalen hon yn defnyddio'r pwysoliad “{ $weighting }” ({ $method }).
weighting-page-uses-own = Mae'r ffigurau ar y dudalen hon yn defnyddio { $weighting }.
weighting-chooser-label = Pwysoliad
weighting-chooser-show = Dangos
weighting-chooser-manage = Pwysoliadau'r set ddata hon
weighting-profile-link = Pwysoli i ffigurau'r boblogaeth
weighting-method-rake = cribinio
weighting-method-post-stratify = ôl-haenu
weighting-method-calibrate-linear = graddnodi llinol
weighting-method-calibrate-raking = graddnodi, pellter cribinio
weighting-method-calibrate-logit = graddnodi, pellter logit
weighting-list-title = Pwysoliadau
weighting-list-page-title = Pwysoliadau { $name }
weighting-list-intro = Mae pwysoliad yn addasu pwysau pob ymateb fel bod y sampl wedi'i phwysoli yn cyfateb i'r hyn sy'n hysbys am y boblogaeth, fel arfer o'r Cyfrifiad: hyn a hyn o bobl ym mhob band oedran, rhyw neu ward. Hebddo, mae'r ffigurau'n gogwyddo tuag at y mathau o bobl a atebodd yn amlach. Rhowch gyfrifon y boblogaeth isod; mae Tessera yn cadw'r pwysau newydd o dan enw a ddewiswch, ac mae pob tudalen a lawrlwythiad yn dweud pa bwysoliad y mae ei ffigurau'n ei ddefnyddio.
weighting-list-untouched = Nid yw'r set ddata ei hun byth yn newid: mae ei phwysau ei hun yn aros fel yr oeddent, a gallwch ddangos y ffigurau gyda nhw neu gydag unrhyw bwysoliad.
weighting-list-none = Nid oes gan y set ddata hon bwysoliadau eto.
weighting-list-caption = Pwysoliadau'r set ddata hon
weighting-list-made = { $who }, { $when }
weighting-col-name = Enw
weighting-col-method = Dull
weighting-col-iterations = Rowndiau
weighting-col-kish = Effaith dylunio'r pwysoli
weighting-col-made = Gwnaed gan
weighting-col-profile = Proffil
weighting-see-profile = Gweld y proffil
weighting-done-made = Mae'r pwysoliad “{ $name }” wedi'i gadw.
weighting-done-deleted = Mae'r pwysoliad wedi'i ddileu.
weighting-form-heading = Gwneud pwysoliad
weighting-form-name = Enw
weighting-form-name-hint = Byr a hawdd ei adnabod, er enghraifft cyfrifiad-2021. Mae ffigurau a gyfrifir ag ef yn dangos yr enw hwn.
weighting-form-method = Dull
weighting-form-method-hint = Cribinio yw'r dewis arferol ar gyfer arolwg preswylwyr: mae'n cyrraedd pob ymyl heb fod angen croes-dabl pob un ohonynt.
weighting-form-margins = Ymylon y boblogaeth
weighting-form-margins-intro = Teipiwch dabl ar gyfer pob ymyl: y newidyn (neu ddau newidyn neu fwy wedi'u gwahanu gan atalnodau, ar gyfer ymyl groes fel band oedran yn ôl rhyw), a llinell ar gyfer pob categori gyda'i werth fel y mae yn y data ac yna ei gyfrif poblogaeth. Mae angen cyfrif ar bob categori yn y data, a rhaid i bob ymyl ddod i gyfanswm yr un boblogaeth.
weighting-form-variables-summary = Newidynnau'r set ddata a'u categorïau
weighting-form-margin = Ymyl { $number }
weighting-form-variables = Newidynnau
weighting-form-cells = Categorïau a chyfrifon poblogaeth
weighting-form-cells-hint = Un llinell i bob categori, er enghraifft: 16-24, female, 5400. Gwahanwch y gwerthoedd ag atalnodau, neu gludwch ddwy golofn neu fwy o daenlen.
weighting-form-csv-summary = Neu gludwch ffeil CSV o ymylon
weighting-form-csv = CSV ymylon
weighting-form-csv-hint = Gyda cholofnau margin, target ac un golofn i bob newidyn, fel y disgrifir yn y canllaw pwysoli. Pan gaiff ei roi, caiff ei ddefnyddio yn lle'r tablau uchod.
weighting-form-csv-name = yr ymylon a gludwyd
weighting-form-iterations = Y nifer fwyaf o rowndiau (dewisol)
weighting-form-iterations-hint = Faint o rowndiau o addasu y gall cribinio neu raddnodi eu cymryd cyn rhoi'r gorau iddi; 50 os caiff ei adael yn wag.
weighting-form-iterations-bad = Rhaid i'r nifer fwyaf o rowndiau fod yn rhif cyfan o 1 i 10,000.
weighting-form-submit = Pwysoli a chadw
weighting-report-title = { $name }: pwysoliad { $dataset }
weighting-report-kish = { $after } (pwysau'r set ddata ei hun: { $before })
weighting-report-worst = Y methiant mwyaf i gyrraedd targed
weighting-report-see-profile = Gweld y proffil gyda'r pwysoliad hwn
weighting-report-kish-explained = Mae effaith dylunio'r pwysoli (Kish) yn dweud faint y mae pwysau anghyfartal yn lledu'r cyfyngau: mae 1.3 yn golygu bod y ffigurau mor fanwl â rhai o sampl 1.3 gwaith yn llai.
weighting-report-margins-caption = Ymylon: cyfrifon y boblogaeth a'r sampl wedi'i phwysoli
weighting-report-margin = Ymyl
weighting-report-category = Categori
weighting-report-rows = Ymatebion
weighting-report-target = Cyfrif poblogaeth
weighting-report-before = Cyn pwysoli
weighting-report-achieved = Ar ôl pwysoli
weighting-report-spread-caption = Ffactorau addasu a phwysau
weighting-report-what = Beth
weighting-report-min = Lleiaf
weighting-report-q1 = Chwartel isaf
weighting-report-median = Canolrif
weighting-report-q3 = Chwartel uchaf
weighting-report-max = Mwyaf
weighting-report-factors = Ffactor addasu (pwysau newydd ÷ pwysau ei hun)
weighting-report-weights = Pwysau newydd
weighting-report-extreme-heading = Pwysau eithafol
weighting-report-extreme-count = { $count ->
    [zero] Nid oes gan { $count } ymateb bwysau mwy na 5 gwaith y pwysau canolrifol neu lai na phumed ohono.
    [one] Mae gan { $count } ymateb bwysau mwy na 5 gwaith y pwysau canolrifol neu lai na phumed ohono.
    [two] Mae gan { $count } ymateb bwysau mwy na 5 gwaith y pwysau canolrifol neu lai na phumed ohono.
    [few] Mae gan { $count } ymateb bwysau mwy na 5 gwaith y pwysau canolrifol neu lai na phumed ohono.
    [many] Mae gan { $count } ymateb bwysau mwy na 5 gwaith y pwysau canolrifol neu lai na phumed ohono.
   *[other] Mae gan { $count } ymateb bwysau mwy na 5 gwaith y pwysau canolrifol neu lai na phumed ohono.
}
weighting-report-trimmed = { $count ->
    [zero] Ni thociwyd { $count } pwysau.
    [one] Tociwyd { $count } pwysau.
    [two] Tociwyd { $count } bwysau.
    [few] Tociwyd { $count } pwysau.
    [many] Tociwyd { $count } pwysau.
   *[other] Tociwyd { $count } pwysau.
}
weighting-report-extreme-caption = Y pwysau eithafol mwyaf
weighting-report-row = Rhes
weighting-report-weight = Pwysau
weighting-report-factor = Ffactor addasu
weighting-delete-heading = Dileu'r pwysoliad hwn
weighting-delete-intro = Mae'r set ddata a'i phwysau ei hun yn aros fel y maent; ni ddangosir ffigurau a gyfrifwyd gyda'r pwysoliad hwn mwyach.
weighting-delete-button = Dileu'r pwysoliad
weighting-upload-heading = Neu lanlwytho ffeil ymylon
weighting-upload-intro = Ffeil CSV gyda cholofnau margin, target ac un golofn i bob newidyn, fel y disgrifir yn y canllaw pwysoli.
weighting-upload-file = Ffeil CSV ymylon
weighting-upload-submit = Lanlwytho, pwysoli a chadw
weighting-upload-missing = Dewiswch ffeil CSV ymylon i'w lanlwytho.
weighting-upload-unreadable = Ni ellid darllen y lanlwythiad. Dewiswch y ffeil eto a'i hanfon unwaith eto.
weighting-upload-too-large = Mae'r ffeil ymylon yn fwy na { $megabytes } MB. Tabl bach yw ffeil ymylon: gwiriwch mai hi yw'r ffeil gywir.
weighting-upload-not-text = Nid testun yw'r ffeil ymylon. Cadwch hi o'ch taenlen fel “CSV UTF-8”.
