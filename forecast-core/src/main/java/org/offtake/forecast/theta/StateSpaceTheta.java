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
            run(y, p[0], alpha, theta, variant.dynamic, line, mu);
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
        State last = run(y, ell0, alpha, theta, variant.dynamic, line, mu);

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
        return new Fitted(series, variant.name(), params, fitted, seasons, last, sd, mse);
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

    /**
     * The recursion's states: smoothed level, line (A, B), running mean, and the number of periods seen. {@link #mean}
     * gives the next one-step mean, {@link #observe} takes the next value.
     */
    static final class State {
        private final double alpha;
        private final double weight;
        private final boolean dynamic;
        double level;
        double a;
        double b;
        double mean;
        int periods;
        private double decay;

        /** The states after the first value {@code y1}, which is also returned as its own mean if dynamic. */
        State(double y1, double ell0, double alpha, double theta, boolean dynamic, Line line) {
            this.alpha = alpha;
            this.weight = 1 - 1 / theta;
            this.dynamic = dynamic;
            this.a = dynamic ? y1 : line.a();
            this.b = dynamic ? 0 : line.b();
            this.level = alpha * y1 + (1 - alpha) * ell0;
            this.mean = y1;
            this.periods = 1;
            this.decay = 1 - alpha;
        }

        private State(State s) {
            this.alpha = s.alpha;
            this.weight = s.weight;
            this.dynamic = s.dynamic;
            this.level = s.level;
            this.a = s.a;
            this.b = s.b;
            this.mean = s.mean;
            this.periods = s.periods;
            this.decay = s.decay;
        }

        State copy() {
            return new State(this);
        }

        /** The one-step mean of the next period. */
        double mean() {
            return level + weight * (a * decay + b * (1 - decay * (1 - alpha)) / alpha);
        }

        /** Takes the next period's value. */
        void observe(double y) {
            int i = periods;
            decay *= 1 - alpha;
            level = alpha * y + (1 - alpha) * level;
            double previousMean = mean;
            mean = (i * mean + y) / (i + 1);
            if (dynamic) {
                b = ((i - 1) * b + 6 * (y - previousMean) / (i + 1)) / (i + 2);
                a = mean - b * (i + 2) / 2;
            }
            periods++;
        }
    }

    /**
     * Runs the recursion over the data (1-based {@code t} in the javadoc above is the period count here).
     *
     * @param mu receives the one-step means
     * @return the states after the last observation
     */
    static State run(double[] y, double ell0, double alpha, double theta, boolean dynamic, Line line, double[] mu) {
        State s = new State(y[0], ell0, alpha, theta, dynamic, line);
        mu[0] = dynamic ? y[0] : ell0 + (1 - 1 / theta) * (line.a() + line.b());
        for (int i = 1; i < y.length; i++) {
            mu[i] = s.mean();
            s.observe(y[i]);
        }
        return s;
    }

    /** A fitted state-space Theta model. */
    static final class Fitted extends BaseFittedModel {
        private final SeasonalAdjustment seasons;
        private final State last;
        private final double sd;
        private final double mse;

        Fitted(TimeSeries series, String description, Map<String, Double> params, double[] fitted,
               SeasonalAdjustment seasons, State last, double sd, double mse) {
            super(series, description, params, fitted);
            this.seasons = seasons;
            this.last = last;
            this.sd = sd;
            this.mse = mse;
        }

        /** Mean squared one-step error on the adjusted series, from the third residual on. */
        double mse() {
            return mse;
        }

        /** The same fit under another description (for the automatic choice). */
        Fitted describedAs(String description) {
            return new Fitted(series(), description, parameters(), fittedValues(), seasons, last, sd, mse);
        }

        /**
         * Means (no shocks), or one path, continuing the recursion from the states after the data, each one-step
         * mean plus its shock standing in for the unseen value; re-seasonalised.
         */
        private double[] future(int horizon, double[] shocks) {
            State s = last.copy();
            int n = series().length();
            double[] out = new double[horizon];
            for (int i = 0; i < horizon; i++) {
                double value = s.mean() + (shocks == null ? 0 : shocks[i]);
                s.observe(value);
                out[i] = value * seasons.index(n + i);
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
