# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Tudalen y log archwilio (/audit) a'r brawddegau ar gyfer pob math o gofnod. `$who` yw enw
## person (neu'r hyn a weithredodd: Tessera ei hun, y llinell orchymyn, tocyn API).

audit-title = Log archwilio
audit-intro = Pob newid i gynlluniau, setiau data, aelodau a rhannu eich sefydliad, y diweddaraf yn gyntaf: pwy a'i gwnaeth, pryd (amser y DU), a beth oedd cyn ac ar ôl. Ni ellir newid na dileu'r log.
audit-download-all = Lawrlwytho'r log cyfan gyda phob manylyn (CSV)
audit-download-filtered = Lawrlwytho'r cofnodion hyn gyda phob manylyn (CSV)
audit-export-link = Allforio popeth sydd gan eich sefydliad
audit-filter-title = Hidlo'r log
audit-filter-person = Person
audit-filter-everyone = Pawb
audit-filter-kind = Y math o beth a newidiwyd
audit-filter-any-kind = Unrhyw beth
audit-filter-from = O (diwrnod)
audit-filter-to = Hyd at (diwrnod, wedi'i gynnwys)
audit-filter-date-hint = Er enghraifft, 2026-12-06
audit-filter-apply = Dangos cofnodion
audit-filter-clear = Clirio'r hidlwyr
audit-filter-kind-unknown = Dewiswch fath o beth o'r rhestr
audit-filter-date-invalid = Rhowch ddiwrnod fel blwyddyn, mis a diwrnod, er enghraifft 2026-12-06
audit-filter-date-order = Rhaid i'r diwrnod olaf fod ar y diwrnod cyntaf neu ar ei ôl
audit-filter-entry-invalid = Nid yw cyfeiriad y dudalen yn gywir: ewch yn ôl i'r cofnodion diweddaraf
audit-before-invalid = Nid yw “{ $text }” yn rhif cofnod archwilio; defnyddiwch ?before= gyda rhif o'r log.
audit-none = Nid oes cofnodion.
audit-none-filtered = Nid oes cofnodion sy'n cyfateb i'r hidlwyr hyn.
audit-latest-heading = Y cofnodion diweddaraf
audit-older-heading = Cofnodion cynharach
audit-show-details = Dangos y manylion
audit-of-entry = cofnod { $id }
audit-more-changes = { $count ->
    [zero] Dim newidiadau eraill.
    [one] Un newid arall yn yr un golygiad, o dan “Dangos y manylion”.
    [two] Dau newid arall yn yr un golygiad, o dan “Dangos y manylion”.
    [few] { $count } newid arall yn yr un golygiad, o dan “Dangos y manylion”.
    [many] { $count } newid arall yn yr un golygiad, o dan “Dangos y manylion”.
   *[other] { $count } newid arall yn yr un golygiad, o dan “Dangos y manylion”.
}
audit-pages = Tudalennau'r log archwilio
audit-newest = Y cofnodion diweddaraf
audit-newer = Cofnodion mwy diweddar
audit-older = Cofnodion hŷn

audit-kind-plan = Cynlluniau
audit-kind-dataset = Setiau data
audit-kind-file = Ffeiliau wedi'u huwchlwytho
audit-kind-organisation = Y sefydliad
audit-kind-membership = Aelodau
audit-kind-invitation = Gwahoddiadau
audit-kind-token = Tocynnau API
audit-kind-user = Cyfrifon a mewngofnodi
audit-kind-share = Rhannu
audit-kind-participant = Cyfranogwyr
audit-kind-output-log = Logiau allbwn
audit-kind-questionnaire = Holiaduron
audit-kind-story = Straeon
audit-kind-report = Adroddiadau
audit-kind-self-assessment = Hunanasesiadau
audit-kind-reference-value = Gwerthoedd cyfeirio
audit-kind-weighting = Pwysoliadau
audit-kind-framework-pack = Pecynnau fframwaith

audit-actor-system = Tessera (wrth sefydlu)
audit-actor-cli = Y llinell orchymyn
audit-actor-person-token = { $name } (gyda thocyn API)
audit-actor-token = Y tocyn API ‘{ $name }’
audit-plan-number = cynllun { $id }
audit-dataset-number = set ddata { $id }
audit-object-plan = Cynllun: { $title }
audit-object-dataset = Set ddata: { $name }

audit-organisation-created = Creodd { $who } y sefydliad { $name }
audit-user-created = Creodd { $who } gyfrif ar gyfer { $name } ({ $email })
audit-password-changed = Newidiodd { $who } ei gyfrinair
audit-password-reset = Dewisodd { $who } gyfrinair newydd gyda dolen ailosod
audit-reset-sent = Anfonwyd dolen ailosod cyfrinair at { $email }
audit-reset-refused = Gofynnwyd am ddolen ailosod cyfrinair ar gyfer { $email }; ni anfonwyd dim
audit-signed-in = Mewngofnododd { $who }
audit-signed-up = Creodd { $who } ei gyfrif o wahoddiad a mewngofnodi
audit-sign-in-failed = Methodd rhywun â mewngofnodi fel { $email }
audit-sign-in-locked = Methodd rhywun â mewngofnodi fel { $email }; mae'r cyfrif wedi'i gloi am 15 munud
audit-signed-out = Allgofnododd { $who }
audit-switched = Newidiodd { $who } i weithio yn { $org }
audit-member-added = Ychwanegodd { $who } { $person } fel { $role }
audit-member-role = Newidiodd { $who } rôl { $person } ({ $before } → { $after })
audit-member-removed = Tynnodd { $who } { $person } o'r sefydliad (rôl: { $role })
audit-invited = Gwahoddodd { $who } { $email } i ymuno fel { $role }
audit-invitation-accepted = Derbyniodd { $who } wahoddiad ac ymuno fel { $role }
audit-invitation-withdrawn = Tynnodd { $who } y gwahoddiad ar gyfer { $email } yn ôl
audit-token-created = Creodd { $who } y tocyn API ‘{ $name }’ ({ $role })
audit-token-revoked = Diddymodd { $who } y tocyn API ‘{ $name }’
audit-uploaded = Uwchlwythodd { $who } { $file } ({ $size } KB) i'w fewnforio fel ‘{ $name }’
audit-imported = Mewnforiodd { $who } fersiwn { $version } o'r set ddata ‘{ $name }’: { $rows ->
    [zero] dim rhesi
    [one] { $rows } rhes
    [two] { $rows } res
    [few] { $rows } rhes
    [many] { $rows } rhes
   *[other] { $rows } rhes
}
audit-import-excluded = { $count ->
    [zero] Ni adawyd unrhyw res allan.
    [one] Gadawyd un rhes allan fel y gofynnodd y mapio.
    [two] Gadawyd dwy res allan fel y gofynnodd y mapio.
    [few] Gadawyd { $count } rhes allan fel y gofynnodd y mapio.
    [many] Gadawyd { $count } rhes allan fel y gofynnodd y mapio.
   *[other] Gadawyd { $count } rhes allan fel y gofynnodd y mapio.
}
audit-dataset-deleted = Dileodd { $who } y set ddata ‘{ $name }’
audit-dataset-deleted-version = Dileodd { $who } fersiwn { $version } o ‘{ $name }’ gyda fersiwn gynharach
audit-retention-set = Gosododd { $who } ddyddiad cadw ‘{ $name }’: { $date }
audit-retention-removed = Tynnodd { $who } ddyddiad cadw ‘{ $name }’
audit-plan-created = Creodd { $who } y cynllun ‘{ $title }’
audit-plan-deleted = Dileodd { $who } y cynllun ‘{ $title }’
audit-plan-updated = Newidiodd { $who } y cynllun ‘{ $title }’
audit-shared = Rhannodd { $who } { $kind ->
    [plan] y cynllun
   *[other] ganlyniadau
} ‘{ $title }’ gyda { $org }
audit-published = Cyhoeddodd { $who } { $kind ->
    [plan] y cynllun
   *[other] ganlyniadau
} ‘{ $title }’ i bawb
audit-share-withdrawn = Tynnodd { $who } rannu { $kind ->
    [plan] y cynllun
   *[other] canlyniadau
} ‘{ $title }’ yn ôl
audit-other = Cofnododd { $who } ‘{ $action }’ ar { $object }

## Yr hyn a newidiodd golygiad mewn cynllun.

audit-change-title = Ailenwodd { $who } y cynllun ‘{ $before }’ yn ‘{ $after }’
audit-change-details = Newidiodd { $who } fanylion y cynllun
audit-change-goal = Newidiodd { $who } y nod i ‘{ $after }’
audit-change-item-added = Ychwanegodd { $who } { $kind ->
    [target-group] y grŵp targed
    [outcome] y canlyniad canolradd
    [output] yr allbwn
    [activity] y gweithgaredd
    [barrier] y rhwystr
    [stakeholder] y rhanddeiliad
   *[other] y dangosydd lleol
} ‘{ $name }’
audit-change-item-removed = Tynnodd { $who } { $kind ->
    [target-group] y grŵp targed
    [outcome] y canlyniad canolradd
    [output] yr allbwn
    [activity] y gweithgaredd
    [barrier] y rhwystr
    [stakeholder] y rhanddeiliad
   *[other] y dangosydd lleol
} ‘{ $name }’
audit-change-item-changed = Newidiodd { $who } { $kind ->
    [target-group] y grŵp targed
    [outcome] y canlyniad canolradd
    [output] yr allbwn
    [activity] y gweithgaredd
    [barrier] y rhwystr
    [stakeholder] y rhanddeiliad
   *[other] y dangosydd lleol
} ‘{ $name }’
audit-change-item-renamed = Newidiodd { $who } { $kind ->
    [target-group] y grŵp targed
    [outcome] y canlyniad canolradd
    [output] yr allbwn
    [activity] y gweithgaredd
    [barrier] y rhwystr
    [stakeholder] y rhanddeiliad
   *[other] y dangosydd lleol
} ‘{ $name }’ yn ‘{ $after }’
audit-change-link-added = Cysylltodd { $who } ‘{ $from }’ â ‘{ $to }’
audit-change-link-removed = Tynnodd { $who } y cysylltiad o ‘{ $from }’ i ‘{ $to }’
audit-change-link-assumptions = Newidiodd { $who } y tybiaethau y tu ôl i'r cysylltiad o ‘{ $from }’ i ‘{ $to }’
audit-change-indicator-added = Ychwanegodd { $who } y dangosydd ‘{ $indicator }’ at ‘{ $outcome }’
audit-change-indicator-removed = Tynnodd { $who } y dangosydd ‘{ $indicator }’ o ‘{ $outcome }’
audit-change-indicator-changed = Newidiodd { $who } sut mae ‘{ $indicator }’ yn cael ei fesur ar gyfer ‘{ $outcome }’
audit-change-baseline = Newidiodd { $who } y llinell sylfaen ar gyfer ‘{ $indicator }’ ({ $before } → { $after })
audit-change-target = Newidiodd { $who } y targed ar gyfer ‘{ $indicator }’ ({ $before } → { $after })
audit-change-target-date = Newidiodd { $who } y dyddiad targed ar gyfer ‘{ $indicator }’ ({ $before } → { $after })
audit-change-evaluation = Newidiodd { $who } y cynllun gwerthuso ar gyfer ‘{ $outcome }’
audit-change-evaluation-removed = Tynnodd { $who } y cynllun gwerthuso ar gyfer ‘{ $outcome }’

## Manylion cofnod, o dan “Dangos y manylion”.

audit-fact-entry = Rhif y cofnod
audit-fact-time-utc = Wedi'i gofnodi am (UTC)
audit-fact-actor = Wedi'i gofnodi fel
audit-fact-action = Gweithred
audit-fact-object = Gwrthrych
audit-document-in-export = Y cynllun cyfan, yn yr allforio CSV
audit-value-none = heb ei osod
audit-value-yes = ydy
audit-value-no = nac ydy
audit-key-before = Cyn
audit-key-after = Ar ôl
audit-key-role = Rôl
audit-key-name = Enw
audit-key-email = E-bost
audit-key-title = Teitl
audit-key-version = Fersiwn
audit-key-source = Ffeil ffynhonnell
audit-key-rows = Rhesi
audit-key-excluded-rows = Rhesi a adawyd allan
audit-key-retain-until = Dyddiad cadw
audit-key-reason = Rheswm
audit-key-summary = Crynodeb
audit-key-share = Rhif y rhannu
audit-key-with = Wedi'i rannu gyda
audit-key-member = Aelod
audit-key-prefix = Mae'r tocyn yn dechrau gyda
audit-key-admin = Gweinyddwr
audit-key-changed = Wedi newid
audit-key-bytes = Maint (beitiau)
audit-key-format = Fformat
audit-key-slug = Enw byr
audit-key-document = Cynllun
audit-key-id = Rhif
audit-key-org = Sefydliad
audit-key-parent = Fersiwn gynharach
audit-key-source-name = Ffeil ffynhonnell
audit-key-source-format = Fformat
audit-key-n-rows = Rhesi
audit-key-n-columns = Colofnau
audit-key-n-excluded = Rhesi a adawyd allan
audit-key-waves = Tonnau
audit-key-size-bytes = Maint (beitiau)
audit-key-created-by = Crëwyd gan
audit-key-created-at = Crëwyd am (UTC)

## Cofnodion am y mathau newydd o wrthrych, mewn un patrwm: pwy, beth a wnaethant, i ba beth.
audit-about = { $who }: { $action } { $kind } “{ $name }”
audit-about-number = { $who }: { $action } { $kind } rhif { $id }
audit-verb-create = creu
audit-verb-update = newid
audit-verb-delete = dileu
audit-verb-share = rhannu
audit-verb-unshare = peidio â rhannu
audit-verb-withdraw = tynnu'n ôl
audit-verb-erase = dileu'n llwyr
audit-verb-publish = cyhoeddi
audit-verb-submit = cyflwyno
audit-verb-import = mewnforio
audit-verb-export = allforio
audit-thing-questionnaire = yr holiadur
audit-thing-story = y stori
audit-thing-report = yr adroddiad
audit-thing-self-assessment = yr hunanasesiad
audit-thing-reference-value = y gwerth cyfeirio
audit-thing-framework-pack = y pecyn fframwaith
audit-thing-participant = y cyfranogwr
audit-thing-participant-fields = meysydd y cyfranogwyr
audit-thing-output-log = y cofnod allbwn
audit-verb-invite = gwahodd
audit-verb-agree = cytuno i
audit-verb-decline = gwrthod
audit-verb-end = dod â
audit-verb-accept = derbyn
audit-verb-return = dychwelyd
audit-verb-comment = rhoi sylw ar
audit-verb-answer = ateb
audit-verb-hide = cuddio
audit-verb-show = dangos eto
audit-verb-copy = copïo
audit-thing-weighting = y pwysoliad
audit-thing-library-entry = y cofnod llyfrgell
audit-thing-library-comment = y sylw llyfrgell
audit-thing-partner-link = y cyswllt partner
audit-thing-reporting-period = y cyfnod adrodd
audit-thing-partner-report = adroddiad y partner
