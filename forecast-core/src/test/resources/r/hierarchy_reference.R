# Reference values for Offtake's reconciliation tests, in base R (neither hts nor FoReco is packaged for Debian
# bookworm, so the formulas are written out here, apart from the Java code).
#
#   cd forecast-core/src/test/resources/r && Rscript hierarchy_reference.R
#
# A fixed hierarchy: total "all" of items "A" (regions A/r1, A/r2, A/r3) and "B" (B/r1, B/r2); base forecasts for
# 3 steps, 24 in-sample residuals per node (correlated through common factors), and 24 periods of history per
# bottom (item A has no demand at all in period 5). Writes, next to this script:
#   hierarchy-input.csv       series_id,what,index,value    what = mean | residual | history
#   hierarchy-reference.csv   block,method,node,step,value  reconciled forecasts; node "lambda" holds MinT's lambda
# block "whole" is every node at once (S 8 x 5); block "A" is item A with its regions (S 4 x 3).
# Run with R 4.2.2.
set.seed(20240607)
nodes <- c("all", "A", "B", "A/r1", "A/r2", "A/r3", "B/r1", "B/r2")
bottoms <- nodes[4:8]
h <- 3
n_t <- 24

S_whole <- rbind(c(1, 1, 1, 1, 1),
                 c(1, 1, 1, 0, 0),
                 c(0, 0, 0, 1, 1),
                 diag(5))
S_A <- rbind(c(1, 1, 1), diag(3))

# Histories: positive regional demand, none for item A in period 5.
history <- sapply(c(40, 25, 10, 30, 6), function(level) round(level * exp(rnorm(n_t, 0, 0.3)), 1))
history[5, 1:3] <- 0
colnames(history) <- bottoms

# Residuals: a common factor per item and one for everything, plus noise; aggregates get the sums plus their own
# noise, so the residual covariance is full and correlated.
common <- rnorm(n_t, 0, 2)
item_a <- rnorm(n_t, 0, 1.5)
item_b <- rnorm(n_t, 0, 1)
eb <- cbind(common + item_a + rnorm(n_t, 0, 3), 0.6 * common + item_a + rnorm(n_t, 0, 2),
            item_a + rnorm(n_t, 0, 1), common + item_b + rnorm(n_t, 0, 2.5), item_b + rnorm(n_t, 0, 0.8))
residuals <- cbind(rowSums(eb) + rnorm(n_t, 0, 2), rowSums(eb[, 1:3]) + rnorm(n_t, 0, 1.5),
                   rowSums(eb[, 4:5]) + rnorm(n_t, 0, 1), eb)
colnames(residuals) <- nodes

# Incoherent base forecasts; B/r2 is negative at the last step, so the non-negative variant has work to do.
base <- rbind(c(121, 124, 119), c(82, 80, 84), c(35.5, 37, 31), c(41, 40.5, 42), c(26, 27, 24.5),
              c(11.2, 10.1, 12.3), c(29.5, 31, 33), c(4.2, 2.5, -3.4))
rownames(base) <- nodes

# Round inputs to what the CSV carries, so R and Java start from the same numbers.
history <- round(history, 10)
residuals <- round(residuals, 10)

# hts's shrink.estim, written out: moments about zero over n, lambda of Schaefer & Strimmer with target D.
mint_shrink <- function(e) {
  n <- nrow(e)
  covm <- crossprod(e) / n
  sd <- sqrt(diag(covm))
  corm <- covm / outer(sd, sd)
  xs <- sweep(e, 2, sd, "/")
  v <- (crossprod(xs^2) - crossprod(xs)^2 / n) / (n * (n - 1))
  diag(v) <- 0
  d <- corm^2
  diag(d) <- 0
  lambda <- max(min(sum(v) / sum(d), 1), 0)
  list(W = lambda * diag(diag(covm)) + (1 - lambda) * covm, lambda = lambda)
}

project <- function(S, W, y) {
  Wi <- solve(W)
  P <- solve(t(S) %*% Wi %*% S) %*% t(S) %*% Wi
  list(P = P, rec = S %*% P %*% y)
}

rows <- list()
emit <- function(block, method, keys, values) {
  rows[[length(rows) + 1]] <<- data.frame(block = block, method = method, node = rep(keys, times = ncol(values)),
                                          step = rep(seq_len(ncol(values)) - 1, each = length(keys)),
                                          value = as.vector(values))
}

reconcile_all <- function(block, S, keys) {
  y <- base[keys, ]
  e <- residuals[, keys]
  mint <- mint_shrink(e)
  ws <- list(OLS = diag(nrow(S)), WLS_STRUCTURAL = diag(as.vector(S %*% rep(1, ncol(S)))),
             WLS_VARIANCE = diag(colSums(e^2) / nrow(e)), MINT_SHRINK = mint$W)
  for (method in names(ws)) {
    r <- project(S, ws[[method]], y)
    emit(block, method, keys, r$rec)
    if (method == "MINT_SHRINK") {
      emit(block, "MINT_SHRINK_NONNEG", keys, S %*% pmax(r$P %*% y, 0))
    }
  }
  m <- ncol(S)
  emit(block, "BOTTOM_UP", keys, S %*% y[(nrow(S) - m + 1):nrow(S), ])
  rows[[length(rows) + 1]] <<- data.frame(block = block, method = "MINT_SHRINK", node = "lambda", step = 0,
                                          value = mint$lambda)
}

reconcile_all("whole", S_whole, nodes)
a_keys <- c("A", "A/r1", "A/r2", "A/r3")
reconcile_all("A", S_A, a_keys)

# Top-down for item A from its national forecast.
hist_a <- history[, c("A/r1", "A/r2", "A/r3")]
tot_a <- rowSums(hist_a)
keep <- tot_a != 0
p_ahp <- colMeans(hist_a[keep, ] / tot_a[keep])            # Gross & Sohl A1, zero-total periods left out
p_pha <- colSums(hist_a) / sum(tot_a)                      # Gross & Sohl F2
y_a <- base["A", ]
emit("A", "TOP_DOWN_AVERAGE_PROPORTIONS", a_keys, S_A %*% outer(p_ahp, y_a))
emit("A", "TOP_DOWN_PROPORTIONS_OF_AVERAGES", a_keys, S_A %*% outer(p_pha, y_a))
fb <- base[c("A/r1", "A/r2", "A/r3"), ]
p_fp <- sweep(fb, 2, colSums(fb), "/")                     # Athanasopoulos et al. 2009, one level
emit("A", "TOP_DOWN_FORECAST_PROPORTIONS", a_keys, S_A %*% sweep(p_fp, 2, y_a, "*"))

fmt <- function(df) { df[] <- lapply(df, function(c) if (is.numeric(c)) sprintf("%.17g", c) else c); df }
input <- rbind(
  do.call(rbind, lapply(nodes, function(k) data.frame(series_id = k, what = "mean", index = seq_len(h) - 1,
                                                     value = base[k, ]))),
  do.call(rbind, lapply(nodes, function(k) data.frame(series_id = k, what = "residual", index = seq_len(n_t) - 1,
                                                     value = residuals[, k]))),
  do.call(rbind, lapply(bottoms, function(k) data.frame(series_id = k, what = "history", index = seq_len(n_t) - 1,
                                                       value = history[, k]))))
write.csv(fmt(input), "hierarchy-input.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(do.call(rbind, rows)), "hierarchy-reference.csv", row.names = FALSE, quote = FALSE)
