# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).

## Cyfrifon: mewngofnodi, cyfrineiriau, gwahoddiadau, aelodau a thocynnau API y sefydliad, creu
## a newid sefydliad, a'r cadarnhad cyn tynnu unrhyw beth.

account-title = Eich cyfrif
account-name = Enw
account-email = E-bost
account-email-address = Cyfeiriad e-bost
account-email-invalid = Rhowch gyfeiriad e-bost, fel enw@example.org
account-password = Cyfrinair
account-password-change-link = Newid eich cyfrinair
account-language = Iaith
account-language-hint = Defnyddiwch y ddolen ar frig unrhyw dudalen i newid iaith; mae Tessera yn cofio eich dewis ar bob dyfais rydych yn mewngofnodi arni.
account-organisations = Sefydliadau
account-switch-or-create = Newid neu greu sefydliad
account-create-organisation = Creu sefydliad
account-role = Rôl
account-never = byth
account-notice-done = Wedi'i wneud
account-done-password = Mae eich cyfrinair wedi'i newid. Rydych wedi cael eich allgofnodi ym mhobman arall.
account-done-token-revoked = Mae'r tocyn wedi'i ddiddymu: nid yw'n agor dim mwyach.
account-done-reset = Mae eich cyfrinair wedi'i newid. Mewngofnodwch gyda'ch cyfrinair newydd.
account-done-signed-out = Rydych wedi allgofnodi.

account-role-owner = Perchennog
account-role-editor = Golygydd
account-role-analyst = Dadansoddwr
account-role-viewer = Gwyliwr
account-role-summary-owner = Popeth y gall golygydd ei wneud, ac mae'n rheoli aelodau, rhannu, tocynnau API, cadw a dileu; mae'n darllen y log archwilio.
account-role-summary-editor = Popeth y gall dadansoddwr ei wneud, ac mae'n creu, golygu a dileu cynlluniau ac yn mewnforio setiau data.
account-role-summary-analyst = Popeth y gall gwyliwr ei wneud, ac mae'n lawrlwytho tablau canlyniadau a ffeiliau data gwreiddiol.
account-role-summary-viewer = Mae'n darllen cynlluniau a chanlyniadau (gyda rhifau bach wedi'u cuddio).

## Tocynnau API.

account-tokens-heading = Eich tocynnau API ar gyfer { $org }
account-tokens-intro = Mae tocyn yn gadael i sgript ddarllen (neu, gyda rôl golygydd, newid) cynlluniau a chanlyniadau { $org } drwy'r API JSON, fel chi. Nid yw byth yn gwneud mwy nag y mae eich rôl eich hun yn ei ganiatáu, ac mae'n peidio â gweithio os byddwch yn gadael y sefydliad.
account-tokens-caption = Eich tocynnau API
account-token-new-title = Eich tocyn API newydd
account-token-copy-now = Copïwch ef nawr: dim ond ôl bys ohono y mae Tessera yn ei gadw, ac ni all ei ddangos eto.
account-token-send-as = Anfonwch ef gyda phob cais fel
account-token-header = Authorization: Bearer <tocyn>
account-token-name = Enw
account-token-prefix = Yn dechrau gyda
account-token-last-used = Defnyddiwyd ddiwethaf
account-token-status = Statws
account-token-revoked-on = Diddymwyd { $when }
account-token-revoke = Diddymu
account-token-revoke-button = Diddymu'r tocyn
account-token-what-for = Ar gyfer beth mae'r tocyn?
account-token-what-for-hint = Er enghraifft, “sgript yr adroddiad misol”.
account-token-may-do = Beth gaiff ei wneud?
account-token-create = Creu tocyn
account-token-too-much = Ni all tocyn wneud mwy na chi: dewiswch { $role } neu is
account-token-choose-role = Dewiswch beth gaiff y tocyn ei wneud
account-token-name-missing = Dywedwch ar gyfer beth mae'r tocyn, er enghraifft “sgript yr adroddiad misol”
account-no-such-token = Nid oes tocyn API o'r fath yn eich sefydliad.
account-no-such-token-of-yours = Nid oes gennych chi docyn API o'r fath.

## Mewngofnodi a chyfrineiriau.

account-sign-in-title = Mewngofnodi
account-sign-in-heading = Mewngofnodi i Tessera
account-sign-in-intro = Mewngofnodwch i weld cynlluniau a setiau data eich sefydliad. Mae'r fframwaith, ei ddangosyddion a'r canlyniadau a gyhoeddwyd ar agor i bawb heb fewngofnodi.
account-sign-in-for-share = Rhannwyd hyn gydag un sefydliad. Mewngofnodwch gyda chyfrif yn y sefydliad hwnnw i'w weld; byddwch yn dod yn ôl ato'n syth.
account-sign-in-button = Mewngofnodi
account-forgot-link = Rwyf wedi anghofio fy nghyfrinair
account-no-account = Dim cyfrif eto? Mae cyfrifon drwy wahoddiad: gofynnwch i un o berchnogion eich sefydliad eich gwahodd, neu gofynnwch i gydweithiwr sydd â chyfrif greu sefydliad newydd.
account-password-missing = Rhowch eich cyfrinair
account-sign-in-wrong = Nid yw'r cyfeiriad e-bost neu'r cyfrinair yn gywir. Gwiriwch nhw a rhowch gynnig arall arni.
account-sign-in-locked = Bu { $count } neu fwy o ymdrechion aflwyddiannus i fewngofnodi i'r cyfrif hwn yn ystod y { $minutes } munud diwethaf, felly mae wedi'i gloi am y tro. Arhoswch { $minutes } munud a rhowch gynnig arall arni, neu ailosodwch eich cyfrinair.
account-forgot-title = Ailosod eich cyfrinair
account-forgot-intro = Rhowch y cyfeiriad e-bost rydych yn mewngofnodi ag ef. Byddwn yn anfon dolen i ddewis cyfrinair newydd.
account-forgot-send = Anfon y ddolen
account-forgot-sent-title = Gwiriwch eich e-bost
account-forgot-sent = Os oes cyfrif Tessera ar gyfer { $email }, mae dolen i ddewis cyfrinair newydd ar ei ffordd. Mae'r ddolen yn gweithio unwaith, am awr.
account-forgot-outbox = Lle nad oes gweinydd post gan y Tessera hwn, mae negeseuon yn aros yn ei flwch anfon; gall pwy bynnag sy'n ei redeg eu darllen gyda
account-back-to-sign-in = Yn ôl i fewngofnodi
account-reset-heading = Dewiswch gyfrinair newydd
account-change-heading = Newid eich cyfrinair
account-reset-expired = Mae'r ddolen ailosod cyfrinair hon wedi dod i ben neu wedi'i defnyddio eisoes. Gofynnwch am un newydd o'r dudalen fewngofnodi.
account-current-password = Cyfrinair presennol
account-current-password-wrong = Nid yw eich cyfrinair presennol yn gywir. Gwiriwch ef a rhowch gynnig arall arni.
account-new-password = Cyfrinair newydd
account-new-password-again = Teipiwch y cyfrinair newydd eto
account-save-password = Cadw'r cyfrinair newydd
account-password-signs-out = Mae newid eich cyfrinair yn eich allgofnodi ym mhobman arall.
account-password-person-only = Dim ond person sydd wedi mewngofnodi all newid cyfrinair.
account-password-hint = O leiaf 15 nod. Mae tri neu bedwar gair ar hap yn gwneud cyfrinair cryf sy'n hawdd ei gofio; nid oes angen symbolau na phriflythrennau.
account-password-too-short = Rhaid i'ch cyfrinair fod o leiaf { $min } nod o hyd (mae ganddo { $count }). Mae tri neu bedwar gair ar hap yn gwneud cyfrinair cryf, hawdd ei gofio.
account-password-too-long = Rhaid i'ch cyfrinair fod yn { $max } nod o hyd ar y mwyaf.
account-password-too-easy = Mae eich cyfrinair yn rhy hawdd ei ddyfalu. Osgowch gyfrineiriau cyffredin, geiriau wedi'u hailadrodd, patrymau bysellfwrdd a'ch enw neu'ch cyfeiriad e-bost eich hun; mae tri neu bedwar gair ar hap yn gweithio'n dda.
account-password-different = Mae'r ddau gyfrinair yn wahanol. Teipiwch yr un cyfrinair ddwywaith.
account-reset-mail-subject = Ailosod eich cyfrinair Tessera
account-reset-mail-body =
    Helo { $name },

    Gofynnodd rhywun (chi, gobeithio) am ailosod cyfrinair eich cyfrif Tessera. Agorwch y ddolen hon o fewn { $minutes } munud i ddewis un newydd:

    { $link }

    Mae'r ddolen yn gweithio unwaith. Os na wnaethoch ofyn am hyn, anwybyddwch y neges hon: nid yw eich cyfrinair wedi newid.

## Gwahoddiadau.

account-invitation-title = Ymuno â { $org }
account-invitation-caption = Gwahoddiad
account-invitation-heading = Ymuno â { $org } ar Tessera
account-invitation-who = Gwahoddodd { $inviter } { $email } i ymuno â { $org }
account-invitation-role = fel { $role }: { $summary }
account-invitation-create-heading = Creu eich cyfrif
account-your-name = Eich enw
account-your-name-hint = Fel y mae eich cydweithwyr yn eich adnabod.
account-your-name-missing = Rhowch eich enw, fel y mae cydweithwyr yn eich adnabod
account-choose-password = Dewiswch gyfrinair
account-password-again = Teipiwch y cyfrinair eto
account-invitation-create-and-join = Creu cyfrif ac ymuno
account-invitation-join = Ymuno â { $org }
account-invitation-has-account = Mae cyfrif Tessera eisoes ar gyfer { $email }.
account-invitation-sign-in = Mewngofnodwch i dderbyn y gwahoddiad.
account-invitation-other-account = Rydych wedi mewngofnodi fel { $me }, ond mae'r gwahoddiad ar gyfer { $email }. Allgofnodwch, yna agorwch ddolen y gwahoddiad eto.
account-invitation-gone = Mae'r gwahoddiad hwn wedi dod i ben, wedi'i dynnu'n ôl neu wedi'i ddefnyddio eisoes. Gofynnwch i'r person a'ch gwahoddodd anfon un newydd.
account-invitation-for-other = Mae'r gwahoddiad hwn ar gyfer { $email }. Mewngofnodwch gyda'r cyfeiriad hwnnw i'w dderbyn.
account-invitation-mail-subject = Rydych wedi cael gwahoddiad i ymuno â { $org } ar Tessera
account-invitation-mail-body =
    Helo,

    Mae { $inviter } wedi eich gwahodd i ymuno â { $org } ar Tessera fel { $role }. Agorwch y ddolen hon o fewn { $days } diwrnod i dderbyn:

    { $link }

    Os nad oeddech yn disgwyl hyn, anwybyddwch y neges hon.

## Tudalen y sefydliad.

account-org-title = { $org }: aelodau a mynediad
account-org-heading = Aelodau a mynediad
account-org-members = Aelodau
account-org-change = Newid
account-org-you = (chi)
account-org-new-role-for = Rôl newydd i { $name }
account-org-change-role = Newid rôl
account-org-of = { $name }
account-org-remove = Tynnu
account-org-remove-member = Eu tynnu
account-org-roles-heading = Beth y gall pob rôl ei wneud
account-org-invite-heading = Gwahodd rhywun
account-org-their-email = Eu cyfeiriad e-bost
account-org-their-email-hint = Byddant yn mewngofnodi gyda'r cyfeiriad hwn.
account-org-their-role = Eu rôl
account-org-invite = Gwahodd
account-org-choose-role = Dewiswch rôl
account-org-already-member = Mae'r person hwnnw eisoes yn aelod o { $org }
account-org-invitation-created = Gwahoddiad wedi'i greu
account-org-invitation-for = ar gyfer { $email }
account-org-invitation-link = Mae e-bost gyda'r ddolen hon yn y blwch anfon. Gallwch hefyd anfon y ddolen eich hun; mae'n gweithio unwaith, am 14 diwrnod, a dim ond ar gyfer { $email }:
account-org-invitations = Gwahoddiadau heb eu derbyn eto
account-org-invited-by = Gwahoddwyd gan
account-org-works-until = Yn gweithio tan
account-org-withdraw = Tynnu'n ôl
account-org-withdraw-invitation = Tynnu'r gwahoddiad yn ôl
account-org-tokens-heading = Tocynnau API
account-org-tokens-intro = Mae tocynnau yn gadael i sgriptiau ddefnyddio'r API JSON ar gyfer { $org }. Mae aelodau'n gwneud eu rhai eu hunain ar dudalen eu cyfrif; yma gallwch ddiddymu unrhyw un ohonynt.
account-org-tokens-account-link = Ewch i dudalen eich cyfrif
account-org-no-tokens = Nid oes tocynnau API.
account-org-person = Person
account-org-former-member = cyn-aelod (cyfrif { $id })
account-org-export = Allforio popeth sydd gan { $org }
account-org-sole-owner = Mae angen o leiaf un perchennog ar sefydliad: gwnewch rywun arall yn berchennog yn gyntaf, yna newidiwch neu tynnwch yr un hwn.
account-org-done-role = Mae'r rôl wedi'i newid.
account-org-done-removed = Mae'r aelod wedi'i dynnu.
account-org-done-invitation = Mae'r gwahoddiad wedi'i dynnu'n ôl.
account-org-done-token = Mae'r tocyn API wedi'i ddiddymu.
account-org-done-created = Mae'r sefydliad wedi'i greu, gyda chi yn berchennog arno. Gwahoddwch ei aelodau isod.
account-no-such-invitation = Nid oes gwahoddiad o'r fath yn aros.
account-no-such-member = Nid oes aelod o'r fath yn eich sefydliad.

## Eich sefydliadau: newid a chreu un.

account-orgs-title = Eich sefydliadau
account-orgs-none = Nid ydych yn aelod o unrhyw sefydliad eto. Gofynnwch i un o berchnogion eich sefydliad eich gwahodd, neu crëwch un isod.
account-orgs-intro = Rydych yn gweld ac yn newid cynlluniau a setiau data'r sefydliad rydych yn gweithio ynddo. Newidiwch i weithio mewn un arall.
account-orgs-working-in = Yn gweithio yma
account-orgs-switch-to = Newid i { $org }
account-orgs-not-member = Nid ydych yn aelod o'r sefydliad hwnnw.
account-orgs-switch-session = Dim ond sesiwn wedi mewngofnodi all newid sefydliad.
account-orgs-create-heading = Creu sefydliad
account-orgs-create-intro = Gall tîm mewn cyngor, elusen, grŵp cymunedol neu bartneriaeth gael ei sefydliad ei hun ar y Tessera hwn. Chi fydd ei berchennog cyntaf, a gallwch wahodd ei aelodau; ei gynlluniau a'i ddata yw ei rai ei hun.
account-orgs-name-hint = Er enghraifft, Kestrel Bay Refugee Action.
account-orgs-slug = Enw byr
account-orgs-slug-hint = Llythrennau bach, digidau a chysylltnodau, yn dechrau gyda llythyren; er enghraifft kestrel-refugee-action.
account-orgs-create = Creu sefydliad
account-orgs-name-missing = Rhowch enw'r sefydliad
account-orgs-slug-invalid = Rhowch enw byr o lythrennau bach, digidau a chysylltnodau, yn dechrau gyda llythyren (64 nod ar y mwyaf)
account-orgs-slug-taken = Mae sefydliad gyda'r enw byr hwn eisoes: dewiswch un arall
account-orgs-create-person = Dim ond person sydd wedi mewngofnodi all greu sefydliad.

## Cadarnhau cyn tynnu.

account-confirm-warning = Rhybudd
account-confirm-cancel = Canslo
account-confirm-member-heading = Tynnu { $name } o { $org }?
account-confirm-member-body = Ni fydd { $name } yn gweld cynlluniau a setiau data { $org } mwyach. Mae eu tocynnau API ar ei gyfer yn peidio â gweithio ar unwaith. Gallwch eu gwahodd eto yn nes ymlaen.
account-confirm-member-yourself = Chi yw hwn: byddwch yn colli mynediad i'r sefydliad ar unwaith.
account-confirm-member-warning = Ni ellir dadwneud tynnu aelod.
account-confirm-invitation-heading = Tynnu'r gwahoddiad ar gyfer { $email } yn ôl?
account-confirm-invitation-body = Bydd y ddolen yn y gwahoddiad yn peidio â gweithio. Gallwch eu gwahodd i { $org } eto yn nes ymlaen.
account-confirm-invitation-warning = Ni ellir dadwneud tynnu gwahoddiad yn ôl.
account-confirm-token-heading = Diddymu'r tocyn API “{ $name }”?
account-confirm-token-body = Bydd sgriptiau sy'n defnyddio'r tocyn sy'n dechrau { $prefix } yn cael eu gwrthod o hyn ymlaen.
account-confirm-token-warning = Ni ellir dadwneud diddymu tocyn: gwnewch un newydd os bydd ei angen arnoch eto.

## Gwrthod tocyn API (mae'r API yn ateb yn Saesneg).

account-api-token-invalid = Nid yw'r tocyn API hwn yn ddilys: efallai ei fod wedi'i ddiddymu neu ei gamdeipio. Crëwch un newydd ar dudalen eich cyfrif.
account-api-token-org-gone = Nid yw sefydliad y tocyn API hwn yn bodoli mwyach.
account-api-token-owner-gone = Nid yw perchennog y tocyn API hwn yn aelod o'i sefydliad mwyach.
