# Writes R's `api` data (survey 4.1-1) as CSV fixtures: apistrat, apiclus1, apiclus2.
# Numbers are written with 17 significant digits so that they read back to the same doubles
# (write.csv's 15 digits do not: pw = 44.2099990844727 is not R's value). Blanks are NA.
# Run from anywhere: Rscript crates/tessera-stats/tests/reference/api_data.R
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "common.R"))
data(api)
for (name in c("apistrat", "apiclus1", "apiclus2")) {
  d <- get(name)
  text <- which(!sapply(d, is.numeric))
  d[] <- lapply(d, function(x) {
    if (is.numeric(x)) {
      out <- sprintf("%.17g", x)
      out[is.na(x)] <- ""
      out
    } else {
      out <- as.character(x)
      out[is.na(out)] <- ""
      out
    }
  })
  write.csv(d, here("data", paste0(name, ".csv")), row.names = FALSE, quote = text)
}
