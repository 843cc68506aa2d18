# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).
## Tudalennau'r ymatebydd (issue 15, rhan B): yr holiadur cyhoeddus, un dudalen ar y tro,
## caniatâd yn gyntaf, cadw a dychwelyd, a'r dudalen olaf.

respond-language-label = Iaith
respond-language-submit = Newid iaith
respond-page-of = Tudalen { $page } o { $pages }
respond-continue = Parhau
respond-skip = Hepgor y cwestiwn hwn
respond-back = Yn ôl
respond-submit = Anfon fy atebion
respond-optional = (dewisol)
respond-error-summary = Mae problem

### Caniatâd
respond-consent-title = Cyn i chi ddechrau
respond-consent-agree = Rwy'n cytuno i gymryd rhan, ac i'm hatebion gael eu cadw fel y disgrifir uchod
respond-consent-hint = Does dim rhaid i chi gymryd rhan. Gallwch stopio unrhyw bryd, a hepgor unrhyw gwestiwn nad oes ei angen.
respond-start = Dechrau

### Cadw a dychwelyd
respond-save = Cadw a dod yn ôl yn nes ymlaen
respond-saved-title = Mae eich atebion wedi'u cadw
respond-saved-code-label = Eich cod i ddod yn ôl
respond-saved-body = Ysgrifennwch y cod hwn neu ei gadw rywle diogel. Gydag ef gallwch barhau o'r man lle gwnaethoch stopio, ar y ddolen hon, am y { $days } diwrnod nesaf. All neb arall weld eich atebion gyda'r cod yn unig, a dydyn ni ddim yn gofyn pwy ydych chi.
respond-resume-title = Parhau gydag atebion a gadwyd
respond-resume-label = Eich cod
respond-resume-hint = Y cod a gawsoch wrth gadw, er enghraifft K7QX-4MHR-2PWD
respond-resume-submit = Parhau
respond-resume-not-found = Does dim atebion wedi'u cadw yn cyfateb i'r cod hwn. Efallai eu bod wedi dod i ben ar ôl { $days } diwrnod. Gwiriwch y cod, neu dechreuwch eto.

### Diwedd, ar gau a heb agor eto
respond-done-title = Diolch
respond-done-body = Mae eich atebion wedi'u hanfon. Gallwch gau'r dudalen hon nawr.
respond-closed-title = Mae'r holiadur hwn ar gau
respond-not-yet-title = Dydy'r holiadur hwn ddim ar agor eto

### Problemau gydag atebion
respond-error-unknown = Does dim cwestiwn o'r enw { $question } yn yr holiadur hwn.
respond-error-repeated = Atebwyd y cwestiwn { $question } ddwywaith; anfonwch un ateb.
respond-error-required = Atebwch y cwestiwn hwn i barhau.
respond-error-not-a-choice = Dydy “{ $code }” ddim yn un o'r atebion y gallwch eu dewis.
respond-error-not-a-number = Rhowch rif, er enghraifft 12.
respond-error-not-whole = Rhowch rif cyfan, heb ddegolion.
respond-error-too-small = Rhowch rif o { $min } neu fwy.
respond-error-too-large = Rhowch rif o { $max } neu lai.
respond-error-not-a-date = Rhowch ddyddiad fel blwyddyn, mis a diwrnod, er enghraifft 2025-06-01.
respond-error-too-long = Byrhewch eich ateb i { $max } nod neu lai.
respond-error-no-consent = Dim ond os ydych chi'n cytuno y gallwn gadw eich atebion. Ticiwch y blwch i barhau, neu caewch y dudalen hon.
respond-error-not-yet-open = Mae'r holiadur hwn yn agor ar { $date }. Dewch yn ôl bryd hynny.
respond-error-closed = Mae'r holiadur hwn ar gau ac nid yw'n derbyn atebion mwyach.
respond-error-full = Mae gan yr holiadur hwn yr holl atebion sydd eu hangen arno ac nid yw'n derbyn rhagor.
respond-error-key = Cyrhaeddodd y ffurflen hon heb ei hallwedd. Dechreuwch eto o'r ddolen a gawsoch.
respond-error-no-link = Dydy'r ddolen hon ddim yn arwain at holiadur. Gwiriwch eich bod wedi ei chopïo i gyd, neu holwch pwy bynnag a'i rhoddodd i chi.
respond-error-too-big = Roedd yr atebion a anfonwyd yn fwy nag y mae'r holiadur hwn yn ei ganiatáu.
respond-too-many-title = Arhoswch funud
respond-error-too-many = Anfonwyd gormod o atebion o’r fan hon yn ystod y funud ddiwethaf. Arhoswch funud, yna ewch yn ôl ac anfon eich atebion eto: maen nhw’n dal ar y dudalen flaenorol.
