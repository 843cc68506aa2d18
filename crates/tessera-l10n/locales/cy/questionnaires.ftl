# unreviewed: drafted without a fluent Welsh speaker's review (see docs/translations.md).
## Holiaduron (issue 15): y banc cwestiynau, adeiladu a golygu holiaduron, eu hieithoedd a
## thaenlen y cyfieithydd, XLSForm allan ac i mewn.

### Y rhestr a dechrau un

questionnaires-title = Holiaduron
questionnaires-intro = Adeiladwch holiadur o ddangosyddion eich cynllun neu o barthau a ddewiswyd. Mae cwestiynau o fanc cwestiynau Tessera eisoes yn gwybod pa ddangosydd y maent yn ei fesur, felly nid oes angen mapio'r atebion. Mae pob holiadur yn gofyn yr un cwestiynau i newydd-ddyfodiaid ac i'r gymuned sy'n croesawu, ac yn gofyn am ganiatâd yn gyntaf.
questionnaires-new-button = Adeiladu holiadur
questionnaires-import-button = Mewnforio XLSForm
questionnaires-empty = Nid oes holiaduron eto.
questionnaires-count = { $count ->
    [zero] Dim holiaduron
    [one] 1 holiadur
    [two] 2 holiadur
    [few] { $count } holiadur
    [many] { $count } holiadur
   *[other] { $count } holiadur
}
questionnaires-col-title = Teitl
questionnaires-col-questions = Cwestiynau
questionnaires-col-languages = Ieithoedd
questionnaires-col-version = Fersiwn
questionnaires-col-updated = Newidiwyd ddiwethaf
questionnaires-new-title = Adeiladu holiadur
questionnaires-new-intro = Dechreuwch o gynllun neu o barthau; gallwch ychwanegu, dileu, aildrefnu ac aralleirio cwestiynau wedyn.
questionnaires-new-from-plan = O ddangosyddion cynllun
questionnaires-new-no-plans = Nid oes gan eich sefydliad gynlluniau eto. Adeiladwch o barthau yn lle hynny, neu gwnewch gynllun yn gyntaf.
questionnaires-new-plan-label = Cynllun
questionnaires-new-plan-hint = Mae'r holiadur yn gofyn am bob dangosydd o ganlyniadau'r cynllun y gall arolwg ei fesur.
questionnaires-new-plan-submit = Adeiladu o'r cynllun hwn
questionnaires-new-from-domains = O barthau
questionnaires-new-domains-legend = Parthau fframwaith y Dangosyddion Integreiddio
questionnaires-new-domains-hint = Dewiswch un neu fwy. Mae'r holiadur yn gofyn am bob dangosydd o'r parthau a ddewiswyd y gall arolwg ei fesur.
questionnaires-new-domains-submit = Adeiladu o'r parthau hyn
questionnaires-new-or-import = Neu mewnforiwch ffurflen a wnaed yn KoboToolbox neu ODK
questionnaires-done-created = Mae'r holiadur wedi'i adeiladu. Gwiriwch ei gwestiynau, yna cael rhagolwg ohono.
questionnaires-done-saved = Mae eich newid wedi'i gadw.
questionnaires-done-imported = Mae'r ffurflen wedi'i mewnforio. Ychwanegwch reolau sy'n cysylltu cwestiynau â dangosyddion drwy ychwanegu cwestiynau o'r banc, neu defnyddiwch yr atebion fel y maent.
questionnaires-done-translations = Mae'r cyfieithiadau a adolygwyd wedi'u mewnforio.
questionnaires-done-deleted = Mae'r holiadur wedi'i ddileu.
questionnaires-action-delete = Dileu'r holiadur hwn
questionnaires-delete-crumb = Dileu
questionnaires-delete-caption = Dileu holiadur
questionnaires-delete-title = Dileu “{ $title }”?
questionnaires-delete-warning = Ni ellir dadwneud dileu.
questionnaires-delete-removes = Mae dileu yn cael gwared ar:
questionnaires-delete-questions = { $count ->
    [zero] dim cwestiynau
    [one] ei unig gwestiwn
    [two] ei { $count } gwestiwn
    [few] ei { $count } chwestiwn
    [many] ei { $count } chwestiwn
   *[other] ei { $count } cwestiwn
  }, { $versions ->
    [zero] heb fersiwn
    [one] yn ei unig fersiwn
    [two] yn y ddwy fersiwn
    [few] yn y { $versions } fersiwn
    [many] yn y { $versions } fersiwn
   *[other] yn y { $versions } fersiwn
  }
questionnaires-delete-answers = { $count ->
    [zero] ei ymatebion sydd wedi'u cadw (dim)
    [one] ei unig ymateb sydd wedi'i gadw
    [two] ei { $count } ymateb sydd wedi'u cadw
    [few] ei { $count } ymateb sydd wedi'u cadw
    [many] ei { $count } ymateb sydd wedi'u cadw
   *[other] ei { $count } ymateb sydd wedi'u cadw
  }, ei ddolen gyhoeddus a'i gasglwyr
questionnaires-delete-datasets-kept = Cedwir y setiau data a wnaed eisoes o'i ymatebion; dilëwch nhw ar eu tudalennau eu hunain os dylen nhw fynd hefyd.
questionnaires-delete-audit = Mae'r log archwilio yn cadw cynnwys olaf yr holiadur a phwy a'i dileodd.
questionnaires-delete-answers-too = Rwy'n deall bod yr atebion a gasglwyd gyda'r holiadur hwn yn cael eu dileu hefyd
questionnaires-delete-error-answers = Mae gan yr holiadur hwn atebion. Ticiwch y blwch i gadarnhau eu bod yn cael eu dileu hefyd, neu cadwch yr holiadur.
questionnaires-delete-button = Dileu'r holiadur
questionnaires-delete-cancel = Ei gadw a mynd yn ôl
questionnaires-notice-title = Llwyddiant

### Yr adeiladydd

questionnaires-version = Fersiwn { $version }
questionnaires-built-for = Wedi'i adeiladu ar gyfer y cynllun
questionnaires-answered-note = Mae gan y fersiwn hon atebion, felly caiff ei chadw fel y mae. Bydd eich newid nesaf yn gwneud fersiwn newydd; mae atebion yn cadw'r fersiwn a atebwyd ganddynt.
questionnaires-action-preview = Rhagolwg fel ymatebydd
questionnaires-action-details = Teitl, caniatâd, dyddiadau ac ieithoedd
questionnaires-action-languages = Ieithoedd a chyfieithiadau
questionnaires-action-xlsform = Lawrlwytho fel XLSForm (ar gyfer KoboToolbox ac ODK)
questionnaires-warning = Rhybudd
questionnaires-not-covered = { $count ->
    [zero] Nid oes dangosydd o'r cynllun heb gwestiwn:
    [one] Ni ofynnir am 1 dangosydd o'r cynllun:
    [two] Ni ofynnir am 2 ddangosydd o'r cynllun:
    [few] Ni ofynnir am { $count } dangosydd o'r cynllun:
    [many] Ni ofynnir am { $count } dangosydd o'r cynllun:
   *[other] Ni ofynnir am { $count } dangosydd o'r cynllun:
}
questionnaires-not-covered-removed = Cafodd ei gwestiwn ei dynnu o'r holiadur hwn.
questionnaires-questions-count = { $count ->
    [zero] Dim cwestiynau
    [one] 1 cwestiwn
    [two] 2 gwestiwn
    [few] { $count } cwestiwn
    [many] { $count } chwestiwn
   *[other] { $count } cwestiwn
}
questionnaires-questions-caption = Cwestiynau mewn trefn
questionnaires-col-number = Rhif
questionnaires-col-question = Cwestiwn
questionnaires-col-type = Math
questionnaires-col-measures = Mesur
questionnaires-col-change = Newid
questionnaires-tag-required = Gorfodol
questionnaires-tag-conditional = Dangosir dim ond os
questionnaires-edit = Golygu
questionnaires-move-up = I fyny
questionnaires-move-down = I lawr
questionnaires-remove = Dileu
questionnaires-source-bank = o'r banc cwestiynau
questionnaires-source-own = eich un chi
questionnaires-source-imported = wedi'i fewnforio
questionnaires-add-bank-heading = Ychwanegu cwestiwn o'r banc
questionnaires-add-bank-label = Cwestiwn
questionnaires-add-bank-submit = Ychwanegu'r cwestiwn hwn
questionnaires-add-own-heading = Ychwanegu eich cwestiwn eich hun
questionnaires-add-own-intro = Gofynnir eich cwestiynau eich hun fel yr ydych yn eu hysgrifennu. Nid ydynt yn mesur unrhyw ddangosydd oni bai eich bod yn eu mapio pan ddaw'r atebion yn set ddata.
questionnaires-own-label = Cwestiwn
questionnaires-own-hint = Help o dan y cwestiwn (dewisol)
questionnaires-own-name = Enw'r golofn
questionnaires-own-name-hint = Enw colofn yr atebion: dechreuwch gyda llythyren, yna llythrennau, digidau neu _, 32 nod ar y mwyaf, fel cafe_visits.
questionnaires-own-type = Math o ateb
questionnaires-own-choices = Dewisiadau
questionnaires-own-choices-hint = Ar gyfer un dewis a sawl dewis: un dewis ar bob llinell. Ysgrifennwch cod = geiriau i ddewis y cod a gedwir, fel weekly = Bob wythnos.
questionnaires-own-range = Y rhif lleiaf a'r mwyaf
questionnaires-own-range-hint = Ar gyfer rhifau (dewisol) a graddfeydd (angenrheidiol), fel 0 a 10.
questionnaires-own-min = Lleiaf
questionnaires-own-max = Mwyaf
questionnaires-own-required = Mae angen ateb i fynd ymlaen
questionnaires-add-own-submit = Ychwanegu'r cwestiwn hwn
questionnaires-type-single-choice = Un dewis
questionnaires-type-multiple-choice = Sawl dewis
questionnaires-type-number = Rhif
questionnaires-type-scale = Graddfa
questionnaires-type-text = Testun
questionnaires-type-date = Dyddiad
questionnaires-type-note = Nodyn (dim ateb)

### Tudalen cwestiwn

questionnaires-question-title = Cwestiwn { $name }
questionnaires-question-languages = Ieithoedd y cwestiwn hwn
questionnaires-question-save-note = Mae'r geiriau a gadwch yma yn cael eu marcio fel rhai a adolygwyd yn yr iaith hon.
questionnaires-show-if-legend = Dangos y cwestiwn hwn dim ond os
questionnaires-show-if-hint = Mae pob amod yn profi'r ateb i gwestiwn cynharach; dangosir y cwestiwn pan fydd pob un ohonynt yn wir. Dewiswch “dangos bob amser” i dynnu amod.
questionnaires-show-if-number = Amod { $number }
questionnaires-show-if-new = Ychwanegu amod
questionnaires-show-if-question = Cwestiwn cynharach
questionnaires-show-if-none = (dangos bob amser)
questionnaires-show-if-test = Prawf
questionnaires-show-if-test-any-of = mae'r ateb yn un o'r codau hyn
questionnaires-show-if-test-none-of = rhoddwyd ateb ac nid yw'n un o'r codau hyn
questionnaires-show-if-test-at-least = mae'r rhif a atebwyd o leiaf
questionnaires-show-if-test-below = mae'r rhif a atebwyd yn llai na
questionnaires-show-if-value = Codau (wedi'u gwahanu gan fylchau) neu rif
questionnaires-show-if-codes = Codau dewis y cwestiynau cynharach
questionnaires-show-if-error-codes = Rhowch o leiaf un cod dewis o'r cwestiwn cynharach
questionnaires-show-if-error-code = Nid yw “{ $code }” yn god dewis: mae codau'n defnyddio llythrennau, digidau, _, - a . heb fylchau
questionnaires-show-if-error-number = Nid yw “{ $value }” yn rhif; rhowch rif fel 18 neu 2.5
questionnaires-show-if-error-test = Dewiswch un o'r profion yn y rhestr
questionnaires-unreviewed = Heb ei adolygu eto
questionnaires-save = Cadw
questionnaires-back-to-builder = Yn ôl i'r holiadur
questionnaires-back-to-list = Yn ôl i'r holiaduron

### Manylion

questionnaires-details-title = Teitl, caniatâd, dyddiadau ac ieithoedd
questionnaires-details-title-label = Teitl
questionnaires-details-consent-label = Tudalen ganiatâd
questionnaires-details-consent-hint = Mae ymatebwyr yn darllen hwn cyn unrhyw gwestiwn, ac ni chedwir unrhyw ateb oni bai eu bod yn cytuno. Dywedwch pwy sy'n gofyn, pam, mai eu dewis nhw yw cymryd rhan, a sut y cedwir atebion.
questionnaires-details-languages = Ieithoedd a gynigir i ymatebwyr
questionnaires-details-languages-hint = Yr iaith gyntaf a diciwyd yw'r rhagosodiad. Dangosir testunau sydd ar goll mewn iaith yn yr iaith ragosodedig.
questionnaires-details-opens = Y diwrnod cyntaf y derbynnir atebion (dewisol)
questionnaires-details-date-hint = Er enghraifft 2027-03-01
questionnaires-details-closes = Y diwrnod olaf y derbynnir atebion (dewisol)
questionnaires-details-limit = Y nifer mwyaf o atebion drwy un ddolen (dewisol)
questionnaires-details-limit-hint = Diogelwch rhag llif o atebion. Gadewch yn wag am ddim terfyn.

### Rhagolwg

questionnaires-preview-title = Rhagolwg
questionnaires-preview-intro = Dyma beth mae ymatebwyr yn ei weld, un dudalen ar y tro. Mae'r nodiadau llwyd sy'n dweud pryd y dangosir cwestiwn i chi yn unig.
questionnaires-preview-languages = Rhagolwg mewn iaith arall
questionnaires-preview-if-any = Dangosir os atebir “{ $question }” gyda { $values }.
questionnaires-preview-if-none = Dangosir os atebir “{ $question }”, ond nid gyda { $values }.
questionnaires-preview-if-at-least = Dangosir os yw “{ $question }” yn { $values } o leiaf.
questionnaires-preview-if-below = Dangosir os yw “{ $question }” yn llai na { $values }.

### Ieithoedd

questionnaires-languages-title = Ieithoedd a chyfieithiadau
questionnaires-languages-intro = Mae banc cwestiynau Tessera yn Saesneg, Cymraeg, Arabeg, Wcreineg a Ffarsi/Dari. Dim ond y Saesneg sydd wedi'i adolygu; drafftiau yw'r ieithoedd eraill nad oes siaradwr rhugl wedi'u gwirio eto. Nid yw ymatebwyr byth yn gweld y marc hwn. Gofynnwch i gyfieithydd eu hadolygu gyda'r daenlen isod.
questionnaires-col-language = Iaith
questionnaires-col-written = Testunau a ysgrifennwyd
questionnaires-col-reviewed = Wedi'u hadolygu
questionnaires-col-offered = Yn cael ei chynnig i ymatebwyr
questionnaires-of-total = { $count } o { $total }
questionnaires-yes = Ie
questionnaires-no = Na
questionnaires-unreviewed-in = Testunau heb eu hadolygu eto yn { $language }
questionnaires-and-more = { $count ->
    [zero] a dim mwy
    [one] ac 1 arall
    [two] a 2 arall
    [few] a { $count } arall
    [many] a { $count } arall
   *[other] a { $count } arall
}
questionnaires-translator-heading = Gweithio gyda chyfieithydd
questionnaires-translator-intro = Lawrlwythwch y testunau fel taenlen gydag un golofn i bob iaith. Mae'r cyfieithydd yn cywiro'r geiriau ac yn ysgrifennu yes yng ngholofn adolygu pob testun y mae wedi'i wirio. Mewnforiwch y ffeil yn ôl: caiff y testunau eu disodli a'u marcio fel rhai a adolygwyd.
questionnaires-translator-download = Lawrlwytho'r testunau i gyfieithydd (.xlsx)
questionnaires-translator-upload = Y daenlen a adolygwyd
questionnaires-translator-upload-hint = Y ffeil a lawrlwythwyd uchod, gyda newidiadau'r cyfieithydd. Nid oes dim yn newid oni bai y gellir darllen y ffeil gyfan.
questionnaires-translator-submit = Mewnforio'r testunau a adolygwyd
questionnaires-language-en = Saesneg
questionnaires-language-cy = Cymraeg
questionnaires-language-ar = Arabeg
questionnaires-language-uk = Wcreineg
questionnaires-language-fa = Ffarsi/Dari
questionnaires-language-prs = Dari
questionnaires-language-ps = Pashto
questionnaires-language-ur = Wrdw
questionnaires-language-ku = Cwrdeg
questionnaires-language-ckb = Cwrdeg (Sorani)
questionnaires-language-ti = Tigrinya
questionnaires-language-so = Somalieg
questionnaires-language-pl = Pwyleg
questionnaires-language-ro = Rwmaneg
questionnaires-language-es = Sbaeneg
questionnaires-language-fr = Ffrangeg
questionnaires-language-pt = Portiwgaleg
questionnaires-language-ru = Rwseg
questionnaires-language-zh = Tsieinëeg
questionnaires-language-tr = Tyrceg

### Mewnforio

questionnaires-import-title = Mewnforio XLSForm
questionnaires-import-intro = Dewch â ffurflen a wnaed yn KoboToolbox, ODK Build neu daenlen, fel llyfr gwaith XLSForm (.xlsx). Mae Tessera yn ei darllen yn gyfan neu ddim o gwbl, ac yn enwi pob problem yn ôl dalen, rhes a cholofn.
questionnaires-import-supported = Beth mae Tessera yn ei ddarllen
questionnaires-import-supported-list = Un dewis a sawl dewis, rhifau cyfan a degol, amrediadau, testun, dyddiadau a nodiadau; atebion gorfodol; amodau “dangos os” syml (relevant) a therfynau (constraint); grwpiau un lefel o ddyfnder; labeli, awgrymiadau a negeseuon terfyn mewn unrhyw nifer o ieithoedd.
questionnaires-import-unsupported = Beth nad yw'n ei ddarllen
questionnaires-import-unsupported-list = Cyfrifiadau, ailadroddiadau, lleoliadau, lluniau a chyfryngau eraill, codau bar, graddio, dewisiadau o ffeiliau, hidlwyr dewisiadau, rhagosodiadau, dewisiadau “arall, nodwch”, ac amodau sy'n cyfuno sawl cwestiwn gyda “neu”. Gadewir metadata fel start, end ac id y ddyfais allan. Tynnwch y rhain o'r ffurflen, neu ailadeiladwch y cwestiynau hynny yma.
questionnaires-import-file = Ffeil XLSForm (.xlsx)
questionnaires-import-submit = Mewnforio
questionnaires-upload-unreadable = Nid oedd modd derbyn y ffeil. Rhowch gynnig arall arni.
questionnaires-upload-too-large = Mae'r ffeil yn fwy na { $max } MB. Mae XLSForm yn llawer llai; gwiriwch eich bod wedi dewis y ffeil gywir.
questionnaires-upload-nothing = Dewiswch ffeil i'w mewnforio.

### Problemau a gwallau

questionnaires-error-title-prefix = Gwall:
questionnaires-error-prefix = Gwall:
questionnaires-problems-title = { $count ->
    [zero] Nid oes problem
    [one] Mae problem
    [two] Mae 2 broblem
    [few] Mae { $count } problem
    [many] Mae { $count } phroblem
   *[other] Mae { $count } problem
}
questionnaires-problem-at = { $place }: { $problem }
questionnaires-problem-found = (canfuwyd “{ $value }”)
questionnaires-place-sheet = dalen { $sheet }
questionnaires-place-row = rhes { $row }
questionnaires-place-column = colofn { $column }
questionnaires-place-question = cwestiwn { $question }
questionnaires-error-no-questionnaire = Nid oes holiadur o'r fath yn eich sefydliad.
questionnaires-error-cannot-move = Ni all y cwestiwn hwnnw symud y ffordd honno: mae eisoes ar ymyl ei dudalen, neu nid yw yn yr holiadur mwyach.
questionnaires-error-no-question = Nid oes cwestiwn o'r fath yn yr holiadur hwn.
questionnaires-error-nothing-to-ask = Ni ellir gofyn am yr un o'r dangosyddion a ddewiswyd mewn holiadur. Dewiswch eraill, neu ychwanegwch eich cwestiynau eich hun at holiadur a adeiladwyd o barthau.
questionnaires-error-no-domains = Dewiswch o leiaf un parth.
questionnaires-error-choose-bank-question = Dewiswch gwestiwn o'r rhestr.
questionnaires-error-already-asked = Mae'r holiadur eisoes yn gofyn y cwestiwn hwn.
questionnaires-error-name-taken = Mae gan gwestiwn arall yr enw colofn hwn eisoes. Dewiswch un arall.
questionnaires-error-name-rule = Rhowch enw colofn sy'n dechrau gyda llythyren ac sydd â llythrennau, digidau a _ yn unig, 32 nod ar y mwyaf.
questionnaires-error-choose-type = Dewiswch y math o ateb.
questionnaires-error-label-needed = Rhowch y cwestiwn.
questionnaires-error-too-long = Mae hwn yn rhy hir: ysgrifennwch { $max } nod ar y mwyaf.
questionnaires-error-not-a-number = Rhowch rif, nid “{ $value }”.
questionnaires-error-choice-twice = Mae gan ddau ddewis y cod “{ $code }”. Rhowch ei god ei hun i bob un.
questionnaires-error-choice-code = Ni all “{ $code }” fod yn god: defnyddiwch lythrennau, digidau, _, - neu . a dim bylchau.
questionnaires-error-choice-words-needed = Rhowch eiriau'r dewis hwn yn iaith gyntaf yr holiadur.
questionnaires-error-choices-needed = Rhowch o leiaf un dewis, un ar bob llinell.
questionnaires-error-too-many-choices = Rhowch { $max } dewis ar y mwyaf.
questionnaires-error-scale-ends = Mae angen rhif cyfan lleiaf a mwyaf ar raddfa, y lleiaf yn gyntaf, fel 0 a 10.
questionnaires-error-min-above-max = Ni ddylai'r rhif lleiaf fod yn uwch na'r mwyaf.
questionnaires-error-title-needed = Rhowch deitl.
questionnaires-error-consent-needed = Rhowch y testun caniatâd: ni chedwir unrhyw ateb heb ganiatâd.
questionnaires-error-language-needed = Dewiswch o leiaf un iaith.
questionnaires-error-bad-language = Nid yw “{ $code }” yn god iaith.
questionnaires-error-bad-name = Ni all “{ $name }” fod yn enw: dechreuwch gyda llythyren, yna llythrennau, digidau neu _.
questionnaires-error-date = Rhowch ddyddiad fel 2027-03-01, nid “{ $value }”.
questionnaires-error-closes-before-opens = Ni ddylai'r diwrnod olaf fod cyn y diwrnod cyntaf.
questionnaires-error-internal = Aeth rhywbeth o'i le wrth ddarllen yr holiadur.
questionnaires-problem-missing-label = nid oes geiriau gan y cwestiwn yn iaith gyntaf yr holiadur
questionnaires-problem-duplicate-name = mae gan gwestiwn arall yr enw hwn eisoes; rhaid i enwau fod yn wahanol
questionnaires-problem-reserved-name = cedwir yr enw hwn at ddefnydd Tessera ei hun; dewiswch un arall
questionnaires-problem-no-choices = mae angen o leiaf un dewis ar gwestiwn dewis
questionnaires-problem-duplicate-choice = mae gan ddau ddewis yr un cod; rhaid i godau fod yn wahanol
questionnaires-problem-unexpected-choices = dim ond cwestiynau dewis sydd â dewisiadau
questionnaires-problem-bad-scale = mae angen pwynt isaf o dan y pwynt uchaf ar raddfa
questionnaires-problem-bad-range = mae'r rhif lleiaf a ganiateir yn uwch na'r mwyaf
questionnaires-problem-show-if-not-earlier = rhaid i “dangos os” enwi cwestiwn sy'n dod yn gynharach
questionnaires-problem-show-if-unknown-code = mae “dangos os” yn enwi dewis nad yw'r cwestiwn cynharach yn ei gynnig
questionnaires-problem-show-if-not-number = mae “dangos os” yn cymharu rhif ag ateb nad yw'n rhif
questionnaires-problem-rule-unknown-code = mae'r rheol yn enwi dewis nad yw'r cwestiwn yn ei gynnig
questionnaires-problem-rule-wrong-type = nid yw'r rheol yn gweddu i fath y cwestiwn
questionnaires-problem-unknown-indicator = mae'r rheol yn enwi dangosydd nad yw mewn unrhyw becyn fframwaith
questionnaires-problem-split-group = rhaid i gwestiynau un dudalen fod nesaf at ei gilydd
questionnaires-problem-unknown-group = nid yw tudalen y cwestiwn yn un o dudalennau'r holiadur
questionnaires-problem-no-language = mae angen o leiaf un iaith ar yr holiadur
questionnaires-problem-no-questions = nid oes cwestiynau yn yr holiadur
questionnaires-problem-note-takes-no-answer = nid yw nodyn yn cymryd ateb, felly ni all fod yn orfodol nac yn gyfyngedig
questionnaires-problem-bad-pattern = mae'r patrwm yn wag neu'n cynnwys dyfynnod
questionnaires-problem-missing-title = mae'r teitl neu'r testun caniatâd ar goll yn yr iaith gyntaf
questionnaires-problem-missing-sheet = nid oes dalen gyda'r enw hwn yn y llyfr gwaith
questionnaires-problem-missing-column = nid oes colofn gyda'r enw hwn ar y ddalen
questionnaires-problem-unsupported-type = nid yw Tessera yn cefnogi hyn (gweler y rhestr ar y dudalen hon); tynnwch ef o'r ffurflen
questionnaires-problem-unknown-type = nid yw hwn yn fath o gwestiwn y mae Tessera yn ei adnabod; gwiriwch ei sillafiad
questionnaires-problem-unknown-list = nid oes rhestr gyda'r enw hwn ar ddalen y dewisiadau
questionnaires-problem-conflicting-choice = mae'r rhestr yn rhoi dau label gwahanol i'r cod hwn
questionnaires-problem-unsupported-expression = ni all Tessera ddarllen y mynegiad hwn; ysgrifennwch ef fel cymariaethau syml wedi'u cysylltu ag “and”
questionnaires-problem-unbalanced-group = rhaid i grwpiau agor a chau mewn parau, un lefel o ddyfnder
questionnaires-problem-empty-cell = ni ddylai'r gell hon fod yn wag
questionnaires-problem-bad-value = nid yw'r gwerth hwn yn un y mae'r golofn yn ei gymryd
questionnaires-problem-unknown-text = nid oes testun gyda'r allwedd hon yn yr holiadur
questionnaires-problem-unreadable = nid yw'r ffeil yn llyfr gwaith y gall Tessera ei ddarllen; cadwch hi fel .xlsx
questionnaires-problem-too-large = mae'r ffeil yn fwy nag y mae Tessera yn ei darllen
questionnaires-problem-bad-submission = nid yw'r cyflwyniad yn atebion ffurflen y gall Tessera eu darllen; anfonwch ef eto o'r ffurflen
questionnaires-problem-no-consent = nid yw'r cyflwyniad yn cofnodi cydsyniad yr ymatebydd, felly ni chadwyd dim

### Yr API

questionnaires-api-bad-body = Rhaid i'r corff fod yn JSON fel {"{"}"indicators": ["ioi-2019/bon-lonely"]{"}"} neu {"{"}"plan": 1{"}"}: { $reason }
questionnaires-api-nothing = Rhowch o leiaf un dangosydd, neu gynllun gyda dangosyddion.
