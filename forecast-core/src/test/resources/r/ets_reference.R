# Reference values for Offtake's ETS tests, from R's forecast package.
#
#   cd forecast-core/src/test/resources/r && Rscript ets_reference.R
#
# writes, next to this script:
#   ets-series.csv   series_id,frequency,t,value         the data (R's own datasets, some shortened or shifted)
#   ets-fits.csv     series_id,method,n,m,h,loglik,aic,aicc,bic,sigma2  (method without commas: ETS(MAdM);
#                                                       SES for ses(), R's answer for a constant series)
#   ets-values.csv   series_id,what,index,value          par (alpha, beta, gamma, phi), initial states (l, b,
#                                                       s1..sm, R's states[1, ]), final states, and the forecast
#                                                       mean, lo80, hi80, lo95, hi95 for h steps
# Run with R 4.2.2 and forecast 8.20 (Debian bookworm's r-cran-forecast).
suppressMessages(library(forecast))

series <- list(
  AirPassengers = AirPassengers,
  USAccDeaths = USAccDeaths,
  ldeaths = ldeaths,
  mdeaths = mdeaths,
  nottem = nottem,
  UKDriverDeaths = UKDriverDeaths,
  wineind = wineind,
  gas = gas,
  UKgas = UKgas,
  JohnsonJohnson = JohnsonJohnson,
  austres = austres,
  woolyrnq = woolyrnq,
  WWWusage = WWWusage,
  lynx = lynx,
  Nile = Nile,
  LakeHuron = LakeHuron,
  uspop = uspop,
  airmiles = airmiles,
  nhtemp = nhtemp,
  BJsales = BJsales,
  NileDiff = diff(Nile),
  USAccDeaths20 = ts(head(as.numeric(USAccDeaths), 20), frequency = 12),
  UKgas10 = ts(head(as.numeric(UKgas), 10), frequency = 4),
  Nile6 = ts(head(as.numeric(Nile), 6)),
  Constant = ts(rep(42, 15), frequency = 4)
)

fits <- list()
values <- list()
data <- list()
for (id in names(series)) {
  y <- series[[id]]
  m <- frequency(y)
  h <- if (m > 1) 2 * m else 10
  fit <- ets(y)
  fc <- forecast(fit, h = h, level = c(80, 95))
  n <- length(y)
  data[[id]] <- data.frame(series_id = id, frequency = m, t = seq_len(n), value = as.numeric(y))
  num <- function(v) if (is.null(v) || length(v) == 0) NA else as.numeric(v)
  method <- if (grepl("^ETS", fit$method)) gsub(",", "", fit$method) else "SES"
  fits[[id]] <- data.frame(series_id = id, method = method, n = n, m = m, h = h,
                           loglik = num(fit$loglik), aic = num(fit$aic), aicc = num(fit$aicc),
                           bic = num(fit$bic), sigma2 = fit$sigma2)
  par <- fit$par[intersect(c("alpha", "beta", "gamma", "phi"), names(fit$par))]
  rows <- list(
    data.frame(series_id = id, what = paste0("par.", names(par)), index = 0, value = as.numeric(par)),
    data.frame(series_id = id, what = "initial", index = seq_along(fit$states[1, ]) - 1,
               value = as.numeric(fit$states[1, ])),
    data.frame(series_id = id, what = "final", index = seq_along(fit$states[n + 1, ]) - 1,
               value = as.numeric(fit$states[n + 1, ])),
    data.frame(series_id = id, what = "mean", index = seq_len(h) - 1, value = as.numeric(fc$mean)),
    data.frame(series_id = id, what = "lo80", index = seq_len(h) - 1, value = as.numeric(fc$lower[, 1])),
    data.frame(series_id = id, what = "hi80", index = seq_len(h) - 1, value = as.numeric(fc$upper[, 1])),
    data.frame(series_id = id, what = "lo95", index = seq_len(h) - 1, value = as.numeric(fc$lower[, 2])),
    data.frame(series_id = id, what = "hi95", index = seq_len(h) - 1, value = as.numeric(fc$upper[, 2])))
  values[[id]] <- do.call(rbind, rows)
}
fmt <- function(df) { df[] <- lapply(df, function(c) if (is.numeric(c)) sprintf("%.15g", c) else c); df }
write.csv(fmt(do.call(rbind, data)), "ets-series.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(do.call(rbind, fits)), "ets-fits.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(do.call(rbind, values)), "ets-values.csv", row.names = FALSE, quote = FALSE)
