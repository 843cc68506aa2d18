# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Geiriau gwerthoedd y cynllun (kinds.rs yn tessera-plan): label pob gwerth, a'r dewis hirach
## y mae ffurflen yn ei gynnig pan fo mwy i'w ddweud.

plans-kind-intervention = Ymyriad
plans-kind-intervention-choice = Un ymyriad: prosiect neu raglen
plans-kind-strategy = Strategaeth
plans-kind-strategy-choice = Strategaeth: sawl ymyriad yn cydweithio

plans-side-newcomers = Newydd-ddyfodiaid
plans-side-receiving_community = Y gymuned sy'n croesawu

plans-node-kind-goal = Nod
plans-node-kind-outcome = Canlyniad interim
plans-node-kind-output = Allbwn
plans-node-kind-activity = Gweithgaredd

plans-assumption-status-untested = Heb ei brofi eto
plans-assumption-status-holding = Yn dal
plans-assumption-status-holding-choice = Yn dal: mae'r monitro hyd yma yn ei gefnogi
plans-assumption-status-challenged = Wedi'i herio
plans-assumption-status-challenged-choice = Wedi'i herio: mae'r monitro hyd yma yn awgrymu ei fod yn anghywir

plans-evidence-kind-statistics = Ystadegau
plans-evidence-kind-statistics-choice = Ystadegau cyhoeddedig
plans-evidence-kind-survey = Arolwg
plans-evidence-kind-survey-choice = Arolwg
plans-evidence-kind-service_data = Data gwasanaeth
plans-evidence-kind-qualitative = Ansoddol
plans-evidence-kind-qualitative-choice = Ansoddol: tystiolaeth pobl, grwpiau ffocws, astudiaethau achos
plans-evidence-kind-research = Ymchwil
plans-evidence-kind-research-choice = Ymchwil gyhoeddedig

plans-evidence-strength-weak = Gwan
plans-evidence-strength-weak-choice = Gwan: awgrymu'n unig
plans-evidence-strength-moderate = Cymedrol
plans-evidence-strength-moderate-choice = Cymedrol: yn ei gefnogi, gydag amodau
plans-evidence-strength-strong = Cryf
plans-evidence-strength-strong-choice = Cryf: yn ei gefnogi'n uniongyrchol ac yn argyhoeddiadol

plans-stakeholder-kind-newcomer_group = Newydd-ddyfodiaid
plans-stakeholder-kind-newcomer_group-choice = Newydd-ddyfodiaid: aelodau o'r grwpiau y mae'r cynllun ar eu cyfer
plans-stakeholder-kind-receiving_community = Y gymuned sy'n croesawu
plans-stakeholder-kind-receiving_community-choice = Y gymuned sy'n croesawu: trigolion sydd eisoes yn byw yma
plans-stakeholder-kind-public_institution = Sefydliad cyhoeddus
plans-stakeholder-kind-public_institution-choice = Sefydliad cyhoeddus: cyngor, ysgol, corff iechyd
plans-stakeholder-kind-civil_society = Cymdeithas sifil
plans-stakeholder-kind-civil_society-choice = Cymdeithas sifil: elusen, clwb, grŵp ffydd
plans-stakeholder-kind-employer = Cyflogwr
plans-stakeholder-kind-employer-choice = Cyflogwr
plans-stakeholder-kind-funder = Cyllidwr
plans-stakeholder-kind-funder-choice = Cyllidwr
plans-stakeholder-kind-other = Arall

plans-stage-design = O'r cam dylunio
plans-stage-delivery = O'r cam cyflawni
plans-stage-evaluation = Yn y gwerthuso
plans-stage-evaluation-choice = Yn y gwerthuso yn unig

plans-direction-up = Gorau po uchaf
plans-direction-down = Gorau po isaf

plans-baseline-source-local = Wedi'i fesur yma
plans-baseline-source-local-choice = Wedi'i fesur yma, ar gyfer y grwpiau hyn
plans-baseline-source-national = Ffigur cenedlaethol
plans-baseline-source-elsewhere = O rywle arall
plans-baseline-source-elsewhere-choice = Lle, prosiect neu astudiaeth arall

plans-method-kind-survey = Arolwg
plans-method-kind-focus_group = Grŵp ffocws
plans-method-kind-interview = Cyfweliadau
plans-method-kind-administrative_records = Cofnodion gweinyddol
plans-method-kind-participant_feedback = Adborth gan gyfranogwyr
plans-method-kind-creative_outputs = Gwaith creadigol
plans-method-kind-other = Arall

plans-sample-kind-participants = Cyfranogwyr
plans-sample-kind-wider_community = Y gymuned ehangach
plans-sample-kind-wider_community-choice = Y gymuned leol ehangach
plans-sample-kind-comparison_group = Grŵp cymharu
plans-sample-kind-comparison_group-choice = Grŵp cymharu

## Cynnydd tuag at darged (progress.rs yn tessera-plan).
plans-progress-on-track = ar y trywydd iawn
plans-progress-on-track-explanation = Mae hyd yn oed y gwerth lleiaf ffafriol y mae'r data'n ei ganiatáu yn well na'r targed.
plans-progress-off-track = oddi ar y trywydd
plans-progress-off-track-explanation = Nid yw hyd yn oed y gwerth mwyaf ffafriol y mae'r data'n ei ganiatáu yn well na'r llinell sylfaen.
plans-progress-cant-tell-yet = methu dweud eto
plans-progress-cant-tell-yet-explanation = Mae'r data'n gyson â chyrraedd y targed ac â methu ei gyrraedd, neu nid oes digon eto i farnu.

## Penawdau a disgrifiad y diagram, a'r amlinelliad testun.
plans-diagram-heading-goal = Nod
plans-diagram-heading-outcome = Canlyniadau interim
plans-diagram-heading-output = Allbynnau
plans-diagram-heading-activity = Gweithgareddau
plans-diagram-count-outcomes = { $count ->
    [zero] dim canlyniad interim
    [one] { $count } canlyniad interim
    [two] { $count } ganlyniad interim
    [few] { $count } chanlyniad interim
    [many] { $count } chanlyniad interim
   *[other] { $count } canlyniad interim
}
plans-diagram-count-outputs = { $count ->
    [zero] dim allbwn
    [one] { $count } allbwn
    [two] { $count } allbwn
    [few] { $count } allbwn
    [many] { $count } allbwn
   *[other] { $count } allbwn
}
plans-diagram-count-activities = { $count ->
    [zero] dim gweithgaredd
    [one] { $count } gweithgaredd
    [two] { $count } weithgaredd
    [few] { $count } gweithgaredd
    [many] { $count } gweithgaredd
   *[other] { $count } gweithgaredd
}
plans-diagram-count-links = { $count ->
    [zero] dim cyswllt
    [one] { $count } cyswllt
    [two] { $count } gyswllt
    [few] { $count } chyswllt
    [many] { $count } chyswllt
   *[other] { $count } cyswllt
}
plans-diagram-desc-wide = Theori newid: mae'r gweithgareddau ar y chwith yn arwain at allbynnau, yna at ganlyniadau interim a'r nod ar y dde. Mae ganddi { $outcomes }, { $outputs }, { $activities } a { $links }. { $arrows }
plans-diagram-desc-narrow = Theori newid: y nod ar y brig, yna'r canlyniadau interim, yr allbynnau a'r gweithgareddau sy'n arwain ato, y naill o dan y llall. Mae ganddi { $outcomes }, { $outputs }, { $activities } a { $links }. { $arrows }
plans-diagram-arrows-planning = Mae'r saethau'n pwyntio'n ôl o'r nod tuag at y gweithgareddau, yn y drefn y lluniwyd y cynllun.
plans-diagram-arrows-causal = Mae'r saethau'n pwyntio o bob cam at y cam y mae'n arwain ato.
plans-outline-unlinked-heading = Heb ei gysylltu â'r nod eto:
plans-outline-item = { $kind }: { $text }
plans-outline-item-repeated = { $kind }: { $text } (wedi'i restru uchod)
plans-outline-assumption = Rhagdybiaeth: { $text }

plans-source-participants = Cyfranogwyr y cynllun
plans-source-participants-choice = Cyfranogwyr y cynllun: yr un bobl ar y llinell sylfaen ac yn y dilyniannau
plans-source-dataset = Set ddata o'r bobl a gyrhaeddir
plans-source-dataset-choice = Set ddata, wedi'i hidlo i'r bobl y mae'r gwaith yn eu cyrraedd
plans-source-context = Cyd-destun yn unig
plans-source-context-choice = Cyd-destun yn unig: arolwg ehangach a ddangosir wrth ochr y cynllun, na chaiff byth ei farnu yn erbyn y targed

plans-unit-percentage = Canran
plans-unit-percentage-choice = Canran o bobl (0 i 100)
plans-unit-mean = Cymedr ar raddfa
plans-unit-mean-choice = Cymedr ar raddfa (rhowch ei gwerth isaf a'i gwerth uchaf)
plans-unit-count = Cyfrif
plans-unit-count-choice = Cyfrif o bobl, sesiynau neu ddigwyddiadau
plans-unit-rate = Cyfradd
plans-unit-rate-choice = Cyfradd: digwyddiadau fesul uned o boblogaeth neu amser
plans-unit-mean-scale = Cymedr ar raddfa o { $min } i { $max }
