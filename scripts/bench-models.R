# R side of scripts/bench-models: svyglm (logistic, 10 terms) on the 200,000-row survey, timed,
# and the regression-adjusted newcomer - settled gap by predictive margins (svypredmeans).
# Usage: Rscript scripts/bench-models.R DATA.csv OUT_PREFIX
suppressPackageStartupMessages({ library(survey); library(data.table) })
args <- commandArgs(trailingOnly = TRUE)
options(survey.lonely.psu = "adjust")
d <- as.data.frame(fread(args[1], colClasses = c(getting_on_well = "character", wave = "character")))
d$agree <- ifelse(d$getting_on_well %in% c("1", "2"), 1, ifelse(d$getting_on_well %in% c("3", "4"), 0, NA))
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE, data = d)
t0 <- proc.time()
m <- svyglm(agree ~ group + age_band + gender + wave, des, family = quasibinomial())
el <- proc.time() - t0
t_glm <- el[["elapsed"]]
cpu_glm <- el[["user.self"]] + el[["sys.self"]]
write.csv(data.frame(term = names(coef(m)), estimate = sprintf("%.17g", coef(m)), se = sprintf("%.17g", SE(m))),
  paste0(args[2], "_coefficients.csv"), row.names = FALSE, quote = FALSE)
t0 <- proc.time()
pm <- svypredmeans(svyglm(agree ~ age_band + gender + wave, des, family = quasibinomial()), ~factor(group))
dif <- svycontrast(pm, c(newcomer = 1, settled = -1))
el <- proc.time() - t0
t_gap <- el[["elapsed"]]
cpu_gap <- el[["user.self"]] + el[["sys.self"]]
write.csv(data.frame(gap = sprintf("%.17g", coef(dif)), se = sprintf("%.17g", SE(dif))),
  paste0(args[2], "_gap.csv"), row.names = FALSE, quote = FALSE)
cat(sprintf("svyglm %.3f s, svypredmeans + svycontrast %.3f s\n", t_glm, t_gap))
cat(sprintf("cpu: svyglm %.3f s, adjusted gap %.3f s\n", cpu_glm, cpu_gap))
