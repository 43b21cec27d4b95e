# Reference values for Offtake's baseline tests (BaselinesTest), from R's forecast package.
#
# To rerun (from the repository root):
#
#   cd forecast-core/src/test/resources/r && Rscript baselines_reference.R
#
# writes, next to this script:
#   baselines-series.csv     series_id,frequency,t,value                       the data, so the Java test needs no R
#   baselines-forecasts.csv  series_id,method,h,step,mean,lo80,hi80,lo95,hi95  forecasts of naive(), snaive(),
#                                                                              rwf(drift = TRUE) and meanf(), with
#                                                                              step 0 the first period after the data
# Run with R 4.2.2 and forecast 8.20 (Debian bookworm's r-cran-forecast).
suppressMessages(library(forecast))

series <- list(
  USAccDeaths = USAccDeaths,                   # monthly, season length 12, 72 observations
  Nile = Nile,                                 # annual, no season, 100 observations
  Quarterly9 = ts(c(14, 9, 17, 12, 15, 11, 19, 13, 16), frequency = 4)  # short, season length 4
)
methods <- list(
  naive = function(y, h) naive(y, h = h, level = c(80, 95)),
  snaive = function(y, h) snaive(y, h = h, level = c(80, 95)),
  drift = function(y, h) rwf(y, h = h, drift = TRUE, level = c(80, 95)),
  mean = function(y, h) meanf(y, h = h, level = c(80, 95))
)

data <- list()
forecasts <- list()
for (id in names(series)) {
  y <- series[[id]]
  m <- frequency(y)
  h <- if (m == 12) 24 else 10
  data[[id]] <- data.frame(series_id = id, frequency = m, t = seq_along(y), value = as.numeric(y))
  for (method in names(methods)) {
    fc <- methods[[method]](y, h)
    forecasts[[paste(id, method)]] <- data.frame(
      series_id = id, method = method, h = h, step = seq_len(h) - 1,
      mean = as.numeric(fc$mean),
      lo80 = as.numeric(fc$lower[, 1]), hi80 = as.numeric(fc$upper[, 1]),
      lo95 = as.numeric(fc$lower[, 2]), hi95 = as.numeric(fc$upper[, 2]))
  }
}
fmt <- function(df) { df[] <- lapply(df, function(c) if (is.numeric(c)) sprintf("%.17g", c) else c); df }
write.csv(fmt(do.call(rbind, data)), "baselines-series.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(do.call(rbind, forecasts)), "baselines-forecasts.csv", row.names = FALSE, quote = FALSE)
