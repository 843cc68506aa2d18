# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).
## Setiau data: y rhestr, proffil a thudalennau mesur set ddata, ei mapio, ei dileu.

datasets-not-found = Nid oes set ddata yn y cyfeiriad hwn yn eich sefydliad.
datasets-no-such-measure = Nid oes gan y set ddata hon fesur “{ $measure }”.
datasets-no-such-breakdown = Nid yw “{ $by }” yn ddadansoddiad o'r set ddata hon; dewiswch un o: { $options }
datasets-name-version = { $name }, fersiwn { $version }
datasets-version = Fersiwn { $version }
datasets-back-to = Yn ôl at { $name }
datasets-cancel = Canslo
datasets-size-mb = { $size } MB
datasets-size-kb = { $size } KB
datasets-size-bytes = { $count ->
    [zero] { $count } beit
    [one] { $count } beit
    [two] { $count } feit
   *[other] { $count } beit
}

datasets-list-intro = Data arolygon a gwasanaethau y mae eich sefydliad wedi dod â nhw i mewn i Tessera. Mae pob un yn dangos proffil integreiddio: newydd-ddyfodiaid a'r gymuned sy'n croesawu ochr yn ochr, gyda'r bwlch rhyngddynt.
datasets-list-bring-in = Dod â set ddata i mewn
datasets-list-none = Nid oes setiau data eto.
datasets-list-dataset = Set ddata
datasets-list-waves = Tonnau
datasets-list-rows = Rhesi
datasets-list-size = Maint y ffeil
datasets-list-imported = Mewnforiwyd
datasets-list-left-out = { $count } wedi'u gadael allan
datasets-list-by = gan { $who }
datasets-overdue-title = Mae'r dyddiad cadw wedi mynd heibio
datasets-overdue-heading = { $count ->
    [one] Mae { $count } set ddata wedi mynd heibio'r dyddiad a osododd eich sefydliad ar gyfer ei chadw. Dilëwch hi, neu gosodwch ddyddiad diweddarach os oes ei hangen arnoch o hyd.
    [two] Mae { $count } set ddata wedi mynd heibio'r dyddiad a osododd eich sefydliad ar gyfer eu cadw. Dilëwch nhw, neu gosodwch ddyddiad diweddarach os oes eu hangen arnoch o hyd.
   *[other] Mae { $count } set ddata wedi mynd heibio'r dyddiad a osododd eich sefydliad ar gyfer eu cadw. Dilëwch nhw, neu gosodwch ddyddiad diweddarach os oes eu hangen arnoch o hyd.
}
datasets-overdue-delete = Dileu { $name }
datasets-overdue-delete-version = Dileu { $name } (fersiwn { $version })
datasets-overdue-keep-until = cadw tan { $date }
datasets-overdue-change = newid y dyddiad

datasets-profile-title = Proffil integreiddio – { $name }
datasets-profile-caption = Proffil integreiddio
datasets-profile-shared-by = Proffil integreiddio a rannwyd gan { $org }
datasets-profile-shared-with = Mae { $org } yn rhannu'r canlyniadau hyn gyda { $target }.
datasets-profile-shared-everyone = Mae { $org } yn rhannu'r canlyniadau hyn gyda phawb.
datasets-profile-shared-protections = Amcangyfrifon yn unig ydynt, gyda'r un amddiffyniadau ag ar gyfer { $org }: dim atebion unigol, a dim ffigur o rhy ychydig o bobl.
datasets-profile-share-link = Rhannu'r canlyniadau hyn
datasets-profile-share-rest = gyda sefydliad arall neu gyda phawb.
datasets-profile-intro-newcomers = Dangosir pob dangosydd ar gyfer newydd-ddyfodiaid
datasets-profile-intro-receiving = a'r gymuned sy'n croesawu ochr yn ochr, gyda'r bwlch rhyngddynt a chyfwng 95%: yr amrediad y mae'r gwir ffigur yn debygol o fod ynddo.
datasets-profile-intro-domains = Mae'r set ddata hon yn cwmpasu { $domains ->
    [zero] dim parthau
    [one] { $domains } parth
    [two] { $domains } barth
   *[other] { $domains } parth
} mewn { $types } o fathau parth y fframwaith.
datasets-profile-responses = { $count ->
    [zero] Dim ymatebion
    [one] { $count } ymateb
    [two] { $count } ymateb
   *[other] { $count } ymateb
}
datasets-profile-over-waves = dros { $count ->
    [one] { $count } don.
    [two] { $count } don.
   *[other] { $count } ton.
}
datasets-profile-suppression = Ni ddangosir ffigurau o lai na { $min } o ymatebion (“rhy ychydig o ymatebion”); caiff ffigurau o ychydig o ymatebion neu gyda gwall cymharol mawr eu marcio'n “annibynadwy”. Caiff niferoedd eu talgrynnu i'r { $rounding } agosaf.
datasets-profile-unlinked = Heb eu cysylltu â dangosydd
datasets-profile-computed-in = Cyfrifwyd yr amcangyfrifon mewn { $ms } ms.
datasets-who-counts = Pwy sy'n cyfrif fel newydd-ddyfodiad:
datasets-see-mapping = Gweld sut y mapiwyd y colofnau
datasets-rows-by-side = Rhesi: { $newcomers } o newydd-ddyfodiaid a { $receiving } yn y gymuned sy'n croesawu.
datasets-rows-other = Mae { $count } o resi ar y naill ochr na'r llall (“arall neu anhysbys”): nid ydynt mewn unrhyw gymhariaeth, ac mae tudalen pob mesur yn dangos eu ffigurau.
datasets-about-count = tua { $count }
datasets-fewer-than = llai na { $count }
datasets-download-original = Lawrlwytho'r ffeil wreiddiol
datasets-see-the-mapping = Gweld y mapio
datasets-edit-mapping = Golygu'r mapio
datasets-replace = Llwytho fersiwn wedi'i chywiro
datasets-delete-link = Dileu'r set ddata hon…
datasets-indicator = Dangosydd:
datasets-over-time = Dros amser: { $reading }
datasets-wave = Ton
datasets-gap-interval = Bwlch (cyfwng 95%)
datasets-card-by-wave = { $measure } yn ôl ton
datasets-breakdowns-link = Dadansoddiadau a siartiau
datasets-for-measure = ar gyfer { $measure }
datasets-retention-heading = Cadw'r set ddata hon
datasets-retention-until = Cadw tan { $date }. Ar ôl y dyddiad hwnnw, gofynnir i berchnogion ei dileu.
datasets-retention-none = Nid oes dyddiad cadw wedi'i osod. Mae cyfraith diogelu data'n gofyn i chi gadw data personol am ddim hirach nag sydd ei angen arnoch: gosodwch y dyddiad ar ôl y dylid ei dileu.
datasets-retention-label = Cadw tan (BBBB-MM-DD)
datasets-retention-hint = Gadewch yn wag os nad oes dyddiad.
datasets-retention-save = Cadw'r dyddiad cadw
datasets-retention-invalid = Y dyddiad cadw: { $detail }. Ewch yn ôl a'i gywiro.
datasets-delete-heading = Dileu'r set ddata hon
datasets-delete-intro = Mae dileu'n tynnu'r ymatebion, y ffeil wreiddiol a phob amcangyfrif a gyfrifwyd ohonynt, i bawb yn eich sefydliad.

datasets-computing-title = Yn cyfrifo amcangyfrifon – { $name }
datasets-computing = Yn cyfrifo amcangyfrifon
datasets-computing-rows = Mae Tessera'n cyfrifo'r amcangyfrifon ar gyfer { $count ->
    [one] { $count } rhes.
    [two] { $count } res.
   *[other] { $count } rhes.
}
datasets-computing-seconds = ({ $count ->
    [one] { $count } eiliad hyd yma)
    [two] { $count } eiliad hyd yma)
   *[other] { $count } eiliad hyd yma)
}
datasets-computing-refresh = Mae'r dudalen hon yn adnewyddu ei hun; gallwch hefyd
datasets-computing-reload = ei hail-lwytho.
datasets-broken-title = Ni ellir dangos canlyniadau – { $name }
datasets-broken-heading = Ni ellir dangos y canlyniadau
datasets-broken-what-to-do = Cafodd y set ddata ei chadw gyda mapio na all ei hamcangyfrifon ei ddefnyddio. Mae ei rhesi a'i ffeil wreiddiol wedi'u cadw. Newidiwch y mapio (caiff fersiwn newydd ei chadw gydag ef), llwythwch ffeil wedi'i chywiro, neu dilëwch hi.
datasets-broken-ask-editor = Gofynnwch i olygydd neu berchennog yn eich sefydliad gywiro'r mapio.

datasets-split-by = Rhannu'r canlyniadau yn ôl
datasets-show = Dangos
datasets-by = Yn ôl { $by }
datasets-by-wave = Yn ôl ton
datasets-responses = Ymatebion
datasets-responses-rounded = Ymatebion (wedi'u talgrynnu)
datasets-results-caption = { $table }: amcangyfrifon gyda chyfyngau 95%
datasets-what-it-means = Beth mae'n ei olygu
datasets-download-table = Lawrlwytho'r tabl hwn:
datasets-download-xlsx = Adroddiad Excel (XLSX)
datasets-download-csv = data i'w dadansoddi (CSV)
datasets-suppressed-here = Caiff ffigurau o lai na { $min } o ymatebion eu hatal yma ac mewn lawrlwythiadau.
datasets-other-heading = Rhesi ar y naill ochr na'r llall
datasets-other-show = Dangos ffigurau'r rhesi nad ydynt ar y naill ochr na'r llall
datasets-other-explain = Nid yw'r rhesi hyn yn cyfateb i reol y newydd-ddyfodiaid na rheol y gymuned sy'n croesawu (er enghraifft mae'r ateb sy'n penderfynu ar goll). Fe'u dangosir er mwyn cyflawnrwydd ac ni chânt eu cymharu â neb.
datasets-other-caption = Arall neu anhysbys: amcangyfrifon gyda chyfyngau 95%
datasets-across-waves = Ar draws tonnau
datasets-trend-caption = Mae llinellau'n cysylltu'r amcangyfrifon; mae bandiau wedi'u lliwio'n dangos y cyfyngau 95%. Mae gan y tabl “Yn ôl ton” yr un ffigurau.
datasets-export-still-computing = Mae'r amcangyfrifon yn dal i gael eu cyfrifo. Rhowch gynnig arall ar y lawrlwythiad ymhen ychydig eiliadau.

datasets-mapping-title = Mapio – { $name }
datasets-mapping-crumb = Mapio
datasets-mapping-heading = Sut y mapiwyd y colofnau
datasets-mapping-intro = Mae'r mapio'n dweud pa golofnau sy'n dal dyluniad yr arolwg, pwy sy'n cyfrif fel newydd-ddyfodiad a phwy fel y gymuned sy'n croesawu, beth sy'n cael ei fesur, a'r geiriau a ddangosir ar gyfer codau. Mae pob canlyniad y set ddata hon yn ei ddilyn.
datasets-mapping-edit-link = Golygu'r mapio
datasets-mapping-edit-note = caiff y mapio wedi'i olygu ei gadw fel fersiwn newydd o'r set ddata, gyda'r un rhesi, wedi'i wirio cyn ei gadw; mae'r fersiwn hon yn aros fel y mae.
datasets-mapping-groups = Newydd-ddyfodiaid a'r gymuned sy'n croesawu
datasets-mapping-design-and-breakdowns = Dyluniad a dadansoddiadau
datasets-mapping-design = Dyluniad yr arolwg
datasets-mapping-wave = Ton
datasets-mapping-area = Ardal
datasets-mapping-breakdowns = Dadansoddiadau
datasets-mapping-none = Dim
datasets-mapping-measures = { $count ->
    [zero] Dim mesurau
    [one] { $count } mesur
    [two] { $count } fesur
   *[other] { $count } mesur
}
datasets-mapping-measures-caption = Y mesurau, gyda'r atebion sy'n cyfrif a'r rhai a adewir allan
datasets-mapping-measure = Mesur
datasets-mapping-column = Colofn
datasets-mapping-kind = Math
datasets-mapping-kind-proportion = Cyfran
datasets-mapping-kind-mean = Cyfartaledd
datasets-mapping-counts = Atebion sy'n cyfrif
datasets-mapping-left-out = Wedi'u gadael allan
datasets-mapping-indicator = Dangosydd
datasets-mapping-words = Geiriau ar gyfer codau
datasets-mapping-edit-heading = Golygu'r mapio
datasets-mapping-edit-intro = Newidiwch sut y mapir y colofnau. Caiff y set ddata ei gwirio eto gyda'r mapio newydd — y rhesi, y dyluniad a'r amcangyfrifon — a'i chadw fel fersiwn { $next }; mae fersiwn { $version } yn aros fel y mae.
datasets-mapping-edit-submit = Gwirio a chadw fel fersiwn newydd
datasets-mapping-edit-cancel = Canslo

datasets-delete-title = Dileu { $name }?
datasets-delete-caption = Dileu set ddata
datasets-delete-question = Dileu “{ $name }”?
datasets-delete-question-version = Dileu “{ $name }” (fersiwn { $version })?
datasets-delete-warning = Ni ellir dadwneud hyn. Lawrlwythwch y ffeil wreiddiol yn gyntaf os efallai y bydd ei hangen arnoch eto.
datasets-delete-removes = Mae dileu'n tynnu, i bawb yn eich sefydliad:
datasets-delete-responses = y { $rows ->
    [one] { $rows } ymateb
   *[other] { $rows } ymateb
} mewn { $columns ->
    [one] { $columns } golofn
    [two] { $columns } golofn
   *[other] { $columns } colofn
}, gyda'r llyfr codau a'r mapio;
datasets-delete-original = y ffeil wreiddiol,
datasets-delete-estimates = pob amcangyfrif a gyfrifwyd ohoni, felly mae ei phroffil, ei thudalennau mesur a'i hallforion yn mynd;
datasets-delete-later = { $count ->
    [one] ei fersiwn ddiweddarach, sy'n ei chywiro ac sy'n dal atebion yr un bobl:
   *[other] ei { $count } fersiwn ddiweddarach, sy'n ei chywiro ac sy'n dal atebion yr un bobl:
}
datasets-delete-later-one = fersiwn { $version }, { $file } ({ $rows } ymateb, mewnforiwyd { $date })
datasets-delete-audit = Mae'r log archwilio'n cadw cofnod ei bod yn bodoli (ei henw, ei maint a phwy a'i mewnforiodd ac a'i dileodd), ond dim o'i data.
datasets-delete-versions = Dileu'r { $count } fersiwn hyn
