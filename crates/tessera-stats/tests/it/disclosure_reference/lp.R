# Exact ranges of hidden cells by linear programming (tessera-stats `disclosure`).
#
# Run from this directory:  Rscript lp.R   (needs r-cran-lpsolve)
# For each <name>_published.csv (row, column, value; value blank where hidden; "total" marks the
# margins), minimises and maximises every hidden cell subject to: every row and column of the table
# sums to its total, every cell >= 0, the published cells fixed. Writes <name>_lp.csv
# (row, column, lp_low, lp_high; Inf when unbounded). Continuous LP: its range contains every
# whole-number solution.
suppressPackageStartupMessages(library(lpSolve))

for (file in list.files(".", pattern = "_published\\.csv$")) {
  name <- sub("_published\\.csv$", "", file)
  t <- read.csv(file, colClasses = c("character", "character", "numeric"))
  hidden <- which(is.na(t$value))
  rows <- unique(t$row); cols <- unique(t$column)
  cons <- list(); rhs <- c()
  add <- function(members, signs) {
    known <- !is.na(t$value[members])
    coef <- numeric(length(hidden))
    for (k in which(!known)) coef[match(members[k], hidden)] <- signs[k]
    if (any(coef != 0)) {
      cons[[length(cons) + 1]] <<- coef
      rhs <<- c(rhs, -sum(signs[known] * t$value[members[known]]))
    }
  }
  for (r in rows) {
    m <- which(t$row == r)
    add(m, ifelse(t$column[m] == "total", -1, 1))
  }
  for (c in cols) {
    m <- which(t$column == c)
    add(m, ifelse(t$row[m] == "total", -1, 1))
  }
  A <- do.call(rbind, cons)
  out <- data.frame(row = t$row[hidden], column = t$column[hidden], lp_low = NA, lp_high = NA)
  for (j in seq_along(hidden)) {
    obj <- numeric(length(hidden)); obj[j] <- 1
    lo <- lp("min", obj, A, rep("=", nrow(A)), rhs)
    hi <- lp("max", obj, A, rep("=", nrow(A)), rhs)
    stopifnot(lo$status == 0, hi$status %in% c(0, 3))
    out$lp_low[j] <- lo$objval
    out$lp_high[j] <- if (hi$status == 3) Inf else hi$objval
  }
  write.csv(out, paste0(name, "_lp.csv"), row.names = FALSE)
  cat(name, ": ", length(hidden), " hidden cells\n", sep = "")
}
