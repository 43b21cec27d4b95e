# Reference values for Offtake's Theta tests, from R's forecast package.
#
#   cd forecast-core/src/test/resources/r && Rscript theta_reference.R
#
# Reads the series of ets-series.csv (written by ets_reference.R) and writes, next to this script:
#   theta-values.csv   series_id,what,index,value   thetaf(y, h, level = c(80, 95)): mean, lo80, hi80, lo95, hi95,
#                                                  and its alpha, drift and sigma2
#   theta-acf.csv      series_id,lag,value          acf(y, lag.max = frequency(y), plot = FALSE) for seasonal series
# Run with R 4.2.2 and forecast 8.20 (Debian bookworm's r-cran-forecast).
suppressMessages(library(forecast))

d <- read.csv("ets-series.csv", stringsAsFactors = FALSE)
rows <- list()
acfs <- list()
for (id in unique(d$series_id)) {
  s <- d[d$series_id == id, ]
  y <- ts(s$value, frequency = s$frequency[1])
  m <- frequency(y)
  h <- if (m > 1) 2 * m else 10
  fc <- thetaf(y, h = h, level = c(80, 95))
  rows[[id]] <- rbind(
    data.frame(series_id = id, what = "mean", index = seq_len(h) - 1, value = as.numeric(fc$mean)),
    data.frame(series_id = id, what = "lo80", index = seq_len(h) - 1, value = as.numeric(fc$lower[, 1])),
    data.frame(series_id = id, what = "hi80", index = seq_len(h) - 1, value = as.numeric(fc$upper[, 1])),
    data.frame(series_id = id, what = "lo95", index = seq_len(h) - 1, value = as.numeric(fc$lower[, 2])),
    data.frame(series_id = id, what = "hi95", index = seq_len(h) - 1, value = as.numeric(fc$upper[, 2])),
    data.frame(series_id = id, what = c("alpha", "drift", "sigma2"), index = 0,
               value = c(fc$model$alpha, fc$model$drift, fc$model$sigma)))
  if (m > 1 && length(y) > 2 * m) {
    r <- as.numeric(acf(y, lag.max = m, plot = FALSE)$acf)
    acfs[[id]] <- data.frame(series_id = id, lag = seq_along(r) - 1, value = r)
  }
}
fmt <- function(df) { df[] <- lapply(df, function(c) if (is.numeric(c)) sprintf("%.15g", c) else c); df }
write.csv(fmt(do.call(rbind, rows)), "theta-values.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(do.call(rbind, acfs)), "theta-acf.csv", row.names = FALSE, quote = FALSE)
