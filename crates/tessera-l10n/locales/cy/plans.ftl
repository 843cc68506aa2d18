# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Tudalennau'r cynllunydd: y rhestr, tudalen cynllun a'i rhannau, y fersiwn i'w hargraffu, y
## diagram, y calendr, y dewisydd dangosyddion, y dudalen fewnforio a'r camau tywys.

plans-list-intro = Theori newid yw cynllun: y nod hirdymor, y canlyniadau interim sy'n arwain ato, yr allbynnau a'r gweithgareddau sy'n dod â nhw i fod, a sut y byddwch yn gwybod. Mae Tessera yn gwirio pob cynllun yn erbyn egwyddorion y fframwaith wrth i chi ei lunio.
plans-list-create = Creu cynllun
plans-list-none = Nid oes gan eich sefydliad gynlluniau eto.
plans-list-caption = Cynlluniau eich sefydliad
plans-list-unreadable = Ni ellir ei ddarllen
plans-col-plan = Cynllun
plans-col-kind = Math
plans-col-last-changed = Newidiwyd ddiwethaf
plans-col-indicator = Dangosydd
plans-col-for = Ar gyfer
plans-col-baseline = Llinell sylfaen
plans-col-target = Targed
plans-col-actions = Camau gweithredu
plans-col-who = Pwy
plans-col-role = Rôl
plans-col-involved = Yn cymryd rhan
plans-col-group = Grŵp
plans-col-latest = Amcangyfrif diweddaraf
plans-col-status = Statws

plans-show-caption = Cynllun: { $kind } · newidiwyd ddiwethaf { $updated }
plans-show-print = Fersiwn i'w hargraffu
plans-show-download = Lawrlwytho fel JSON
plans-show-continue = Parhau gam wrth gam
plans-show-exercise-domains = Dewis y parthau allweddol (ymarfer cyntaf y canllaw)
plans-show-exercise-forward = Cymharu eich cynllun arferol â'r un hwn (ail ymarfer y canllaw)
plans-show-share = Rhannu'r cynllun hwn
plans-show-publish = Cyhoeddi ei werthusiad yn y llyfrgell
plans-delete-heading = Dileu'r cynllun hwn
plans-delete-warning = Mae dileu yn tynnu'r cynllun i bawb yn eich sefydliad. Lawrlwythwch ef yn gyntaf os oes arnoch ei eisiau'n ôl o bosibl.
plans-back-to-plan = Yn ôl i'r cynllun
plans-see-whole-plan = Gweld y cynllun cyfan
plans-go-back = Mynd yn ôl
plans-cancel-to-plans = Canslo a mynd yn ôl i'r cynlluniau
plans-cancel-and-back = Canslo a mynd yn ôl
plans-change = Newid
plans-for-hidden = ar gyfer { $text }

plans-checks-heading = Gwiriadau
plans-checks-intro = Caiff y cynllun ei wirio yn erbyn egwyddorion allweddol y fframwaith a chanllaw'r ymarferwyr bob tro y bydd yn newid.
plans-checks-passed = { $count } wedi pasio
plans-checks-to-fix = { $count } i'w trwsio
plans-checks-advice = { $count } gyda chyngor
plans-checks-read-more = Darllen am hyn yn y fframwaith

plans-about-heading = Y broblem ac ar gyfer pwy y mae'r cynllun
plans-about-kind = Math
plans-about-problem = Problem integreiddio
plans-about-problem-none = Heb ei disgrifio eto
plans-about-start-date = Dyddiad dechrau
plans-about-domains = Parthau
plans-about-target-group = Grŵp targed: { $side }
plans-about-change-details = manylion y cynllun
plans-about-change-problem = y broblem integreiddio
plans-about-change-start-date = y dyddiad dechrau
plans-about-change-domains = y parthau
plans-about-change-target-group = y grŵp targed { $name }
plans-add-target-group = Ychwanegu grŵp targed
plans-goal-heading = Nod hirdymor
plans-change-goal-hidden = y nod
plans-outcomes-heading = Canlyniadau interim a'u dangosyddion
plans-outputs-heading = Allbynnau
plans-activities-heading = Gweithgareddau ac adnoddau
plans-links-heading = Cysylltiadau a rhagdybiaethau
plans-barriers-heading = Rhwystrau
plans-stakeholders-heading = Rhanddeiliaid
plans-stakeholders-table = Tabl y rhanddeiliaid
plans-none-yet = Dim eto.
plans-none-listed-yet = Dim wedi'u rhestru eto.
plans-none-chosen = Dim wedi'u dewis
plans-none-set = Dim wedi'u gosod
plans-none-dated = Dim wedi'u dyddio
plans-not-set = Heb ei osod
plans-not-decided = Heb ei benderfynu eto
plans-no-date-set = dim dyddiad wedi'i osod
plans-source-not-stated = ffynhonnell heb ei nodi
plans-no-indicators-yet = Dim dangosyddion eto.
plans-no-links-yet = Dim cysylltiadau eto.
plans-no-assumption-yet = Dim rhagdybiaeth wedi'i nodi eto.
plans-no-evidence-yet = Dim tystiolaeth eto.
plans-leads-to = Yn arwain at: { $steps }
plans-produces = Yn cynhyrchu: { $steps }
plans-resources = Adnoddau: { $resources }
plans-link-leads-to = yn arwain at
plans-assumption = Rhagdybiaeth: { $text }
plans-evidence = Tystiolaeth: { $text }
plans-target-by = erbyn { $date }
plans-group-both = Newydd-ddyfodiaid a'r gymuned sy'n croesawu
plans-sample-size = { $count ->
    [zero] (dim pobl)
    [one] ({ $count } person)
    [two] ({ $count } berson)
    [few] ({ $count } pherson)
    [many] ({ $count } pherson)
   *[other] ({ $count } person)
}
plans-indicators-caption = Dangosyddion { $outcome }
plans-choose-indicator = Dewis dangosydd
plans-add-outcome = Ychwanegu canlyniad interim
plans-add-output = Ychwanegu allbwn
plans-add-activity = Ychwanegu gweithgaredd
plans-add-assumption = Ychwanegu rhagdybiaeth
plans-add-link = Ychwanegu cyswllt
plans-add-barrier = Ychwanegu rhwystr
plans-add-stakeholder = Ychwanegu rhanddeiliad
plans-change-outcome-hidden = canlyniad: { $text }
plans-change-output-hidden = allbwn: { $text }
plans-change-activity-hidden = gweithgaredd: { $text }
plans-change-indicator-hidden = dangosydd { $name } ar gyfer { $groups }
plans-change-link-hidden = y cyswllt o { $from } i { $to }
plans-to-link-hidden = at y cyswllt o { $from } i { $to }
plans-change-assumption-hidden = rhagdybiaeth: { $text }
plans-change-barrier-hidden = rhwystr: { $text }
plans-change-stakeholder-hidden = rhanddeiliad { $name }

plans-evaluation-heading = Cynllun gwerthuso
plans-evaluation-no-outcomes = Ychwanegwch ganlyniadau interim yn gyntaf; mae pob un yn cael ei gynllun gwerthuso ei hun.
plans-evaluation-indicators = Dangosyddion
plans-evaluation-methods = Dulliau
plans-evaluation-samples = Samplau
plans-evaluation-baseline = Llinell sylfaen
plans-evaluation-collections = Casgliadau
plans-evaluation-frequency = Pa mor aml
plans-evaluation-analysis = Dadansoddi
plans-evaluation-responsible = Yn gyfrifol
plans-evaluation-none-yet = Dim cynllun gwerthuso eto.
plans-evaluation-change = Newid y cynllun gwerthuso
plans-evaluation-write = Ysgrifennu'r cynllun gwerthuso

plans-progress-heading = Cynnydd
plans-progress-none = Nid oes yr un o ddangosyddion y cynllun hwn yn enwi ei dystiolaeth eto. Ar gyfer pob dangosydd, dewiswch a ddaw cynnydd gan gyfranogwyr y cynllun neu o set ddata o'r bobl y mae'r gwaith yn eu cyrraedd: newidiwch y dangosydd i ddewis.
plans-progress-intro = Caiff pob dangosydd ei farnu o'r dystiolaeth y mae'n ei henwi: cyfranogwyr y cynllun ei hun (yr un bobl ar y llinell sylfaen ac yn y dilyniant diweddaraf, gyda'r newid iddyn nhw a'i gyfwng 95%) neu set ddata wedi'i hidlo i'r bobl y mae'r gwaith yn eu cyrraedd (ei thon ddiweddaraf, gyda'i chyfwng 95%). Canrannau yw cyfrannau o bobl.
plans-progress-computing-strong = Mae rhai amcangyfrifon yn cael eu cyfrifo.
plans-progress-reload = Ail-lwythwch y dudalen ymhen ychydig eiliadau.
plans-progress-caption = Cynnydd pob dangosydd o'i dystiolaeth
plans-progress-being-computed = Yn cael ei gyfrifo
plans-progress-no-estimate-short = Dim amcangyfrif
plans-progress-computing-label = mae amcangyfrifon yn cael eu cyfrifo
plans-progress-not-set = heb ei osod
plans-progress-interval = { $low } i { $high }

plans-print-title = { $title } (i'w argraffu)
plans-print-caption = Cynllun: { $kind } · argraffwyd { $printed } · newidiwyd ddiwethaf { $updated }
plans-print-footer = Gwnaed gyda Tessera. Hawlfraint y Goron yw fframwaith Dangosyddion Integreiddio 2019, ac fe'i defnyddir o dan y Drwydded Llywodraeth Agored v3.0.

plans-diagram-heading = Theori newid
plans-diagram-intro = Darllenwch o'r nod yn ôl i'r gweithgareddau, fel y lluniwyd y cynllun: ar sgrin lydan mae'r nod ar y dde a'r gweithgareddau ar y chwith; ar sgrin gul mae'r nod ar y brig.
plans-diagram-legend = Mae pob saeth yn dechrau wrth gam ac yn pwyntio'n ôl at y cam sy'n arwain ato, yn y drefn y caiff y cynllun ei lunio, o'r nod i'r gweithgareddau — y cyfeiriad y mae canllaw'r ymarferwyr yn eu tynnu.
plans-diagram-full-size = Gweld y diagram yn ei faint llawn
plans-diagram-svg-title = Theori newid: { $title }
plans-diagram-svg-outline = Mae'r amlinelliad o dan y diagram yn rhoi'r un cynnwys fel testun.
plans-diagram-page-title = Theori newid yn ei maint llawn – { $title }
plans-diagram-full-heading = Y theori newid yn ei maint llawn
plans-diagram-full-intro = Y diagram yn ei faint naturiol, mewn colofnau o'r gweithgareddau ar y chwith i'r nod ar y dde. Ar sgrin fach mae'r blwch o'i amgylch yn sgrolio i'r ochr.
plans-outline-heading = Y theori newid fel testun
plans-outline-kind = { $kind }:
plans-outline-listed-above = (wedi'i restru uchod)
plans-outline-leads-to = yn arwain at: { $step }
plans-outline-not-linked = Heb ei gysylltu â'r nod eto.

plans-calendar-title = Calendr – { $title }
plans-calendar-heading = Calendr casglu data
plans-calendar-intro = Llinellau sylfaen a chasgliadau o'r cynllun gwerthuso, o heddiw ({ $today }) ymlaen.
plans-calendar-nothing = Does dim wedi'i gynllunio o heddiw ymlaen.
plans-calendar-add-dates = Ychwanegu dyddiadau casglu at y cynllun gwerthuso
plans-calendar-for = ar gyfer “{ $outcome }”
plans-calendar-month = { $month } { $year }
plans-calendar-day = { $day } { $month }
plans-calendar-baseline = Llinell sylfaen

plans-choose-title = Dewis dangosydd – { $title }
plans-choose-heading = Dewis dangosydd ar gyfer “{ $outcome }”
plans-choose-prompt = Sut y byddwch yn gwybod bod y canlyniad hwn yn digwydd? Chwiliwch ddangosyddion y fframwaith, neu porwch drwyddynt fesul parth.
plans-choose-search-label = Chwilio'r dangosyddion
plans-choose-words = Geiriau i chwilio amdanynt
plans-choose-hint = Er enghraifft: Saesneg, cymdogion, ffrindiau, perthyn, meddyg teulu
plans-choose-search = Chwilio
plans-choose-matching = Dangosyddion sy'n cyfateb i “{ $query }”
plans-choose-in-domain = Dangosyddion yn y parth
plans-choose-none-found = Ni chafwyd hyd i ddangosyddion. Rhowch gynnig ar eiriau eraill, porwch fesul parth, neu ychwanegwch ddangosydd lleol.
plans-choose-already = mae eisoes yn mesur y canlyniad hwn
plans-choose-add = Ychwanegu at y canlyniad hwn
plans-choose-browse = Pori fesul parth
plans-choose-none-fits = Dim un yn addas?
plans-choose-add-local = Ychwanegu dangosydd lleol
plans-choose-own-words = yn eich geiriau eich hun.
plans-indicator-kind-proportion = Cyfran
plans-indicator-kind-mean = Cyfartaledd (cymedr)
plans-indicator-kind-rate = Cyfradd
plans-indicator-kind-count = Cyfrif

plans-import-heading = Mewnforio cynllun
plans-import-intro-start = Dewch â chynllun a gadwyd o Tessera, neu a ysgrifennwyd â llaw yn fformat ffeil cynllun Tessera (a ddisgrifir yn
plans-import-intro-end = ). Ni chaiff dim ei gadw oni bai fod y cynllun cyfan yn ddilys; rhestrir pob problem gyda lle mae yn y ffeil.
plans-import-problems = { $count ->
    [zero] Dim problemau yn y cynllun
    [one] { $count } broblem yn y cynllun
    [two] { $count } broblem yn y cynllun
    [few] { $count } phroblem yn y cynllun
    [many] { $count } phroblem yn y cynllun
   *[other] { $count } problem yn y cynllun
}
plans-import-line = llinell { $line }
plans-import-line-column = llinell { $line }, colofn { $column }
plans-import-file-label = Llwytho ffeil cynllun
plans-import-file-hint = Ffeil .json.
plans-import-json-label = Neu gludo JSON y cynllun
plans-import-submit = Mewnforio'r cynllun
plans-import-summary-line = Llinell { $line }, colofn { $column }: { $message }
plans-import-summary-path = Yn { $path }: { $message }
plans-import-too-large = mae'r ffeil yn fwy nag 1 MB, sy'n llawer mwy nag unrhyw gynllun; gwiriwch mai hon yw'r ffeil iawn
plans-import-not-utf8 = nid testun UTF-8 yw'r ffeil; cadwch y cynllun fel ffeil testun JSON a rhowch gynnig arall arni
plans-import-nothing = dewiswch ffeil cynllun i'w llwytho, neu gludwch JSON y cynllun yn y blwch
plans-import-unreadable = Ni ellid darllen yr hyn a lwythwyd: { $error }

plans-error-summary-title = Mae problem
plans-error-prefix = Gwall:
plans-error-title-prefix = Gwall:

plans-step-of = Cam { $number } o { $total }
plans-step-title = Cam { $number }: { $heading } – { $title }
plans-step-caption = { $title } · cam { $number } o { $total }
plans-step-goal = Nod: { $goal }
plans-missing-heading = Yn dal ar goll
plans-missing-nothing = Dim: mae pob gwiriad perthnasol wedi pasio ({ $passed } wedi pasio).
plans-missing-count = { $count ->
    [zero] Dim gwiriadau i'w trwsio, { $passed } wedi pasio.
    [one] { $count } gwiriad i'w drwsio, { $passed } wedi pasio.
    [two] { $count } wiriad i'w trwsio, { $passed } wedi pasio.
   *[other] { $count } gwiriad i'w trwsio, { $passed } wedi pasio.
}
plans-step-outcomes-heading = Canlyniadau interim
plans-step-outputs-heading = Allbynnau
plans-step-activities-heading = Gweithgareddau ac adnoddau
plans-step-assumptions-heading = Rhagdybiaethau a thystiolaeth
plans-step-stakeholders-heading = Rhanddeiliaid
plans-step-indicators-heading = Dangosyddion
plans-step-evaluation-heading = Cynllun gwerthuso
plans-step-outcomes-items = Canlyniadau interim hyd yma
plans-step-outputs-items = Allbynnau hyd yma
plans-step-activities-items = Gweithgareddau hyd yma
plans-step-assumptions-items = Cysylltiadau o allbynnau a chanlyniadau
plans-step-stakeholders-items = Rhanddeiliaid hyd yma
plans-step-indicators-items = Canlyniadau interim
plans-step-evaluation-items = Canlyniadau interim
plans-step-outcomes-form = Ychwanegu canlyniad interim
plans-step-outputs-form = Ychwanegu allbwn
plans-step-activities-form = Ychwanegu gweithgaredd
plans-step-stakeholders-form = Ychwanegu rhanddeiliad
plans-step-continue-to-outputs = Parhau at allbynnau
plans-step-continue-to-activities = Parhau at weithgareddau ac adnoddau
plans-step-continue-to-assumptions = Parhau at ragdybiaethau a thystiolaeth
plans-step-continue-to-stakeholders = Parhau at randdeiliaid
plans-step-continue-to-indicators = Parhau at ddangosyddion
plans-step-continue-to-evaluation = Parhau at y cynllun gwerthuso
plans-step-finish = Gorffen a gweld y cynllun cyfan
plans-step-leads-to = { $kind ->
    [goal] Yn arwain at y nod: { $text }
    [outcome] Yn arwain at ganlyniad interim: { $text }
    [output] Yn arwain at allbwn: { $text }
   *[activity] Yn arwain at weithgaredd: { $text }
}
plans-step-link = “{ $from }” yn arwain at “{ $to }”
plans-step-to-link-hidden = at y cyswllt { $link }
plans-step-change-assumption = Newid y rhagdybiaeth
plans-step-assumption = { $count ->
    [zero] Rhagdybiaeth: { $text } (dim tystiolaeth)
    [one] Rhagdybiaeth: { $text } ({ $count } darn o dystiolaeth)
    [two] Rhagdybiaeth: { $text } ({ $count } ddarn o dystiolaeth)
   *[other] Rhagdybiaeth: { $text } ({ $count } darn o dystiolaeth)
}
plans-step-stakeholders-prompt = Pwy sy'n cymryd rhan yn y gwaith o ddylunio, cyflawni a gwerthuso? Enwch newydd-ddyfodiaid, y gymuned sy'n croesawu a sefydliadau, a'u cynnwys o'r dylunio.
plans-step-indicators-prompt = Sut y byddwch yn gwybod bod pob canlyniad yn digwydd? Dewiswch ddangosyddion o'r fframwaith, ar gyfer newydd-ddyfodiaid ac ar gyfer y gymuned sy'n croesawu, a gosodwch dargedau yn erbyn llinell sylfaen leol.
plans-step-no-evaluation = Dim cynllun gwerthuso eto
plans-step-evaluation-prompt = Sut, pryd a chan bwy y byddwch yn casglu data ar gyfer pob canlyniad, a phwy sy'n gyfrifol? Cynlluniwch hyn cyn i'r gwaith ddechrau, a chasglwch yn ystod y gwaith, nid ar y diwedd yn unig.
plans-step-evaluation-counts = { $methods ->
    [zero] dim dulliau
    [one] { $methods } dull
    [two] { $methods } ddull
   *[other] { $methods } dull
}, { $samples ->
    [zero] dim samplau
    [one] { $samples } sampl
    [two] { $samples } sampl
   *[other] { $samples } sampl
}, { $collections ->
    [zero] dim casgliadau wedi'u dyddio
    [one] { $collections } casgliad wedi'i ddyddio
    [two] { $collections } gasgliad wedi'u dyddio
   *[other] { $collections } casgliad wedi'u dyddio
}

## Cynnydd o dystiolaeth pob dangosydd (mater 14).
plans-progress-time-rule = Dim ond tystiolaeth a gasglwyd ar ôl dyddiad dechrau'r cynllun sy'n cael ei barnu yn erbyn y targedau; dangosir tystiolaeth o cyn y dechrau fel llinell sylfaen a'i marcio “cyn i'r cynllun ddechrau”.
plans-col-evidence = Tystiolaeth
plans-col-change = Newid ers y llinell sylfaen
plans-col-dataset = Set ddata
plans-progress-context-heading = Cyd-destun: y boblogaeth ehangach
plans-progress-context-intro = Arolygon o boblogaeth ehangach na'r bobl y mae'r gwaith yn eu cyrraedd, a ddangosir i gymharu. Maen nhw'n disgrifio pawb ar yr ochr honno yn yr arolwg, felly ni chânt byth eu barnu yn erbyn targedau'r cynllun.
plans-progress-context-caption = Cyd-destun o arolygon ehangach, heb ei farnu
plans-progress-percent = { $value }%
plans-progress-filter = Dim ond rhesi lle mae { $variable } yn { $value }
plans-progress-evidence-baseline = Wedi'i fesur: { $value } ({ $period })
plans-progress-change-points = { $change } pwynt canran
plans-progress-change-scale = { $change } ar y raddfa
plans-progress-change-none = Heb ei fesur i'r un bobl
plans-progress-not-judged = Heb ei farnu
plans-progress-followed-up = Dilynwyd { $followed } o { $baseline ->
    [zero] { $baseline } o bobl
    [one] { $baseline } person
    [two] { $baseline } berson
    [few] { $baseline } pherson
    [many] { $baseline } pherson
   *[other] { $baseline } o bobl
} ({ $lost } wedi'u colli)
