# Shared helpers for the reference scripts: full-precision CSV output.
suppressPackageStartupMessages(library(survey))
stopifnot(packageVersion("survey") == "4.1.1")

here <- function(...) {
  args <- commandArgs(trailingOnly = FALSE)
  file <- sub("^--file=", "", args[grep("^--file=", args)])
  file.path(dirname(normalizePath(file)), ...)
}

# Doubles with 17 significant digits (round-trips exactly), NA and NaN literally.
fmt <- function(x) {
  if (is.numeric(x)) {
    out <- sprintf("%.17g", x)
    out[is.na(x) & !is.nan(x)] <- "NA"
    out[is.nan(x)] <- "NaN"
    out
  } else {
    as.character(x)
  }
}

write_ref <- function(df, name) {
  df[] <- lapply(df, fmt)
  write.csv(df, here("out", name), row.names = FALSE, quote = FALSE)
}
