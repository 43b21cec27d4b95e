package org.offtake.forecast.baseline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.offtake.forecast.FittedModel;
import org.offtake.forecast.Forecast;
import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.TimeSeries;
import org.offtake.forecast.internal.BaseFittedModel;
import org.offtake.forecast.internal.Quantiles;

/**
 * Historic mean (window = all observations) and window average: the mean of the last {@code window} observations,
 * with intervals {@code ȳ ± t(k-1) s √(1 + 1/k)} as R's {@code meanf}.
 */
final class MeanModel implements ForecastModel {

    static final MeanModel HISTORIC = new MeanModel(Integer.MAX_VALUE);

    private final int window;

    MeanModel(int window) {
        this.window = window;
    }

    @Override
    public String name() {
        return window == Integer.MAX_VALUE ? "mean" : "window(" + window + ")";
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        int n = series.length();
        if (n == 0) {
            throw new IllegalArgumentException("series '" + series.key() + "' is empty: " + name()
                    + " needs at least one observation");
        }
        double[] y = series.values();
        int k = Math.min(window, n);
        double[] tail = Arrays.copyOfRange(y, n - k, n);
        double mean = Arrays.stream(tail).average().orElseThrow();
        double ss = 0;
        for (double v : tail) {
            ss += (v - mean) * (v - mean);
        }
        double sd = k > 1 ? Math.sqrt(ss / (k - 1)) : Double.NaN;

        double[] fitted = new double[n];
        if (window == Integer.MAX_VALUE) {
            Arrays.fill(fitted, mean);
        } else {
            fitted[0] = Double.NaN;
            double running = 0;
            for (int t = 1; t < n; t++) {
                running += y[t - 1];
                if (t > window) {
                    running -= y[t - 1 - window];
                }
                fitted[t] = running / Math.min(t, window);
            }
        }
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("observations", (double) k);
        params.put("mean", mean);
        params.put("sigma", sd);
        return new Fitted(series, name(), params, fitted, mean, sd, k);
    }

    @Override
    public String toString() {
        return name();
    }

    private static final class Fitted extends BaseFittedModel {
        private final double mean;
        private final double sd;
        private final int k;

        Fitted(TimeSeries series, String description, Map<String, Double> params, double[] fitted, double mean,
               double sd, int k) {
            super(series, description, params, fitted);
            this.mean = mean;
            this.sd = sd;
            this.k = k;
        }

        @Override
        protected Forecast computeForecast(int horizon, double[] levels) {
            double[] mu = new double[horizon];
            Arrays.fill(mu, mean);
            double[][] lower = new double[levels.length][horizon];
            double[][] upper = new double[levels.length][horizon];
            for (int i = 0; i < levels.length; i++) {
                double w = Double.isNaN(sd) || sd == 0 ? 0
                        : Quantiles.studentT(Quantiles.upperProbability(levels[i]), k - 1) * sd
                        * Math.sqrt(1 + 1.0 / k);
                Arrays.fill(lower[i], mean - w);
                Arrays.fill(upper[i], mean + w);
            }
            return Forecast.of(series(), description(), mu, levels, lower, upper);
        }

        /**
         * Each path draws its own level from the sampling distribution of the mean, {@code N(ȳ, s²/k)}, then
         * independent observations around it, {@code N(level, s²)}: each step has variance {@code s²(1 + 1/k)} and
         * steps of one path share the level's uncertainty, so sums over many steps are not too narrow.
         */
        @Override
        protected void simulatePath(SplittableRandom random, double[] path) {
            double s = Double.isNaN(sd) ? 0 : sd;
            double level = mean + s / Math.sqrt(k) * random.nextGaussian();
            for (int t = 0; t < path.length; t++) {
                path[t] = level + s * random.nextGaussian();
            }
        }
    }
}
