# unreviewed: drafted without a fluent Welsh speaker's review (see docs/translations.md).

## Pecynnau fframwaith sefydliadau eu hunain (mater 18): uwchlwytho, y rhestr, tudalen pecyn, rhannu.

packs-title = Eich pecynnau fframwaith
packs-intro = Ychwanegwch fframwaith eich hun — dangosyddion lleol eich partneriaeth, neu strategaeth rydych yn adrodd yn ei herbyn — fel pecyn fframwaith. Mae Tessera yn ei wirio fel y mae'n gwirio'r pecynnau y mae'n eu cynnwys; yna mae'ch sefydliad yn ei weld wrth eu hochr, a neb arall oni bai eich bod yn ei rannu.
packs-none = Nid oes gan eich sefydliad becynnau ei hun eto.
packs-upload-link = Uwchlwytho pecyn
packs-own-caption = Pecynnau eich sefydliad
packs-shared-caption = Pecynnau a rannodd sefydliadau eraill gyda chi
packs-col-name = Pecyn
packs-col-id = Dynodydd
packs-col-content = Cynnwys
packs-col-shared = Wedi'i rannu gyda
packs-col-from = Gan
packs-col-state = Cyflwr
packs-content = { $domains } parth, { $indicators } dangosydd
packs-state-ok = Yn barod i'w ddefnyddio
packs-state-broken = Mae ganddo broblemau
packs-shared-nobody = Neb

packs-upload-title = Uwchlwytho pecyn fframwaith
packs-upload-intro = Anfonwch ffolder y pecyn fel un ffeil zip, neu dewiswch ei ffeiliau TOML gyda'i gilydd (pack.toml, domains.toml a'r ffeiliau o dan indicators/). Disgrifir y fformat yn y canllaw pecynnau fframwaith.
packs-upload-field = Ffeiliau'r pecyn
packs-upload-hint = Ffeil .zip, neu sawl ffeil .toml. { $files } ffeil a { $megabytes } MB i gyd ar y mwyaf.
packs-upload-button = Gwirio ac uwchlwytho
packs-upload-problems-title = Ni chafodd y pecyn ei gadw
packs-upload-problems-intro = Daeth Tessera o hyd i'r problemau hyn. Cywirwch nhw yn eich ffeiliau ac uwchlwythwch y pecyn eto; ni chadwyd dim.
packs-problems-caption = Problemau yn y pecyn, fesul ffeil a llinell
packs-col-file = Ffeil
packs-col-line = Llinell
packs-col-where = Ble
packs-col-problem = Problem
packs-done-uploaded = Cafodd y pecyn ei wirio a'i gadw.
packs-done-deleted = Cafodd y pecyn ei ddileu.
packs-done-shared = Mae'r pecyn bellach wedi'i rannu.
packs-done-unshared = Nid yw'r pecyn wedi'i rannu gyda'r sefydliad hwnnw mwyach.

packs-show-own = Uwchlwythwyd gan { $who } ar { $date }.
packs-show-from = Wedi'i rannu gyda chi gan { $org }.
packs-show-open = Gweld y pecyn fel y mae tudalennau'r fframwaith yn ei ddangos
packs-show-broken = Nid yw'r pecyn hwn yn llwytho mwyach; uwchlwythwch fersiwn wedi'i chywiro. Tan hynny ni chaiff ei ddefnyddio.
packs-files-heading = Ffeiliau
packs-share-heading = Rhannu'r pecyn hwn
packs-share-hint = Enw byr y sefydliad, fel y mae'n ymddangos yn ei gyfeiriad ar Tessera.
packs-share-field = Rhannu gyda sefydliad
packs-share-button = Rhannu
packs-unshare = Stopio rhannu
packs-delete-heading = Dileu'r pecyn hwn
packs-delete-warning = Bydd cynlluniau sy'n defnyddio ei ddangosyddion yn eu dangos fel rhai anhysbys. Ni ellir dadwneud hyn.
packs-delete-button = Dileu'r pecyn

packs-error-not-found = Nid oes pecyn o'r fath ymhlith pecynnau eich sefydliad.
packs-error-no-files = Dewiswch ffeiliau'r pecyn, neu zip o'i ffolder.
packs-error-no-organisation = Nid oes sefydliad gyda'r enw byr "{ $slug }".
packs-error-share-self = Mae'r sefydliad a uwchlwythodd becyn eisoes yn ei weld.
packs-error-unreadable = Nid oedd modd darllen yr uwchlwythiad; rhowch gynnig arall arni.
packs-file-lines = { $lines ->
    [zero] dim llinellau
    [one] 1 llinell
    [two] 2 linell
    [few] { $lines } llinell
    [many] { $lines } llinell
   *[other] { $lines } llinell
}
