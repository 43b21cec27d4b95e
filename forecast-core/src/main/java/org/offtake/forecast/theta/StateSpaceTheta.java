package org.offtake.forecast.theta;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.math3.optim.PointValuePair;
import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.internal.BaseFittedModel;
import org.offtake.forecast.internal.Intervals;
import org.offtake.forecast.internal.NashSimplex;

/**
 * The Theta models of Fiorucci, Pellegrini, Louzada, Petropoulos &amp; Koehler (2016), "Models for optimising the
 * Theta method and their relationship to state space models", International Journal of Forecasting 32:1151-1161,
 * on the seasonally adjusted series ({@link SeasonalAdjustment}):
 *
 * <pre>
 * μ_t = ℓ_{t-1} + (1 - 1/θ) [ (1-α)^{t-1} A_{t-1} + (1 - (1-α)^t)/α · B_{t-1} ]     one-step mean
 * ℓ_t = α Y_t + (1 - α) ℓ_{t-1}                                                    smoothed level
 * Ȳ_t = ((t-1) Ȳ_{t-1} + Y_t) / t
 * B_t = ((t-2) B_{t-1} + 6 (Y_t - Ȳ_{t-1}) / t) / (t + 1),  A_t = Ȳ_t - (t+1)/2 · B_t  (dynamic: least-squares line
 *                                                          through Y_1..Y_t, updated each period)
 * A_t = A_n, B_t = B_n                                      (static: the line through all n observations)
 * </pre>
 *
 * {@code θ = 2} in the standard models (STM, DSTM); θ is estimated in the optimised ones (OTM, DOTM). ℓ_0, α in
 * [0.1, 0.99] and θ ≥ 1 minimise the sum of squared one-step errors divided by the mean absolute value (the dynamic
 * models leave out the first two, whose line is not yet defined), by R's Nelder-Mead from (Y_1/2, 0.5, 2) with
 * {@code optim}'s default budget of 500 evaluations, as the authors' R package {@code forecTheta} does. Forecasts run
 * the recursion on with each one-step mean standing in for the unseen value. Sample paths run it with normal errors
 * of the residuals' standard deviation (residuals from the third on) added to each mean; intervals are quantiles of
 * 1,000 paths (type 8). Unlike {@code forecTheta}, the static models keep their fixed line in the simulation, as the
 * model says.
 */
final class StateSpaceTheta implements ForecastModel {

    /** The four models: whether the line is updated each period, and whether θ is estimated. */
    enum Variant {
        STM(false, false), OTM(false, true), DSTM(true, false), DOTM(true, true);

        final boolean dynamic;
        final boolean optimisedTheta;

        Variant(boolean dynamic, boolean optimisedTheta) {
            this.dynamic = dynamic;
            this.optimisedTheta = optimisedTheta;
        }
    }

    /** Fewest observations the state-space models are fitted to; shorter series get the standard Theta method. */
    static final int MIN_OBSERVATIONS = 4;
    private static final int MAX_EVALUATIONS = 500;
    private static final int PATHS = 1000;
    private static final long SEED = 20160201L;
    private static final double ALPHA_LOW = 0.1;
    private static final double ALPHA_HIGH = 0.99;
    private static final double THETA_LOW = 1.0;
    private static final double THETA_HIGH = 1e10;

    private final Variant variant;

    StateSpaceTheta(Variant variant) {
        this.variant = variant;
    }

    @Override
    public String name() {
        return variant.name();
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        int n = series.length();
        if (n == 0) {
            throw new IllegalArgumentException("series '" + series.key() + "' is empty: " + name()
                    + " needs at least one observation");
        }
        if (n < MIN_OBSERVATIONS) {
            return ClassicTheta.INSTANCE.fit(series);
        }
        return estimate(series, SeasonalAdjustment.of(series.values(), series.seasonLength()));
    }

    /** Estimates the model on the adjusted series of {@code seasons}. */
    Fitted estimate(TimeSeries series, SeasonalAdjustment seasons) {
        double[] y = seasons.adjusted();
        int n = y.length;
        double scale = 0;
        for (double v : y) {
            scale += Math.abs(v);
        }
        scale = scale / n > 0 ? scale / n : 1.0;
        Line line = Line.through(y);
        double[] start = variant.optimisedTheta ? new double[] {y[0] / 2, 0.5, 2.0} : new double[] {y[0] / 2, 0.5};
        double finalScale = scale;
        double[] mu = new double[n];
        PointValuePair best = NashSimplex.minimise(p -> {
            double alpha = p[1];
            double theta = variant.optimisedTheta ? p[2] : 2.0;
            if (alpha < ALPHA_LOW || alpha > ALPHA_HIGH || theta < THETA_LOW || theta > THETA_HIGH) {
                return Double.POSITIVE_INFINITY;
            }
            run(y, n, p[0], alpha, theta, variant.dynamic, line, null, mu, null);
            double sse = 0;
            for (int t = variant.dynamic ? 2 : 0; t < n; t++) {
                double e = (y[t] - mu[t]) / finalScale;
                sse += e * e;
            }
            return Double.isNaN(sse) ? Double.POSITIVE_INFINITY : sse;
        }, start, MAX_EVALUATIONS);
        double[] p = best.getPoint();
        double ell0 = p[0];
        double alpha = p[1];
        double theta = variant.optimisedTheta ? p[2] : 2.0;
        double[] values = new double[n];
        State last = run(y, n, ell0, alpha, theta, variant.dynamic, line, null, mu, values);

        double[] residuals = new double[n - 2];
        for (int t = 2; t < n; t++) {
            residuals[t - 2] = y[t] - mu[t];
        }
        double sd = sampleSd(residuals);
        double[] fitted = new double[n];
        double mse = 0;
        for (int t = 0; t < n; t++) {
            fitted[t] = mu[t] * seasons.index(t);
        }
        for (double r : residuals) {
            mse += r * r;
        }
        mse /= residuals.length;
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("l0", ell0);
        params.put("alpha", alpha);
        params.put("theta", theta);
        params.put("sigma", sd);
        params.put("mse", mse);
        params.put("seasonal", seasons.seasonal() ? 1.0 : 0.0);
        return new Fitted(series, variant.name(), params, fitted, seasons, y, alpha, theta, line, last, sd, mse,
                variant.dynamic);
    }

    private static double sampleSd(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double mean = Arrays.stream(x).average().orElse(0);
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    /** The least-squares line through {@code (1, y_1) .. (n, y_n)}: intercept A_n and slope B_n. */
    record Line(double a, double b) {
        static Line through(double[] y) {
            int n = y.length;
            double mean = 0;
            double weighted = 0;
            for (int t = 0; t < n; t++) {
                mean += y[t];
                weighted += (t + 1) * y[t];
            }
            mean /= n;
            weighted /= n;
            double b = n > 1 ? 6 * (2 * weighted - (1 + n) * mean) / ((double) n * n - 1) : 0;
            return new Line(mean - (n + 1) * b / 2, b);
        }
    }

    /** The states after period t: level, line, running mean, and t itself. */
    record State(double level, double a, double b, double mean, int t) {
    }

    /**
     * Runs the recursion for {@code total} periods (1-based {@code t} in the javadoc above is {@code i + 1} here).
     * Periods below {@code n} read {@code y}; later ones use their one-step mean plus {@code shocks[i - n]} (zero
     * when {@code shocks} is null).
     *
     * @param mu     receives the one-step means
     * @param values receives the values used (data, then means plus shocks), or null
     * @return the states after the last period
     */
    static State run(double[] y, int total, double ell0, double alpha, double theta, boolean dynamic, Line line,
                     double[] shocks, double[] mu, double[] values) {
        int n = y.length;
        double weight = 1 - 1 / theta;
        double a;
        double b;
        double first;
        if (dynamic) {
            a = y[0];
            b = 0;
            first = y[0];
        } else {
            a = line.a();
            b = line.b();
            first = ell0 + weight * (a + b);
        }
        mu[0] = first;
        double yt = y[0];
        if (values != null) {
            values[0] = yt;
        }
        double level = alpha * yt + (1 - alpha) * ell0;
        double mean = yt;
        double decay = 1 - alpha;
        for (int i = 1; i < total; i++) {
            double next = decay * (1 - alpha);
            mu[i] = level + weight * (a * decay + b * (1 - next) / alpha);
            decay = next;
            yt = i < n ? y[i] : mu[i] + (shocks == null ? 0 : shocks[i - n]);
            if (values != null) {
                values[i] = yt;
            }
            level = alpha * yt + (1 - alpha) * level;
            double previousMean = mean;
            mean = (i * mean + yt) / (i + 1);
            if (dynamic) {
                b = ((i - 1) * b + 6 * (yt - previousMean) / (i + 1)) / (i + 2);
                a = mean - b * (i + 2) / 2;
            }
        }
        return new State(level, a, b, mean, total);
    }

    /** A fitted state-space Theta model. */
    static final class Fitted extends BaseFittedModel {
        private final SeasonalAdjustment seasons;
        private final double[] adjusted;
        private final double alpha;
        private final double theta;
        private final Line line;
        private final double ell0;
        private final double sd;
        private final double mse;
        private final boolean dynamic;

        Fitted(TimeSeries series, String description, Map<String, Double> params, double[] fitted,
               SeasonalAdjustment seasons, double[] adjusted, double alpha, double theta, Line line, State last,
               double sd, double mse, boolean dynamic) {
            super(series, description, params, fitted);
            this.seasons = seasons;
            this.adjusted = adjusted;
            this.alpha = alpha;
            this.theta = theta;
            this.line = line;
            this.ell0 = params.get("l0");
            this.sd = sd;
            this.mse = mse;
            this.dynamic = dynamic;
        }

        /** Mean squared one-step error on the adjusted series, from the third residual on. */
        double mse() {
            return mse;
        }

        /** The same fit under another description (for the automatic choice). */
        Fitted describedAs(String description) {
            return new Fitted(series(), description, parameters(), fittedValues(), seasons, adjusted, alpha, theta,
                    line, null, sd, mse, dynamic);
        }

        /** Means, or one path when {@code shocks} is given, on the adjusted scale, re-seasonalised. */
        private double[] future(int horizon, double[] shocks) {
            int n = adjusted.length;
            double[] mu = new double[n + horizon];
            double[] values = new double[n + horizon];
            run(adjusted, n + horizon, ell0, alpha, theta, dynamic, line, shocks, mu, values);
            double[] out = new double[horizon];
            for (int i = 0; i < horizon; i++) {
                out[i] = values[n + i] * seasons.index(n + i);
            }
            return out;
        }

        @Override
        protected Forecast computeForecast(int horizon, double[] levels) {
            double[] mean = future(horizon, null);
            if (levels.length == 0) {
                return Forecast.of(series(), description(), mean, levels, new double[0][], new double[0][]);
            }
            return Intervals.fromPaths(series(), description(), mean, simulateArray(horizon, PATHS, SEED), levels);
        }

        @Override
        protected void simulatePath(SplittableRandom random, double[] path) {
            double[] shocks = new double[path.length];
            for (int i = 0; i < shocks.length; i++) {
                shocks[i] = sd * random.nextGaussian();
            }
            System.arraycopy(future(path.length, shocks), 0, path, 0, path.length);
        }
    }
}
