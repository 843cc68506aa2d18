# unreviewed: drafted without a fluent Welsh speaker's review (see docs/translations.md).
## Bylchau wedi'u haddasu drwy atchwel ar dudalen mesur: y bwlch ar ôl ystyried oedran a rhyw.

adjusted-heading = Ar ôl ystyried { $covariates }
adjusted-intro = Gall newydd-ddyfodiaid a'r gymuned sy'n croesawu fod yn wahanol o ran oedran a rhyw. Mae'r tabl hwn hefyd yn dangos pob bwlch fel petai gan y ddau grŵp yr un cymysgedd o { $covariates }, o fodel atchwel sy'n ystyried dyluniad yr arolwg. Os yw'r bwlch wedi'i addasu yn llawer llai, gwahaniaeth yn { $covariates } yw'r rhan fwyaf o'r bwlch crai.
adjusted-caption = Bylchau cyn ac ar ôl ystyried { $covariates }
adjusted-responses = Ymatebion
adjusted-raw-gap = Bwlch
adjusted-adjusted-gap = Bwlch ar ôl ystyried { $covariates }
adjusted-and = { $first } a { $second }
adjusted-not-estimable-short = Ni ellir ei amcangyfrif
adjusted-not-estimable = Ni ellir ei amcangyfrif: mewn categori bach atebodd pawb yr un fath, felly ni all y model wahanu'r grwpiau oddi wrth { $covariates }.
