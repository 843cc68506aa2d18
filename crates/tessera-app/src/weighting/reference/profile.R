# The demo survey (Kestrel Bay, seed 2026, 3,000 rows) raked to kestrel-margins.csv, then the
# profile's figures for the two sides: R survey 4.1-1 (Debian's r-cran-survey).
#
# Reproduce (from the workspace root):
#   TESSERA_DEMO_CSV=/tmp/kestrel.csv cargo test -p tessera-app --lib -- --ignored writes_the_demo_survey
#   Rscript crates/tessera-app/src/weighting/reference/profile.R /tmp/kestrel.csv \
#     > crates/tessera-app/src/weighting/reference/profile.csv
suppressMessages(library(survey))
options(survey.lonely.psu = "adjust", digits = 17)
args <- commandArgs(trailingOnly = TRUE)
here <- dirname(sub("--file=", "", grep("--file=", commandArgs(), value = TRUE)))
d <- read.csv(args[1], stringsAsFactors = FALSE, na.strings = "")
# The mapping's group definition: born abroad and in the UK fewer than 5 years are newcomers;
# born in the UK, or here 5 years or more, the receiving community; the rest neither.
d$group <- ifelse(d$country_of_birth != "UK" & !is.na(d$years_in_uk) & d$years_in_uk < 5,
  "newcomers",
  ifelse(d$country_of_birth == "UK" | (!is.na(d$years_in_uk) & d$years_in_uk >= 5),
    "receiving_community", "other"))
d$one <- 1
d$gp <- as.numeric(d$registered_gp == "yes")
m <- read.csv(file.path(here, "kestrel-margins.csv"), stringsAsFactors = FALSE,
  check.names = FALSE)
ward <- m[m$margin == "ward", c("ward", "target")]
names(ward) <- c("ward", "Freq")
age <- m[m$margin == "age", c("age_band", "target")]
names(age) <- c("age_band", "Freq")
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE, data = d)
raked <- rake(des, list(~ward, ~age_band), list(ward, age),
  control = list(maxit = 100, epsilon = 1e-12))
out <- function(measure, fit, wave = "ALL") {
  data.frame(measure = measure, group = as.character(fit$group),
    wave = if (identical(wave, "ALL")) "ALL" else as.character(fit$wave),
    estimate = sprintf("%.17g", coef(fit)), se = sprintf("%.17g", SE(fit)))
}
# The profile's breakdowns: the sides overall, and the sides in each wave.
res <- rbind(
  out("tessera_rows", svyby(~one, ~group, raked, svytotal)),
  out("tessera_rows", svyby(~one, ~group + wave, raked, svytotal), "wave"),
  out("registered_gp", svyby(~gp, ~group, raked, svymean)),
  out("registered_gp", svyby(~gp, ~group + wave, raked, svymean), "wave"),
  out("conversation_english", svyby(~conversation_english, ~group, raked, svymean)),
  out("conversation_english", svyby(~conversation_english, ~group + wave, raked, svymean),
    "wave"))
write.csv(res, stdout(), row.names = FALSE, quote = FALSE)
