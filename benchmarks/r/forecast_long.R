# Runs an R forecast-package model over every series of a file in the long layout
#   series_id,[category,]t,period,value,split
# and writes the same columns as Offtake's accuracy runner:
#   series_id,step,mean,lo80,hi80,lo95,hi95
# plus <output>.models.csv with the model R chose per series and the time it took.
#
# usage: Rscript forecast_long.R INPUT SEASON_LENGTH MODEL OUTPUT [FIRST_N_SERIES]
#   MODEL: ets | thetaf | croston | naive | snaive
# Prints the elapsed time of the model fits (reading and writing excluded).
suppressMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 4) stop("usage: forecast_long.R INPUT SEASON_LENGTH MODEL OUTPUT [FIRST_N_SERIES]")
input <- args[1]
m <- as.integer(args[2])
model <- args[3]
output <- args[4]
limit <- if (length(args) >= 5) as.integer(args[5]) else NA

d <- read.csv(input, stringsAsFactors = FALSE, colClasses = c(series_id = "character"))
ids <- unique(d$series_id)
if (!is.na(limit)) ids <- head(ids, limit)
rows <- vector("list", length(ids))
models <- vector("list", length(ids))
fit_seconds <- 0
for (k in seq_along(ids)) {
  s <- d[d$series_id == ids[k], ]
  s <- s[order(s$t), ]
  y <- ts(s$value[s$split == "train"], frequency = m)
  h <- sum(s$split == "test")
  t0 <- proc.time()[["elapsed"]]
  fc <- switch(model,
    ets = forecast(ets(y), h = h, level = c(80, 95)),
    thetaf = thetaf(y, h = h, level = c(80, 95)),
    croston = croston(y, h = h),
    naive = naive(y, h = h, level = c(80, 95)),
    snaive = snaive(y, h = h, level = c(80, 95)),
    stop("unknown model ", model))
  fit_seconds <- fit_seconds + proc.time()[["elapsed"]] - t0
  lo <- if (is.null(fc$lower)) matrix(NA, h, 2) else matrix(fc$lower, nrow = h)
  hi <- if (is.null(fc$upper)) matrix(NA, h, 2) else matrix(fc$upper, nrow = h)
  rows[[k]] <- data.frame(series_id = ids[k], step = seq_len(h), mean = as.numeric(fc$mean),
                          lo80 = lo[, 1], hi80 = hi[, 1], lo95 = lo[, 2], hi95 = hi[, 2])
  method <- if (!is.null(fc$method)) fc$method else model
  models[[k]] <- data.frame(series_id = ids[k], method = method)
}
out <- do.call(rbind, rows)
write.csv(out, output, row.names = FALSE, quote = FALSE, na = "")
write.csv(do.call(rbind, models), paste0(output, ".models.csv"), row.names = FALSE, quote = TRUE)
cat(sprintf("%s on %s: %d series, fit+forecast %.1f s\n", model, input, length(ids), fit_seconds))
