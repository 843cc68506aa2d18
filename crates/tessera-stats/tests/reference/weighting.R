# Reference figures for weighting (survey 4.1-1): postStratify(), rake(), calibrate() with
# calfun = "linear" | "raking" | "logit" and bounds, trimWeights(), and the variance after each
# (residuals of the calibration). Writes out/weighting_weights.csv (every final weight) and
# out/weighting.csv (estimates and SEs).
# Run: Rscript crates/tessera-stats/tests/reference/weighting.R
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "common.R"))
options(survey.lonely.psu = "adjust", survey.adjust.domain.lonely = FALSE)
data(api)

# Population margins (the survey package's own examples, with a crossed stype x awards margin
# and a numeric total made up to agree with them).
pop.types <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
pop.schwide <- data.frame(sch.wide = c("No", "Yes"), Freq = c(1072, 5122))
pop.awards <- data.frame(awards = c("No", "Yes"), Freq = c(2500, 3694))
pop.type.awards <- data.frame(stype = rep(c("E", "H", "M"), each = 2), awards = rep(c("No", "Yes"), 3),
  Freq = c(1500, 2921, 500, 255, 500, 518))
api99.total <- 3914069

dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc)
tight <- 1e-12

weightings <- list(
  clus1_post = function() postStratify(dclus1, ~stype, pop.types),
  clus1_post_crossed = function() postStratify(dclus1, ~stype + awards, pop.type.awards),
  clus1_rake = function() rake(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide)),
  clus1_rake_tight = function() rake(dclus1, list(~stype, ~sch.wide, ~awards),
    list(pop.types, pop.schwide, pop.awards), control = list(maxit = 100, epsilon = 1e-9)),
  clus1_rake_crossed = function() rake(dclus1, list(~stype + awards, ~sch.wide),
    list(pop.type.awards, pop.schwide), control = list(maxit = 100, epsilon = 1e-9)),
  clus1_linear = function() calibrate(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide)),
  clus1_linear_total = function() calibrate(dclus1, ~stype + api99,
    c(`(Intercept)` = 6194, stypeH = 755, stypeM = 1018, api99 = api99.total)),
  clus1_linear_bounded = function() calibrate(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide),
    bounds = c(0.85, 1.75), epsilon = tight, maxit = 100),
  clus1_raking = function() calibrate(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide),
    calfun = "raking", epsilon = tight),
  clus1_logit = function() calibrate(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide),
    calfun = "logit", bounds = c(0.85, 1.75), epsilon = tight, maxit = 100),
  clus1_rake_trim = function() trimWeights(rake(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide)),
    lower = 25, upper = 50),
  strat_rake = function() rake(dstrat, list(~sch.wide, ~awards), list(pop.schwide, pop.awards),
    control = list(maxit = 100, epsilon = 1e-9)),
  strat_linear = function() calibrate(dstrat, list(~sch.wide, ~awards), list(pop.schwide, pop.awards))
)

rows <- list()
wrows <- list()
for (name in names(weightings)) {
  des <- weightings[[name]]()
  w <- weights(des)
  wrows[[length(wrows) + 1]] <- data.frame(weighting = name, row = seq_along(w), weight = w)
  add <- function(stat, domain, est) {
    rows[[length(rows) + 1]] <<- data.frame(weighting = name, stat = stat, domain = domain,
      estimate = as.numeric(coef(est)), se = as.numeric(SE(est)))
  }
  add("mean_api00", "ALL", svymean(~api00, des))
  add("total_enroll", "ALL", svytotal(~enroll, des))
  add("total_one", "ALL", svytotal(~one, update(des, one = 1)))
  b <- svyby(~api00, ~awards, des, svymean)
  for (i in seq_len(nrow(b))) {
    rows[[length(rows) + 1]] <- data.frame(weighting = name, stat = "mean_api00",
      domain = as.character(b$awards[i]), estimate = unname(coef(b)[i]), se = as.numeric(as.matrix(SE(b)))[i])
  }
  p <- svyby(~I(comp.imp == "Yes"), ~awards, des, svymean)
  k <- nrow(p)
  for (i in seq_len(k)) {
    rows[[length(rows) + 1]] <- data.frame(weighting = name, stat = "prop_compimp",
      domain = as.character(p$awards[i]), estimate = unname(coef(p)[k + i]),
      se = as.numeric(as.matrix(SE(p)))[k + i])
  }
}
write_ref(do.call(rbind, rows), "weighting.csv")
write_ref(do.call(rbind, wrows), "weighting_weights.csv")
