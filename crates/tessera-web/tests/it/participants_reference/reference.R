# Reference figures for a plan's change estimates, end to end (tessera-web
# `participants_reference.rs`): participants' answers go into Tessera through its pages and API,
# and the figures the API gives back must equal these, computed here with base R.
#
# Run from this directory:  Rscript reference.R
# Writes answers.csv (the file the test imports: one row per participant and collection point,
# keyed by the organisation's own reference) and reference.csv (set, side, indicator, figure,
# value). Set "all" is every participant; set "after_erasure" is without R007, whom the test
# erases.
#
# Paired t: t.test(paired = TRUE). McNemar: mcnemar.test (continuity correction, R's default).
# Exact McNemar: binom.test on the discordant pairs. Shares: prop.test(correct = FALSE)
# (Wilson). Newcombe (1998) method 10 written from the paper (Statistics in Medicine 17,
# 2635-2650), as in crates/tessera-stats/tests/it/change_reference/reference.R.

set.seed(20261206)
options(digits = 17)

sizes <- c(newcomers = 45, receiving_community = 35)
people <- data.frame()
for (side in names(sizes)) {
  n <- sizes[[side]]
  help_base <- rbinom(n, 1, if (side == "newcomers") 0.3 else 0.5)
  help_follow <- ifelse(help_base == 1, rbinom(n, 1, 0.85), rbinom(n, 1, 0.35))
  life_base <- sample(2:9, n, replace = TRUE)
  life_follow <- pmin(10, pmax(0, life_base + sample(-2:3, n, replace = TRUE)))
  lost <- runif(n) < 0.1
  help_follow[lost] <- NA
  life_follow[lost] <- NA
  # Some did not answer every question.
  life_base[sample(n, 2)] <- NA
  people <- rbind(people, data.frame(side = side, help_base, help_follow, life_base,
                                     life_follow))
}
people$reference <- sprintf("R%03d", seq_len(nrow(people)))
write.csv(people[, c("reference", "side")], "people.csv", row.names = FALSE)

cell <- function(x) ifelse(is.na(x), "", as.character(x))
rows <- c("code,point,date,bri-ask-neighbours-for-help,ioi-2019/hea-life-satisfaction")
for (i in seq_len(nrow(people))) {
  p <- people[i, ]
  rows <- c(rows, sprintf("%s,baseline,2025-01-10,%s,%s", p$reference, cell(p$help_base),
                          cell(p$life_base)))
  if (!is.na(p$help_follow) || !is.na(p$life_follow)) {
    rows <- c(rows, sprintf("%s,Follow-up,10/07/2025,%s,%s", p$reference, cell(p$help_follow),
                            cell(p$life_follow)))
  }
}
writeLines(rows, "answers.csv")

out <- data.frame(set = character(), side = character(), indicator = character(),
                  figure = character(), value = numeric())
put <- function(set, side, indicator, figure, value) {
  out[nrow(out) + 1, ] <<- list(set, side, indicator, figure, as.numeric(value))
}

wilson <- function(x, n) suppressWarnings(prop.test(x, n, correct = FALSE)$conf.int[1:2])

shares <- function(set, side, indicator, better) {
  n <- length(better)
  for (k in list(list("improved", sum(better > 0)), list("same", sum(better == 0)),
                 list("worsened", sum(better < 0)))) {
    put(set, side, indicator, paste0(k[[1]], "_count"), k[[2]])
    put(set, side, indicator, paste0(k[[1]], "_share"), k[[2]] / n)
    ci <- wilson(k[[2]], n)
    put(set, side, indicator, paste0(k[[1]], "_low"), ci[1])
    put(set, side, indicator, paste0(k[[1]], "_high"), ci[2])
  }
}

newcombe10 <- function(yy, yn, ny, nn) {
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

figures <- function(set, data) {
  for (side in names(sizes)) {
    p <- data[data$side == side, ]

    # The 0-10 life satisfaction score: a scale, higher is better.
    has_base <- !is.na(p$life_base)
    both <- has_base & !is.na(p$life_follow)
    put(set, side, "scale", "n_baseline", sum(has_base))
    put(set, side, "scale", "baseline_mean_all", mean(p$life_base[has_base]))
    put(set, side, "scale", "n_followed_up", sum(both))
    put(set, side, "scale", "attrition", sum(has_base) - sum(both))
    b <- p$life_base[both]; f <- p$life_follow[both]
    put(set, side, "scale", "mean_baseline", mean(b))
    put(set, side, "scale", "mean_follow_up", mean(f))
    put(set, side, "scale", "mean_change", mean(f - b))
    tt <- t.test(f, b, paired = TRUE)
    put(set, side, "scale", "t", tt$statistic)
    put(set, side, "scale", "df", tt$parameter)
    put(set, side, "scale", "p_value", tt$p.value)
    put(set, side, "scale", "ci_low", tt$conf.int[1])
    put(set, side, "scale", "ci_high", tt$conf.int[2])
    put(set, side, "scale", "se", tt$stderr)
    shares(set, side, "scale", f - b)

    # Could ask a neighbour for help: yes/no, yes is better.
    has_base <- !is.na(p$help_base)
    both <- has_base & !is.na(p$help_follow)
    put(set, side, "yes_no", "n_baseline", sum(has_base))
    put(set, side, "yes_no", "baseline_mean_all", mean(p$help_base[has_base]))
    put(set, side, "yes_no", "n_followed_up", sum(both))
    put(set, side, "yes_no", "attrition", sum(has_base) - sum(both))
    b <- p$help_base[both]; f <- p$help_follow[both]
    yy <- sum(b == 1 & f == 1); yn <- sum(b == 1 & f == 0)
    ny <- sum(b == 0 & f == 1); nn <- sum(b == 0 & f == 0)
    put(set, side, "yes_no", "baseline", mean(b))
    put(set, side, "yes_no", "follow_up", mean(f))
    put(set, side, "yes_no", "difference", mean(f) - mean(b))
    m <- mcnemar.test(matrix(c(yy, ny, yn, nn), 2))
    put(set, side, "yes_no", "mcnemar_statistic", m$statistic)
    put(set, side, "yes_no", "mcnemar_p", m$p.value)
    put(set, side, "yes_no", "exact_p", binom.test(yn, yn + ny, 0.5)$p.value)
    nc <- newcombe10(yy, yn, ny, nn)
    put(set, side, "yes_no", "newcombe_low", nc[1])
    put(set, side, "yes_no", "newcombe_high", nc[2])
    shares(set, side, "yes_no", f - b)
  }
}

figures("all", people)
figures("after_erasure", people[people$reference != "R007", ])
write.csv(out, "reference.csv", row.names = FALSE)
cat(R.version.string, "\n")
