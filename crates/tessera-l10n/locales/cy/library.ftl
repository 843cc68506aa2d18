# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).
## Llyfrgell yr hyn sy'n gweithio: gwerthusiadau a gyhoeddwyd y gall eraill chwilio, eu pwyso,
## holi amdanynt a'u copïo (issue 17).

nav-library = Llyfrgell
audit-kind-library-entry = Cofnod llyfrgell
audit-kind-library-comment = Sylw yn y llyfrgell

library-title = Llyfrgell yr hyn sy’n gweithio
library-intro = Gwerthusiadau y mae sefydliadau eraill wedi’u cyhoeddi: beth wnaethon nhw, gyda phwy, ble, beth newidiodd a pha mor sicr y gallan nhw fod, a beth ddysgon nhw. Copïwch gynllun yn fan cychwyn i’ch un chi, neu gofynnwch gwestiwn i’w awduron.
library-publish = Cyhoeddi gwerthusiad cynllun
library-search-heading = Chwilio’r llyfrgell
library-field-q = Geiriau
library-field-domain = Parth
library-field-indicator = Dangosydd
library-field-group = Grŵp targed
library-field-group-hint = Geiriau o ddisgrifiad grŵp targed, fel “gwirfoddolwyr”.
library-field-design = Dull
library-field-region = Rhanbarth
library-field-size = Maint
library-any = Unrhyw un
library-search-button = Chwilio
library-clear = Clirio’r chwilio
library-results = { $count ->
    [zero] { $count } cofnod
    [one] { $count } cofnod
    [two] { $count } gofnod
    [few] { $count } chofnod
    [many] { $count } chofnod
   *[other] { $count } cofnod
}
library-none = Does dim cofnod cyhoeddedig yn cyfateb. Rhowch lai o amodau.
library-by = Gan { $org }
library-published-on = Cyhoeddwyd { $date }
library-strength = Cryfder y dystiolaeth
library-own-heading = Cofnodion eich sefydliad
library-own-none = Nid yw eich sefydliad wedi cyhoeddi dim eto.
library-withdrawn = Wedi’i dynnu’n ôl
library-live = Wedi’i gyhoeddi
library-results-table = Cofnodion cyhoeddedig
library-own-table = Eich cofnodion
library-col-title = Cofnod
library-col-where = Ble
library-col-method = Dull
library-col-status = Statws

library-design-before_after = Cyn ac ar ôl, yr un bobl
library-design-comparison = Gyda grŵp cymharu
library-design-randomised = Ar hap
library-size-small = Llai na 30 o bobl
library-size-medium = 30 i 99 o bobl
library-size-large = 100 o bobl neu fwy
library-size-unknown = Nifer y bobl heb ei nodi

library-region-north-east = Gogledd-ddwyrain Lloegr
library-region-north-west = Gogledd-orllewin Lloegr
library-region-yorkshire-humber = Swydd Efrog a’r Humber
library-region-east-midlands = Dwyrain Canolbarth Lloegr
library-region-west-midlands = Gorllewin Canolbarth Lloegr
library-region-east = Dwyrain Lloegr
library-region-london = Llundain
library-region-south-east = De-ddwyrain Lloegr
library-region-south-west = De-orllewin Lloegr
library-region-wales = Cymru
library-region-scotland = Yr Alban
library-region-northern-ireland = Gogledd Iwerddon
library-region-uk-wide = Ar draws y DU

library-authority-county = Ardal cyngor sir
library-authority-district = Ardal cyngor dosbarth
library-authority-unitary = Awdurdod unedol
library-authority-metropolitan = Bwrdeistref fetropolitan
library-authority-london-borough = Bwrdeistref yn Llundain
library-authority-welsh-principal = Prif gyngor yng Nghymru
library-authority-scottish-council = Cyngor yn yr Alban
library-authority-ni-district = Cyngor dosbarth yng Ngogledd Iwerddon
library-authority-none = Heb fod yn perthyn i un ardal cyngor

library-strength-level = Lefel { $level } o { $top }: { $words }
library-strength-1 = gwan — dangos beth newidiodd i’r rhai a gymerodd ran, nid a achosodd y gwaith hynny
library-strength-2 = cymedrol — rhai esboniadau eraill wedi’u diystyru
library-strength-3 = da — cymhariaeth sy’n diystyru’r rhan fwyaf o esboniadau eraill
library-strength-4 = cryf — cymhariaeth ar hap gyda digon o bobl
library-strength-design = Cynllun
library-strength-people = Pobl y mae’r ffigurau’n seiliedig arnynt
library-strength-comparison = Grŵp cymharu
library-strength-uncertainty = Ansicrwydd wedi’i ddangos
library-strength-scale = Sut y cyfrifir y lefelau
library-strength-scale-text = Mae’r cynllun yn pennu faint y gall y ffigurau ei ddweud am y gwaith: mae cyn ac ar ôl yn dangos newid, mae grŵp cymharu yn diystyru llawer o’r hyn arall oedd yn digwydd, ac mae dyrannu ar hap yn diystyru’r gweddill. Mae llai na 30 o bobl, neu ffigurau heb eu hamrediad, yn cadw cofnod ar lefel 1; mae 30 i 99 o bobl yn ei godi un cam uwchlaw ei gynllun; mae 100 neu fwy yn ei godi ddau gam.
library-yes = Oes
library-no = Nac oes
library-not-stated = Heb ei nodi

library-entry-what = Beth a wnaed
library-entry-goal = Nod
library-entry-activities = Gweithgareddau
library-entry-who = Gyda phwy
library-entry-sides = Ochrau a gyrhaeddwyd
library-entry-where = Ble
library-entry-when = Pryd
library-entry-period = { $start } i { $end }
library-entry-from = O { $start }
library-entry-until = Hyd at { $end }
library-entry-unknown-dates = Dyddiadau heb eu nodi
library-entry-changed = Beth newidiodd
library-entry-changed-intro = Y ffigurau fel yr oeddent pan gyhoeddwyd y cofnod hwn ({ $date }). Ni ddangosir grwpiau o lai na { $count } o bobl.
library-entry-no-figures = Ni chyhoeddwyd ffigurau gyda’r cofnod hwn.
library-entry-not-worked = Beth na weithiodd
library-entry-lessons = Gwersi
library-entry-costs = Costau
library-entry-stories = Straeon
library-entry-nothing = Dim wedi’i ysgrifennu.
library-entry-audience = Yn cael ei ddangos i
library-entry-everyone = Pob sefydliad
library-entry-withdrawn-banner = Tynnwyd y cofnod hwn yn ôl ar { $date }. Ni all sefydliadau eraill ddod o hyd iddo mwyach.
library-entry-edit = Golygu’r cofnod hwn
library-entry-withdraw = Tynnu’r cofnod hwn yn ôl
library-entry-copied-from = Wedi’i gopïo o “{ $title }”, a gyhoeddwyd gan { $org } ar { $date }.

library-figures-caption = Beth newidiodd, fesul dangosydd ac ochr
library-figure-indicator = Dangosydd
library-figure-latest = Y ffigur diweddaraf
library-figure-change = Newid i’r un bobl
library-figure-target = Targed
library-figure-verdict = Beth mae’n ei olygu
library-figure-suppressed = Heb ei ddangos
library-figure-suppressed-why = Rhy ychydig o bobl i’w ddangos heb y perygl y gallai rhywun gael ei adnabod.
library-figure-unreliable = Byddwch yn ofalus: ychydig o ymatebion, neu lawer o bobl wedi’u colli ers y dechrau.
library-figure-no-verdict = Ni ellid dod i farn.
library-figure-with-interval = { $value } (tebygol rhwng { $low } a { $high })
library-figure-people = { $count ->
    [zero] { $count } o bobl wedi’u dilyn
    [one] { $count } person wedi’i ddilyn
    [two] { $count } berson wedi’u dilyn
    [few] { $count } pherson wedi’u dilyn
    [many] { $count } o bobl wedi’u dilyn
   *[other] { $count } o bobl wedi’u dilyn
}
library-figure-none = —

library-copy-heading = Copïo’r cynllun hwn
library-copy-intro = Dechreuwch gynllun eich hun o’r un hwn. Eich copi chi yw i’w newid: mae’n cadw’r nod, y canlyniadau, y dangosyddion, y gweithgareddau a’r cynllun gwerthuso, ond nid data, partneriaid na dyddiadau’r cyhoeddwr, ac ni fydd newidiadau i’r naill gynllun byth yn cyrraedd y llall.
library-copy-title = Teitl eich copi
library-copy-button = Copïo fel cynllun newydd

library-comments-heading = Sylwadau a chwestiynau
library-comments-none = Dim sylwadau eto.
library-comment-by = { $org }, { $date }
library-comment-hidden = Wedi’i guddio: dim ond chi a’i awdur sy’n ei weld.
library-comment-answer = Ateb gan { $org }
library-comment-field = Eich sylw neu’ch cwestiwn
library-comment-hint = Bydd sefydliadau eraill sy’n gallu gweld y cofnod hwn yn gweld yr hyn a ysgrifennwch ac enw eich sefydliad.
library-comment-button = Anfon
library-answer-field = Eich ateb
library-answer-button = Cadw’r ateb
library-hide-button = Cuddio
library-show-button = Dangos eto

library-form-new = Cyhoeddi gwerthusiad cynllun
library-form-edit = Golygu cofnod llyfrgell
library-form-intro = Dywedwch beth wnaethoch chi a beth ddysgoch chi. Cymerir y ffigurau o gynnydd y cynllun nawr a’u cadw fel y maent, felly ni fydd newidiadau diweddarach i’r cynllun yn newid y cofnod nes i chi ei ailgyhoeddi.
library-form-plan = Cynllun
library-form-choose = Parhau
library-form-no-plans = Nid oes gan eich sefydliad gynlluniau i’w cyhoeddi eto.
library-field-title = Teitl
library-field-summary = Beth a wnaed
library-field-summary-hint = Y gwaith, mewn ychydig frawddegau, i rywun na chlywodd amdano erioed.
library-field-authority = Math o ardal
library-field-sample = Pobl y mae’r ffigurau’n seiliedig arnynt
library-field-sample-hint = Wedi’i lenwi o gyfranogwyr y cynllun; newidiwch ef os yw eich gwerthusiad yn seiliedig ar nifer gwahanol.
library-field-start = Dyddiad dechrau
library-field-end = Dyddiad gorffen (neu ddyddiad y ffigurau diweddaraf)
library-field-date-hint = Er enghraifft, 2026-03-31
library-field-not-worked = Beth na weithiodd
library-field-lessons = Gwersi i eraill
library-field-costs = Costau (dewisol)
library-field-stories = Straeon
library-field-stories-hint = Dim ond straeon y mae eu caniatâd yn cynnwys cyhoeddi y gellir eu dewis.
library-story-refused = Nid yw’r caniatâd yn cynnwys cyhoeddi
library-field-audience = Pwy all ei ddarllen
library-audience-everyone = Pob sefydliad sy’n defnyddio Tessera
library-audience-chosen = Dim ond y sefydliadau a ddewisaf
library-field-organisations = Sefydliadau
library-field-organisations-hint = Eu henwau byr, un ar bob llinell.
library-form-publish = Cyhoeddi
library-form-save = Cadw’r newidiadau
library-form-republish = Cadw ac ailgyhoeddi gyda ffigurau heddiw
library-form-cancel = Canslo

library-withdraw-title = Tynnu “{ $title }” yn ôl?
library-withdraw-text = Ni fydd sefydliadau eraill yn dod o hyd iddo, yn ei ddarllen nac yn ei gopïo mwyach. Mae ei sylwadau a’r cynlluniau a gopïwyd ohono eisoes yn aros. Gallwch ei ddarllen yma o hyd.
library-withdraw-button = Tynnu’n ôl

library-done-published = Mae’r cofnod wedi’i gyhoeddi.
library-done-saved = Mae’r cofnod wedi’i gadw.
library-done-withdrawn = Mae’r cofnod wedi’i dynnu’n ôl.
library-done-comment = Mae eich sylw wedi’i anfon.
library-done-answered = Mae’r ateb wedi’i gadw.
library-done-hidden = Mae’r sylw wedi’i guddio.
library-done-shown = Mae’r sylw yn cael ei ddangos eto.

library-error-not-found = Does dim cofnod llyfrgell yma, neu nid yw’n cael ei ddangos i’ch sefydliad.
library-error-title = Rhowch deitl i’r cofnod.
library-error-summary = Dywedwch beth a wnaed.
library-error-region = Dewiswch y rhanbarth lle digwyddodd y gwaith.
library-error-authority = Dewiswch y math o ardal.
library-error-design = Dewiswch ddull y gwerthusiad.
library-error-too-long = Ysgrifennwch { $max } o nodau ar y mwyaf yma.
library-error-sample = Nid yw “{ $value }” yn nifer o bobl: ysgrifennwch rif cyfan uwchlaw 0, neu gadewch ef yn wag.
library-error-date = Nid yw “{ $value }” yn ddyddiad: ysgrifennwch ef fel blwyddyn-mis-diwrnod, er enghraifft 2026-03-31.
library-error-dates-order = Mae’r dyddiad gorffen cyn y dyddiad dechrau.
library-error-no-one = Enwch o leiaf un sefydliad, neu cyhoeddwch i bob sefydliad.
library-error-audience = Dewiswch pwy all ddarllen y cofnod.
library-error-organisation = Nid oes gan unrhyw sefydliad arall yr enw byr “{ $slug }”.
library-error-no-story = Nid oes gan eich sefydliad stori rhif { $id }.
library-error-comment = Ysgrifennwch sylw neu gwestiwn.
library-error-own-comment = Atebwch sylwadau ar eich cofnodion eich hun yn hytrach na’u hychwanegu.
library-error-store-plan = Nid yw’r cynllun yn un o gynlluniau eich sefydliad.
library-error-store-design = Dewiswch ddull y gwerthusiad.
library-error-store-audience = Ni ellir dangos y cofnod hwn i un o’r sefydliadau a ddewiswyd.
library-error-store-title = Rhowch deitl i’r copi.
library-error-store-body = Ysgrifennwch sylw neu gwestiwn.
library-refuse-story = Ni ellir cyhoeddi “{ $title }”: nid yw ei ganiatâd yn cynnwys cyhoeddi.
