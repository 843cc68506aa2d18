# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Dau ymarfer cynllunio'r canllaw fel camau yn y cynllunydd: dewis parthau, a'r cynllun arferol
## wedi'i ysgrifennu ymlaen ochr yn ochr â'r cynllun wedi'i weithio'n ôl. Geiriau Tessera yw'r
## rhesymau am gyngor canllaw'r ymarferwyr (IOM UK, 2020).

plans-exercise-steps-heading = Y camau
plans-exercise-not-yet = heb ei ddewis eto
plans-exercise-step-of = Cam { $number } o { $total }
plans-exercise-save-continue = Cadw a pharhau
plans-exercise-leave = Gadael yr ymarfer a mynd yn ôl i'r cynllun

plans-exercise-domains-title = Dewis parthau – { $title }
plans-exercise-domains-caption = { $title } · ymarfer cyntaf y canllaw
plans-exercise-domains-heading = Dewiswch y parthau sydd bwysicaf
plans-exercise-domains-intro = Mae llawer o barthau'n cyffwrdd ag unrhyw waith integreiddio. Mae'r ymarfer hwn yn gofyn am y parth pwysicaf o bob math yn unig, fel bod diben a chraidd y gwaith yn amlwg.
plans-exercise-domains-order = Mae canllaw'r ymarferwyr yn gweld mai'r ffordd orau yw dechrau gyda'r Hwyluswyr a'r Cysylltiadau Cymdeithasol — yr hyn sy'n gwneud integreiddio'n bosibl, a'r perthnasoedd y mae'n dibynnu arnynt — a dim ond wedyn dewis y Marcwyr a'r Dulliau y mae'r gwaith yn anelu at eu newid. Yn olaf, nodwch yr hawliau a'r cyfrifoldebau y mae'r gwaith yn dod â nhw i'r amlwg.
plans-exercise-domains-leave-any-time = Caiff pob ateb ei gadw cyn gynted ag y byddwch yn ei roi: gallwch adael ar unrhyw gam a dod yn ôl yn nes ymlaen.
plans-exercise-domains-one-hint = Dewiswch un: yr un pwysicaf i'r canlyniadau.
plans-exercise-domains-reason = Pam hwn (dewisol)
plans-exercise-domains-reason-hint = Mae brawddeg yn ddigon; mae'n aros gyda'r cynllun fel y gall partneriaid weld pam.
plans-exercise-domains-pick-error = Dewiswch un parth
plans-exercise-domains-summary-label = Yr hyn a ddewisoch

plans-exercise-domains-facilitators-label = Hwyluswyr
plans-exercise-domains-facilitators-heading = Hwyluswyr: yr hyn sy'n gwneud integreiddio'n bosibl
plans-exercise-domains-facilitators-why = Mae hwyluswyr yn cael gwared ar rwystrau: iaith, diwylliant, sgiliau digidol, diogelwch a sefydlogrwydd. Mae dechrau yma'n dangos beth sy'n rhaid bod yn ei le i unrhyw beth arall weithio.
plans-exercise-domains-facilitators-question = Pa hwylusydd sydd bwysicaf i'r gwaith hwn?
plans-exercise-domains-social-connections-label = Cysylltiadau Cymdeithasol
plans-exercise-domains-social-connections-heading = Cysylltiadau Cymdeithasol: y perthnasoedd y mae integreiddio'n dibynnu arnynt
plans-exercise-domains-social-connections-why = Mae bondiau o fewn grŵp, pontydd at bobl eraill a dolenni at sefydliadau wrth galon integreiddio, ac mae'r canllaw yn gofyn i bob cynllun eu hystyried. Dewiswch y math o gysylltiad y mae'r gwaith yn ei feithrin fwyaf.
plans-exercise-domains-social-connections-question = Pa fath o gysylltiad cymdeithasol sydd bwysicaf i'r gwaith hwn?
plans-exercise-domains-markers-and-means-label = Marcwyr a Dulliau
plans-exercise-domains-markers-and-means-heading = Marcwyr a Dulliau: yr hyn y mae'r gwaith yn anelu at ei newid
plans-exercise-domains-markers-and-means-why = Gwaith, tai, addysg, iechyd a hamdden yw'r man cychwyn i lawer o brosiectau. O'i ddewis ar ôl yr hwyluswyr a'r cysylltiadau, y marciwr neu'r dull yw'r newid y maent yn ei wneud yn bosibl.
plans-exercise-domains-markers-and-means-question = At ba farciwr neu ddull y mae'r gwaith yn anelu fwyaf?
plans-exercise-domains-rights-label = Hawliau a Chyfrifoldebau
plans-exercise-domains-rights-heading = Yr hawliau a'r cyfrifoldebau y mae'r gwaith yn eu hamlygu
plans-exercise-domains-rights-why = Hawliau a Chyfrifoldebau yw sylfaen y fframwaith. Nodwch pa rai y mae'r gwaith hwn yn dod â nhw i'r amlwg — er enghraifft gwybod sut i ddefnyddio gwasanaethau, neu gymryd rhan mewn bywyd dinesig — gan ddefnyddio dangosyddion y fframwaith ar gyfer y parth hwn.
plans-exercise-domains-rights-question = Pa hawliau a chyfrifoldebau y mae'r gwaith yn eu hamlygu?
plans-exercise-domains-rights-hint = Dewiswch y rhai pwysicaf; gallwch hefyd eu disgrifio isod.
plans-exercise-domains-rights-note = Neu disgrifiwch nhw yn eich geiriau eich hun (dewisol)
plans-exercise-domains-rights-count = { $count ->
    [0] wedi'u disgrifio yn eich geiriau eich hun
    [one] { $count } wedi'i ddewis
   *[other] { $count } wedi'u dewis
}
plans-exercise-domains-summary-heading = Eich dewisiadau
plans-exercise-domains-summary-empty = Does dim wedi'i ddewis eto. Dechreuwch gyda'r cam cyntaf.
plans-exercise-domains-not-in-plan = Nid yw'r parthau hyn ymhlith y parthau y mae'r cynllun yn gweithio ynddynt eto:
plans-exercise-domains-use-heading = Defnyddio'r parthau hyn yn y cynllun
plans-exercise-domains-use-why = Ychwanegwch y parthau a ddewisoch at y parthau y mae'r cynllun yn gweithio ynddynt; yna mae'r gwiriadau'n eu cymharu â'r dangosyddion.
plans-exercise-domains-use = Ychwanegu'r parthau hyn at y cynllun

plans-exercise-forward-title = Eich cynllun arferol – { $title }
plans-exercise-forward-caption = { $title } · ail ymarfer y canllaw
plans-exercise-forward-heading = Eich cynllun arferol, wedi'i ysgrifennu ymlaen
plans-exercise-forward-intro = Cyn edrych ar y cynllun wedi'i weithio'n ôl, ysgrifennwch y cynllun fel y byddai eich sefydliad yn ei wneud fel arfer: dechreuwch o'r hyn y byddech yn ei wneud, yna'r hyn y byddai'n ei gynhyrchu, yr hyn y byddai'n ei newid a'r gwahaniaeth y byddai'n ei wneud. Nid oes angen dim byd newydd — dim ond eich ffordd arferol o gynllunio.
plans-exercise-forward-then = Yna mae Tessera yn ei roi ochr yn ochr â'r theori newid wedi'i gweithio'n ôl o'r nod, fel y gallwch weld beth sy'n newid pan fyddwch yn dechrau o'r nod.
plans-exercise-forward-prompt = Ysgrifennwch y cynllun fel y byddech yn ei wneud fel arfer, gan ddechrau o'r gweithgareddau.
plans-exercise-forward-problem = Beth yw'r broblem integreiddio, fel y gwelsoch hi gyntaf?
plans-exercise-forward-domain = Pa barth oedd yn ymddangos fwyaf perthnasol?
plans-exercise-forward-activities = Beth fyddech chi'n ei wneud?
plans-exercise-forward-outputs = Beth fyddai'n ei gynhyrchu?
plans-exercise-forward-outcomes = Beth fyddai'n newid o ganlyniad?
plans-exercise-forward-lines-hint = Un ar bob llinell.
plans-exercise-forward-indicator = Pa ddangosydd fyddai'n ei ddangos? (dewisol)
plans-exercise-forward-goal = Pa wahaniaeth hirdymor fyddai'n ei wneud?
plans-exercise-forward-submit = Cadw a chymharu
plans-exercise-forward-remove = Tynnu'r cynllun arferol

plans-exercise-compare-title = Ymlaen ac yn ôl – { $title }
plans-exercise-compare-heading = Ymlaen ac yn ôl, ochr yn ochr
plans-exercise-compare-no-forward = Nid oes cynllun arferol i'w gymharu eto. Ysgrifennwch ef yn gyntaf, yn y ffordd y byddech yn cynllunio'r gwaith fel arfer.
plans-exercise-compare-write-forward = Ysgrifennu eich cynllun arferol
plans-exercise-compare-intro = Ar y chwith, y cynllun fel y caiff ei wneud fel arfer, ymlaen o'r gweithgareddau; ar y dde, y cynllun hwn, wedi'i weithio'n ôl o'r nod. Caiff eitemau sydd yn un ac nid yn y llall eu marcio; mae'r un geiriau'n cyfrif fel yr un eitem.
plans-exercise-compare-problem-forward = Y broblem, fel y'i gwelwyd gyntaf
plans-exercise-compare-problem-backward = Y broblem, yn y cynllun hwn
plans-exercise-compare-caption = Y cynllun arferol a'r cynllun wedi'i weithio'n ôl
plans-exercise-compare-col-part = Rhan o'r cynllun
plans-exercise-compare-col-forward = Cynllun arferol (ymlaen)
plans-exercise-compare-col-backward = Y cynllun hwn (yn ôl)
plans-exercise-compare-col-change = Beth newidiodd
plans-exercise-compare-indicators = Dangosyddion
plans-exercise-compare-nothing = Dim
plans-exercise-compare-left-out = Ddim yn y cynllun hwn
plans-exercise-compare-new = Newydd
plans-exercise-compare-same = Yr un fath
plans-exercise-compare-changed = { $added } newydd, { $dropped } wedi'u gadael allan, { $kept } wedi'u cadw
plans-exercise-compare-change-forward = Newid eich cynllun arferol
plans-exercise-compare-change-backward = Newid y cynllun hwn gam wrth gam
plans-exercise-compare-reflection-heading = Beth newidiodd, a pham
plans-exercise-compare-reflection-prompt = Sut mae'r cynllun wedi'i weithio'n ôl yn wahanol i'ch cynllun arferol? Ai'r parth a ddewisoch gyntaf yw'r pwysicaf o hyd? Nodwch yr hyn a ddysgoch, i chi'ch hunain ac i'ch partneriaid.
plans-exercise-compare-reflection = Beth newidiodd, a pham
plans-exercise-compare-reflection-hint = Er enghraifft: rydym nawr yn dechrau o gyfeillgarwch â chymdogion yn hytrach nag o ddosbarthiadau.
plans-exercise-compare-reflection-submit = Cadw
