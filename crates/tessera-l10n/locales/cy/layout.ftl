# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).
## Y cynllun a rennir gan bob tudalen: pennyn, dewislen, troedyn; tudalennau gwall.

layout-skip-link = Neidio i'r prif gynnwys
layout-sign-in = Mewngofnodi
layout-sign-out = Allgofnodi
layout-switch-organisation = Newid
layout-switch-organisation-hidden = sefydliad
layout-service-menu = Dewislen y gwasanaeth
layout-menu = Dewislen
nav-home = Hafan
nav-frameworks = Fframweithiau
nav-plans = Cynlluniau
nav-datasets = Setiau data
nav-shared = Wedi'u rhannu
nav-organisation = Sefydliad
nav-search = Chwilio
footer-about = Am Tessera
footer-licence = Meddalwedd cod agored yw Tessera o dan Drwydded Apache 2.0.
footer-layout = Mae ei gynllun yn defnyddio
footer-layout-licence = (trwydded MIT).
footer-ioi = Hawlfraint y Goron (y Swyddfa Gartref) yw fframwaith Dangosyddion Integreiddio 2019, ac fe'i defnyddir o dan y
footer-ogl = Drwydded Llywodraeth Agored v3.0
footer-iom = Mae'r mynegai allweddeiriau a'r dull cynllunio yn dilyn y Canllaw i Ymarferwyr gan IOM UK (2020), wedi'u disgrifio yng ngeiriau Tessera ei hun.
footer-starter = Geiriad Tessera ei hun yw'r dangosyddion sydd wedi'u marcio “banc cychwynnol Tessera”, nid dangosyddion swyddogol.
footer-audit = Log archwilio
footer-export = Allforio popeth
footer-api = API JSON

role-owner = perchennog
role-editor = golygydd
role-analyst = dadansoddwr
role-viewer = gwyliwr

error-home-link = Ewch i hafan Tessera
error-or = neu
error-search-link = chwiliwch y fframweithiau
error-status = Statws { $status }
error-title-not-found = Heb ddod o hyd i'r dudalen
error-title-forbidden = Ni allwch wneud hyn
error-title-too-many = Gormod o ymdrechion
error-title-too-large = Mae'r ffeil yn rhy fawr
error-title-bad-request = Mae problem gyda'ch cais
error-title-unavailable = Ddim yn barod eto
error-title-unauthorized = Mewngofnodwch i barhau
error-title-internal = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
error-internal = Aeth rhywbeth o'i le ar ein hochr ni. Rhowch gynnig arall arni; os yw'n dal i ddigwydd, rhowch wybod i bwy bynnag sy'n rhedeg y Tessera hwn.
error-no-page = Nid oes tudalen yn y cyfeiriad hwn. Gwiriwch ef, neu dechreuwch eto o'r hafan.
error-csrf = Ni ellid derbyn y ffurflen hon oherwydd nad oedd wedi'i hanfon o'r dudalen Tessera hon, neu roedd y dudalen ar agor mor hir nes i'ch sesiwn ddod i ben. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.
error-form-too-large = Mae'r ffurflen yn fwy nag y mae Tessera yn ei dderbyn ({ $kb } KB). Anfonwch lai o destun.
error-upload-needs-editor = Mae angen rôl golygydd neu uwch i ddod â ffeil i mewn. Gofynnwch i un o berchnogion eich sefydliad os oes angen i chi wneud hyn.
error-sign-in-to-see = Mewngofnodwch i weld y dudalen hon.
nav-participants = Cyfranogwyr
nav-questionnaires = Holiaduron
nav-stories = Straeon
nav-assessments = Hunanasesiadau
nav-reference-values = Gwerthoedd cyfeirio
nav-packs = Pecynnau fframwaith
