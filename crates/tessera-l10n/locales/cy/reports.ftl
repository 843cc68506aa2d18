# unreviewed: drafted without a fluent Welsh speaker's review (see docs/translations.md).
## Adroddiadau i gyllidwyr a phwyllgorau: canlyniadau cynllun am gyfnod, fel tudalen, PDF a
## ffeil Word (issue 17).

reports-list-title = Adroddiadau
reports-list-heading = Adroddiadau ar { $plan }
reports-list-intro = Rhowch ganlyniadau cynllun am gyfnod at ei gilydd, gyda'r adrannau a ddewiswch yn eich trefn chi, eich geiriau eich hun, a straeon y mae eu caniatâd yn cynnwys cyhoeddi. Lawrlwythwch ef fel PDF neu ffeil Word.
reports-list-empty = Dim adroddiadau eto.
reports-count = { $count ->
    [zero] { $count } adroddiad
    [one] { $count } adroddiad
    [two] { $count } adroddiad
    [few] { $count } adroddiad
    [many] { $count } adroddiad
   *[other] { $count } adroddiad
}
reports-new-title = Llunio adroddiad
reports-edit-title = Newid yr adroddiad
reports-default-title = { $plan }: adroddiad
reports-form-intro = Dewiswch yr adrannau, rhowch rif iddynt yn y drefn a fynnwch, ac ysgrifennwch yr hyn rydych am ei ddweud ym mhob un. Mae Tessera'n ychwanegu'r ffigurau, gyda'u hansicrwydd, ac yn gadael allan unrhyw ffigur sy'n dibynnu ar rhy ychydig o bobl.
reports-field-title = Teitl
reports-field-start = Diwrnod cyntaf y cyfnod
reports-field-end = Diwrnod olaf y cyfnod
reports-field-period = Cyfnod
reports-field-status = Statws
reports-field-updated = Newidiwyd ddiwethaf
reports-form-sections = Adrannau
reports-form-sections-hint = Dad-diciwch adran i'w gadael allan. Rhowch rif i newid y drefn (1 yn gyntaf).
reports-form-include = Cynnwys “{ $section }”
reports-form-position = Lle “{ $section }”
reports-form-narrative = Eich geiriau ar gyfer “{ $section }”
reports-form-stories = Straeon
reports-form-stories-hint = Dim ond straeon y mae eu caniatâd yn cynnwys defnydd mewn adroddiadau a chyhoeddi y gellir eu dewis.
reports-form-no-stories = Does dim straeon eto.
reports-form-not-allowed = Straeon na allant fynd i adroddiad
reports-form-story-not-allowed = Nid yw ei chaniatâd yn cynnwys cyhoeddi, felly ni all fynd i adroddiad.
reports-save = Cadw'r adroddiad
reports-period = { $start } i { $end }
reports-status-draft = Drafft
reports-status-final = Terfynol
reports-make-final = Nodi'n derfynol
reports-make-draft = Yn ôl i ddrafft
reports-download-pdf = Lawrlwytho fel PDF
reports-download-docx = Lawrlwytho fel Word (.docx)
reports-done-saved = Cadwyd yr adroddiad.
reports-done-final = Mae'r adroddiad wedi'i nodi'n derfynol.
reports-done-draft = Mae'r adroddiad yn ddrafft eto.
reports-done-deleted = Dilëwyd yr adroddiad.
reports-delete-title = Dileu'r adroddiad
reports-delete-heading = Dileu “{ $title }”?
reports-delete-warning = Bydd dewisiadau a geiriau'r adroddiad yn cael eu dileu am byth. Mae'r cynllun, ei ddata a'i straeon yn aros.
reports-delete-cancel = Cadw'r adroddiad

### Adrannau

reports-section-summary = Crynodeb
reports-section-summary-hint = Beth yw'r gwaith a'r hyn a gyflawnodd yn y cyfnod, mewn ychydig frawddegau.
reports-section-theory_of_change = Damcaniaeth newid
reports-section-theory_of_change-hint = Diagram y cynllun ac, mewn geiriau, sut mae'r gweithgareddau'n arwain at y nod.
reports-section-outputs = Allbynnau a phresenoldeb
reports-section-outputs-hint = Sesiynau a gynhaliwyd a phresenoldeb a gofnodwyd yn y cyfnod.
reports-section-progress = Cynnydd
reports-section-progress-hint = Pob dangosydd yn erbyn ei linell sylfaen a'i darged, gyda'i ansicrwydd mewn geiriau plaen.
reports-section-change = Newid dros amser
reports-section-change-hint = Newid i'r un bobl rhwng y llinell sylfaen a phob dilyniant.
reports-section-stories = Straeon
reports-section-stories-hint = Y straeon a ddewiswch isod, yn eu geiriau eu hunain.
reports-section-methods = Dulliau a chyfyngiadau
reports-section-methods-hint = Samplau, pwy sydd ar bob ochr, a sut y caiff niferoedd bach eu diogelu.

### Yr hyn y mae Tessera'n ei ysgrifennu

reports-subtitle = { $plan } · { $start } i { $end }
reports-produced-draft = Drafft a luniwyd gyda Tessera ar { $date }
reports-produced-final = Lluniwyd gyda Tessera ar { $date }
reports-summary-facts = Mae'r adroddiad hwn yn ymdrin â { $plan } o { $start } i { $end }. Ei nod: { $goal }
reports-toc-intro = Mae'r cynllun yn gweithio tuag yn ôl o'i nod: mae'r gweithgareddau'n cynhyrchu allbynnau, sy'n arwain at y canlyniadau canolradd, sy'n arwain at y nod.
reports-toc-goal = Nod
reports-toc-outcomes = Canlyniadau canolradd
reports-toc-outputs = Allbynnau
reports-toc-activities = Gweithgareddau
reports-toc-links = Sut mae un yn arwain at un arall
reports-toc-link = Mae { $from } yn arwain at { $to }
reports-outputs-none = Ni chofnodwyd sesiynau na phresenoldeb yn y cyfnod.
reports-outputs-caption = Sesiynau a phresenoldeb o { $start } i { $end }
reports-outputs-output = Allbwn
reports-outputs-sessions = Sesiynau
reports-outputs-attendances = Presenoldebau
reports-suppressed = Heb ei ddangos (rhy ychydig o bobl)
reports-not-set = Heb ei osod
reports-with-interval = { $value } (rhwng { $low } a { $high } yn ôl pob tebyg)
reports-unreliable = { $value }; byddwch yn ofalus, mae'n dibynnu ar ychydig o bobl
reports-progress-none = Nid yw'r un o ddangosyddion y cynllun wedi'i fesur yn nata'r sefydliad eto.
reports-progress-caption = Ffigur diweddaraf pob dangosydd yn erbyn ei linell sylfaen a'i darged
reports-progress-indicator = Dangosydd
reports-progress-latest = Ffigur diweddaraf
reports-progress-baseline = Llinell sylfaen
reports-progress-target = Targed
reports-progress-status = Statws
reports-change-none = Ni ellir dangos newid eto: does dim atebion dilynol gan bobl a roddodd linell sylfaen.
reports-change-caption = Newid i'r un bobl ers y llinell sylfaen
reports-change-point = Dilyniant
reports-change-people = Pobl a ddilynwyd
reports-change-change = Newid
reports-change-value = newid o { $value }
reports-points = { $value } pwynt canran
reports-change-likely = { $change }, yn real yn ôl pob tebyg (rhwng { $low } a { $high })
reports-change-unclear = { $change }, a allai fod yn siawns (rhwng { $low } a { $high })
reports-stories-none = Ni ddewiswyd straeon.
reports-stories-left-out = { $count ->
    [zero] Mae { $count } stori a ddewiswyd wedi'u gadael allan: nid yw'r caniatâd y maent yn dibynnu arno'n cynnwys cyhoeddi mwyach.
    [one] Mae { $count } stori a ddewiswyd wedi'i gadael allan: nid yw'r caniatâd y mae'n dibynnu arno'n cynnwys cyhoeddi mwyach.
    [two] Mae { $count } stori a ddewiswyd wedi'u gadael allan: nid yw'r caniatâd y maent yn dibynnu arno'n cynnwys cyhoeddi mwyach.
    [few] Mae { $count } stori a ddewiswyd wedi'u gadael allan: nid yw'r caniatâd y maent yn dibynnu arno'n cynnwys cyhoeddi mwyach.
    [many] Mae { $count } stori a ddewiswyd wedi'u gadael allan: nid yw'r caniatâd y maent yn dibynnu arno'n cynnwys cyhoeddi mwyach.
   *[other] Mae { $count } stori a ddewiswyd wedi'u gadael allan: nid yw'r caniatâd y maent yn dibynnu arno'n cynnwys cyhoeddi mwyach.
}
reports-methods-samples = Samplau
reports-methods-no-samples = Nid yw'r cynllun gwerthuso'n enwi samplau.
reports-methods-size = (tua { $count } o bobl)
reports-methods-sides = Pwy sydd ar bob ochr
reports-methods-no-groups = Nid yw'r cynllun yn enwi grwpiau targed.
reports-methods-suppression-heading = Niferoedd bach
reports-methods-suppression = { $count ->
    [zero] Ni ddangosir ffigurau sy'n dibynnu ar lai na { $count } o bobl, na'r un ffigur y gellid eu cyfrifo ohono.
    [one] Ni ddangosir ffigurau sy'n dibynnu ar lai nag { $count } person, na'r un ffigur y gellid eu cyfrifo ohono.
    [two] Ni ddangosir ffigurau sy'n dibynnu ar lai na { $count } berson, na'r un ffigur y gellid eu cyfrifo ohono.
    [few] Ni ddangosir ffigurau sy'n dibynnu ar lai na { $count } pherson, na'r un ffigur y gellid eu cyfrifo ohono.
    [many] Ni ddangosir ffigurau sy'n dibynnu ar lai na { $count } o bobl, na'r un ffigur y gellid eu cyfrifo ohono.
   *[other] Ni ddangosir ffigurau sy'n dibynnu ar lai na { $count } o bobl, na'r un ffigur y gellid eu cyfrifo ohono.
}
reports-methods-uncertainty = Daw ffigurau gyda'r ystod y maent yn debygol o fod ynddi (cyfwng 95%). Dim ond pan fo'r ystod honno'n gadael allan dim newid o gwbl y gelwir newid yn real yn ôl pob tebyg.
reports-methods-consent = Dim ond gyda chaniatâd y bobl ynddynt, sy'n cynnwys cyhoeddi, y mae straeon yn ymddangos.

### Problemau

reports-error-not-found = Does dim adroddiad o'r fath ar gyfer y cynllun hwn.
reports-error-none-for-plan = Does gan y cynllun hwn ddim adroddiad eto. Lluniwch un yn gyntaf.
reports-error-title = Rhowch deitl i'r adroddiad.
reports-error-too-long = Mae hwn yn rhy hir: { $max } nod ar y mwyaf.
reports-error-start = Rhowch ddiwrnod cyntaf y cyfnod, fel 2025-04-01.
reports-error-end = Rhowch ddiwrnod olaf y cyfnod, fel 2026-03-31.
reports-error-order = Mae'r cyfnod yn dod i ben cyn iddo ddechrau.
reports-error-section = Does dim adran o'r fath.
reports-error-no-sections = Dewiswch o leiaf un adran.
reports-error-position = Nid yw “{ $value }” yn lle yn y drefn; defnyddiwch 1, 2, 3…
reports-error-story = Nid yw “{ $value }” yn un o straeon eich sefydliad.
reports-error-too-many-stories = { $max } stori ar y mwyaf mewn un adroddiad.
reports-error-status = Mae adroddiad yn ddrafft neu'n derfynol.
reports-api-body = Nid adroddiad yw'r corff: { $reason }. Gweler docs/api.md.
