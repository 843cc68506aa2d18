# unreviewed: drafted without a fluent Welsh speaker's review (see docs/translations.md).

## Gwerthoedd cyfeirio (mater 18): ffigurau cenedlaethol neu ranbarthol ar gyfer dangosydd, gyda'u
## ffynhonnell a'u blwyddyn, a ddangosir wrth ochr amcangyfrifon y sefydliad ei hun.

references-title = Gwerthoedd cyfeirio
references-intro = Cofnodwch ffigur cenedlaethol neu ranbarthol ar gyfer dangosydd, gyda'i ffynhonnell a'r flwyddyn y mae'n ei disgrifio, i weld eich amcangyfrifon eich hun wrth ei ochr. Cyd-destun i'ch ffigurau yw gwerth cyfeirio, nid targed.
references-level-national = Cenedlaethol
references-level-regional = Rhanbarthol
references-level-local = Lleol
references-position-below = yn is na chyfwng eich amcangyfrif
references-position-within = o fewn cyfwng eich amcangyfrif
references-position-above = yn uwch na chyfwng eich amcangyfrif

references-list-caption = Gwerthoedd cyfeirio eich sefydliad
references-none = Nid yw'ch sefydliad wedi cofnodi unrhyw werthoedd cyfeirio eto.
references-col-indicator = Dangosydd
references-col-value = Gwerth
references-col-area = Ardal
references-col-year = Blwyddyn
references-col-source = Ffynhonnell
references-col-delete = Dileu
references-delete = Dileu
references-add-heading = Cofnodi gwerth cyfeirio
references-field-indicator = Dangosydd
references-field-value = Gwerth
references-field-value-hint = Ar gyfer cyfran, y ganran (34.5 am 34.5%); fel arall y ffigur fel y'i cyhoeddwyd.
references-field-area = Yr ardal y mae'n ei disgrifio
references-field-area-hint = Er enghraifft, Cymru, Lloegr neu Ogledd-orllewin Lloegr.
references-field-level = Lefel
references-field-source = Ffynhonnell
references-field-source-hint = Y cyhoeddiad neu'r arolwg, fel "Arolwg Cenedlaethol Cymru 2022-23".
references-field-url = Dolen i'r ffynhonnell (dewisol)
references-field-year = Y flwyddyn y mae'n ei disgrifio
references-field-notes = Nodiadau (dewisol)
references-field-notes-hint = Sut y cafodd ei ddiffinio a phwy y mae'n eu cynnwys, os yw hynny'n wahanol i'ch mesur.
references-add = Cofnodi'r gwerth cyfeirio
references-done-added = Cafodd y gwerth cyfeirio ei gofnodi.
references-done-deleted = Cafodd y gwerth cyfeirio ei ddileu.

references-panel-heading = Gwerthoedd cyfeirio
references-panel-intro = Ffigurau cenedlaethol a rhanbarthol a gofnododd eich sefydliad ar gyfer y dangosydd hwn.
references-panel-none = Nid yw'ch sefydliad wedi cofnodi gwerth cyfeirio ar gyfer y dangosydd hwn.
references-panel-add = Cofnodi gwerth cyfeirio ar gyfer y dangosydd hwn
references-panel-estimates = Eich amcangyfrifon ar gyfer y dangosydd hwn:
references-panel-side = { $side }: { $position }.
references-panel-caption = Gwerthoedd cyfeirio wrth ochr eich amcangyfrifon
references-col-newcomers = O'i gymharu â newydd-ddyfodiaid
references-col-receiving = O'i gymharu â'r gymuned sy'n croesawu

references-error-not-found = Nid oes gwerth cyfeirio o'r fath yn eich sefydliad.
references-error-indicator = Dewiswch ddangosydd o'r rhestr.
references-error-percent = Rhowch y gyfran fel canran o 0 i 100, fel 34.5; nid yw "{ $value }" yn un.
references-error-number = Rhowch rif, fel 7.2; nid yw "{ $value }" yn rhif.
references-error-area = Dywedwch pa ardal y mae'r ffigur yn ei disgrifio, fel Cymru.
references-error-level = Dewiswch cenedlaethol, rhanbarthol neu leol.
references-error-source = Dywedwch o ble mae'r ffigur yn dod.
references-error-url = Rhowch gyfeiriad gwe sy'n dechrau gyda https://, neu gadewch ef yn wag.
references-error-year = Rhowch y flwyddyn y mae'r ffigur yn ei disgrifio, o { $from } i { $to }.
references-error-too-long = Mae hwn yn rhy hir: ysgrifennwch { $max } nod ar y mwyaf.
