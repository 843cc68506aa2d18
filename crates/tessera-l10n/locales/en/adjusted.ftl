## Regression-adjusted gaps on a measure's page: the gap after accounting for age and sex.

adjusted-heading = After accounting for { $covariates }
adjusted-intro = Newcomers and the receiving community may differ in age and sex. This table also shows each gap as if both groups had the same mix of { $covariates }, from a regression model that takes the survey design into account. If the adjusted gap is much smaller, the raw gap is mostly a difference in { $covariates }.
adjusted-caption = Gaps before and after accounting for { $covariates }
adjusted-responses = Responses
adjusted-raw-gap = Gap
adjusted-adjusted-gap = Gap after accounting for { $covariates }
adjusted-and = { $first } and { $second }
adjusted-not-estimable-short = Cannot be estimated
adjusted-not-estimable = Cannot be estimated: in a small category everyone answered alike, so the model cannot separate the groups from { $covariates }.
