package org.offtake.forecast.ets;

/**
 * The recursions of the ETS innovations state-space models (Hyndman et al. 2008, tables 2.2 and 2.3), written as
 * error-correction equations in the order R's {@code forecast} package evaluates them ({@code etscalc.c}), including
 * its guards against division by zero. One difference in arithmetic: the {@code Σ log|ŷ|} of multiplicative-error
 * likelihoods is taken as the logarithm of running products (folded into the sum before they overflow) rather than
 * one logarithm per observation, which agrees with R's to about 1e-15 relative and is several times faster.
 *
 * <p>Seasonal states are held in a ring: {@code ring[k]} is the seasonal factor of the positions {@code t ≡ k (mod
 * m)}. The initial seasonal states in R's order ({@code s0} the most recent, {@code s(m-1)} the oldest) map to
 * {@code ring[k] = s(m-1-k)}.
 */
final class EtsRecursion {

    static final int NONE = 0;
    static final int ADD = 1;
    static final int MULT = 2;

    private static final double TOL = 1.0e-10;
    private static final double HUGE = 1.0e10;
    /** Products of |forecasts| are folded into the log-sum once they leave [1e-150, 1e150]. */
    private static final double FOLD_HIGH = 1e150;
    private static final double FOLD_LOW = 1e-150;

    private EtsRecursion() {
    }

    /**
     * The model's structure as the recursion reads it: error, trend and season each {@link #NONE}, {@link #ADD} or
     * {@link #MULT}, and the season length (1 without a season).
     */
    record Spec(int error, int trend, int season, int m) {
        static Spec of(EtsComponents c, int m) {
            int trend = switch (c.trend()) {
                case NONE -> NONE;
                case ADDITIVE -> ADD;
                case MULTIPLICATIVE -> MULT;
            };
            int season = switch (c.season()) {
                case NONE -> NONE;
                case ADDITIVE -> ADD;
                case MULTIPLICATIVE -> MULT;
            };
            return new Spec(c.error() == EtsComponents.Error.ADDITIVE ? ADD : MULT, trend, season,
                    season == NONE ? 1 : m);
        }
    }

    /**
     * Runs the filter over {@code y}.
     *
     * @param x0      initial states {@code [l, b?, s0..s(m-1)?]} (R's order)
     * @param ring    work array of length {@code m} (overwritten; holds the final seasonal ring on return)
     * @param level   work array of length 3 receiving the final level, the final growth and the sum of squared
     *                response errors {@code Σ (y - ŷ)²} (R's {@code amse[1]} times n)
     * @param fitted  receives one-step forecasts, or null
     * @param errors  receives innovations (relative for multiplicative errors), or null
     * @return {@code n·log(SSE)} plus, for multiplicative errors, {@code 2·Σ log|ŷ|}: minus twice the concentrated
     *         log-likelihood up to a constant, as R computes it; NaN if the recursion broke down (a negative growth
     *         rate under a multiplicative trend, or non-finite values)
     */
    static double run(double[] y, Spec s, double alpha, double beta, double gamma, double phi, double[] x0,
                      double[] ring, double[] level, double[] fitted, double[] errors) {
        return loop(y, s, alpha, beta, gamma, phi, x0, ring, level, fitted, errors, false);
    }

    /**
     * Simulates {@code y.length} future values from state {@code x0} (R's {@code etssimulate}): each value is the
     * one-step forecast plus (times one plus, for multiplicative errors) the given innovation, and updates the
     * states as an observation would.
     *
     * @param innovations one innovation per step
     * @param y           receives the simulated values
     * @return false if the recursion broke down (a negative growth rate under a multiplicative trend)
     */
    static boolean simulate(double[] innovations, Spec s, double alpha, double beta, double gamma, double phi,
                            double[] x0, double[] y) {
        loop(y, s, alpha, beta, gamma, phi, x0, new double[s.m], new double[3], null, innovations, true);
        return allFinite(y);
    }

    /** Whether every value is finite. */
    static boolean allFinite(double[] y) {
        for (double v : y) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static double loop(double[] y, Spec s, double alpha, double beta, double gamma, double phi,
                               double[] x0, double[] ring, double[] level, double[] fitted, double[] errors,
                               boolean generate) {
        final int n = y.length;
        final int m = s.m;
        final int trend = s.trend;
        final int season = s.season;
        final boolean multError = s.error == MULT;
        final boolean phiIsOne = Math.abs(phi - 1.0) < TOL;
        final double betaOverAlpha = beta / alpha;

        double l = x0[0];
        double b = trend > NONE ? x0[1] : 0.0;
        if (season > NONE) {
            int off = trend > NONE ? 2 : 1;
            for (int k = 0; k < m; k++) {
                ring[k] = x0[off + m - 1 - k];
            }
        }
        double sse = 0.0;
        double responseSse = 0.0;
        double logSum = 0.0;
        double product = 1.0;
        int k = 0;
        for (int t = 0; t < n; t++) {
            // one-step forecast from the previous state
            double phib;
            double q;
            if (trend == NONE) {
                phib = 0.0;
                q = l;
            } else if (trend == ADD) {
                phib = phi * b;
                q = l + phib;
            } else {
                if (b < 0) {
                    if (generate) {
                        java.util.Arrays.fill(y, t, n, Double.NaN);
                    }
                    return Double.NaN;
                }
                phib = phiIsOne ? b : Math.pow(b, phi);
                q = l * phib;
            }
            double sOld = season > NONE ? ring[k] : 0.0;
            double f = season == NONE ? q : season == ADD ? q + sOld : q * sOld;
            double yt;
            double e;
            if (generate) {
                e = errors[t];
                yt = multError ? f * (1 + e) : f + e;
                y[t] = yt;
            } else {
                yt = y[t];
                e = multError ? (yt - f) / f : yt - f;
            }
            if (fitted != null) {
                fitted[t] = f;
                errors[t] = e;
            }
            sse += e * e;
            responseSse += (yt - f) * (yt - f);
            if (multError) {
                product *= Math.abs(f);
                if (product > FOLD_HIGH || product < FOLD_LOW) {
                    logSum += Math.log(product);
                    product = 1.0;
                }
            }

            // update the states
            double p;
            if (season == NONE) {
                p = yt;
            } else if (season == ADD) {
                p = yt - sOld;
            } else {
                p = Math.abs(sOld) < TOL ? HUGE : yt / sOld;
            }
            double lNew = q + alpha * (p - q);
            if (trend > NONE) {
                double r;
                if (trend == ADD) {
                    r = lNew - l;
                } else {
                    r = Math.abs(l) < TOL ? HUGE : lNew / l;
                }
                b = phib + betaOverAlpha * (r - phib);
            }
            if (season > NONE) {
                double target;
                if (season == ADD) {
                    target = yt - q;
                } else {
                    target = Math.abs(q) < TOL ? HUGE : yt / q;
                }
                ring[k] = sOld + gamma * (target - sOld);
                if (++k == m) {
                    k = 0;
                }
            }
            l = lNew;
        }
        level[0] = l;
        level[1] = b;
        level[2] = responseSse;
        double lik = n * Math.log(sse);
        if (multError) {
            lik += 2.0 * (logSum + Math.log(product));
        }
        return Double.isNaN(lik) || lik == Double.POSITIVE_INFINITY ? Double.NaN : lik;
    }

    /**
     * Point forecasts {@code h} steps ahead from a state (R's {@code etsforecast}): {@code l + φ_h b} or
     * {@code l b^φ_h}, plus or times the seasonal factor of the period, with {@code φ_h = φ + φ² + ... + φ^h}.
     *
     * @param state states in R's order {@code [l, b?, s1..sm?]}, {@code s1} the most recent season
     */
    static double[] pointForecasts(Spec s, double[] state, double phi, int h) {
        double l = state[0];
        double b = s.trend > NONE ? state[1] : 0.0;
        int off = s.trend > NONE ? 2 : 1;
        int m = s.m;
        double[] f = new double[h];
        double phiSum = 0.0;
        double phiPower = 1.0;
        boolean phiIsOne = Math.abs(phi - 1.0) < TOL;
        for (int i = 0; i < h; i++) {
            phiPower *= phi;
            phiSum += phiIsOne ? 1.0 : phiPower;
            double q = switch (s.trend) {
                case NONE -> l;
                case ADD -> l + phiSum * b;
                default -> l * Math.pow(b, phiSum);
            };
            if (s.season > NONE) {
                double seasonal = state[off + m - 1 - i % m];
                q = s.season == ADD ? q + seasonal : q * seasonal;
            }
            f[i] = q;
        }
        return f;
    }
}
