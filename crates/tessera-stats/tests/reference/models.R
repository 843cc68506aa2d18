# Reference figures for quantiles, ratios, the Rao-Scott test, design-based regression and
# regression-adjusted gaps (survey 4.1-1), on R's api data:
#   apistrat (strata + fpc), apiclus1 (one-stage clusters + fpc), apiclus2 (its first stage,
#   with fpc1), apiclus1 as a JK1 jackknife (as.svrepdesign), and apiclus1 with the stored
#   bootstrap replicate weights (data/clus1_boot_repweights.csv).
# Writes out/models.csv: design, analysis, key, stat, value (one figure a row).
# Run: Rscript crates/tessera-stats/tests/reference/models.R
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "common.R"))
options(survey.lonely.psu = "adjust", survey.adjust.domain.lonely = FALSE, survey.replicates.mse = FALSE)
data(api)

# The derived variables the Rust tests make the same way.
prep <- function(d) {
  d$schwide <- as.numeric(d$sch.wide == "Yes")
  d$mband <- ifelse(d$meals <= 33, "low", ifelse(d$meals <= 66, "mid", "high"))
  d$eband <- ifelse(d$ell < 25, "low", "high")
  d$grp <- ifelse(d$stype == "E", 1, ifelse(d$stype == "M", 0, NA))
  d
}
apistrat <- prep(apistrat); apiclus1 <- prep(apiclus1); apiclus2 <- prep(apiclus2)
dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
bw <- as.matrix(read.csv(here("data", "clus1_boot_repweights.csv")))
designs <- list(
  apistrat = svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc),
  apiclus1 = dclus1,
  apiclus2 = svydesign(id = ~dnum, weights = ~pw, data = apiclus2, fpc = ~fpc1),
  clus1_jk1 = as.svrepdesign(dclus1, type = "JK1", compress = FALSE),
  clus1_boot = svrepdesign(data = apiclus1, repweights = bw, weights = ~pw, type = "bootstrap",
    combined.weights = TRUE)
)

rows <- list()
add <- function(design, analysis, key, stat, value) {
  rows[[length(rows) + 1]] <<- data.frame(design = design, analysis = analysis, key = as.character(key),
    stat = stat, value = as.numeric(value))
}

# Tight IRLS so that R's fits are converged to rounding (R's default epsilon is 1e-8).
tight <- glm.control(epsilon = 1e-15, maxit = 100)
# glm() evaluates the working weights of its last step at the previous iterate, so its standard
# errors lag the converged coefficients by about the last step (1e-8 here); a second fit started
# at the converged coefficients takes a zero step and evaluates them at the optimum.
polished <- function(f, des, family = gaussian()) {
  m <- eval(bquote(svyglm(.(f), .(des), family = .(family), control = .(tight))))
  eval(bquote(svyglm(.(f), .(des), family = .(family), control = .(tight), start = .(coef(m)))))
}
is_rep <- function(des) inherits(des, "svyrep.design")

# Regression-adjusted gap by predictive margins with the full linearisation (coefficients and the
# averaging, with their covariance); for replicate designs re-fitted under every replicate.
margins_of <- function(fit_coef, X, w, family) {
  X1 <- X; X1[, "grp"] <- 1
  X0 <- X; X0[, "grp"] <- 0
  mu <- family$linkinv
  c(m1 = sum(w * mu(X1 %*% fit_coef)) / sum(w), m0 = sum(w * mu(X0 %*% fit_coef)) / sum(w))
}
adjusted <- function(name, des, response, family, covariates = "mband + ell", analysis = "adjusted") {
  sub <- subset(des, !is.na(grp))
  f <- as.formula(paste(response, "~ grp +", covariates))
  m <- polished(f, sub, family)
  X <- model.matrix(m)
  w <- if (is_rep(sub)) weights(sub, "sampling")[weights(sub, "sampling") > 0] else weights(sub)
  mg <- margins_of(coef(m), X, w, family)
  key <- paste(response, family$family)
  if (!is_rep(sub)) {
    infl_beta <- (X * resid(m, "working") * m$weights) %*% m$naive.cov
    zs <- sapply(c(1, 0), function(g) {
      Xg <- X; Xg[, "grp"] <- g
      eta <- drop(Xg %*% coef(m))
      mg_g <- sum(w * family$linkinv(eta)) / sum(w)
      d <- colSums(w * family$mu.eta(eta) * Xg) / sum(w)
      w * (family$linkinv(eta) - mg_g) / sum(w) + drop(infl_beta %*% d)
    })
    z <- cbind(zs, zs[, 1] - zs[, 2])
    V <- svyrecvar(z, sub$cluster, sub$strata, sub$fpc, postStrata = sub$postStrata)
    se <- sqrt(V[3, 3])
    # svypredmeans' variance, which leaves out the covariance of the two parts (for the docs).
    # (svypredmeans re-evaluates the model's call, so its arguments go in as values.)
    m0 <- eval(bquote(svyglm(.(as.formula(paste(response, "~", covariates))), .(sub),
      family = .(family), control = .(tight))))
    pm <- svypredmeans(m0, ~factor(grp))
    dif <- svycontrast(pm, c("1" = 1, "0" = -1))
    add(name, analysis, key, "se_svypredmeans", SE(dif))
    add(name, analysis, key, "gap_svypredmeans", coef(dif))
  } else {
    theta <- function(.weights, .data) {
      keep <- !is.na(.data$grp)
      dd <- .data[keep, ]
      ww <- .weights[keep]
      mm <- model.matrix(f, dd)
      fit <- glm.fit(mm, dd[[response]], weights = ww / sum(ww), family = family,
        control = tight, start = coef(m))
      g <- margins_of(fit$coefficients, mm[ww > 0, , drop = FALSE], ww[ww > 0], family)
      c(g, g[1] - g[2])
    }
    r <- withReplicates(des, theta)
    se <- sqrt(diag(attr(r, "var")))[3]
  }
  df <- degf(sub)
  gap <- mg[1] - mg[2]
  add(name, analysis, key, "focal_margin", mg[1])
  add(name, analysis, key, "reference_margin", mg[2])
  add(name, analysis, key, "gap", gap)
  add(name, analysis, key, "se", se)
  add(name, analysis, key, "df", df)
  add(name, analysis, key, "lo", gap - qt(0.975, df) * se)
  add(name, analysis, key, "hi", gap + qt(0.975, df) * se)
  add(name, analysis, key, "coef_grp", coef(m)["grp"])
  add(name, analysis, key, "se_coef_grp", SE(m)["grp"])
}

for (name in names(designs)) {
  des <- designs[[name]]
  # Quantiles (qrule = "math", interval.type = "mean", the defaults), overall and in a domain.
  for (v in c("api00", "enroll")) {
    q <- svyquantile(as.formula(paste0("~", v)), des, c(0.1, 0.25, 0.5, 0.75, 0.9), na.rm = TRUE)[[1]]
    for (i in seq_len(nrow(q))) {
      key <- paste(v, "ALL", rownames(q)[i])
      add(name, "quantile", key, "quantile", q[i, 1])
      add(name, "quantile", key, "lo", q[i, 2])
      add(name, "quantile", key, "hi", q[i, 3])
      add(name, "quantile", key, "se", q[i, 4])
    }
  }
  qh <- svyquantile(~api00, subset(des, stype == "M"), c(0.25, 0.5), na.rm = TRUE)[[1]]
  for (i in seq_len(nrow(qh))) {
    key <- paste("api00 M", rownames(qh)[i])
    add(name, "quantile", key, "quantile", qh[i, 1])
    add(name, "quantile", key, "lo", qh[i, 2])
    add(name, "quantile", key, "hi", qh[i, 3])
    add(name, "quantile", key, "se", qh[i, 4])
  }
  # Ratios, overall and in a domain.
  for (dom in c("ALL", "E")) {
    dd <- if (dom == "ALL") des else subset(des, stype == dom)
    r <- svyratio(~api.stu, ~enroll, dd, na.rm = TRUE)
    ci <- confint(r)
    key <- paste("api.stu/enroll", dom)
    add(name, "ratio", key, "ratio", coef(r))
    add(name, "ratio", key, "se", SE(r))
    add(name, "ratio", key, "lo", ci[1])
    add(name, "ratio", key, "hi", ci[2])
  }
  # The Rao-Scott test on two tables.
  for (tab in c("stype+awards", "mband+stype")) {
    for (st in c("F", "Chisq")) {
      x <- svychisq(as.formula(paste0("~", tab)), des, statistic = st)
      add(name, "chisq", tab, paste0(st, "_statistic"), x$statistic)
      add(name, "chisq", tab, paste0(st, "_p"), x$p.value)
      if (st == "F") {
        add(name, "chisq", tab, "ndf", x$parameter[1])
        add(name, "chisq", tab, "ddf", x$parameter[2])
      }
    }
    # Pearson's X^2 on the table scaled to N, before the correction.
    N <- sum(complete.cases(model.frame(des)[, strsplit(tab, "\\+")[[1]]]))
    add(name, "chisq", tab, "pearson", suppressWarnings(chisq.test(svytable(as.formula(paste0("~", tab)), des,
      Ntotal = N), correct = FALSE))$statistic)
  }
  # Regression: linear and logistic.
  fits <- list(
    linear = polished(api00 ~ ell + meals + mobility + stype, des),
    logistic = polished(schwide ~ ell + meals + stype, des, quasibinomial())
  )
  for (fn in names(fits)) {
    m <- fits[[fn]]
    ci <- confint(m)
    s <- summary(m)$coefficients
    for (j in seq_along(coef(m))) {
      key <- paste(fn, names(coef(m))[j])
      add(name, "glm", key, "estimate", coef(m)[j])
      add(name, "glm", key, "se", SE(m)[j])
      add(name, "glm", key, "p", s[j, 4])
      add(name, "glm", key, "lo", ci[j, 1])
      add(name, "glm", key, "hi", ci[j, 2])
      add(name, "glm", key, "df", m$df.residual)
    }
  }
  adjusted(name, des, "schwide", quasibinomial())
  adjusted(name, des, "api00", gaussian())
}
# The spec's adjusted comparison (tests/it/models.rs): categorical covariates only, as a spec's
# adjust = ["mband", "eband"] on apiclus1 (bands of meals and ell).
adjusted("apiclus1", dclus1, "schwide", quasibinomial(), "mband + eband", "spec_adjusted")
adjusted("apiclus1", dclus1, "api00", gaussian(), "mband + eband", "spec_adjusted")
write_ref(do.call(rbind, rows), "models.csv")
