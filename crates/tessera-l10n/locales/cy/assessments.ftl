# unreviewed: drafted without a fluent Welsh speaker's review (see docs/translations.md).

## Hunanasesiadau (mater 18): hunanasesiad Dinasoedd Cynhwysol o bolisi cyngor, a'r rhwystrau
## rhag defnyddio'r dangosyddion; eu heitemau, graddfeydd, awgrymiadau, tudalennau a gwallau.

assessments-inclusive-cities-name = Hunanasesiad Dinasoedd Cynhwysol
assessments-barriers-name = Rhwystrau rhag defnyddio'r fframwaith

assessments-inclusive-cities-level-0 = Heb ddechrau
assessments-inclusive-cities-level-1 = Meddwl cynnar
assessments-inclusive-cities-level-2 = Yn datblygu
assessments-inclusive-cities-level-3 = Wedi'i sefydlu
assessments-inclusive-cities-level-4 = Wedi'i wreiddio a'i adolygu
assessments-barriers-level-0 = Dim yn her i ni
assessments-barriers-level-1 = Rhywfaint o her
assessments-barriers-level-2 = Her fawr

assessments-group-principle = Egwyddorion craidd
assessments-group-area = Meysydd thematig
assessments-group-barrier = Meysydd lle mae rhwystrau'n codi

## Sut olwg sydd ar arfer da, fesul egwyddor a maes thematig pecyn Dinasoedd Cynhwysol.

assessments-good-local-leadership = Mae arweinwyr y cyngor yn dweud yn gyhoeddus fod cynhwysiant yn flaenoriaeth i'r ardal gyfan, mae rhywun uwch yn atebol amdano, ac mae'r cyngor yn defnyddio'i allu i gynnull er mwyn dod â phartneriaid at y bwrdd a'u cadw yno.
assessments-good-shared-responsibility-in-partnership = Mae gan gyflogwyr, gwasanaethau cyhoeddus, grwpiau gwirfoddol a ffydd a thrigolion ran benodol yn y gwaith, wedi'i chytuno gyda nhw, ac mae partneriaeth yn cwrdd yn rheolaidd i'w gweld drwodd.
assessments-good-newcomers-and-longer-standing-residents = Mae newydd-ddyfodiaid a phobl sydd wedi byw yn yr ardal yn hirach ill dau'n helpu i lunio polisi, ill dau'n elwa ohono, ac edrychir ar ganlyniadau'r ddau ochr yn ochr.
assessments-good-data-and-evidence = Mae'r cyngor yn dechrau o'r data sydd ganddo eisoes i ddeall yr ardal, yn pennu blaenoriaethau a nodau ohono, yn gwylio beth sy'n newid, ac yn diwygio'i strategaeth pan fo'r dystiolaeth yn dweud hynny.
assessments-good-act-locally-advocate-nationally-learn-internationally = Mae'r cyngor yn defnyddio'r pwerau sydd ganddo, yn dadlau'r achos gerbron y llywodraeth genedlaethol lle nad oes ganddo bwerau, ac yn chwilio am arfer a weithiodd mewn gwledydd eraill cyn cynllunio'i arfer ei hun.
assessments-good-shared-local-story = Mae stori am yr ardal, a adroddir gan ei harweinwyr ac a adnabyddir gan ei thrigolion, lle mae newydd-ddyfodiaid a thrigolion hirsefydlog yn perthyn gyda'i gilydd; caiff ei hailadrodd ar draws cyfathrebu'r cyngor.
assessments-good-inclusive-economic-growth = Mae strategaethau economi a sgiliau yn cynnwys newydd-ddyfodiaid a thrigolion hirsefydlog ar delerau cyfartal, ac mae cyflogwyr a busnesau'n helpu i agor gwaith a menter i'r ddau.
assessments-good-connecting-communities = Mae pobl o gefndiroedd gwahanol yn cwrdd mewn mannau a gweithgareddau a rennir, ac mae'r cyngor yn cefnogi'r hyn sy'n dod â nhw i gysylltiad parhaol yn hytrach na chadw grwpiau ar wahân.
assessments-good-inclusive-public-services = Mae gwasanaethau prif ffrwd wedi'u cynllunio i weithio i bob preswylydd, mae staff yn deall anghenion newydd-ddyfodiaid, ac nid yw'r ffocws ar newydd-ddyfodiaid yn cael ei golli pan gaiff prosiectau ar wahân eu plygu i mewn iddynt.
assessments-good-civic-participation-and-representation = Mae trigolion o bob cefndir yn pleidleisio, yn gwirfoddoli ac yn cymryd rhan mewn ymgynghoriadau, ac maent wedi'u cynrychioli ar fyrddau, fforymau ac ymhlith y bobl sy'n gwneud penderfyniadau.

## Y chwe maes lle cafodd ymarferwyr rwystrau (o daflen waith y canllaw), yng ngeiriau Tessera.

assessments-barrier-leadership-coordination = Arweinyddiaeth a chydlynu
assessments-barrier-leadership-coordination-summary = Partneriaid: a yw cydweithwyr mewn adrannau eraill a sefydliadau partner yn adnabod y fframwaith ac yn cydweithio ar integreiddio.
assessments-barrier-leadership-coordination-examples = Er enghraifft: nid yw adrannau eraill yn adnabod y fframwaith; does neb yn cydlynu gwaith ar draws sectorau.
assessments-barrier-leadership-coordination-share = Cyflwynwch y fframwaith i gydweithwyr a phartneriaid, a sefydlwch ffordd o gydlynu'r gwaith sy'n gweddu i'ch ardal.
assessments-barrier-leadership-coordination-stakeholders = Enwch randdeiliaid o sefydliadau, y gymuned sy'n croesawu a newydd-ddyfodiaid yn eich cynllun; mae'r cynllunydd yn gwirio bod y tri yno.
assessments-barrier-priority-setting = Pennu blaenoriaethau
assessments-barrier-priority-setting-summary = A allwch gytuno beth sydd bwysicaf pan fo llawer o anghenion yn pwyso ar unwaith, er enghraifft pan fydd teuluoedd yn cyrraedd.
assessments-barrier-priority-setting-examples = Er enghraifft: mae'r pwysau ar wasanaethau pan fydd pobl yn cyrraedd yn ei gwneud yn anodd dewis beth i weithio arno gyntaf.
assessments-barrier-priority-setting-backwards = Cytunwch ar flaenoriaethau a rennir gyda phartneriaid a'r bobl sy'n cyrraedd drwy weithio'n ôl o'r nod hirdymor gyda theori newid.
assessments-barrier-priority-setting-domains = Dechreuwch gydag un parth o bob math, fel mae ymarfer cyntaf y canllaw yn ei awgrymu.
assessments-barrier-resources-time = Adnoddau, gan gynnwys amser
assessments-barrier-resources-time-summary = Amser: a yw amser staff ac arian yn caniatáu gwaith i newydd-ddyfodiaid ochr yn ochr â phawb arall mae'r gwasanaeth yn eu helpu.
assessments-barrier-resources-time-examples = Er enghraifft: mae'n anodd dadlau dros fwy i newydd-ddyfodiaid pan fo'r un adnoddau'n gwasanaethu cleientiaid eraill.
assessments-barrier-resources-time-together = Cynlluniwch weithgareddau sy'n dod â newydd-ddyfodiaid a'r gymuned sy'n croesawu at ei gilydd, ac adeiladwch ar yr hyn sy'n rhedeg eisoes, fel bod y gwaith yn diwallu mwy o anghenion heb gystadlu amdanynt.
assessments-barrier-resources-time-existing-data = Defnyddiwch ddata sy'n bodoli eisoes, fel arolwg neu gofnodion gwasanaeth, cyn casglu'ch data eich hun.
assessments-barrier-evaluation-commitment = Ymrwymiad i werthuso
assessments-barrier-evaluation-commitment-summary = A yw gwerthuso'n arfer arferol, ac a yw'r amser y mae'n ei gymryd yn cael ei weld yn werth chweil.
assessments-barrier-evaluation-commitment-examples = Er enghraifft: ni chafodd strategaethau presennol erioed eu gwerthuso; mae casglu a dadansoddi data fel petai'n costio gormod o amser.
assessments-barrier-evaluation-commitment-plan-early = Cynlluniwch y gwerthusiad ar yr un pryd â'r gwaith, fel bod ei adnoddau wedi'u cynllunio hefyd a'i fod wedi'i ymgorffori yn y gweithgareddau.
assessments-barrier-evaluation-commitment-baseline = Rhowch linell sylfaen a tharged i bob dangosydd o'r dechrau, hyd yn oed rhai syml.
assessments-barrier-monitoring-data = Monitro a chasglu data
assessments-barrier-monitoring-data-summary = Data: a oes gennych ddata ar gyfer y dangosyddion sydd eu hangen arnoch, ac a yw'ch monitro'n dangos beth sy'n gweithio a beth sydd ddim.
assessments-barrier-monitoring-data-examples = Er enghraifft: nid yw'n glir pa ddangosyddion sy'n gweddu i'r gwaith; nid yw gwerthusiadau'n dangos camgymeriadau nac arfer da.
assessments-barrier-monitoring-data-toolkit = Mae tudalen pob dangosydd yn rhestru'r ffynonellau data y mae pecyn cymorth y canllaw yn eu henwi: pwy sy'n eu cyhoeddi, ar ba lefel a pha mor aml.
assessments-barrier-monitoring-data-reference = Cofnodwch ffigurau cenedlaethol neu ranbarthol fel gwerthoedd cyfeirio, i weld eich amcangyfrifon eich hun wrth eu hochr.
assessments-barrier-monitoring-data-import = Dewch ag arolwg neu gofnodion gwasanaeth sydd gennych eisoes i mewn.
assessments-barrier-understanding-framework = Dealltwriaeth o'r fframwaith yn fewnol
assessments-barrier-understanding-framework-summary = Sgiliau: a yw pobl yn eich sefydliad yn adnabod y fframwaith ac yn teimlo y gallant ei ddefnyddio i fesur cynnydd.
assessments-barrier-understanding-framework-examples = Er enghraifft: nid yw'r rhan fwyaf o gydweithwyr wedi clywed am y fframwaith, a does neb yn disgwyl iddo gael ei ddefnyddio i fonitro.
assessments-barrier-understanding-framework-read = Magwch eich hyder eich hun yn gyntaf, yna hyder ambell gydweithiwr agos; mae rhwydwaith bach ar draws adrannau yn ei ledaenu ymhellach.
assessments-barrier-understanding-framework-exercise = Rhowch gynnig ar ymarfer y canllaw o ddewis parthau ar un o'ch cynlluniau.

assessments-link-framework = Fframwaith Dangosyddion Integreiddio
assessments-link-toolkit = Dangosyddion a'u ffynonellau data
assessments-link-reference = Gwerthoedd cyfeirio
assessments-link-import = Mewnforio data
assessments-link-search = Chwilio'r fframwaith
assessments-link-new-plan = Dechrau cynllun
assessments-link-step-stakeholders = Eich cynllun diweddaraf: rhanddeiliaid
assessments-link-step-outcomes = Eich cynllun diweddaraf: canlyniadau
assessments-link-step-domains = Eich cynllun diweddaraf: dewis parthau
assessments-link-step-activities = Eich cynllun diweddaraf: gweithgareddau
assessments-link-step-evaluation = Eich cynllun diweddaraf: gwerthuso
assessments-link-step-indicators = Eich cynllun diweddaraf: dangosyddion

## Gwallau.

assessments-error-not-found = Nid oes hunanasesiad o'r fath yn eich sefydliad. Efallai ei fod wedi'i ddileu; ewch yn ôl i'r rhestr.
assessments-error-title = Rhowch deitl, fel "Adolygiad polisi 2026".
assessments-error-date = Rhowch y dyddiad fel 31/03/2026 neu 2026-03-31; nid yw "{ $value }" yn ddyddiad.
assessments-error-level = Dewiswch lefel o 0 i { $top } ar gyfer "{ $item }".
assessments-error-nothing-scored = Sgoriwch o leiaf un eitem.
assessments-error-too-long = Mae hwn yn rhy hir: ysgrifennwch { $max } nod ar y mwyaf.
assessments-error-action-item = Dewiswch yr eitem y mae'r cam gweithredu'n mynd i'r afael â hi.
assessments-error-action-text = Dywedwch beth fydd yn cael ei wneud.
assessments-error-action-plan = Dewiswch un o gynlluniau'ch sefydliad, neu ddim un.
assessments-error-too-many-actions = Mae hunanasesiad yn dal { $max } cam gweithredu ar y mwyaf; tynnwch un sydd wedi'i wneud yn gyntaf.

## Tudalennau.

assessments-title = Hunanasesiadau
assessments-intro = Sgoriwch sut mae'ch sefydliad yn gweithio, cadwch y canlyniad, trowch yr hyn sydd ar goll yn gamau gweithredu yn eich cynlluniau, a chymerwch yr un asesiad eto'n nes ymlaen i weld beth symudodd.
assessments-inclusive-cities-intro = I gynghorau: sgoriwch eich polisi yn erbyn pum egwyddor graidd a phum maes thematig fframwaith Dinasoedd Cynhwysol (COMPAS, Prifysgol Rhydychen), gwelwch ble rydych chi'n sefyll, a'i ailadrodd flwyddyn yn ddiweddarach.
assessments-barriers-intro = I ba raddau y mae arweinyddiaeth, blaenoriaethau, amser, gwerthuso, data a sgiliau yn rhwystro defnyddio'r Dangosyddion Integreiddio? Mae canllaw'r ymarferwyr (IOM UK) yn enwi chwe maes; mae Tessera yn awgrymu beth allai helpu gyda phob un.
assessments-count = { $count ->
    [zero] Heb ei gymryd eto.
    [one] Wedi'i gymryd unwaith.
    [two] Wedi'i gymryd ddwywaith.
    [few] Wedi'i gymryd { $count } gwaith.
    [many] Wedi'i gymryd { $count } gwaith.
   *[other] Wedi'i gymryd { $count } o weithiau.
}
assessments-latest = Y diweddaraf: { $title }, { $date }.
assessments-start = Dechrau asesiad newydd
assessments-none = Nid yw'ch sefydliad wedi cymryd yr asesiad hwn eto.
assessments-list-caption = Asesiadau eich sefydliad, y mwyaf diweddar yn gyntaf
assessments-col-title = Teitl
assessments-col-taken-on = Dyddiad
assessments-col-scored = Eitemau wedi'u sgorio
assessments-col-gaps = Bylchau
assessments-col-actions = Camau gweithredu
assessments-col-item = Eitem
assessments-col-level = Lefel
assessments-col-notes = Nodiadau
assessments-col-action = Cam gweithredu
assessments-col-plan = Cynllun
assessments-col-due = Erbyn
assessments-col-remove = Tynnu
assessments-col-change = Newid
assessments-col-direction = Symudiad
assessments-compare-heading = Cymharu dau asesiad
assessments-compare-hint = Dewiswch asesiad cynharach ac asesiad diweddarach i weld beth symudodd.
assessments-compare-from = Asesiad cynharach
assessments-compare-to = Asesiad diweddarach
assessments-compare-button = Cymharu
assessments-done-deleted = Cafodd yr asesiad ei ddileu.
assessments-done-saved = Cafodd yr asesiad ei gadw.
assessments-done-action-added = Cafodd y cam gweithredu ei ychwanegu.
assessments-done-action-removed = Cafodd y cam gweithredu ei dynnu.
assessments-error-prefix = Gwall:
assessments-error-title-prefix = Gwall:
assessments-notice-title = Wedi'i wneud

assessments-new-title = Asesiad newydd
assessments-edit-title = Newid yr asesiad
assessments-inclusive-cities-form-intro = Ar gyfer pob egwyddor a maes thematig, dewiswch y lefel sy'n disgrifio polisi ac arfer eich cyngor heddiw orau, a nodwch y dystiolaeth drosti. Gadewch eitem heb ei sgorio os na allwch ddweud eto.
assessments-barriers-form-intro = Ar gyfer pob maes, dewiswch i ba raddau y mae'n rhwystro defnyddio'r dangosyddion yn eich sefydliad, a nodwch sut y gallech gynllunio o'i gwmpas.
assessments-inclusive-cities-guidance = Sut olwg sydd ar arfer da:
assessments-barriers-guidance = Enghreifftiau:
assessments-field-title = Teitl
assessments-field-title-hint = Er enghraifft, "Adolygiad polisi 2026".
assessments-field-taken-on = Dyddiad ei gymryd
assessments-field-taken-on-hint = Er enghraifft, 31/03/2026.
assessments-field-notes = Nodiadau a thystiolaeth ar gyfer { $item } (dewisol)
assessments-not-scored = Heb ei sgorio
assessments-previous = Y tro diwethaf ({ $date }): { $level }
assessments-save = Cadw'r asesiad

assessments-code-principle = E
assessments-code-area = M
assessments-code-barrier = Rh
assessments-chart-title = Y lefel a roddwyd i bob eitem
assessments-chart-not-scored = { $name }: heb ei sgorio
assessments-compare-chart-title = Y lefel a roddwyd i bob eitem yn y ddau asesiad

assessments-taken-on = Wedi'i gymryd ar { $date }; newidiwyd ddiwethaf gan { $who }.
assessments-edit-link = Newid y lefelau a'r nodiadau
assessments-repeat-link = Cymryd yr asesiad eto
assessments-compare-link = Cymharu ag asesiad arall
assessments-where-heading = Ble rydych chi'n sefyll
assessments-levels-caption = Lefel a nodiadau pob eitem
assessments-inclusive-cities-gaps = Bylchau: lle gallai polisi fynd ymhellach
assessments-inclusive-cities-gaps-none = Dim bylchau: mae pob eitem a sgoriwyd wedi'i gwreiddio a'i hadolygu.
assessments-barriers-gaps = Heriau a beth allai helpu
assessments-barriers-gaps-none = Dim heriau: does dim a sgoriwyd yn eich rhwystro.
assessments-gap-line = Y lefel a roddwyd: { $level }.
assessments-suggestions = Beth allai helpu:
assessments-actions-heading = Camau gweithredu
assessments-actions-none = Dim camau gweithredu eto. Trowch fwlch yn gam gweithredu isod, a'i gysylltu â'r cynllun y mae'n perthyn iddo.
assessments-actions-caption = Camau gweithredu i gau'r bylchau
assessments-no-plan = Dim cynllun
assessments-remove = Tynnu
assessments-add-action-heading = Ychwanegu cam gweithredu
assessments-field-action-item = Yr eitem y mae'n mynd i'r afael â hi
assessments-field-action-text = Beth fydd yn cael ei wneud
assessments-field-action-plan = Y cynllun y mae'n rhan ohono
assessments-field-action-due = Erbyn pryd (dewisol)
assessments-field-action-due-hint = Er enghraifft, 30/09/2026.
assessments-add-action = Ychwanegu'r cam gweithredu
assessments-delete-link = Dileu'r asesiad hwn
assessments-delete-heading = Dileu "{ $title }"?
assessments-delete-lines = { $actions ->
    [zero] Does ganddo ddim camau gweithredu.
    [one] Caiff ei un cam gweithredu ei ddileu gydag ef.
    [two] Caiff ei ddau gam gweithredu eu dileu gydag ef.
    [few] Caiff ei { $actions } cham gweithredu eu dileu gydag ef.
    [many] Caiff ei { $actions } cham gweithredu eu dileu gydag ef.
   *[other] Caiff ei { $actions } cam gweithredu eu dileu gydag ef.
}
assessments-delete-warning = Ni ellir dadwneud hyn; mae'r log archwilio'n cadw cofnod o'r hyn a ddywedai.
assessments-delete-button = Dileu'r asesiad

assessments-compare-title = Cymhariaeth o ddau asesiad
assessments-compare-between = O "{ $earlier }" i "{ $later }".
assessments-compare-caption = Lefel pob eitem yn y ddau asesiad
assessments-direction-better = Wedi symud ymlaen
assessments-direction-same = Dim newid
assessments-direction-worse = Wedi symud yn ôl
assessments-direction-unknown = Heb ei sgorio yn y ddau
assessments-compare-summary = Wedi symud ymlaen: { $better }. Dim newid: { $same }. Wedi symud yn ôl: { $worse }. Heb ei sgorio yn y ddau: { $unknown }.
