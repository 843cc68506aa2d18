# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Rhannu cynllun neu ganlyniadau set ddata, a'r tudalennau sy'n dangos yr hyn a rannwyd.

sharing-list-title = Cynlluniau a chanlyniadau a rannwyd
sharing-list-intro = Gall sefydliadau ar y Tessera hwn rannu cynllun neu ganlyniadau set ddata gyda sefydliad arall, neu eu cyhoeddi i bawb. Amcangyfrifon yn unig yw canlyniadau a rennir, byth atebion unrhyw un.
sharing-with-you = Wedi'u rhannu gyda chi
sharing-with-org = Wedi'u rhannu gyda { $org }
sharing-nothing-with-you = Nid oes dim wedi'i rannu gyda chi ar hyn o bryd.
sharing-nothing-with-org = Nid oes dim wedi'i rannu gyda { $org } ar hyn o bryd.
sharing-shared-by = { $kind ->
    [plan] cynllun
   *[other] canlyniadau
} wedi'u rhannu gan { $org }
sharing-published-heading = Wedi'u cyhoeddi i bawb
sharing-nothing-published = Nid oes dim wedi'i gyhoeddi ar hyn o bryd.
sharing-published-by = { $kind ->
    [plan] cynllun
   *[other] canlyniadau
} wedi'u cyhoeddi gan { $org }
sharing-nothing-here = Nid oes dim wedi'i rannu yn y cyfeiriad hwn. Efallai fod y sefydliad a'i rannodd wedi'i dynnu'n ôl.
sharing-switch-to-see = Mae hyn wedi'i rannu gyda { $org }, un o'ch sefydliadau. Newidiwch i weithio yn { $org } i'w weld.

sharing-caption = Rhannu
sharing-manage-title = Rhannu “{ $title }”
sharing-manage-plan-intro = Mae rhannu cynllun yn ei ddangos, i'w ddarllen yn unig, i'r sefydliad a ddewiswch neu i bawb: ei ddiagram, ei amlinelliad, ei gynllun gwerthuso a'i wiriadau. Ni ddangosir eich ffigurau cynnydd.
sharing-manage-dataset-intro = Mae rhannu set ddata yn dangos ei phroffil integreiddio, i'w ddarllen yn unig: amcangyfrifon ar gyfer newydd-ddyfodiaid a'r gymuned sy'n eu derbyn gyda'u cyfyngau, gyda'r un amddiffyniadau ag a welwch chi (dim ffigur o rhy ychydig o bobl, cyfrifon wedi'u talgrynnu). Ni rennir yr ymatebion eu hunain, y ffeil wreiddiol na'r dadansoddiadau manylach byth.
sharing-now = Wedi'i rannu nawr
sharing-not-shared = Heb ei rannu gydag unrhyw un.
sharing-with = Gyda
sharing-link = Dolen
sharing-shared-by-heading = Rhannwyd gan
sharing-everyone-published = Pawb (wedi'i gyhoeddi)
sharing-withdraw-button = Tynnu'n ôl
sharing-withdraw-hidden = y rhannu gyda { $with }
sharing-withdraw-hidden-everyone = y rhannu gyda phawb
sharing-share-with = Rhannu gyda
sharing-who-may-see = Pwy gaiff ei weld
sharing-choose = Dewiswch…
sharing-everyone-option = Pawb, heb fewngofnodi (cyhoeddi)
sharing-share-button = Rhannu
sharing-back-to = Yn ôl i “{ $title }”
sharing-refusal-no-one = Dewiswch gyda phwy i rannu
sharing-refusal-unknown = Nid oes sefydliad o'r enw “{ $slug }” ar y Tessera hwn
sharing-refusal-already = Mae eisoes wedi'i rannu gyda nhw
sharing-refusal-own = Mae eich sefydliad eisoes yn gweld ei gynlluniau a'i ganlyniadau ei hun: dewiswch sefydliad arall

sharing-everyone = pawb
sharing-confirm-heading = Peidio â rhannu { $kind ->
    [plan] y cynllun
   *[other] canlyniadau
} “{ $title }” gyda { $with }?
sharing-confirm-body-org = Ni fydd { $with } yn ei weld mwyach, a bydd ei ddolen yn peidio â gweithio. Gallwch ei rannu eto yn nes ymlaen; bydd y ddolen yn un newydd bryd hynny.
sharing-confirm-body-everyone = Ni fydd wedi'i gyhoeddi mwyach, a bydd ei ddolen yn peidio â gweithio i bawb. Gallwch ei gyhoeddi eto yn nes ymlaen; bydd y ddolen yn un newydd bryd hynny.
sharing-confirm-warning = Ni ellir dadwneud tynnu rhannu yn ôl.

sharing-plan-title = { $title } (wedi'i rannu gan { $org })
sharing-plan-caption = { $kind ->
    [strategy] Cynllun strategaeth
   *[other] Cynllun ymyrraeth
} wedi'i rannu gan { $org } · newidiwyd ddiwethaf { $when }
sharing-plan-notice-org = Mae { $org } yn rhannu'r cynllun hwn gyda { $with }, i'w ddarllen yn unig.
sharing-plan-notice-everyone = Mae { $org } yn rhannu'r cynllun hwn gyda phawb, i'w ddarllen yn unig.
