# Reference figures for the spec's analyses (survey 4.1-1): subpopulations (subset), derived
# bands, categorical distributions (svymean(~factor(x))), contrasts (svycontrast) of domain
# means, several focal groups against one reference, pairwise differences with their domain
# degrees of freedom, the linear trend of a gap across waves, and design effects of totals.
# Writes out/spec.csv: case, key, estimate, se, df, extra.
# Run: Rscript crates/tessera-stats/tests/reference/spec.R
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "common.R"))
options(survey.lonely.psu = "adjust", survey.adjust.domain.lonely = FALSE)
data(api)
rows <- list()
add <- function(case, key, est, se, df = NA, extra = NA) {
  rows[[length(rows) + 1]] <<- data.frame(case = case, key = key, estimate = as.numeric(est),
    se = as.numeric(se), df = as.numeric(df), extra = as.numeric(extra))
}
dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc)

# Subpopulation: schools that are not elementary, by awards (variance over the whole sample).
sub <- subset(dclus1, stype != "E")
b <- svyby(~api00, ~awards, sub, svymean)
for (i in seq_len(nrow(b))) {
  add("filter_mean", as.character(b$awards[i]), coef(b)[i], as.numeric(as.matrix(SE(b)))[i],
    degf(subset(sub, awards == b$awards[i])))
}

# Derived bands of api99 (cut, right = FALSE) as a breakdown.
dclus1 <- update(dclus1, band = cut(api99, c(400, 600, 700), right = FALSE,
  labels = c("400-599", "600-699")))
dclus1$variables$band <- as.character(dclus1$variables$band)
dclus1$variables$band[dclus1$variables$api99 >= 700] <- "700+"  # below 400 stays NA
b <- svyby(~api00, ~band, dclus1, svymean)
for (i in seq_len(nrow(b))) {
  add("band_mean", as.character(b$band[i]), coef(b)[i], as.numeric(as.matrix(SE(b)))[i])
}

# A categorical distribution, overall and by awards.
m <- svymean(~factor(stype), dclus1)
for (i in seq_along(coef(m))) add("distribution", sub("factor\\(stype\\)", "", names(coef(m))[i]), coef(m)[i], SE(m)[i])
for (a in c("No", "Yes")) {
  m <- svymean(~factor(stype), subset(dclus1, awards == a))
  for (i in seq_along(coef(m))) {
    add("distribution_by", paste(a, sub("factor\\(stype\\)", "", names(coef(m))[i])), coef(m)[i], SE(m)[i])
  }
}

# Domain means by school type with their full covariance: contrasts, several focal groups
# against one reference, and every pair.
b <- svyby(~api00, ~stype, dclus1, svymean, covmat = TRUE)
k <- svycontrast(b, c(E = 1, H = -0.5, M = -0.5))
add("contrast", "E vs H and M", coef(k), SE(k), degf(dclus1))
for (pair in list(c("H", "E"), c("M", "E"), c("E", "H"), c("E", "M"), c("H", "M"))) {
  k <- svycontrast(b, setNames(c(1, -1), pair))
  df <- degf(subset(dclus1, stype %in% pair))
  add("pair", paste(pair, collapse = " - "), coef(k), SE(k), df,
    qt(1 - 0.05 / (2 * 3), df))
}

# The linear trend of the newcomer - settled gap across three waves (synthetic survey).
s <- read.csv(here("..", "fixtures", "synthetic_small.csv"), colClasses = c(getting_on_well = "character"))
s$agree <- ifelse(s$getting_on_well %in% c("1", "2"), 1, ifelse(s$getting_on_well %in% c("3", "4"), 0, NA))
ds <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE, data = s)
dv <- subset(ds, !is.na(agree))
b <- svyby(~agree, ~group + wave, dv, svymean, covmat = TRUE)
nm <- names(coef(b))
x <- c(2022, 2023, 2024)
cw <- (x - mean(x)) / sum((x - mean(x))^2)
coefs <- setNames(numeric(length(nm)), nm)
for (i in seq_along(x)) {
  coefs[paste0("newcomer.", x[i])] <- cw[i]
  coefs[paste0("settled.", x[i])] <- -cw[i]
}
k <- svycontrast(b, coefs)
add("gap_trend", "newcomer - settled", coef(k), SE(k), degf(dv))

# Design effects of totals (deff = "replace"), overall and by awards.
t <- svytotal(~enroll, dstrat, deff = "replace")
add("total_deff", "ALL", coef(t), SE(t), NA, deff(t))
b <- svyby(~enroll, ~awards, dstrat, svytotal, deff = "replace")
for (i in seq_len(nrow(b))) {
  add("total_deff", as.character(b$awards[i]), coef(b)[i], as.numeric(as.matrix(SE(b)))[i], NA,
    b$DEff.enroll[i])
}
write_ref(do.call(rbind, rows), "spec.csv")
