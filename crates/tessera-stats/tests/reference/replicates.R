# Reference figures for replicate-weight designs (survey 4.1-1): svrepdesign() on replicate
# weights given as columns, and as.svrepdesign() from strata and PSUs.
# Writes data/<design>_repweights.csv (the analysis weights, 17 digits) and out/replicates.csv.
# Run: Rscript crates/tessera-stats/tests/reference/replicates.R
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "common.R"))
options(survey.lonely.psu = "adjust", survey.replicates.mse = FALSE)
data(api)

write_weights <- function(rep, name) {
  a <- weights(rep, "analysis")
  w <- matrix(as.numeric(a), nrow = NROW(a))
  colnames(w) <- paste0("rep", seq_len(ncol(w)))
  out <- as.data.frame(w)
  out[] <- lapply(out, function(x) sprintf("%.17g", x))
  write.csv(out, here("data", paste0(name, "_repweights.csv")), row.names = FALSE, quote = FALSE)
  w
}

rows <- list()
add <- function(design, stat, domain, est, se, df, lo = NA, hi = NA) {
  rows[[length(rows) + 1]] <<- data.frame(design = design, stat = stat, domain = domain,
    estimate = as.numeric(est), se = as.numeric(se), df = as.numeric(df), lo = as.numeric(lo), hi = as.numeric(hi))
}

# Figures every design gets: overall mean and total, domain means with their contrast, and a
# domain proportion with its logit interval on the domain's degrees of freedom.
figures <- function(name, rep, by) {
  m <- svymean(~api00, rep)
  add(name, "mean_api00", "ALL", coef(m), SE(m), degf(rep))
  t <- svytotal(~enroll, rep)
  add(name, "total_enroll", "ALL", coef(t), SE(t), degf(rep))
  f <- as.formula(paste0("~", by))
  b <- svyby(~api00, f, rep, svymean, covmat = TRUE)
  lev <- as.character(b[[by]])
  for (i in seq_along(lev)) {
    sub <- rep[rep$variables[[by]] == lev[i], ]
    add(name, "mean_api00", lev[i], coef(b)[i], SE(b)[i], degf(sub))
  }
  con <- svycontrast(b, setNames(c(1, -1, rep(0, length(lev) - 2)), names(coef(b))))
  add(name, "diff_api00", paste(lev[1], "-", lev[2]), coef(con), SE(con), NA)
  for (l in lev) {
    sub <- rep[rep$variables[[by]] == l, ]
    ci <- svyciprop(~I(sch.wide == "Yes"), sub, method = "logit", df = degf(sub))
    add(name, "prop_schwide", l, coef(ci), SE(ci), degf(sub), confint(ci)[1], confint(ci)[2])
  }
}

# 1. Stratified jackknife from strata with fpc (apistrat), also as columns with rscales.
dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc)
jkn <- as.svrepdesign(dstrat, type = "JKn", compress = FALSE)
figures("strat_jkn", jkn, "awards")
write_weights(jkn, "strat_jkn")
write.csv(data.frame(rscales = sprintf("%.17g", jkn$rscales)), here("data", "strat_jkn_rscales.csv"),
  row.names = FALSE, quote = FALSE)
jkn_mse <- jkn
jkn_mse$mse <- TRUE
figures("strat_jkn_mse", jkn_mse, "awards")

# 2. Unstratified delete-one-cluster jackknife (apiclus1).
dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
jk1 <- as.svrepdesign(dclus1, type = "JK1", compress = FALSE)
figures("clus1_jk1", jk1, "stype")

# 3. Bootstrap weights given as columns: svrepdesign(type = "bootstrap") with its default scale.
set.seed(20261201)
boot <- as.svrepdesign(dclus1, type = "bootstrap", replicates = 50, compress = FALSE)
bw <- write_weights(boot, "clus1_boot")
boot2 <- svrepdesign(data = apiclus1, repweights = bw, weights = ~pw, type = "bootstrap",
  combined.weights = TRUE)
figures("clus1_boot", boot2, "stype")

# 4. BRR and Fay on a design with two PSUs per stratum, made from apistrat: rows in (stype,
#    snum) order, strata of 20 rows, two PSUs of 10 rows each.
p <- apistrat[order(apistrat$stype, apistrat$snum), ]
p$pstr <- (seq_len(nrow(p)) - 1) %/% 20 + 1
p$ppsu <- ((seq_len(nrow(p)) - 1) %/% 10) %% 2 + 1
write.csv(data.frame(snum = p$snum, pstr = p$pstr, ppsu = p$ppsu), here("data", "pairs_design.csv"),
  row.names = FALSE, quote = FALSE)
dpairs <- svydesign(id = ~ppsu, strata = ~pstr, weights = ~pw, data = p, nest = TRUE)
brr <- as.svrepdesign(dpairs, type = "BRR", compress = FALSE)
ww <- write_weights(brr, "pairs_brr")
brr2 <- svrepdesign(data = p, repweights = ww, weights = ~pw, type = "BRR", combined.weights = TRUE)
figures("pairs_brr", brr2, "awards")
fay <- as.svrepdesign(dpairs, type = "Fay", fay.rho = 0.3, compress = FALSE)
fw <- write_weights(fay, "pairs_fay")
fay2 <- svrepdesign(data = p, repweights = fw, weights = ~pw, type = "Fay", rho = 0.3,
  combined.weights = TRUE)
figures("pairs_fay", fay2, "awards")

write_ref(do.call(rbind, rows), "replicates.csv")
