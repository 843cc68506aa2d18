# unreviewed: drafted without a fluent Welsh speaker's review (see docs/translations.md).
## Straeon: tystiolaethau, astudiaethau achos, arsylwadau, lluniau, sain a nodiadau grwpiau ffocws
## wrth ochr y rhifau, gyda'r caniatâd y maent yn dibynnu arno a'r gwiriad am ddata personol (issue 17).

### Mathau a thagiau

stories-kind-testimony = Tystiolaeth neu ddyfyniad
stories-kind-case_study = Astudiaeth achos
stories-kind-observation = Arsylwad
stories-kind-photo = Llun gyda disgrifiad
stories-kind-audio = Recordiad sain gyda'i drawsgrifiad
stories-kind-focus_group = Nodyn o grŵp ffocws
stories-tag-outcome = Canlyniad y cynllun
stories-tag-indicator = Dangosydd
stories-tag-domain = Parth
stories-tag-side = Ochr
stories-tag-theme = Thema

### Caniatâd

stories-scope-reports = defnydd mewn adroddiadau
stories-scope-publication = cyhoeddi
stories-scope-sharing = rhannu â phartneriaid
stories-scope-naming = enwi'r person
stories-scope-none = dim byd eto
stories-scope-reports-long = Gellir ei defnyddio yn ein hadroddiadau i gyllidwyr a phwyllgorau
stories-scope-publication-long = Gellir ei chyhoeddi (adroddiadau sy'n mynd allan, tudalennau y gall eraill eu darllen)
stories-scope-sharing-long = Gellir ei rhannu â sefydliadau partner
stories-scope-naming-long = Cytunodd y person i gael ei enwi
stories-refuse-publication = Ni all “{ $title }” fynd i adroddiad: nid yw ei chaniatâd yn cynnwys cyhoeddi. Cofnodwch ganiatâd sy'n cynnwys cyhoeddi, neu gadewch hi allan.
stories-refuse-reports = Ni all “{ $title }” fynd i adroddiad: nid yw ei chaniatâd yn cynnwys defnydd mewn adroddiadau. Cofnodwch ganiatâd sy'n ei gynnwys, neu gadewch hi allan.
stories-refuse-withdrawn = Ni all “{ $title }” fynd i adroddiad: tynnodd y person yn ôl y caniatâd y mae'n dibynnu arno.
stories-consent-covers = Mae'r caniatâd yn cynnwys: { $uses }
stories-rests-on-record = Cofnod caniatâd { $number } y cyfranogwr { $code }, a roddwyd ar { $date }
stories-rests-on-own = Caniatâd wedi'i gofnodi gyda'r stori, a roddwyd ar { $date } ({ $method })
stories-rests-on-nothing = Dim caniatâd wedi'i gofnodi: ni ellir ei defnyddio y tu allan i'r sefydliad
stories-reportable-yes = Gall fynd i adroddiadau
stories-reportable-no = Nid ar gyfer adroddiadau
stories-reportable-withdrawn = Caniatâd wedi'i dynnu'n ôl

### Y gwiriad am ddata personol

stories-check-name = Mae “{ $text }” yn edrych fel enw person.
stories-check-phone = Mae “{ $text }” yn edrych fel rhif ffôn.
stories-check-email = Mae “{ $text }” yn gyfeiriad e-bost.
stories-check-postcode = Mae “{ $text }” yn edrych fel cod post, felly gall y testun roi cyfeiriad.
stories-check-heading = Manylion personol yn y testun
stories-check-confirm = Rwyf wedi edrych ar yr hyn a ganfuwyd: nid yw'n bersonol, neu mae caniatâd y person yn ei ganiatáu
stories-error-checked = Gall y testun gynnwys manylion personol (a restrir uchod). Tynnwch nhw allan, neu ticiwch y blwch i ddweud eich bod wedi edrych ac y cânt aros.

### Rhestrau a thudalennau

stories-breadcrumbs = Briwsion bara
stories-list-title = Straeon
stories-list-intro = Tystiolaethau, astudiaethau achos, arsylwadau a nodiadau sy'n dangos yr hyn na all y ffigurau ei ddangos. Mae pob un yn dibynnu ar ganiatâd y bobl ynddi, ac wedi'i thagio i'r canlyniadau, y dangosyddion, y parthau a'r ochrau y mae'n sôn amdanynt.
stories-list-add = Cofnodi stori
stories-list-empty = Does dim straeon yn cyfateb.
stories-shown = { $total ->
    [zero] Yn dangos { $count } o { $total } stori
    [one] Yn dangos { $count } o { $total } stori
    [two] Yn dangos { $count } o { $total } stori
    [few] Yn dangos { $count } o { $total } stori
    [many] Yn dangos { $count } o { $total } stori
   *[other] Yn dangos { $count } o { $total } stori
}
stories-filter-label = Chwilio a hidlo straeon
stories-filter-words = Geiriau
stories-filter-tag = Canlyniad, dangosydd neu barth
stories-filter-any = Unrhyw un
stories-filter-from = O
stories-filter-to = Hyd at
stories-filter-apply = Dangos straeon
stories-anonymised = Wedi'i gwneud yn ddienw
stories-about-participant = Am y cyfranogwr { $code }
stories-about-nobody = Heb ddweud am bwy y mae
stories-notice-title = Wedi'i wneud
stories-done-saved = Cadwyd y stori.
stories-done-deleted = Dilëwyd y stori.
stories-errors-title = Mae problem
stories-error-prefix = Gwall:
stories-warning = Rhybudd
stories-new-title = Cofnodi stori
stories-edit-title = Newid y stori
stories-form-intro = Ysgrifennwch yr hyn a ddywedwyd neu a welwyd yng ngeiriau'r person ei hun lle gallwch. Gadewch allan enwau, rhifau ffôn, cyfeiriadau e-bost a chyfeiriadau post oni bai bod y person wedi cytuno i gael ei enwi.
stories-field-kind = Math o stori
stories-field-title = Teitl
stories-field-body = Y stori
stories-field-body-hint = Y dyfyniad, yr hanes, y nodyn neu drawsgrifiad y recordiad.
stories-field-file = Llun neu recordiad sain (dewisol)
stories-field-file-hint = Lluniau PNG, JPEG neu WebP; recordiadau MP3, Ogg, WAV neu M4A; hyd at { $megabytes } MB.
stories-field-date = Pryd y digwyddodd neu y'i hadroddwyd
stories-form-about = Am bwy y mae, a'u caniatâd
stories-form-about-hint = Rhowch god cyfranogwr, neu disgrifiwch y grŵp. Byth enw oni bai bod y person wedi cytuno i gael ei enwi.
stories-field-participant = Cod y cyfranogwr
stories-field-participant-hint = Er enghraifft P-7K3Q9. Yna mae'r stori'n dibynnu ar eu cofnod caniatâd sy'n cytuno i'w stori gael ei hadrodd.
stories-field-consent-record = Rhif eu cofnod caniatâd (dewisol)
stories-field-consent-record-hint = Gadewch yn wag i ddefnyddio eu cofnod caniatâd diweddaraf sy'n cytuno i'w stori gael ei hadrodd.
stories-field-group = Grŵp
stories-field-group-hint = Ar gyfer stori am grŵp, er enghraifft “grŵp sgwrsio dydd Mawrth”.
stories-form-consent = Beth mae'r caniatâd yn ei gynnwys
stories-form-consent-hint = Ar gyfer cyfranogwr, rhaid i'w gofnod caniatâd gytuno hefyd; os ydynt yn ei dynnu'n ôl, ni ellir defnyddio'r stori mwyach.
stories-field-consent-date = Pryd y rhoddwyd y caniatâd a gofnodir yma
stories-field-consent-method = Sut y'i rhoddwyd
stories-field-consent-notes = Nodiadau am y caniatâd
stories-field-choose = Dewiswch
stories-field-anonymised = Mae'r stori wedi'i gwneud yn ddienw
stories-form-tags = Am beth y mae'n sôn
stories-form-tags-hint = Tagiwch y canlyniadau, y dangosyddion, y parthau a'r ochrau y mae'r stori'n sôn amdanynt, a'ch themâu eich hun.
stories-field-domains-hint = Daliwch Ctrl (neu Cmd) i ddewis mwy nag un.
stories-field-themes = Themâu
stories-field-themes-hint = Gwahanwch themâu â choma, er enghraifft: perthyn, iaith, bwyd.
stories-save = Cadw'r stori
stories-show-consent = Caniatâd
stories-show-rests-on = Yn dibynnu ar
stories-show-covers = Yn cynnwys nawr
stories-show-reports = Adroddiadau
stories-show-no-tags = Dim tagiau eto.
stories-recorded-by = Cofnodwyd gan { $who } ar { $when }.
stories-photo-alt = Llun ar gyfer y stori “{ $title }”
stories-photo-caption = Y llun, a ddangosir gyda chaniatâd y person.
stories-audio-caption = Y recordiad; mae ei drawsgrifiad uchod.
stories-delete-title = Dileu'r stori
stories-delete-heading = Dileu “{ $title }”?
stories-delete-warning = Bydd y stori, ei ffeil a'i thagiau'n cael eu dileu am byth. Bydd adroddiadau a'i dewisodd yn ei gadael allan.
stories-delete-cancel = Cadw'r stori
stories-plan-heading = Straeon wrth ochr y canlyniadau
stories-plan-none = Does dim straeon wedi'u tagio i ganlyniadau'r cynllun hwn eto.

### Golwg codio

stories-coding-title = Codio straeon yn ôl thema
stories-coding-intro = Tagiwch lawer o ddyfyniadau ag un thema ar unwaith, a gweld pa mor aml y daw pob thema i fyny ar gyfer pob ochr.
stories-coding-counts = Themâu yn ôl ochr
stories-coding-counts-caption = Straeon fesul thema ac ochr (mae stori ar gyfer y ddwy ochr yn cyfrif o dan bob un)
stories-coding-unsided = Dim ochr
stories-coding-total = Straeon
stories-coding-no-themes = Does gan ddim stori themâu eto.
stories-coding-choose = Straeon i'w tagio
stories-coding-theme = Thema i'w hychwanegu
stories-coding-apply = Ychwanegu'r thema
stories-coding-done = { $count ->
    [zero] Ni chafodd { $count } stori y thema.
    [one] Cafodd { $count } stori y thema.
    [two] Cafodd { $count } stori y thema.
    [few] Cafodd { $count } stori y thema.
    [many] Cafodd { $count } stori y thema.
   *[other] Cafodd { $count } stori y thema.
}

### Problemau

stories-error-not-found = Does dim stori o'r fath yn eich sefydliad.
stories-error-kind = Dewiswch y math o stori.
stories-error-title = Rhowch deitl i'r stori.
stories-error-body = Ysgrifennwch y stori, y dyfyniad neu'r trawsgrifiad.
stories-error-too-long = Mae hwn yn rhy hir: { $max } nod ar y mwyaf.
stories-error-future = Mae'r dyddiad yn y dyfodol.
stories-error-date = Nid yw “{ $value }” yn ddyddiad; ysgrifennwch ef fel 2025-03-01.
stories-error-about = Dywedwch am bwy y mae'r stori: cod cyfranogwr neu grŵp.
stories-error-consent-date = Rhowch y dyddiad y rhoddwyd y caniatâd (ni all fod yn y dyfodol).
stories-error-consent-method = Dewiswch sut y rhoddwyd y caniatâd.
stories-error-outcome = Dewiswch ganlyniadau cynlluniau eich sefydliad yn unig.
stories-error-indicator = Nid yw “{ $value }” yn ddangosydd yn y fframweithiau nac yn eich cynlluniau.
stories-error-domain = Nid yw “{ $value }” yn barth yn y fframweithiau.
stories-error-side = Ochr yw newydd-ddyfodiaid neu'r gymuned sy'n croesawu.
stories-error-themes = { $max } thema ar y mwyaf.
stories-error-participant = Nid yw { $code } yn un o gyfranogwyr eich sefydliad.
stories-error-no-consent = Does gan { $code } ddim cofnod caniatâd cyfredol sy'n cytuno i'w stori gael ei hadrodd. Cofnodwch eu caniatâd yn gyntaf.
stories-error-consent-unknown = Nid yw hwnnw'n un o gofnodion caniatâd { $code }.
stories-error-consent-not-stories = Nid yw'r cofnod caniatâd hwnnw'n cytuno i'w stori gael ei hadrodd, neu fe'i tynnwyd yn ôl.
stories-error-file-size = Mae'r ffeil yn rhy fawr: { $megabytes } MB ar y mwyaf.
stories-error-file-kind = Dim ond straeon llun a sain sy'n cymryd ffeil.
stories-error-file-photo = Nid yw'r ffeil yn llun PNG, JPEG neu WebP.
stories-error-file-audio = Nid yw'r ffeil yn recordiad MP3, Ogg, WAV neu M4A.
stories-error-file-broken = Ni ellid darllen y ffurflen ({ $reason }). Rhowch gynnig arall arni.
stories-error-form = Ni ellid darllen y ffurflen. Rhowch gynnig arall arni.
stories-error-theme = Ysgrifennwch y thema i'w hychwanegu.
stories-error-choose = Dewiswch o leiaf un stori.
stories-api-body = Nid stori yw'r corff: { $reason }. Gweler docs/api.md.

## Bloc y straeon wrth ymyl ffigurau dangosydd, parth neu fesur.
stories-beside-indicator-heading = Straeon eich sefydliad am y dangosydd hwn
stories-beside-domain-heading = Straeon eich sefydliad am y parth hwn
stories-beside-none = Nid oes gan eich sefydliad straeon wedi’u tagio iddo eto.
stories-beside-record = Cofnodi stori
stories-beside-all = { $count ->
    [zero] Gweld y straeon yn y rhestr straeon
    [one] Gweld y stori yn y rhestr straeon
    [two] Gweld y ddwy stori yn y rhestr straeon
    [few] Gweld y { $count } stori yn y rhestr straeon
    [many] Gweld y { $count } stori yn y rhestr straeon
   *[other] Gweld pob un o’r { $count } stori yn y rhestr straeon
}
