# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).
## Partneriaid yn adrodd i gomisiynydd (issue 17): mae cyngor neu gyllidwr yn cysylltu cynlluniau
## ei bartneriaid o dan ei gynllun strategaeth, yn gosod cyfnodau adrodd, yn gweld pwy sydd wedi
## cyflwyno ac yn gweld eu canlyniadau gyda'i gilydd, gyda niferoedd bach wedi'u cuddio.

partners-nav = Partneriaid
partners-list-title = Partneriaid
partners-list-intro = Cysylltwch gynlluniau sefydliadau partner o dan un o'ch cynlluniau strategaeth, gosodwch y cyfnodau y maent yn adrodd amdanynt, a gwelwch eu canlyniadau gyda'i gilydd. Os yw sefydliad arall wedi eich gwahodd, cytunwch yma gyda'r cynllun y byddwch yn adrodd ohono.
partners-links-count = { $count ->
    [zero] Dim cysylltiadau
    [one] { $count } cysylltiad
    [two] { $count } gysylltiad
    [few] { $count } chysylltiad
    [many] { $count } chysylltiad
   *[other] { $count } cysylltiad
}

### Dwy ochr cysylltiad

partners-commissioned-title = Partneriaid sy'n adrodd i chi
partners-commissioned-empty = Nid oes unrhyw sefydliad yn adrodd i chi eto.
partners-reporting-title = Sefydliadau rydych yn adrodd iddynt
partners-reporting-empty = Nid ydych yn adrodd i unrhyw sefydliad.

### Statws

partners-link-status-invited = Wedi'i wahodd
partners-link-status-active = Yn adrodd
partners-link-status-declined = Wedi gwrthod
partners-link-status-ended = Wedi dod i ben
partners-report-status-submitted = Wedi'i gyflwyno
partners-report-status-accepted = Wedi'i dderbyn
partners-report-status-returned = Wedi'i ddychwelyd
partners-report-status-due = Ddim yn ddyledus eto
partners-report-status-late = Yn hwyr
partners-figure-status-ok = Wedi'i ddangos
partners-figure-status-unreliable = Wedi'i ddangos gyda rhybudd: ychydig o bobl
partners-figure-status-suppressed = Wedi'i guddio: rhy ychydig o bobl

### Meysydd

partners-field-partner = Partner
partners-field-commissioner = Comisiynydd
partners-field-strategy = Cynllun strategaeth
partners-field-their-plan = Cynllun y partner
partners-field-our-plan = Eich cynllun
partners-field-status = Statws
partners-field-partner-slug = Enw byr y sefydliad partner
partners-field-partner-slug-hint = Yr enw byr y mae'n ei ddefnyddio yn Tessera, er enghraifft riverside-refugee-action. Gofynnwch i'r sefydliad amdano.
partners-field-note = Nodyn
partners-field-period = Cyfnod
partners-field-period-label = Enw'r cyfnod
partners-field-period-start = Diwrnod cyntaf
partners-field-period-end = Diwrnod olaf
partners-field-due-on = Adroddiad yn ddyledus ar
partners-field-report = Adroddiad
partners-field-stories = Straeon
partners-field-stories-hint = Dim ond straeon y mae eu caniatâd yn cynnwys rhannu gyda phartneriaid a chyhoeddi y gellir eu dewis.
partners-field-narrative = Beth ddigwyddodd yn y cyfnod hwn, yn eich geiriau chi
partners-field-indicator = Dangosydd
partners-field-side = Ochr
partners-field-figure = Ffigur
partners-field-interval = Ystod debygol
partners-field-figure-status = Wedi'i ddangos neu ei guddio
partners-field-sessions = Sesiynau
partners-field-review-note = Nodyn i'r partner
partners-field-review-note-hint = Ei angen pan fyddwch yn dychwelyd adroddiad: dywedwch beth i'w newid.
partners-choose = Dewiswch…
partners-cancel = Canslo
partners-warning = Rhybudd
partners-total = Cyfanswm
partners-hidden = wedi'i guddio
partners-side-not-recorded = Ochr heb ei chofnodi
partners-all-partners = Pob partner
partners-interval = { $low } i { $high }
partners-period-dates = { $start } i { $end }

### Gwahodd ac ateb

partners-invite-title = Gwahodd partner
partners-invite-intro = Gofynnir i berchnogion y partner gytuno a dewis y cynllun y maent yn adrodd ohono. Dim ond yr hyn y maent yn ei gyflwyno i chi y maent yn ei weld; rydych chi'n gweld eu hadroddiadau, gyda niferoedd bach wedi'u cuddio.
partners-invite-no-plans = Crëwch gynllun strategaeth yn gyntaf: mae partneriaid yn adrodd o dan un o'ch cynlluniau.
partners-invite-button = Anfon y gwahoddiad
partners-invited-by = Gwahoddwyd { $when }
partners-link-title = { $partner } yn adrodd i { $commissioner }
partners-answer-title = Ateb y gwahoddiad
partners-answer-legend = A fyddwch yn adrodd i'r comisiynydd hwn?
partners-answer-agree = Byddaf, o'r cynllun a ddewisir isod
partners-answer-decline = Na, gwrthod
partners-answer-plan-hint = Dewiswch y cynllun y byddwch yn adrodd ar ei gynnydd, ei allbynnau a'i straeon.
partners-answer-button = Anfon yr ateb
partners-end-title = Dod â'r cysylltiad hwn i ben
partners-end-question = Dod â'r cysylltiad rhwng { $with } a'r cynllun strategaeth "{ $strategy }" i ben?
partners-end-warning = Ni ellir cyflwyno rhagor o adroddiadau oddi tano. Cedwir yr adroddiadau a gyflwynwyd eisoes.
partners-end-button = Dod â'r cysylltiad i ben

### Cynllun strategaeth a'i gyfnodau

partners-strategy-title = Partneriaid { $plan }
partners-strategy-heading = Partneriaid a chyfnodau adrodd
partners-strategy-intro = Gosodwch y cyfnodau y mae partneriaid yn adrodd amdanynt, gyda'r diwrnod y mae adroddiadau'n ddyledus. Mae pob partner yn cael nodyn atgoffa drwy e-bost wythnos cyn y dyddiad dyledus.
partners-strategy-partners = Partneriaid
partners-strategy-no-partners = Nid oes partner wedi'i gysylltu â'r cynllun hwn eto. Gwahoddwch un o dudalen y partneriaid.
partners-periods-title = Cyfnodau adrodd
partners-periods-empty = Dim cyfnodau adrodd eto.
partners-periods-none-yet = Nid yw'r comisiynydd wedi gosod cyfnod adrodd eto.
partners-periods-count = { $count ->
    [zero] Dim cyfnodau
    [one] { $count } cyfnod
    [two] { $count } gyfnod
    [few] { $count } chyfnod
    [many] { $count } chyfnod
   *[other] { $count } cyfnod
}
partners-period-due = yn ddyledus { $date }
partners-period-submitted = { $count ->
    [zero] dim adroddiadau wedi dod i mewn
    [one] { $count } adroddiad wedi dod i mewn
    [two] { $count } adroddiad wedi dod i mewn
    [few] { $count } adroddiad wedi dod i mewn
    [many] { $count } adroddiad wedi dod i mewn
   *[other] { $count } adroddiad wedi dod i mewn
}
partners-period-late = { $count ->
    [zero] dim un yn hwyr
    [one] { $count } yn hwyr
    [two] { $count } yn hwyr
    [few] { $count } yn hwyr
    [many] { $count } yn hwyr
   *[other] { $count } yn hwyr
}
partners-period-new = Gosod cyfnod adrodd
partners-period-button = Cadw'r cyfnod
partners-open-report = Agor yr adroddiad
partners-open-combined = Gweld pob partner gyda'i gilydd ar gyfer { $period }

### Cyflwyno ac adolygu

partners-submit-title = Cyflwyno adroddiad
partners-submit-intro = Mae'r adroddiad yn cael ei gymryd o'r hyn sydd gan Tessera ar gyfer eich cynllun nawr: ffigurau ei gynnydd, y sesiynau a'r presenoldeb a gofnodwyd yn y cyfnod, a'r straeon a ddewiswch. Unwaith y caiff ei gyflwyno nid yw'n newid.
partners-submit-button = Cyflwyno'r adroddiad
partners-no-stories = Nid oes gennych straeon eto.
partners-story-not-shareable-list = Ni ellir dewis y straeon hyn: nid yw eu caniatâd yn cynnwys rhannu gyda phartneriaid a chyhoeddi.
partners-report-title = { $partner }: adroddiad ar gyfer { $period }
partners-submitted-by = Cyflwynwyd gan { $who } ar { $when }
partners-returned-note = Dychwelwyd gyda'r nodyn hwn: { $note }
partners-report-suppression = Mae ffigurau a fyddai'n gadael i rywun gyfrifo nifer fach o bobl, o'r adroddiad hwn neu o'r cyfansymiau ar draws partneriaid, wedi'u cuddio.
partners-report-progress = Cynnydd
partners-report-progress-caption = Dangosyddion y cynllun pan gyflwynwyd yr adroddiad
partners-report-no-progress = Nid oedd gan y cynllun ffigurau cynnydd pan gyflwynwyd yr adroddiad.
partners-report-outputs = Sesiynau a phresenoldeb
partners-report-outputs-caption = Sesiynau a gynhaliwyd a phresenoldeb a gyfrifwyd yn y cyfnod, fesul ochr
partners-report-no-stories = Ni ddewiswyd straeon ar gyfer yr adroddiad hwn.
partners-review-title = Derbyn neu ddychwelyd yr adroddiad
partners-review-legend = Beth ydych chi am ei wneud gyda'r adroddiad hwn?
partners-review-accept = Ei dderbyn
partners-review-return = Ei ddychwelyd i'r partner i'w newid
partners-review-button = Cadw'r penderfyniad

### Y darlun cyfun

partners-combined-title = Pob partner gyda'i gilydd: { $period }
partners-combined-intro = { $count ->
    [zero] Nid oes adroddiad partner wedi dod i mewn. Gadewir adroddiadau a ddychwelwyd allan.
    [one] Mae adroddiad { $count } partner wedi dod i mewn. Gadewir adroddiadau a ddychwelwyd allan.
    [two] Mae adroddiadau { $count } bartner wedi dod i mewn. Gadewir adroddiadau a ddychwelwyd allan.
    [few] Mae adroddiadau { $count } phartner wedi dod i mewn. Gadewir adroddiadau a ddychwelwyd allan.
    [many] Mae adroddiadau { $count } partner wedi dod i mewn. Gadewir adroddiadau a ddychwelwyd allan.
   *[other] Mae adroddiadau { $count } partner wedi dod i mewn. Gadewir adroddiadau a ddychwelwyd allan.
}
partners-combined-suppression = Mae cyfrifon o dan { $threshold } wedi'u cuddio, ac felly hefyd unrhyw ffigur arall a fyddai'n gadael i rywun eu cyfrifo o'r cyfansymiau a ffigurau'r partneriaid eraill.
partners-combined-empty = Nid oes adroddiad wedi'i gyflwyno ar gyfer y cyfnod hwn eto.
partners-combined-outputs-caption = Sesiynau a phresenoldeb fesul partner, gyda'r cyfansymiau ar draws pob partner
partners-combined-indicators = Dangosyddion a fesurir yn yr un ffordd
partners-combined-no-indicators = Nid oes dangosydd yn cael ei fesur yn yr un ffordd gan gyfranogwyr y partneriaid eu hunain, felly nid oes dim wedi'i gyfuno.
partners-combined-unpooled = Ffigurau eraill
partners-combined-unpooled-intro = Daw'r ffigurau hyn o arolygon neu maent yn gyfrifon, felly fe'u dangosir fel yr adroddodd pob partner nhw ac nid ydynt wedi'u cyfuno.
partners-pooled = Pob partner
partners-pooled-detail = Ystod debygol { $interval }; { $people } o bobl; { $status }.
partners-pooled-hidden = Wedi'i guddio, fel na ellir cyfrifo niferoedd bach unrhyw bartner

### Hysbysiadau

partners-done-invited = Anfonwyd y gwahoddiad.
partners-done-agreed = Rydych wedi cytuno i adrodd i'r comisiynydd hwn.
partners-done-declined = Rydych wedi gwrthod y gwahoddiad.
partners-done-ended = Daeth y cysylltiad i ben.
partners-done-period = Cadwyd y cyfnod adrodd.
partners-done-submitted = Cyflwynwyd yr adroddiad.
partners-done-accepted = Derbyniwyd yr adroddiad.
partners-done-returned = Dychwelwyd yr adroddiad i'r partner.

### Gwallau

partners-error-not-found = Nid oes cysylltiad partner, cyfnod adrodd nac adroddiad o'r fath ar gyfer eich sefydliad.
partners-error-no-organisation = Nid oes sefydliad gyda'r enw byr "{ $slug }". Gwiriwch ef gyda'r sefydliad.
partners-error-self = Ni all eich sefydliad fod yn bartner iddo'i hun. Rhowch enw byr sefydliad arall.
partners-error-note-long = Mae'r nodyn yn rhy hir: ysgrifennwch { $max } nod ar y mwyaf.
partners-error-already-linked = Mae { $partner } eisoes wedi'i wahodd neu'n adrodd o dan y cynllun hwn.
partners-error-choose-plan = Dewiswch y cynllun y byddwch yn adrodd ohono.
partners-error-choose-strategy = Dewiswch y cynllun strategaeth y mae'r partner yn adrodd oddi tano.
partners-error-choose-period = Dewiswch y cyfnod rydych yn adrodd amdano.
partners-error-decision = Dewiswch un o'r atebion.
partners-error-label = Rhowch enw i'r cyfnod, er enghraifft 2026 Ch1.
partners-error-label-long = Mae'r enw yn rhy hir: ysgrifennwch { $max } nod ar y mwyaf.
partners-error-end-before-start = Mae'r diwrnod olaf cyn y diwrnod cyntaf.
partners-error-due-before-start = Mae'r dyddiad dyledus cyn i'r cyfnod ddechrau.
partners-error-text-long = Mae'r testun yn rhy hir: ysgrifennwch { $max } nod ar y mwyaf.
partners-error-only-partner-submits = Dim ond y partner all gyflwyno adroddiad o dan y cysylltiad hwn.
partners-error-only-commissioner-reviews = Dim ond y comisiynydd all dderbyn neu ddychwelyd adroddiad.
partners-error-link-not-active = Nid yw'r cysylltiad hwn yn weithredol: nid yw'r partner wedi cytuno eto, neu daeth y cysylltiad i ben.
partners-error-story-unknown = Nid yw un o'r straeon a ddewiswyd yn un o straeon eich sefydliad.
partners-error-story-consent = Ni ellir rhannu "{ $title }": nid yw ei ganiatâd yn cynnwys rhannu gyda phartneriaid a chyhoeddi.
partners-error-already-submitted = Mae adroddiad ar gyfer y cyfnod hwn eisoes wedi dod i mewn. Gallwch gyflwyno eto dim ond os yw'r comisiynydd yn ei ddychwelyd.
partners-error-return-note = Dywedwch beth ddylai'r partner ei newid pan fyddwch yn dychwelyd adroddiad.
partners-error-not-submitted = Nid yw'r adroddiad hwn yn aros am benderfyniad: cafodd ei dderbyn neu ei ddychwelyd eisoes.

### E-bost

partners-reminder-subject = Adroddiad yn ddyledus ar gyfer { $period } i { $commissioner }
partners-reminder-body =
    Helo { $name },

    Mae { $partner } i fod i adrodd i { $commissioner } ar y cynllun "{ $plan }" ar gyfer { $period } erbyn { $due }.

    Cyflwynwch yr adroddiad yma: { $link }

    Dyma'r unig nodyn atgoffa ar gyfer y dyddiad dyledus hwn.

### Hidlydd y log archwilio (mathau o wrthrych)

audit-kind-partner-link = Cysylltiadau partner
audit-kind-reporting-period = Cyfnodau adrodd
audit-kind-partner-report = Adroddiadau partneriaid
