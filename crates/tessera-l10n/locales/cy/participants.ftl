# unreviewed: drafted without a fluent Welsh speaker's review (see docs/translations.md).
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
