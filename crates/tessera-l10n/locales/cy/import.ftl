# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).
## Dod â ffeil i mewn: llwytho, sut y'i darllenwyd, mapio, gwirio a chadw; gwrthod ffeiliau.

import-step = Cam { $step } o 4 · { $name }
import-step-of = Cam { $step } o 4
import-error-prefix = Gwall:
import-warning = Rhybudd

import-upload-heading = Dod â ffeil ddata i mewn
import-upload-intro = Llwythwch ddata arolwg neu wasanaeth. Nesaf fe welwch sut y darllenodd Tessera hi, yna nodwch pa golofnau sy'n dal dyluniad yr arolwg, pwy sy'n newydd-ddyfodiad a phwy yw'r gymuned sy'n croesawu, a beth i'w fesur. Yna bydd Tessera'n gwirio pob rhes ac yn cyfrifo'r amcangyfrifon, ac yn dangos unrhyw broblemau i chi cyn i ddim gael ei gadw.
import-upload-version-heading = Llwytho fersiwn wedi'i chywiro
import-upload-version-intro = Bydd y ffeil wedi'i chywiro'n dod yn fersiwn { $next }.
import-upload-version-link = Fersiwn { $version }
import-upload-version-kept = — caiff ei chadw fel y mae: nid yw set ddata sydd wedi'i chadw byth yn newid. Caiff mapio fersiwn { $version } ei lenwi i chi.
import-upload-file-label = Ffeil ddata
import-upload-file-hint = CSV (.csv, .tsv neu .txt), Excel (.xlsx), SPSS (.sav) neu Stata (.dta), hyd at { $mb } MB. Mae teitl uwchben enwau'r colofnau'n iawn: gallwch ddewis y rhes sy'n enwi'r colofnau ar y dudalen nesaf. Caiff y ffeil ei chadw yn union fel y'i llwythwyd.
import-upload-name-label = Enw'r set ddata (dewisol)
import-upload-name-hint = Enw y bydd pobl yn ei adnabod, er enghraifft “Arolwg trigolion 2022–2024”. Gadewch yn wag i ddefnyddio enw'r ffeil.
import-upload-codebook-summary = Ychwanegu llyfr codau (dewisol)
import-upload-codebook-label = Ffeil llyfr codau (.toml)
import-upload-codebook-hint = Nid oes labeli mewn ffeiliau CSV ac Excel. Mae llyfr codau'n ychwanegu geiriad cwestiynau, labeli gwerthoedd (“1 = Cytuno'n bendant”) a chodau coll, ac yn gadael i Tessera nodi codau nad ydynt yn y rhestr. Gallwch hefyd roi geiriau i godau wrth fapio. Mae gan ffeiliau SPSS a Stata eu rhai eu hunain.
import-upload-progress = Yn llwytho
import-upload-submit = Llwytho a pharhau
import-upload-slow = Gall ffeiliau mawr gymryd munud i'w llwytho a'u darllen. Cadwch y dudalen hon ar agor.
import-upload-different = Llwytho ffeil wahanol
import-upload-choose-file = Dewiswch y ffeil ddata i'w llwytho
import-upload-empty-file = Mae'r ffeil a ddewiswyd yn wag. Dewiswch ffeil gyda rhes pennawd a data
import-upload-not-readable = Nid yw “{ $file }” yn ffeil y gall Tessera ei darllen. Llwythwch ffeil CSV (.csv, .tsv neu .txt), Excel (.xlsx), SPSS (.sav) neu Stata (.dta)
import-upload-broken = Ni chyrhaeddodd y llwyth yn gyfan ({ $detail }). Rhowch gynnig arall arni.
import-upload-codebook-too-large = Mae'r llyfr codau'n fwy na { $mb } MB. Dim ond newidynnau a labeli sydd mewn llyfr codau; gwiriwch eich bod wedi dewis y ffeil gywir.
import-upload-codebook-not-utf8 = nid yw'r ffeil yn destun UTF-8
import-upload-codebook-invalid = Nid oedd modd darllen y llyfr codau: { $detail }. Cywirwch ef (gweler fformat y llyfr codau yn y cymorth), neu llwythwch y data hebddo
import-file-too-large = Mae'r ffeil yn fwy na { $mb } MB. Llwythwch ffeil lai, neu dewch â hi i mewn gyda'r gorchymyn `tessera import`.
import-quota = { $detail }. Cadwch neu rhowch y gorau i lwyth sy'n aros ar y dudalen Setiau data, neu arhoswch: caiff llwythi na chânt eu cadw o fewn 2 awr eu dileu.
import-gone = Nid oes llwyth yn aros yn y cyfeiriad hwn. Caiff llwythi na chânt eu cadw o fewn 2 awr eu dileu: llwythwch y ffeil eto o'r dudalen Setiau data.
import-not-checked = Nid yw'r llwyth hwn wedi'i wirio eto: dewiswch ei fapio yn gyntaf.
import-unsupported-format = { $file }: ni all Tessera ddarllen y math hwn o ffeil. Cadwch y data fel CSV (.csv, .tsv neu .txt), Excel (.xlsx), SPSS (.sav) neu Stata (.dta) a rhowch gynnig arall arni.
import-mapping-does-not-fit = Nid yw'r mapio'n cyd-fynd â'r ffeil: { $detail }
import-codebook-invalid = Nid oedd modd darllen y llyfr codau: { $detail }
import-interrupted = Stopiodd y mewnforio'n annisgwyl ({ $detail }). Rhowch gynnig arall arni.

import-read-failed = Nid oedd modd darllen y ffeil: { $detail }
import-read-no-header = { $file }: mae'r ffeil yn wag neu nid oes ganddi res sy'n enwi'r colofnau. Rhaid i'r rhes sy'n enwi'r colofnau ddod cyn y data.
import-read-no-data = { $file }: mae ganddi enwau colofnau ond dim rhesi o ddata. Gwiriwch eich bod wedi dewis y ffeil, y ddalen a'r rhes pennawd cywir, a bod y data wedi'u cadw ynddi.
import-read-not-text = { $file }: nid ffeil destun yw hon (mae'n cynnwys beitiau NUL); efallai mai llyfr gwaith neu ffeil gywasgedig gydag enw .csv ydyw. Agorwch hi yn y rhaglen a'i gwnaeth a'i chadw fel CSV.
import-read-no-sheet = { $file }: nid oes dalen o'r enw “{ $sheet }”. Y dalennau yw: { $sheets }.
import-read-unknown-format = { $file }: ni all Tessera ddweud beth yw fformat y ffeil o'i henw. Cadwch y data fel .csv, .tsv, .txt, .xlsx, .sav neu .dta.
import-read-over-limit-found = Mae gan { $file } { $found } { $what }, mwy nag y mae Tessera'n ei ddarllen o lwyth (dim mwy na { $max }). { $advice }
import-read-over-limit = Mae gan { $file } fwy na { $max } { $what }, y mwyaf y mae Tessera'n ei ddarllen o lwyth. { $advice }
import-limit-file-bytes = beit
import-limit-file-bytes-advice = Rhannwch y data'n ffeiliau llai (er enghraifft un i bob ton), neu cadwch y colofnau sydd eu hangen arnoch yn unig.
import-limit-decompressed-bytes = beit ar ôl dadgywasgu
import-limit-decompressed-bytes-advice = Agorwch y llyfr gwaith yn Excel neu LibreOffice, cadwch y ddalen gyda'r data yn unig, a'i chadw fel CSV.
import-limit-zip-entries = rhan yn archif y llyfr gwaith
import-limit-zip-entries-advice = Agorwch y llyfr gwaith yn Excel neu LibreOffice, cadwch y ddalen gyda'r data yn unig, a'i chadw fel CSV.
import-limit-sheets = dalen
import-limit-sheets-advice = Cadwch y ddalen gyda'r data ar ei phen ei hun, fel llyfr gwaith newydd neu fel CSV.
import-limit-shared-strings = llinyn a rennir
import-limit-shared-strings-advice = Agorwch y llyfr gwaith yn Excel neu LibreOffice, cadwch y ddalen gyda'r data yn unig, a'i chadw fel CSV.
import-limit-columns = colofn
import-limit-columns-advice = Cadwch y colofnau sydd eu hangen arnoch yn unig, neu gwiriwch fod y amffinydd a'r rhes pennawd yn gywir.
import-limit-rows = rhes o ddata
import-limit-rows-advice = Rhannwch y data'n ffeiliau llai (er enghraifft un i bob ton), neu cadwch y colofnau sydd eu hangen arnoch yn unig.
import-limit-cells = cell (rhesi × colofnau)
import-limit-cells-advice = Rhannwch y data'n ffeiliau llai (er enghraifft un i bob ton), cadwch y colofnau sydd eu hangen arnoch yn unig, neu dewch â'r ffeil i mewn gyda'r gorchymyn `tessera import`.
import-limit-field-bytes = beit mewn un gwerth
import-limit-field-bytes-advice = Byrhewch y gwerthoedd testun rhydd hir, neu gadewch y golofn honno allan.
import-limit-line-bytes = beit mewn un llinell
import-limit-line-bytes-advice = Gwiriwch mai tabl gydag un rhes i bob llinell yw'r ffeil: efallai fod diwedd y llinellau ar goll, neu fod dyfynnod heb ei gau.
import-limit-value-labels = label gwerth
import-limit-value-labels-advice = Tynnwch labeli gwerthoedd nad oes eu hangen arnoch yn SPSS neu Stata, neu cadwch y data fel CSV gyda llyfr codau.

import-preview-title = Sut y darllenwyd { $file }
import-preview-heading = Gwirio sut y darllenwyd y ffeil
import-preview-intro = Darllenodd Tessera { $file } fel { $format }: { $rows ->
    [zero] dim rhesi o ddata.
    [one] { $rows } rhes o ddata.
    [two] { $rows } res o ddata.
   *[other] { $rows } rhes o ddata.
}
import-preview-columns = { $count ->
    [zero] dim colofnau
    [one] { $count } golofn
    [two] { $count } golofn
   *[other] { $count } colofn
}: { $names }.
import-preview-encoding-detected = Amgodiad testun: { $encoding }, wedi'i ganfod gan Tessera.
import-preview-encoding-chosen = Amgodiad testun: { $encoding }, fel y dewisoch.
import-preview-header-found = Mae enwau'r colofnau yn rhes { $row }, wedi'u canfod gan Tessera.
import-preview-header-used = Mae enwau'r colofnau yn rhes { $row }.
import-preview-sheet = Dalen: “{ $sheet }” ({ $count ->
    [one] yr unig ddalen
   *[other] un o { $count } dalen
}).
import-preview-first-rows = Rhesi cyntaf y ffeil
import-preview-caption = Y rhesi cyntaf fel y maent yn y ffeil, wedi'u rhifo fel y mae taenlen yn eu rhifo
import-preview-row-heading = Rhes
import-preview-tag-names = enwau colofnau
import-preview-tag-skipped = wedi'i hepgor
import-preview-choices = Os yw rhywbeth yn edrych yn anghywir
import-preview-sheet-label = Dalen gyda'r data
import-preview-sheet-hint = Mae gan y llyfr gwaith sawl dalen. Dewiswch yr un sy'n dal y tabl o atebion.
import-preview-header-label = Rhes gydag enwau'r colofnau
import-preview-header-hint = Caiff rhesi uwch ei phen (teitl, nodiadau, rhesi gwag) eu hepgor; y rhesi oddi tani yw'r data.
import-preview-row = Rhes { $row }
import-preview-row-found = Rhes { $row } (wedi'i chanfod gan Tessera)
import-preview-encoding-label = Amgodiad testun
import-preview-encoding-hint = Os yw llythrennau'n edrych yn anghywir yn y rhesi cyntaf (“Donâ€™t”, “caf�”, “Â£5”), cafodd y ffeil ei chadw mewn amgodiad arall: mae Excel ar Windows fel arfer yn cadw ffeiliau CSV fel Windows-1252.
import-encoding-utf8 = UTF-8 (y rhan fwyaf o raglenni heddiw)
import-encoding-windows-1252 = Windows-1252 (Excel ar Windows, Gorllewin Ewrop)
import-encoding-utf16le = UTF-16 little-endian (“Unicode text” Excel)
import-encoding-utf16be = UTF-16 big-endian
import-preview-continue = Ymlaen at y colofnau
import-preview-reread = Darllen y ffeil eto gyda'r dewisiadau hyn

import-mapping-title = Mapio colofnau { $file }
import-mapping-heading = Dywedwch beth mae'r colofnau'n ei olygu
import-mapping-intro = Darllenodd Tessera { $rows ->
    [zero] ddim rhesi
    [one] { $rows } rhes
    [two] { $rows } res
   *[other] { $rows } rhes
} a { $columns ->
    [zero] dim colofnau
    [one] { $columns } golofn
    [two] { $columns } golofn
   *[other] { $columns } colofn
} o { $file }. Mae wedi llenwi'r dudalen hon o labeli'r ffeil ei hun, enwau'r colofnau a'r hyn sydd ynddynt: gwiriwch bob adran, newidiwch yr hyn sy'n anghywir, yna dewiswch “Gwirio'r data”. Nid oes dim wedi'i gadw eto.
import-mapping-contents = Adrannau'r dudalen hon
import-mapping-design-heading = Dyluniad yr arolwg
import-mapping-place-heading = Ton ac ardal
import-mapping-groups-heading = Newydd-ddyfodiaid a'r gymuned sy'n croesawu
import-mapping-breakdowns-heading = Dadansoddiadau
import-mapping-measures-heading = Mesurau
import-mapping-words-heading = Geiriau ar gyfer codau
import-mapping-design-number = 1. Dyluniad yr arolwg
import-mapping-place-number = 2. Ton ac ardal
import-mapping-groups-number = 3. Newydd-ddyfodiaid a'r gymuned sy'n croesawu
import-mapping-breakdowns-number = 4. Dadansoddiadau
import-mapping-measures-number = 5. Mesurau
import-mapping-words-number = 6. Geiriau ar gyfer codau (dewisol)
import-mapping-design-intro = Os daw'r data o arolwg gyda phwysau, haenau, clystyrau neu feintiau poblogaeth, dewiswch y colofnau hynny er mwyn i'r amcangyfrifon a'u hansicrwydd fod yn gywir. Ar gyfer sampl hap syml (neu gofnodion gwasanaeth) dewiswch “Dim” ar gyfer pob un. Mae Tessera'n gwirio'r dyluniad cyn i ddim gael ei gadw.
import-mapping-design-none = Dim — sampl hap syml
import-mapping-none = Dim
import-mapping-choose-column = Dewiswch golofn
import-mapping-weight-label = Pwysau
import-mapping-weight-hint = Pwysau arolwg pob rhes: rhif uwch na 0 (yn aml weight, wt neu pw).
import-mapping-strata-label = Haenau
import-mapping-strata-hint = Yr haen y samplwyd pob rhes ynddi. Gall hefyd fod y golofn sy'n dweud pwy sy'n newydd-ddyfodiad.
import-mapping-psu-label = Clystyrau (unedau samplu cynradd)
import-mapping-psu-hint = Y clwstwr cam cyntaf y samplwyd pob rhes ynddo, er enghraifft sector cod post neu ardal ysgolion.
import-mapping-fpc-label = Maint y boblogaeth (cywiriad poblogaeth feidraidd)
import-mapping-fpc-hint = Maint poblogaeth pob haen (yr un fath ym mhob rhes o haen), neu'r ffracsiwn samplu.
import-mapping-wave-label = Ton (cyfnod)
import-mapping-wave-hint = Y flwyddyn, y rownd neu'r cyfnod y mae pob rhes yn perthyn iddo, fel y gellir dilyn canlyniadau dros amser.
import-mapping-area-label = Ardal
import-mapping-area-hint = Y ward, yr ardal neu'r gymdogaeth, fel y gellir cymharu canlyniadau rhwng lleoedd.
import-mapping-group-column-label = Colofn
import-mapping-group-column-hint = Y golofn y mae ei gwerthoedd yn dweud pwy sy'n newydd-ddyfodiad.
import-mapping-birth-column-label = Colofn gwlad geni
import-mapping-birth-column-hint = Y golofn sy'n dweud ble y ganwyd pob person.
import-mapping-years-column-label = Colofn blynyddoedd yn y wlad
import-mapping-years-column-hint = Y golofn sy'n dweud faint o flynyddoedd y mae pob person wedi byw yma.
import-mapping-groups-intro = Dangosir pob canlyniad ar gyfer newydd-ddyfodiaid ac ar gyfer y gymuned sy'n croesawu ochr yn ochr, gyda'r bwlch rhyngddynt. Dywedwch sut i wahaniaethu rhyngddynt. Mae rhesi nad ydynt yn cyfateb i'r naill reol na'r llall — er enghraifft gyda'r ateb ar goll — yn ffurfio trydydd grŵp, “arall neu anhysbys”: mae'r tudalennau'n dweud faint sydd, ac yn dangos eu ffigurau, ond nid ydynt yn eu cymharu.
import-mapping-preset-legend = Sut mae'r ffeil yn dweud pwy sy'n newydd-ddyfodiad?
import-mapping-preset-column = Mae colofn yn dweud pwy sy'n newydd-ddyfodiad
import-mapping-preset-column-hint = Er enghraifft colofn “group” gyda'r gwerthoedd “newcomer” a “settled”, neu'r haenau. Atebwch 3a isod.
import-mapping-preset-born = Wedi'u geni dramor ac yn y wlad am lai na nifer o flynyddoedd
import-mapping-preset-born-hint = Cafodd newydd-ddyfodiaid eu geni dramor ac maent wedi byw yma am lai na, dyweder, 10 mlynedd; mae pawb a anwyd yma, neu sydd yma'n hirach, yn rhan o'r gymuned sy'n croesawu. Atebwch 3b isod.
import-mapping-3a = 3a. Mae colofn yn dweud pwy sy'n newydd-ddyfodiad
import-mapping-3b = 3b. Wedi'u geni dramor ac yma am lai na nifer o flynyddoedd
import-mapping-choose-then-update = Dewiswch y golofn, yna dewiswch “Diweddaru'r rhestrau o werthoedd” i ddewis ei gwerthoedd.
import-mapping-birth-then-update = Dewiswch golofn y wlad geni, yna dewiswch “Diweddaru'r rhestrau o werthoedd” i ddewis pa werthoedd sy'n golygu wedi'i eni yma.
import-mapping-group-more = Mae gan y golofn fwy o werthoedd nag y gellir eu rhestru; dim ond y rhai cyntaf a ddangosir.
import-mapping-newcomer-values = Gwerthoedd sy'n golygu newydd-ddyfodiad
import-mapping-receiving-values = Gwerthoedd sy'n golygu'r gymuned sy'n croesawu
import-mapping-home-values = Gwerthoedd sy'n golygu wedi'i eni yn y wlad hon
import-mapping-years-label = Mae newydd-ddyfodiaid wedi byw yma am lai na'r nifer hwn o flynyddoedd
import-mapping-refresh = Diweddaru'r rhestrau o werthoedd
import-mapping-breakdowns-hint = Y tu hwnt i don ac ardal: er enghraifft rhywedd, band oedran, hyd preswylio, statws mewnfudo, iaith gyntaf neu anabledd. Dim ond colofnau gydag ychydig o gategorïau a restrir; nid yw dynodwyr a cholofnau dyluniad yn cael eu rhestru.
import-mapping-breakdowns-legend = Yn ôl pa golofnau y dylid rhannu'r canlyniadau?
import-mapping-measures-intro = Dewiswch y cwestiynau i'w dadansoddi a'r dangosydd y mae pob un yn ei fesur. Ar gyfer cyfran, ticiwch yr atebion sy'n cyfrif (er enghraifft “Cytuno'n bendant” a “Tueddu i gytuno”) a'r atebion i'w gadael allan o'r sylfaen (er enghraifft “Ddim yn gwybod”). Gadewir atebion gwag a chodau coll datganedig allan bob amser. Ni chynigir dynodwyr na cholofnau dyluniad.
import-mapping-no-candidates = Nid oes gan y ffeil hon golofnau a all fod yn fesurau: mae angen rhifau ar fesurau, neu gwestiwn gyda 12 ateb gwahanol ar y mwyaf.
import-mapping-chosen = { $count ->
    [one] Y mesur a ddewiswyd
   *[other] Y { $count } mesur a ddewiswyd
}
import-mapping-none-chosen = Nid oes colofn wedi'i dewis fel mesur eto: agorwch y cwestiynau isod yr ydych am eu dadansoddi a thiciwch “Defnyddio … fel mesur”.
import-mapping-other-questions = { $count ->
    [zero] Dim cwestiynau eraill gydag ychydig o atebion
    [one] { $count } cwestiwn arall gydag ychydig o atebion
    [two] { $count } gwestiwn arall gydag ychydig o atebion
   *[other] { $count } cwestiwn arall gydag ychydig o atebion
}
import-mapping-other-numbers = { $count ->
    [zero] Dim colofnau eraill o rifau
    [one] { $count } golofn arall o rifau
    [two] { $count } golofn arall o rifau
   *[other] { $count } colofn arall o rifau
}
import-mapping-about-answers = { $count ->
    [zero] dim atebion
    [one] { $count } ateb
    [two] { $count } ateb gwahanol
   *[other] { $count } ateb gwahanol
}
import-mapping-about-numbers = rhifau o { $low } i { $high }
import-mapping-about-many-numbers = rhifau, llawer o werthoedd gwahanol
import-mapping-about-many = llawer o werthoedd gwahanol
import-mapping-use-as-measure = Defnyddio “{ $column }” fel mesur
import-mapping-indicator-label = Y dangosydd y mae'n ei fesur
import-mapping-no-indicator = Dim dangosydd (mesur o'ch eiddo eich hun)
import-mapping-local-indicators = Dangosyddion lleol
import-mapping-kind = Math
import-mapping-kind-proportion = Cyfran (y gyfran sy'n rhoi'r atebion a diciwyd isod)
import-mapping-kind-mean = Cyfartaledd (cymedr) y rhifau
import-mapping-answers-count = Atebion sy'n cyfrif
import-mapping-answers-leave-out = Atebion i'w gadael allan
import-mapping-measure-label = Label a ddangosir gyda'r canlyniadau
import-mapping-words-intro = Mae ffeiliau CSV ac Excel yn dal codau (E, asylum_seeker, 3) heb eiriau. Rhowch i'r codau'r geiriau y dylai pobl eu gweld: mae canlyniadau, siartiau ac allforion yn eu dangos yn lle'r codau. Gadewch flwch yn wag i ddangos y cod.
import-mapping-words-none = Mae gan bob colofn gydag ychydig o godau naill ai ei labeli ei hun (o SPSS, Stata neu lyfr codau) neu mae'n darllen fel geiriau'n barod.
import-mapping-words-for = Geiriau ar gyfer “{ $code }”
import-mapping-submit = Gwirio'r data
import-mapping-back-to-preview = Yn ôl at sut y darllenwyd y ffeil

import-role-weight = y pwysau
import-role-strata = yr haenau
import-role-psu = y clystyrau
import-role-fpc = maint y boblogaeth
import-role-wave = y don
import-role-area = yr ardal
import-role-group = y grŵp
import-role-birth = y wlad geni
import-role-years = y blynyddoedd yn y wlad

import-mapping-error-not-a-column = Dewiswch { $what } o'r rhestr: nid yw “{ $value }” yn golofn yn y ffeil hon
import-mapping-error-weight-text = Mae'r golofn bwysau “{ $column }” yn dal testun, nid rhifau. Dewiswch golofn o rifau, neu “Dim”
import-mapping-error-choose-column = Dewiswch y golofn sy'n dal { $what }
import-mapping-error-two-roles = Mae “{ $value }” eisoes wedi'i dewis fel { $first }; ni all hefyd fod yn { $what }. Dewiswch golofn wahanol ar gyfer un ohonynt
import-mapping-error-home = Dewiswch werthoedd colofn y wlad geni sy'n golygu wedi'i eni yn y wlad hon
import-mapping-error-years = Rhowch nifer y blynyddoedd, er enghraifft 10, fel rhif uwch na 0
import-mapping-error-newcomer-values = Dewiswch o leiaf un gwerth sy'n golygu newydd-ddyfodiad (os yw'r gwerthoedd a ddangosir ar gyfer colofn arall, dewiswch “Diweddaru'r rhestrau o werthoedd” yn gyntaf)
import-mapping-error-receiving-values = Dewiswch o leiaf un gwerth sy'n golygu'r gymuned sy'n croesawu
import-mapping-error-both-sides = Mae “{ $value }” wedi'i ddewis ar gyfer newydd-ddyfodiaid a'r gymuned sy'n croesawu. Dewiswch ef ar gyfer un yn unig
import-mapping-error-breakdown = Nid yw “{ $value }” yn golofn yn y ffeil hon. Dewiswch ddadansoddiadau o'r rhestr
import-mapping-error-measure-role = Mae “{ $column }” yn rhan o'r dyluniad neu o ddiffiniad y grŵp, felly ni all hefyd fod yn fesur. Dad-diciwch ef
import-mapping-error-not-numbers = Mae gan “{ $column }” werthoedd nad ydynt yn rhifau ({ $values }), felly nid oes ganddo gyfartaledd. Dewiswch “Cyfran”, neu ticiwch y gwerthoedd hynny o dan “Atebion i'w gadael allan”
import-mapping-error-success = Dewiswch yr atebion i “{ $column }” sy'n cyfrif tuag at y gyfran
import-mapping-error-success-and-exclude = “{ $column }”: mae'r ateb { $code } wedi'i dicio i gyfrif ac i'w adael allan. Dad-diciwch un
import-mapping-error-indicator = “{ $column }”: dewiswch ddangosydd o'r rhestr
import-mapping-error-no-measure = Dewiswch o leiaf un mesur: ticiwch “Defnyddio … fel mesur” ar gyfer pob cwestiwn i'w ddadansoddi

import-check-no-rows = Ni fyddai unrhyw resi'n cael eu cadw: mae gan bob rhes broblem o dan y mapio hwn. Gwiriwch y pwysau a'r colofnau a ddewiswyd, neu cywirwch y ffeil.
import-check-not-numeric = Rhaid i “{ $column }” ddal rhifau, ond mae rhes { $row } yn dal “{ $value }”. Dewiswch golofn o rifau, neu cywirwch y ffeil.
import-check-weight = Rhes { $row }: nid yw'r pwysau { $value } yn “{ $column }” yn rhif uwch na 0. Dewiswch golofn bwysau arall, neu cywirwch y ffeil.
import-check-fpc-varies-choose-strata = Mae meintiau'r boblogaeth yn “{ $fpc }” yn wahanol rhwng rhesi ({ $values }), ond heb haenau mae Tessera'n trin y sampl gyfan fel un haen gydag un maint poblogaeth. Maent yn dilyn y golofn “{ $candidate }”: dewiswch “{ $candidate }” fel yr haenau (gall hefyd fod y golofn sy'n dweud pwy sy'n newydd-ddyfodiad), neu dewiswch “Dim” ar gyfer maint y boblogaeth.
import-check-fpc-varies = Mae meintiau'r boblogaeth yn “{ $fpc }” yn wahanol rhwng rhesi ({ $values }), ond heb haenau mae Tessera'n trin y sampl gyfan fel un haen gydag un maint poblogaeth. Dewiswch yr haenau y mae'r meintiau'n perthyn iddynt, neu dewiswch “Dim” ar gyfer maint y boblogaeth.
import-check-fpc-varies-in-stratum = Mae meintiau'r boblogaeth yn “{ $fpc }” yn wahanol o fewn yr haen “{ $stratum }” o “{ $strata }” ({ $values }); un maint poblogaeth sydd gan haen. Gwiriwch mai “{ $strata }” yw'r golofn haenau gywir, neu dewiswch “Dim” ar gyfer maint y boblogaeth.
import-check-fpc-varies-in-stratum-candidate = Mae meintiau'r boblogaeth yn “{ $fpc }” yn wahanol o fewn yr haen “{ $stratum }” o “{ $strata }” ({ $values }); un maint poblogaeth sydd gan haen. Maent yn dilyn y golofn “{ $candidate }”: gwiriwch ai honno yw'r golofn haenau, neu dewiswch “Dim” ar gyfer maint y boblogaeth.
import-check-fpc-invalid = Rhes { $row }: ni ellir defnyddio maint y boblogaeth { $value } yn “{ $column }”: rhaid iddo fod yn rhif uwch na 0 (maint poblogaeth, neu ffracsiwn samplu hyd at 1). Cywirwch y ffeil, neu dewiswch “Dim” ar gyfer maint y boblogaeth.
import-check-fpc-too-small = Rhes { $row }: mae maint y boblogaeth { $value } yn “{ $column }” yn llai na nifer y clystyrau a samplwyd ohoni. Gwiriwch mai maint y boblogaeth yw hwn (nid maint y sampl), neu dewiswch “Dim”.
import-check-clusters = Ni ellir defnyddio'r clystyrau yn “{ $column }” fel y'u dewiswyd ({ $detail }). Gwiriwch y colofnau haenau a chlystyrau.
import-check-failed = Ni ellir cyfrifo'r amcangyfrifon o dan y mapio hwn: { $detail }. Gwiriwch y dyluniad a'r mesurau a ddewiswyd.
import-remap-row-problems = { $count ->
    [one] Byddai gan un rhes
    [two] Byddai gan { $count } res
   *[other] Byddai gan { $count } rhes
} broblemau o dan y mapio hwn (rhesi { $rows }: { $detail }). Mae set ddata sydd wedi'i chadw'n cadw ei rhesi: dewiswch golofnau eraill, neu llwythwch fersiwn wedi'i chywiro o'r ffeil.

import-report-title = Gwirio { $file } cyn ei chadw
import-report-no-problems = Ni chanfuwyd unrhyw broblemau
import-report-problems = { $count ->
    [one] Canfuwyd { $count } broblem
    [two] Canfuwyd { $count } broblem
   *[other] Canfuwyd { $count } problem
}
import-report-left-out = { $count ->
    [one] Mae gan { $count } rhes broblemau a byddai'n cael ei gadael allan o'r set ddata.
    [two] Mae gan { $count } res broblemau a bydden nhw'n cael eu gadael allan o'r set ddata.
   *[other] Mae gan { $count } rhes broblemau a bydden nhw'n cael eu gadael allan o'r set ddata.
} Caiff y ffeil wreiddiol ei chadw'n gyfan y naill ffordd neu'r llall.
import-report-none-in-rows = Nid oes yr un o'r problemau hyn mewn rhes, felly ni fyddai unrhyw resi'n cael eu gadael allan.
import-report-all-passed = Pasiodd pob rhes y gwiriadau. Nid oes dim wedi'i gadw eto.
import-report-estimates-checked = Adeiladwyd dyluniad yr arolwg a chyfrifwyd yr amcangyfrifon gyda'r mapio hwn: bydd tudalennau'r set ddata'n dangos canlyniadau.
import-report-file = Ffeil
import-report-encoding = Amgodiad testun
import-report-encoding-detected = { $encoding } (wedi'i ganfod gan Tessera)
import-report-encoding-chosen = { $encoding } (fel y dewisoch)
import-report-sheet = Dalen
import-report-header-row = Enwau'r colofnau
import-report-header-row-value = Rhes { $row }
import-report-change = Newid
import-report-rows-read = Rhesi a ddarllenwyd
import-report-rows-columns = { $rows ->
    [one] { $rows } rhes
    [two] { $rows } res
   *[other] { $rows } rhes
}, { $columns ->
    [one] { $columns } golofn
    [two] { $columns } golofn
   *[other] { $columns } colofn
}
import-report-rows-left-out = Rhesi a adawyd allan
import-report-rows-kept = Rhesi i'w cadw
import-report-design = Dyluniad
import-report-groups = Grwpiau
import-report-measures = Mesurau
import-report-by-kind = Problemau yn ôl math
import-report-by-kind-caption = Nifer y problemau o bob math
import-report-kind = Math o broblem
import-report-count = Problemau
import-report-first-problems = Y { $count } problem gyntaf
import-report-every-problem = Pob problem
import-report-download = { $count ->
    [one] Lawrlwytho'r broblem fel CSV
   *[other] Lawrlwytho pob un o'r { $count } problem fel CSV
} i'w cywiro yn y ffeil.
import-report-problems-caption = Problemau, gyda rhes a cholofn pob un
import-report-row = Rhes
import-report-line = Llinell
import-report-column = Colofn
import-report-value = Gwerth
import-report-problem = Problem
import-report-row-note = Rhes 1 yw'r rhes gyntaf ar ôl enwau'r colofnau. Llinell yw llinell y ffeil (neu res y ddalen).
import-report-save = Cadw'r set ddata
import-report-save-version = Cadw'r set ddata fel fersiwn newydd
import-report-save-without = { $count ->
    [one] Cadw'r set ddata heb y rhes hon
   *[other] Cadw'r set ddata heb y { $count } rhes hyn
}
import-report-save-version-without = { $count ->
    [one] Cadw fel fersiwn newydd heb y rhes hon
   *[other] Cadw fel fersiwn newydd heb y { $count } rhes hyn
}
import-report-back = Yn ôl at y mapio

import-kind-unparseable-number = nid yw'n rhif
import-kind-non-positive-weight = pwysau heb fod yn uwch na 0
import-kind-missing-weight = pwysau ar goll
import-kind-unknown-code = cod anhysbys
import-kind-ragged-row = nifer anghywir o feysydd
import-kind-invalid-utf8 = amgodiad testun annilys
import-kind-duplicate-column = enw colofn dyblyg
import-kind-unknown-variable = newidyn anhysbys
import-kind-cell-error = cell wall mewn taenlen
import-kind-truncated-data = data wedi'u torri
import-kind-malformed-metadata = metadata diffygiol
