# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).
## Casglu atebion (issue 15, rhan B): tudalen y sefydliad ar gyfer casgliad holiadur — ei
## ddolen gyhoeddus, dyddiadau a therfyn, cyfrifon byw fesul ochr, gwneud set ddata,
## allforion a chasglwyr ar gyfer ODK Collect.

collect-title = Casglu atebion
collect-intro = Agorwch yr holiadur hwn i gael atebion a chewch ddolen i'w rhannu. Gall unrhyw un sydd â'r ddolen ateb; does dim rhaid i neb roi ei enw.
collect-open-button = Agor i gael atebion
collect-not-opened = Dydy'r holiadur hwn ddim ar agor i gael atebion eto.
collect-link-label = Dolen gyhoeddus
collect-link-hint = Rhannwch y ddolen hon mewn neges, e-bost neu god QR ar boster. Mae'n gweithio ar ffonau a gyda darllenwyr sgrin.
collect-state-open = Yn derbyn atebion
collect-state-not-yet-open = Yn agor ar { $date }
collect-state-closed = Ar gau
collect-state-full = Wedi cael yr uchafswm o ymatebion
collect-responses = { $count ->
    [zero] { $count } ymatebion
    [one] 1 ymateb
    [two] { $count } ymateb
    [few] { $count } ymateb
    [many] { $count } ymateb
   *[other] { $count } ymateb
}
collect-counts-caption = Ymatebion fesul ochr
collect-col-side = Ochr
collect-col-responses = Ymatebion
collect-side-newcomers = Newydd-ddyfodiaid
collect-side-receiving = Y gymuned sy'n croesawu
collect-side-unknown = Heb ddweud
collect-side-total = Pob ymateb

### Gosodiadau
collect-settings-title = Dyddiadau a therfynau
collect-opens-on-label = Y diwrnod cyntaf y derbynnir atebion
collect-closes-on-label = Y diwrnod olaf y derbynnir atebion
collect-date-hint = Fel blwyddyn-mis-diwrnod, er enghraifft 2026-03-01. Gadewch yn wag os nad oes terfyn.
collect-cap-label = Uchafswm yr ymatebion i'w derbyn
collect-cap-hint = Diogelwch rhag llif o atebion. Gadewch yn wag os nad oes terfyn.
collect-closed-label = Ar gau: peidio â derbyn atebion beth bynnag a ddywed y dyddiadau
collect-settings-submit = Cadw'r dyddiadau a'r terfynau
collect-settings-saved = Mae'r dyddiadau a'r terfynau wedi'u cadw.
collect-error-opens-on = Rhaid i'r diwrnod cyntaf fod yn ddyddiad wedi'i ysgrifennu fel blwyddyn-mis-diwrnod, er enghraifft 2026-03-01.
collect-error-closes-on = Rhaid i'r diwrnod olaf fod yn ddyddiad wedi'i ysgrifennu fel blwyddyn-mis-diwrnod, er enghraifft 2026-06-30.
collect-error-closes-before-opens = Mae'r diwrnod olaf cyn y diwrnod cyntaf. Newidiwch un ohonyn nhw.
collect-error-cap = Rhaid i'r uchafswm ymatebion fod yn rhif cyfan o 1 neu fwy, neu'n wag.

### Set ddata ac allforion
collect-dataset-title = Gwneud set ddata
collect-dataset-intro = Troi'r ymatebion hyd yma yn set ddata. Daw ei mapio o'r holiadur, felly mae ei phroffil yn barod ar unwaith.
collect-dataset-name-label = Enw'r set ddata
collect-dataset-wave-label = Ton (dewisol)
collect-dataset-wave-hint = Er enghraifft 2026. Rhowch ei don ei hun i bob set ddata a wneir o'r holiadur hwn i'w cymharu dros amser.
collect-dataset-submit = Gwneud y set ddata
collect-error-no-responses = Does dim ymatebion eto, felly does dim i wneud set ddata ohono.
collect-error-read-back = Doedd dim modd darllen yr ymatebion fel set ddata: { $detail }
collect-exports-title = Lawrlwytho'r ymatebion
collect-export-csv = CSV gyda chodau
collect-export-labels = CSV gyda'r atebion mewn geiriau
collect-export-xlsx = Llyfr gwaith Excel
collect-export-sav = Ffeil SPSS (.sav) gyda labeli newidynnau a gwerthoedd
collect-export-sheet = Ymatebion

### Dolenni dilynol
collect-error-no-participant = Does dim cyfranogwr gyda'r cod hwn yn eich sefydliad.

### Casglwyr (ODK Collect)
collectors-title = Casglwyr ar gyfer ODK Collect
collectors-intro = Enw defnyddiwr a chyfrinair i'w teipio yn ODK Collect yw casglwr, fel y gall gweithwyr maes lawrlwytho holiaduron y sefydliad hwn ac anfon atebion a gasglwyd all-lein.
collectors-server-label = Cyfeiriad y gweinydd ar gyfer ODK Collect
collectors-empty = Does dim casglwyr eto.
collectors-col-name = Enw defnyddiwr
collectors-col-scope = Caiff anfon at
collectors-col-status = Statws
collectors-scope-all = Pob holiadur
collectors-scope-this = Yr holiadur hwn
collectors-status-active = Gweithredol
collectors-status-revoked = Wedi'i ddirymu
collectors-revoke = Dirymu
collectors-name-label = Enw defnyddiwr
collectors-name-hint = Llythrennau, digidau, dotiau, cysylltnodau neu danlinellau, er enghraifft tim-maes-1.
collectors-only-this-label = Ar gyfer yr holiadur hwn yn unig
collectors-add-submit = Ychwanegu casglwr
collectors-password-title = Casglwr wedi'i ychwanegu
collectors-password-body = Teipiwch y cyfrinair hwn yn ODK Collect nawr. Dim ond unwaith y caiff ei ddangos; os caiff ei golli, dirymwch y casglwr ac ychwanegu un arall.
collect-error-collector-name = Mae enw defnyddiwr casglwr yn 1 i 64 o lythrennau, digidau, dotiau, cysylltnodau neu danlinellau.
collect-error-collector-taken = Mae casglwr gyda'r enw defnyddiwr hwn eisoes.
collect-error-no-collector = Does dim casglwr o'r fath yn eich sefydliad.
collect-error-unauthorised = Mae'r enw defnyddiwr neu'r cyfrinair yn anghywir, neu mae'r casglwr wedi'i ddirymu.

### Atebion OpenRosa i ODK Collect
collect-error-https = Dim ond dros HTTPS y mae Tessera yn derbyn cyfrinair ODK Collect. Gofynnwch i'ch gweinyddwr roi cyfeiriad https:// i Tessera.
collect-error-no-submission-file = Does dim rhan xml_submission_file yn y cyflwyniad.
collect-error-collector-scope = Ni chaiff y casglwr hwn anfon atebion at yr holiadur hwn.
collect-error-unknown-fields = Mae gan y cyflwyniad feysydd nad yw'r holiadur yn eu gofyn: { $fields }. Lawrlwythwch y ffurflen eto ac anfon eto.
collect-openrosa-stored = Atebion wedi dod i law. Diolch.
collect-openrosa-repeated = Roedd yr atebion hyn wedi dod i law eisoes; ni newidiwyd dim.
