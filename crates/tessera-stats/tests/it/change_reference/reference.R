# Reference figures for paired change (tessera-stats `change`), computed with base R.
#
# Run from this directory:  Rscript reference.R
# Writes pairs.csv (the participants, generated here with a fixed seed) and reference.csv
# (cell, indicator, figure, value). The Rust test `change_reference.rs` reads both.
#
# Paired t: t.test(paired = TRUE). McNemar: mcnemar.test (continuity correction, as R's default).
# Exact McNemar: binom.test on the discordant pairs. Shares: prop.test(correct = FALSE) (Wilson).
# Newcombe (1998) method 10 is not in base R: it is written below from the paper
# (Statistics in Medicine 17, 2635-2650, with phi corrected as in the paper).

set.seed(20261206)
options(digits = 17)

sizes <- c(60, 40, 12, 25, 200, 15, 30)
rows <- list()
for (cell in seq_along(sizes) - 1) {
  n <- sizes[cell + 1]
  base <- sample(0:10, n, replace = TRUE)
  follow <- pmin(10, pmax(0, base + sample(-3:4, n, replace = TRUE)))
  if (cell == 4) {                      # non-integer scale values
    base <- round(rnorm(n, 50, 12), 3)
    follow <- round(base + rnorm(n, 2.5, 6), 3)
  }
  if (cell == 5) follow <- base + 1     # everyone changes by the same amount
  yn_base <- rbinom(n, 1, 0.35)
  yn_follow <- ifelse(yn_base == 1, rbinom(n, 1, 0.8), rbinom(n, 1, 0.4))
  if (cell == 6) yn_follow <- yn_base   # no discordant pairs
  lost <- switch(as.character(cell), "0" = 0.1, "1" = 0.3, "2" = 0.4, "3" = 0.12, "4" = 0.05, 0)
  gone <- runif(n) < lost
  follow[gone] <- NA
  yn_follow[gone] <- NA
  rows[[length(rows) + 1]] <- data.frame(cell = cell, scale_base = base, scale_follow = follow,
                                         yn_base = yn_base, yn_follow = yn_follow)
}
pairs <- do.call(rbind, rows)
# A few people only seen at the follow-up: they must not count anywhere.
extra <- data.frame(cell = c(0, 3), scale_base = NA, scale_follow = c(4, 7),
                    yn_base = NA, yn_follow = c(1, 0))
pairs <- rbind(pairs, extra)
write.csv(pairs, "pairs.csv", row.names = FALSE, na = "")

out <- data.frame(cell = integer(), indicator = character(), figure = character(),
                  value = numeric())
put <- function(cell, indicator, figure, value) {
  out[nrow(out) + 1, ] <<- list(cell, indicator, figure, as.numeric(value))
}

wilson <- function(x, n) {
  if (n == 0) return(c(NA, NA))
  suppressWarnings(prop.test(x, n, correct = FALSE)$conf.int[1:2])
}

shares <- function(cell, indicator, better, band) {
  n <- length(better)
  for (k in list(list("improved", sum(better > band)), list("same", sum(abs(better) <= band)),
                 list("worsened", sum(better < -band)))) {
    put(cell, indicator, paste0(k[[1]], "_count"), k[[2]])
    put(cell, indicator, paste0(k[[1]], "_share"), k[[2]] / n)
    ci <- wilson(k[[2]], n)
    put(cell, indicator, paste0(k[[1]], "_low"), ci[1])
    put(cell, indicator, paste0(k[[1]], "_high"), ci[2])
  }
}

# Newcombe (1998), method 10, for p1 - p2 where p1 = follow-up share, p2 = baseline share.
newcombe10 <- function(yy, yn, ny, nn, conf = 0.95) {
  n <- yy + yn + ny + nn
  p1 <- (yy + ny) / n
  p2 <- (yy + yn) / n
  w1 <- wilson(yy + ny, n)
  w2 <- wilson(yy + yn, n)
  margins <- c(yy + ny, yn + nn, yy + yn, ny + nn)
  a <- yy * nn - yn * ny
  phi <- if (any(margins == 0)) 0 else if (a > n / 2) (a - n / 2) / sqrt(prod(margins)) else
    if (a >= 0) 0 else a / sqrt(prod(margins))
  d <- p1 - p2
  dl1 <- p1 - w1[1]; du1 <- w1[2] - p1; dl2 <- p2 - w2[1]; du2 <- w2[2] - p2
  c(d - sqrt(dl1^2 - 2 * phi * dl1 * du2 + du2^2), d + sqrt(dl2^2 - 2 * phi * dl2 * du1 + du1^2))
}

for (cell in sort(unique(pairs$cell))) {
  p <- pairs[pairs$cell == cell, ]

  # Scale, higher is better, any change counts.
  has_base <- !is.na(p$scale_base)
  both <- has_base & !is.na(p$scale_follow)
  put(cell, "scale", "n_baseline", sum(has_base))
  put(cell, "scale", "baseline_mean_all", mean(p$scale_base[has_base]))
  put(cell, "scale", "n_followed_up", sum(both))
  put(cell, "scale", "attrition", sum(has_base) - sum(both))
  b <- p$scale_base[both]; f <- p$scale_follow[both]
  put(cell, "scale", "mean_baseline", mean(b))
  put(cell, "scale", "mean_follow_up", mean(f))
  put(cell, "scale", "mean_change", mean(f - b))
  tt <- tryCatch(t.test(f, b, paired = TRUE), error = function(e) NULL)
  if (!is.null(tt)) {
    put(cell, "scale", "t", tt$statistic)
    put(cell, "scale", "df", tt$parameter)
    put(cell, "scale", "p_value", tt$p.value)
    put(cell, "scale", "ci_low", tt$conf.int[1])
    put(cell, "scale", "ci_high", tt$conf.int[2])
    put(cell, "scale", "se", tt$stderr)
  }
  shares(cell, "scale", f - b, 0)
  # The same data, lower is better, changes of 1 point or less count as the same.
  shares(cell, "scale_lower_band1", -(f - b), 1)

  # Yes/no, higher (yes) is better.
  has_base <- !is.na(p$yn_base)
  both <- has_base & !is.na(p$yn_follow)
  b <- p$yn_base[both]; f <- p$yn_follow[both]
  yy <- sum(b == 1 & f == 1); yn <- sum(b == 1 & f == 0)
  ny <- sum(b == 0 & f == 1); nn <- sum(b == 0 & f == 0)
  put(cell, "yes_no", "n_followed_up", sum(both))
  put(cell, "yes_no", "yes_no", yn)
  put(cell, "yes_no", "no_yes", ny)
  put(cell, "yes_no", "baseline", mean(b))
  put(cell, "yes_no", "follow_up", mean(f))
  put(cell, "yes_no", "difference", mean(f) - mean(b))
  tab <- matrix(c(yy, ny, yn, nn), 2)   # rows: baseline yes/no; columns: follow-up yes/no
  if (yn + ny > 0) {
    m <- mcnemar.test(tab)
    put(cell, "yes_no", "mcnemar_statistic", m$statistic)
    put(cell, "yes_no", "mcnemar_p", m$p.value)
    put(cell, "yes_no", "exact_p", binom.test(yn, yn + ny, 0.5)$p.value)
  } else {
    put(cell, "yes_no", "exact_p", 1)
  }
  nc <- newcombe10(yy, yn, ny, nn)
  put(cell, "yes_no", "newcombe_low", nc[1])
  put(cell, "yes_no", "newcombe_high", nc[2])
  shares(cell, "yes_no", f - b, 0)
}

write.csv(out, "reference.csv", row.names = FALSE)
cat(R.version.string, "\n")
