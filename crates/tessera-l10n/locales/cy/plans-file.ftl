# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Problemau gyda ffeil cynllun neu gynllun wedi'i newid (dilysu tessera-plan), pob un ar ôl llwybr
## JSON fel `$.links[2].to`. Dyfynnir dynodwyr a chyfeiriadau fel y maent yn y ffeil.

plans-problem-at-line = llinell { $line }, colofn { $column }: { $message }
plans-problem-at-path = { $path }: { $message }
plans-problem-not-a-plan = nid yw'r ffeil yn gynllun dilys: { $error }
plans-problem-bad-date = nid yw "{ $text }" yn ddyddiad ar y ffurf YYYY-MM-DD ({ $error })
plans-problem-format-version = mae'n { $found }, ond mae'r fersiwn hon o Tessera yn darllen fformat cynllun { $expected }

plans-problem-blank-title = mae'n wag; ysgrifennwch enw byr ar gyfer y cynllun
plans-problem-blank-goal = mae'n wag; ysgrifennwch y newid hirdymor y mae'r cynllun yn anelu ato
plans-problem-blank-barrier = mae'n wag; ysgrifennwch y rhwystr
plans-problem-blank-group = mae'n wag; ysgrifennwch pwy yw'r grŵp
plans-problem-blank-outcome = mae'n wag; ysgrifennwch y newid y mae'r canlyniad hwn yn ei ddisgrifio
plans-problem-blank-output = mae'n wag; ysgrifennwch beth y bydd y gweithgareddau'n ei gynhyrchu
plans-problem-blank-activity = mae'n wag; ysgrifennwch beth a wneir
plans-problem-blank-resource = mae'n wag; ysgrifennwch yr adnodd neu ei dynnu
plans-problem-blank-assumption = mae'n wag; ysgrifennwch y rhagdybiaeth
plans-problem-blank-evidence = mae'n wag; ysgrifennwch o ble y daw'r dystiolaeth
plans-problem-blank-local-indicator = mae'n wag; ysgrifennwch eiriad y dangosydd
plans-problem-blank-stakeholder = mae'n wag; ysgrifennwch pwy yw'r rhanddeiliad
plans-problem-blank-method-detail = mae'n wag; ysgrifennwch y manylion neu eu gadael allan
plans-problem-blank-collection = mae'n wag; ysgrifennwch beth a gesglir ar y dyddiad hwnnw
plans-problem-blank-forward-step = mae'n wag; ysgrifennwch y cam neu ei dynnu
plans-problem-blank-domain-reason = mae'n wag; ysgrifennwch y rheswm neu ei adael allan

plans-problem-bad-id = nid yw'n ddynodwr y gellir ei ddefnyddio: { $error }
plans-problem-bad-domain = nid yw'n gyfeiriad at barth fel `ioi-2019/social-bridges`: { $error }
plans-problem-domain-twice = mae'n rhestru "{ $domain }" am yr eildro
plans-problem-reserved-group = mae "{ $id }" yn air grŵp neilltuedig; dewiswch ddynodwr mwy penodol
plans-problem-group-id-taken = mae gan grŵp targed arall y dynodwr "{ $id }" eisoes
plans-problem-goal-id = mae "{ $id }" wedi'i neilltuo ar gyfer y nod ({ $first }); dewiswch ddynodwr arall
plans-problem-node-id-taken = "{ $id }" yw dynodwr { $first } eisoes; mae angen ei ddynodwr ei hun ar bob cam
plans-problem-unknown-node = mae'n enwi "{ $id }", nad yw'n un o gamau'r cynllun hwn
plans-problem-self-link = mae'n cysylltu cam ag ef ei hun
plans-problem-link-direction = mae'n mynd o { $from_kind ->
    [goal] y nod
    [outcome] y canlyniad
    [output] yr allbwn
   *[activity] y gweithgaredd
} "{ $from }" i { $to_kind ->
    [goal] y nod
    [outcome] y canlyniad
    [output] yr allbwn
   *[activity] y gweithgaredd
} "{ $to }"; dim ond fel hyn y gall cysylltiadau fynd: gweithgaredd → allbwn, allbwn → canlyniad, canlyniad → canlyniad neu ganlyniad → nod
plans-problem-link-repeated = mae'n ailadrodd y cyswllt yn { $first }; rhowch ei holl ragdybiaethau yno
plans-problem-outcome-cycle = mae canlyniadau'n arwain yn ôl mewn cylch ({ $cycle }); ni all canlyniad arwain yn ôl ato'i hun
plans-problem-local-indicator-id-taken = mae gan ddangosydd lleol arall y dynodwr "{ $id }" eisoes
plans-problem-no-groups = mae'n wag; dywedwch ar gyfer pwy y caiff y dangosydd ei fesur: grŵp targed, `newcomers`, `receiving_community` neu `both`
plans-problem-unknown-group = mae'n enwi "{ $group }", nad yw'n grŵp targed yn y cynllun hwn nac yn `newcomers`, `receiving_community` neu `both`
plans-problem-indicator-repeated = mae'n ailadrodd dangosydd a roddwyd eisoes ar gyfer yr un grwpiau yn y canlyniad hwn
plans-problem-not-finite = rhaid iddo fod yn rhif meidraidd
plans-problem-target-wrong-side = { $direction ->
    [up] mae'n { $target }, yn is na'r llinell sylfaen { $baseline }, ond y cyfeiriad yw `up`; newidiwch y targed neu'r cyfeiriad
   *[down] mae'n { $target }, yn uwch na'r llinell sylfaen { $baseline }, ond y cyfeiriad yw `down`; newidiwch y targed neu'r cyfeiriad
}
plans-problem-not-an-indicator-reference = nid yw "{ $reference }" yn gyfeiriad at ddangosydd; ysgrifennwch `<pack>/<indicator>` (fel `ioi-2019/bri-get-on-well`) neu `local/<id>`
plans-problem-unknown-local-indicator = mae'n enwi "{ $reference }", ond nid oes gan y cynllun ddangosydd lleol "{ $id }"
plans-problem-bad-indicator-reference = nid yw "{ $reference }" yn gyfeiriad at ddangosydd: { $error }
plans-problem-stakeholder-id-taken = mae gan randdeiliad arall y dynodwr "{ $id }" eisoes
plans-problem-unknown-outcome = mae'n enwi "{ $id }", nad yw'n ganlyniad interim yn y cynllun hwn
plans-problem-evaluation-repeated = mae gan "{ $id }" gynllun gwerthuso yn { $first } eisoes; unwch nhw
plans-problem-not-an-outcome-indicator = mae'n enwi "{ $reference }", nad yw'n un o ddangosyddion y canlyniad "{ $id }"
plans-problem-sample-size-zero = mae'n 0; rhowch nifer y bobl rydych yn gobeithio clywed ganddynt, neu gadewch ef allan
plans-problem-unknown-stakeholder = mae'n enwi "{ $id }", nad yw'n un o randdeiliaid y cynllun hwn
plans-problem-type-twice = mae'n dewis parth ar gyfer y math "{ $type }" am yr eildro; cadwch un

## Unedau a thystiolaeth dangosydd cynllun
plans-problem-unit-no-scale = Mae cymedr angen ei raddfa: rhowch y gwerth isaf (min) a'r uchaf (max), y isaf yn is na'r uchaf, fel 0 a 10.
plans-problem-unit-range-only-mean = Dim ond cymedr ar raddfa sydd â gwerth isaf ac uchaf: tynnwch min a max, neu gwnewch yr uned yn gymedr.
plans-problem-outside-percentage = Nid yw { $value } yn ganran: ysgrifennwch gyfran o bobl rhwng 0 a 100 (35 am 35%).
plans-problem-outside-scale = Mae { $value } y tu allan i'r raddfa { $min } i { $max }: ysgrifennwch gymedr ar y raddfa honno, neu newidiwch y raddfa.
plans-problem-negative = Mae { $value } yn is na sero, ac ni all cyfrif na chyfradd fod felly.
plans-problem-dataset-evidence-one = Mae tystiolaeth o set ddata yn enwi'r set ddata: dewiswch yr un sy'n dal y bobl y mae'r gwaith yn eu cyrraedd.
plans-problem-evidence-no-dataset = Dim ond tystiolaeth o set ddata sy'n enwi set ddata, mesur neu hidlydd: tynnwch nhw, neu dewiswch set ddata yn dystiolaeth (mae setiau data ar gyfer cyd-destun yn mynd o dan context).
plans-problem-filter-blank = Mae hidlydd angen newidyn a'r gwerth sy'n dewis y bobl y mae'r gwaith yn eu cyrraedd.
plans-problem-unit-mismatch = Mae'r llinell sylfaen a'r targed wedi'u hysgrifennu fel “{ $unit }” ond mae'r dystiolaeth ({ $source }) yn rhoi “{ $evidence }”: newidiwch yr uned i un y dystiolaeth, neu dewiswch dystiolaeth arall.
plans-problem-no-such-dataset = Nid yw set ddata { $dataset } yn un o setiau data eich sefydliad: dewiswch un o'r rhestr o setiau data.
plans-problem-no-such-measure = Nid oes gan y set ddata “{ $dataset }” fesur ar gyfer y dangosydd hwn{ $measure ->
    [none] {""}
   *[other] {" "}o'r enw “{ $measure }”
}: mapiwch y dangosydd yn y set ddata, neu dewiswch set ddata arall.
