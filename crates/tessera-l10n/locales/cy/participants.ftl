# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).
## Cyfranogwyr, caniatâd, mesuriadau, amcangyfrifon newid a logiau allbwn (issue 14).

### Geiriau a ddefnyddir mewn sawl lle

participants-side-newcomers = Newydd-ddyfodiaid
participants-side-receiving_community = Y gymuned sy'n croesawu
participants-point-baseline = Llinell sylfaen
participants-not-recorded = Heb ei gofnodi
participants-answer-yes = Ie
participants-answer-no = Na
participants-standing-active = Caniatâd wedi'i roi
participants-standing-withdrawn = Caniatâd wedi'i dynnu'n ôl ar { $date }
participants-standing-none = Dim caniatâd wedi'i gofnodi

### Meysydd disgrifiadol

participants-field-age_band = Band oedran
participants-field-gender = Rhywedd
participants-field-country_of_birth = Gwlad enedigol
participants-field-year_of_arrival = Blwyddyn cyrraedd y DU
participants-field-language = Prif iaith
participants-age_band-under-18 = O dan 18
participants-age_band-18-24 = 18 i 24
participants-age_band-25-34 = 25 i 34
participants-age_band-35-49 = 35 i 49
participants-age_band-50-64 = 50 i 64
participants-age_band-65-plus = 65 neu hŷn
participants-gender-woman = Menyw
participants-gender-man = Dyn
participants-gender-another = Mewn ffordd arall
participants-gender-not-said = Mae'n well ganddynt beidio â dweud

### Caniatâd

participants-basis-consent = Caniatâd (GDPR y DU, Erthygl 6(1)(a))
participants-basis-contract = Contract (Erthygl 6(1)(b))
participants-basis-legal_obligation = Rhwymedigaeth gyfreithiol (Erthygl 6(1)(c))
participants-basis-vital_interests = Buddiannau hanfodol (Erthygl 6(1)(d))
participants-basis-public_task = Tasg gyhoeddus (Erthygl 6(1)(e))
participants-basis-legitimate_interests = Buddiannau dilys (Erthygl 6(1)(f))
participants-method-paper = Ar ffurflen bapur
participants-method-verbal_witnessed = Ar lafar, gyda thyst
participants-method-online = Ar-lein

### Cyfnodau'r logiau allbwn

participants-period-month = { $month } { $year }
participants-period-quarter = Chwarter { $quarter } { $year }

### Problemau gyda'r hyn a anfonwyd

participants-error-not-found = Nid oes cyfranogwr gyda'r cod hwn yn eich sefydliad. Gwiriwch y cod, neu chwiliwch am yr unigolyn yn y gofrestr cyfranogwyr.
participants-error-date = Nid yw “{ $value }” yn ddyddiad. Ysgrifennwch ef fel 2025-09-01 neu 01/09/2025.
participants-error-date-future = Mae'r dyddiad yn y dyfodol. Rhowch y diwrnod y digwyddodd.
participants-error-field-unknown = Nid yw “{ $field }” yn un o feysydd cyfranogwyr eich sefydliad. Dewiswch y meysydd ar dudalen gosodiadau'r cyfranogwyr yn gyntaf.
participants-error-field-choice = Nid yw “{ $value }” yn un o'r dewisiadau ar gyfer { $field }. Dewiswch un o'r rhestr, neu gadewch ef yn wag.
participants-error-field-year = Nid yw “{ $value }” yn flwyddyn ar gyfer { $field }. Ysgrifennwch bedwar digid, fel 2019.
participants-error-field-long = Mae { $field } yn hirach na { $max } nod. Byrhewch ef.
participants-error-own-fields-many = Gall eich sefydliad ychwanegu { $max } maes ei hun ar y mwyaf. Tynnwch rai.
participants-error-own-field-long = Gall enw maes fod yn { $max } nod ar y mwyaf.
participants-error-consent-nothing = Ticiwch o leiaf un peth y cytunodd yr unigolyn iddo.
participants-error-consent-basis = Dewiswch y sail gyfreithlon dros gadw a defnyddio atebion yr unigolyn hwn.
participants-error-consent-method = Dewiswch sut y rhoddodd yr unigolyn ei gytundeb.
participants-error-consent-witness = Rhowch enw'r sawl a welodd y cytundeb ar lafar.
participants-error-consent-not-found = Nid oes gan y cyfranogwr hwn gofnod caniatâd gyda'r rhif hwnnw.
participants-error-notes-long = Mae'r nodiadau yn hirach na { $max } nod. Byrhewch nhw.
participants-error-withdrawn-before-given = Ni all y tynnu'n ôl fod yn gynharach na'r diwrnod y rhoddwyd caniatâd ({ $date }).
participants-error-side = Dewiswch ar ba ochr y mae'r unigolyn: newydd-ddyfodiaid neu'r gymuned sy'n croesawu.
participants-error-reference-long = Gall eich cyfeirnod fod yn { $max } nod ar y mwyaf.
participants-error-reference-taken = Mae gan gyfranogwr arall y cyfeirnod hwn yn barod. Rhaid i bob cyfeirnod fod yn unigryw yn eich sefydliad.
participants-error-plan = Nid yw “{ $plan }” yn un o gynlluniau eich sefydliad.
participants-error-target-group = Nid yw “{ $group }” yn grŵp targed yn y cynllun “{ $plan }”.
participants-error-target-group-side = Mae'r grŵp targed “{ $group }” ar yr ochr arall. Dewiswch grŵp targed ar ochr yr unigolyn, neu ddim un.
participants-error-contact-long = Mae hwn yn hirach na { $max } nod. Byrhewch ef.
participants-error-contact-email = Rhowch gyfeiriad e-bost gydag @, neu gadewch ef yn wag.
participants-error-points-many = Gall cynllun fod â { $max } pwynt casglu eich hun ar y mwyaf.
participants-error-point-long = Gall enw pwynt casglu fod yn { $max } nod ar y mwyaf.
participants-error-point-twice = Mae “{ $point }” wedi'i enwi ddwywaith (neu dyma'r llinell sylfaen, sydd gan bob cynllun yn barod).
participants-error-answer-yes-no = Nid yw “{ $value }” yn ateb i gwestiwn ie/na. Ysgrifennwch ie neu na (neu 1 neu 0), neu gadewch ef yn wag.
participants-error-answer-number = Nid yw “{ $value }” yn rhif. Ysgrifennwch rif, fel 7 neu 6.5, neu gadewch ef yn wag.
participants-error-indicator = Nid yw “{ $indicator }” yn un o ddangosyddion y cynllun hwn.
participants-error-not-in-plan = Nid yw { $code } yn cymryd rhan yn “{ $plan }”. Ychwanegwch y cynllun at fanylion yr unigolyn yn gyntaf.
participants-error-point = Nid yw “{ $point }” yn un o bwyntiau casglu'r cynllun hwn.
participants-error-no-answers = Rhowch o leiaf un ateb.
participants-error-withdrawn = Tynnodd { $code } ganiatâd yn ôl ar { $date }: ni ellir casglu na defnyddio rhagor o atebion.
participants-error-no-consent = Nid oes gan { $code } gofnod caniatâd sy'n cytuno i gymryd rhan ac i ddefnyddio ei atebion. Cofnodwch ei ganiatâd yn gyntaf.
participants-error-before-consent = Mae'r atebion wedi'u dyddio cyn caniatâd yr unigolyn ({ $date }). Gwiriwch y dyddiad, neu cofnodwch y caniatâd a roddwyd yn gynharach.
participants-error-stored-value = Nid yw'r ateb “{ $value }” gan { $code } yn “{ $point }” yn cael ei ganiatáu ar gyfer ei ddangosydd. Cywirwch y mesuriad hwnnw.
participants-error-breakdown = Nid yw “{ $field }” yn un o feysydd cyfranogwyr eich sefydliad.
participants-error-output = Dewiswch un o allbynnau'r cynllun.
participants-error-period-order = Mae'r diwrnod olaf cyn y diwrnod cyntaf.
participants-error-count = Nid yw “{ $value }” yn rhif cyfan o 0 neu fwy.
participants-error-rows-many = Gall cofnod fod â { $max } rhes o bresenoldeb ar y mwyaf.
participants-error-attendance-choice = Dewiswch rywedd a band oedran o'r rhestrau, neu gadewch nhw'n wag.
participants-error-log-empty = Rhowch nifer y sesiynau, neu o leiaf un rhes o bresenoldeb.
participants-error-measure = Dewiswch beth mae'r targed yn ei gyfrif: sesiynau neu bresenoldebau.
participants-error-period = Dewiswch y cyfnod y mae'r targed ar ei gyfer.
participants-error-log-not-found = Nid oes gan y cynllun hwn gofnod log allbwn gyda'r rhif hwnnw.

### Mewnforio atebion o ffeil

participants-import-too-large = Mae'r ffeil yn fwy na { $mb } MB.
participants-import-format = Nid yw “{ $file }” yn ffeil y gall Tessera ddarllen atebion ohoni. Llwythwch ffeil CSV (.csv, .tsv neu .txt) neu Excel (.xlsx).
participants-import-unreadable = Nid oedd modd darllen y ffeil: { $reason }
participants-import-no-code-column = Nid oes gan y ffeil golofn o godau cyfranogwyr. Rhowch y pennawd “code” arni.
participants-import-no-point-column = Nid oes gan y ffeil golofn o bwyntiau casglu. Rhowch y pennawd “point” arni.
participants-import-no-date-column = Nid oes gan y ffeil golofn o ddyddiadau. Rhowch y pennawd “date” arni.
participants-import-unknown-column = Nid yw'r golofn “{ $column }” yn un o ddangosyddion y cynllun hwn. Rhowch ddangosydd y cynllun yn bennawd iddi (gweler y rhestr ar y dudalen hon), neu tynnwch hi.
participants-import-no-indicators = Nid oes gan y ffeil golofn ar gyfer unrhyw un o ddangosyddion y cynllun hwn.
participants-import-code-missing = Mae cod y cyfranogwr ar goll.
participants-import-code-unknown = Nid yw “{ $code }” yn god nac yn gyfeirnod un o gyfranogwyr eich sefydliad.
participants-import-row-empty = Nid oes atebion yn y rhes.
participants-import-twice = Mae gan y ffeil atebion { $code } yn “{ $point }” fwy nag unwaith.
participants-import-no-rows = Nid oes rhesi o atebion o dan bennawd y ffeil.

### Tudalennau: geiriau a ddefnyddir ar sawl un

participants-breadcrumbs = Briwsion bara
participants-errors-title = Mae problem
participants-error-prefix = Gwall:
participants-notice-title = Wedi'i wneud
participants-warning = Rhybudd
participants-code = Cod
participants-reference = Eich cyfeirnod
participants-side = Ochr
participants-plans = Cynlluniau
participants-plan = Cynllun
participants-target-group = Grŵp targed
participants-consent = Caniatâd
participants-point = Pwynt casglu
participants-date = Dyddiad
participants-answers = Atebion
participants-answer-none = Heb ei ofyn
participants-registered = Wedi'i gofrestru
participants-registered-by = Cofrestrwyd gan { $who } ar { $when }
participants-count = { $count ->
    [zero] Dim cyfranogwyr
    [one] { $count } cyfranogwr
    [two] { $count } gyfranogwr
    [few] { $count } chyfranogwr
    [many] { $count } chyfranogwr
   *[other] { $count } cyfranogwr
}

### Y gofrestr

participants-register-title = Cyfranogwyr
participants-register-intro = Y bobl y mae gwaith eich cynlluniau yn eu cyrraedd, pob un yn cael ei adnabod gan god. Mae eu hatebion ar y llinell sylfaen ac ym mhob dilyniant yn dangos sut mae pethau'n newid iddynt.
participants-register-privacy = Does dim angen enwau na manylion cyswllt byth. Os ydych yn eu cadw, cânt eu storio ar wahân, eu dangos i olygyddion a pherchnogion yn unig, a byth eu hallforio gydag atebion.
participants-register-add = Cofrestru cyfranogwr
participants-register-filter = Dangos cyfranogwyr
participants-register-all-plans = Pob cynllun
participants-register-show = Dangos
participants-register-empty = Does dim cyfranogwyr eto.
participants-settings-link = Dewis beth rydych yn ei gofnodi am gyfranogwyr
participants-done-erased = Mae'r cyfranogwr wedi'i ddileu. Dim ond nodyn iddo ddigwydd, gyda'i god, sy'n aros yn y log archwilio.
participants-done-settings = Mae meysydd eich cyfranogwyr wedi'u cadw.

### Cofrestru a newid cyfranogwr

participants-form-new-title = Cofrestru cyfranogwr
participants-form-new-intro = Mae Tessera yn rhoi cod i'r unigolyn, fel P-7K3Q9. Defnyddiwch ef ar ffurflenni papur ac mewn ffeiliau yn lle ei enw.
participants-form-edit-title = Newid manylion { $code }
participants-form-reference-hint = Dewisol: eich cyfeirnod eich hun ar gyfer yr unigolyn hwn, fel rhif achos. Rhaid iddo fod yn unigryw yn eich sefydliad.
participants-form-plans-hint = Y cynlluniau y mae'r unigolyn hwn yn cymryd rhan ynddynt, a grŵp targed y cynllun y mae'n perthyn iddo.
participants-form-group = Grŵp targed yn { $plan }
participants-form-no-group = Dim grŵp targed penodol
participants-form-about = Am yr unigolyn
participants-form-about-hint = Y cyfan yn ddewisol. Maent yn gadael i chi weld newid fesul grŵp; peidiwch byth â nodi unrhyw beth nad yw'r unigolyn wedi cytuno i'w rannu.
participants-form-register = Cofrestru
participants-form-save = Cadw'r newidiadau
participants-done-registered = Mae'r cyfranogwr wedi'i gofrestru. Cofnodwch ei ganiatâd cyn ei atebion.
participants-done-updated = Mae'r manylion wedi'u cadw.

### Tudalen cyfranogwr

participants-show-title = Cyfranogwr { $code }
participants-show-caption = Cyfranogwr
participants-show-details = Manylion
participants-show-no-plans = Heb fod mewn unrhyw gynllun eto
participants-show-consent = Caniatâd
participants-show-no-consent = Does dim caniatâd wedi'i gofnodi. Ni ellir casglu atebion nes iddo gael ei gofnodi.
participants-show-answers = Atebion
participants-show-no-answers = Does dim atebion wedi'u cofnodi eto.
participants-action-measure = Cofnodi atebion
participants-action-consent = Cofnodi caniatâd
participants-action-edit = Newid manylion
participants-action-subject-access = Popeth a gedwir am yr unigolyn hwn (mynediad at ddata)
participants-action-erase = Dileu'r unigolyn hwn
participants-done-consent = Mae'r caniatâd wedi'i gofnodi.
participants-done-withdrawn = Mae'r tynnu'n ôl wedi'i gofnodi. Ni ellir casglu rhagor o atebion, ac nid yw ei atebion yn cyfrif mewn unrhyw ffigur mwyach.
participants-done-measured = Mae'r atebion wedi'u cadw.
participants-done-contact = Mae'r manylion cyswllt wedi'u cadw.

### Caniatâd

participants-consent-title = Caniatâd { $code }
participants-consent-heading = Cofnodi caniatâd
participants-consent-intro = Cofnodwch yr hyn y cytunodd yr unigolyn iddo, ar y diwrnod y cytunodd. Caiff tynnu'n ôl ei gofnodi ar y cofnod hwn yn nes ymlaen; mae cytundeb newydd yn gofnod newydd.
participants-consent-agreed-legend = Beth wnaethant gytuno iddo?
participants-consent-taking_part = Cymryd rhan
participants-consent-data_use = Defnyddio eu hatebion
participants-consent-stories = Eu stori
participants-consent-sharing = Rhannu ffigurau
participants-consent-taking_part-long = I gymryd rhan yn y gwaith ac ateb ei gwestiynau
participants-consent-data_use-long = I ddefnyddio eu hatebion i fonitro a gwerthuso'r gwaith
participants-consent-stories-long = I gofnodi ac adrodd eu stori
participants-consent-sharing-long = I rannu ffigurau sy'n eu cynnwys gyda phartneriaid a chyllidwyr (byth mewn ffordd sy'n eu hadnabod)
participants-consent-basis = Sail gyfreithlon
participants-consent-basis-hint = Y sail yn GDPR y DU y mae eich sefydliad yn cadw ac yn defnyddio eu hatebion arni. Gofynnwch i'ch arweinydd diogelu data os nad ydych yn siŵr.
participants-consent-method = Sut y'i rhoddwyd
participants-consent-witness = Tyst
participants-consent-witness-hint = Pwy a glywodd gytundeb ar lafar, os oedd ar lafar.
participants-consent-given-on = Dyddiad ei roi
participants-consent-notes = Nodiadau
participants-consent-save = Cofnodi caniatâd
participants-consent-agreed = Wedi cytuno i
participants-consent-withdrawal = Tynnu'n ôl
participants-consent-recorded-by = Cofnodwyd gan { $who }
participants-consent-witnessed-by = Tyst: { $who }
participants-consent-withdrawn-on = Tynnwyd yn ôl ar { $date }
participants-consent-withdraw-date = Dyddiad (heddiw os yn wag)
participants-consent-withdraw = Tynnu'n ôl
participants-consent-current = Cyfredol

### Atebion

participants-measure-title = Atebion { $code }
participants-measure-heading = Cofnodi atebion
participants-measure-no-plans = Nid yw'r unigolyn hwn mewn unrhyw gynllun eto. Ychwanegwch gynllun at ei fanylion yn gyntaf.
participants-measure-which-plan = Ar gyfer pa gynllun mae'r atebion?
participants-measure-continue = Parhau
participants-measure-intro = Atebion ar gyfer “{ $plan }”. Gadewch gwestiwn yn wag os na chafodd ei ofyn. Mae cofnodi atebion mewn pwynt sydd eisoes wedi'i gofnodi yn cymryd lle'r rhai blaenorol.
participants-measure-no-indicators = Does gan y cynllun hwn ddim dangosyddion eto. Ychwanegwch ddangosyddion at ei ganlyniadau yn gyntaf.
participants-measure-date = Y dyddiad y rhoddwyd yr atebion
participants-measure-save = Cadw'r atebion

### Manylion cyswllt

participants-contact-title = Enw a manylion cyswllt
participants-contact-apart = Wedi'u cadw ar wahân i bopeth arall: yn cael eu dangos i olygyddion a pherchnogion yn unig, byth yn cael eu hallforio gydag atebion a byth yn yr API. Gadewch bob maes yn wag i'w tynnu.
participants-contact-none = Does dim yn cael eu cadw.
participants-contact-name = Enw
participants-contact-email = Cyfeiriad e-bost
participants-contact-phone = Ffôn
participants-contact-address = Cyfeiriad
participants-contact-notes = Nodiadau am gysylltu â nhw
participants-contact-save = Cadw'r manylion cyswllt

### Mynediad at ddata a dileu

participants-access-title = Popeth a gedwir am { $code }
participants-access-intro = Copi o bopeth y mae eich sefydliad yn ei gadw am yr unigolyn hwn yn Tessera, a wnaed ar { $when }. Rhowch ef iddynt os ydynt yn gofyn (cais am fynediad at ddata).
participants-access-json = Ei lawrlwytho fel ffeil JSON
participants-access-entry = Cofnod yn y gofrestr
participants-access-audit = Cofnod o newidiadau
participants-access-audit-intro = Pob newid a wnaed i'r hyn a gedwir amdanynt. Mae'r cofnod yn eu henwi yn ôl cod yn unig.
participants-access-when = Pryd
participants-access-who = Pwy
participants-access-what = Beth
participants-audit-create = Wedi'i gofrestru
participants-audit-update = Manylion wedi'u newid
participants-audit-consent = Caniatâd wedi'i gofnodi
participants-audit-withdraw-consent = Caniatâd wedi'i dynnu'n ôl
participants-audit-measure = Atebion wedi'u cofnodi
participants-audit-delete-measurement = Atebion wedi'u dileu
participants-audit-contact-details = Manylion cyswllt wedi'u cadw
participants-audit-contact-details-removed = Manylion cyswllt wedi'u tynnu
participants-audit-erase = Wedi'i ddileu
participants-erase-title = Dileu { $code }
participants-erase-warning = Ni ellir dadwneud dileu.
participants-erase-what = Bydd popeth a gedwir am yr unigolyn hwn yn cael ei ddileu:
participants-erase-measurements = { $count ->
    [zero] dim setiau o atebion
    [one] { $count } set o atebion
    [two] { $count } set o atebion
    [few] { $count } set o atebion
    [many] { $count } set o atebion
   *[other] { $count } set o atebion
}
participants-erase-consents = { $count ->
    [zero] dim cofnodion caniatâd
    [one] { $count } cofnod caniatâd
    [two] { $count } gofnod caniatâd
    [few] { $count } chofnod caniatâd
    [many] { $count } chofnod caniatâd
   *[other] { $count } cofnod caniatâd
}
participants-erase-contact = ei enw a'i fanylion cyswllt
participants-erase-no-contact = does dim manylion cyswllt yn cael eu cadw
participants-erase-entry = ei gofnod yn y gofrestr, ei feysydd a'i gynlluniau
participants-erase-audit = Mae pob ffigur a ddefnyddiodd ei atebion yn ei adael allan o hyn ymlaen. Mae'r log archwilio yn cadw dim ond iddo gael ei ddileu, gyda'i god.
participants-erase-copy-first = Gweld popeth a gedwir amdano yn gyntaf (i roi copi iddo)
participants-erase-button = Dileu { $code }

### Cyfranogwyr a newid

participants-change-title = Cyfranogwyr a newid
participants-change-summary = { $count ->
    [zero] Dim cyfranogwyr yn y cynllun hwn
    [one] { $count } cyfranogwr yn y cynllun hwn
    [two] { $count } gyfranogwr yn y cynllun hwn
    [few] { $count } chyfranogwr yn y cynllun hwn
    [many] { $count } chyfranogwr yn y cynllun hwn
   *[other] { $count } cyfranogwr yn y cynllun hwn
}; defnyddir atebion { $used }; tynnodd { $withdrawn } ganiatâd yn ôl.
participants-change-intro = Sut yr atebodd cyfranogwyr y cynllun ei hun ar y llinell sylfaen ac ym mhob dilyniant, ar gyfer yr un bobl. Mae gan bob newid ei gyfwng { $confidence }: yr ystod y mae'r newid go iawn yn fwyaf tebygol o fod ynddi.
participants-change-small = Mae'r ffigurau hyn ar gyfer eich sefydliad. Mae ffigur sy'n seiliedig ar lai na { $min } o bobl yn cael ei ddangos yma wedi'i farcio, ond byth i neb arall: peidiwch â'i drosglwyddo.
participants-change-by = Dangos yn ôl
participants-change-by-side = Ochr yn unig
participants-change-no-follow-ups = Dim ond atebion y llinell sylfaen sydd hyd yma. Mae newid yn ymddangos ar ôl y dilyniant cyntaf.
participants-change-no-indicators = Does gan y cynllun hwn ddim dangosyddion eto.
participants-change-followed = Wedi'u dilyn
participants-change-of-baseline = o { $count } ar y llinell sylfaen
participants-change-lost-heading = Wedi'u colli ers y llinell sylfaen
participants-change-lost = { $count } ({ $share })
participants-change-levels = Llinell sylfaen → dilyniant
participants-change-change = Newid
participants-change-improved = Gwell
participants-change-same = Yr un fath
participants-change-worsened = Gwaeth
participants-change-status = A ellir ei ddefnyddio?
participants-change-share = { $count } ({ $share })
participants-change-points = { $value } pwynt
participants-change-interval = { $low } i { $high }
participants-change-members = Cyfranogwyr y cynllun
participants-change-no-members = Does dim cyfranogwyr wedi'u cofrestru yn y cynllun hwn eto.
participants-baseline-yes-no = Ar y llinell sylfaen: { $count } o bobl, { $value } yn ateb ie.
participants-baseline-scale = Ar y llinell sylfaen: { $count } o bobl, cyfartaledd { $value }.
participants-baseline-hidden = Ar y llinell sylfaen: { $reason }
participants-sentence-yes-no = { $n ->
    [one] O'r un person a ddilynwyd hyd at “{ $point }”,
   *[other] O'r { $n } o bobl a ddilynwyd hyd at “{ $point }”,
} atebodd { $before } ie ar y llinell sylfaen a { $after } bryd hynny: newid o { $change }.
participants-sentence-scale = { $n ->
    [one] I'r un person a ddilynwyd hyd at “{ $point }”,
   *[other] I'r { $n } o bobl a ddilynwyd hyd at “{ $point }”,
} aeth y cyfartaledd o { $before } ar y llinell sylfaen i { $after } bryd hynny: newid o { $change }.
participants-verdict-real = Nid yw'r cyfwng { $confidence } yn cynnwys sero: mae'r newid yn debygol o fod yn real.
participants-verdict-chance = Mae'r cyfwng { $confidence } yn cynnwys sero: gallai'r newid fod yn siawns.
participants-how-yes-no-up = ie/na; mae mwy yn dweud ie yn well
participants-how-yes-no-down = ie/na; mae llai yn dweud ie yn well
participants-how-scale-up = sgôr; uwch yn well
participants-how-scale-down = sgôr; is yn well
participants-status-ok = Gellir
participants-status-unreliable = Yn ofalus
participants-status-suppressed = Heb ei ddangos
participants-reason-no_data = Does gan neb yr atebion sydd eu hangen ar gyfer hyn.
participants-reason-small_cell = Rhy ychydig o bobl i'w ddangos.
participants-reason-small_number_shown_to_owner = Llai na 10 o bobl: yn cael ei ddangos i'ch sefydliad yn unig.
participants-reason-small_sample = Llai na 30 o bobl: mae'r cyfwng yn llydan.
participants-reason-high_attrition = Ni ddilynwyd mwy nag un o bob pump: efallai nad yw'r rhai sydd ar ôl yn cynrychioli pawb a ddechreuodd.
participants-reason-no_variation = Newidiodd pawb yr un faint: does dim cyfwng.
participants-reason-single_pair = Dim ond un person a ddilynwyd: does dim cyfwng.
participants-import-link = Dod ag atebion i mewn o ffeil
participants-export-link = Lawrlwytho'r atebion (CSV, yn ôl cod)
participants-points-link = Pwyntiau casglu
participants-outputs-link = Log allbwn
participants-plan-link = Yn ôl i'r cynllun

### Dod ag atebion i mewn o ffeil

participants-import-title = Dod ag atebion i mewn
participants-import-intro = Dewch â llawer o atebion i mewn ar unwaith o ffeil CSV neu Excel, gydag un rhes ar gyfer pob cyfranogwr a phwynt casglu. Caiff pob rhes ei gwirio'n gyntaf: os oes problem mewn unrhyw res, ni chaiff dim ei gadw a chaiff pob problem ei rhestru gyda'i rhes a'i cholofn.
participants-import-columns = Mae rhes gyntaf y ffeil yn enwi ei cholofnau:
participants-import-code-help = code: cod y cyfranogwr (neu eich cyfeirnod eich hun ar ei gyfer);
participants-import-point-help = point: y pwynt casglu, yn ôl ei allwedd neu ei enw (gweler y rhestr isod);
participants-import-date-help = date: y diwrnod y rhoddwyd yr atebion, fel 2025-09-01 neu 01/09/2025; yna un golofn ar gyfer pob dangosydd a atebwyd.
participants-import-indicators = Dangosyddion y cynllun
participants-import-heading = Pennawd y golofn
participants-import-indicator = Dangosydd
participants-import-answer = Ateb
participants-import-answer-yes-no = ie neu na (1 neu 0)
participants-import-answer-number = rhif
participants-import-points = Pwyntiau casglu
participants-import-key = Allwedd
participants-import-file = Y ffeil
participants-import-file-hint = CSV (.csv, .tsv, .txt) neu Excel (.xlsx), { $mb } MB ar y mwyaf.
participants-import-button = Gwirio a chadw
participants-import-choose = Dewiswch y ffeil i ddod â hi i mewn.
participants-import-broken = Ni chyrhaeddodd y llwyth yn gyfan ({ $reason }). Rhowch gynnig arall arni.
participants-import-refused = { $count ->
    [zero] Does dim problemau yn y ffeil
    [one] Mae { $count } broblem yn y ffeil
    [two] Mae { $count } broblem yn y ffeil
    [few] Mae { $count } phroblem yn y ffeil
    [many] Mae { $count } phroblem yn y ffeil
   *[other] Mae { $count } problem yn y ffeil
}
participants-import-nothing-saved = Does dim o'r ffeil wedi'i gadw. Cywirwch y ffeil a dewch â hi i mewn eto.
participants-import-problems = Problemau yn y ffeil
participants-import-row = Rhes
participants-import-line = llinell { $line }
participants-import-column = Colofn
participants-import-problem = Problem
participants-import-more = … a { $count } arall.
participants-import-done = Atebion wedi'u cadw
participants-import-saved = Cadwyd { $rows ->
    [zero] dim rhesi o atebion
    [one] { $rows } rhes o atebion
    [two] { $rows } res o atebion
    [few] { $rows } rhes o atebion
    [many] { $rows } rhes o atebion
   *[other] { $rows } rhes o atebion
}, ar gyfer { $people ->
    [zero] dim cyfranogwyr
    [one] { $people } cyfranogwr
    [two] { $people } gyfranogwr
    [few] { $people } chyfranogwr
    [many] { $people } chyfranogwr
   *[other] { $people } cyfranogwr
}.
participants-import-see-change = Gweld y newid ar gyfer y cynllun hwn

### Pwyntiau casglu

participants-points-title = Pwyntiau casglu
participants-points-intro = Y llinell sylfaen, yna pob dilyniant pan gesglir atebion eto gan yr un bobl.
participants-points-from = Yn dod o
participants-origin-baseline = Pob cynllun
participants-origin-plan = Gwerthusiad y cynllun
participants-origin-organisation = Wedi'i enwi gan eich sefydliad
participants-origin-recorded = Ar atebion yn unig
participants-points-from-plan = Mae'r rhain yn dod o'r casgliadau dyddiedig yng ngwerthusiad y cynllun. Newidiwch nhw yno.
participants-points-own = Eich pwyntiau dilynol eich hun
participants-points-own-hint = Nid yw gwerthusiad y cynllun yn enwi casgliadau dyddiedig, felly enwch eich dilyniannau yma, un i bob llinell, yn eu trefn (er enghraifft: 3 mis, 6 mis, Gadael).
participants-points-save = Cadw'r pwyntiau casglu

### Log allbwn

participants-outputs-title = Log allbwn
participants-outputs-intro = Y sesiynau a gynhaliwyd a'r presenoldeb a gyfrifwyd ar gyfer pob un o allbynnau'r cynllun, fesul cyfnod, yn erbyn eu targedau, yn ôl ochr, rhywedd a band oedran.
participants-outputs-period = Cyfnod
participants-period-kind-month = Mis
participants-period-kind-quarter = Chwarter
participants-period-kind-year = Blwyddyn
participants-outputs-none = Does dim wedi'i gofnodi ar gyfer yr allbwn hwn eto.
participants-outputs-totals = Cyfansymiau fesul cyfnod
participants-outputs-sessions = Sesiynau
participants-outputs-attendances = Presenoldebau
participants-outputs-target = Targed
participants-outputs-by-gender = Presenoldebau yn ôl rhywedd
participants-outputs-by-age = Presenoldebau yn ôl band oedran
participants-outputs-log = Cofnodi cyfnod
participants-outputs-output = Allbwn
participants-outputs-start = Diwrnod cyntaf
participants-outputs-end = Diwrnod olaf
participants-outputs-end-hint = Gadewch yn wag ar gyfer un diwrnod.
participants-outputs-attendance = Presenoldeb
participants-outputs-attendance-hint = Un rhes ar gyfer pob grŵp a gyfrifwyd: ei ochr, ei rywedd a'i fand oedran (gadewch un yn wag os nad yw'n hysbys) a faint a fynychodd.
participants-outputs-count = Faint
participants-outputs-save = Cadw
participants-outputs-targets = Gosod targed
participants-outputs-measure = Beth sy'n cael ei gyfrif
participants-outputs-target-per = Faint, fesul
participants-outputs-target-hint = Gadewch yn wag i dynnu'r targed.
participants-outputs-target-save = Cadw'r targed
participants-outputs-entries = Popeth a gofnodwyd
participants-outputs-when = Pryd
participants-outputs-delete = Dileu

### Yr API

participants-api-body = Nid corff y cais yw'r JSON y mae'r pwynt terfyn hwn yn ei gymryd: { $reason }. Gweler docs/api.md.
participants-api-audience = Nid yw “{ $value }” yn gynulleidfa: defnyddiwch others (y rhagosodiad) neu owner.

### Meysydd cyfranogwyr

participants-settings-title = Beth rydych yn ei gofnodi am gyfranogwyr
participants-settings-intro = Dewiswch y meysydd disgrifiadol y mae eich sefydliad yn eu cadw. Maent yn gadael i chi weld newid a phresenoldeb fesul grŵp. Cadwch dim ond yr hyn sydd ei angen arnoch.
participants-settings-built-in = Meysydd Tessera
participants-settings-own = Eich meysydd eich hun
participants-settings-own-hint = Un enw i bob llinell; { $max } ar y mwyaf. Testun rhydd yw eu gwerthoedd.
participants-settings-save = Cadw

## Straeon yng nghopi person o’r hyn a gedwir, ac yn yr hyn y mae eu dileu yn ei ddileu.
participants-access-stories = Straeon amdanynt
participants-access-no-stories = Nid oes stori amdanynt.
participants-access-story-kind = Math a dyddiad
participants-access-story-consent = Beth mae eu caniatâd yn ei gwmpasu
participants-access-story-text = Testun
participants-erase-stories = { $count ->
    [zero] dim straeon amdanynt
    [one] { $count } stori amdanynt, gyda’i ffeil a’i thagiau
    [two] { $count } stori amdanynt, gyda’u ffeiliau a’u tagiau
    [few] { $count } stori amdanynt, gyda’u ffeiliau a’u tagiau
    [many] { $count } stori amdanynt, gyda’u ffeiliau a’u tagiau
   *[other] { $count } stori amdanynt, gyda’u ffeiliau a’u tagiau
}
