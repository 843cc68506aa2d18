# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Y porwr fframweithiau: pecynnau, parthau, dangosyddion, a ffeithiau'r pecyn cymorth am ffynonellau data.

frameworks-list-title = Fframweithiau
frameworks-list-intro = Cedwir pob fframwaith yn Tessera fel pecyn fframwaith: ei barthau, ei egwyddorion, ei fynegai allweddeiriau a'i ddangosyddion, wedi'u hysgrifennu fel ffeiliau testun plaen. Gall sefydliadau ysgrifennu eu rhai eu hunain; gweler y canllaw i becynnau fframwaith yn nogfennaeth Tessera.
frameworks-list-caption = Pecynnau fframwaith yn y Tessera hwn
frameworks-list-framework = Fframwaith
frameworks-domains = Parthau
frameworks-indicators = Dangosyddion
frameworks-no-pack = Nid oes fframwaith o'r enw “{ $id }”. Mae'r fframweithiau yn Tessera wedi'u rhestru ar y dudalen Fframweithiau.
frameworks-no-domain = Nid oes gan { $pack } barth o'r enw “{ $id }”.
frameworks-no-indicator = Nid oes gan { $pack } ddangosydd o'r enw “{ $id }”. Rhowch gynnig ar chwilio amdano yn lle hynny.
frameworks-not-stated = Heb ei nodi
frameworks-yes = oes
frameworks-no = nac oes

frameworks-kind-proportion = Cyfran
frameworks-kind-mean = Cyfartaledd (cymedr)
frameworks-kind-rate = Cyfradd
frameworks-kind-count = Cyfrif
frameworks-origin-quoted = Wedi'i ddyfynnu o'r fframwaith
frameworks-origin-starter = Banc cychwynnol Tessera
frameworks-origin-described = Wedi'i ddisgrifio o ffynhonnell, yng ngeiriau Tessera
frameworks-origin-local = Dangosydd lleol

## Tudalen pecyn.

frameworks-the-domains = { $count ->
    [zero] Dim parthau
    [one] Yr { $count } parth
    [two] Y { $count } barth
    [few] Y { $count } pharth
    [many] Y { $count } parth
   *[other] Y { $count } parth
}
frameworks-figure-title = Parthau { $pack }, wedi'u grwpio yn ôl math
frameworks-figure-caption = Y parthau wedi'u grwpio yn ôl math. Nid oes trefn o bwysigrwydd rhyngddynt: mae cynllun da yn tynnu ar sawl un. Mae'r un parthau, gyda dolenni, wedi'u rhestru isod.
frameworks-count-indicators = { $count ->
    [zero] dim dangosyddion
    [one] { $count } dangosydd
    [two] { $count } ddangosydd
    [few] { $count } dangosydd
    [many] { $count } dangosydd
   *[other] { $count } dangosydd
}
frameworks-thematic-areas = Meysydd thematig
frameworks-core-principles = Egwyddorion craidd
frameworks-key-principles = Egwyddorion allweddol
frameworks-crosswalked-heading = Dangosyddion a'u lle mewn fframweithiau eraill
frameworks-crosswalked-caption = Pob dangosydd, ei barth yma, a pharthau fframweithiau eraill y mae hefyd yn eu mesur
frameworks-indicator = Dangosydd
frameworks-domain = Parth
frameworks-kind = Math
frameworks-data-source-kinds = Mathau o ffynhonnell ddata
frameworks-source-licence = Ffynhonnell a thrwydded
frameworks-credits = Cydnabyddiaeth
frameworks-licence = Trwydded
frameworks-published-at = Wedi'i gyhoeddi yn
frameworks-file-licences = Ffeiliau o dan drwydded arall
frameworks-sources = O ble daw'r cynnwys
frameworks-source-used-for = Defnyddiwyd ar gyfer:
frameworks-source-rights = Hawliau:
frameworks-notes = Nodiadau
frameworks-source = Ffynhonnell:
frameworks-source-via = wedi'i ddyfynnu yn

## Tudalen parth.

frameworks-domain-number = Parth { $number }
frameworks-keywords = Allweddeiriau
frameworks-keywords-intro = Termau o fynegai allweddeiriau'r fframwaith sy'n arwain yma. Dewiswch un i chwilio gydag ef.
frameworks-no-indicators-yet = Nid yw'r fframwaith hwn yn rhestru dangosyddion ar gyfer y parth hwn eto.
frameworks-indicators-intro = { $count ->
    [one] Mesurwch y dangosydd hwn ar gyfer newydd-ddyfodiaid ac ar gyfer y gymuned sy'n eu derbyn, er mwyn gweld y bwlch rhyngddynt.
   *[other] Mesurwch bob un o'r dangosyddion hyn ({ $count }) ar gyfer newydd-ddyfodiaid ac ar gyfer y gymuned sy'n eu derbyn, er mwyn gweld y bwlch rhyngddynt.
}
frameworks-group-quoted = Wedi'u dyfynnu yng nghanllawiau'r fframwaith
frameworks-group-other = Dangosyddion eraill
frameworks-wording = Geiriad
frameworks-data-source = Ffynhonnell ddata
frameworks-themes-heading = Themâu fframweithiau eraill sy'n cwmpasu'r parth hwn
frameworks-themes-intro = Mae'r parthau a'r themâu hyn o fframweithiau a strategaethau eraill wedi'u mapio i'r un hwn, fel y gellir darllen gwaith a adroddir yn eu herbyn yma, ac i'r gwrthwyneb.
frameworks-strength-exact = yr un fath
frameworks-strength-close = yr un fath ar y cyfan
frameworks-strength-partial = yn rhannol
frameworks-other-indicators-heading = Dangosyddion o fframweithiau eraill
frameworks-other-indicators-intro = Mae'r dangosyddion hyn yn perthyn i fframweithiau eraill ac yn mesur rhywbeth yn y parth hwn, felly gellir cymharu canlyniadau lleol â nhw.
frameworks-related = Parthau cysylltiedig

## Tudalen dangosydd.

frameworks-starter-note = Geiriad Tessera ei hun yw hwn, wedi'i ysgrifennu i gyd-fynd â'r parth { $domain }. Nid yw'n ddangosydd swyddogol y fframwaith.
frameworks-quoted-note = Mae'r geiriad hwn wedi'i ddyfynnu o ganllawiau cyhoeddedig y fframwaith.
frameworks-described-note = Mae'r dangosydd hwn wedi'i ddisgrifio o ffynhonnell, yng ngeiriau Tessera ei hun.
frameworks-kind-of-figure = Math o ffigur
frameworks-two-way = Dwyffordd
frameworks-two-way-yes = Ydy: mesurwch ef yr un ffordd ar gyfer newydd-ddyfodiaid ac ar gyfer y gymuned sy'n eu derbyn, a chymharwch.
frameworks-two-way-no = Nac ydy: mae'n disgrifio un grŵp yn unig.
frameworks-numerator = Rhifiadur (pwy sy'n cyfrif)
frameworks-what-measured = Beth sy'n cael ei fesur
frameworks-denominator = Enwadur (allan o bwy)
frameworks-suggested-question = Cwestiwn a awgrymir
frameworks-suggested-question-why = Mae gofyn yr un cwestiwn yn eich arolwg eich hun yn gadael i chi gymharu canlyniadau lleol â rhai cenedlaethol.
frameworks-data-available = Data ar gael
frameworks-availability = Y gymuned sy'n derbyn: { $receiving }; newydd-ddyfodiaid: { $newcomers }.
frameworks-topics = Pynciau
frameworks-toolkit-heading = Lle mae ffigurau parod ar gael
frameworks-toolkit-none = Nid yw pecyn cymorth y fframwaith yn enwi ffynhonnell ddata ar gyfer y dangosydd hwn. Gallwch ei fesur gyda'ch arolwg neu'ch cofnodion gwasanaeth eich hun.
frameworks-toolkit-intro = { $count ->
    [one] Mae pecyn cymorth y fframwaith yn enwi un ffynhonnell ddata ar gyfer y dangosydd hwn:
    [two] Mae pecyn cymorth y fframwaith yn enwi dwy ffynhonnell ddata ar gyfer y dangosydd hwn:
   *[other] Mae pecyn cymorth y fframwaith yn enwi { $count } ffynhonnell ddata ar gyfer y dangosydd hwn:
}
frameworks-toolkit-publisher = Cyhoeddwyd gan
frameworks-toolkit-coverage = Yn cwmpasu
frameworks-toolkit-levels = Lefel ddaearyddol
frameworks-toolkit-frequency = Pa mor aml
frameworks-toolkit-breakdowns = Dadansoddiadau
frameworks-toolkit-international = Cymhariaeth ryngwladol
frameworks-toolkit-link = Dolen
frameworks-toolkit-note = Nodyn
frameworks-toolkit-facts-from = Ffeithiau wedi'u cymryd o
frameworks-international-yes = Mae ffigur rhyngwladol cymaradwy ar gael.
frameworks-international-no = Dim ffigur rhyngwladol cymaradwy.
frameworks-international-unknown = Nid yw'n hysbys.
frameworks-level-national = cenedlaethol
frameworks-level-regional = rhanbarthol
frameworks-level-local-authority = awdurdod lleol
frameworks-level-ward = ward
frameworks-frequency-continuous = yn barhaus
frameworks-frequency-monthly = bob mis
frameworks-frequency-quarterly = bob chwarter
frameworks-frequency-annual = bob blwyddyn
frameworks-frequency-biennial = bob dwy flynedd
frameworks-frequency-decennial = bob deng mlynedd
frameworks-frequency-irregular = yn afreolaidd
frameworks-in-other-frameworks = Mewn fframweithiau eraill
frameworks-no-crosswalk = Nid oes fframwaith arall yn Tessera wedi'i fapio i barth y dangosydd hwn eto.
frameworks-also-measures = Mae'r dangosydd hwn hefyd yn mesur:
frameworks-same-domain-elsewhere = Dangosyddion fframweithiau eraill sy'n mesur y parth { $domain }:
