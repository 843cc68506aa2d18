# R side of scripts/bench-weighting: rake the survey to three margins, then estimate the
# reference measures (as ../shared/reference/estimation/reference.R) on the raked design.
# Usage: Rscript scripts/bench-weighting.R DATA.csv OUT_PREFIX
suppressPackageStartupMessages({ library(survey); library(data.table) })
args <- commandArgs(trailingOnly = TRUE)
steps <- list()
tick <- function(name, t0) steps[[name]] <<- as.numeric(Sys.time() - t0, units = "secs")
options(survey.lonely.psu = "adjust", survey.adjust.domain.lonely = FALSE)
t <- Sys.time()
d <- as.data.frame(fread(args[1], colClasses = c(getting_on_well = "character")))
tick("read", t)
t <- Sys.time()
d$agree <- ifelse(d$getting_on_well %in% c("1", "2"), 1, ifelse(d$getting_on_well %in% c("3", "4"), 0, NA))
d$one <- 1
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE, data = d)
tick("design", t)
# The same margins as the spec scripts/bench-weighting writes (30,000,000 people each).
pop.age <- data.frame(age_band = c("16-24", "25-34", "35-49", "50-64", "65+"),
  Freq = c(4200000, 5400000, 7800000, 6900000, 5700000))
pop.gender <- data.frame(gender = c("female", "male", "other", "prefer_not"),
  Freq = c(15150000, 14250000, 300000, 300000))
pop.area <- data.frame(area = c("Abbey", "Brookside", "Castle", "Docklands", "Eastfield", "Fairview", "Greenhill", "Harbour"),
  Freq = c(3900000, 3600000, 4200000, 3300000, 3900000, 3600000, 3600000, 3900000))
t <- Sys.time()
raked <- rake(des, list(~age_band, ~gender, ~area), list(pop.age, pop.gender, pop.area),
  control = list(maxit = 50, epsilon = 1e-7))
tick("rake", t)
t <- Sys.time()
dv <- subset(raked, !is.na(agree))
dt <- subset(raked, !is.na(trust_police))
out <- list()
for (level in c("wave_group", "wave_group_area")) {
  by <- if (level == "wave_group") ~wave + group else ~wave + group + area
  # A subset of a calibrated design keeps every row (weight 0 outside it), so svymean needs
  # na.rm = TRUE to leave out the rows without an answer; svyglm (logit) drops them itself.
  lo <- svyby(~agree, by, dv, svyciprop, method = "logit", vartype = "ci")
  be <- svyby(~agree, by, dv, svyciprop, method = "beta", vartype = "ci", na.rm = TRUE)
  m <- svyby(~agree, by, dv, svymean, deff = "replace", na.rm = TRUE)
  tr <- svyby(~trust_police, by, dt, svymean, deff = "replace", na.rm = TRUE)
  tot <- svyby(~one, by, raked, svytotal)
  key <- function(x) paste(x$wave, x$group, if (level == "wave_group") "ALL" else x$area)
  out[[level]] <- data.frame(level = level, key = key(m), p = coef(m), se_p = SE(m),
    logit_lo = lo$ci_l, logit_hi = lo$ci_u, beta_lo = be$ci_l, beta_hi = be$ci_u,
    trust = coef(tr)[match(key(m), key(tr))], se_trust = SE(tr)[match(key(m), key(tr))],
    total = coef(tot)[match(key(m), key(tot))], se_total = SE(tot)[match(key(m), key(tot))])
}
tick("estimates", t)
fmt <- function(df) { df[] <- lapply(df, function(x) if (is.numeric(x)) sprintf("%.17g", x) else x); df }
write.csv(fmt(do.call(rbind, out)), paste0(args[2], "_estimates.csv"), row.names = FALSE, quote = FALSE)
# Gaps newcomer - settled per wave (and wave x area). survey 4.1-1's svyby(covmat = TRUE) fails
# on subsets of a calibrated design (the domain keeps every row, with weight 0, and the
# influence matrix has the wrong length), so the gap is the coefficient of svyglm(agree ~
# newcomer), whose SE equals the contrast's (reference README, "--check").
t <- Sys.time()
diffs <- list()
for (w in sort(unique(d$wave))) {
  for (a in c("ALL", sort(unique(d$area)))) {
    sub <- if (a == "ALL") subset(dv, wave == w) else subset(dv, wave == w & area == a)
    groups <- unique(sub$variables$group[weights(sub) > 0])
    if (length(groups) < 2) next
    g <- svyglm(agree ~ I(group == "newcomer"), design = sub)
    diffs[[length(diffs) + 1]] <- data.frame(key = paste(w, a), diff = coef(g)[2],
      se = sqrt(vcov(g)[2, 2]))
  }
}
tick("gaps", t)
write.csv(fmt(do.call(rbind, diffs)), paste0(args[2], "_diffs.csv"), row.names = FALSE, quote = FALSE)
write.csv(data.frame(step = names(steps), seconds = unlist(steps)), paste0(args[2], "_steps.csv"), row.names = FALSE)
