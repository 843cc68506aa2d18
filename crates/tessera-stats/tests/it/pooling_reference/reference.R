# Reference figures for pooling partners' figures (tessera-stats `pooling`).
#
# Run from this directory:  Rscript reference.R   (needs r-cran-survey and r-cran-metafor)
# Generates people for four partners (fixed seed), writes each partner's summary to partners.csv
# and the pooled figures to reference.csv (method, indicator, figure, value):
# - sample-size weighting = the partners as strata of one design: svydesign(ids = ~1,
#   strata = ~partner), svymean / svyciprop(method = "logit") / confint(df = degf);
# - inverse-variance weighting = fixed-effect meta-analysis: metafor::rma(method = "FE").
suppressPackageStartupMessages({ library(survey); library(metafor) })
set.seed(20261207)

sizes <- c(48, 13, 120, 31)
people <- do.call(rbind, lapply(seq_along(sizes), function(i) {
  n <- sizes[i]
  data.frame(partner = i, yes = rbinom(n, 1, c(0.35, 0.6, 0.45, 0.2)[i]),
             score = round(rnorm(n, c(6.1, 5.2, 6.8, 5.9)[i], c(2, 1.5, 2.2, 1.8)[i]), 1))
}))

partners <- do.call(rbind, lapply(split(people, people$partner), function(d) {
  data.frame(partner = d$partner[1], n = nrow(d), yes = sum(d$yes),
             mean = mean(d$score), sd = sd(d$score))
}))
write.csv(partners, "partners.csv", row.names = FALSE)

out <- data.frame(method = character(), indicator = character(), figure = character(),
                  value = numeric())
put <- function(m, i, f, v) out[nrow(out) + 1, ] <<- list(m, i, f, as.numeric(v))

des <- svydesign(ids = ~1, strata = ~partner, data = people)
df <- degf(des)
m <- svymean(~yes, des)
put("sample_size", "proportion", "value", coef(m))
put("sample_size", "proportion", "se", SE(m))
put("sample_size", "proportion", "df", df)
ci <- svyciprop(~yes, des, method = "logit", df = df)
put("sample_size", "proportion", "ci_low", attr(ci, "ci")[1])
put("sample_size", "proportion", "ci_high", attr(ci, "ci")[2])
m <- svymean(~score, des)
put("sample_size", "mean", "value", coef(m))
put("sample_size", "mean", "se", SE(m))
ci <- confint(m, df = df)
put("sample_size", "mean", "ci_low", ci[1])
put("sample_size", "mean", "ci_high", ci[2])

# The pooled counts alone (what the combined view uses for a proportion): one stratum.
des1 <- svydesign(ids = ~1, data = people)
ci <- svyciprop(~yes, des1, method = "logit", df = degf(des1))
put("pooled_counts", "proportion", "value", coef(ci))
put("pooled_counts", "proportion", "se", SE(ci))
put("pooled_counts", "proportion", "ci_low", attr(ci, "ci")[1])
put("pooled_counts", "proportion", "ci_high", attr(ci, "ci")[2])

fe <- function(ind, yi, sei) {
  r <- rma(yi = yi, sei = sei, method = "FE")
  put("inverse_variance", ind, "value", r$beta[1])
  put("inverse_variance", ind, "se", r$se)
  put("inverse_variance", ind, "ci_low", r$ci.lb)
  put("inverse_variance", ind, "ci_high", r$ci.ub)
  put("inverse_variance", ind, "q", r$QE)
  put("inverse_variance", ind, "q_p", r$QEp)
  put("inverse_variance", ind, "i_squared", r$I2 / 100)
}
p <- partners$yes / partners$n
fe("proportion", p, sqrt(p * (1 - p) / (partners$n - 1)))
fe("mean", partners$mean, partners$sd / sqrt(partners$n))

write.csv(out, "reference.csv", row.names = FALSE)
cat(R.version.string, "survey", as.character(packageVersion("survey")), "metafor",
    as.character(packageVersion("metafor")), "\n")
