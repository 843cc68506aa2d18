# Reference figures for the variance primitive (survey 4.1-1):
# - out/lonely.csv: domain means and totals of the synthetic lonely-PSU survey under every
#   lonely-PSU policy, with and without survey.adjust.domain.lonely;
# - out/primitive.csv: full covariance matrices of two-variable means and totals on apistrat,
#   apiclus1 and a one-stage apiclus2 design.
# Run: Rscript crates/tessera-stats/tests/reference/variance.R
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "common.R"))

d <- read.csv(here("..", "fixtures", "synthetic_small_lonely.csv"), colClasses = c(getting_on_well = "character"))
d$agree <- ifelse(d$getting_on_well %in% c("1", "2"), 1, ifelse(d$getting_on_well %in% c("3", "4"), 0, NA))
d$one <- 1
rows <- list()
for (lonely in c("adjust", "average", "remove", "certainty")) {
  for (adl in c(FALSE, TRUE)) {
    options(survey.lonely.psu = lonely, survey.adjust.domain.lonely = adl)
    des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE, data = d)
    dv <- subset(des, !is.na(agree))
    for (level in c("wave_group", "wave_group_area")) {
      by <- if (level == "wave_group") ~wave + group else ~wave + group + area
      m <- suppressWarnings(svyby(~agree, by, dv, svymean))
      t <- suppressWarnings(svyby(~one, by, des, svytotal))
      area <- if (level == "wave_group") "ALL" else as.character(m$area)
      rows[[length(rows) + 1]] <- data.frame(lonely = lonely, adjust_domain_lonely = adl,
        level = level, wave = m$wave, group = m$group, area = area,
        mean = coef(m), se_mean = SE(m), total = coef(t), se_total = SE(t))
    }
  }
}
write_ref(do.call(rbind, rows), "lonely.csv")

options(survey.lonely.psu = "adjust", survey.adjust.domain.lonely = FALSE)
data(api)
designs <- list(
  apistrat = svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc),
  apiclus1 = svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc),
  apiclus2 = svydesign(id = ~dnum, weights = ~pw, data = apiclus2, fpc = ~fpc1)
)
rows <- list()
for (name in names(designs)) {
  des <- designs[[name]]
  for (stat in c("mean", "total")) {
    est <- if (stat == "mean") svymean(~api00 + api99, des) else svytotal(~enroll + api.stu, des, na.rm = TRUE)
    v <- vcov(est)
    for (i in 1:2) for (j in 1:2) {
      rows[[length(rows) + 1]] <- data.frame(design = name, stat = stat, i = i, j = j,
        estimate = coef(est)[i], cov = v[i, j], df = degf(des))
    }
  }
}
write_ref(do.call(rbind, rows), "primitive.csv")
