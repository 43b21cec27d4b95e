package org.offtake.forecast.internal;

import java.util.Arrays;

import org.offtake.forecast.Forecast;
import org.offtake.forecast.TimeSeries;

/** Builds {@link Forecast}s from a mean and a forecast variance, or from sample paths. */
public final class Intervals {

    private Intervals() {
    }

    /**
     * Normal intervals {@code mean ± z · sqrt(variance)} per step. A variance that is zero (or not a number, when
     * the data are too few to estimate one) gives an interval collapsed onto the mean.
     */
    public static Forecast normal(TimeSeries series, String model, double[] mean, double[] variance,
                                  double[] levels) {
        double[][] lower = new double[levels.length][mean.length];
        double[][] upper = new double[levels.length][mean.length];
        for (int i = 0; i < levels.length; i++) {
            double z = Quantiles.normal(Quantiles.upperProbability(levels[i]));
            for (int t = 0; t < mean.length; t++) {
                double sd = variance[t] > 0 ? Math.sqrt(variance[t]) : 0.0;
                lower[i][t] = mean[t] - z * sd;
                upper[i][t] = mean[t] + z * sd;
            }
        }
        return Forecast.of(series, model, mean, levels, lower, upper);
    }

    /**
     * Intervals from the type-8 quantiles over simulated paths ({@code paths[path][step]}), around the given mean.
     * Bounds are widened where needed so that every interval contains the mean and wider levels contain narrower
     * ones.
     */
    public static Forecast fromPaths(TimeSeries series, String model, double[] mean, double[][] paths,
                                     double[] levels) {
        int h = mean.length;
        double[][] lower = new double[levels.length][h];
        double[][] upper = new double[levels.length][h];
        double[] column = new double[paths.length];
        for (int t = 0; t < h; t++) {
            for (int p = 0; p < paths.length; p++) {
                column[p] = paths[p][t];
            }
            Arrays.sort(column);
            double lo = mean[t];
            double hi = mean[t];
            for (int i = 0; i < levels.length; i++) {
                lo = Math.min(lo, Quantiles.type8Sorted(column, 0.5 - levels[i] / 200.0));
                hi = Math.max(hi, Quantiles.type8Sorted(column, Quantiles.upperProbability(levels[i])));
                lower[i][t] = lo;
                upper[i][t] = hi;
            }
        }
        return Forecast.of(series, model, mean, levels, lower, upper);
    }
}
