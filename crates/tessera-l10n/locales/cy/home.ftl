# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Yr hafan.

home-title = Cynllunio, mesur a gwerthuso integreiddio
home-lead = Mae Tessera yn helpu cynghorau, elusennau, grwpiau cymunedol ac arianwyr i ddeall pa mor dda y mae newydd-ddyfodiaid — ffoaduriaid, pobl sy'n ceisio lloches a mudwyr eraill — a'r cymunedau sy'n eu derbyn yn byw, yn gweithio, yn dysgu ac yn cymdeithasu gyda'i gilydd.
home-built-on = Mae wedi'i adeiladu ar fframwaith Dangosyddion Integreiddio 2019 y Swyddfa Gartref: 14 maes bywyd, wedi'u grwpio'n bedwar math, gyda dangosyddion y gallwch eu mesur yn eich ardal eich hun. Mae integreiddio'n gweithio'r ddwy ffordd, felly bwriedir mesur pob dangosydd ar gyfer newydd-ddyfodiaid ac ar gyfer y gymuned sy'n eu derbyn.
home-demo = Rydych yn rhedeg Tessera gyda data enghreifftiol ar gyfer y sefydliad { $org }.
home-demo-sign-in = Mewngofnodwch
home-demo-sign-in-how = gyda chyfeiriad e-bost a chyfrinair perchennog yr enghraifft a argraffodd y gorchymyn hwn:
home-demo-then = , yna
home-demo-profile = gwelwch ei broffil integreiddio
home-demo-from = o arolwg preswylwyr dros dair ton.
home-explore = Archwilio'r fframwaith
home-find-heading = Dod o hyd i ddangosyddion ar gyfer eich gwaith
home-find-intro = Chwiliwch yn y geiriau rydych yn eu defnyddio yn y gwaith: bydd mynegai allweddeiriau'r fframwaith yn eich cyfeirio at y meysydd cywir.
home-start-heading = Ble i ddechrau
home-start-domains-link = Dewch i adnabod y 14 parth
home-start-domains = a'r pedair egwyddor allweddol y tu ôl iddynt.
home-start-open-domain = Agorwch barth i weld ei allweddeiriau a banc o ddangosyddion dwyffordd y gellir eu mesur, gyda chwestiynau'r arolygon cenedlaethol y gallwch gymharu â nhw.
home-start-choose = Dewiswch ddangosyddion o fwy nag un parth — a chynnwys un o Gysylltiadau Cymdeithasol bob amser.
home-frameworks-heading = Fframweithiau yn Tessera
home-pack-counts = { $domains ->
    [zero] dim parthau
    [one] { $domains } parth
    [two] { $domains } barth
    [few] { $domains } pharth
    [many] { $domains } parth
   *[other] { $domains } parth
}, { $indicators ->
    [zero] dim dangosyddion
    [one] { $indicators } dangosydd
    [two] { $indicators } ddangosydd
    [few] { $indicators } dangosydd
    [many] { $indicators } dangosydd
   *[other] { $indicators } dangosydd
}
