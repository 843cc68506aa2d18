# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Gwiriadau egwyddorion y cynllunydd (tessera-plan): teitlau, beth a gafwyd a beth i'w wneud, manylion.

plans-check-status-pass = Wedi pasio
plans-check-status-fail = I'w drwsio
plans-check-status-warn = Cyngor
plans-check-status-not-applicable = Ddim yn berthnasol

plans-principle-multi-dimensional = Mae integreiddio'n amlddimensiwn
plans-principle-multi-directional = Mae integreiddio'n amlgyfeiriadol
plans-principle-shared-responsibility = Mae integreiddio'n gyfrifoldeb a rennir
plans-principle-context-specific = Mae integreiddio'n dibynnu ar y cyd-destun
plans-principle-evaluation = Theori newid a gwerthuso
plans-principle-pack = Un o egwyddorion y fframwaith

plans-check-no-stakeholders-yet = Nid oes rhanddeiliaid i edrych arnynt eto.
plans-check-no-outcomes-yet = Nid oes canlyniadau interim eto.
plans-check-no-indicators-yet = Nid oes dangosyddion eto.
plans-check-no-assumptions-yet = Nid oes rhagdybiaethau eto.

plans-check-party-newcomers = newydd-ddyfodiaid
plans-check-party-receiving-community = y gymuned sy'n croesawu
plans-check-party-institutions = sefydliadau (cyrff cyhoeddus, grwpiau gwirfoddol, cyflogwyr neu gyllidwyr)

plans-check-sector-public = cyrff cyhoeddus
plans-check-sector-voluntary = grwpiau gwirfoddol a chymunedol
plans-check-sector-business = cyflogwyr a busnes
plans-check-sector-funders = cyllidwyr

plans-check-several-domains-title = Yn mesur mwy nag un parth
plans-check-several-domains-unplaced = Ni ellir gosod yr un o'r dangosyddion mewn parth o'r fframwaith eto. Dewiswch ddangosyddion o'r catalog, neu rhowch eu parth i ddangosyddion lleol, gan ddefnyddio o leiaf ddau barth fel bod y cynllun yn edrych ar fwy nag un rhan o fywyd.
plans-check-several-domains-none = Nid oes yr un dangosydd yn cyfeirio at barth o'r fframwaith eto. Ychwanegwch ddangosyddion at eich canlyniadau, o ddau barth o leiaf, fel bod y cynllun yn edrych ar fwy nag un rhan o fywyd.
plans-check-several-domains-one = Mae pob dangosydd yn yr un parth. Mae integreiddio'n digwydd mewn sawl rhan o fywyd ar yr un pryd; ychwanegwch ddangosydd o un parth arall o leiaf y mae eich gwaith yn debygol o effeithio arno.
plans-check-several-domains-pass = Mae'r dangosyddion yn cwmpasu mwy nag un parth, felly mae'r cynllun yn edrych ar integreiddio mewn mwy nag un rhan o fywyd.
plans-check-several-domains-detail-all-in = Mae pob dangosydd yn mesur { $domain }.

plans-check-several-domain-types-title = Yn mesur mwy nag un math o barth
plans-check-several-domain-types-pass = Daw'r dangosyddion o fwy nag un parth a mwy nag un math o barth (er enghraifft hwylusydd yn ogystal â chysylltiad cymdeithasol).
plans-check-several-domain-types-too-few-domains = Nid yw'r dangosyddion yn cwmpasu dau barth eto, felly ni allant gwmpasu dau fath o barth. Man cychwyn da yw un parth o bob math sy'n bwysig i'r gwaith — hwylusydd, cysylltiad cymdeithasol a marciwr neu ddull.
plans-check-several-domain-types-one-type = Daw'r dangosyddion i gyd o un math o barth. Man cychwyn da yw un parth o bob math sy'n bwysig i'r gwaith — hwylusydd, cysylltiad cymdeithasol a marciwr neu ddull — felly ychwanegwch ddangosydd o fath arall.

plans-check-social-connections-indicator-title = Yn cynnwys dangosydd Cysylltiadau Cymdeithasol
plans-check-social-connections-indicator-pass = Mae o leiaf un dangosydd yn mesur perthnasoedd: bondiau, pontydd neu ddolenni cymdeithasol.
plans-check-social-connections-indicator-warn = Nid oes yr un dangosydd yn mesur perthnasoedd. Mae'r canllaw yn argymell yn gryf fod pob cynllun yn cynnwys un, gan fod cysylltiadau ag eraill yn ganolog i integreiddio. Ychwanegwch ddangosydd o Fondiau Cymdeithasol, Pontydd Cymdeithasol neu Ddolenni Cymdeithasol.

plans-check-not-only-own-service-domain-title = Yn mesur integreiddio, nid darparu gwasanaeth yn unig
plans-check-not-only-own-service-domain-no-indicators = Nid oes dangosyddion i edrych arnynt eto.
plans-check-not-only-own-service-domain-no-domains = Nid yw'r cynllun yn dweud eto ym mha barthau y mae'n gweithio, felly nid oes maes gwasanaeth i gymharu'r dangosyddion ag ef. Ychwanegwch y parthau y mae'r gwaith ynddynt.
plans-check-not-only-own-service-domain-warn = Mae'r cynllun yn gweithio ym mharth { $domain } ac mae pob dangosydd o'r parth hwnnw hefyd. Mae hynny'n dangos pa mor dda y caiff y gwasanaeth ei ddarparu, nid beth y mae'n ei wneud dros integreiddio. Ychwanegwch ddangosyddion o barthau eraill lle rydych yn disgwyl i'r gwaith wneud gwahaniaeth.
plans-check-not-only-own-service-domain-one-domain = Mae'r dangosyddion yn mesur un parth yn unig, felly daw “{ $check }” yn gyntaf; mae'r gwiriad hwn yn edrych eto pan fydd dau.
plans-check-not-only-own-service-domain-pass = Mae'r dangosyddion yn cwmpasu mwy nag un parth ac yn mynd y tu hwnt i'r un maes y mae gwasanaeth yn gweithio ynddo.

plans-check-receiving-community-measured-title = Yn mesur y gymuned sy'n croesawu yn ogystal â newydd-ddyfodiaid
plans-check-receiving-community-measured-pass = Mae o leiaf un dangosydd yn cael ei fesur ar gyfer y gymuned sy'n croesawu, felly gellir gweld newid ar y ddwy ochr.
plans-check-receiving-community-measured-none = Nid oes yr un dangosydd yn mesur y gymuned sy'n croesawu eto. Mae integreiddio'n newid pawb sy'n rhan ohono, felly pan fyddwch yn ychwanegu dangosyddion, rhowch o leiaf un ar waith ar gyfer `receiving_community`, `both`, neu grŵp targed o'r gymuned sy'n croesawu.
plans-check-receiving-community-measured-newcomers-only = Mae pob dangosydd yn cael ei fesur ar gyfer newydd-ddyfodiaid yn unig. Mae integreiddio'n newid pawb sy'n rhan ohono, felly mesurwch y gymuned sy'n croesawu hefyd: rhowch ddangosydd ar waith ar gyfer `receiving_community`, `both`, neu grŵp targed o'r gymuned sy'n croesawu.
plans-check-receiving-community-measured-detail-group = Mae'r grŵp targed “{ $group }” ar ochr y gymuned sy'n croesawu ond nid oes dangosydd yn cael ei fesur ar ei gyfer.

plans-check-stakeholders-of-all-three-kinds-title = Yn enwi rhanddeiliaid o blith newydd-ddyfodiaid, y gymuned sy'n croesawu a sefydliadau
plans-check-stakeholders-of-all-three-kinds-pass = Mae'r rhanddeiliaid yn cynnwys newydd-ddyfodiaid, y gymuned sy'n croesawu a sefydliadau.
plans-check-stakeholders-of-all-three-kinds-fail = Mae integreiddio'n waith i bawb, felly enwch o leiaf un rhanddeiliad o blith newydd-ddyfodiaid, y gymuned sy'n croesawu a sefydliadau. Ar goll: { $missing }.
plans-check-stakeholders-of-all-three-kinds-detail-newcomers = Dim rhanddeiliad o blith newydd-ddyfodiaid.
plans-check-stakeholders-of-all-three-kinds-detail-receiving-community = Dim rhanddeiliad o'r gymuned sy'n croesawu.
plans-check-stakeholders-of-all-three-kinds-detail-institutions = Dim rhanddeiliad o blith sefydliadau (cyrff cyhoeddus, grwpiau gwirfoddol, cyflogwyr neu gyllidwyr).

plans-check-stakeholders-involved-in-design-title = Yn cynnwys pob math o randdeiliad o'r cam dylunio
plans-check-stakeholders-involved-in-design-not-all-named = Nid yw pob math o randdeiliad wedi'i enwi eto (gweler “{ $check }”); pan fydd pob math wedi'i enwi, mae'r gwiriad hwn yn edrych a oes rhywun o bob un yn cymryd rhan yn y dylunio.
plans-check-stakeholders-involved-in-design-pass = Mae gan newydd-ddyfodiaid, y gymuned sy'n croesawu a sefydliadau bob un rywun sy'n cymryd rhan o'r cam dylunio.
plans-check-stakeholders-involved-in-design-warn = Mae rhai mathau o randdeiliaid yn ymuno ar ôl y dylunio yn unig. Mae pobl sy'n helpu i lunio'r gwaith yn sylwi ar rwystrau cudd ac yn aros yn ymrwymedig i'w ganlyniadau; cynhwyswch rywun o bob math wrth i chi ddylunio, neu o leiaf yn y gwerthuso os yw'r gwaith eisoes wedi dechrau.
plans-check-stakeholders-involved-in-design-detail-newcomers = Nid oes neb o blith newydd-ddyfodiaid yn cymryd rhan yn y dylunio.
plans-check-stakeholders-involved-in-design-detail-receiving-community = Nid oes neb o'r gymuned sy'n croesawu yn cymryd rhan yn y dylunio.
plans-check-stakeholders-involved-in-design-detail-institutions = Nid oes neb o blith sefydliadau (cyrff cyhoeddus, grwpiau gwirfoddol, cyflogwyr neu gyllidwyr) yn cymryd rhan yn y dylunio.

plans-check-local-leadership-title = Mae corff cyhoeddus yn arwain o'r cam dylunio
plans-check-local-leadership-pass = Mae corff cyhoeddus, fel y cyngor, yn cymryd rhan o'r cam dylunio a gall arwain a dod â phartneriaid ynghyd.
plans-check-local-leadership-warn = Mae arweinyddiaeth leol yn creu newid: enwch y cyngor neu gorff cyhoeddus arall ymhlith y rhanddeiliaid a'i gynnwys o'r cam dylunio, yn arwain y gwaith ac yn dwyn partneriaid ynghyd.
plans-check-local-leadership-detail-none = Nid oes corff cyhoeddus, fel y cyngor, wedi'i enwi'n rhanddeiliad.
plans-check-local-leadership-detail-late = Mae'r cyrff cyhoeddus a enwir yn ymuno ar ôl y dylunio yn unig.

plans-check-partners-from-several-sectors-title = Yn gweithio mewn partneriaeth ar draws sectorau
plans-check-partners-from-several-sectors-pass = Daw'r partneriaid o fwy nag un sector: { $sectors }.
plans-check-partners-from-several-sectors-warn = Caiff cynhwysiant ei gyflawni mewn partneriaeth: enwch bartneriaid o ddau sector o leiaf, fel y cyngor gyda grwpiau gwirfoddol, cyflogwyr neu gyllidwyr, a dywedwch beth y mae pob un yn ei wneud.
plans-check-partners-from-several-sectors-detail-one = Mae pob partner sefydliadol yn perthyn i'r sector hwn: { $sector }.
plans-check-partners-from-several-sectors-detail-none = Nid oes partner sefydliadol wedi'i enwi.

plans-check-theory-of-change-connected-title = Mae pob cam yn arwain at y nod
plans-check-theory-of-change-connected-pass = Mae pob gweithgaredd yn arwain drwy allbynnau a chanlyniadau at y nod.
plans-check-theory-of-change-connected-fail = Gweithiwch yn ôl o'r nod: enwch y canlyniadau interim sy'n arwain ato, yr allbynnau sy'n dod â'r rheini i fod a'r gweithgareddau sy'n cynhyrchu'r allbynnau, yna cysylltwch bob un â'r nesaf fel bod pob cam yn arwain at y nod.
plans-check-theory-of-change-connected-detail-no-kind = { $kind ->
    [outcome] Nid oes gan y cynllun ganlyniad interim eto.
    [output] Nid oes gan y cynllun allbwn eto.
   *[activity] Nid oes gan y cynllun weithgaredd eto.
}
plans-check-theory-of-change-connected-detail-unconnected = { $kind ->
    [outcome] Nid yw'r canlyniad interim “{ $text }” yn arwain at y nod.
    [output] Nid yw'r allbwn “{ $text }” yn arwain at y nod.
    [activity] Nid yw'r gweithgaredd “{ $text }” yn arwain at y nod.
   *[other] Nid yw “{ $text }” yn arwain at y nod.
}

plans-check-outcomes-have-indicators-title = Mae gan bob canlyniad ddangosydd
plans-check-outcomes-have-indicators-pass = Mae gan bob canlyniad interim o leiaf un dangosydd i ddangos a yw'n digwydd.
plans-check-outcomes-have-indicators-fail = Ni ellir mesur canlyniad heb ddangosydd. Dewiswch ddangosydd o'r catalog ar gyfer pob canlyniad a restrir, neu ysgrifennwch un lleol pan nad oes un yn addas.
plans-check-outcomes-have-indicators-detail = Nid oes gan y canlyniad “{ $outcome }” ddangosydd.

plans-check-indicators-recognised-title = Mae pob dangosydd yn y catalog neu wedi'i ddiffinio yn y cynllun
plans-check-indicators-recognised-pass = Gellir dod o hyd i bob dangosydd, felly mae ei barth yn hysbys.
plans-check-indicators-recognised-warn = Ni ellir dod o hyd i rai dangosyddion, felly ni all y gwiriadau eraill ddweud pa barth y maent yn ei fesur. Dewiswch nhw o'r catalog, neu ychwanegwch nhw at ddangosyddion lleol y cynllun gyda'u parth.
plans-check-indicators-recognised-detail = Nid yw “{ $indicator }” yn ddangosydd hysbys.

plans-check-indicators-have-baseline-and-target-title = Mae gan bob dangosydd linell sylfaen a tharged
plans-check-indicators-have-baseline-and-target-pass = Mae pob dangosydd yn dweud ble mae pethau nawr a ble mae'r cynllun yn gobeithio y byddant.
plans-check-indicators-have-baseline-and-target-fail = Dim ond yn erbyn man cychwyn a nod y gellir barnu cynnydd. Ar gyfer pob dangosydd a restrir, cofnodwch y gwerth nawr (y llinell sylfaen) a'r gwerth rydych yn anelu ato (y targed).
plans-check-indicators-have-baseline-and-target-detail = { $missing ->
    [baseline] Nid oes llinell sylfaen gan “{ $indicator }” o dan y canlyniad “{ $outcome }”.
    [target] Nid oes targed gan “{ $indicator }” o dan y canlyniad “{ $outcome }”.
   *[both] Nid oes llinell sylfaen na tharged gan “{ $indicator }” o dan y canlyniad “{ $outcome }”.
}

plans-check-targets-from-local-baseline-title = Mae targedau wedi'u gosod yn erbyn llinell sylfaen leol
plans-check-targets-from-local-baseline-none = Nid oes llinellau sylfaen na thargedau eto.
plans-check-targets-from-local-baseline-pass = Cafodd pob llinell sylfaen ei mesur yn lleol ac mae gan bob targed un, felly mae'r targedau'n adlewyrchu'r lle hwn a'r bobl hyn.
plans-check-targets-from-local-baseline-warn = Nid oes targedau cyffredinol ar gyfer integreiddio: mae sut olwg sydd ar gynnydd yn dibynnu ar y lle. Mesurwch bob llinell sylfaen yn lleol (er enghraifft gydag arolwg byr cyn i'r gwaith ddechrau), cytunwch ar y targed gyda'r rhanddeiliaid, a nodwch fod y llinell sylfaen yn lleol.
plans-check-targets-from-local-baseline-detail-no-baseline = Mae gan “{ $indicator }” darged ond dim llinell sylfaen i'w osod yn ei herbyn.
plans-check-targets-from-local-baseline-detail-national = Ffigur cenedlaethol yw llinell sylfaen “{ $indicator }”.
plans-check-targets-from-local-baseline-detail-elsewhere = Daw llinell sylfaen “{ $indicator }” o rywle arall.
plans-check-targets-from-local-baseline-detail-unsourced = Nid yw llinell sylfaen “{ $indicator }” yn dweud o ble y daw.

plans-check-learns-from-elsewhere-title = Yn dysgu o arfer ac ymchwil mewn mannau eraill
plans-check-learns-from-elsewhere-none = Nid oes rhagdybiaethau eto, felly nid oes tystiolaeth i edrych arni.
plans-check-learns-from-elsewhere-pass = Mae o leiaf un rhagdybiaeth yn seiliedig ar ymchwil gyhoeddedig, fel gwerthusiadau o waith mewn mannau eraill.
plans-check-learns-from-elsewhere-warn = Edrychwch ar yr hyn sydd wedi gweithio mewn lleoedd eraill a gwledydd eraill: ychwanegwch ymchwil gyhoeddedig neu werthusiadau o waith tebyg yn dystiolaeth ar gyfer y rhagdybiaethau y mae'n berthnasol iddynt.

plans-check-links-have-assumptions-title = Mae pob cyswllt o'r allbynnau i fyny yn nodi ei ragdybiaethau
plans-check-links-have-assumptions-none = Nid oes cysylltiadau o allbynnau na chanlyniadau eto.
plans-check-links-have-assumptions-pass = Mae pob cam o allbwn i fyny yn dweud pam y disgwylir iddo arwain at y nesaf.
plans-check-links-have-assumptions-fail = Mae theori newid yn egluro pam mae pob cam yn arwain at y nesaf. Ar gyfer pob cyswllt a restrir, ysgrifennwch beth rydych yn ei ragdybio — yn aml beth yw'r rhwystr — fel y gellir ei brofi.
plans-check-links-have-assumptions-detail = Nid oes rhagdybiaeth gan “{ $from }” → “{ $to }”.

plans-check-assumptions-have-evidence-title = Mae gan bob rhagdybiaeth dystiolaeth
plans-check-assumptions-have-evidence-pass = Mae o leiaf un darn o dystiolaeth yn cefnogi pob rhagdybiaeth.
plans-check-assumptions-have-evidence-fail = Dyfalu yw rhagdybiaeth heb dystiolaeth. Ar gyfer pob un a restrir, ychwanegwch yr hyn sy'n ei chefnogi — ystadegau lleol, arolwg, cofnodion gwasanaeth, yr hyn y mae pobl wedi'i ddweud wrthych, neu ymchwil — a gwnewch yn siŵr ei fod yn ymwneud â'r rhagdybiaeth honno ac nid â rhywbeth cyfagos.
plans-check-assumptions-have-evidence-detail = Nid oes tystiolaeth gan “{ $assumption }”.

plans-check-assumptions-holding-title = Nid oes yr un rhagdybiaeth wedi'i herio gan y dystiolaeth
plans-check-assumptions-holding-pass = Nid oes yr un o'r rhagdybiaethau wedi'i gwrthddweud hyd yma.
plans-check-assumptions-holding-warn = Pan fo'r dystiolaeth yn mynd yn groes i ragdybiaeth, efallai fod y gwaith wedi'i anelu at y rhwystr anghywir. Ewch yn ôl at y cysylltiadau sy'n dibynnu ar y rhagdybiaethau a restrir a newidiwch y gweithgareddau neu'r allbynnau gyda'ch rhanddeiliaid.
plans-check-assumptions-holding-detail = Mae “{ $assumption }” wedi'i nodi fel un a heriwyd.

plans-check-evaluation-plan-before-start-title = Mae cynllun gwerthuso yn ei le cyn i'r gwaith ddechrau
plans-check-evaluation-plan-before-start-pass = Mae gan bob canlyniad ffordd o gasglu data a dyddiadau i'w gasglu, ac unrhyw linell sylfaen yn cael ei chymryd cyn i'r gwaith ddechrau.
plans-check-evaluation-plan-before-start-fail = Cynlluniwch y gwerthuso ochr yn ochr â'r gweithgareddau, cyn i'r gwaith ddechrau, fel bod ganddo adnoddau a bod data'n cael eu casglu drwy'r amser. Ar gyfer pob canlyniad, dewiswch o leiaf un dull a gosodwch ddyddiadau casglu, gyda'r llinell sylfaen ar y dyddiad dechrau neu cyn hynny.
plans-check-evaluation-plan-before-start-detail-no-outcomes = Nid oes canlyniadau interim i'w gwerthuso eto.
plans-check-evaluation-plan-before-start-detail-no-plan = Nid oes cynllun gwerthuso gan y canlyniad “{ $outcome }”.
plans-check-evaluation-plan-before-start-detail-no-method = Nid oes dull casglu data gan y canlyniad “{ $outcome }”.
plans-check-evaluation-plan-before-start-detail-no-date = Nid oes dyddiad casglu gan y canlyniad “{ $outcome }”.
plans-check-evaluation-plan-before-start-detail-late-baseline = Caiff y llinell sylfaen ar gyfer y canlyniad “{ $outcome }” ei chasglu ar { $baseline }, ar ôl i'r gwaith ddechrau ar { $start }.

plans-check-evaluation-during-the-work-title = Caiff data eu casglu yn ystod y gwaith, nid ar y diwedd yn unig
plans-check-evaluation-during-the-work-none = Nid oes cynllun gwerthuso eto.
plans-check-evaluation-during-the-work-pass = Caiff pob canlyniad ei fesur o leiaf ddwywaith ar ôl y llinell sylfaen, felly gellir addasu'r gwaith tra bydd yn mynd rhagddo.
plans-check-evaluation-during-the-work-warn = Nid yw mesur ar y diwedd yn unig yn gadael cyfle i newid cyfeiriad. Ychwanegwch o leiaf un casgliad hanner ffordd drwodd yn ogystal ag un ar y diwedd ar gyfer pob canlyniad a restrir.
plans-check-evaluation-during-the-work-detail = { $count ->
    [0] Nid oes gan y canlyniad “{ $outcome }” ddyddiad casglu ar ôl y llinell sylfaen.
    [zero] Nid oes gan y canlyniad “{ $outcome }” ddyddiad casglu ar ôl y llinell sylfaen.
    [one] Mae gan y canlyniad “{ $outcome }” { $count } dyddiad casglu ar ôl y llinell sylfaen.
    [two] Mae gan y canlyniad “{ $outcome }” { $count } ddyddiad casglu ar ôl y llinell sylfaen.
   *[other] Mae gan y canlyniad “{ $outcome }” { $count } dyddiad casglu ar ôl y llinell sylfaen.
}
