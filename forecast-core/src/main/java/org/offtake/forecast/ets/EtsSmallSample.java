package org.offtake.forecast.ets;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.internal.SeriesChecks;

/**
 * Exponential smoothing for series too short for maximum likelihood ({@code n <= parameters + 4}), as R's
 * {@code ets} does it through {@code forecast:::HoltWintersZZ}: initial states taken directly from the first
 * observations (level = first value, growth = first change; or the first season's mean and indices), smoothing
 * parameters chosen in {@code [0, 1]} to minimise the sum of squared one-step errors. The growth parameter is
 * estimated in Holt's form {@code β*} and reported in the ETS form {@code β = α β*}, for which alpha stays at or above
 * 1e-4 when there is a trend (R lets it reach 0).
 */
final class EtsSmallSample {

    /** With a trend the ETS form divides by alpha ({@code beta = alpha beta*}), so alpha stays above this. */
    private static final double MIN_ALPHA_WITH_TREND = 1e-4;

    private EtsSmallSample() {
    }

    /**
     * Fits Holt-Winters (seasonal when {@code season} is not NONE), Holt's linear or exponential trend (when
     * {@code trend} is not NONE) or simple exponential smoothing.
     *
     * @throws IllegalArgumentException if the series is too short for the starting values (2 observations for a
     *                                  trend, 2 seasons for seasonality) or a multiplicative form meets
     *                                  non-positive data
     */
    static EtsFitted fit(TimeSeries series, EtsComponents.Trend trend, EtsComponents.Season season, int m,
                      EtsEstimator.Fixed fixed, Ets.Simulation simulation) {
        double[] y = series.values();
        int n = y.length;
        boolean seasonal = season != EtsComponents.Season.NONE;
        boolean hasTrend = trend != EtsComponents.Trend.NONE;
        boolean exponential = trend == EtsComponents.Trend.MULTIPLICATIVE;
        if (hasTrend && n < 2 || seasonal && n < 2 * m) {
            throw new IllegalArgumentException("series '" + series.key() + "' has " + n + " observations, too few"
                    + " for starting values of a " + (seasonal ? "seasonal" : "trend") + " model");
        }
        if ((exponential || season == EtsComponents.Season.MULTIPLICATIVE) && !SeriesChecks.allPositive(y)) {
            throw new IllegalArgumentException("series '" + series.key() + "' has values <= 0: a multiplicative "
                    + "model needs strictly positive data");
        }
        EtsComponents.Error error = season == EtsComponents.Season.MULTIPLICATIVE
                || !seasonal && exponential ? EtsComponents.Error.MULTIPLICATIVE : EtsComponents.Error.ADDITIVE;
        EtsComponents labelled = new EtsComponents(error, trend, false, season);
        int mm = seasonal ? m : 1;

        double[] x0 = new double[1 + (hasTrend ? 1 : 0) + (seasonal ? mm : 0)];
        if (!seasonal) {
            x0[0] = y[0];
            if (hasTrend) {
                x0[1] = exponential ? y[1] / y[0] : y[1] - y[0];
            }
        } else {
            double first = 0;
            double second = 0;
            for (int i = 0; i < m; i++) {
                first += y[i];
                second += y[m + i];
            }
            first /= m;
            second /= m;
            x0[0] = first;
            int off = 1;
            if (hasTrend) {
                x0[1] = exponential ? Math.pow(second / first, 1.0 / m) : (second - first) / m;
                off = 2;
            }
            for (int k = 0; k < m; k++) {
                double index = season == EtsComponents.Season.ADDITIVE ? y[k] - first : y[k] / first;
                x0[off + m - 1 - k] = index;
            }
        }

        // additive errors: the recursion then returns n log(SSE) of the response errors, which is what is minimised
        EtsRecursion.Spec sseSpec = EtsRecursion.Spec.of(new EtsComponents(EtsComponents.Error.ADDITIVE, trend, false,
                season), m);
        boolean freeAlpha = Double.isNaN(fixed.alpha());
        boolean freeBeta = hasTrend && Double.isNaN(fixed.beta());
        boolean freeGamma = seasonal && Double.isNaN(fixed.gamma());
        double minAlpha = hasTrend ? MIN_ALPHA_WITH_TREND : 0.0;
        double alpha0 = freeAlpha ? Math.max(minAlpha, 0.2 / m) : fixed.alpha();
        double beta0 = freeBeta ? 0.1 * alpha0 : Double.isNaN(fixed.beta()) ? 0 : fixed.beta() / alpha0;
        double gamma0 = freeGamma ? 0.05 * (1 - alpha0) : Double.isNaN(fixed.gamma()) ? 0 : fixed.gamma();
        Sse sse = new Sse(y, sseSpec, x0, minAlpha, freeAlpha, freeBeta, freeGamma, alpha0, beta0, gamma0);
        double[] best = sse.minimise();
        double alpha = sse.alpha(best);
        double betaStar = sse.beta(best);
        double gamma = sse.gamma(best);
        int free = (freeAlpha ? 1 : 0) + (freeBeta ? 1 : 0) + (freeGamma ? 1 : 0);
        return EtsFitted.of(series, labelled, mm, alpha, hasTrend ? alpha * betaStar : Double.NaN,
                seasonal ? gamma : Double.NaN, Double.NaN, x0, free, 0, false, simulation);
    }


    /** Sum of squared one-step errors as a function of the free parameters among alpha, beta*, gamma. */
    private record Sse(double[] y, EtsRecursion.Spec spec, double[] x0, double minAlpha, boolean freeAlpha,
                       boolean freeBeta,
                       boolean freeGamma, double alpha0, double beta0, double gamma0) {

        double alpha(double[] p) {
            return freeAlpha ? p[0] : alpha0;
        }

        double beta(double[] p) {
            return freeBeta ? p[freeAlpha ? 1 : 0] : beta0;
        }

        double gamma(double[] p) {
            return freeGamma ? p[p.length - 1] : gamma0;
        }

        double value(double[] p) {
            double alpha = alpha(p);
            double lik = EtsRecursion.run(y, spec, alpha, alpha * beta(p), gamma(p), 1.0, x0, new double[spec.m()],
                    new double[3], null, null);
            return Double.isNaN(lik) ? Double.MAX_VALUE : lik;
        }

        double[] minimise() {
            int k = (freeAlpha ? 1 : 0) + (freeBeta ? 1 : 0) + (freeGamma ? 1 : 0);
            double[] start = new double[k];
            double[] lower = new double[k];
            double[] upper = new double[k];
            int i = 0;
            if (freeAlpha) {
                lower[i] = minAlpha;
                upper[i] = 1;
                start[i++] = alpha0;
            }
            if (freeBeta) {
                upper[i] = 1;
                start[i++] = beta0;
            }
            if (freeGamma) {
                upper[i] = 1;
                start[i] = gamma0;
            }
            if (k == 0) {
                return start;
            }
            if (k == 1) {
                UnivariatePointValuePair r = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(1000),
                        new UnivariateObjectiveFunction(v -> value(new double[] {v})), GoalType.MINIMIZE,
                        new SearchInterval(lower[0], upper[0], start[0]));
                return new double[] {r.getPoint()};
            }
            PointValuePair r = new BOBYQAOptimizer(2 * k + 1, 0.1, 1e-8).optimize(new MaxEval(5000),
                    new ObjectiveFunction(this::value), GoalType.MINIMIZE, new InitialGuess(start),
                    new SimpleBounds(lower, upper));
            return r.getPoint();
        }
    }
}
