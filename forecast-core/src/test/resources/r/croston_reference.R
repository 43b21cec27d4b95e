# Reference values for Offtake's Croston tests, from R's forecast package.
#
#   cd forecast-core/src/test/resources/r && Rscript croston_reference.R
#
# writes, next to this script:
#   croston-series.csv   series_id,t,value              the data (simulated here, seeded, plus edge cases)
#   croston-values.csv   series_id,what,index,value     forecast::croston(y, h = 6): the point forecast
#                                                       (what = mean, index 0..5) and the fitted values
#                                                       (what = fitted, index 0..n-1, NA where R has none)
# Run with R 4.2.2 and forecast 8.20 (Debian bookworm's r-cran-forecast). croston() uses alpha = 0.1 for sizes
# and intervals and starts both at their first value (ses(initial = "simple")).
suppressMessages(library(forecast))

set.seed(1972)
# Compound Bernoulli series: demand with probability p, sizes 1 + Poisson(lambda - 1) or rounded gamma (lumpy).
counts <- function(n, p, lambda) rbinom(n, 1, p) * (1 + rpois(n, lambda - 1))
lumps <- function(n, p, shape, scale) rbinom(n, 1, p) * ceiling(rgamma(n, shape, scale = scale))

series <- list(
  smooth = counts(24, 0.9, 6),
  intermittent = counts(36, 0.35, 3),
  lumpy = lumps(36, 0.3, 0.6, 20),
  rare = counts(60, 0.08, 2),
  erratic = lumps(24, 0.85, 0.8, 10),
  short = counts(8, 0.5, 2),
  firstPeriodDemand = c(4, 0, 0, 2, 0, 5, 0, 0, 0, 3),
  endsWithZeros = c(0, 2, 0, 0, 3, 1, 0, 0, 0, 0, 0, 0),
  singleDemand = c(0, 0, 0, 7, 0, 0, 0, 0),
  singleDemandLast = c(0, 0, 0, 0, 0, 9),
  noZeros = c(3, 5, 2, 8, 4, 4, 6, 1, 3, 7),
  allZeros = rep(0, 10),
  lengthOne = 5,
  lengthOneZero = 0,
  fractional = round(rbinom(20, 1, 0.4) * rgamma(20, 2, scale = 1.7), 3)
)

data <- list()
values <- list()
for (id in names(series)) {
  y <- series[[id]]
  fc <- croston(ts(y), h = 6)
  data[[id]] <- data.frame(series_id = id, t = seq_along(y), value = y)
  values[[id]] <- rbind(
    data.frame(series_id = id, what = "mean", index = 0:5, value = as.numeric(fc$mean)),
    data.frame(series_id = id, what = "fitted", index = seq_along(y) - 1, value = as.numeric(fc$fitted)))
}
fmt <- function(df) { df[] <- lapply(df, function(c) if (is.numeric(c)) sprintf("%.15g", c) else c); df }
write.csv(fmt(do.call(rbind, data)), "croston-series.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(do.call(rbind, values)), "croston-values.csv", row.names = FALSE, quote = FALSE)
