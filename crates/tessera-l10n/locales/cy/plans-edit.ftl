# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Golygu cynllun: beth mae'r haen gymhwysiad yn ei ddweud am newid (cynlluniau tessera-app), a
## ffurflenni golygu'r cynllunydd.

plans-error-no-plan = Nid oes cynllun yn y cyfeiriad hwn yn eich sefydliad.
plans-error-no-item = Nid oes eitem o'r fath yn y cynllun hwn; efallai ei bod eisoes wedi'i thynnu.
plans-error-no-form = Nid oes ffurflen o'r fath ar gyfer cynllun.
plans-error-no-step = Nid oes cam o'r fath wrth wneud cynllun.
plans-error-no-outcome = Nid oes canlyniad interim o'r fath yn y cynllun hwn; efallai ei fod wedi'i dynnu.
plans-error-would-be-invalid = Ni fyddai'r cynllun yn ddilys: { $problem }
plans-error-cannot-remove = Ni ellir tynnu hwn heb wneud y cynllun yn annilys: { $problems }
plans-local-indicator-name = { $name } (dangosydd lleol)
plans-error-not-a-next-step = Nid yw “{ $step }” yn gam y gall { $kind ->
    [outcome] y canlyniad interim hwn
    [output] yr allbwn hwn
   *[activity] y gweithgaredd hwn
} arwain ato; dewiswch o'r rhestr
plans-error-link-direction = ni all { $from ->
    [goal] nod
    [outcome] canlyniad interim
    [output] allbwn
   *[activity] gweithgaredd
} arwain at { $to ->
    [goal] nod
    [outcome] ganlyniad interim
    [output] allbwn
   *[activity] weithgaredd
}: mae gweithgareddau'n arwain at allbynnau, allbynnau at ganlyniadau interim, a chanlyniadau at ganlyniadau eraill neu at y nod
plans-error-link-repeated = Mae'r cyswllt hwnnw eisoes yn y cynllun; dewiswch bâr arall neu newidiwch y cyswllt sy'n bodoli
plans-error-target-wrong-side = { $direction ->
    [up] Mae'r targed { $target } yn is na'r llinell sylfaen { $baseline } ond gorau po uchaf; newidiwch y targed neu ba ffordd sydd orau
   *[down] Mae'r targed { $target } yn uwch na'r llinell sylfaen { $baseline } ond gorau po isaf; newidiwch y targed neu ba ffordd sydd orau
}
plans-error-group-in-use = Mae dangosyddion yn defnyddio'r grŵp targed “{ $group }”. Newidiwch y dangosyddion hynny i fesur grwpiau eraill yn gyntaf, yna tynnwch y grŵp.
plans-error-domain-not-of-type = Dewiswch un o'r parthau a restrir ar gyfer y math hwn
plans-error-not-a-rights-indicator = Nid yw “{ $indicator }” yn ddangosydd Hawliau a Chyfrifoldebau; dewiswch o'r rhestr
plans-error-no-rights = Dewiswch o leiaf un hawl neu gyfrifoldeb, neu disgrifiwch nhw yn eich geiriau eich hun
plans-error-no-domains-chosen = Nid oes parth wedi'i ddewis yn yr ymarfer eto
plans-error-forward-empty = Ysgrifennwch o leiaf un gweithgaredd, allbwn neu ganlyniad o'r cynllun arferol

plans-progress-computing = Mae'r amcangyfrifon yn cael eu cyfrifo; ail-lwythwch y dudalen ymhen ychydig eiliadau.
plans-progress-too-few = Rhy ychydig o ymatebion yn y don ddiweddaraf i ddangos amcangyfrif.
plans-progress-no-estimate = Nid oes gan y set ddata amcangyfrif ar gyfer y mesur hwn eto.
plans-progress-unreliable = Nid yw'r amcangyfrif yn ddibynadwy: mae'n seiliedig ar ychydig o ymatebion.

## Y ffurflenni golygu: labeli, awgrymiadau, botymau a'r camgymeriadau y maent yn eu dal.
plans-form-error-date = { $what }: rhaid iddo fod yn ddyddiad go iawn ar y ffurf blwyddyn-mis-diwrnod, er enghraifft 2025-09-01
plans-form-error-percentage = { $what }: canran yw hwn, felly rhaid iddo fod rhwng 0 a 100
plans-form-error-number = { $what }: rhaid iddo fod yn rhif, fel 35 neu 4.5
plans-form-error-unreadable = Ni ellid darllen y ffurflen; gwiriwch bob ateb a'i hanfon eto
plans-form-start-date-what = Y dyddiad dechrau
plans-form-baseline-what = Y llinell sylfaen
plans-form-target-what = Y targed
plans-form-target-date-what = Dyddiad y targed
plans-form-baseline-date-what = Dyddiad y llinell sylfaen
plans-form-no-particular-domain = Dim parth penodol
plans-form-continue = Parhau
plans-form-kind = Ai ar gyfer un ymyriad neu strategaeth y mae'r cynllun hwn?
plans-form-kind-error = Dewiswch ai ar gyfer un ymyriad neu strategaeth y mae'r cynllun

plans-form-details-heading = Manylion y cynllun
plans-form-details-title = Teitl
plans-form-details-title-hint = Enw byr y bydd pobl yn ei adnabod.
plans-form-details-title-error = Rhowch deitl i'r cynllun
plans-form-details-problem = Y broblem integreiddio
plans-form-details-problem-hint = Beth sy'n digwydd nawr y mae'r gwaith yn ymateb iddo, ac i bwy?
plans-form-details-start-date = Pryd mae'r gwaith yn dechrau?
plans-form-details-start-date-hint = Ysgrifennwch y dyddiad ar y ffurf blwyddyn-mis-diwrnod, er enghraifft 2025-09-01. Gadewch yn wag os nad yw'n hysbys eto.
plans-form-details-domains = At ba barthau o'r fframwaith y mae'r gwaith yn anelu?
plans-form-details-domains-hint = Mae'r canllaw yn awgrymu dechrau o un parth ym mhob math o barth.
plans-form-details-submit = Cadw'r manylion

plans-form-goal-prompt = Pa newid hirdymor rydych am ei weld? Disgrifiwch y byd fel y bydd pan fydd y gwaith wedi llwyddo.
plans-form-goal-submit = Cadw'r nod
plans-form-goal-error = Rhowch y nod hirdymor: y newid rydych am ei weld

plans-form-target-group-heading-add = Ychwanegu grŵp targed
plans-form-target-group-heading-change = Newid grŵp targed
plans-form-target-group-prompt = Ar gyfer pwy mae'r gwaith? Enwch grwpiau ar y ddwy ochr: newydd-ddyfodiaid a'r gymuned sy'n croesawu.
plans-form-target-group-name = Pwy ydyn nhw?
plans-form-target-group-name-hint = Er enghraifft: menywod sydd newydd gyrraedd ac yn dysgu Saesneg; trigolion hirsefydlog yr ystâd.
plans-form-target-group-side = Ar ba ochr i integreiddio y maen nhw?
plans-form-target-group-submit = Cadw'r grŵp targed
plans-form-target-group-name-error = Rhowch pwy yw'r grŵp
plans-form-target-group-side-error = Dewiswch ai newydd-ddyfodiaid neu'r gymuned sy'n croesawu yw'r grŵp
plans-form-target-group-remove = Tynnu'r grŵp targed hwn

plans-form-outcome-heading-add = Ychwanegu canlyniad interim
plans-form-outcome-heading-change = Newid canlyniad interim
plans-form-outcome-prompt = Pa newidiadau tymor byr mewn ymddygiad neu amgylchiadau a fyddai'n arwain at y nod hirdymor? Ysgrifennwch bob un fel newid sydd wedi digwydd.
plans-form-outcome-text = Y canlyniad interim
plans-form-outcome-next = At beth mae'n arwain?
plans-form-outcome-next-hint = Y nod, neu ganlyniad interim arall y mae'n helpu i'w sicrhau.
plans-form-outcome-submit = Cadw'r canlyniad interim
plans-form-outcome-error = Disgrifiwch y canlyniad interim
plans-form-outcome-remove = Tynnu'r canlyniad hwn

plans-form-output-heading-add = Ychwanegu allbwn
plans-form-output-heading-change = Newid allbwn
plans-form-output-prompt = Beth fydd y gwaith yn ei gynhyrchu y gellir ei gyfrif: sesiynau a gynhaliwyd, pobl a gyrhaeddwyd, deunyddiau a wnaed?
plans-form-output-text = Yr allbwn
plans-form-output-next = At ba ganlyniadau interim y mae'n arwain?
plans-form-output-next-hint = Dewiswch bob canlyniad y mae'r allbwn hwn yn helpu i'w sicrhau.
plans-form-output-submit = Cadw'r allbwn
plans-form-output-error = Disgrifiwch yr allbwn
plans-form-output-remove = Tynnu'r allbwn hwn

plans-form-activity-heading-add = Ychwanegu gweithgaredd
plans-form-activity-heading-change = Newid gweithgaredd
plans-form-activity-prompt = Beth fyddwch yn ei wneud i gynhyrchu'r allbynnau hynny, a gyda pha adnoddau: arian, staff, gwirfoddolwyr, lleoedd, deunyddiau?
plans-form-activity-text = Y gweithgaredd
plans-form-activity-resources = Adnoddau
plans-form-activity-resources-hint = Un ar bob llinell: arian, staff, gwirfoddolwyr, lleoedd, offer, deunyddiau.
plans-form-activity-next = Pa allbynnau y mae'n eu cynhyrchu?
plans-form-activity-next-hint = Dewiswch bob allbwn y mae'r gweithgaredd hwn yn ei gynhyrchu.
plans-form-activity-submit = Cadw'r gweithgaredd
plans-form-activity-error = Disgrifiwch y gweithgaredd
plans-form-activity-remove = Tynnu'r gweithgaredd hwn

plans-form-link-heading-add = Ychwanegu cyswllt
plans-form-link-heading-change = Newid cyswllt
plans-form-link-prompt = Pa gam sy'n arwain at ba un? Mae gweithgareddau'n arwain at allbynnau, allbynnau at ganlyniadau interim, a chanlyniadau at ganlyniadau eraill neu at y nod.
plans-form-link-from = O (y cam cynharaf)
plans-form-link-to = Yn arwain at (y cam diweddarach)
plans-form-link-submit = Cadw'r cyswllt
plans-form-link-from-error = Dewiswch y cam y mae'r cyswllt yn dechrau ohono
plans-form-link-to-error = Dewiswch y cam y mae'n arwain ato
plans-form-link-remove = Tynnu'r cyswllt hwn

plans-form-assumption-heading-add = Ychwanegu rhagdybiaeth: “{ $from }” yn arwain at “{ $to }”
plans-form-assumption-heading-change = Newid rhagdybiaeth: “{ $from }” yn arwain at “{ $to }”
plans-form-assumption-prompt = Beth sy'n rhaid iddo fod yn wir i'r cyswllt hwn ddal? Beth yw'r dystiolaeth ei fod yn wir?
plans-form-assumption-text = Beth sy'n rhaid iddo fod yn wir?
plans-form-assumption-status = A yw'n dal hyd yma?
plans-form-assumption-submit = Cadw'r rhagdybiaeth
plans-form-assumption-error = Rhowch beth sy'n rhaid iddo fod yn wir i'r cyswllt ddal
plans-form-assumption-remove = Tynnu'r rhagdybiaeth hon
plans-form-evidence-heading = Tystiolaeth { $number }
plans-form-evidence-source = O ble y daw
plans-form-evidence-source-hint = Adroddiad, set ddata, arolwg, sgwrs. Gadewch yn wag os nad oes tystiolaeth yma.
plans-form-evidence-kind = Pa fath o dystiolaeth
plans-form-evidence-kind-blank = Dewiswch fath
plans-form-evidence-strength = Pa mor gryf y mae'n cefnogi'r rhagdybiaeth
plans-form-evidence-strength-blank = Dewiswch gryfder
plans-form-evidence-kind-error = Dewiswch pa fath o dystiolaeth yw tystiolaeth { $number }
plans-form-evidence-strength-error = Dewiswch pa mor gryf y mae tystiolaeth { $number } yn cefnogi'r rhagdybiaeth

plans-form-barrier-heading-add = Ychwanegu rhwystr
plans-form-barrier-heading-change = Newid rhwystr
plans-form-barrier-prompt = Beth sy'n rhwystro integreiddio yma?
plans-form-barrier-text = Y rhwystr
plans-form-barrier-domain = Y parth y mae'n perthyn iddo
plans-form-barrier-submit = Cadw'r rhwystr
plans-form-barrier-error = Disgrifiwch y rhwystr
plans-form-barrier-remove = Tynnu'r rhwystr hwn

plans-form-stakeholder-heading-add = Ychwanegu rhanddeiliad
plans-form-stakeholder-heading-change = Newid rhanddeiliad
plans-form-stakeholder-prompt = Pwy sy'n cymryd rhan yn y gwaith o ddylunio, cyflawni a gwerthuso? Cynhwyswch newydd-ddyfodiaid, y gymuned sy'n croesawu a sefydliadau o'r dechrau.
plans-form-stakeholder-name = Pwy ydyn nhw
plans-form-stakeholder-kind = Pa fath o randdeiliad
plans-form-stakeholder-role = Beth maen nhw'n ei wneud yn y cynllun
plans-form-stakeholder-involved = Pryd maen nhw'n cymryd rhan gyntaf?
plans-form-stakeholder-submit = Cadw'r rhanddeiliad
plans-form-stakeholder-name-error = Rhowch pwy yw'r rhanddeiliad
plans-form-stakeholder-kind-error = Dewiswch pa fath o randdeiliad ydyn nhw
plans-form-stakeholder-involved-error = Dewiswch pryd maen nhw'n cymryd rhan gyntaf
plans-form-stakeholder-remove = Tynnu'r rhanddeiliad hwn

plans-form-indicator-heading-add = Ychwanegu dangosydd ar gyfer “{ $outcome }”
plans-form-indicator-heading-change = Newid dangosydd ar gyfer “{ $outcome }”
plans-form-indicator-prompt = Dangosydd: { $name }. Gosodwch darged yn erbyn llinell sylfaen leol: ble mae pethau nawr, yma, ar gyfer y grwpiau hyn.
plans-form-indicator-choose-first = Dewiswch ddangosydd yn gyntaf: agorwch dudalen “Dewis dangosydd” y canlyniad.
plans-form-indicator-groups = Ar gyfer pwy y caiff ei fesur?
plans-form-indicator-groups-hint = Mesurwch y gymuned sy'n croesawu yn ogystal â newydd-ddyfodiaid lle gallwch.
plans-form-indicator-group-newcomers = Newydd-ddyfodiaid i gyd
plans-form-indicator-group-receiving = Y gymuned sy'n croesawu i gyd
plans-form-indicator-group-both = Newydd-ddyfodiaid a'r gymuned sy'n croesawu
plans-form-indicator-direction = Pa ffordd sydd orau?
plans-form-indicator-baseline = Llinell sylfaen: y gwerth nawr, cyn y gwaith
plans-form-indicator-unit-percent = Canran o 0 i 100: am 35% ysgrifennwch 35.
plans-form-indicator-unit-own = Rhif yn uned y dangosydd ei hun.
plans-form-indicator-baseline-source = O ble daw'r llinell sylfaen?
plans-form-indicator-baseline-note = Am y llinell sylfaen
plans-form-indicator-baseline-note-hint = Yr arolwg, y dyddiad, y sampl.
plans-form-indicator-target = Targed: y gwerth y gobeithir amdano
plans-form-indicator-target-date = Erbyn pryd y dylid cyrraedd y targed?
plans-form-indicator-target-date-hint = Blwyddyn-mis-diwrnod, er enghraifft 2026-07-31.
plans-form-indicator-submit = Cadw'r dangosydd
plans-form-indicator-error = Dewiswch ddangosydd yn gyntaf
plans-form-indicator-groups-error = Dewiswch ar gyfer pwy y caiff y dangosydd ei fesur
plans-form-indicator-direction-error = Dewiswch ai gorau po uchaf neu gorau po isaf
plans-form-indicator-remove = Tynnu'r dangosydd hwn

plans-form-local-indicator-heading = Ychwanegu dangosydd lleol ar gyfer “{ $outcome }”
plans-form-local-indicator-prompt = Pan nad oes dangosydd yn y catalog yn addas, ysgrifennwch eich un eich hun. Dywedwch beth sy'n cael ei gyfrif neu ei ofyn, a gan bwy.
plans-form-local-indicator-name = Geiriad y dangosydd
plans-form-local-indicator-name-hint = Er enghraifft: cyfran y menywod sy'n dod a siaradodd Saesneg â chymydog yr wythnos hon.
plans-form-local-indicator-domain = Y parth y mae'n ei fesur
plans-form-local-indicator-name-error = Rhowch eiriad y dangosydd

plans-form-evaluation-heading = Cynllun gwerthuso ar gyfer “{ $outcome }”
plans-form-evaluation-prompt = Sut y byddwch yn gwybod a yw'r canlyniad hwn yn digwydd? Cynlluniwch y gwerthuso cyn i'r gwaith ddechrau.
plans-form-evaluation-methods = Sut y byddwch yn casglu data?
plans-form-evaluation-methods-hint = Mae dulliau ysgafn fel nodiadau ar ddiwedd sesiwn yn cyfrif: mae'r canllaw yn eu hannog.
plans-form-evaluation-method-detail = { $method }: manylion (dewisol)
plans-form-sample-heading = Sampl { $number }
plans-form-sample-who = Pwy
plans-form-sample-none = Dim sampl yma
plans-form-sample-description = Pwy sydd ynddo a sut y cânt eu dewis
plans-form-sample-size = Faint o bobl rydych yn gobeithio clywed ganddynt
plans-form-sample-size-error = Rhaid i faint sampl { $number } fod yn nifer cyfan o bobl, mwy na 0
plans-form-evaluation-when = Pryd
plans-form-evaluation-baseline-date = Dyddiad y llinell sylfaen
plans-form-evaluation-baseline-date-hint = Pryd y caiff y llinell sylfaen ei chasglu, ar y ffurf blwyddyn-mis-diwrnod. Casglwch hi cyn i'r gwaith ddechrau.
plans-form-evaluation-baseline-note = Amseru'r llinell sylfaen mewn geiriau (dewisol)
plans-form-evaluation-baseline-note-hint = Er enghraifft: ar ymweliad cyntaf pob cyfranogwr.
plans-form-evaluation-collections = Dyddiadau casglu
plans-form-evaluation-collections-hint = Un ar bob llinell: y dyddiad ar y ffurf blwyddyn-mis-diwrnod, bwlch, yna beth a gesglir. Er enghraifft: 2025-12-12 Arolwg hanner ffordd. Casglwch yn ystod y gwaith, nid ar y diwedd yn unig.
plans-form-evaluation-frequency = Pa mor aml (dewisol)
plans-form-evaluation-analysis-heading = Dadansoddi a chyfrifoldeb
plans-form-evaluation-analysis = Sut y caiff y data eu dadansoddi
plans-form-evaluation-responsible = Pwy sy'n gyfrifol
plans-form-evaluation-submit = Cadw'r cynllun gwerthuso
plans-form-evaluation-remove = Tynnu'r cynllun gwerthuso hwn
plans-form-collection-no-label = Nid oes disgrifiad gan linell { $line } o'r dyddiadau casglu; ar ôl y dyddiad, dywedwch beth a gesglir
plans-form-collection-no-date = Nid yw llinell { $line } o'r dyddiadau casglu yn dechrau â dyddiad ar y ffurf blwyddyn-mis-diwrnod, er enghraifft 2025-12-12

## Creu cynllun (camau 1 a 2).
plans-new-title = Beth yw enw'r cynllun?
plans-new-title-hint = Enw byr y bydd pobl yn ei adnabod, fel “Caffi iaith a chyfeillgarwch”.
plans-new-title-error = Rhowch enw'r cynllun
plans-new-problem = Beth yw'r broblem integreiddio?
plans-new-problem-hint = Beth sy'n digwydd nawr y mae'r gwaith yn ymateb iddo, ac i bwy? Defnyddiwch eiriau'r bobl dan sylw lle gallwch.
plans-new-newcomer-groups = Ar gyfer pa grwpiau o newydd-ddyfodiaid y mae?
plans-new-newcomer-groups-hint = Un grŵp ar bob llinell, er enghraifft: menywod sydd newydd gyrraedd ac yn dysgu Saesneg.
plans-new-receiving-groups = Ar gyfer pa grwpiau o'r gymuned sy'n croesawu y mae?
plans-new-receiving-groups-hint = Un grŵp ar bob llinell, er enghraifft: trigolion y strydoedd o amgylch y ganolfan gymunedol. Mae integreiddio'n mynd i'r ddau gyfeiriad: cynlluniwch ar gyfer y ddwy ochr.
plans-new-start-date = Pryd mae'r gwaith yn dechrau? (dewisol)
plans-new-start-date-hint = Blwyddyn-mis-diwrnod, er enghraifft 2025-09-01.
plans-new-step1-heading = Creu cynllun: y broblem ac ar gyfer pwy y mae
plans-new-step1-prompt = Gweithiwch yn ôl, fel y mae'r canllaw yn ei ddysgu: dechreuwch o'r broblem a'r bobl, yna'r nod hirdymor, yna'r hyn sy'n arwain ato.
plans-new-step1-submit = Parhau at y nod
plans-new-goal = Pa newid hirdymor rydych am ei weld?
plans-new-goal-hint = Disgrifiwch y byd fel y bydd pan fydd y gwaith wedi llwyddo, er enghraifft: mae'r menywod yn teimlo'n hyderus yn defnyddio Saesneg bob dydd.
plans-new-step2-heading = Creu cynllun: nod hirdymor “{ $title }”
plans-new-step2-submit = Cadw a pharhau at y canlyniadau

## Cynnydd a farnwyd o'r dystiolaeth y mae pob dangosydd yn ei henwi (mater 14).
plans-progress-participants = Cyfranogwyr y cynllun
plans-progress-no-answers = Nid oes yr un cyfranogwr wedi ateb y dangosydd hwn ar y llinell sylfaen eto.
plans-progress-no-follow-up = Dim atebion dilynol eto: bydd cynnydd yn ymddangos pan fydd yr un bobl yn ateb eto.
plans-progress-no-dataset = Nid yw set ddata { $dataset } yn un o setiau data eich sefydliad mwyach: dewiswch y dystiolaeth eto.
plans-progress-no-measure = Nid oes gan y set ddata fesur ar gyfer y dangosydd hwn: mapiwch y dangosydd yn y set ddata, neu dewiswch dystiolaeth arall.
plans-progress-filter-empty = Nid oes yr un rhes o'r set ddata yn cyfateb i'r hidlydd: gwiriwch y newidyn a'r gwerth sy'n dewis y bobl y mae'r gwaith yn eu cyrraedd.
plans-progress-unit-mismatch = Heb ei farnu: mae'r llinell sylfaen a'r targed yn “{ $unit }” ond mae'r dystiolaeth yn rhoi “{ $evidence }”. Newidiwch yr uned neu'r dystiolaeth.
plans-progress-not-judged-context = Cyd-destun yn unig
plans-progress-not-judged-context-why = Poblogaeth ehangach na'r bobl y mae'r gwaith yn eu cyrraedd: fe'i dangosir i gymharu, ac ni chaiff byth ei barnu yn erbyn y targed.
plans-progress-not-judged-before_start = Cyn i'r cynllun ddechrau
plans-progress-not-judged-before_start-why = Fe'i casglwyd cyn i'r cynllun ddechrau: llinell sylfaen yw hi, nid cynnydd, felly ni chaiff ei barnu yn erbyn y targed.
plans-progress-not-judged-no_start_date = Dim dyddiad dechrau
plans-progress-not-judged-no_start_date-why = Nid oes gan y cynllun ddyddiad dechrau, felly ni ellir gosod y set ddata cyn nac ar ei ôl: ychwanegwch y dyddiad dechrau at fanylion y cynllun.
plans-progress-not-judged-no_period = Dyddiad casglu yn anhysbys
plans-progress-not-judged-no_period-why = Nid yw'r set ddata yn dweud pryd y'i casglwyd (nid yw ei thonnau wedi'u henwi yn ôl blwyddyn, mis na dyddiad), felly ni ellir ei barnu yn erbyn y targed.
plans-progress-not-judged-unit_mismatch = Unedau'n wahanol
plans-progress-not-judged-unit_mismatch-why = Heb ei farnu: mae'r dystiolaeth mewn uned wahanol i'r llinell sylfaen a'r targed. Newidiwch yr uned neu'r dystiolaeth.

## Ffurflen y dangosydd: uned a thystiolaeth.
plans-form-indicator-unit = Ym mha uned y mesurir y llinell sylfaen a'r targed?
plans-form-indicator-unit-error = Dewiswch ym mha uned y mesurir y llinell sylfaen a'r targed
plans-form-indicator-unit-min = Gwerth isaf y raddfa
plans-form-indicator-unit-max = Gwerth uchaf y raddfa
plans-form-indicator-unit-scale-hint = Ar gyfer cymedr ar raddfa yn unig: ar gyfer atebion o 0 i 10, ysgrifennwch 0 a 10.
plans-form-indicator-unit-min-what = Gwerth isaf y raddfa
plans-form-indicator-unit-max-what = Gwerth uchaf y raddfa
plans-form-indicator-source = O ble daw'r dystiolaeth o gynnydd?
plans-form-indicator-source-hint = Dim ond cyfranogwyr y cynllun, neu set ddata wedi'i hidlo iddyn nhw, all ddangos a yw'r gwaith ar y trywydd iawn. Cyd-destun yw arolwg o'r dref gyfan.
plans-form-indicator-source-error = Dewiswch o ble daw'r dystiolaeth o gynnydd
plans-form-indicator-dataset = Y set ddata, ar gyfer tystiolaeth o set ddata
plans-form-indicator-dataset-none = Dim
plans-form-indicator-dataset-error = Dewiswch y set ddata sy'n dal y bobl y mae'r gwaith yn eu cyrraedd
plans-form-indicator-filter-variable = Y newidyn sy'n dewis y bobl y mae'r gwaith yn eu cyrraedd
plans-form-indicator-filter-variable-hint = Colofn o'r set ddata, fel attended_cafe. Gadewch yn wag i ddefnyddio pob rhes.
plans-form-indicator-filter-value = Gwerth y newidyn hwnnw ar gyfer y bobl a gyrhaeddir
plans-form-indicator-filter-value-hint = Fel y mae'r set ddata yn ei storio, fel yes neu 1.
plans-form-indicator-context = Setiau data a ddangosir wrth ei ochr fel cyd-destun
plans-form-indicator-context-hint = Arolygon o boblogaeth ehangach, a ddangosir i gymharu ac na chânt byth eu barnu.
plans-progress-unreliable-change = Nid yw'r newid yn ddibynadwy: { $reasons }.
plans-progress-unreliable-attrition = ni chafodd mwy na phumed o'r bobl ar y llinell sylfaen eu dilyn
plans-progress-unreliable-few = mae'n seiliedig ar ychydig o bobl
plans-progress-unreliable-no-interval = nid oes cyfwng, gan fod pawb wedi newid yr un fath neu dim ond un person a ddilynwyd
